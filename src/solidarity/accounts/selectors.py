from django.contrib.auth.models import User

from .models import ApiToken
from .services import token_digest


def api_token_user(*, token: str) -> User | None:
    found = (
        ApiToken.objects.select_related("user")
        .filter(token_hash=token_digest(token), revoked_at__isnull=True, user__is_active=True)
        .first()
    )
    return found.user if found else None
