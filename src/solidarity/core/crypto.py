"""Encryption of contact data at rest and the keyed hash used to de-duplicate it.

The database never holds a key: Fernet keys come from SOLIDARITY_ENCRYPTION_KEY
(first key encrypts, all decrypt), so a copied database reveals no address.
"""

import base64
import hashlib
import hmac
import unicodedata
from functools import cache

from cryptography.fernet import Fernet, MultiFernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from django.conf import settings


@cache
def _fernet() -> MultiFernet:
    return MultiFernet([Fernet(key) for key in settings.SOLIDARITY_ENCRYPTION_KEYS])


@cache
def _hash_key() -> bytes:
    if settings.SOLIDARITY_HASH_KEY:
        return settings.SOLIDARITY_HASH_KEY.encode()
    # The oldest key stays in the list through rotations, so the blind index
    # stays stable while new data is encrypted with the newest key.
    oldest = base64.urlsafe_b64decode(settings.SOLIDARITY_ENCRYPTION_KEYS[-1])
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"solidarity-email-index"
    ).derive(oldest)


def encrypt(plaintext: str) -> str:
    return _fernet().encrypt(plaintext.encode()).decode()


def decrypt(token: str) -> str:
    return _fernet().decrypt(token.encode()).decode()


def rotate(token: str) -> str:
    """Re-encrypt a value with the current key."""
    return _fernet().rotate(token.encode()).decode()


def normalize_email(address: str) -> str:
    """The form of an address used for de-duplication: NFC, trimmed, case-folded."""
    return unicodedata.normalize("NFC", address).strip().casefold()


def email_hash(address: str) -> str:
    digest = hmac.new(_hash_key(), normalize_email(address).encode(), hashlib.sha256)
    return digest.hexdigest()


def email_domain(address: str) -> str:
    return normalize_email(address).rpartition("@")[2]
