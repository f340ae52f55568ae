"""Survey invitations after a visit: who is invited and when, the e-mail, the personal
link, unsubscribing, answers tied to the visit, response rates, the API and imports."""

from __future__ import annotations

import socket
import socketserver
import threading
import uuid
from datetime import UTC, datetime, time, timedelta
from decimal import Decimal

import pytest
from django.core import mail
from django.core.cache import cache
from django.core.mail.backends import locmem
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import timezone

from servicegap.core.models import Role
from servicegap.customers import importer, invitations, visits
from servicegap.customers.models import (
    Alert,
    Customer,
    InvitationSettings,
    SurveyInvitation,
    Visit,
)
from servicegap.feedback import intake
from servicegap.feedback.models import Response, SurveyLink
from servicegap.recovery.models import Case
from tests.conftest import client_for
from tests.customers.factories import (
    CustomerFactory,
    InvitationSettingsFactory,
    SurveyInvitationFactory,
    VisitFactory,
)
from tests.customers.test_pages import bearer
from tests.feedback.factories import SurveyFactory, SurveyLinkFactory
from tests.recovery.factories import RecoverySettingsFactory

# Sunday 3 May 2026, 10:00 UTC: 12:00 in Paris (the organisations' time zone, UTC+2).
NOW = datetime(2026, 5, 3, 10, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def fresh_cache(db):
    cache.clear()
    intake.forget_links()
    yield
    cache.clear()
    intake.forget_links()


@pytest.fixture
def rules(world) -> InvitationSettings:
    return InvitationSettingsFactory(organization=world.org)


@pytest.fixture
def link(world) -> SurveyLink:
    survey = SurveyFactory(organization=world.org, name="Guest survey")
    return SurveyLinkFactory(
        organization=world.org, survey=survey, location=world.location_a, channel="email"
    )


def customer(world, **fields) -> Customer:
    values = {"contact_consent": True, "contact": "ana@example.test", "name": "Ana"}
    return CustomerFactory(
        organization=world.org, home_location=world.location_a, **values | fields
    )


def visit(world, who: Customer, when: datetime, **fields) -> Visit:
    return VisitFactory(
        organization=world.org, customer=who, location=world.location_a, visited_at=when, **fields
    )


def schedule(world, *made: Visit, now: datetime = NOW) -> list[SurveyInvitation]:
    return invitations.schedule_visits(world.org, made, now=now)


# Who is invited, and when --------------------------------------------------------------


def test_a_consenting_customer_is_invited_two_hours_after_the_visit(world, rules, link):
    ana = customer(world)
    made = schedule(world, visit(world, ana, NOW - timedelta(minutes=30)))
    assert len(made) == 1
    invitation = SurveyInvitation.objects.get()
    assert invitation.send_after == datetime(2026, 5, 3, 11, 30, tzinfo=UTC)  # 13:30 in Paris
    assert invitation.status == SurveyInvitation.Status.SCHEDULED
    assert invitation.email == "ana@example.test" and invitation.link == link
    assert len(invitation.token) >= 40  # 256 random bits


def test_an_invitation_never_falls_in_the_quiet_hours(world, rules, link):
    ana = customer(world)
    # 19:45 in Paris; two hours later is 21:45, after 20:00: the next morning at 9:00.
    evening = datetime(2026, 5, 3, 17, 45, tzinfo=UTC)
    schedule(world, visit(world, ana, evening), now=evening)
    assert SurveyInvitation.objects.get().send_after == datetime(2026, 5, 4, 7, 0, tzinfo=UTC)


def test_before_opening_time_the_invitation_waits_for_it(world, rules, link):
    ana = customer(world)
    night = datetime(2026, 5, 3, 3, 0, tzinfo=UTC)  # 5:00 in Paris; +2 h is 7:00
    schedule(world, visit(world, ana, night), now=night)
    assert SurveyInvitation.objects.get().send_after == datetime(2026, 5, 3, 7, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "fields",
    [
        {"contact_consent": False, "contact": "", "name": ""},
        {"contact": "+33 6 12 34 56 78"},  # a phone number: no e-mail to send
        {"unsubscribed_at": NOW - timedelta(days=40)},
        {"email_bounced_at": NOW - timedelta(days=40)},
    ],
    ids=["no-consent", "phone-only", "unsubscribed", "bounced"],
)
def test_customers_who_may_not_be_e_mailed_are_never_invited(world, rules, link, fields):
    someone = customer(world, **fields)
    assert schedule(world, visit(world, someone, NOW - timedelta(minutes=5))) == []
    assert not SurveyInvitation.objects.exists()


def test_a_second_visit_the_same_day_gets_no_second_invitation(world, rules, link):
    ana = customer(world)
    morning = visit(world, ana, NOW - timedelta(hours=2))
    noon = visit(world, ana, NOW - timedelta(minutes=10))
    schedule(world, morning, noon)
    assert SurveyInvitation.objects.get().visit == morning


def test_a_customer_is_asked_at_most_once_in_the_cap(world, rules, link):
    ana = customer(world)
    schedule(world, visit(world, ana, NOW - timedelta(minutes=10)))
    later = NOW + timedelta(days=20)
    assert schedule(world, visit(world, ana, later - timedelta(minutes=10)), now=later) == []
    # 30 days after the first invitation's time, the next visit is invited again.
    month = NOW + timedelta(days=31)
    assert len(schedule(world, visit(world, ana, month - timedelta(minutes=10)), now=month)) == 1
    assert SurveyInvitation.objects.count() == 2


def test_a_visit_too_far_in_the_past_is_not_invited(world, rules, link):
    ana = customer(world)
    # The delay (2 h) plus 48 h: a visit of three days ago is too old to ask about.
    assert schedule(world, visit(world, ana, NOW - timedelta(days=3))) == []
    assert len(schedule(world, visit(world, ana, NOW - timedelta(hours=40)))) == 1


def test_nobody_is_invited_while_invitations_are_off(world, link):
    InvitationSettingsFactory(organization=world.org, enabled=False)
    assert schedule(world, visit(world, customer(world), NOW - timedelta(minutes=5))) == []


def test_a_location_without_an_open_survey_link_invites_nobody(world, rules, link):
    SurveyLink.objects.update(is_active=False)
    assert schedule(world, visit(world, customer(world), NOW - timedelta(minutes=5))) == []


def test_the_rules_are_shown_in_words(world, rules):
    assert invitations.describe(rules) == (
        "A customer is asked at most once a month, 2 hours after a visit, between 09:00 "
        "and 20:00; the link works for 7 days. Visits more than 48 hours past that delay "
        "are not invited."
    )
    rules.enabled = False
    assert "not invited" in invitations.describe(rules)


# Sending --------------------------------------------------------------------------------


def scheduled(world, rules, link, **fields) -> SurveyInvitation:
    who = customer(world, **fields)
    schedule(world, visit(world, who, NOW - timedelta(minutes=30)))
    return SurveyInvitation.objects.get(customer=who)


def test_the_e_mail_is_sent_when_due_with_both_unsubscribe_headers(world, rules, link):
    invitation = scheduled(world, rules, link)
    assert invitations.send_due(NOW) == {**zero(), "sent": 0}  # not yet due
    due = invitation.send_after
    assert invitations.send_due(due)["sent"] == 1
    [message] = mail.outbox
    invitation.refresh_from_db()
    assert message.to == ["ana@example.test"]
    assert message.subject == "How was your visit to Location A?"
    unsubscribe = f"http://testserver/i/{invitation.token}/unsubscribe/"
    assert message.extra_headers["List-Unsubscribe"].endswith(
        f"/i/{invitation.token}/unsubscribe/>"
    )
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert f"/i/{invitation.token}/?lang=en" in message.body
    assert unsubscribe.removeprefix("http://testserver") in message.body
    sent = message.message()
    assert sent["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert invitation.status == SurveyInvitation.Status.SENT
    assert invitation.expires_at == due + timedelta(days=7)


def zero() -> dict[str, int]:
    return {"sent": 0, "bounced": 0, "retry": 0, "failed": 0, "cancelled": 0}


def test_the_text_is_the_organisations_in_the_customers_language(world, rules, link):
    rules.texts = {"fr": {"subject": "Votre avis sur {location}", "message": "Bonjour !"}}
    rules.save()
    invitation = scheduled(world, rules, link)
    Customer.objects.filter(pk=invitation.customer_id).update(language="fr")
    SurveyInvitation.objects.filter(pk=invitation.pk).update(language="fr")
    invitations.send_due(invitation.send_after)
    [message] = mail.outbox
    assert message.subject == "Votre avis sur Location A"
    assert message.body.startswith("Bonjour !")
    assert "?lang=fr" in message.body and "Ne plus recevoir" in message.body


def test_an_invitation_is_sent_once_however_often_the_task_runs(world, rules, link):
    invitation = scheduled(world, rules, link)
    invitations.send_due(invitation.send_after)
    invitations.send_due(invitation.send_after + timedelta(minutes=5))
    assert len(mail.outbox) == 1


def test_an_invitation_claimed_by_another_sender_is_left_to_it(world, rules, link):
    invitation = scheduled(world, rules, link)
    due = invitation.send_after
    SurveyInvitation.objects.filter(pk=invitation.pk).update(
        status=SurveyInvitation.Status.SENDING, claimed_at=due
    )
    assert invitations.send_due(due + timedelta(minutes=29))["sent"] == 0
    assert mail.outbox == []


class DyingBackend(locmem.EmailBackend):
    """Takes the first message, then the process "dies" (as a SIGKILL would stop it)."""

    def send_messages(self, messages):
        if mail.outbox:
            raise SystemExit("killed")
        return super().send_messages(messages)


def test_a_sender_killed_mid_batch_leaves_the_rest_to_be_sent_once(world, rules, link):
    first = scheduled(world, rules, link)
    second = scheduled(world, rules, link, contact="bo@example.test", name="Bo")
    due = max(first.send_after, second.send_after)
    with override_settings(EMAIL_BACKEND=f"{__name__}.DyingBackend"), pytest.raises(SystemExit):
        invitations.send_due(due)
    states = dict(SurveyInvitation.objects.values_list("pk", "status"))
    [done] = [pk for pk, state in states.items() if state == SurveyInvitation.Status.SENT]
    [left] = [pk for pk, state in states.items() if state == SurveyInvitation.Status.SENDING]
    assert len(mail.outbox) == 1
    assert invitations.send_due(due + timedelta(minutes=29))["sent"] == 0  # maybe still alive
    assert invitations.send_due(due + timedelta(minutes=31))["sent"] == 1  # it died: sent now
    assert len(mail.outbox) == 2 and {m.to[0] for m in mail.outbox} == {
        "ana@example.test",
        "bo@example.test",
    }
    again = SurveyInvitation.objects.get(pk=left)
    assert again.status == SurveyInvitation.Status.SENT and again.attempts == 1
    assert SurveyInvitation.objects.get(pk=done).attempts == 0
    assert invitations.send_due(due + timedelta(hours=2)) == zero()


def test_an_invitation_that_kills_its_sender_each_time_is_given_up(world, rules, link):
    invitation = scheduled(world, rules, link)
    claimed = invitation.send_after
    SurveyInvitation.objects.filter(pk=invitation.pk).update(
        status=SurveyInvitation.Status.SENDING, claimed_at=claimed, attempts=4
    )
    assert invitations.release_stale(claimed + timedelta(minutes=31)) == 1
    invitation.refresh_from_db()
    assert invitation.status == SurveyInvitation.Status.FAILED and invitation.attempts == 5
    assert "stopped" in invitation.last_error and mail.outbox == []


def test_a_customer_who_unsubscribed_since_is_not_sent_the_scheduled_one(world, rules, link):
    invitation = scheduled(world, rules, link)
    Customer.objects.filter(pk=invitation.customer_id).update(unsubscribed_at=NOW)
    assert invitations.send_due(invitation.send_after)["cancelled"] == 1
    invitation.refresh_from_db()
    assert invitation.status == SurveyInvitation.Status.CANCELLED and mail.outbox == []


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_a_mail_server_that_is_down_is_tried_again_later_and_sends_once(world, rules, link):
    invitation = scheduled(world, rules, link)
    due = invitation.send_after
    smtp = {"EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "EMAIL_HOST": "127.0.0.1", "EMAIL_PORT": closed_port(), "EMAIL_USE_TLS": False,
            "EMAIL_TIMEOUT": 2}  # fmt: skip
    with override_settings(**smtp):
        assert invitations.send_due(due)["retry"] == 1
    invitation.refresh_from_db()
    assert invitation.status == SurveyInvitation.Status.SCHEDULED
    assert invitation.attempts == 1 and "Connection" in invitation.last_error
    assert invitation.send_after == due + timedelta(minutes=15)
    assert invitations.send_due(due + timedelta(minutes=5))["sent"] == 0  # not yet again
    assert invitations.send_due(due + timedelta(minutes=15))["sent"] == 1
    assert invitations.send_due(due + timedelta(hours=1))["sent"] == 0
    assert len(mail.outbox) == 1


class RefusingSMTP(socketserver.StreamRequestHandler):
    """A real SMTP conversation whose server refuses every recipient (550)."""

    def handle(self) -> None:
        self.wfile.write(b"220 mail.example.test ESMTP\r\n")
        for line in self.rfile:
            command = line[:4].upper()
            if command == b"RCPT":
                self.wfile.write(b"550 5.1.1 No such mailbox\r\n")
            elif command == b"QUIT":
                self.wfile.write(b"221 Bye\r\n")
                return
            else:
                self.wfile.write(b"250 OK\r\n")


@pytest.fixture
def refusing_server():
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), RefusingSMTP)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1]
    server.shutdown()
    server.server_close()


