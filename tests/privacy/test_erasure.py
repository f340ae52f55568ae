"""Erasing one customer, end to end: afterwards nothing of them is left in any table, in
the comment-model files or the upload folder, and the log row holds only counts."""

from __future__ import annotations

import json

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from servicegap.core.models import ApiToken
from servicegap.core.tokens import create_token
from servicegap.customers.models import Customer, ImportRun
from servicegap.feedback.models import Response
from servicegap.privacy.models import ErasureLog, LogImmutable
from servicegap.recovery.models import Case
from servicegap.textlens import retraining
from servicegap.textlens.models import CommentAnalysis, TextModelVersion
from servicegap.webhooks.models import Delivery
from tests.conftest import PASSWORD
from tests.customers.factories import CustomerFactory
from tests.privacy.conftest import COMMENT, CUSTOMER_ID, EMAIL, NAME, OTHERS, PHONE

pytestmark = pytest.mark.django_db

# Every way the customer could still be found: the comment by its sentences too.
NEEDLES = [
    NAME,
    EMAIL,
    PHONE,
    CUSTOMER_ID,
    COMMENT,
    "The soup was stone cold and Gareth ignored us.",
    "We will not come back here again.",
]


def rows_mentioning(needle: str) -> list[str]:
    """`table: row` for every row of every table holding `needle` in any column."""
    found = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            cursor.execute(f'SELECT * FROM "{table}"')  # noqa: S608 - our own table names
            for row in cursor.fetchall():
                text = " ".join(str(value) for value in row)
                if needle.lower() in text.lower():
                    found.append(f"{table}: {text[:120]}")
    return found


def files_mentioning(folder, needle: str) -> list[str]:
    return [
        str(path)
        for path in folder.rglob("*")
        if path.is_file() and needle.lower().encode() in path.read_bytes().lower()
    ]


def erase(client, member, customer):
    client.login(username=member.user.username, password=PASSWORD)
    return client.post(f"/privacy/erase/{customer.code}/")


def test_the_fixture_leaves_traces_everywhere(traces, data_dir):
    """The test below would find something if erasure missed it."""
    for needle in NEEDLES:
        assert rows_mentioning(needle), needle
    assert files_mentioning(data_dir / "textlens", "stone cold")
    assert files_mentioning(data_dir / "imports", CUSTOMER_ID)
    assert traces.run.status == ImportRun.Status.INVALID
    assert Delivery.objects.filter(body__contains="stone cold").exists()


def test_an_owner_erases_a_customer_and_nothing_of_them_is_left(
    client, traces, owner_olga, data_dir, django_capture_on_commit_callbacks
):
    old_versions = list(TextModelVersion.objects.values_list("path", flat=True))
    with django_capture_on_commit_callbacks(execute=True):
        answer = erase(client, owner_olga, traces.customer)
    assert answer.status_code == 302 and answer["Location"] == "/privacy/"
    for needle in NEEDLES:
        assert rows_mentioning(needle) == [], needle
        assert files_mentioning(data_dir, needle) == [], needle
    # The response keeps its ratings, marked as erased; the analysis keeps its labels.
    response = Response.objects.get(pk=traces.response.pk)
    assert (response.comment, response.contact, response.nps) == ("[erased]", "", 2)
    assert CommentAnalysis.objects.get(response=response).sentiment == "negative"
    # The model was trained again on the other corrections only; older versions are gone.
    current = TextModelVersion.objects.get()
    assert current.is_current and current.version == 2 and current.corrections == len(OTHERS)
    assert [p.name for p in (data_dir / "textlens").rglob("*.bin")] == [current.path.split("/")[-1]]
    assert not any((data_dir / path).exists() for path in old_versions)
    # The case stays, without them.
    case = Case.objects.get(pk=traces.case.pk)
    assert case.customer is None and case.description == "[erased]"
    # The import record stays, its upload removed.
    assert not list((data_dir / "imports").glob("*.upload"))
    log = ErasureLog.objects.get()
    assert (log.by, log.kind, log.via) == (owner_olga.user, "customer", "page")
    assert log.counts == {
        "customers": 1,
        "visits": 3,
        "scores": 1,
        "alerts": 1,
        "survey_invitations": 1,
        "response_comments": 1,
        "response_contacts": 1,
        "corrected_comments": 1,
        "model_versions": 1,  # version 1 deleted (version 2 made without the comment)
        "case_texts": 1,  # the description
        "case_events": 1,  # the note naming them ("Opened (feedback response)…" does not)
        "case_actions": 0,
        "people_notes": 0,
        # response.created, alert.sent (a detractor's alert), case.event × 2 (opened, note)
        "webhook_deliveries": 4,
        "import_records": 1,
        "uploads": 1,
    }


