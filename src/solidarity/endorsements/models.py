import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django_countries.fields import CountryField

from solidarity.organizations.models import Organization
from solidarity.statements.models import Statement, StatementVersion


class EndorsementKind(models.TextChoices):
    INDIVIDUAL = "individual", _("Individual")
    ORGANIZATION = "organization", _("Organisation")


class EndorsementStatus(models.TextChoices):
    AWAITING_CONFIRMATION = "awaiting_confirmation", _("Awaiting e-mail confirmation")
    AWAITING_APPROVAL = "awaiting_approval", _("Awaiting approval")
    PUBLISHED = "published", pgettext_lazy("endorsement status", "Published")
    REJECTED = "rejected", _("Rejected")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class DisplayMode(models.TextChoices):
    FULL = "full", _("Full name")
    INITIALS = "initials", _("Initials only")
    WITHHELD = "withheld", _("Name withheld (counted, never shown)")


class EndorsementOrigin(models.TextChoices):
    SIGNED = "signed", _("Signed on this site")
    IMPORTED = "imported", _("Imported from the published list")


# A confirmation e-mail still to send: not sent yet, and the signature not withdrawn.
CONFIRMATION_UNSENT = Q(confirmation_sent_at__isnull=True) & ~Q(status=EndorsementStatus.WITHDRAWN)


LISTED = Q(status=EndorsementStatus.PUBLISHED) & ~Q(display=DisplayMode.WITHHELD)


class Endorsement(models.Model):
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    # Every index is written by every signature: the statement's own index would
    # repeat the leading column of endorsement_one_per_email, and the two foreign keys
    # that are empty at signing are indexed only where set (see Meta).
    statement = models.ForeignKey(
        Statement, on_delete=models.CASCADE, related_name="endorsements", db_index=False
    )
    # Not indexed: versions are never deleted but with their statement, and the index
    # would be written by every signature for that one admin operation.
    version = models.ForeignKey(
        StatementVersion, on_delete=models.PROTECT, related_name="+", db_index=False
    )
    kind = models.CharField(max_length=12, choices=EndorsementKind.choices)
    status = models.CharField(
        max_length=24,
        choices=EndorsementStatus.choices,
        default=EndorsementStatus.AWAITING_CONFIRMATION,
    )
    # Imported endorsements signed the original text where it was first published;
    # nobody confirmed them here, so they carry no contact data.
    origin = models.CharField(
        max_length=10, choices=EndorsementOrigin.choices, default=EndorsementOrigin.SIGNED
    )
    # Individual's name, or the name of the person signing for an organisation.
    name = models.CharField(max_length=200)
    display = models.CharField(max_length=10, choices=DisplayMode.choices, default=DisplayMode.FULL)
    # What the public list shows and sorts by: full name, initials or the
    # organisation's name; empty when withheld or withdrawn.
    public_name = models.CharField(max_length=200, blank=True)
    sort_name = models.CharField(max_length=200, blank=True)
    country = CountryField(blank=True)
    affiliation = models.CharField(max_length=200, blank=True)
    organization = models.ForeignKey(
        Organization,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="endorsements",
        db_index=False,
    )
    # A new organisation described by the signer; it enters the registry on approval.
    proposed_organization = models.JSONField(null=True, blank=True)
    signer_role = models.CharField(max_length=200, blank=True)
    signer_domain_verified = models.BooleanField(default=False)
    # Whether the signer's browser solved the proof-of-work bot check; signatures
    # without it are taken under stricter limits and shown to moderators.
    bot_check_passed = models.BooleanField(default=False)
    # Contact data: encrypted with a key the database does not hold, and a keyed
    # hash of the normalised address for de-duplication. Both erased on withdrawal.
    email_encrypted = models.TextField(blank=True)
    email_hash = models.CharField(max_length=64, null=True, blank=True)
    language = models.CharField(max_length=10, default="en")
    # The language of the text the person read when endorsing (original or translation).
    read_language = models.CharField(max_length=10, blank=True)
    rejection_reason = models.TextField(blank=True)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        db_index=False,
    )
    confirmation_sent_at = models.DateTimeField(null=True, blank=True)
    # When the confirmation e-mail is next due: set at signing, pushed forward while
    # a worker holds it (a lease) and after a failed attempt (back-off), cleared once
    # sent. The worker sends what is due (ADR 0011).
    confirmation_due_at = models.DateTimeField(null=True, blank=True)
    confirmation_attempts = models.PositiveSmallIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    withdrawn_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["statement", "email_hash"], name="endorsement_one_per_email"
            ),
            models.UniqueConstraint(
                fields=["statement", "organization"],
                condition=Q(status=EndorsementStatus.PUBLISHED),
                name="endorsement_one_published_per_organization",
            ),
            models.CheckConstraint(
                condition=Q(kind=EndorsementKind.INDIVIDUAL, organization__isnull=True)
                | Q(kind=EndorsementKind.ORGANIZATION, display=DisplayMode.FULL),
                name="endorsement_kind_fields",
            ),
            models.CheckConstraint(
                condition=Q(status=EndorsementStatus.WITHDRAWN)
                | Q(origin=EndorsementOrigin.IMPORTED)
                | (Q(email_hash__isnull=False) & ~Q(email_encrypted="")),
                name="endorsement_contact_until_withdrawn",
            ),
        ]
        indexes = [
            models.Index(
                fields=["statement", "kind", "sort_name", "id"],
                condition=LISTED,
                name="endorsement_listed_by_name",
            ),
            models.Index(
                fields=["statement", "kind", "country", "sort_name", "id"],
                condition=LISTED,
                name="endorsement_listed_by_country",
            ),
            # The moderation queue: only organisations waiting for an initiator, so a
            # person's signature (never in it) does not write this index.
            models.Index(
                fields=["statement", "created_at"],
                condition=Q(status=EndorsementStatus.AWAITING_APPROVAL),
                name="endorsement_awaiting_approval",
            ),
            models.Index(
                fields=["confirmation_due_at"],
                condition=Q(confirmation_due_at__isnull=False),
                name="endorsement_confirmation_due",
            ),
            models.Index(
                fields=["organization"],
                condition=Q(organization__isnull=False),
                name="endorsement_organization",
            ),
            models.Index(
                fields=["moderated_by"],
                condition=Q(moderated_by__isnull=False),
                name="endorsement_moderated_by",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.kind} endorsement {self.public_id} of {self.statement_id}"
