"""`solidarity worker`: the background task worker alone (it sends the e-mails)."""

from argparse import ArgumentParser
from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand


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
        call_command(
            "db_worker",
            reload=False,
            interval=options["interval"],
            batch=options["batch"],
            startup_delay=not options["batch"],
            verbosity=options["verbosity"],
        )
