from django.contrib import admin

from .models import Statement


@admin.register(Statement)
class StatementAdmin(admin.ModelAdmin):
    list_display = ["slug", "status", "language", "organizations_count", "individuals_count"]
    list_filter = ["status", "language"]
    search_fields = ["slug", "versions__title"]
    # Statements change through the dashboard and the API, where versions stay immutable.
    readonly_fields = [field.name for field in Statement._meta.concrete_fields]

    def has_add_permission(self, request):  # type: ignore[no-untyped-def]
        return False
