"""Escalation ladders: who hears of an overdue case at each level, per location.

Each level above the front line (1: supervisor, 2: manager, 3: executive, as `CHAIN`
names them) is, for a case at a location, the first of:
1. that location's own rung (`LadderStep` with the location),
2. the organisation's default rung (`LadderStep` without a location),
3. the chain's role at that location (the members of that role who look after it).
A rung also says how long its people may hold an overdue case before it climbs again;
without one, the organisation's acknowledgement window for the case's severity applies.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from servicegap.core.models import Location, Membership, Organization, Role
from servicegap.recovery.models import CHAIN, TOP_LEVEL, LadderStep

LEVELS = range(1, TOP_LEVEL + 1)


@dataclass(frozen=True)
class Rung:
    level: int
    role: Role
    members: tuple[Membership, ...]
    hold_hours: int | None
    source: str  # "location", "default" or "role"

    @property
    def role_label(self) -> str:
        return str(self.role.label)


def _steps(organization: Organization, location: Location | None) -> dict:
    steps = (
        LadderStep.objects.filter(organization=organization)
        .filter(location__isnull=True)
        .prefetch_related("members__user")
    )
    found = {(None, step.level): step for step in steps}
    if location is not None:
        own = LadderStep.objects.filter(organization=organization, location=location)
        found |= {(location.pk, step.level): step for step in own.prefetch_related("members__user")}
    return found


def ladder_for(organization: Organization, location: Location | None) -> list[Rung]:
    """The ladder as it applies at `location` (None: the organisation's default)."""
    steps = _steps(organization, location)
    rungs = []
    for level in LEVELS:
        own = steps.get((location.pk, level)) if location is not None else None
        step, source = (own, "location") if own else (steps.get((None, level)), "default")
        if step is None:
            rungs.append(Rung(level, CHAIN[level], (), None, "role"))
        else:
            members = tuple(sorted(step.members.all(), key=lambda m: m.pk))
            rungs.append(Rung(level, CHAIN[level], members, step.hold_hours, source))
    return rungs


def top_of_ladder(organization: Organization, location: Location) -> list[Membership]:
    """Who is at the top of the location's ladder (level `TOP_LEVEL`): its own rung, else
    the organisation's default, else the executives; the owners when there are none.
    Ordered by membership, so the first is the one a case is assigned to."""
    rung = rung_for(organization, location, TOP_LEVEL)
    if rung.members:
        return list(rung.members)
    for role in (Role.EXECUTIVE, Role.OWNER):
        found = list(
            Membership.objects.filter(organization=organization, role=role)
            .select_related("user")
            .order_by("pk")
        )
        if found:
            return found
    return []


def rung_for(organization: Organization, location: Location, level: int) -> Rung:
    return ladder_for(organization, location)[level - 1]


def hold_for(rung: Rung, default: timedelta) -> timedelta:
    return timedelta(hours=rung.hold_hours) if rung.hold_hours else default


def check_members(location: Location | None, level: int, members: list[Membership]) -> None:
    """Refuse members who could not see the case: another organisation's, shoppers, and
    (for a location's ladder) anyone who does not look after the location. The error
    names the level."""
    for member in members:
        if member.role == Role.SHOPPER:
            raise ValidationError(
                _("Level %(level)s: %(who)s is a mystery shopper and sees no cases.")
                % {"level": level, "who": member.user.email}
            )
        if location is not None and not member.can_see_location(location):
            raise ValidationError(
                _("Level %(level)s: %(who)s cannot see %(location)s.")
                % {"level": level, "who": member.user.email, "location": location.name}
            )


def save_ladder(
    organization: Organization,
    location: Location | None,
    rungs: dict[int, tuple[list[Membership], int | None]],
) -> None:
    """Replace the ladder of `location` (None: the default) with `rungs`: level →
    (members, hold hours). A level with no members is removed (it falls back)."""
    for level, (members, _hours) in rungs.items():
        if level not in LEVELS:
            raise ValidationError(_("There is no level %(level)s.") % {"level": level})
        if any(member.organization_id != organization.pk for member in members):
            raise ValidationError(_("Level %(level)s: not a member.") % {"level": level})
        check_members(location, level, members)
    with transaction.atomic():
        LadderStep.objects.filter(organization=organization, location=location).delete()
        for level, (members, hours) in sorted(rungs.items()):
            if not members:
                continue
            step = LadderStep.objects.create(
                organization=organization, location=location, level=level, hold_hours=hours or 24
            )
            step.members.set(members)
