"""`solidarity token create EMAIL`: prints a new API token, and nothing else."""

from argparse import ArgumentParser
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from solidarity.accounts.services import api_token_create, user_get_by_email
from solidarity.core.errors import ServiceError


class Command(BaseCommand):
    help = "Manage API tokens."

    def add_arguments(self, parser: ArgumentParser) -> None:
        actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
        create = actions.add_parser(
            "create", help="Create an API token for a user and print it (shown only once)."
        )
        create.add_argument("email", help="The user's e-mail address.")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            user = user_get_by_email(email=options["email"])
            token = api_token_create(user=user)
        except ServiceError as error:
            raise CommandError(str(error.message)) from error
        self.stdout.write(token)
