"""One response: its page, spam marking, and the close-the-loop hook for recovery."""

from __future__ import annotations

import pytest

from servicegap.core.models import Role
from servicegap.feedback import loop
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


def test_no_close_the_loop_button_while_recovery_is_missing(owner_olga, answer):
    assert loop.RECOVERY_AVAILABLE is False
    html = client_for(owner_olga).get(answer.get_absolute_url()).content.decode()
    assert "close-the-loop" not in html
    assert "Close the loop" not in html


def test_the_close_the_loop_url_is_not_found_until_recovery_exists(owner_olga, answer):
    response = client_for(owner_olga).post(answer.get_absolute_url() + "close-the-loop/")
    assert response.status_code == 404


def test_open_recovery_case_raises_until_the_recovery_app_implements_it(owner_olga, answer):
    with pytest.raises(NotImplementedError, match="open_recovery_case"):
        loop.open_recovery_case(answer, by=owner_olga)


class FakeCase:
    def get_absolute_url(self) -> str:
        return "/recovery/cases/1/"


def test_once_recovery_exists_the_button_opens_a_case(monkeypatch, manager_max, answer):
    opened = []
    monkeypatch.setattr(loop, "RECOVERY_AVAILABLE", True)
    monkeypatch.setattr(
        loop,
        "open_recovery_case",
        lambda response, *, by: opened.append((response, by)) or FakeCase(),
    )
    client = client_for(manager_max)
    assert "Close the loop" in client.get(answer.get_absolute_url()).content.decode()
    response = client.post(answer.get_absolute_url() + "close-the-loop/")
    assert response["Location"] == "/recovery/cases/1/"
    assert opened == [(answer, manager_max)]
