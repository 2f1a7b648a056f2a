"""`solidarity demo`: a demonstration site with fictional content, no setup needed.

The `solidarity` entry point has already generated the secrets into the data
folder (see solidarity.cli) before this command runs.
"""

import time
from argparse import ArgumentParser
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

from solidarity.demo import DEMO_EMAIL, DEMO_PASSWORD, load_demo

from .serve import add_server_arguments, run_server, server_url


class Command(BaseCommand):
    help = "Load fictional demonstration content, then serve it like `solidarity serve`."
    requires_system_checks = []  # checked once, by migrate

    def add_arguments(self, parser: ArgumentParser) -> None:
        add_server_arguments(parser)

    def handle(self, *args: Any, **options: Any) -> None:
        call_command("migrate", interactive=False, verbosity=options["verbosity"])
        started = time.monotonic()
        if load_demo():
            self.stdout.write(f"Loaded the demo content in {time.monotonic() - started:.1f} s.")
        else:
            self.stdout.write("The demo content is already loaded.")
        url = server_url(options["host"], options["port"])
        self.stdout.write(
            f"\nDemo data folder: {settings.DATA_DIR}\n"
            f"Log in at {url}accounts/login/ as {DEMO_EMAIL} "
            f"with the password {DEMO_PASSWORD}\n"
        )
        if settings.EMAIL_BACKEND.endswith("console.EmailBackend"):
            self.stdout.write("Confirmation e-mails, with their links, are printed here.\n")
        run_server(
            host=options["host"],
            port=options["port"],
            workers=options["workers"],
            threads=options["threads"],
            run_worker=options["run_worker"],
            stdout=self.stdout,
        )
