"""`solidarity worker`: the background task worker alone (it sends the e-mails)."""

import logging
import threading
from argparse import ArgumentParser
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import DatabaseError, close_old_connections

from solidarity.endorsements.services import endorsement_confirmations_resume

logger = logging.getLogger(__name__)


def _sweep_forever(stop: threading.Event) -> None:
    """Find confirmation e-mails whose task was lost, once a minute, for as long as the
    worker runs; a database that is down only postpones the next sweep."""
    while not stop.wait(settings.SOLIDARITY_EMAIL_SWEEP_SECONDS):
        close_old_connections()
        try:
            resumed = endorsement_confirmations_resume()
        except DatabaseError as error:
            logger.warning("E-mail sweep postponed: %s", error)
            continue
        if resumed:
            logger.info("Re-enqueued %d confirmation e-mails whose task was lost", resumed)


class Command(BaseCommand):
    help = "Run the background task worker, which sends the confirmation e-mails."

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
        endorsement_confirmations_resume()
        stop = threading.Event()
        if not options["batch"]:
            threading.Thread(
                target=_sweep_forever, args=(stop,), name="email-sweep", daemon=True
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
