"""The frontline ideas board: post, vote once, move through statuses, merge duplicates,
adopt into the service card, and measure the effect.

Statuses go new → trying (at chosen locations) → adopted, or to declined with a reason,
from new or trying. Every change tells the idea's voters by e-mail (`notify_voters`,
called in plain sight). Merging a duplicate moves its votes (a member who voted for both
keeps one). An adopted idea becomes a behaviour under a chosen standard, or a new
standard of its journey step, and keeps the link both ways.

The effect of an idea tried: the step's Observed pass rate and Experienced score (each
customer's response counted once)
at the trying locations against the others, before and after it started
(a difference in differences, `effects`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from django.core.mail import EmailMessage, get_connection
from django.db import IntegrityError, transaction
from django.utils import timezone

from servicegap.core.models import Location, Membership, P, one_line
from servicegap.people import effects
from servicegap.people.models import Idea, IdeaVote
from servicegap.people.scenarios import PeopleError, same_org
from servicegap.standards.models import Behaviour, JourneyStep, Standard

S = Idea.Status
TRANSITIONS: dict[str, frozenset[str]] = {
    S.NEW: frozenset({S.TRYING, S.ADOPTED, S.DECLINED}),
    S.TRYING: frozenset({S.ADOPTED, S.DECLINED}),
    S.ADOPTED: frozenset(),
    S.DECLINED: frozenset(),
    S.MERGED: frozenset(),
}


def post_idea(*, by: Membership, step: JourneyStep, kind: str, title: str, text: str = "") -> Idea:
    same_org(by.organization_id, step=step)
    if not step.is_active:
        raise PeopleError("step", "this journey step is retired.")
    if kind not in Idea.Kind.values:
        raise PeopleError("kind", "choose add delight or remove a hassle.")
    if not title.strip():
        raise PeopleError("title", "say the idea in a line.")
    return Idea.objects.create(
        organization_id=by.organization_id,
        step=step,
        kind=kind,
        title=title.strip(),
        text=text.strip(),
        author=by.user,
    )


def vote(idea: Idea, *, by: Membership) -> IdeaVote:
    """One vote per member and idea; a second is refused."""
    if idea.status in (S.MERGED, S.DECLINED, S.ADOPTED):
        raise PeopleError("idea", f"a {idea.get_status_display().lower()} idea takes no votes.")
    try:
        with transaction.atomic():
            return IdeaVote.objects.create(
                organization_id=idea.organization_id, idea=idea, voter=by.user
            )
    except IntegrityError:
        raise PeopleError("idea", "you have already voted for this idea.") from None


def notify_voters(idea: Idea) -> int:
    """E-mail each voter the idea's new status (one message each, so no address is
    shown to the others). Returns how many were sent."""
    emails = sorted({e for e in idea.votes.values_list("voter__email", flat=True) if e})
    status = idea.get_status_display().lower()
    subject = one_line(f"An idea you voted for is now {status}: {idea.title}")[:200]
    body = f"The idea “{idea.title}” ({idea.step.name}) is now {status}."
    if idea.reason:
        body += f"\n\nWhy: {idea.reason}"
    messages = [EmailMessage(subject, body, to=[email]) for email in emails]
    if not messages:
        return 0
    return get_connection().send_messages(messages) or 0


def _move(idea: Idea, to: str, now: datetime, **fields) -> None:
    claimed = Idea.objects.filter(pk=idea.pk, status=idea.status).update(
        status=to, status_changed_at=now, **fields
    )
    if claimed != 1:
        raise PeopleError("status", "the idea changed meanwhile; reload it.")
    idea.refresh_from_db()


def _check(idea: Idea, to: str) -> None:
    if to not in TRANSITIONS[idea.status]:
        raise PeopleError(
            "status",
            f"a {idea.get_status_display().lower()} idea cannot become {S(to).label.lower()}.",
        )


def try_idea(
    idea: Idea,
    *,
    by: Membership,
    locations: list[Location],
    today: date | None = None,
    now: datetime | None = None,
    notify: bool = True,
) -> Idea:
    """Try the idea at the chosen locations from today (`notify`: e-mail the voters)."""
    _check(idea, S.TRYING)
    if not locations:
        raise PeopleError("locations", "choose where to try it.")
    for location in locations:
        same_org(idea.organization_id, locations=location)
    with transaction.atomic():
        _move(idea, S.TRYING, now or timezone.now(), trying_since=today or timezone.localdate())
        idea.trying_locations.set(locations)
    if notify:
        notify_voters(idea)
    return idea


def decline_idea(
    idea: Idea,
    *,
    by: Membership,
    reason: str,
    now: datetime | None = None,
    notify: bool = True,
) -> Idea:
    _check(idea, S.DECLINED)
    if not reason.strip():
        raise PeopleError("reason", "say why the idea is declined.")
    _move(idea, S.DECLINED, now or timezone.now(), reason=reason.strip())
    if notify:
        notify_voters(idea)
    return idea


def adopt_idea(
    idea: Idea,
    *,
    by: Membership,
    text: str,
    standard: Standard | None = None,
    p: str = "",
    now: datetime | None = None,
    notify: bool = True,
) -> Idea:
    """The idea onto the service card: a behaviour under `standard`, or else a new
    standard of its step with P `p`. A retired step or standard is refused."""
    _check(idea, S.ADOPTED)
    same_org(idea.organization_id, standard=standard)
    if not idea.step.is_active:
        raise PeopleError("step", f"the journey step “{idea.step.name}” is retired.")
    if not text.strip():
        raise PeopleError("text", "write the standard or behaviour as the card will say it.")
    if standard is not None and (not standard.is_active or standard.step_id != idea.step_id):
        raise PeopleError("standard", "choose a standard in use of the idea's journey step.")
    if standard is None and p not in P.values:
        raise PeopleError("p", "choose the new standard's P.")
    with transaction.atomic():
        behaviour = None
        if standard is not None:
            last = standard.behaviours.order_by("-position").values_list("position", flat=True)
            behaviour = Behaviour.objects.create(
                organization_id=idea.organization_id,
                standard=standard,
                text=text.strip(),
                position=(last.first() or 0) + 1,
            )
        else:
            last = Standard.objects.filter(step=idea.step).order_by("-position")
            standard = Standard.objects.create(
                organization_id=idea.organization_id,
                step=idea.step,
                p=p,
                text=text.strip(),
                position=(last.values_list("position", flat=True).first() or 0) + 1,
            )
        _move(idea, S.ADOPTED, now or timezone.now(), standard=standard, behaviour=behaviour)
    if notify:
        notify_voters(idea)
    return idea


def merge_ideas(duplicate: Idea, *, into: Idea, by: Membership) -> int:
    """Merge `duplicate` into `into`: its votes move (a member who voted for both keeps
    one). Returns how many votes moved."""
    same_org(into.organization_id, duplicate=duplicate)
    if duplicate.pk == into.pk:
        raise PeopleError("into", "an idea cannot be merged into itself.")
    if duplicate.status not in (S.NEW, S.TRYING) or into.status in (S.MERGED, S.DECLINED):
        raise PeopleError("into", "merge a new or trying idea into one still open.")
    with transaction.atomic():
        both = into.votes.values("voter")
        IdeaVote.objects.filter(idea=duplicate, voter__in=both).delete()
        moved = IdeaVote.objects.filter(idea=duplicate).update(idea=into)
        _move(duplicate, S.MERGED, timezone.now(), merged_into=into)
    return moved


@dataclass(frozen=True)
class IdeaEffect:
    observed: effects.Effect
    experienced: effects.Effect


def idea_effect(idea: Idea, now: datetime | None = None) -> IdeaEffect:
    """The step's Observed and Experienced scores at the trying locations against the
    others, before and after the idea was tried."""
    from servicegap.audits.models import AuditAnswer
    from servicegap.feedback.models import Response

    if idea.trying_since is None:
        raise PeopleError("idea", "the idea has not been tried yet.")
    now = now or timezone.now()
    tz = idea.organization.tz
    where = list(idea.trying_locations.values_list("pk", flat=True))
    answers = AuditAnswer.objects.filter(organization_id=idea.organization_id, step=idea.step)
    responses = Response.objects.filter(organization_id=idea.organization_id, step=idea.step)
    return IdeaEffect(
        observed=effects.measure(
            effects.pass_rate,
            answers.filter(location_id__in=where),
            answers.exclude(location_id__in=where),
            idea.trying_since,
            now,
            tz,
        ),
        experienced=effects.measure(
            effects.rating_score,
            responses.filter(location_id__in=where),
            responses.exclude(location_id__in=where),
            idea.trying_since,
            now,
            tz,
        ),
    )
