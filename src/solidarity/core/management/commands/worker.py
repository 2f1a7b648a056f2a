"""`solidarity worker`: the background worker alone (it sends the e-mails)."""

import logging
import threading
from argparse import ArgumentParser
from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import DatabaseError, close_old_connections

from solidarity.endorsements.emails import CONFIRMATIONS_PER_ROUND, confirmations_send_due

logger = logging.getLogger(__name__)


def _send_confirmations_forever(stop: threading.Event, interval: float) -> None:
    """Send the confirmation e-mails that are due, for as long as the worker runs: at
    once while there are more, every `interval` seconds when there are none. A
    database that is down only postpones the next round."""
    while True:
        close_old_connections()
        try:
            looked_at = confirmations_send_due()
        except DatabaseError as error:
            logger.warning("Confirmation e-mails postponed: %s", error)
            looked_at = 0
        if stop.wait(0 if looked_at == CONFIRMATIONS_PER_ROUND else interval):
            return


class Command(BaseCommand):
    help = "Run the background worker: it sends the confirmation e-mails and runs the tasks."

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument(
            "--interval",
            type=float,
            default=1.0,
            help="Seconds to wait between polls when the queue is empty (default: 1).",
        )
        parser.add_argument(
            "--batch", action="store_true", help="Run the waiting tasks, then exit."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        stop = threading.Event()
        if options["batch"]:
            while confirmations_send_due() == CONFIRMATIONS_PER_ROUND:
                pass
        else:
            threading.Thread(
                target=_send_confirmations_forever,
                args=(stop, options["interval"]),
                name="confirmation-emails",
                daemon=True,
            ).start()
        try:
            call_command(
                "db_worker",
                reload=False,
                interval=options["interval"],
                batch=options["batch"],
                startup_delay=not options["batch"],
                verbosity=options["verbosity"],
            )
        finally:
            stop.set()