def test_an_address_that_bounces_is_marked_never_retried_and_shown(
    world, rules, link, refusing_server, manager_max
):
    invitation = scheduled(world, rules, link)
    due = invitation.send_after
    smtp = {"EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "EMAIL_HOST": "127.0.0.1", "EMAIL_PORT": refusing_server, "EMAIL_USE_TLS": False,
            "EMAIL_TIMEOUT": 5}  # fmt: skip
    with override_settings(**smtp):
        assert invitations.send_due(due)["bounced"] == 1
        assert invitations.send_due(due + timedelta(days=1)) == zero()
    invitation.refresh_from_db()
    assert invitation.status == SurveyInvitation.Status.BOUNCED
    assert "No such mailbox" in invitation.last_error
    assert invitation.customer.email_bounced_at == due
    # The next visit is not invited, and the managers see the bounce.
    assert schedule(world, visit(world, invitation.customer, due + timedelta(days=40)),
                    now=due + timedelta(days=40)) == []  # fmt: skip
    page = client_for(manager_max).get(reverse("customers:invitations")).content.decode()
    assert "Bounced or not sent" in page and "ana@example.test" in page and "Bounced" in page


# The personal link ----------------------------------------------------------------------


@pytest.fixture
def sent(world, link) -> SurveyInvitation:
    who = customer(world)
    when = timezone.now() - timedelta(days=1)
    the_visit = visit(world, who, when.replace(hour=12), amount=Decimal("42.50"))
    return SurveyInvitationFactory(
        organization=world.org, location=world.location_a, visit=the_visit, link=link,
        email=who.contact,
    )  # fmt: skip


