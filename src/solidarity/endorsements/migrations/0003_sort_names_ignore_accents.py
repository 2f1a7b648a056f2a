import unicodedata

from django.db import migrations


def _sort_key(name):
    # A copy of endorsements.services.sort_key as it was when this migration was
    # written: migrations must not import application code.
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    stripped = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    return " ".join(unicodedata.normalize("NFC", stripped).split())[:200]


def recompute(apps, schema_editor):
    Endorsement = apps.get_model("endorsements", "Endorsement")
    rows = Endorsement.objects.exclude(public_name="").only("pk", "public_name")
    for row in rows.iterator(chunk_size=2000):
        Endorsement.objects.filter(pk=row.pk).update(sort_name=_sort_key(row.public_name))


class Migration(migrations.Migration):
    dependencies = [("endorsements", "0002_endorsement_read_language")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
