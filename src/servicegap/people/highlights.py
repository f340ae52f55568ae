"""What the people app gives the pages above it, which may not import it: the lists it
adds to a member's Today and the best frontline ideas of the executive report.

gap reaches these through settings (`SERVICEGAP_TODAY_SECTIONS`,
`SERVICEGAP_REPORT_IDEAS`), never by import. Each Today list is at most two queries
(its first rows and, when there may be more, its count), so Today's query count stays
bounded whatever the number of notes and tests.

- staff: their coaching notes not yet acknowledged or new since their last visit, and
  their scenario tests to answer, nearest due first;
- supervisors and managers: the coaching notes they wrote that need following up (not
  acknowledged after `FOLLOW_UP_DAYS`, or replied to since their last visit), and the
  tests at their locations waiting for their grade.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.db.models import Case, Count, IntegerField, Q, QuerySet, Value, When
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from servicegap.core.models import Membership, Role
from servicegap.people import scenarios
from servicegap.people.models import CoachingNote, Idea, ScenarioAttempt

SHOWN = 5  # rows per list, as Today's own lists
FOLLOW_UP_DAYS = 3  # a note unread this long is worth a word with the employee
BEST_IDEAS = 3  # on the report's one page
# Ideas in the order the report ranks them: what is adopted, then tried, then new.
STATUS_RANK = {Idea.Status.ADOPTED: 0, Idea.Status.TRYING: 1, Idea.Status.NEW: 2}


@dataclass(frozen=True)
class Item:
    """One row of a list: what it is, where it is handled, and a detail."""

    label: str
    url: str
    detail: str = ""


@dataclass
class TodayList:
    """One of Today's lists: its first rows, how many in all, where to see them all."""

    key: str
    title: str
    rows: list[Item]
    total: int
    link: str = ""


def _day(moment: datetime, membership: Membership) -> str:
    return f"{timezone.localtime(moment, membership.organization.tz):%d %b}"


def _first(qs: QuerySet) -> tuple[list, int]:
    rows = list(qs[:SHOWN])
    return rows, len(rows) if len(rows) < SHOWN else qs.count()


def today_sections(membership: Membership, *, now: datetime, since: datetime) -> list[TodayList]:
    """The people app's lists on the member's Today (`SERVICEGAP_TODAY_SECTIONS`)."""
    if membership.role == Role.STAFF:
        return [_my_notes(membership, since), _my_tests(membership, now)]
    if membership.role in (Role.SUPERVISOR, Role.MANAGER):
        return [_notes_to_follow_up(membership, now, since), _tests_to_grade(membership)]
    return []


def _my_notes(membership: Membership, since: datetime) -> TodayList:
    notes = (
        CoachingNote.objects.for_member(membership)
        .filter(employee__user_id=membership.user_id)
        .filter(Q(acknowledged_at=None) | Q(created_at__gte=since))
        .select_related("employee", "author")
        .order_by("-created_at", "-pk")
    )
    rows, total = _first(notes)
    items = [
        Item(
            str(note),
            reverse("people:employee", args=[note.employee.code]) + f"#note-{note.code}",
            _("from %(who)s, %(when)s%(unread)s")
            % {
                "who": note.author.email if note.author else "—",
                "when": _day(note.created_at, membership),
                "unread": _(" · not yet acknowledged") if note.acknowledged_at is None else "",
            },
        )
        for note in rows
    ]
    return TodayList("coaching", _("Coaching notes for you"), items, total, reverse("people:home"))


def _my_tests(membership: Membership, now: datetime) -> TodayList:
    today = now.astimezone(membership.organization.tz).date()
    attempts = (
        ScenarioAttempt.objects.for_member(membership)
        .filter(employee__user_id=membership.user_id, submitted_at=None)
        .select_related("scenario")
        .order_by("due_on", "pk")
    )
    rows, total = _first(attempts)
    items = [
        Item(
            attempt.scenario.title,
            attempt.get_absolute_url(),
            (_("overdue since %(day)s") if attempt.due_on < today else _("due %(day)s"))
            % {"day": f"{attempt.due_on:%d %b}"},
        )
        for attempt in rows
    ]
    return TodayList("tests", _("Scenario tests to answer"), items, total, reverse("people:home"))