def answer(client: Client, invitation: SurveyInvitation, **answers) -> object:
    page = client.get(invitation.public_path())
    html = page.content.decode()
    key = html.split('name="submission_id" value="')[1].split('"')[0]
    return client.post(invitation.public_path(), {"submission_id": key, **answers})


def test_the_link_opens_the_survey_and_counts_as_opened(world, sent):
    page = Client().get(sent.public_path())
    assert page.status_code == 200
    html = page.content.decode()
    assert "Sunny Side Cafés" in html and f'action="/i/{sent.token}/?lang=en"' in html
    assert "Ana" not in html and "ana@example.test" not in html  # nothing of the customer
    sent.refresh_from_db()
    assert sent.opened_at is not None


def test_an_answer_belongs_to_the_customer_and_the_visit(world, sent, owner_olga):
    thanks = answer(Client(), sent, people="5", process="2", nps="8", comment="Slow till")
    assert thanks.status_code == 200
    response = Response.objects.get()
    sent.refresh_from_db()
    assert sent.response == response and sent.responded_at is not None
    assert response.customer == sent.customer and response.location == world.location_a
    page = client_for(owner_olga).get(sent.customer.get_absolute_url()).content.decode()
    assert "Answered the survey" in page and "Slow till" in page
    assert "Process 2/5" in page and "42.50" in page


