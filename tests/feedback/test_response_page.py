"""One response: its page, spam marking, and the close-the-loop button (a link to the
recovery app's action, by URL name)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from servicegap.core.models import Role
from servicegap.feedback.models import Response
from tests.conftest import client_for
from tests.feedback.factories import ResponseFactory

SUPERVISORS = {Role.OWNER, Role.EXECUTIVE, Role.MANAGER, Role.SUPERVISOR}
MANAGERS = {Role.OWNER, Role.EXECUTIVE, Role.MANAGER}


@pytest.fixture
def answer(link, steps):
    return ResponseFactory(
        organization=link.organization,
        link=link,
        nps=4,
        effort=2,
        step=steps[1],
        comment="Waited <b>40</b> minutes\nfor the bill.",
        contact_consent=True,
        contact="ana@example.test",
        people=4,
        process=1,
    )


@pytest.mark.parametrize("role", list(Role))
def test_the_response_page_is_for_supervisors_and_above(role, member_of_role, answer):
    response = client_for(member_of_role(role)).get(answer.get_absolute_url())
    assert response.status_code == (200 if role in SUPERVISORS else 403)


def test_the_page_shows_every_answer_escaped(owner_olga, answer):
    html = client_for(owner_olga).get(answer.get_absolute_url()).content.decode()
    for text in ("4/5", "1/5", "4/10", "detractor", "2/7", "Payment", "ana@example.test"):
        assert text in html
    assert "Waited &lt;b&gt;40&lt;/b&gt; minutes<br>for the bill." in html


def test_a_response_outside_the_scope_is_not_found(supervisor_sid, link_b):
    elsewhere = ResponseFactory(organization=link_b.organization, link=link_b)
    assert client_for(supervisor_sid).get(elsewhere.get_absolute_url()).status_code == 404


def test_another_organisations_response_is_not_found(owner_olga, outsider_otto):
    foreign = ResponseFactory(organization=outsider_otto.organization)
    assert client_for(owner_olga).get(foreign.get_absolute_url()).status_code == 404


# Spam ------------------------------------------------------------------------------------


def test_a_manager_marks_a_response_as_spam_and_back(manager_max, answer):
    url = answer.get_absolute_url() + "spam/"
    client_for(manager_max).post(url, {"spam": "yes"})
    answer.refresh_from_db()
    assert answer.spam and answer.spam_reason == "marked as spam by max@example.test"
    client_for(manager_max).post(url, {"spam": "no"})
    answer.refresh_from_db()
    assert not answer.spam and answer.spam_reason == ""


@pytest.mark.parametrize("role", list(Role))
def test_only_managers_and_above_mark_spam(role, member_of_role, answer):
    response = client_for(member_of_role(role)).post(
        answer.get_absolute_url() + "spam/", {"spam": "yes"}
    )
    assert response.status_code == (302 if role in MANAGERS else 403)
    assert Response.objects.get().spam == (role in MANAGERS)


def test_marking_spam_needs_a_post(owner_olga, answer):
    response = client_for(owner_olga).get(answer.get_absolute_url() + "spam/")
    assert response.status_code == 405


# Close the loop --------------------------------------------------------------------------


def close_the_loop_url(response) -> str:
    """The recovery app's "open a case from this response" action."""
    return reverse("recovery:case-from-response", args=[response.code])


def test_managers_see_the_close_the_loop_button(manager_max, answer):
    html = client_for(manager_max).get(answer.get_absolute_url()).content.decode()
    assert close_the_loop_url(answer) in html
    assert "Close the loop" in html


def test_supervisors_do_not_see_the_close_the_loop_button(supervisor_sid, answer):
    html = client_for(supervisor_sid).get(answer.get_absolute_url()).content.decode()
    assert "Close the loop" not in html


def test_closing_the_loop_opens_one_case_linked_to_the_response(manager_max, answer):
    from servicegap.recovery.models import Case

    client = client_for(manager_max)
    first = client.post(close_the_loop_url(answer))
    case = Case.objects.get()
    assert first.status_code == 302 and first["Location"] == case.get_absolute_url()
    assert (case.response, case.location, case.organization) == (
        answer,
        answer.location,
        answer.organization,
    )
    again = client.post(close_the_loop_url(answer))
    assert again["Location"] == case.get_absolute_url()
    assert Case.objects.count() == 1


@pytest.mark.parametrize("role", list(Role))
def test_only_managers_and_above_close_the_loop(role, member_of_role, answer):
    from servicegap.recovery.models import Case

    response = client_for(member_of_role(role)).post(close_the_loop_url(answer))
    assert response.status_code == (302 if role in MANAGERS else 403)
    assert Case.objects.count() == (1 if role in MANAGERS else 0)


def test_closing_the_loop_on_another_organisations_response_is_not_found(owner_olga, outsider_otto):
    from servicegap.recovery.models import Case

    foreign = ResponseFactory(organization=outsider_otto.organization)
    response = client_for(owner_olga).post(close_the_loop_url(foreign))
    assert response.status_code == 404
    assert not Case.objects.exists()
