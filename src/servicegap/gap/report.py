"""The executive report: one A4 page per organisation and period, for the top.

`executive_report(organization or membership, since, until)` gathers, from the apps
below and without writing anything:

- the headline of the value-distance page (`dashboard.build`): what we believe, what
  shoppers see and what customers say, with intervals, and each change against the
  previous period of the same length, marked only when real; its largest real gaps in
  words with their evidence counts (the page's own Benjamini–Hochberg family, so the
  report and the page never disagree);
- per direct report (each manager, with the locations they answer for: those of their
  regions and their own), their locations' value distance and its change (one more
  family of tests, decided together), open and overdue cases now, the mean time to
  acknowledge the period's cases, and recovery money spent against value saved; a row
  for locations that no manager answers for;
- the save list: value at risk now, saves and losses in the period; retention after
  recovery.

- the cases customers wrote to the top with: those of the period, and how many still
  wait for an owner's or executive's acknowledgement;
- the period's best frontline ideas, from the people app through
  `SERVICEGAP_REPORT_IDEAS` (gap never imports it); left out, not shown empty, when there
  are none.

A manager's report (a manager chosen as a digest recipient) covers their
own locations only. The same `Report` is shown as a page, a PDF and an e-mail.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import Count, Q, Sum
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _

from servicegap.core import stats
from servicegap.core.models import Location, Membership, Organization, Role
from servicegap.core.stats import Estimate, Gap
from servicegap.customers.models import Alert
from servicegap.gap import dashboard, lenses
from servicegap.gap.dashboard import Change, Dashboard, LargeGap
from servicegap.gap.lenses import CURRENT, PREVIOUS, Grouping, Scope
from servicegap.recovery import outcomes
from servicegap.recovery.models import Case

TOP_CASES = 4  # cases written to the top, listed by name
LARGEST = 3  # gaps in words: what fits on one page beside everything else
LOCATION_LINES = 12  # locations listed under their managers; beyond, each one's furthest
NAMED_LOCATIONS = 4  # a manager's locations named; beyond, counted
WHOLE = Grouping((), windows=True)
PDF_CSS = Path(__file__).parent / "static" / "gap" / "report_pdf.css"
PDF_FONT_SIZES = ("8pt", "7.25pt", "6.5pt")  # tried in turn until the report fits one page


class EmptyReport(Exception):
    """A period with no data: the report says so, and no PDF of empty tables is made."""


# Figures in words, the same on the page, in the PDF and in the e-mail -------------------


def estimate_text(e: Estimate, unit: str = "") -> str:
    """ "46 (95% 31–62, n=7)", "too few: 100, n=2", "no data"."""
    if e.value is None:
        return _("no data") + (f" (n={e.n})" if e.n else "")
    if e.too_few or e.low is None:
        return _("too few: %(v)s%(u)s, n=%(n)s") % {"v": round(e.value), "u": unit, "n": e.n}
    return _("%(v)s%(u)s (95%% %(low)s–%(high)s, n=%(n)s)") % {
        "v": round(e.value), "u": unit, "low": round(e.low), "high": round(e.high), "n": e.n,
    }  # fmt: skip


def change_text(gap: Gap, before: Estimate, *, sign: int = 1) -> str:
    """The change against the previous period, called a change only when real."""
    if before.value is None:
        return _("no data in the previous period")
    if gap.value is not None and gap.real:
        value = sign * gap.value
        arrow = "▲" if value > 0 else "▼"
        shown = f"{abs(value):.1f}" if abs(value) < 1 else f"{abs(value):.0f}"  # never "▲ 0"
        return _("%(arrow)s %(v)s since the previous period (real)") % {"arrow": arrow, "v": shown}
    return _("previous period %(v)s: no real change") % {"v": round(before.value)}


def _cents(value: Decimal | None) -> Decimal:
    """Money summed in SQL, to the cent (SQLite's sums carry float noise)."""
    return Decimal(value or 0).quantize(Decimal("0.01"))


def money(value: Decimal | None, currency: str) -> str:
    return f"{currency} {Decimal(value or 0):,.0f}"


# What the report holds ----------------------------------------------------------------------


@dataclass
class Lens:
    label: str
    now: str
    change: str
    real: bool
    value: float | None  # for the bar


def lens(change: Change) -> Lens:
    """A headline lens and its change against the previous period, in words."""
    return Lens(
        change.label,
        estimate_text(change.now),
        change_text(change.gap, change.before),
        change.gap.real,
        change.now.value,
    )


@dataclass
class GapLine:
    """A largest gap in words, with what it rests on."""

    words: str
    evidence: str
    gap: Gap


def gap_line(item: LargeGap) -> GapLine:
    other = (
        _("customer ratings") if item.kind == "perception" else _("mystery shops and observations")
    )
    evidence = _("on %(b)s self-assessments and %(o)s %(other)s; %(cases)s recovery cases") % {
        "b": item.cell.believed.n, "o": item.other.n, "other": other, "cases": item.cases,
    }  # fmt: skip
    return GapLine(item.words, evidence, item.gap)


@dataclass
class LocationLine:
    location: Location
    distance: str
    change: str
    value: float | None = None  # the distance, when it may be compared (not "too few")


@dataclass
class DirectReport:
    """A manager and the locations they answer for (no manager: the locations left)."""

    label: str
    locations: list[Location]
    manager: Membership | None = None
    distance_now: Estimate = field(default_factory=stats.missing)
    distance_before: Estimate = field(default_factory=stats.missing)
    change: Gap = stats.NO_GAP
    lines: list[LocationLine] = field(default_factory=list)  # one per location, or the furthest
    furthest_only: bool = False
    open: int = 0
    overdue: int = 0
    escalated: int = 0
    cases: int = 0
    acknowledged: int = 0
    ack_seconds: float = 0.0
    spent: Decimal = Decimal("0")
    value_saved: Decimal = Decimal("0")

    @property
    def distance(self) -> str:
        return estimate_text(self.distance_now)

    @property
    def distance_change(self) -> str:
        return change_text(self.change, self.distance_before)

    @property
    def ack_hours(self) -> float | None:
        return round(self.ack_seconds / self.acknowledged / 3600, 1) if self.acknowledged else None

    @property
    def location_names(self) -> str:
        """Their locations by name, or how many when they are too many to list on a page."""
        if len(self.locations) > NAMED_LOCATIONS:
            return _("%(n)s locations") % {"n": len(self.locations)}
        return ", ".join(location.name for location in self.locations)


@dataclass
class SaveList:
    on_list: int
    value_at_risk: Decimal
    saved: int
    lost: int
    saved_value: Decimal
    lost_value: Decimal


@dataclass
class TopCases:
    """Cases customers wrote to the top with: the period's, and those waiting now."""

    period: int  # opened in the period
    waiting: int  # open and not yet acknowledged by an owner or executive, now
    rows: list[Case]  # the period's, newest first, at most TOP_CASES

    @property
    def more(self) -> int:
        return max(0, self.period - len(self.rows))


@dataclass
class Report:
    organization: Organization
    membership: Membership
    since: date
    until: date
    generated_at: datetime
    has_data: bool
    board: Dashboard
    lenses: list[Lens]
    line: str
    words: str
    largest: list[GapLine]
    more_gaps: int
    direct_reports: list[DirectReport]
    save_list: SaveList
    cases: int
    spent: Decimal
    value_saved: Decimal
    retention: dict[str, dict]
    to_the_top: TopCases = field(default_factory=lambda: TopCases(0, 0, []))
    ideas: list = field(default_factory=list)  # none: the section is left out

    @property
    def currency(self) -> str:
        return self.organization.currency

    @property
    def is_own_locations(self) -> bool:
        """A manager's version: their locations only."""
        return self.membership.is_location_scoped

    @property
    def made_at(self) -> str:
        """When the report was made, in the organisation's time zone."""
        local = timezone.localtime(self.generated_at, self.organization.tz)
        return f"{local:%Y-%m-%d %H:%M} ({self.organization.time_zone})"

    @property
    def days(self) -> int:
        return (self.until - self.since).days + 1


# Building it ----------------------------------------------------------------------------------


def as_owner(organization: Organization) -> Membership:
    """An unsaved owner's membership: the whole organisation, for the command and the task."""
    return Membership(organization=organization, role=Role.OWNER)


def check_period(since: date, until: date) -> None:
    if since > until:
        raise ValidationError({"until": _("The end comes before the start.")})


def executive_report(
    who: Organization | Membership, since: date, until: date, *, now: datetime | None = None
) -> Report:
    """The report of `since` to `until` (whole days in the organisation's time zone) for
    an organisation (all of it) or a member (what they may see). An end before the start
    is a `ValidationError` naming "until"."""
    check_period(since, until)
    membership = as_owner(who) if isinstance(who, Organization) else who
    organization = membership.organization
    now = now or timezone.now()
    scope = Scope(
        since=since, until=until, locations=tuple(membership.visible_locations().order_by("name"))
    )
    board = dashboard.build(membership, scope)
    cases = outcomes.cases_of_period(membership, since, until)
    people = _direct_reports(membership, scope, board, cases, now)
    save_list = _save_list(membership, since, until, now)
    recovered = outcomes.money_against_value_saved(cases)
    case_count = sum(row.cases for row in people)
    return Report(
        organization=organization,
        membership=membership,
        since=since,
        until=until,
        generated_at=now,
        has_data=board.has_evidence or case_count > 0 or save_list.saved + save_list.lost > 0,
        board=board,
        lenses=[lens(c) for c in board.changes],
        line=dashboard.headline_line(board),
        words=dashboard.headline_words(board),
        largest=[gap_line(item) for item in board.largest[:LARGEST]],
        more_gaps=max(0, len(board.largest) - LARGEST),
        direct_reports=people,
        save_list=save_list,
        cases=case_count,
        spent=recovered["spent"],
        value_saved=recovered["value_saved"],
        retention=outcomes.retention_after_recovery(cases),
        to_the_top=_to_the_top(membership, cases),
        ideas=best_ideas(membership, since, until),
    )


def _to_the_top(membership: Membership, period_cases) -> TopCases:
    """The period's cases written to the top (three queries at most)."""
    written = period_cases.filter(to_the_top=True)
    rows = list(written.select_related("location").order_by("-opened_at", "-pk")[:TOP_CASES])
    period = len(rows) if len(rows) < TOP_CASES else written.count()
    waiting = (
        Case.objects.for_member(membership)
        .open()
        .filter(to_the_top=True, top_acknowledged_at=None)
        .count()
    )
    return TopCases(period, waiting, rows)


def best_ideas(membership: Membership, since: date, until: date) -> list:
    """The period's best frontline ideas from the app named in `SERVICEGAP_REPORT_IDEAS`
    (each with title, step, status, votes, period_votes and url); none without one."""
    dotted = settings.SERVICEGAP_REPORT_IDEAS
    return list(import_string(dotted)(membership, since, until)) if dotted else []


def _answering(membership: Membership, scope: Scope) -> list[DirectReport]:
    """Each manager with the locations of the scope they answer for; then the locations
    no manager answers for. A manager's own report: that manager alone."""
    in_scope = {location.pk: location for location in scope.locations}
    if membership.is_location_scoped:
        label = membership.user.email if membership.user_id else ""
        return [DirectReport(label, list(scope.locations), membership)]
    managers = (
        Membership.objects.filter(organization_id=membership.organization_id, role=Role.MANAGER)
        .select_related("user")
        .order_by("user__email", "pk")
    )
    found, covered = [], set()
    for manager in managers:
        ids = set(manager.visible_locations().values_list("pk", flat=True)) & in_scope.keys()
        covered |= ids
        mine = [location for pk, location in in_scope.items() if pk in ids]
        found.append(DirectReport(manager.user.email, mine, manager))
    rest = [location for pk, location in in_scope.items() if pk not in covered]
    if rest:
        found.append(DirectReport(_("No manager"), rest))
    return found


def _direct_reports(
    membership: Membership, scope: Scope, board: Dashboard, cases, now: datetime
) -> list[DirectReport]:
    people = _answering(membership, scope)
    family = dashboard.Family()
    rows = {row.location.pk: row for row in board.rows}
    for person in people:
        _distance(membership, scope, board, person, family)
        person.lines = [_line(rows[location.pk]) for location in person.locations]
    if sum(len(person.lines) for person in people if len(person.lines) > 1) > LOCATION_LINES:
        for person in people:  # one page: each person's location furthest from the promise
            usable = [line for line in person.lines if line.value is not None]
            if len(person.lines) > 1 and usable:
                person.lines = [max(usable, key=lambda line: line.value)]
                person.furthest_only = True
    family.decide()
    _case_counts(membership, cases, people, now)
    return people


def _distance(
    membership: Membership,
    scope: Scope,
    board: Dashboard,
    person: DirectReport,
    family: dashboard.Family,
) -> None:
    """The value distance of the person's locations together, now and before: the
    page's own figures for all of the scope or one location, else four more statements."""
    if not person.locations:
        return
    ids = {location.pk for location in person.locations}
    rows = {row.location.pk: row for row in board.rows}
    if ids == set(rows):
        now, before = board.whole, board.whole_before
    elif len(ids) == 1:
        row = rows[next(iter(ids))]
        now, before = row.cell, row.before
    else:
        mine = Scope(scope.since, scope.until, tuple(person.locations), filtered=True)
        cells = lenses.compute(membership, mine, [WHOLE])[WHOLE]
        by_window = {cell.at("window"): cell for cell in cells}
        now, before = by_window[CURRENT], by_window[PREVIOUS]
    person.distance_now = now.value_distance
    person.distance_before = before.value_distance
    person.change = stats.difference(person.distance_now, person.distance_before)
    family.add(person.change, lambda gap: setattr(person, "change", gap))


def _line(row: dashboard.LocationRow) -> LocationLine:
    experienced: Change = row.changes[-1]  # what customers say: distance moves the other way
    distance = row.cell.value_distance
    return LocationLine(
        row.location,
        estimate_text(distance),
        change_text(experienced.gap, row.before.value_distance, sign=-1),
        distance.value if distance.usable else None,
    )


def _per_location(queryset, **columns) -> dict[int, dict]:
    rows = queryset.values("location_id").annotate(**columns).order_by()
    return {row["location_id"]: row for row in rows}


def _case_counts(
    membership: Membership, period_cases, people: list[DirectReport], now: datetime
) -> None:
    """Open, overdue and escalated cases now; the period's cases, their time to
    acknowledge and money against value saved: three grouped queries, and two per person
    for the money (`outcomes.money_against_value_saved`, the recovery page's figure)."""
    live = Case.objects.for_member(membership)
    open_ = _per_location(
        live.open(), n=Count("pk"), escalated=Count("pk", filter=Q(escalation_level__gt=0))
    )
    overdue = _per_location(live.overdue(now), n=Count("pk"))
    period = _per_location(
        period_cases,
        n=Count("pk"),
        acknowledged=Count("seconds_to_acknowledge"),
        seconds=Sum("seconds_to_acknowledge"),
    )
    for person in people:
        for location in person.locations:
            person.open += open_.get(location.pk, {}).get("n", 0)
            person.escalated += open_.get(location.pk, {}).get("escalated", 0)
            person.overdue += overdue.get(location.pk, {}).get("n", 0)
            row = period.get(location.pk, {})
            person.cases += row.get("n", 0)
            person.acknowledged += row.get("acknowledged", 0)
            person.ack_seconds += float(row.get("seconds") or 0)
        if person.cases:
            money_ = outcomes.money_against_value_saved(
                period_cases.filter(location__in=person.locations)
            )
            person.spent, person.value_saved = money_["spent"], money_["value_saved"]


def _save_list(membership: Membership, since: date, until: date, now: datetime) -> SaveList:
    alerts = Alert.objects.for_member(membership)
    totals = alerts.on_save_list(now).totals()
    tz = membership.organization.tz
    resolved = alerts.filter(
        resolved_at__gte=lenses.start_of(since, tz), resolved_at__lt=lenses.end_of(until, tz)
    ).aggregate(
        saved=Count("pk", filter=Q(status=Alert.Status.SAVED)),
        lost=Count("pk", filter=Q(status=Alert.Status.LOST)),
        saved_value=Sum("value_at_risk", filter=Q(status=Alert.Status.SAVED)),
        lost_value=Sum("value_at_risk", filter=Q(status=Alert.Status.LOST)),
    )
    return SaveList(
        on_list=totals["customers"],
        value_at_risk=totals["total_value_at_risk"],
        saved=resolved["saved"],
        lost=resolved["lost"],
        saved_value=_cents(resolved["saved_value"]),
        lost_value=_cents(resolved["lost_value"]),
    )


# Showing it ------------------------------------------------------------------------------------


def context(report: Report, *, link: str = "") -> dict:
    return {"r": report, "link": link, "empty": empty_words(report)}


def render_html(report: Report, *, link: str = "") -> str:
    """The report as one HTML document that reads well in mail clients: inline styles,
    tables for charts, no script, no image, nothing fetched."""
    return render_to_string("gap/report_email.html", context(report, link=link))


def render_text(report: Report, *, link: str = "") -> str:
    """The plain-text part of the e-mail."""
    return render_to_string("gap/report_email.txt", context(report, link=link))


def render_pdf(report: Report) -> bytes:
    """The PDF on one A4 page: set smaller, step by step, when the organisation has many
    direct reports. `EmptyReport` for a period with no data, `PdfUnavailable` without
    Pango. Nothing is fetched from outside."""
    from servicegap.standards.pdf import load_weasyprint

    if not report.has_data:
        raise EmptyReport(empty_words(report))
    weasyprint = load_weasyprint()
    html = weasyprint.HTML(
        string=render_to_string("gap/report_pdf.html", context(report)), url_fetcher=_refuse
    )
    stylesheet = PDF_CSS.read_text(encoding="utf-8")
    for size in PDF_FONT_SIZES:
        css = weasyprint.CSS(
            string=f"{stylesheet}\nbody {{ font-size: {size}; }}", url_fetcher=_refuse
        )
        document = html.render(stylesheets=[css])
        if len(document.pages) == 1:
            break
    return document.write_pdf()


def _refuse(url: str, *args: object, **kwargs: object) -> dict:
    raise ValueError(f"The report's PDF loads nothing from outside: {url}")


def empty_words(report: Report) -> str:
    return _(
        "No audits, customer answers, recovery cases or save-list outcomes from %(since)s "
        "to %(until)s: nothing to report for this period."
    ) % {"since": report.since.isoformat(), "until": report.until.isoformat()}


def pdf_name(report: Report) -> str:
    return f"report-{report.organization.slug}-{report.since}-{report.until}.pdf"