def test_an_invited_customer_who_writes_to_the_top_is_told_the_owner_will_hear(world, sent):
    thanks = answer(Client(), sent, people="1", nps="2", comment="Nobody came", to_the_top="on")
    html = thanks.content.decode()
    assert "The owner will hear about this personally." in html
    assert Response.objects.get().to_the_top


def test_a_used_link_says_so_and_offers_the_ordinary_survey(world, sent, link):
    client = Client()
    first = client.get(sent.public_path()).content.decode()
    key = first.split('name="submission_id" value="')[1].split('"')[0]
    client.post(sent.public_path(), {"submission_id": key, "people": "4"})
    again = client.post(sent.public_path(), {"submission_id": key, "people": "4"})
    assert again.status_code == 200  # the same answers sent twice: stored once
    other = client.post(sent.public_path(), {"submission_id": str(uuid.uuid4()), "people": "1"})
    assert other.status_code == 410
    assert "already used" in other.content.decode()
    assert link.public_path() in other.content.decode()
    assert Response.objects.count() == 1
    reopened = client.get(sent.public_path())
    assert reopened.status_code == 410 and link.public_path() in reopened.content.decode()


def test_an_expired_link_says_so_and_offers_the_ordinary_survey(world, sent, link):
    SurveyInvitation.objects.filter(pk=sent.pk).update(expires_at=timezone.now())
    page = Client().get(sent.public_path())
    html = page.content.decode()
    assert page.status_code == 410 and "run out" in html and link.public_path() in html
    assert 'name="submission_id"' not in html
    posted = Client().post(sent.public_path(), {"submission_id": str(uuid.uuid4()), "people": "3"})
    assert posted.status_code == 410 and not Response.objects.exists()


