"""What a signature passes before it is recorded: the bot check and the limits."""

from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.utils import translation
from django.utils.translation import ngettext

from solidarity.core.crypto import email_hash
from solidarity.core.errors import TooManyRequests
from solidarity.core.proof_of_work import solution_verify
from solidarity.core.throttle import Limit, client_key, throttle_hit
from solidarity.statements.models import Statement
from solidarity.statements.selectors import statement_read_language

from .services import endorsement_submit_individual

# Generous for a network: 200 people behind one office or carrier address sign within
# a few minutes. Stricter without the bot check, per address, and per statement.
NETWORK = Limit("network", 400, 600)
NETWORK_UNCHECKED = Limit("network-unchecked", 40, 600)
EMAIL = Limit("email", 5, 3600)
STATEMENT_UNCHECKED = Limit("statement-unchecked", 1000, 600)


def _scaled(limit: Limit) -> Limit:
    return Limit(
        limit.scope, max(1, int(limit.count * settings.SOLIDARITY_THROTTLE_SCALE)), limit.seconds
    )


def signing_admit(
    request: HttpRequest, *, statement: Statement, email: str, bot_check: str
) -> bool:
    """Count this signature against the limits and return whether it passed the bot
    check. Raises TooManyRequests (nothing recorded) when a limit is reached."""
    checked = solution_verify(bot_check)
    network = client_key(request)
    counted = [(NETWORK, network), (EMAIL, email_hash(email))]
    if not checked:
        counted += [(NETWORK_UNCHECKED, network), (STATEMENT_UNCHECKED, str(statement.pk))]
    waits = [wait for limit, key in counted if (wait := throttle_hit(_scaled(limit), key))]
    if waits:
        minutes = -(-max(waits) // 60)
        raise TooManyRequests(
            ngettext(
                "Too many signatures from your network or with this address just now. "
                "Nothing was saved; please try again in %(minutes)d minute.",
                "Too many signatures from your network or with this address just now. "
                "Nothing was saved; please try again in %(minutes)d minutes.",
                minutes,
            )
            % {"minutes": minutes},
            retry_after=max(waits),
        )
    return checked


def individual_sign(
    request: HttpRequest,
    *,
    statement: Statement,
    data: dict[str, Any],
    read_language: str,
    bot_check: str,
) -> None:
    """Record a person's valid signature, counted against the limits, in the language
    of the request: what the API endpoint and the signing lane both do."""
    endorsement_submit_individual(
        statement=statement,
        language=translation.get_language(),
        read_language=statement_read_language(statement=statement, requested=read_language),
        bot_check_passed=signing_admit(
            request, statement=statement, email=data["email"], bot_check=bot_check
        ),
        **data,
    )
