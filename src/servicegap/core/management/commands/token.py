"""`servicegap token create --org SLUG --email EMAIL [--name N]`: print a new API token.

The token acts in the API as that member of that organisation, exactly like one made
under Organisation → API tokens; only its digest is stored, so the secret printed here is
the only copy.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser

from servicegap.core import tokens
from servicegap.core.models import ApiToken, Membership, Organization

DEFAULT_NAME = "command line"


def membership_for(slug: str, email: str) -> Membership:
    """The membership a new token will act as, or a CommandError naming what is wrong."""
    organization = Organization.objects.filter(slug=slug).first()
    if organization is None:
        raise CommandError(f"--org: no organisation with the short name {slug!r}.")
    users = get_user_model().objects.filter(email__iexact=email.strip())
    if not users.exists():
        raise CommandError(f"--email: no account with the e-mail address {email!r}.")
    membership = (
        Membership.objects.filter(organization=organization, user__in=users)
        .select_related("user", "organization")
        .first()
    )
    if membership is None:
        raise CommandError(f"--email: {email!r} is not a member of {organization.slug!r}.")
    if not membership.user.is_active:
        raise CommandError(f"--email: the account {email!r} is deactivated.")
    return membership


def clean_name(name: str) -> str:
    name = name.strip()
    limit = ApiToken._meta.get_field("name").max_length
    if not name:
        raise CommandError("--name: give the token a name, e.g. POS export.")
    if len(name) > limit:
        raise CommandError(f"--name: at most {limit} characters.")
    if any(ord(char) < 32 or ord(char) == 127 for char in name):
        raise CommandError("--name: no control characters.")
    return name


class Command(BaseCommand):
    help = "Make API tokens from the command line."

    def add_arguments(self, parser: CommandParser) -> None:
        actions = parser.add_subparsers(dest="action", required=True)
        create = actions.add_parser(
            "create",
            help="Print a new API token acting as a member of an organisation.",
        )
        create.add_argument("--org", required=True, help="The organisation's short name (slug).")
        create.add_argument("--email", required=True, help="The member's e-mail address.")
        create.add_argument(
            "--name", default=DEFAULT_NAME, help=f"What will use it (default {DEFAULT_NAME!r})."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        membership = membership_for(options["org"], options["email"])
        name = clean_name(options["name"])
        _token, secret = tokens.create_token(membership, name)
        self.stdout.write(secret)
        self.stderr.write(
            f"Token {name!r} acts as {membership.user.email} ({membership.role}) in "
            f"{membership.organization.slug}. It is shown only once; revoke it under "
            "Organisation → API tokens."
        )
