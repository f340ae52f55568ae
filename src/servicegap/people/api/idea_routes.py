"""The ideas board in the API: list it, vote once and propose an idea (the team); try,
decline or merge one (location managers and up); adopt one onto the card (leaders).

Each goes through the page's own form and the same `people.ideas` function the page
calls. The idea is looked up before the body is read, so another organisation's idea
is a 404 whatever the body; the page's form names the field it refuses (422); an idea
whose status refuses the move is a 409 with the reason.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any
from uuid import UUID

from django.http import HttpRequest
from django.utils import timezone
from ninja import Field, Router, Schema
from ninja.errors import HttpError

from servicegap.core import access
from servicegap.core.access import get_for_member
from servicegap.core.api import form_refused
from servicegap.core.models import Membership
from servicegap.people import forms as f
from servicegap.people import ideas
from servicegap.people.api.common import Status, StrictIn, field_refused, need, team
from servicegap.people.api.training_routes import EffectOut, effect_out
from servicegap.people.models import Idea
from servicegap.people.scenarios import PeopleError

router = Router(tags=["people"])

MANAGERS_ONLY = "Managers and leaders decide on ideas."
LEADERS_ONLY = "Owners and executives adopt ideas onto the service card."


class IdeaOut(Schema):
    code: UUID
    title: str
    step: str
    kind: str
    status: str
    votes: int


class VotesOut(Schema):
    votes: int


class IdeaPostIn(StrictIn):
    step: UUID = Field(description="Journey step code.")
    kind: Annotated[str, Field(description="delight or hassle.")]
    title: Annotated[str, Field(max_length=200)]
    text: Annotated[str, Field(max_length=4000)] = ""


class IdeaTryIn(StrictIn):
    locations: Annotated[list[UUID], Field(description="Location codes to try it at.")]


class IdeaDeclineIn(StrictIn):
    reason: Annotated[str, Field(max_length=2000)]


class IdeaMergeIn(StrictIn):
    into: UUID = Field(description="Code of the open idea that takes this one's votes.")


class IdeaAdoptIn(StrictIn):
    text: Annotated[str, Field(max_length=2000, description="As the card will say it.")]
    standard: UUID | None = Field(
        None, description="Standard code to add a behaviour to; none for a new standard."
    )
    p: Annotated[str, Field(description="The new standard's P, when no standard.")] = ""


class IdeaEffectOut(Schema):
    observed: EffectOut = Field(
        description="The step's observed pass rate where it is tried against the other "
        "locations, before and after it was tried: a difference in differences, in points."
    )
    experienced: EffectOut = Field(description="The same for customers' ratings at the step.")


class IdeaDetailOut(Schema):
    code: UUID
    title: str
    text: str
    step: UUID
    kind: str
    status: str
    votes: int
    reason: str
    trying_since: date | None
    trying_locations: list[UUID]
    merged_into: UUID | None
    standard: UUID | None
    behaviour: UUID | None
    effect: IdeaEffectOut | None = Field(
        description="Its measured effect once tried (as the idea's page); null before."
    )


class IdeaMergeOut(IdeaDetailOut):
    moved_votes: int


def _idea_out(idea: Idea) -> dict[str, Any]:
    idea.refresh_from_db()
    return {
        "code": idea.code,
        "title": idea.title,
        "text": idea.text,
        "step": idea.step.code,
        "kind": idea.kind,
        "status": idea.status,
        "votes": idea.votes.count(),
        "reason": idea.reason,
        "trying_since": idea.trying_since,
        "trying_locations": sorted((loc.code for loc in idea.trying_locations.all()), key=str),
        "merged_into": idea.merged_into.code if idea.merged_into_id else None,
        "standard": idea.standard.code if idea.standard_id else None,
        "behaviour": idea.behaviour.code if idea.behaviour_id else None,
        "effect": _effect(idea),
    }


def _effect(idea: Idea) -> dict[str, Any] | None:
    """`ideas.idea_effect`, shown on the idea's page once the idea was tried."""
    if idea.trying_since is None:
        return None
    effect = ideas.idea_effect(idea)
    return {"observed": effect_out(effect.observed), "experienced": effect_out(effect.experienced)}


def _valid(form) -> dict[str, Any]:
    if not form.is_valid():
        raise form_refused(form.errors)
    return form.cleaned_data


def _decide(act, state: tuple[str, ...] = ("status", "idea")) -> Any:
    """Run the workflow: a refusal for the idea's own state (`state`: its status, or
    its retired step when adopting) is a 409, any other a 422 on the field it names."""
    try:
        return act()
    except PeopleError as error:
        if error.field in state:
            raise HttpError(409, str(error)) from None
        raise field_refused(error.field, message=error.message) from None


def _idea(request: HttpRequest, idea_code: UUID, roles, message: str) -> tuple[Membership, Idea]:
    member = team(request)
    idea = get_for_member(Idea, member, code=idea_code)
    need(member, roles, message)
    return member, idea


