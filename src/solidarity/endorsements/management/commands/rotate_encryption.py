from typing import Any

from django.core.management.base import BaseCommand

from solidarity.endorsements.services import endorsement_contact_rotate


class Command(BaseCommand):
    help = (
        "Re-encrypt stored contact addresses with the first key of "
        "SOLIDARITY_ENCRYPTION_KEY, after which older keys may be removed (keep the "
        "oldest, or set SOLIDARITY_HASH_KEY, for the de-duplication index)."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        count = endorsement_contact_rotate()
        self.stdout.write(f"Re-encrypted {count} contact address(es) with the current key.")
