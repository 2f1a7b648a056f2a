import base64

from cryptography.fernet import Fernet

from solidarity.core import crypto


def test_encrypted_address_is_not_plaintext_and_round_trips():
    token = crypto.encrypt("ana@example.org")
    # The token is random base64, in which a short word ("ana") turns up now and then
    # by chance: the address itself must appear neither in it nor in its bytes.
    assert "ana@example.org" not in token and "example.org" not in token
    assert b"ana@example.org" not in base64.urlsafe_b64decode(token)
    assert crypto.decrypt(token) == "ana@example.org"


def test_hash_is_keyed_and_normalised():
    assert crypto.email_hash(" Ana@Example.ORG ") == crypto.email_hash("ana@example.org")
    assert crypto.email_hash("ana@example.org") != crypto.email_hash("ana@example.com")
    # Not a plain digest of the address: it depends on the key.
    import hashlib

    assert crypto.email_hash("ana@example.org") != hashlib.sha256(b"ana@example.org").hexdigest()


def test_rotation_keeps_old_data_readable_and_the_index_stable(settings):
    old_token = crypto.encrypt("ana@example.org")
    old_hash = crypto.email_hash("ana@example.org")
    new_key = Fernet.generate_key().decode()
    settings.SOLIDARITY_ENCRYPTION_KEYS = [new_key, *settings.SOLIDARITY_ENCRYPTION_KEYS]
    crypto._fernet.cache_clear()
    crypto._hash_key.cache_clear()
    try:
        assert crypto.decrypt(old_token) == "ana@example.org"
        rotated = crypto.rotate(old_token)
        assert Fernet(new_key.encode()).decrypt(rotated.encode()) == b"ana@example.org"
        assert crypto.email_hash("ana@example.org") == old_hash
    finally:
        crypto._fernet.cache_clear()
        crypto._hash_key.cache_clear()
