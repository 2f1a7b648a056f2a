"""E-mails to endorsers, in the language they signed in."""

import logging
import smtplib
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.db.models import F
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from solidarity.core.crypto import decrypt
from solidarity.statements.selectors import statement_translation_get

from .models import CONFIRMATION_UNSENT, Endorsement, EndorsementStatus
from .tokens import endorsement_token


def endorsement_links(endorsement: Endorsement) -> dict[str, str]:
    token = endorsement_token(endorsement.public_id)
    base = settings.SOLIDARITY_BASE_URL
    with translation.override(endorsement.language):
        return {
            "confirm_url": base + reverse("endorsements:confirm", args=[token]),
            "withdraw_url": base + reverse("endorsements:withdraw", args=[token]),
        }


logger = logging.getLogger(__name__)
# After this many failed attempts (about a day of back-off) the e-mail is given up.
MAX_ATTEMPTS = 12
FIRST_RETRY = timedelta(seconds=30)
LONGEST_RETRY = timedelta(hours=2)


@dataclass(frozen=True)
class Delivery:
    sent: bool
    # When a failed attempt is to be retried; None when sent, not due, or given up.
    retry_at: datetime | None = None


def retry_delay(attempts: int) -> timedelta:
    """Back-off after the n-th failed attempt: 30 s, 1 min, 2 min, … at most 2 h."""
    return min(FIRST_RETRY * 2 ** (attempts - 1), LONGEST_RETRY)


def confirmation_message_id(endorsement: Endorsement) -> str:
    """The same Message-ID for every attempt, so that the one case a crash leaves open
    (the relay accepted the message, the worker died before recording it) arrives
    as the same message, which mail systems show once."""
    domain = urlsplit(settings.SOLIDARITY_BASE_URL).hostname or "localhost"
    return f"<confirm.{endorsement.public_id}@{domain}>"


def confirmation_send(
    *, endorsement_id: int, connection: BaseEmailBackend | None = None
) -> Delivery:
    """Send the confirmation e-mail if it is due, at most once (see `_deliver`)."""
    endorsement = (
        Endorsement.objects.select_related("statement", "version", "organization")
        .filter(pk=endorsement_id)
        .first()
    )
    if endorsement is None:
        return Delivery(sent=False)
    return _deliver(endorsement, connection=connection, titles=ReadTitles())


class ReadTitles(dict[tuple[int, str], str]):
    """Statement titles as each signer read them (original or translation), looked up
    once per statement and language."""

    def of(self, endorsement: Endorsement) -> str:
        key = (endorsement.statement_id, endorsement.read_language)
        if key not in self:
            read = statement_translation_get(
                statement=endorsement.statement, language=endorsement.read_language
            )
            self[key] = read.title if read else endorsement.version.title
        return self[key]


def _deliver(
    endorsement: Endorsement, *, connection: BaseEmailBackend | None, titles: ReadTitles
) -> Delivery:
    """The worker first claims the e-mail by moving its due time past a lease, in one
    UPDATE, so two workers never send it together; it records the sending at once
    after. A failed attempt sets the next due time with back-off; the signer, long
    answered, sees nothing of it."""
    now = timezone.now()
    claimed = Endorsement.objects.filter(
        CONFIRMATION_UNSENT, pk=endorsement.pk, confirmation_due_at__lte=now
    ).update(
        confirmation_due_at=now + timedelta(seconds=settings.SOLIDARITY_EMAIL_LEASE_SECONDS),
        confirmation_attempts=F("confirmation_attempts") + 1,
    )
    if not claimed:
        return Delivery(sent=False)
    try:
        _send(
            endorsement,
            "confirm",
            endorsement_links(endorsement),
            title=titles.of(endorsement),
            message_id=confirmation_message_id(endorsement),
            connection=connection,
        )
    except (OSError, smtplib.SMTPException) as error:
        attempts = endorsement.confirmation_attempts + 1  # with this claim's
        retry_at = now + retry_delay(attempts) if attempts < MAX_ATTEMPTS else None
        Endorsement.objects.filter(pk=endorsement.pk).update(confirmation_due_at=retry_at)
        logger.warning(
            "Confirmation e-mail %s failed (attempt %d): %s; %s",
            endorsement.public_id,
            attempts,
            error,
            f"retrying at {retry_at:%H:%M:%S}" if retry_at else "giving up",
        )
        return Delivery(sent=False, retry_at=retry_at)
    Endorsement.objects.filter(pk=endorsement.pk).update(
        confirmation_sent_at=timezone.now(), confirmation_due_at=None
    )
    return Delivery(sent=True)