def test_an_unknown_or_unsent_token_is_404(world, sent):
    assert Client().get("/i/no-such-token/").status_code == 404
    SurveyInvitation.objects.filter(pk=sent.pk).update(sent_at=None)
    assert Client().get(sent.public_path()).status_code == 404


def test_a_bad_answer_is_refused_with_the_field_named_and_nothing_stored(world, sent):
    page = answer(Client(), sent, people="9")
    assert page.status_code == 400 and not Response.objects.exists()
    sent.refresh_from_db()
    assert sent.responded_at is None


def test_unsubscribing_takes_a_click_and_holds_for_good(world, rules, sent):
    url = reverse("invitation_public:unsubscribe", args=[sent.token])
    page = Client().get(url)
    assert page.status_code == 200 and "Unsubscribe" in page.content.decode()
    assert Customer.objects.get(pk=sent.customer_id).unsubscribed_at is None  # GET alone: no
    done = Client().post(url, {"List-Unsubscribe": "One-Click"})
    assert done.status_code == 200 and "no more survey invitations" in done.content.decode()
    who = Customer.objects.get(pk=sent.customer_id)
    assert who.unsubscribed_at is not None
    sent.refresh_from_db()
    assert sent.unsubscribed_at is not None
    assert schedule(world, visit(world, who, NOW - timedelta(minutes=5))) == []


def test_unsubscribing_cancels_invitations_waiting_to_be_sent(world, rules, link, sent):
    waiting = SurveyInvitationFactory(
        organization=world.org, location=world.location_a, link=link, customer=sent.customer,
        visit=visit(world, sent.customer, timezone.now()), status="scheduled", sent_at=None,
    )  # fmt: skip
    invitations.unsubscribe(sent)
    waiting.refresh_from_db()
    assert waiting.status == SurveyInvitation.Status.CANCELLED


# Words beside visits: the save list and recovery -----------------------------------------


def test_a_detractor_from_an_invitation_is_on_the_save_list_citing_the_visit(
    world, sent, owner_olga, django_capture_on_commit_callbacks
):
    RecoverySettingsFactory(organization=world.org, open_for_detractors=True)
    with django_capture_on_commit_callbacks(execute=True):  # the pipeline follows it up
        answer(Client(), sent, process="1", nps="3")
    alert = Alert.objects.get(customer=sent.customer)
    visited = timezone.localtime(sent.visit.visited_at, world.org.tz)
    day = f"{visited.day} {visited:%B}"
    texts = [reason["text"] for reason in alert.reasons]
    assert f"Rated process 1/5 after the visit of {day} at Location A." in texts
    assert f"Answered 3/10 to “would you recommend us” after the visit of {day} at Location A." in (
        texts
    )
    case = Case.objects.get()
    assert case.customer == sent.customer and case.response == Response.objects.get()
    page = client_for(owner_olga).get(reverse("customers:save-list")).content.decode()
    assert f"after the visit of {day}" in page


