import unicodedata

from django.db import migrations


def _search_key(name):
    # A copy of organizations.names.search_key as it was when this migration was
    # written: migrations must not import application code.
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", name).casefold())
    stripped = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    return " ".join(unicodedata.normalize("NFC", stripped).split())


def refold(apps, schema_editor):
    """Keys of names with compatibility characters ("㎴", "Ⅻ") were folded before they
    were decomposed and kept a capital; compute them again where they differ."""
    for model_name in ("Organization", "OrganizationName"):
        model = apps.get_model("organizations", model_name)
        for row in model.objects.only("pk", "name", "name_key").iterator():
            key = _search_key(row.name)[:200]
            if key != row.name_key:
                model.objects.filter(pk=row.pk).update(name_key=key)


class Migration(migrations.Migration):
    dependencies = [("organizations", "0003_backfill_name_keys")]

    operations = [migrations.RunPython(refold, migrations.RunPython.noop)]