# How many due confirmation e-mails one round of the worker takes on.
CONFIRMATIONS_PER_ROUND = 100


def confirmations_send_due(*, limit: int = CONFIRMATIONS_PER_ROUND) -> int:
    """Send the confirmation e-mails that are due, oldest first, up to `limit`; return
    how many were looked at (a full batch means more may be waiting).

    This is the whole queue of confirmation e-mails: a signature is inserted due now,
    a claim moves it past a lease, a failure sets its retry time. A worker killed in
    the middle leaves it due again when the lease runs out; several workers share the
    work, each e-mail going to whoever claims it. The round reads its e-mails in one
    query, each statement's title once, and keeps one connection to the relay open;
    each e-mail is still claimed and recorded on its own."""
    due = list(
        Endorsement.objects.filter(CONFIRMATION_UNSENT, confirmation_due_at__lte=timezone.now())
        .select_related("statement", "version", "organization")
        .order_by("confirmation_due_at")[:limit]
    )
    if not due:
        return 0
    titles = ReadTitles()
    connection = get_connection()
    _open_quietly(connection)
    try:
        for endorsement in due:
            delivery = _deliver(endorsement, connection=connection, titles=titles)
            if delivery.retry_at is not None:  # the relay failed: start afresh
                connection.close()
                _open_quietly(connection)
    finally:
        connection.close()
    return len(due)


def _open_quietly(connection: BaseEmailBackend) -> None:
    """Open the connection if the relay answers; if not, each message tries on its own
    and, failing, is retried later with back-off."""
    try:
        connection.open()
    except (OSError, smtplib.SMTPException) as error:
        logger.warning("The mail relay did not answer: %s", error)


def rejection_send(*, endorsement_id: int) -> bool:
    """Tell the signer that the initiators did not accept the organisation's endorsement."""
    endorsement = (
        Endorsement.objects.select_related("statement", "version")
        .filter(pk=endorsement_id, status=EndorsementStatus.REJECTED)
        .first()
    )
    if endorsement is None or not endorsement.email_encrypted:
        return False
    title = ReadTitles().of(endorsement)
    _send(endorsement, "rejected", {"reason": endorsement.rejection_reason}, title=title)
    return True


def _send(
    endorsement: Endorsement,
    template: str,
    extra: dict[str, str],
    *,
    title: str,
    message_id: str = "",
    connection: BaseEmailBackend | None = None,
) -> None:
    """Render `endorsements/email/<template>{_subject.txt,.txt,.html}` in the language
    the person signed in, and send it to their (decrypted) address."""
    context = {
        "endorsement": endorsement,
        "title": title,  # as the person read it: in the translation they signed from
        "organization_name": endorsement.public_name,
        **extra,
    }
    with translation.override(endorsement.language):
        subject = render_to_string(f"endorsements/email/{template}_subject.txt", context)
        text = render_to_string(f"endorsements/email/{template}.txt", context)
        html = render_to_string(f"endorsements/email/{template}.html", context)
    message = EmailMultiAlternatives(
        subject=subject.strip(),
        body=text,
        to=[decrypt(endorsement.email_encrypted)],
        headers={"Message-ID": message_id} if message_id else None,
        connection=connection,
    )
    message.attach_alternative(html, "text/html")
    message.send()