# Response rates -------------------------------------------------------------------------


def test_response_rates_per_location_channel_and_month_with_wilson(world, link):
    b_link = SurveyLinkFactory(
        organization=world.org, survey=link.survey, location=world.location_b
    )
    may = datetime(2026, 5, 10, 10, 0, tzinfo=UTC)
    for i in range(10):  # Location A, in store, May: 10 sent, 6 opened, 4 answered
        invitation = SurveyInvitationFactory(
            organization=world.org, location=world.location_a, link=link, sent_at=may,
            opened_at=may if i < 6 else None,
        )  # fmt: skip
        if i < 4:
            answered = Response.objects.create(
                organization=world.org, survey=link.survey, link=link, location=world.location_a,
                language="en", channel="email", submission_id=uuid.uuid4(), nps=9,
            )  # fmt: skip
            SurveyInvitation.objects.filter(pk=invitation.pk).update(response=answered)
    for _ in range(3):  # Location B, delivery: 3 sent, none answered
        SurveyInvitationFactory(
            organization=world.org, location=world.location_b, link=b_link, sent_at=may,
            channel="delivery",
        )  # fmt: skip
    SurveyInvitationFactory(  # a bounce is not counted as sent
        organization=world.org, location=world.location_a, link=link, sent_at=None,
        status="bounced",
    )  # fmt: skip
    rows = invitations.rates(SurveyInvitation.objects.all(), world.org.tz)
    a, b = rows
    assert (a.location, a.channel, a.sent, a.opened, a.responded) == ("Location A", "In store",
                                                                        10, 6, 4)  # fmt: skip
    assert a.month.month == 5
    # Wilson, by hand: p = 0.4, n = 10, z = 1.96: centre (0.4 + 0.192) / 1.384 = 0.4278,
    # half 1.96 × √(0.024 + 0.0096) / 1.384 = 0.2596: 16.8% to 68.7%.
    assert a.rate.value == pytest.approx(40.0)
    assert a.rate.low == pytest.approx(16.8, abs=0.05)
    assert a.rate.high == pytest.approx(68.7, abs=0.05)
    assert not a.rate.too_few
    assert (b.location, b.channel, b.sent, b.responded, b.rate.too_few) == (
        "Location B", "Delivery", 3, 0, True)  # fmt: skip


def test_a_note_says_when_responders_differ_from_those_invited(world, link):
    since = NOW - timedelta(days=365)
    for i in range(10):
        who = customer(world, contact=f"c{i}@example.test")
        first = visit(world, who, NOW - timedelta(days=20), amount=Decimal("20.00"))
        invitation = SurveyInvitationFactory(
            organization=world.org, location=world.location_a, link=link, visit=first,
            customer=who, sent_at=NOW,
        )  # fmt: skip
        if i < 5:  # the five who answer come four times each; the others once
            for days in (10, 8, 6):
                visit(world, who, NOW - timedelta(days=days), amount=Decimal("20.00"))
            answered = Response.objects.create(
                organization=world.org, survey=link.survey, link=link, location=world.location_a,
                language="en", channel="email", submission_id=uuid.uuid4(), nps=9,
            )  # fmt: skip
            SurveyInvitation.objects.filter(pk=invitation.pk).update(response=answered)
    found = invitations.responders_compared(SurveyInvitation.objects.all(), since=since)
    # invited: 25 visits over 10 customers = 2.5; answered: 20 over 5 = 4.0
    assert found.invited.visits_per_customer == pytest.approx(2.5)
    assert found.responders.visits_per_customer == pytest.approx(4.0)
    assert found.responders.spend_per_visit == pytest.approx(20.0)
    assert len(found.notes) == 1
    assert found.notes[0].startswith("Customers who answered came 4.0 times since")
    assert "against 2.5" in found.notes[0]


# Pages and roles ------------------------------------------------------------------------

ROLES_THAT_SEE = {Role.OWNER, Role.EXECUTIVE, Role.MANAGER}


