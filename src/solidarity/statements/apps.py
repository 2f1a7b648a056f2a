from typing import Any

from django.apps import AppConfig
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_save


def _forget_for_signing(sender: type, instance: Any, **kwargs: Any) -> None:
    """A statement closed, reopened or given a new version is read again by the next
    signature: forgotten now, and again when the change commits, so that a signature
    read in between does not keep the old state."""
    from .selectors import signing_cache_key

    key = signing_cache_key(instance.slug)
    cache.delete(key)
    transaction.on_commit(lambda: cache.delete(key))


class StatementsConfig(AppConfig):
    name = "solidarity.statements"
    label = "statements"

    def ready(self) -> None:
        post_save.connect(_forget_for_signing, sender=self.get_model("Statement"))
