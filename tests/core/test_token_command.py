"""`servicegap token create`: a new API token from the command line, or a clear refusal."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from servicegap.core.models import ApiToken


def create(*args: str) -> str:
    out = StringIO()
    call_command("token", "create", *args, stdout=out, stderr=StringIO())
    return out.getvalue().strip()


def test_it_prints_a_token_that_acts_as_the_member(client, world, staff_sam):
    secret = create("--org", "sunny", "--email", "sam@example.test", "--name", "Till export")
    assert secret.startswith("sg_")
    me = client.get("/api/v1/me", HTTP_AUTHORIZATION=f"Bearer {secret}").json()
    assert (me["email"], me["role"], me["organization_slug"]) == (
        "sam@example.test",
        "staff",
        "sunny",
    )
    token = ApiToken.objects.get()
    assert (token.name, token.membership) == ("Till export", staff_sam)
    assert secret not in {token.digest, token.prefix}


def test_the_email_is_matched_whatever_its_case_and_the_name_has_a_default(world, owner_olga):
    create("--org", "sunny", "--email", "  OLGA@Example.TEST ")
    assert ApiToken.objects.get().name == "command line"


def test_each_run_makes_another_token(world, owner_olga):
    first = create("--org", "sunny", "--email", "olga@example.test")
    second = create("--org", "sunny", "--email", "olga@example.test")
    assert first != second
    assert ApiToken.objects.count() == 2


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--org", "nowhere", "--email", "olga@example.test"], "--org: no organisation"),
        (["--org", "sunny", "--email", "nobody@example.test"], "--email: no account"),
        (["--org", "sunny", "--email", "otto@example.test"], "is not a member of 'sunny'"),
        (["--org", "sunny", "--email", "olga@example.test", "--name", " "], "--name: give"),
        (["--org", "sunny", "--email", "olga@example.test", "--name", "x" * 81], "at most 80"),
        (["--org", "sunny", "--email", "olga@example.test", "--name", "a\x1bb"], "control"),
    ],
)
def test_it_refuses_bad_input_naming_the_option_and_makes_nothing(
    world, owner_olga, outsider_otto, args, message
):
    with pytest.raises(CommandError, match=message):
        create(*args)
    assert not ApiToken.objects.exists()


def test_it_refuses_a_deactivated_account(world, owner_olga):
    owner_olga.user.is_active = False
    owner_olga.user.save()
    with pytest.raises(CommandError, match="deactivated"):
        create("--org", "sunny", "--email", "olga@example.test")
    assert not ApiToken.objects.exists()


def test_it_needs_an_action(world):
    with pytest.raises(CommandError):
        call_command("token", stdout=StringIO(), stderr=StringIO())
