"""Changing the service card without changing what past audits mean.

Steps, standards and behaviours are reordered, retired and restored here, and deleted
only when nothing refers to them. Saving a behaviour whose meaning changed (its text,
weight, critical flag or target) bumps its `version`, so that audit answers, which
snapshot the behaviour, can tell the wording they were given from today's.
"""

from __future__ import annotations

from typing import Literal

from django.db import router, transaction
from django.db.models import F, Max, Model, Prefetch, QuerySet
from django.db.models.deletion import Collector, ProtectedError, RestrictedError
from django.utils.translation import gettext as _

from servicegap.core.models import Membership
from servicegap.standards.models import Behaviour, JourneyStep, Standard

CardItem = JourneyStep | Standard | Behaviour
Direction = Literal["up", "down"]

# What a behaviour means to an auditor; a change to any of these is a new version.
MEANING_FIELDS = (
    "text",
    "weight",
    "is_critical",
    "target_comparison",
    "target_value",
    "target_unit",
)


def editor_steps(membership: Membership) -> list[JourneyStep]:
    """Every step, standard and behaviour, retired ones included, in three queries."""
    behaviours = Behaviour.objects.order_by("position", "pk")
    standards = (
        Standard.objects.select_related("department")
        .prefetch_related(Prefetch("behaviours", queryset=behaviours, to_attr="all_behaviours"))
        .order_by("position", "pk")
    )
    return list(
        JourneyStep.objects.for_member(membership)
        .prefetch_related(Prefetch("standards", queryset=standards, to_attr="all_standards"))
        .order_by("position", "pk")
    )


def siblings(item: CardItem) -> QuerySet:
    """The items `item` is ordered among: steps of its organisation, standards of its
    step, behaviours of its standard (retired ones included, so positions stay put)."""
    if isinstance(item, JourneyStep):
        return JourneyStep.objects.filter(organization_id=item.organization_id)
    if isinstance(item, Standard):
        return Standard.objects.filter(step_id=item.step_id)
    return Behaviour.objects.filter(standard_id=item.standard_id)


def next_position(item: CardItem) -> int:
    """The position after the last sibling, for a new item."""
    last = siblings(item).aggregate(last=Max("position"))["last"]
    return 0 if last is None else last + 1


def add_item(item: CardItem) -> CardItem:
    """Save a new step, standard or behaviour at the end of its siblings."""
    with transaction.atomic():
        item.position = next_position(item)
        item.save()
    return item


def save_standard(standard: Standard) -> None:
    """Save an edited standard; one moved to another step goes to the end of that step's
    standards."""
    with transaction.atomic():
        stored_step = Standard.objects.values_list("step_id", flat=True).get(pk=standard.pk)
        if stored_step != standard.step_id:
            standard.position = next_position(standard)
        standard.save()


def save_edited_behaviour(behaviour: Behaviour) -> list[str]:
    """Save an edited behaviour: one moved to another standard goes to the end of that
    standard's behaviours, and a change of meaning bumps its version (`save_behaviour`).

    Returns the fields whose change bumped the version (empty when none did).
    """
    with transaction.atomic():
        stored_standard = Behaviour.objects.values_list("standard_id", flat=True).get(
            pk=behaviour.pk
        )
        if stored_standard != behaviour.standard_id:
            behaviour.position = next_position(behaviour)
        return save_behaviour(behaviour)


def meaning_changed(stored: Behaviour, edited: Behaviour) -> list[str]:
    """The names of the fields that change what the behaviour asks an auditor to check."""
    return [name for name in MEANING_FIELDS if getattr(stored, name) != getattr(edited, name)]


def save_behaviour(behaviour: Behaviour) -> list[str]:
    """Save an edited behaviour; when its meaning changed, bump its version.

    Returns the fields whose change bumped the version (empty when none did).
    The bump is an `F()` update, so two editors saving at once both count.
    """
    with transaction.atomic():
        stored = Behaviour.objects.get(pk=behaviour.pk)
        changed = meaning_changed(stored, behaviour)
        if changed:
            behaviour.version = F("version") + 1
        behaviour.save()
        if changed:
            behaviour.refresh_from_db(fields=["version"])
    return changed


def move(item: CardItem, direction: Direction) -> bool:
    """Swap `item` with its neighbour above or below; False at either end.

    Positions of the siblings are renumbered 0, 1, 2… on the way. Only `position`
    is written, so a reorder never bumps a behaviour's version.
    """
    with transaction.atomic():
        ordered = list(siblings(item).order_by("position", "pk").only("pk", "position"))
        index = next(i for i, sibling in enumerate(ordered) if sibling.pk == item.pk)
        other = index - 1 if direction == "up" else index + 1
        if not 0 <= other < len(ordered):
            return False
        ordered[index], ordered[other] = ordered[other], ordered[index]
        changed = []
        for position, sibling in enumerate(ordered):
            if sibling.position != position:
                sibling.position = position
                changed.append(sibling)
        type(item).objects.bulk_update(changed, ["position"])
    item.position = other
    return True


def retire(item: CardItem) -> None:
    """Take an item off the card; audits that used it keep it. Retiring a step or a
    standard hides everything under it, without changing the items themselves."""
    type(item).objects.filter(pk=item.pk).update(is_active=False)
    item.is_active = False


def restore(item: CardItem) -> None:
    """Put a retired item back on the card."""
    type(item).objects.filter(pk=item.pk).update(is_active=True)
    item.is_active = True


def is_referenced(item: CardItem) -> bool:
    """True when anything but the item itself would be touched by deleting it: an audit
    answer or template that uses it, or (for a step or a standard) items under it."""
    collector = Collector(using=router.db_for_write(type(item)), origin=item)
    try:
        collector.collect([item])
    except (ProtectedError, RestrictedError):
        return True
    if any(model is not type(item) for model in collector.data):
        return True
    if any(_exists(objs) for batches in collector.field_updates.values() for objs in batches):
        return True
    return any(_exists(queryset) for queryset in collector.fast_deletes)


def _exists(objs: QuerySet | list[Model]) -> bool:
    return objs.exists() if isinstance(objs, QuerySet) else bool(objs)


class NotDeletable(Exception):
    """The item stays: it is still on the card, or something refers to it."""


def delete_retired(item: CardItem) -> None:
    """Delete a retired item that nothing refers to; raise `NotDeletable`, saying why,
    for an item still in use or one that audits or items under it refer to."""
    if item.is_active:
        raise NotDeletable(_("Retire it first; only a retired item can be deleted."))
    if not delete_if_unused(item):
        raise NotDeletable(
            _(
                "It cannot be deleted: audits, or items under it, still refer to it. "
                "It stays retired, so it is off the card."
            )
        )


def delete_if_unused(item: CardItem) -> bool:
    """Delete a never-used item; refuse (False) when anything refers to it."""
    with transaction.atomic():
        if is_referenced(item):
            return False
        try:
            item.delete()
        except (ProtectedError, RestrictedError):
            return False
    return True