@pytest.mark.parametrize("role", list(Role))
def test_the_invitations_page_is_for_owners_executives_and_managers(role, member_of_role, rules):
    page = client_for(member_of_role(role)).get(reverse("customers:invitations"))
    assert page.status_code == (200 if role in ROLES_THAT_SEE else 403)
    if role in ROLES_THAT_SEE:
        assert "at most once a month" in page.content.decode()


def test_a_manager_sees_only_their_locations_invitations(world, link, manager_max):
    b_link = SurveyLinkFactory(
        organization=world.org, survey=link.survey, location=world.location_b
    )
    SurveyInvitationFactory(organization=world.org, location=world.location_b, link=b_link,
                            status="bounced", email="far@example.test")  # fmt: skip
    page = client_for(manager_max).get(reverse("customers:invitations")).content.decode()
    assert "far@example.test" not in page


def test_another_organisations_invitations_are_not_shown(world, outsider_otto, owner_olga):
    SurveyInvitationFactory(organization=outsider_otto.organization, status="bounced",
                            email="otto-guest@example.test")  # fmt: skip
    page = client_for(owner_olga).get(reverse("customers:invitations")).content.decode()
    assert "otto-guest@example.test" not in page


@pytest.mark.parametrize("role", [Role.EXECUTIVE, Role.MANAGER, Role.STAFF])
def test_only_owners_set_the_rules(role, member_of_role):
    page = client_for(member_of_role(role)).get(reverse("customers:invitation-settings"))
    assert page.status_code == 403


def settings_form(**changes) -> dict:
    return {"enabled": "on", "delay_minutes": "90", "send_from": "10:00", "send_until": "19:00",
            "every_days": "14", "valid_days": "5", "late_hours": "24", **changes}  # fmt: skip


def test_an_owner_sets_the_rules_and_texts(world, owner_olga):
    client = client_for(owner_olga)
    done = client.post(
        reverse("customers:invitation-settings"),
        settings_form(subject_es="¿Qué tal en {location}?"),
    )
    assert done.status_code == 302
    rules = InvitationSettings.objects.get(organization=world.org)
    assert (rules.delay_minutes, rules.send_from, rules.every_days) == (90, time(10), 14)
    assert rules.texts == {"es": {"subject": "¿Qué tal en {location}?", "message": ""}}
    assert invitations.describe(rules).startswith(
        "A customer is asked at most once every 14 days, 1 h 30 min after a visit, between "
        "10:00 and 19:00"
    )


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"send_from": "21:00"}, "send_until"),
        ({"every_days": "0"}, "every_days"),
        ({"delay_minutes": "-5"}, "delay_minutes"),
    ],  # fmt: skip
)
def test_bad_rules_are_refused_naming_the_field_and_nothing_stored(
    world, owner_olga, changes, field
):
    page = client_for(owner_olga).post(
        reverse("customers:invitation-settings"), settings_form(**changes)
    )
    assert page.status_code == 400
    assert field in page.context["form"].errors
    assert not InvitationSettings.objects.exists()


# The API and imports --------------------------------------------------------------------


def posted(member, loc, **changes):
    body = {"customer": "L-100", "location": str(loc),
            "visited_at": (timezone.now() - timedelta(minutes=5)).isoformat(),
            "amount": "18.40", "channel": "takeaway", "visit_id": "T-1", "consent": True,
            "contact": "bea@example.test", "language": "es", **changes}  # fmt: skip
    return Client().post(
        "/api/v1/customers/visits", body, content_type="application/json", **bearer(member)
    )


def test_a_visit_posted_through_the_api_schedules_its_invitation(world, rules, link, owner_olga):
    first = posted(owner_olga, loc=world.location_a.code)
    assert first.status_code == 201, first.content
    body = first.json()
    assert body["created"] and body["invitation"]["status"] == "scheduled"
    invitation = SurveyInvitation.objects.get()
    assert invitation.channel == "takeaway" and invitation.language == "es"
    assert invitation.customer.contact == "bea@example.test"
    again = posted(owner_olga, loc=world.location_a.code)
    assert again.status_code == 200 and not again.json()["created"]
    assert Visit.objects.count() == 1 and SurveyInvitation.objects.count() == 1


