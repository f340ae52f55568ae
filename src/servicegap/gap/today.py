"""Today: what needs each person now, one short list per kind of thing, each linking to
where it is handled and saying how many more there are.

`today(membership, now, since)` gives the sections for the member's role:
- owner and executive: the perception-gap headline and its change, the three largest
  real gaps, overdue and escalated cases, approvals and disputes waiting, new detractors
  and churn signals since their last visit, the top of the save list;
- manager: the same for their locations, plus audits to review and assignments overdue;
- supervisor: cases assigned to them or overdue at their locations, observations due
  this week, new low ratings;
- staff: cases assigned to them;
- shopper: their open assignments, nearest due first.

Every role but the shopper also sees the cases customers wrote to the top with: owners
and executives all those open, the others those assigned to them. Apps above gap add
their own lists through `SERVICEGAP_TODAY_SECTIONS` (dotted paths of functions
`(membership, *, now, since)` returning lists with a key, title, rows, total and link;
the people app's coaching notes and scenario tests), so gap never imports them.

Each section is at most two queries (its first rows and its count); the headline reuses
the value-distance lenses (four statements). Nothing here depends on the number of rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from django.conf import settings
from django.db.models import F, Q, QuerySet
from django.urls import reverse
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _

from servicegap.audits.models import Assignment, Audit, Dispute, Kind
from servicegap.core import access
from servicegap.core.models import Membership, Role
from servicegap.customers.models import Alert
from servicegap.feedback.models import Response
from servicegap.gap import dashboard
from servicegap.gap.filters import build_scope
from servicegap.recovery import budgets
from servicegap.recovery.models import Case
from servicegap.textlens.models import CommentAnalysis

SHOWN = 5
FIRST_VISIT_DAYS = 7


@dataclass
class Section:
    """One list of things to do: its first rows, how many in all, and where to go."""

    key: str
    title: str
    rows: list[Any]
    total: int
    link: str = ""
    empty: str = ""

    @property
    def more(self) -> int:
        return max(0, self.total - len(self.rows))


@dataclass
class Today:
    membership: Membership
    since: datetime
    sections: list[Section] = field(default_factory=list)
    board: dashboard.Dashboard | None = None
    headline: str = ""
    line: str = ""
    evidence: str = ""

    @property
    def has_work(self) -> bool:
        return any(section.total for section in self.sections)


def _section(key: str, title: str, qs: QuerySet, link: str = "") -> Section:
    rows = list(qs[:SHOWN])
    total = len(rows) if len(rows) < SHOWN else qs.count()
    return Section(key, str(title), rows, total, link)


def today(membership: Membership, *, now: datetime, since: datetime | None = None) -> Today:
    """The member's Today. `since`: their last visit to this page (a week ago at first)."""
    since = since or now - timedelta(days=FIRST_VISIT_DAYS)
    page = Today(membership, since)
    role = membership.role
    if role in access.LOCATION_MANAGERS:
        _headline(page, membership)
        page.sections += _leader_sections(membership, now, since)
    if role == Role.MANAGER:
        page.sections += _manager_sections(membership, now)
    if role == Role.SUPERVISOR:
        page.sections += _supervisor_sections(membership, now, since)
    if role == Role.STAFF:
        page.sections.append(_assigned_cases(membership))
    if role == Role.SHOPPER:
        page.sections.append(_shopper_assignments(membership, now))
    else:
        page.sections.insert(0, _to_the_top(membership))
    page.sections += sections_from_apps(membership, now=now, since=since)
    return page


def sections_from_apps(membership: Membership, *, now: datetime, since: datetime) -> list[Section]:
    """The lists of the apps above gap (`SERVICEGAP_TODAY_SECTIONS`), as Today's own."""
    found = []
    for dotted in settings.SERVICEGAP_TODAY_SECTIONS:
        for item in import_string(dotted)(membership, now=now, since=since):
            found.append(Section(item.key, str(item.title), list(item.rows), item.total, item.link))
    return found


def _to_the_top(membership: Membership) -> Section:
    """Open cases whose customer wrote to the top: every one for owners and executives,
    the member's own for the others (the top of a ladder may name anyone), those still
    waiting for an acknowledgement first."""
    cases = Case.objects.for_member(membership).open().filter(to_the_top=True)
    if membership.role not in (Role.OWNER, Role.EXECUTIVE):
        cases = cases.filter(assignee=membership)
    cases = cases.select_related("location").order_by(
        F("top_acknowledged_at").asc(nulls_first=True), "opened_at", "pk"
    )
    return _section(
        "to_the_top", _("Customers who wrote to the top"), cases,
        reverse("recovery:case-list") + "?to_the_top=on",
    )  # fmt: skip


def _headline(page: Today, membership: Membership) -> None:
    board = dashboard.summary(membership, build_scope(membership))
    page.board = board
    page.headline = dashboard.headline_words(board)
    page.line = dashboard.headline_line(board)
    page.evidence = dashboard.headline_evidence(board)


