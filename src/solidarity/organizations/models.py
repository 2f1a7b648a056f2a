from django.conf import settings
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField


class OrganizationKind(models.TextChoices):
    PARTY = "party", _("Party")
    UNION = "union", _("Union")
    INTERNATIONAL = "international", _("International")
    SECTION = "section", _("Section")
    NGO = "ngo", _("NGO")
    COMMITTEE = "committee", _("Committee")
    MEDIA = "media", _("Media")
    OTHER = "other", _("Other")


class Organization(models.Model):
    slug = models.SlugField(max_length=80, unique=True, allow_unicode=False)
    # The primary name; names in other scripts and languages are OrganizationName rows.
    name = models.CharField(_("name"), max_length=200)
    acronym = models.CharField(_("acronym"), max_length=30, blank=True)
    kind = models.CharField(
        _("kind"), max_length=20, choices=OrganizationKind.choices, default=OrganizationKind.OTHER
    )
    countries = CountryField(_("countries"), multiple=True, blank=True)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="sections",
    )
    website = models.URLField(_("website"), blank=True)
    verified = models.BooleanField(_("verified by the platform"), default=False)
    # Case- and accent-insensitive search form of `name` (names.search_key).
    name_key = models.CharField(max_length=200, blank=True, db_index=True)
    # Why moderators should look at the names: words mixing scripts, or a look-alike of
    # a verified organisation; [{"kind": "mixed_script", "word": …} |
    # {"kind": "looks_like", "slug": …, "name": …}].
    name_warnings = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(parent=models.F("pk")), name="organization_not_own_parent"
            ),
        ]

    def __str__(self) -> str:
        return self.name


class OrganizationName(models.Model):
    """An alternate name: another script, language or spelling."""

    organization = models.ForeignKey(
        Organization, on_delete=models.CASCADE, related_name="alt_names"
    )
    name = models.CharField(_("name"), max_length=200)
    name_key = models.CharField(max_length=200, blank=True, db_index=True)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "pk"]
        constraints = [
            models.UniqueConstraint(
                "organization", Lower("name"), name="organization_alt_name_unique"
            ),
        ]

    def __str__(self) -> str:
        return self.name


class OrganizationDomain(models.Model):
    """An e-mail domain proven to belong to the organisation."""

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="domains")
    domain = models.CharField(max_length=253)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "domain"], name="organization_domain_unique"
            )
        ]

    def __str__(self) -> str:
        return self.domain


class MembershipRole(models.TextChoices):
    OWNER = "owner", _("Owner")
    EDITOR = "editor", _("Editor")
    MODERATOR = "moderator", _("Moderator")


class Membership(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    organization = models.ForeignKey(
        Organization, on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField(_("role"), max_length=20, choices=MembershipRole.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "organization"], name="membership_unique")
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.organization} ({self.role})"
