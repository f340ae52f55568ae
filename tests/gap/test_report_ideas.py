"""The report's best frontline ideas, from the people app through SERVICEGAP_REPORT_IDEAS:
on the page, in the PDF and in the digest; left out when the period has none."""

from __future__ import annotations

from datetime import date

import pytest
from django.core import mail
from django.urls import reverse

from servicegap.gap import report, tasks
from servicegap.people.highlights import best_ideas
from servicegap.people.models import Idea
from tests.conftest import client_for
from tests.factories import UserFactory
from tests.gap.conftest import SINCE, UNTIL, at
from tests.people.factories import IdeaFactory, IdeaVoteFactory
from tests.standards.pdftext import contains, pdf_text
from tests.standards.test_pdf import needs_pango

PERIOD = {"since": SINCE.isoformat(), "until": UNTIL.isoformat()}
IN_PERIOD = at(date(2026, 10, 10))
BEFORE = at(date(2026, 6, 1))


def votes(idea: Idea, count: int, when=IN_PERIOD) -> None:
    for _ in range(count):
        IdeaVoteFactory(organization=idea.organization, idea=idea, voter=UserFactory(),
                        voted_at=when)  # fmt: skip


@pytest.fixture
def ideas(report_world):
    org = report_world.org
    new = IdeaFactory(organization=org, title="Water on the table at once", created_at=IN_PERIOD)
    votes(new, 5)
    trying = IdeaFactory(organization=org, title="Text when the table is ready",
                         created_at=IN_PERIOD, status=Idea.Status.TRYING)  # fmt: skip
    votes(trying, 1)
    adopted = IdeaFactory(organization=org, title="Name the dish of the day at the door",
                          created_at=BEFORE, status=Idea.Status.ADOPTED,
                          status_changed_at=IN_PERIOD)  # fmt: skip
    votes(adopted, 2, when=BEFORE)
    IdeaFactory(organization=org, title="Declined idea", created_at=IN_PERIOD,
                status=Idea.Status.DECLINED)  # fmt: skip
    old = IdeaFactory(organization=org, title="An idea nobody touched", created_at=BEFORE)
    votes(old, 9, when=BEFORE)
    return report_world


def test_adopted_first_then_tried_then_new_by_votes_in_the_period(ideas, owner_olga):
    lines = best_ideas(owner_olga, SINCE, UNTIL)
    assert [(i.title, i.status, i.votes, i.period_votes) for i in lines] == [
        ("Name the dish of the day at the door", "Adopted", 2, 0),
        ("Text when the table is ready", "Trying", 1, 1),
        ("Water on the table at once", "New", 5, 5),
    ]


def test_the_best_of_many_new_ideas_are_those_with_most_votes_in_the_period(report_world,
                                                                            owner_olga):  # fmt: skip
    for n in range(5):
        votes(IdeaFactory(organization=report_world.org, title=f"Idea {n}",
                          created_at=IN_PERIOD), n)  # fmt: skip
    assert [i.title for i in best_ideas(owner_olga, SINCE, UNTIL)] == ["Idea 4", "Idea 3", "Idea 2"]


def test_another_organisation_s_ideas_are_never_shown(ideas, outsider_otto):
    assert best_ideas(outsider_otto, SINCE, UNTIL) == []


def test_the_page_shows_the_best_ideas(ideas, owner_olga):
    html = client_for(owner_olga).get(reverse("gap:report"), PERIOD).content.decode()
    assert "Best frontline ideas" in html
    assert "Name the dish of the day at the door" in html
    assert "Declined idea" not in html and "An idea nobody touched" not in html


def test_without_ideas_the_section_is_left_out(report_world, owner_olga):
    html = client_for(owner_olga).get(reverse("gap:report"), PERIOD).content.decode()
    assert "Best frontline ideas" not in html
    made = report.executive_report(report_world.org, SINCE, UNTIL)
    assert made.ideas == []
    assert "BEST FRONTLINE IDEAS" not in report.render_text(made)


def test_without_the_setting_the_section_is_left_out(ideas, settings):
    settings.SERVICEGAP_REPORT_IDEAS = ""
    assert report.executive_report(ideas.org, SINCE, UNTIL).ideas == []


@needs_pango
def test_the_pdf_and_the_digest_carry_the_best_ideas(ideas, owner_olga):
    pdf = client_for(owner_olga).get(reverse("gap:report-pdf"), PERIOD).content
    assert contains(pdf, "Best frontline ideas"), pdf_text(pdf)[:2000]
    assert contains(pdf, "Name the dish of the day at the door")
    tasks.send_period(ideas.org, SINCE, UNTIL, [owner_olga.user])
    (message,) = mail.outbox
    assert "Text when the table is ready (" in message.body
    assert "Text when the table is ready" in message.alternatives[0][0]
