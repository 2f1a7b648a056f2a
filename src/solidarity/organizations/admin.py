from django.contrib import admin

from .models import Membership, Organization, OrganizationDomain, OrganizationName


class OrganizationNameInline(admin.TabularInline):
    model = OrganizationName
    extra = 0


class OrganizationDomainInline(admin.TabularInline):
    model = OrganizationDomain
    extra = 0
    readonly_fields = ["added_by", "created_at"]


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["user"]


@admin.register(Organization)
class OrganizationAdmin(admin.ModelAdmin):
    list_display = ["name", "acronym", "kind", "verified", "parent", "name_warnings"]
    readonly_fields = ["name_key", "name_warnings"]
    list_filter = ["kind", "verified"]
    search_fields = ["name", "acronym", "alt_names__name", "slug"]
    autocomplete_fields = ["parent"]
    inlines = [OrganizationNameInline, OrganizationDomainInline, MembershipInline]