def _notes_to_follow_up(membership: Membership, now: datetime, since: datetime) -> TodayList:
    notes = (
        CoachingNote.objects.for_member(membership)
        .filter(author_id=membership.user_id)
        .filter(
            Q(acknowledged_at=None, created_at__lt=now - timedelta(days=FOLLOW_UP_DAYS))
            | Q(replied_at__gte=since)
        )
        .select_related("employee")
        .order_by("created_at", "pk")
    )
    rows, total = _first(notes)
    items = [
        Item(
            f"{note.employee}: {note}",
            reverse("people:employee", args=[note.employee.code]) + f"#note-{note.code}",
            _("replied %(day)s") % {"day": _day(note.replied_at, membership)}
            if note.replied_at and note.replied_at >= since
            else _("not acknowledged since %(day)s") % {"day": _day(note.created_at, membership)},
        )
        for note in rows
    ]
    return TodayList("coaching_follow_up", _("Coaching to follow up"), items, total)


def _tests_to_grade(membership: Membership) -> TodayList:
    attempts = (
        scenarios.attempts_to_grade(membership)
        .select_related("scenario", "employee")
        .order_by("submitted_at", "pk")
    )
    rows, total = _first(attempts)
    items = [
        Item(
            f"{attempt.employee}: {attempt.scenario.title}",
            attempt.get_absolute_url(),
            _("answered %(day)s") % {"day": _day(attempt.submitted_at, membership)},
        )
        for attempt in rows
    ]
    return TodayList("to_grade", _("Scenario tests to grade"), items, total, reverse("people:home"))


# The executive report ---------------------------------------------------------------------


@dataclass(frozen=True)
class IdeaLine:
    title: str
    step: str
    status: str
    votes: int
    period_votes: int
    url: str


def best_ideas(membership: Membership, since: date, until: date) -> list[IdeaLine]:
    """The period's best frontline ideas (`SERVICEGAP_REPORT_IDEAS`): ideas posted, voted
    for or moved on from `since` to `until` (whole days, organisation time), adopted
    first, then being tried, then new; within each, the most votes of the period, then
    of all time. Declined and merged ideas are left out. At most `BEST_IDEAS`; empty
    when there are none (the report then leaves the section out)."""
    tz = membership.organization.tz
    start = datetime.combine(since, time.min, tzinfo=tz)
    end = datetime.combine(until + timedelta(days=1), time.min, tzinfo=tz)
    in_period = Q(votes__voted_at__gte=start, votes__voted_at__lt=end)
    ideas = (
        Idea.objects.filter(organization_id=membership.organization_id, status__in=STATUS_RANK)
        .annotate(votes_all=Count("votes", distinct=True))
        .annotate(votes_period=Count("votes", filter=in_period, distinct=True))
        .filter(
            Q(created_at__gte=start, created_at__lt=end)
            | Q(status_changed_at__gte=start, status_changed_at__lt=end)
            | Q(votes_period__gt=0)
        )
        .select_related("step")
    )
    rank = Case(
        *[When(status=status, then=Value(n)) for status, n in STATUS_RANK.items()],
        output_field=IntegerField(),
    )
    ranked = ideas.annotate(rank=rank).order_by("rank", "-votes_period", "-votes_all", "pk")
    return [
        IdeaLine(
            idea.title,
            idea.step.name,
            str(idea.get_status_display()),
            idea.votes_all,
            idea.votes_period,
            idea.get_absolute_url(),
        )
        for idea in ranked[:BEST_IDEAS]
    ]
