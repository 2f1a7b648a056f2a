import unicodedata

import pyuca
from django.db import migrations


def recompute(apps, schema_editor):
    # The key as solidarity.core.collation.collation_key wrote it when this migration
    # was written: migrations must not import application code.
    collator = pyuca.Collator()
    Endorsement = apps.get_model("endorsements", "Endorsement")
    rows = Endorsement.objects.exclude(public_name="").only("pk", "public_name")
    for row in rows.iterator(chunk_size=2000):
        weights = collator.sort_key(unicodedata.normalize("NFC", row.public_name))
        key = "".join(f"{weight:04x}" for weight in weights)[:200]
        Endorsement.objects.filter(pk=row.pk).update(sort_name=key)


class Migration(migrations.Migration):
    dependencies = [("endorsements", "0003_sort_names_ignore_accents")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
