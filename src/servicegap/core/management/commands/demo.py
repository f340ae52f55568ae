from __future__ import annotations

from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser

from servicegap.core import demo
from servicegap.core.management.commands.serve import prepare


class Command(BaseCommand):
    help = "Create (or recreate) the demo organisation, print its logins, and serve it."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--seed", type=int, default=1, help="Random seed for the demo data.")
        parser.add_argument("--no-serve", action="store_true", help="Seed only; do not serve.")
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)

    def handle(self, *args: Any, **options: Any) -> None:
        verbosity = options["verbosity"]
        self.stdout.write("Preparing the database…")
        prepare(verbosity=verbosity)
        self.stdout.write(f"Seeding the demo organisation (seed {options['seed']})…")
        try:
            summary = demo.seed(options["seed"])
        except demo.DemoError as error:
            raise CommandError(str(error)) from None
        for line in summary.lines():
            self.stdout.write(f"  {line}")
        self.stdout.write("")
        self.stdout.write(self.style.SUCCESS(f"Demo logins (password: {demo.PASSWORD})"))
        for role, email in demo.LOGINS.items():
            self.stdout.write(f"  {role:<11} {email}")
        if options["no_serve"]:
            return
        self.stdout.write("")
        call_command(
            "serve", host=options["host"], port=options["port"], workers=2, no_migrate=True
        )