def _leader_sections(membership: Membership, now: datetime, since: datetime) -> list[Section]:
    cases = Case.objects.for_member(membership).open().select_related("location")
    waiting = [Case.Status.NEW, Case.Status.ACKNOWLEDGED, Case.Status.INVESTIGATING]
    overdue = cases.filter(
        Q(pk__in=cases.overdue(now).values("pk"))
        # (a case written to the top starts at the top: it has its own list)
        | Q(escalation_level__gt=0, status__in=waiting, to_the_top=False)
    )
    detractors = (
        Response.objects.for_member(membership)
        .filter(spam=False, nps__lte=6, submitted_at__gte=since)
        .select_related("location")
        .order_by("-submitted_at")
    )
    churn = (
        CommentAnalysis.objects.for_member(membership)
        .filter(churn_signal=True, response__submitted_at__gte=since, response__spam=False)
        .select_related("response", "response__location")
        .order_by("-response__submitted_at")
    )
    save_list = (
        Alert.objects.for_member(membership)
        .on_save_list(now)
        .select_related("customer", "customer__home_location")
        .order_by("-value_at_risk", "-created_at")
    )
    disputes = (
        Dispute.objects.for_member(membership)
        .open()
        .select_related("answer", "answer__audit", "answer__location")
        .order_by("raised_at")
    )
    if membership.role != Role.OWNER:
        disputes = disputes.filter(answer__audit__performed_by_id=membership.user_id)
    return [
        _section(
            "overdue", _("Overdue and escalated cases"), overdue.order_by("resolve_due_at"),
            reverse("recovery:case-list") + "?overdue=on",
        ),
        _section("approvals", _("Gestures waiting for your approval"),
                 budgets.pending_for(membership), reverse("recovery:approvals")),
        _section("disputes", _("Disputed audit answers to resolve"), disputes,
                 reverse("audits:list")),
        _section("detractors", _("New detractors since your last visit"), detractors,
                 reverse("feedback:inbox") + "?nps=detractor"),
        _section("churn", _("Customers who said they may not come back"), churn,
                 reverse("textlens:explorer") + "?churn=yes"),
        _section("save_list", _("Top of the save list"), save_list,
                 reverse("customers:save-list")),
    ]  # fmt: skip


def _manager_sections(membership: Membership, now: datetime) -> list[Section]:
    to_review = (
        Audit.objects.for_member(membership)
        .filter(status=Audit.Status.SUBMITTED)
        .select_related("location", "template")
        .order_by("submitted_at")
    )
    today_local = now.astimezone(membership.organization.tz).date()
    overdue = (
        Assignment.objects.for_member(membership)
        .open()
        .filter(window_end__lt=today_local)
        .select_related("location", "shopper__user")
        .order_by("window_end")
    )
    return [
        _section("review", _("Audits to review"), to_review,
                 reverse("audits:list") + "?status=submitted"),
        _section("late_assignments", _("Mystery shops overdue"), overdue,
                 reverse("audits:assignment-list")),
    ]  # fmt: skip


def _assigned_cases(membership: Membership) -> Section:
    mine = (
        Case.objects.for_member(membership)
        .open()
        .filter(assignee=membership)
        .select_related("location")
        .order_by("resolve_due_at")
    )
    return _section(
        "mine", _("Cases assigned to you"), mine, reverse("recovery:case-list") + "?mine=on"
    )


def _supervisor_sections(membership: Membership, now: datetime, since: datetime) -> list[Section]:
    cases = Case.objects.for_member(membership).open().select_related("location")
    overdue = cases.overdue(now).exclude(assignee=membership).order_by("resolve_due_at")
    low = (
        Response.objects.for_member(membership)
        .filter(spam=False, submitted_at__gte=since)
        .filter(Q(people__lte=2) | Q(process__lte=2) | Q(product__lte=2))
        .select_related("location")
        .order_by("-submitted_at")
    )
    return [
        _assigned_cases(membership),
        _section("overdue", _("Overdue cases at your locations"), overdue,
                 reverse("recovery:case-list") + "?overdue=on"),
        observations_due(membership, now),
        _section("low", _("New low ratings since your last visit"), low,
                 reverse("feedback:inbox") + "?max_score=2"),
    ]  # fmt: skip


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def observations_due(membership: Membership, now: datetime) -> Section:
    """The member's locations with no observation recorded this week (Monday on)."""
    tz = membership.organization.tz
    monday = datetime.combine(week_start(now.astimezone(tz).date()), datetime.min.time(), tz)
    observed = Audit.objects.for_member(membership).filter(
        kind=Kind.OBSERVATION, performed_at__gte=monday
    )
    due = (
        membership.visible_locations()
        .filter(is_active=True)
        .exclude(pk__in=observed.values("location_id"))
        .order_by("name")
    )
    return _section(
        "observations", _("Observations due this week"), due, reverse("audits:audit-start")
    )


def _shopper_assignments(membership: Membership, now: datetime) -> Section:
    assignments = (
        Assignment.objects.for_member(membership)
        .open()
        .select_related("location", "template")
        .order_by("window_end", "window_start", "pk")
    )
    return _section("assignments", _("Your mystery shops to make"), assignments)
