"""The value-distance cells in the API: the same function as the page (`lenses.compute`).

`GET /api/v1/gap/lenses?since=&until=&location=&by=location,p,step` returns one cell per
group: each lens's value, n and 95% interval, the gaps with their intervals, and whether
each gap is real (Benjamini–Hochberg over the cells returned). Supervisors and up; the
cells cover only the locations the token's member may see.
"""

from __future__ import annotations

from datetime import date
from typing import Any
from uuid import UUID

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema
from ninja.errors import HttpError, ValidationError

from servicegap.core import access, stats
from servicegap.core.api import Day
from servicegap.core.auth import membership
from servicegap.core.forms import FIRST_DAY, LAST_DAY
from servicegap.core.models import P
from servicegap.gap import lenses
from servicegap.gap.filters import BadPeriod, build_scope
from servicegap.gap.lenses import DIMENSIONS, Cell, Grouping
from servicegap.standards.models import JourneyStep

router = Router(tags=["value distance"])


class LensFilters(Schema):
    since: Day | None = Field(
        None, ge=FIRST_DAY, le=LAST_DAY, description="First day (default: 89 days before until)."
    )
    until: Day | None = Field(
        None, ge=FIRST_DAY, le=LAST_DAY, description="Last day, included (default: today)."
    )
    location: UUID | None = Field(None, description="Only this location (its code).")
    region: UUID | None = Field(None, description="Only the locations of this region (its code).")
    p: P | None = Field(None, description="Only this P.")
    step: UUID | None = Field(None, description="Only this journey step (its code).")
    by: str = Field(
        "location,p,step",
        description="Comma-separated grouping: any of location, p, step (empty: the whole).",
    )


class EstimateOut(Schema):
    value: float | None = Field(description="0–100 (NPS −100–100); null when nothing measured.")
    low: float | None = Field(description="Lower end of the 95% interval.")
    high: float | None = Field(description="Upper end of the 95% interval.")
    n: int = Field(description="Audits, answers or customers the value rests on.")
    too_few: bool = Field(description="Under the evidence threshold: not compared or ranked.")


class GapOut(Schema):
    value: float | None
    low: float | None
    high: float | None
    p_value: float | None
    real: bool = Field(
        description="Survives Benjamini–Hochberg over the cells returned; low and high are "
        "the interval at the matching false-coverage level, which then excludes 0."
    )
    too_few: bool


class IntendedOut(Schema):
    standards: int
    behaviours: int


class BehavedOut(Schema):
    customers: int
    active_share: EstimateOut = Field(description="Value-weighted share still active, 0–100.")
    value_at_risk: str | None = Field(
        description="In the organisation's currency, a decimal string; null with no scored "
        "customer."
    )
    on_save_list: int


class CellOut(Schema):
    location: UUID | None
    location_name: str | None
    p: str | None
    step: UUID | None
    step_name: str | None
    intended: IntendedOut | None
    believed: EstimateOut
    observed: EstimateOut
    experienced: EstimateOut
    value_distance: EstimateOut
    nps: EstimateOut | None
    behaved: BehavedOut | None
    perception_gap: GapOut
    execution_gap: GapOut


class LensesOut(Schema):
    since: date
    until: date
    by: list[str]
    tests: int = Field(description="Gaps tested together in the false-discovery correction.")
    cells: list[CellOut]


def _invalid(name: str, message: str) -> ValidationError:
    return ValidationError([{"type": "value_error", "loc": ["query", name], "msg": message}])


def _grouping(by: str) -> Grouping:
    names = [name.strip() for name in by.split(",") if name.strip()]
    unknown = [name for name in names if name not in DIMENSIONS]
    if unknown:
        raise _invalid(
            "by",
            f"Cannot group by {', '.join(unknown)}: use location, p or step, separated by commas.",
        )
    return Grouping(tuple(name for name in DIMENSIONS if name in names))


def _estimate(e: stats.Estimate) -> dict[str, Any]:
    return {"value": e.value, "low": e.low, "high": e.high, "n": e.n, "too_few": e.too_few}


def _gap(g: stats.Gap) -> dict[str, Any]:
    return {
        "value": g.value,
        "low": g.low,
        "high": g.high,
        "p_value": g.p_value,
        "real": g.real,
        "too_few": g.too_few,
    }


def _cell(cell: Cell, locations: dict, steps: dict) -> dict[str, Any]:
    location, step = locations.get(cell.at("location")), steps.get(cell.at("step"))
    behaved = cell.behaved
    return {
        "location": location.code if location else None,
        "location_name": location.name if location else None,
        "p": cell.at("p"),
        "step": step.code if step else None,
        "step_name": step.name if step else None,
        "intended": (
            {"standards": cell.intended.standards, "behaviours": cell.intended.behaviours}
            if cell.intended
            else None
        ),
        "believed": _estimate(cell.believed),
        "observed": _estimate(cell.observed),
        "experienced": _estimate(cell.experienced),
        "value_distance": _estimate(cell.value_distance),
        "nps": _estimate(cell.nps) if cell.nps else None,
        "behaved": (
            {
                "customers": behaved.customers,
                "active_share": _estimate(behaved.active_share),
                "value_at_risk": (
                    None if behaved.value_at_risk is None else str(behaved.value_at_risk)
                ),
                "on_save_list": behaved.on_save_list,
            }
            if behaved
            else None
        ),
        "perception_gap": _gap(cell.perception_gap),
        "execution_gap": _gap(cell.execution_gap),
    }


def _build(member, filters: LensFilters):
    return build_scope(
        member,
        since=filters.since,
        until=filters.until,
        region=filters.region,
        location=filters.location,
        p=filters.p.value if filters.p else None,
        step=filters.step,
    )


@router.get("/lenses", response=LensesOut, summary="Value distance: the lenses side by side")
def lenses_cells(request: HttpRequest, filters: Query[LensFilters]) -> dict[str, Any]:
    """Every group's lenses with n and 95% intervals, and the gaps, for what the caller may
    see. A location, region or step the caller cannot see is a 404."""
    member = membership(request)
    if member.role not in access.SUPERVISORS:
        raise HttpError(403, "Only owners, executives, managers and supervisors read the lenses.")
    grouping = _grouping(filters.by)
    if filters.since and filters.until and filters.since > filters.until:
        raise _invalid("until", "The end comes before the start.")
    try:
        scope = _build(member, filters)
    except BadPeriod as error:
        raise _invalid(error.field, str(error)) from error
    cells = lenses.compute(member, scope, [grouping])[grouping]
    tests = lenses.mark_real(cells)
    locations = {location.pk: location for location in scope.locations}
    steps = {step.pk: step for step in JourneyStep.objects.for_member(member)}
    return {
        "since": scope.since,
        "until": scope.until,
        "by": list(grouping.dims),
        "tests": tests,
        "cells": [_cell(cell, locations, steps) for cell in cells],
    }
