"""`solidarity user create EMAIL [--password-stdin]`."""

import sys
from argparse import ArgumentParser
from typing import Any

from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from solidarity.accounts.services import user_create
from solidarity.core.errors import ServiceError


class Command(BaseCommand):
    help = "Manage user accounts."

    def add_arguments(self, parser: ArgumentParser) -> None:
        actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
        create = actions.add_parser("create", help="Create a user account.")
        create.add_argument("email", help="The e-mail address, which is also the login.")
        create.add_argument(
            "--password-stdin",
            action="store_true",
            help="Read the password from standard input (without it, the account has "
            "no password and can use only API tokens).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        password = None
        if options["password_stdin"]:
            stdin = options.get("stdin") or sys.stdin
            password = stdin.read().rstrip("\r\n")
            if not password:
                raise CommandError("No password on standard input.")
            try:
                validate_password(password)
            except ValidationError as error:
                raise CommandError(" ".join(error.messages)) from error
        try:
            user = user_create(email=options["email"], password=password)
        except ServiceError as error:
            raise CommandError(str(error.message)) from error
        self.stdout.write(f"Created the user {user.email}.")
        if password is None:
            self.stdout.write(
                f"It has no password: set one with `solidarity changepassword {user.username}`."
            )
