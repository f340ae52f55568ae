"""The outcomes of recovery: which recoveries work, how fast, and at what cost.

Each figure is one SQL aggregation over the member's cases of a period (opened in it),
so PostgreSQL does the work where the data is. Figures resting on fewer than
`MIN_CASES` cases are marked as such by the page.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

from django.db.models import (
    Avg,
    BooleanField,
    CharField,
    Count,
    Exists,
    OuterRef,
    Q,
    Subquery,
    Sum,
    Value,
    When,
)
from django.db.models import (
    Case as When_,
)
from django.db.models.functions import Coalesce

from servicegap.customers.models import Visit
from servicegap.recovery.models import Case, FollowUp, RecoveryAction

if TYPE_CHECKING:
    from servicegap.core.models import Location, Membership

MIN_CASES = 5
# Bands of money spent on one action, in the organisation's currency: (upper bound, label).
AMOUNT_BANDS = ((Decimal("0"), "nothing"), (Decimal("20"), "up to 20"), (Decimal("50"), "20–50"),
                (Decimal("100"), "50–100"))  # fmt: skip
TOP_BAND = "over 100"


def cases_of_period(member: Membership, since: date, until: date, location: Location | None = None):
    """The member's cases opened from `since` to `until` (whole days, organisation time)."""
    tz = member.organization.tz
    start = datetime.combine(since, time.min, tzinfo=tz)
    end = datetime.combine(until + timedelta(days=1), time.min, tzinfo=tz)
    cases = Case.objects.for_member(member).filter(opened_at__gte=start, opened_at__lt=end)
    if location is not None:
        cases = cases.filter(location=location)
    return cases


def times_per_location(cases) -> list[dict]:
    """Cases, mean hours to acknowledge and to resolve (recovered), per location."""
    rows = (
        cases.values("location__name", "location__code")
        .annotate(
            cases=Count("pk"),
            acknowledged=Count("seconds_to_acknowledge"),
            ack_seconds=Avg("seconds_to_acknowledge"),
            resolved=Count("seconds_to_resolve"),
            resolve_seconds=Avg("seconds_to_resolve"),
        )
        .order_by("location__name")
    )
    return [
        {
            **row,
            "ack_hours": _hours(row["ack_seconds"]),
            "resolve_hours": _hours(row["resolve_seconds"]),
        }
        for row in rows
    ]


def _hours(seconds: float | None) -> float | None:
    return None if seconds is None else round(seconds / 3600, 1)


def with_retention(queryset, case: str = ""):
    """`queryset` (of cases, or of rows with a `case`) annotated `kept`: True when
    the customer stayed, False when they were lost, None when nobody knows. The page's
    one definition of retention: a known customer who visited again after the recovery
    (after the complaint when it was never recovered) stayed; otherwise the case's last
    follow-up says whether they stayed or were lost."""
    at = f"{case}__" if case else ""
    after = Coalesce(OuterRef(f"{at}recovered_at"), OuterRef(f"{at}opened_at"))
    came_back = Exists(
        Visit.objects.filter(customer=OuterRef(f"{at}customer"), visited_at__gt=after)
    )
    last = FollowUp.objects.filter(case=OuterRef(case or "pk"), done_at__isnull=False).order_by(
        "-done_at", "-pk"
    )
    return queryset.annotate(
        came_back=came_back, outcome=Subquery(last.values("outcome")[:1])
    ).annotate(
        kept=When_(
            When(came_back=True, then=Value(True)),
            When(outcome=FollowUp.Outcome.RETAINED, then=Value(True)),
            When(outcome=FollowUp.Outcome.LOST, then=Value(False)),
            default=Value(None),
            output_field=BooleanField(null=True),
        )
    )


def retention_after_recovery(cases) -> dict[str, dict]:
    """Of the recovered and of the unrecovered cases: how many have an answer (see
    `with_retention`), how many of those customers stayed, and the share."""
    recovered = Q(recovered_at__isnull=False)
    totals = with_retention(cases).aggregate(
        recovered=Count("pk", filter=recovered & Q(kept__isnull=False)),
        recovered_retained=Count("pk", filter=recovered & Q(kept=True)),
        unrecovered=Count("pk", filter=~recovered & Q(kept__isnull=False)),
        unrecovered_retained=Count("pk", filter=~recovered & Q(kept=True)),
    )
    return {
        kind: {
            "cases": totals[kind],
            "retained": totals[f"{kind}_retained"],
            "rate": _share(totals[f"{kind}_retained"], totals[kind]),
        }
        for kind in ("recovered", "unrecovered")
    }


