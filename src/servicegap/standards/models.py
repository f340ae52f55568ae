"""The Intended lens: the service card.

A journey is broken into ordered steps; each step has standards ("how we serve you"),
each tagged with one P; each standard has behaviours ("how you will know"), observable
and checkable yes/no, with a weight, a critical flag and optionally a measured target.
Audits snapshot a behaviour's text, weight and target into every answer, so editing a
behaviour later never changes what a past audit means; `version` counts such edits.
"""

from __future__ import annotations

import uuid

from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

from servicegap.core.models import Department, OrgOwned, OrgQuerySet, P


class ActiveQuerySet(OrgQuerySet):
    def active(self) -> ActiveQuerySet:
        return self.filter(is_active=True)


class StandardQuerySet(ActiveQuerySet):
    def on_card(self) -> StandardQuerySet:
        """Standards the card shows: in use, at a journey step in use."""
        return self.filter(is_active=True, step__is_active=True)


class BehaviourQuerySet(ActiveQuerySet):
    def on_card(self) -> BehaviourQuerySet:
        """Behaviours the card shows (and new audits offer): they and their parents in use."""
        return self.filter(is_active=True, standard__is_active=True, standard__step__is_active=True)


class JourneyStep(OrgOwned):
    """One step of a typical transaction, e.g. greeting, ordering, payment."""

    code = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    name = models.CharField(_("name"), max_length=80)
    description = models.TextField(_("description"), blank=True)
    position = models.PositiveIntegerField(_("position"), default=0)
    is_active = models.BooleanField(_("in use"), default=True)

    objects = ActiveQuerySet.as_manager()

    class Meta:
        ordering = ["position", "pk"]
        constraints = [
            models.UniqueConstraint(
                "organization",
                Lower("name"),
                name="standards_journeystep_unique_org_name",
                violation_error_message=_("A journey step with this name already exists."),
            ),
        ]

    def __str__(self) -> str:
        return self.name


class Standard(OrgOwned):
    """How we serve the customer at one step, for one P."""

    code = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    # RESTRICT, not PROTECT: a step with standards cannot be deleted on its own, but
    # deleting the whole organisation (which cascades to both) still works.
    step = models.ForeignKey(
        JourneyStep,
        verbose_name=_("journey step"),
        on_delete=models.RESTRICT,
        related_name="standards",
    )
    p = models.CharField(_("P"), max_length=10, choices=P.choices)
    text = models.TextField(_("how we serve you"))
    department = models.ForeignKey(
        Department,
        verbose_name=_("responsible department"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="standards",
    )
    position = models.PositiveIntegerField(_("position"), default=0)
    is_active = models.BooleanField(_("in use"), default=True)

    objects = StandardQuerySet.as_manager()

    class Meta:
        ordering = ["step__position", "position", "pk"]
        constraints = [
            models.CheckConstraint(condition=Q(p__in=P.values), name="standards_standard_p_valid"),
        ]

    def __str__(self) -> str:
        return self.text[:80]


class Behaviour(OrgOwned):
    """How the customer will know: observable, checkable yes/no, weighted."""

    class Comparison(models.TextChoices):
        AT_MOST = "at_most", _("at most")
        AT_LEAST = "at_least", _("at least")

    code = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    # RESTRICT, as for Standard.step: protected on its own, deleted with its organisation.
    standard = models.ForeignKey(
        Standard, verbose_name=_("standard"), on_delete=models.RESTRICT, related_name="behaviours"
    )
    text = models.TextField(_("how you will know"))
    weight = models.PositiveSmallIntegerField(
        _("weight"), default=1, help_text=_("1 (nice to have) to 5 (essential).")
    )
    is_critical = models.BooleanField(
        _("critical"),
        default=False,
        help_text=_("Failing it caps the whole audit at 50."),
    )
    target_comparison = models.CharField(
        _("target"), max_length=10, choices=Comparison.choices, blank=True
    )
    target_value = models.DecimalField(
        _("target value"), max_digits=9, decimal_places=2, null=True, blank=True
    )
    target_unit = models.CharField(
        _("unit"), max_length=20, blank=True, help_text=_("e.g. rings, minutes, seconds.")
    )
    position = models.PositiveIntegerField(_("position"), default=0)
    is_active = models.BooleanField(_("in use"), default=True)
    version = models.PositiveIntegerField(default=1, editable=False)

    objects = BehaviourQuerySet.as_manager()

    class Meta:
        ordering = ["standard__step__position", "standard__position", "position", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(weight__range=(1, 5)),
                name="standards_behaviour_weight_range",
                violation_error_message=_("The weight is a whole number from 1 to 5."),
            ),
            models.CheckConstraint(
                condition=(
                    Q(target_value__isnull=True, target_comparison="")
                    | Q(target_value__isnull=False, target_comparison__in=["at_most", "at_least"])
                ),
                name="standards_behaviour_target_complete",
                violation_error_message=_("A measured target needs both a comparison and a value."),
            ),
        ]

    def __str__(self) -> str:
        return self.text[:80]

    @property
    def is_measured(self) -> bool:
        return self.target_value is not None

    @property
    def p(self) -> str:
        return self.standard.p

    @property
    def target_label(self) -> str:
        """The measured target in words, e.g. "at most 3 rings"; empty when there is none."""
        if self.target_value is None or not self.target_comparison:
            return ""
        value = format(self.target_value.normalize(), "f")
        comparison = self.Comparison(self.target_comparison).label
        return f"{comparison} {value} {self.target_unit}".strip()
