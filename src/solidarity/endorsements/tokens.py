"""The token in confirmation and withdrawal links: the endorsement's public id, signed.

Deterministic, so a repeated e-mail carries the same link, and nothing to store.
"""

import uuid

from django.core import signing

_signer = signing.Signer(salt="solidarity.endorsement", sep=".")


def endorsement_token(public_id: uuid.UUID) -> str:
    return _signer.sign(public_id.hex)


def endorsement_public_id(token: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(hex=_signer.unsign(token.strip()))
    except (signing.BadSignature, ValueError):
        return None
