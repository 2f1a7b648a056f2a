from django.conf import global_settings, settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from solidarity.organizations.models import Organization


class StatementStatus(models.TextChoices):
    DRAFT = "draft", pgettext_lazy("statement status", "Draft")
    OPEN = "open", _("Open for endorsements")
    CLOSED = "closed", _("Closed to new endorsements")
    ARCHIVED = "archived", _("Archived")


class Statement(models.Model):
    slug = models.SlugField(max_length=100, unique=True)
    language = models.CharField(
        _("original language"), max_length=10, choices=global_settings.LANGUAGES
    )
    status = models.CharField(
        max_length=10, choices=StatementStatus.choices, default=StatementStatus.DRAFT
    )
    initiators: models.ManyToManyField = models.ManyToManyField(
        Organization, through="StatementInitiator", related_name="initiated_statements"
    )
    current_version = models.ForeignKey(
        "StatementVersion", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    # For a statement imported from where it was first published: that date.
    originally_published_on = models.DateField(_("originally published on"), null=True, blank=True)
    # Public counts, kept by the endorsement services with F() updates so that a
    # page view never counts rows.
    organizations_count = models.PositiveIntegerField(default=0)
    individuals_count = models.PositiveIntegerField(default=0)
    withheld_count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status="draft") | models.Q(current_version__isnull=False),
                name="statement_published_has_version",
            ),
            models.CheckConstraint(
                condition=models.Q(withheld_count__lte=models.F("individuals_count")),
                name="statement_withheld_within_individuals",
            ),
        ]

    def __str__(self) -> str:
        return self.slug


class StatementInitiator(models.Model):
    statement = models.ForeignKey(Statement, on_delete=models.CASCADE)
    organization = models.ForeignKey(Organization, on_delete=models.PROTECT)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position"]
        constraints = [
            models.UniqueConstraint(
                fields=["statement", "organization"], name="statement_initiator_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.organization_id} initiates {self.statement_id}"


class StatementVersion(models.Model):
    """A text of a statement. Immutable once `published_at` is set."""

    statement = models.ForeignKey(Statement, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    title = models.CharField(_("title"), max_length=300)
    body = models.TextField(_("text"), help_text=_("Markdown."))
    demands = models.JSONField(_("demands"), default=list, blank=True)
    footnotes = models.JSONField(_("footnotes"), default=list, blank=True)
    content_hash = models.CharField(max_length=64)
    published_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["number"]
        constraints = [
            models.UniqueConstraint(
                fields=["statement", "number"], name="statement_version_unique"
            ),
            # At most one draft (unpublished text) per statement.
            models.UniqueConstraint(
                fields=["statement"],
                condition=models.Q(published_at__isnull=True),
                name="statement_single_draft",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.statement.slug} v{self.number}"

    @property
    def is_published(self) -> bool:
        return self.published_at is not None


class TranslationStatus(models.TextChoices):
    DRAFT = "draft", pgettext_lazy("translation status", "Draft")
    PUBLISHED = "published", pgettext_lazy("translation status", "Published")


class StatementTranslation(models.Model):
    """The text of a statement in another language.

    It records the version of the original it translates; when the original gets a
    newer version, the translation is outdated until a translator updates it.
    """

    statement = models.ForeignKey(Statement, on_delete=models.CASCADE, related_name="translations")
    language = models.CharField(_("language"), max_length=10, choices=global_settings.LANGUAGES)
    version = models.ForeignKey(StatementVersion, on_delete=models.PROTECT, related_name="+")
    title = models.CharField(_("title"), max_length=300)
    body = models.TextField(_("text"))
    demands = models.JSONField(_("demands"), default=list, blank=True)
    footnotes = models.JSONField(_("footnotes"), default=list, blank=True)
    translator = models.CharField(_("translator"), max_length=200, blank=True)
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=TranslationStatus.choices,
        default=TranslationStatus.DRAFT,
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["language"]
        constraints = [
            models.UniqueConstraint(
                fields=["statement", "language"], name="statement_translation_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.statement.slug} [{self.language}]"

    @property
    def is_outdated(self) -> bool:
        return self.version_id != self.statement.current_version_id
