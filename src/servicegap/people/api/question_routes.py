"""The interview bank's edits in the API: change a question, retire it or bring it back
(location managers and up, as on the Interviews page), through the page's own form and
`people.interviews`. The question is looked up before the body is read, so another
organisation's question is a 404; the form names the field it refuses (422)."""

from __future__ import annotations

from uuid import UUID

from django.http import HttpRequest
from ninja import Field, Router, Schema

from servicegap.core import access
from servicegap.core.access import get_for_member
from servicegap.core.api import form_refused
from servicegap.people import forms as f
from servicegap.people import interviews
from servicegap.people.api.common import StrictIn, field_refused, need, refused, team
from servicegap.people.api.interview_routes import QuestionIn, QuestionOut, question_out
from servicegap.people.models import InterviewQuestion
from servicegap.people.scenarios import PeopleError

router = Router(tags=["people"])

MANAGERS_ONLY = "Managers keep the interview bank."


class QuestionUseIn(StrictIn):
    in_use: bool = Field(False, strict=True, description="True brings a retired question back.")


class QuestionUseOut(Schema):
    code: UUID
    in_use: bool


def _question(request: HttpRequest, code: UUID):
    member = team(request)
    question = get_for_member(InterviewQuestion, member, code=code)
    need(member, access.LOCATION_MANAGERS, MANAGERS_ONLY)
    return member, question


@router.put(
    "/interview-questions/{interviewquestion_code}",
    response=QuestionOut,
    summary="Change a question of the interview bank (managers and up)",
)
def edit_question(
    request: HttpRequest, interviewquestion_code: UUID, payload: QuestionIn | None = None
):
    member, question = _question(request, interviewquestion_code)
    if payload is None:
        raise field_refused(message="Field required")
    data = {
        "text": payload.text,
        "good_answer": payload.good_answer,
        "red_flags": payload.red_flags,
        "behaviours": [str(code) for code in payload.behaviours],
        "role_play": str(payload.role_play) if payload.role_play else "",
    }
    form = f.QuestionForm(data, member=member)
    if not form.is_valid():
        raise form_refused(form.errors)
    d = form.cleaned_data
    try:
        interviews.edit_question(
            question,
            text=d["text"],
            good_answer=d["good_answer"],
            red_flags=d["red_flags"],
            behaviours=list(d["behaviours"]),
            role_play=d["role_play"],
        )
    except PeopleError as error:
        raise refused(error) from None
    return question_out(question)


@router.post(
    "/interview-questions/{interviewquestion_code}/retire",
    response=QuestionUseOut,
    summary='Retire a question ({}), or bring it back ({"in_use": true}) (managers and up)',
)
def retire_question(
    request: HttpRequest, interviewquestion_code: UUID, payload: QuestionUseIn | None = None
):
    _member, question = _question(request, interviewquestion_code)
    if payload is None:
        raise field_refused(message="Field required")
    interviews.set_question_in_use(question, payload.in_use)
    return {"code": question.code, "in_use": question.is_active}