def test_a_visit_posted_without_consent_is_stored_and_not_invited(world, rules, link, owner_olga):
    done = posted(owner_olga, loc=world.location_a.code, consent=False, contact="")
    assert done.status_code == 201 and done.json()["invitation"] is None
    assert Visit.objects.count() == 1 and not SurveyInvitation.objects.exists()


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"consent": False}, "consent"),
        ({"visited_at": "2026-05-03T10:00:00"}, "visited_at"),
        ({"visited_at": (timezone.now() + timedelta(days=2)).isoformat()}, "visited_at"),
        ({"amount": "-3"}, "amount"),
        ({"customer": "  "}, "customer"),
    ],
)
def test_bad_visits_are_refused_naming_the_field(world, rules, link, owner_olga, changes, field):
    refused = posted(owner_olga, loc=world.location_a.code, **changes)
    assert refused.status_code == 422 and field in refused.content.decode()
    assert not Visit.objects.exists() and not Customer.objects.exists()


def test_the_api_refuses_another_organisations_location_and_low_roles(
    world, rules, link, outsider_otto, owner_olga, staff_sam
):
    from tests.factories import LocationFactory

    theirs = LocationFactory(organization=outsider_otto.organization)
    assert posted(owner_olga, loc=theirs.code).status_code == 422
    assert posted(staff_sam, loc=world.location_a.code).status_code == 403
    assert not Visit.objects.exists()


def test_the_openapi_schema_lists_the_visits_path(db):
    paths = Client().get("/api/v1/openapi.json").json()["paths"]
    assert "post" in paths["/api/v1/customers/visits"]


def test_an_import_invites_its_new_visits_only_once(world, rules, link, tmp_path):
    recent = timezone.localtime(timezone.now() - timedelta(hours=1), world.org.tz)
    old = recent - timedelta(days=10)
    path = tmp_path / "visits.csv"
    path.write_text(
        "customer,date,location,amount,visit id,consent,contact\n"
        f"K1,{recent:%Y-%m-%d %H:%M},Location A,12.00,V1,yes,kim@example.test\n"
        f"K1,{recent:%Y-%m-%d %H:%M},Location A,3.00,V2,yes,kim@example.test\n"
        f"K2,{old:%Y-%m-%d %H:%M},Location A,9.00,V3,yes,lou@example.test\n"
        f"K3,{recent:%Y-%m-%d %H:%M},Location A,9.00,V4,no,\n"
    )
    report = importer.import_visits(path, world.org)
    assert report.visits_added == 4 and report.invitations == 1
    invitation = SurveyInvitation.objects.get()
    assert invitation.customer.external_id == "K1" and invitation.email == "kim@example.test"
    assert "1 survey invitations scheduled" in importer.summary(report)
    again = importer.import_visits(path, world.org)
    assert again.visits_known == 4 and again.invitations == 0
    assert SurveyInvitation.objects.count() == 1


def test_the_visits_module_stores_a_visit_once(world, rules, link):
    when = timezone.now() - timedelta(minutes=3)
    one = visits.record_visit(world.location_a, customer_id="Z", visited_at=when,
                              amount=Decimal("5.00"), consent=True, contact="z@example.test")  # fmt: skip
    two = visits.record_visit(world.location_a, customer_id="Z", visited_at=when,
                              amount=Decimal("5.00"), consent=True, contact="z@example.test")  # fmt: skip
    assert one.created and not two.created and one.visit.pk == two.visit.pk
    assert one.invitation is not None and SurveyInvitation.objects.count() == 1


def test_the_background_process_sends_due_invitations_on_its_schedule(world, rules, link):
    from django.conf import settings

    from servicegap.pipeline import background

    invitation = scheduled(world, rules, link)  # due since 3 May 2026
    entry = settings.CELERY_BEAT_SCHEDULE["send-due-survey-invitations"]
    assert entry["task"] == "servicegap.customers.tasks.send_due_invitations"
    background.load_tasks()
    row = background.scheduled("send-due-survey-invitations", entry, timezone.now())
    background.run_task(row, entry)
    row.refresh_from_db()
    assert row.runs == 1 and row.last_error == ""
    invitation.refresh_from_db()
    assert invitation.status == SurveyInvitation.Status.SENT and len(mail.outbox) == 1
