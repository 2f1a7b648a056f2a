"""Limits on how often a client, an address or a statement may sign.

Clients are known only by a keyed hash of their network address (IPv6 by its /64), read
from the hop our own proxy sets (`SOLIDARITY_CLIENT_ADDRESS_HEADER`), never stored.
Counts live in the cache: per process with the local-memory cache (limits then
apply per server process), shared with Redis (`REDIS_URL`).
"""

import hashlib
import hmac
import ipaddress
import time
from dataclasses import dataclass
from functools import lru_cache
from ipaddress import IPv6Network

from django.conf import settings
from django.core.cache import caches
from django.http import HttpRequest


@dataclass(frozen=True)
class Limit:
    scope: str
    count: int
    seconds: int


@lru_cache(maxsize=2)
def _network_hash_key(secret: str) -> bytes:
    return hashlib.sha256(b"solidarity.throttle" + secret.encode()).digest()


def client_key(request: HttpRequest) -> str:
    """A keyed hash of the client's network: its address as our proxy saw it."""
    header = settings.SOLIDARITY_CLIENT_ADDRESS_HEADER
    if header:
        hops = [hop.strip() for hop in request.META.get(header, "").split(",") if hop.strip()]
        # The proxies we run appended the last N hops; what a client wrote before
        # them is not to be trusted.
        position = len(hops) - settings.SOLIDARITY_TRUSTED_PROXIES
        raw = hops[position] if 0 <= position < len(hops) else ""
    else:
        raw = request.META.get("REMOTE_ADDR", "")
    try:
        address = ipaddress.ip_address(raw)
    except ValueError:
        network = "unknown"
    else:
        # One IPv6 subscriber holds a whole /64.
        network = str(address if address.version == 4 else IPv6Network((address, 64), strict=False))
    key = _network_hash_key(settings.SECRET_KEY)
    return hmac.new(key, network.encode(), hashlib.sha256).hexdigest()[:32]


def throttle_hit(limit: Limit, key: str) -> int | None:
    """Count one more use of ``key`` under ``limit``: None while within it, else the
    seconds until the current window ends (for Retry-After)."""
    now = time.time()
    window = int(now // limit.seconds)
    cache = caches["default"]
    cache_key = f"throttle:{limit.scope}:{key}:{window}"
    if cache.add(cache_key, 1, timeout=limit.seconds + 1):
        count = 1
    else:
        try:
            count = cache.incr(cache_key)
        except ValueError:  # expired between add and incr
            cache.set(cache_key, 1, timeout=limit.seconds + 1)
            count = 1
    if count <= limit.count:
        return None
    return max(1, int((window + 1) * limit.seconds - now))
