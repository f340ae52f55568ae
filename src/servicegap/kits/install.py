"""Install a starter kit into an organisation: ordinary rows, added only where missing.

`install_kit(organization, key)` adds the kit's journey steps, standards and behaviours,
its survey and its audit templates, matching what is already there by name (steps,
surveys, templates, case-insensitively) and by text (standards within their step,
behaviours within their standard). Installing a kit twice adds nothing the second time;
installing it over a card the owner already wrote adds only what the card lacks, and
`Installed.summary()` says what was added.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from django.db import transaction
from django.db.models import Max

from servicegap.audits.models import AuditTemplate
from servicegap.core.models import Organization
from servicegap.feedback import surveys
from servicegap.feedback.models import Survey
from servicegap.kits.catalogue import KITS, Kit
from servicegap.standards.models import Behaviour, JourneyStep, Standard

LANGUAGES = ("en", "fr", "es")


class UnknownKit(ValueError):
    pass


@dataclass
class Installed:
    """What an installation added (nothing already there is touched)."""

    kit: Kit
    steps: int = 0
    standards: int = 0
    behaviours: int = 0
    surveys: list[str] = field(default_factory=list)
    templates: list[str] = field(default_factory=list)

    @property
    def added_anything(self) -> bool:
        return bool(self.steps or self.standards or self.behaviours or self.surveys
                    or self.templates)  # fmt: skip

    def summary(self) -> str:
        if not self.kit.steps:
            return "Nothing installed: you start with an empty card."
        if not self.added_anything:
            return f"Nothing added: everything in the {self.kit.label} kit is already there."
        parts = [
            _count(self.steps, "journey step"),
            _count(self.standards, "standard"),
            _count(self.behaviours, "behaviour"),
        ]
        parts = [part for part in parts if part]
        if self.surveys:
            parts.append("the survey " + ", ".join(f"“{name}”" for name in self.surveys))
        if self.templates:
            parts.append(
                _count(len(self.templates), "audit template")
                + " ("
                + ", ".join(self.templates)
                + ")"
            )
        listed = ", ".join(parts[:-1]) + " and " + parts[-1] if len(parts) > 1 else parts[0]
        return f"From the {self.kit.label} kit, added {listed}."


def _count(n: int, noun: str) -> str:
    if not n:
        return ""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


@transaction.atomic
def install_kit(organization: Organization, key: str) -> Installed:
    """Add what the kit `key` holds and the organisation lacks; say what was added."""
    kit = KITS.get(key)
    if kit is None:
        raise UnknownKit(f"There is no starter kit {key!r}; kits: {', '.join(KITS)}.")
    # One installation at a time per organisation (a double-clicked button).
    Organization.objects.select_for_update().filter(pk=organization.pk).first()
    installed = Installed(kit)
    behaviours_by_step = _install_card(organization, kit, installed)
    _install_survey(organization, kit, installed)
    _install_templates(organization, kit, behaviours_by_step, installed)
    return installed


def preview_kit(organization: Organization, key: str) -> Installed:
    """What `install_kit` would add to the organisation now, without adding anything: the
    same installation, rolled back."""
    with transaction.atomic():
        installed = install_kit(organization, key)
        transaction.set_rollback(True)
    return installed


def has_card(organization: Organization) -> bool:
    """Whether the organisation has a card already (a kit then adds only what it lacks)."""
    return JourneyStep.objects.filter(organization=organization).exists()


def _install_card(organization, kit: Kit, installed: Installed) -> dict[str, list[Behaviour]]:
    """The steps, standards and behaviours; {step name (lower case): its kit behaviours}."""
    steps = {s.name.lower(): s for s in JourneyStep.objects.filter(organization=organization)}
    next_step = _next_position(JourneyStep.objects.filter(organization=organization))
    found: dict[str, list[Behaviour]] = {}
    for spec in kit.steps:
        step = steps.get(spec.name.lower())
        if step is None:
            step = JourneyStep.objects.create(
                organization=organization,
                name=spec.name,
                description=spec.description,
                position=next_step,
            )
            next_step += 1
            installed.steps += 1
        mine = found.setdefault(spec.name.lower(), [])
        standards = {s.text.strip().lower(): s for s in step.standards.all()}
        next_standard = _next_position(step.standards.all())
        for standard_spec in spec.standards:
            standard = standards.get(standard_spec.text.lower())
            if standard is None:
                standard = Standard.objects.create(
                    organization=organization,
                    step=step,
                    p=standard_spec.p,
                    text=standard_spec.text,
                    position=next_standard,
                )
                next_standard += 1
                installed.standards += 1
            behaviours = {b.text.strip().lower(): b for b in standard.behaviours.all()}
            next_behaviour = _next_position(standard.behaviours.all())
            for b in standard_spec.behaviours:
                behaviour = behaviours.get(b.text.lower())
                if behaviour is None:
                    comparison, value, unit = b.target or ("", None, "")
                    behaviour = Behaviour.objects.create(
                        organization=organization,
                        standard=standard,
                        text=b.text,
                        weight=b.weight,
                        is_critical=b.critical,
                        target_comparison=comparison,
                        target_value=Decimal(value) if value is not None else None,
                        target_unit=unit,
                        position=next_behaviour,
                    )
                    next_behaviour += 1
                    installed.behaviours += 1
                mine.append(behaviour)
    return found


def _next_position(queryset) -> int:
    last = queryset.aggregate(last=Max("position"))["last"]
    return 0 if last is None else last + 1


def _install_survey(organization, kit: Kit, installed: Installed) -> None:
    spec = kit.survey
    if spec is None:
        return
    if Survey.objects.filter(organization=organization, name__iexact=spec.name).exists():
        return
    survey = surveys.create_survey(
        organization, name=spec.name, default_language="en", languages=list(LANGUAGES)
    )
    surveys.save_wording(survey, {language: dict(spec.texts[language]) for language in LANGUAGES})
    installed.surveys.append(spec.name)


def _install_templates(organization, kit: Kit, behaviours_by_step, installed) -> None:
    for spec in kit.templates:
        if AuditTemplate.objects.filter(organization=organization, name__iexact=spec.name).exists():
            continue
        template = AuditTemplate.objects.create(
            organization=organization, name=spec.name, channel=spec.channel
        )
        template.behaviours.set(
            [b for step in spec.steps for b in behaviours_by_step.get(step.lower(), [])]
        )
        installed.templates.append(spec.name)