def _cents(value: Decimal | None) -> Decimal:
    """Money summed in SQL, to the cent (SQLite's sums carry float noise)."""
    return Decimal(value or 0).quantize(Decimal("0.01"))


def _share(part: int, whole: int) -> float | None:
    return round(100 * part / whole, 1) if whole else None


def _spent_actions(cases):
    last = FollowUp.objects.filter(case=OuterRef("case"), done_at__isnull=False).order_by(
        "-done_at", "-pk"
    )
    actions = RecoveryAction.objects.filter(
        case__in=cases.values("pk"), approval__in=RecoveryAction.SPENT
    ).annotate(satisfaction_after=Subquery(last.values("satisfaction")[:1]))
    return with_retention(actions, case="case")


def _outcome_columns() -> dict:
    return {
        "actions": Count("pk"),
        "cases": Count("case", distinct=True),
        "spent": Sum("amount"),
        "known": Count("pk", filter=Q(kept__isnull=False)),
        "retained": Count("pk", filter=Q(kept=True)),
        "lost": Count("pk", filter=Q(kept=False)),
        "rated": Count("satisfaction_after"),
        "satisfaction": Avg("satisfaction_after"),
    }


def _with_rates(rows) -> list[dict]:
    return [
        {
            **row,
            "spent": _cents(row["spent"]),
            "retained_rate": _share(row["retained"], row["known"]),
            "satisfaction": None if row["satisfaction"] is None else round(row["satisfaction"], 2),
        }
        for row in rows
    ]


def by_action_kind(cases) -> list[dict]:
    """Per kind of action: how often, at what cost, the share of customers retained
    (of those whose retention is known, as `with_retention` defines it) and the mean
    satisfaction at the last follow-up."""
    labels = dict(RecoveryAction.Kind.choices)
    rows = _spent_actions(cases).values("kind").annotate(**_outcome_columns()).order_by("kind")
    return [{**row, "label": labels[row["kind"]]} for row in _with_rates(rows)]


def by_amount(cases) -> list[dict]:
    """The same per band of money spent on the action."""
    band = When_(
        *[When(amount__lte=upper, then=Value(label)) for upper, label in AMOUNT_BANDS],
        default=Value(TOP_BAND),
        output_field=CharField(),
    )
    rows = _spent_actions(cases).annotate(band=band).values("band").annotate(**_outcome_columns())
    order = [label for _upper, label in AMOUNT_BANDS] + [TOP_BAND]
    return sorted(_with_rates(rows), key=lambda row: order.index(row["band"]))


def money_against_value_saved(cases) -> dict:
    """For cases from the save list: money spent on them, and the value at risk of the
    customers whose alert ended as saved."""
    from_alerts = cases.filter(alert__isnull=False)
    totals = from_alerts.aggregate(
        cases=Count("pk"),
        saved=Count("pk", filter=Q(alert__status="saved")),
        lost=Count("pk", filter=Q(alert__status="lost")),
        value_saved=Sum("alert__value_at_risk", filter=Q(alert__status="saved")),
        value_at_risk=Sum("alert__value_at_risk"),
    )
    spent = RecoveryAction.objects.filter(
        case__in=from_alerts.values("pk"), approval__in=RecoveryAction.SPENT
    ).aggregate(s=Sum("amount"))["s"]
    totals["spent"] = _cents(spent)
    totals["value_saved"] = _cents(totals["value_saved"])
    totals["value_at_risk"] = _cents(totals["value_at_risk"])
    return totals


def root_causes(cases, limit: int = 10) -> list[dict]:
    """The most frequent root causes, as P and journey step."""
    labels = dict(Case._meta.get_field("p").choices)
    rows = (
        cases.exclude(p="")
        .values("p", "step__name", "step__code")
        .annotate(cases=Count("pk"))
        .order_by("-cases", "p", "step__name")[:limit]
    )
    return [{**row, "p_label": labels.get(row["p"], row["p"])} for row in rows]


def figures(member: Membership, since: date, until: date, location: Location | None = None) -> dict:
    """Every figure of the outcomes page for the member's cases opened from `since` to
    `until` (at `location` when given): the page and the API show the same."""
    cases = cases_of_period(member, since, until, location)
    return {
        "times": times_per_location(cases),
        "retention": retention_after_recovery(cases),
        "kinds": by_action_kind(cases),
        "bands": by_amount(cases),
        "money": money_against_value_saved(cases),
        "causes": root_causes(cases),
    }