def test_the_log_holds_no_personal_data_and_cannot_be_changed(
    client, customer_with_visits, owner_olga
):
    erase(client, owner_olga, customer_with_visits)
    log = ErasureLog.objects.get()
    text = json.dumps(log.counts)
    assert not any(needle.lower() in text.lower() for needle in NEEDLES)
    with pytest.raises(LogImmutable):
        log.save()
    with pytest.raises(LogImmutable):
        log.delete()
    with pytest.raises(LogImmutable):
        ErasureLog.objects.all().delete()
    page = client.get("/privacy/")
    assert page.status_code == 200 and b"olga@example.test" in page.content
    assert b"visits: 3" in page.content


def test_the_confirm_page_says_what_goes_and_erases_nothing(
    client, customer_with_visits, owner_olga
):
    client.login(username=owner_olga.user.username, password=PASSWORD)
    page = client.get(f"/privacy/erase/{customer_with_visits.code}/")
    assert page.status_code == 200
    assert b"This cannot be undone." in page.content and b"3 visits" in page.content
    assert Customer.objects.filter(pk=customer_with_visits.pk).exists()
    assert not ErasureLog.objects.exists()


def test_the_customer_page_links_owners_to_the_erasure(client, world, owner_olga, manager_max):
    customer = CustomerFactory(organization=world.org, home_location=world.location_a)
    url = f"/customers/all/{customer.code}/"
    erase_url = f"/privacy/erase/{customer.code}/".encode()
    client.login(username=owner_olga.user.username, password=PASSWORD)
    assert erase_url in client.get(url).content
    client.login(username=manager_max.user.username, password=PASSWORD)
    assert erase_url not in client.get(url).content


@pytest.mark.parametrize(
    "role", ["executive_erin", "manager_max", "supervisor_sid", "staff_sam", "shopper_sue"]
)
def test_every_other_role_is_refused(client, world, role, request):
    member = request.getfixturevalue(role)
    customer = CustomerFactory(organization=world.org, home_location=world.location_a)
    client.login(username=member.user.username, password=PASSWORD)
    for url in ("/privacy/", "/privacy/erase/", "/privacy/retention/"):
        assert client.get(url).status_code == 403, url
    assert client.post(f"/privacy/erase/{customer.code}/").status_code == 403
    assert Customer.objects.filter(pk=customer.pk).exists()


def test_another_organisations_customer_is_404(client, world, owner_olga, outsider_otto):
    theirs = CustomerFactory(organization=outsider_otto.organization)
    client.login(username=owner_olga.user.username, password=PASSWORD)
    assert client.get(f"/privacy/erase/{theirs.code}/").status_code == 404
    assert client.post(f"/privacy/erase/{theirs.code}/").status_code == 404
    assert Customer.objects.filter(pk=theirs.pk).exists()


def test_anonymous_visitors_are_sent_to_login(client, world):
    customer = CustomerFactory(organization=world.org)
    answer = client.post(f"/privacy/erase/{customer.code}/")
    assert answer.status_code == 302 and "/accounts/login/" in answer["Location"]


@pytest.mark.parametrize(
    ("query", "found"),
    [(CUSTOMER_ID, 1), (NAME.upper(), 1), (EMAIL, 1), ("maud", 0), ("", None)],
)
def test_owners_find_the_customer_by_id_name_email_or_phone(
    client, world, owner_olga, query, found
):
    Customer.objects.create(
        organization=world.org, external_id=CUSTOMER_ID, name=NAME, contact=EMAIL,
        contact_consent=True,
    )  # fmt: skip
    client.login(username=owner_olga.user.username, password=PASSWORD)
    page = client.get("/privacy/erase/", {"q": query})
    if found is None:
        assert page.status_code == 400
        return
    assert page.status_code == 200
    assert page.content.count(b"Erase\xe2\x80\xa6") == found


def test_a_phone_number_is_found_whatever_its_spacing(world):
    from servicegap.customers.erasure import find_customers

    customer = Customer.objects.create(
        organization=world.org, external_id="P1", name="", contact=PHONE, contact_consent=True
    )
    assert find_customers(Customer.objects.all(), "+447700900461") == [customer]
    assert find_customers(Customer.objects.all(), "0044 7700 900 462") == []


# The command -------------------------------------------------------------------------


def test_the_command_erases_a_customer_by_id(customer_with_visits, capsys):
    call_command("erase", "--org", "sunny", "--customer", CUSTOMER_ID)
    assert not Customer.objects.filter(external_id=CUSTOMER_ID).exists()
    log = ErasureLog.objects.get()
    assert (log.by, log.via, log.counts["visits"]) == (None, "command", 3)
    assert "visits 3" in capsys.readouterr().out


