"""E-mails to endorsers, in the language they signed in."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from solidarity.core.crypto import decrypt
from solidarity.statements.selectors import statement_translation_get

from .models import Endorsement, EndorsementStatus
from .tokens import endorsement_token


def endorsement_links(endorsement: Endorsement) -> dict[str, str]:
    token = endorsement_token(endorsement.public_id)
    base = settings.SOLIDARITY_BASE_URL
    with translation.override(endorsement.language):
        return {
            "confirm_url": base + reverse("endorsements:confirm", args=[token]),
            "withdraw_url": base + reverse("endorsements:withdraw", args=[token]),
        }


def confirmation_send(*, endorsement_id: int) -> bool:
    """Send the confirmation e-mail once; returns whether one was sent now."""
    endorsement = (
        Endorsement.objects.select_related("statement", "version", "organization")
        .filter(pk=endorsement_id, confirmation_sent_at__isnull=True)
        .exclude(status=EndorsementStatus.WITHDRAWN)
        .first()
    )
    if endorsement is None:
        return False
    _send(endorsement, "confirm", endorsement_links(endorsement))
    Endorsement.objects.filter(pk=endorsement.pk).update(confirmation_sent_at=timezone.now())
    return True


def rejection_send(*, endorsement_id: int) -> bool:
    """Tell the signer that the initiators did not accept the organisation's endorsement."""
    endorsement = (
        Endorsement.objects.select_related("statement", "version")
        .filter(pk=endorsement_id, status=EndorsementStatus.REJECTED)
        .first()
    )
    if endorsement is None or not endorsement.email_encrypted:
        return False
    _send(endorsement, "rejected", {"reason": endorsement.rejection_reason})
    return True


def _send(endorsement: Endorsement, template: str, extra: dict[str, str]) -> None:
    """Render `endorsements/email/<template>{_subject.txt,.txt,.html}` in the language
    the person signed in, and send it to their (decrypted) address."""
    read = statement_translation_get(
        statement=endorsement.statement, language=endorsement.read_language
    )
    context = {
        "endorsement": endorsement,
        # The title as the person read it: in the translation they signed from.
        "title": read.title if read else endorsement.version.title,
        "organization_name": endorsement.public_name,
        **extra,
    }
    with translation.override(endorsement.language):
        subject = render_to_string(f"endorsements/email/{template}_subject.txt", context)
        text = render_to_string(f"endorsements/email/{template}.txt", context)
        html = render_to_string(f"endorsements/email/{template}.html", context)
    message = EmailMultiAlternatives(
        subject=subject.strip(), body=text, to=[decrypt(endorsement.email_encrypted)]
    )
    message.attach_alternative(html, "text/html")
    message.send()
