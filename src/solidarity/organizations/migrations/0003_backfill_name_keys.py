import unicodedata

from django.db import migrations


def _search_key(name):
    # A copy of organizations.names.search_key as it was when this migration was
    # written: migrations must not import application code.
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    stripped = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    return " ".join(unicodedata.normalize("NFC", stripped).split())


def backfill(apps, schema_editor):
    for model_name in ("Organization", "OrganizationName"):
        model = apps.get_model("organizations", model_name)
        for row in model.objects.filter(name_key="").only("pk", "name").iterator():
            model.objects.filter(pk=row.pk).update(name_key=_search_key(row.name)[:200])


class Migration(migrations.Migration):
    dependencies = [("organizations", "0002_organization_name_keys_and_warnings")]

    operations = [migrations.RunPython(backfill, migrations.RunPython.noop)]