def test_the_command_names_an_unknown_organisation(world):
    with pytest.raises(CommandError, match="No organisation with the short name 'nope'"):
        call_command("erase", "--org", "nope", "--customer", "A1")


def test_the_command_names_an_unknown_customer_and_erases_nothing(world, outsider_otto):
    CustomerFactory(organization=outsider_otto.organization, external_id="A1")
    with pytest.raises(CommandError, match="No customer of sunny"):
        call_command("erase", "--org", "sunny", "--customer", "A1")
    assert Customer.objects.count() == 1 and not ErasureLog.objects.exists()


def test_the_command_refuses_a_name_shared_by_two_customers(world):
    for external_id in ("A1", "A2"):
        Customer.objects.create(
            organization=world.org, external_id=external_id, name="Sam Lee", contact_consent=True
        )
    with pytest.raises(CommandError, match="2 customers match"):
        call_command("erase", "--org", "sunny", "--customer", "Sam Lee")
    assert Customer.objects.count() == 2


# The API -----------------------------------------------------------------------------


def bearer(member) -> dict:
    _token, secret = create_token(member, "privacy")
    return {"HTTP_AUTHORIZATION": f"Bearer {secret}"}


def test_an_owners_token_finds_and_erases_a_customer(client, customer_with_visits, owner_olga):
    auth = bearer(owner_olga)
    found = client.get("/api/v1/privacy/customers", {"q": EMAIL}, **auth).json()
    code = customer_with_visits.code
    assert found == [{"code": str(code), "external_id": CUSTOMER_ID}]
    answer = client.post(f"/api/v1/privacy/customers/{code}/erase", **auth)
    assert answer.status_code == 200
    assert answer.json()["counts"]["visits"] == 3 and answer.json()["via"] == "api"
    assert not Customer.objects.filter(pk=customer_with_visits.pk).exists()
    again = client.post(f"/api/v1/privacy/customers/{code}/erase", **auth)
    assert again.status_code == 404
    logs = client.get("/api/v1/privacy/erasures", **auth).json()
    assert [log["counts"]["visits"] for log in logs] == [3]


@pytest.mark.parametrize("role", ["executive_erin", "manager_max", "staff_sam"])
def test_other_roles_tokens_are_refused(client, world, role, request):
    member = request.getfixturevalue(role)
    customer = CustomerFactory(organization=world.org, home_location=world.location_a)
    answer = client.post(f"/api/v1/privacy/customers/{customer.code}/erase", **bearer(member))
    assert answer.status_code == 403
    assert Customer.objects.filter(pk=customer.pk).exists()


def test_a_token_cannot_erase_another_organisations_customer(
    client, world, owner_olga, outsider_otto
):
    theirs = CustomerFactory(organization=outsider_otto.organization)
    answer = client.post(f"/api/v1/privacy/customers/{theirs.code}/erase", **bearer(owner_olga))
    assert answer.status_code == 404
    assert Customer.objects.filter(pk=theirs.pk).exists()


def test_the_schema_lists_the_erasure_paths(client):
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    assert "/api/v1/privacy/customers/{customer_code}/erase" in paths
    assert "/api/v1/privacy/erasures" in paths


def test_a_model_file_unrelated_to_the_erased_comments_is_kept(client, world, owner_olga):
    """With no corrected comment of theirs, the model is not trained again."""
    customer = CustomerFactory(organization=world.org)
    erase(client, owner_olga, customer)
    assert ErasureLog.objects.get().counts["model_versions"] == 0
    assert retraining.current_version(world.org.pk) is None
    assert ApiToken.objects.count() == 0


def test_the_admin_shows_the_log_read_only(client, world, owner_olga):
    from tests.factories import UserFactory
    from tests.privacy.factories import ErasureLogFactory

    log = ErasureLogFactory(organization=world.org)
    admin = UserFactory(username="root@example.test", is_staff=True, is_superuser=True)
    client.force_login(admin)
    assert client.get("/admin/privacy/erasurelog/").status_code == 200
    page = client.get(f"/admin/privacy/erasurelog/{log.pk}/change/")
    assert page.status_code == 200 and b'name="_save"' not in page.content
    assert client.get("/admin/privacy/erasurelog/add/").status_code == 403
    assert (
        client.post(f"/admin/privacy/erasurelog/{log.pk}/delete/", {"post": "yes"}).status_code
        == 403
    )
    assert ErasureLog.objects.filter(pk=log.pk).exists()
