import hashlib
import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils.translation import gettext as _

from solidarity.core.errors import Conflict, NotFound, ServiceError

from .models import ApiToken

TOKEN_PREFIX = "sol_"  # noqa: S105 - a public prefix, not a secret


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@transaction.atomic
def user_create(*, email: str, password: str | None = None) -> User:
    User = get_user_model()
    email = email.strip()
    try:
        validate_email(email)
    except ValidationError as error:
        raise ServiceError(_("Enter a valid e-mail address."), field="email") from error
    if User.objects.filter(email__iexact=email).exists():
        raise Conflict(_("A user with this e-mail address already exists."), field="email")
    user = get_user_model()(username=email.lower(), email=email)
    if password:
        user.set_password(password)
    else:
        user.set_unusable_password()
    user.full_clean()
    user.save()
    return user


def user_get_by_email(*, email: str) -> User:
    try:
        return get_user_model().objects.get(email__iexact=email.strip())
    except get_user_model().DoesNotExist as error:
        raise NotFound(_("No user has this e-mail address.")) from error


@transaction.atomic
def api_token_create(*, user: User) -> str:
    """Create a token and return it; it is shown once and stored only as a hash."""
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    ApiToken.objects.create(user=user, token_hash=token_digest(token), prefix=token[:8])
    return token
