"""The save list, the customer page, imports on the page, settings and the API, for every
role and against another organisation."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from servicegap.core.models import Role
from servicegap.customers.models import Alert, CustomerSettings, ImportRun, Visit
from tests.conftest import client_for
from tests.customers.factories import (
    AlertFactory,
    CustomerFactory,
    CustomerScoreFactory,
    VisitFactory,
)
from tests.factories import LocationFactory

READERS = {Role.OWNER, Role.EXECUTIVE, Role.MANAGER}


@pytest.fixture
def alerts(world):
    rich = AlertFactory(organization=world.org, customer__home_location=world.location_a,
                        value_at_risk=Decimal("900"))  # fmt: skip
    poor = AlertFactory(organization=world.org, customer__home_location=world.location_a,
                        value_at_risk=Decimal("40"),
                        reasons=[{"kind": "complaint", "text": "Rated people 1/5", "at": "x"}])  # fmt: skip
    hidden = AlertFactory(organization=world.org, customer__home_location=world.location_a,
                          status=Alert.Status.SNOOZED,
                          snoozed_until=timezone.now() + timedelta(days=3))  # fmt: skip
    elsewhere = AlertFactory(organization=world.org, customer__home_location=world.location_b,
                             value_at_risk=Decimal("5000"))  # fmt: skip
    return rich, poor, hidden, elsewhere


@pytest.mark.parametrize("role", list(Role))
def test_the_save_list_is_for_owners_executives_and_managers(world, member_of_role, role, alerts):
    response = client_for(member_of_role(role)).get(reverse("customers:save-list"))
    assert response.status_code == (200 if role in READERS else 403)


def test_the_save_list_orders_by_value_at_risk_and_says_why(world, owner_olga, alerts):
    rich, poor, hidden, elsewhere = alerts
    page = client_for(owner_olga).get(reverse("customers:save-list")).content.decode()
    order = [page.index(str(a.customer)) for a in (elsewhere, rich, poor)]
    assert order == sorted(order)
    assert str(hidden.customer) not in page
    assert "Rated people 1/5" in page and "1 snoozed alert" in page
    assert "recovery case" in page.lower()  # the recovery app's page, linked by URL name


def test_a_manager_sees_only_their_locations_customers(world, manager_max, alerts):
    page = client_for(manager_max).get(reverse("customers:save-list")).content.decode()
    assert str(alerts[0].customer) in page and str(alerts[3].customer) not in page


def test_claim_snooze_and_resolve(world, manager_max, alerts):
    client, alert = client_for(manager_max), alerts[0]
    client.post(reverse("customers:alert-claim", args=[alert.code]))
    alert.refresh_from_db()
    assert (alert.status, alert.claimed_by) == (Alert.Status.CLAIMED, manager_max.user)
    client.post(reverse("customers:alert-snooze", args=[alert.code]), {"days": "7"})
    alert.refresh_from_db()
    assert alert.status == Alert.Status.SNOOZED
    assert alert.snoozed_until > timezone.now() + timedelta(days=6)
    client.post(reverse("customers:alert-resolve", args=[alert.code]), {"outcome": "lost"})
    alert.refresh_from_db()
    assert alert.status == Alert.Status.LOST and alert.resolved_at
    response = client.post(reverse("customers:alert-claim", args=[alert.code]), follow=True)
    assert "already resolved" in response.content.decode()
    assert Alert.objects.get(pk=alert.pk).status == Alert.Status.LOST


def test_a_bad_snooze_changes_nothing(world, owner_olga, alerts):
    client_for(owner_olga).post(reverse("customers:alert-snooze", args=[alerts[0].code]),
                                {"days": "999"})  # fmt: skip
    assert Alert.objects.get(pk=alerts[0].pk).status == Alert.Status.OPEN


def test_alert_actions_refuse_other_roles_and_other_organisations(
    world, supervisor_sid, outsider_otto, manager_max, alerts
):
    url = reverse("customers:alert-claim", args=[alerts[0].code])
    assert client_for(supervisor_sid).post(url).status_code == 403
    assert client_for(outsider_otto).post(url).status_code == 404
    out_of_scope = reverse("customers:alert-claim", args=[alerts[3].code])
    assert client_for(manager_max).post(out_of_scope).status_code == 404
    assert not Alert.objects.filter(status=Alert.Status.CLAIMED).exists()


def test_open_a_recovery_case_from_the_save_list(world, manager_max, supervisor_sid, alerts):
    from servicegap.recovery.models import Case

    client, alert = client_for(manager_max), alerts[0]
    url = reverse("recovery:case-from-alert", args=[alert.code])
    assert url in client.get(reverse("customers:save-list")).content.decode()
    assert client_for(supervisor_sid).post(url).status_code == 403
    first = client.post(url)
    case = Case.objects.get(alert=alert)
    assert first.status_code == 302 and first["Location"] == case.get_absolute_url()
    assert client.post(url)["Location"] == case.get_absolute_url()  # the same case again
    assert Case.objects.filter(alert=alert).count() == 1
    assert case.customer == alert.customer
    alert.refresh_from_db()
    assert alert.status == Alert.Status.CLAIMED
    out_of_scope = reverse("recovery:case-from-alert", args=[alerts[3].code])
    assert client.post(out_of_scope).status_code == 404
    assert not Case.objects.filter(alert=alerts[3]).exists()


def test_the_customer_page_shows_visits_scores_and_the_simple_value(world, owner_olga):
    customer = CustomerFactory(organization=world.org, home_location=world.location_a)
    VisitFactory(organization=world.org, customer=customer, location=world.location_a,
                 visited_at=datetime(2024, 3, 1, 11, tzinfo=UTC), amount=Decimal("31.50"))  # fmt: skip
    CustomerScoreFactory(organization=world.org, customer=customer)
    url = reverse("customers:customer-detail", args=[customer.code])
    page = client_for(owner_olga).get(url).content.decode()
    assert "1 March 2024" not in page  # the timeline shows the organisation's local time
    assert "1 Mar 2024, 12:00" in page and "31.50" in page
    currency = world.org.currency
    # a year if still a customer = expected 70.00 + at risk 163.33 = 233.33
    assert f"233.33 {currency}" in page and f"163.33 {currency}" in page and "30%" in page
    assert "P(alive)" not in page and "bgnbd" not in page.lower()
    simple = (
        client_for(owner_olga)
        .get(url, {"spend": "30", "per_week": "1", "years_from": "3", "years_to": "5"})
        .content.decode()
    )
    # 30 × 1 × 52 × 3 = 4,680 and × 5 = 7,800
    assert f"4,680.00 {currency} – 7,800.00 {currency}" in simple


def test_the_customer_page_hides_visits_outside_a_managers_locations(world, manager_max):
    customer = CustomerFactory(organization=world.org, home_location=world.location_a)
    VisitFactory(organization=world.org, customer=customer, location=world.location_b,
                 amount=Decimal("77.77"))  # fmt: skip
    page = (
        client_for(manager_max)
        .get(reverse("customers:customer-detail", args=[customer.code]))
        .content.decode()
    )
    assert "77.77" not in page


def test_paging_through_a_search_keeps_the_search(world, owner_olga):
    for n in range(60):
        CustomerFactory(organization=world.org, home_location=world.location_a,
                        external_id=f"KEEP{n:03}")  # fmt: skip
    CustomerFactory(organization=world.org, home_location=world.location_a, external_id="OTHER")
    page = client_for(owner_olga).get(reverse("customers:customer-list"), {"q": "keep"})
    html = page.content.decode()
    assert "?q=keep&amp;page=2" in html and "OTHER" not in html
    second = client_for(owner_olga).get(
        reverse("customers:customer-list"), {"q": "keep", "page": 2}
    )
    assert "KEEP059" in second.content.decode() and "OTHER" not in second.content.decode()


def test_another_organisations_customer_is_a_404(world, outsider_otto):
    customer = CustomerFactory(organization=world.org)
    url = reverse("customers:customer-detail", args=[customer.code])
    assert client_for(outsider_otto).get(url).status_code == 404


# Imports on the page -----------------------------------------------------------------


@pytest.fixture
def upload(django_capture_on_commit_callbacks):
    """POST a file; the import queued after the commit runs then, as in a real request."""

    def upload(client, text: str, **extra):
        data = {"file": SimpleUploadedFile("visits.csv", text.encode()), **extra}
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(reverse("customers:import-upload"), data)

    return upload


def test_a_manager_uploads_a_file_and_sees_it_imported(upload, world, manager_max):
    client = client_for(manager_max)
    response = upload(client, "customer,date,location,amount\nA1,2024-03-01,Location A,9\n")
    run = ImportRun.objects.get()
    assert response.status_code == 302 and response.url == run.get_absolute_url()
    assert run.status == ImportRun.Status.DONE and run.visits_added == 1
    assert "1 visits imported" in client.get(response.url).content.decode()


def test_bad_rows_are_listed_then_skipped_on_request(
    upload, django_capture_on_commit_callbacks, world, owner_olga
):
    client = client_for(owner_olga)
    upload(client, "customer,date,location,amount\nA1,2024-03-01,Location A,9\n"
                   "A2,2024-03-01,Mars,9\n")  # fmt: skip
    run = ImportRun.objects.get()
    assert run.status == ImportRun.Status.INVALID and not Visit.objects.exists()
    page = client.get(run.get_absolute_url()).content.decode()
    assert "not a location of the organisation" in page and "skipping these 1" in page
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("customers:import-skip-bad-rows", args=[run.code]))
    again = ImportRun.objects.exclude(pk=run.pk).get()
    assert response.url == again.get_absolute_url()
    assert again.status == ImportRun.Status.DONE and Visit.objects.count() == 1


def test_the_column_mapping_can_be_chosen_on_the_page(upload, world, owner_olga):
    upload(client_for(owner_olga), "who,when,where,paid\nA1,2024-03-01,Location A,9\n",
           column_customer="who", column_location="where", column_amount="paid")  # fmt: skip
    assert Visit.objects.count() == 1


def test_an_empty_upload_is_refused_on_the_form(upload, world, owner_olga):
    response = upload(client_for(owner_olga), "")
    assert response.status_code == 400 and not ImportRun.objects.exists()


@pytest.mark.parametrize("role", [Role.SUPERVISOR, Role.STAFF, Role.SHOPPER])
def test_lower_roles_cannot_upload(upload, world, member_of_role, role):
    response = upload(client_for(member_of_role(role)), "customer,date,location,amount\n")
    assert response.status_code == 403 and not ImportRun.objects.exists()


def test_a_manager_sees_only_their_own_imports(upload, world, manager_max, owner_olga):
    upload(client_for(owner_olga), "customer,date,location,amount\nA1,2024-03-01,Location A,9\n")
    run = ImportRun.objects.get()
    url = reverse("customers:import-detail", args=[run.code])
    assert client_for(manager_max).get(url).status_code == 404


# Settings -------------------------------------------------------------------------


@pytest.mark.parametrize("role", list(Role))
def test_only_owners_change_the_threshold(world, member_of_role, role):
    response = client_for(member_of_role(role)).post(
        reverse("customers:settings"), {"alert_below_p_alive": "0.3", "annual_discount_rate": "0.1"}
    )
    assert response.status_code == (302 if role == Role.OWNER else 403)
    stored = CustomerSettings.objects.filter(organization=world.org).first()
    assert (stored.alert_below_p_alive if stored else None) == (
        Decimal("0.30") if role == Role.OWNER else None
    )


def test_a_threshold_above_one_is_refused(world, owner_olga):
    response = client_for(owner_olga).post(
        reverse("customers:settings"), {"alert_below_p_alive": "1.5", "annual_discount_rate": "0.1"}
    )
    assert response.status_code == 400 and not CustomerSettings.objects.exists()


# API --------------------------------------------------------------------------------


def bearer(member):
    from servicegap.core import tokens

    _token, secret = tokens.create_token(member, "test")
    return {"HTTP_AUTHORIZATION": f"Bearer {secret}"}


def test_the_api_lists_alerts_by_value_at_risk_for_a_token(world, owner_olga, alerts):
    from django.test import Client

    body = Client().get("/api/v1/customers/alerts", **bearer(owner_olga)).json()
    assert body["count"] == 4  # open and snoozed: unresolved
    assert [item["value_at_risk"] for item in body["items"]][:2] == ["5000.00", "900.00"]
    complaints = (
        Client().get("/api/v1/customers/alerts", {"kind": "complaint"}, **bearer(owner_olga)).json()
    )
    assert [item["code"] for item in complaints["items"]] == [str(alerts[1].code)]


def test_the_api_lists_customers_with_filters(world, manager_max, outsider_otto):
    from django.test import Client

    ours = CustomerFactory(organization=world.org, home_location=world.location_a)
    CustomerScoreFactory(organization=world.org, customer=ours)
    CustomerFactory(organization=world.org, home_location=world.location_b)
    body = Client().get("/api/v1/customers/customers", **bearer(manager_max)).json()
    assert [item["code"] for item in body["items"]] == [str(ours.code)]
    assert body["items"][0]["score"]["p_alive"] == 0.3
    foreign = LocationFactory(organization=outsider_otto.organization)
    filtered = (
        Client()
        .get("/api/v1/customers/customers", {"location": str(foreign.code)}, **bearer(manager_max))
        .json()
    )
    assert filtered["count"] == 0


def test_the_api_refuses_lower_roles(world, staff_sam):
    from django.test import Client

    response = Client().get("/api/v1/customers/customers", **bearer(staff_sam))
    assert response.status_code == 403


def test_the_schema_lists_the_customers_paths(db):
    from django.test import Client

    paths = Client().get("/api/v1/openapi.json").json()["paths"]
    assert "/api/v1/customers/customers" in paths and "/api/v1/customers/alerts" in paths


# The save list at a chain's scale ------------------------------------------------------


def _alert_for(world, *, value: str, reasons: list, name: str = "", contact: str = "", p=0.5):
    customer = CustomerFactory(
        organization=world.org, home_location=world.location_a, name=name, contact=contact,
        contact_consent=bool(name or contact),
    )  # fmt: skip
    CustomerScoreFactory(organization=world.org, customer=customer, p_alive=p)
    return AlertFactory(organization=world.org, customer=customer,
                        value_at_risk=Decimal(value), reasons=reasons)  # fmt: skip


def _reason(kind: str, days_ago: int) -> dict:
    at = timezone.now() - timedelta(days=days_ago)
    return {"kind": kind, "text": f"{kind} {days_ago} days ago", "at": at.isoformat(),
            "response": None}  # fmt: skip


def test_a_recent_detractor_comes_before_richer_drifting_customers(world, owner_olga):
    """The default order puts a customer unhappy in the last 30 days first, whatever
    their value; an old complaint does not jump the queue."""
    old = _alert_for(world, value="500", reasons=[_reason("complaint", 45)])
    rich = _alert_for(world, value="900", reasons=[_reason("drifting", 1)])
    recent = _alert_for(
        world, value="5", reasons=[_reason("drifting", 60), _reason("detractor", 2)]
    )
    page = client_for(owner_olga).get(reverse("customers:save-list")).content.decode()
    order = [page.index(str(a.customer)) for a in (recent, rich, old)]
    assert order == sorted(order)
    assert "Unhappy in the last 30 days" in page
    by_value = client_for(owner_olga).get(reverse("customers:save-list"), {"sort": "value"})
    text = by_value.content.decode()
    order = [text.index(str(a.customer)) for a in (rich, old, recent)]
    assert order == sorted(order)


def test_the_save_list_sorts_by_the_chance_they_are_still_a_customer(world, owner_olga):
    likely = _alert_for(world, value="10", reasons=[_reason("drifting", 1)], p=0.45)
    gone = _alert_for(world, value="9", reasons=[_reason("drifting", 1)], p=0.02)
    page = client_for(owner_olga).get(reverse("customers:save-list"), {"sort": "chance"})
    text = page.content.decode()
    assert text.index(str(gone.customer)) < text.index(str(likely.customer))
    assert "2%" in text and "45%" in text and "P(alive)" not in text


def test_an_unknown_sort_is_refused_naming_the_field(world, owner_olga, alerts):
    response = client_for(owner_olga).get(reverse("customers:save-list"), {"sort": "price"})
    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()
    assert str(alerts[0].customer) not in response.content.decode()


def test_the_save_list_shows_a_consented_name_and_contact_else_the_id(world, owner_olga):
    known = _alert_for(world, value="10", reasons=[_reason("drifting", 1)],
                       name="Ines Marlow", contact="ines@example.test")  # fmt: skip
    unknown = _alert_for(world, value="9", reasons=[_reason("drifting", 1)])
    page = client_for(owner_olga).get(reverse("customers:save-list")).content.decode()
    assert "Ines Marlow" in page and "ines@example.test" in page
    assert unknown.customer.external_id in page
    assert known.customer.external_id not in page


def test_drifting_days_agree_between_the_save_list_and_the_customer_page(world, owner_olga):
    alert = _alert_for(world, value="10", reasons=[_reason("drifting", 1)])
    visited = timezone.now() - timedelta(days=40)
    VisitFactory(organization=world.org, customer=alert.customer, location=world.location_a,
                 visited_at=visited)  # fmt: skip
    days = (
        timezone.localdate(timezone=world.org.tz) - timezone.localtime(visited, world.org.tz).date()
    ).days
    listed = client_for(owner_olga).get(reverse("customers:save-list")).content.decode()
    detail = client_for(owner_olga).get(alert.customer.get_absolute_url()).content.decode()
    assert f"{days} days ago" in listed and f"{days} days ago" in detail
    assert "drifting 1 days ago" not in listed  # the stored words give way to today's count


def test_the_save_list_total_uses_thousands_separators(world, owner_olga):
    _alert_for(world, value="1234.40", reasons=[_reason("drifting", 1)])
    _alert_for(world, value="2000.20", reasons=[_reason("drifting", 1)])
    page = client_for(owner_olga).get(reverse("customers:save-list")).content.decode()
    # 1,234.40 + 2,000.20 = 3,234.60
    assert f"value at risk 3,234.60 {world.org.currency}" in page
    assert f"1,234.40 {world.org.currency}" in page