@router.get("/ideas", response=list[IdeaOut], summary="The ideas board")
def list_ideas(request: HttpRequest):
    from django.db.models import Count

    member = team(request)
    rows = (
        Idea.objects.for_member(member)
        .exclude(status=Idea.Status.MERGED)
        .select_related("step")
        .annotate(vote_count=Count("votes"))
    )
    return [
        {
            "code": i.code,
            "title": i.title,
            "step": i.step.name,
            "kind": i.kind,
            "status": i.status,
            "votes": i.vote_count,
        }
        for i in rows
    ]


@router.post("/ideas/{idea_code}/votes", response={201: VotesOut}, summary="Vote for an idea, once")
def vote_idea(request: HttpRequest, idea_code: UUID):
    member = team(request)
    idea = get_for_member(Idea, member, code=idea_code)
    try:
        ideas.vote(idea, by=member)
    except PeopleError as error:
        raise HttpError(409, str(error)) from None
    return Status(201, {"votes": idea.votes.count()})


@router.post("/ideas", response={201: IdeaDetailOut}, summary="Propose an idea for a journey step")
def create_idea(request: HttpRequest, payload: IdeaPostIn):
    member = team(request)
    form = f.IdeaForm(
        {
            "step": str(payload.step),
            "kind": payload.kind,
            "title": payload.title,
            "text": payload.text,
        },
        member=member,
    )
    data = _valid(form)
    idea = _decide(lambda: ideas.post_idea(by=member, **data))
    return Status(201, _idea_out(idea))


@router.get("/ideas/{idea_code}", response=IdeaDetailOut, summary="One idea and its decision")
def get_idea(request: HttpRequest, idea_code: UUID):
    member = team(request)
    return _idea_out(get_for_member(Idea, member, code=idea_code))


@router.post(
    "/ideas/{idea_code}/try",
    response=IdeaDetailOut,
    summary="Try an idea at chosen locations from today (managers and up)",
)
def try_idea(request: HttpRequest, idea_code: UUID, payload: IdeaTryIn | None = None):
    member, idea = _idea(request, idea_code, access.LOCATION_MANAGERS, MANAGERS_ONLY)
    if payload is None:
        raise field_refused(message="Field required")
    form = f.TryForm({"locations": [str(code) for code in payload.locations]}, member=member)
    data = _valid(form)
    _decide(
        lambda: ideas.try_idea(
            idea,
            by=member,
            locations=list(data["locations"]),
            today=timezone.localdate(timezone=member.organization.tz),
        )
    )
    return _idea_out(idea)


@router.post(
    "/ideas/{idea_code}/decline",
    response=IdeaDetailOut,
    summary="Decline an idea, saying why (managers and up)",
)
def decline_idea(request: HttpRequest, idea_code: UUID, payload: IdeaDeclineIn | None = None):
    member, idea = _idea(request, idea_code, access.LOCATION_MANAGERS, MANAGERS_ONLY)
    if payload is None:
        raise field_refused(message="Field required")
    data = _valid(f.DeclineForm({"reason": payload.reason}))
    _decide(lambda: ideas.decline_idea(idea, by=member, reason=data["reason"]))
    return _idea_out(idea)


@router.post(
    "/ideas/{idea_code}/merge",
    response=IdeaMergeOut,
    summary="Merge a duplicate idea into another; its votes move (managers and up)",
)
def merge_idea(request: HttpRequest, idea_code: UUID, payload: IdeaMergeIn | None = None):
    member, idea = _idea(request, idea_code, access.LOCATION_MANAGERS, MANAGERS_ONLY)
    if payload is None:
        raise field_refused(message="Field required")
    data = _valid(f.MergeForm({"into": str(payload.into)}, idea=idea))
    moved = _decide(lambda: ideas.merge_ideas(idea, into=data["into"], by=member))
    return {**_idea_out(idea), "moved_votes": moved}


@router.post(
    "/ideas/{idea_code}/adopt",
    response=IdeaDetailOut,
    summary="Adopt an idea onto the service card (owners and executives)",
)
def adopt_idea(request: HttpRequest, idea_code: UUID, payload: IdeaAdoptIn | None = None):
    member, idea = _idea(request, idea_code, access.LEADERS, LEADERS_ONLY)
    if payload is None:
        raise field_refused(message="Field required")
    form = f.AdoptForm(
        {
            "text": payload.text,
            "standard": str(payload.standard) if payload.standard else "",
            "p": payload.p,
        },
        idea=idea,
    )
    data = _valid(form)
    _decide(
        lambda: ideas.adopt_idea(
            idea, by=member, text=data["text"], standard=data["standard"], p=data["p"]
        ),
        state=("status", "idea", "step"),
    )
    return _idea_out(idea)
