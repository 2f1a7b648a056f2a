"""A bot check that needs no third party: an ALTCHA proof-of-work challenge.

The page carries a signed challenge; a small script (static/solidarity/proof-of-work.js,
served from this site) finds the number whose hash it is and puts the solution in the
form. The server checks the signature, the hash and the expiry, and accepts each
solution once. Without JavaScript there is no solution, and the signature is still
taken — under stricter limits, and marked for moderators.
"""

import base64
import binascii
import json
from datetime import datetime, timedelta

import altcha
from django.core.cache import caches
from django.utils.crypto import salted_hmac

# About a second of hashing in a browser, nothing for a person; thousands of
# signatures a minute cost a script as many seconds.
MAX_NUMBER = 100_000
LIFETIME = timedelta(minutes=30)


def _key() -> str:
    return salted_hmac("solidarity.proof_of_work", "challenge").hexdigest()


def challenge_create() -> str:
    """A fresh challenge, as the JSON the script reads."""
    # altcha compares its expiry with time.time(): a naive local datetime it turns
    # into a timestamp.
    expires = datetime.now() + LIFETIME  # noqa: DTZ005
    challenge = altcha.create_challenge(
        altcha.ChallengeOptions(hmac_key=_key(), max_number=MAX_NUMBER, expires=expires)
    )
    return json.dumps(challenge.to_dict())


def solution_verify(payload: str) -> bool:
    """Whether ``payload`` (base64 JSON, as ALTCHA sends it) solves a challenge of ours
    that has not expired and was not used before."""
    if not payload or len(payload) > 2000:
        return False
    try:
        solved, _error = altcha.verify_solution(payload, _key(), check_expires=True)
        signature = json.loads(base64.b64decode(payload))["signature"]
    except (ValueError, TypeError, KeyError, binascii.Error):
        return False
    if not solved:
        return False
    # One solution, one signature: a replay counts as no check at all.
    return caches["default"].add(
        f"pow:{signature}", True, timeout=int(LIFETIME.total_seconds()) + 60
    )


def solution_compute(challenge_json: str) -> str:
    """Solve a challenge as the browser script does: for API clients and tests."""
    challenge = json.loads(challenge_json)
    solution = altcha.solve_challenge(
        challenge["challenge"], challenge["salt"], challenge["algorithm"], challenge["maxNumber"]
    )
    if solution is None:
        raise ValueError("unsolvable challenge")
    payload = {
        "algorithm": challenge["algorithm"],
        "challenge": challenge["challenge"],
        "number": solution.number,
        "salt": challenge["salt"],
        "signature": challenge["signature"],
    }
    return base64.b64encode(json.dumps(payload).encode()).decode()
