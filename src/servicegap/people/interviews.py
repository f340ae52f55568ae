"""The interview bank and scorecards, with the blind rule and the panel view.

An interviewer sees the other interviewers' scorecards of a candidate only after
submitting their own (`may_read_scorecards`), so that the first opinion heard does not
set everyone's. The panel view shows, per question, every rating and how far apart they
are, and which attributes (the behaviours the bank's questions test) nobody asked about.
A candidate's personal data is erased once the organisation's retention has passed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from django.db import IntegrityError, transaction
from django.utils import timezone

from servicegap.core import access
from servicegap.core.models import Location, Membership, Organization
from servicegap.people.models import (
    Candidate,
    InterviewQuestion,
    PeopleSettings,
    RolePlayLevel,
    RolePlayScore,
    Scenario,
    Scorecard,
    ScorecardRating,
)
from servicegap.people.scenarios import PeopleError, same_org
from servicegap.standards.models import Behaviour

ERASED_NAME = "Erased candidate"
DISAGREE_SPREAD = 2  # ratings this far apart on one question are a disagreement


def add_candidate(
    *,
    by: Membership,
    location: Location,
    name: str,
    role_applied: str,
    email: str = "",
    applied_on: date | None = None,
) -> Candidate:
    same_org(by.organization_id, location=location)
    if not by.can_see_location(location):
        raise PeopleError("location", "you do not hire for this location.")
    if not name.strip():
        raise PeopleError("name", "give the candidate's name.")
    if not role_applied.strip():
        raise PeopleError("role_applied", "name the role applied for.")
    applied_on = applied_on or timezone.localdate()
    return Candidate.objects.create(
        organization_id=by.organization_id,
        location=location,
        name=name.strip(),
        email=email.strip(),
        role_applied=role_applied.strip(),
        applied_on=applied_on,
    )


def edit_question(
    question: InterviewQuestion,
    *,
    text: str,
    good_answer: str = "",
    red_flags: str = "",
    behaviours: list[Behaviour] | None = None,
    role_play: Scenario | None = None,
) -> InterviewQuestion:
    """Change a question of the bank; ratings already given stay on it."""
    behaviours = list(behaviours or [])
    same_org(question.organization_id, role_play=role_play)
    for behaviour in behaviours:
        same_org(question.organization_id, behaviours=behaviour)
    if not text.strip():
        raise PeopleError("text", "write the question.")
    if role_play is not None and not role_play.is_active and role_play.pk != question.role_play_id:
        raise PeopleError("role_play", "this scenario is retired.")
    with transaction.atomic():
        question.text, question.good_answer = text.strip(), good_answer.strip()
        question.red_flags, question.role_play = red_flags.strip(), role_play
        question.save(update_fields=["text", "good_answer", "red_flags", "role_play"])
        question.behaviours.set(behaviours)
    return question


def set_question_in_use(question: InterviewQuestion, in_use: bool) -> InterviewQuestion:
    """Retire a question (scorecards that rated it keep it; new ones cannot) or bring it
    back."""
    InterviewQuestion.objects.filter(pk=question.pk).update(is_active=in_use)
    question.is_active = in_use
    return question


def submit_scorecard(
    candidate: Candidate,
    *,
    interviewer: Membership,
    call: str,
    ratings: dict[int, int],
    notes: dict[int, str] | None = None,
    overall_notes: str = "",
    role_plays: dict[int, dict[int, int]] | None = None,
    now: datetime | None = None,
) -> Scorecard:
    """One interviewer's scorecard: an anchored 1–5 rating per question asked, and an
    overall call (which may be "no decision"). A question with a role-play scenario may
    instead (or also) have the candidate's live role-play scored on the scenario's rubric
    (`role_plays`: question → rubric point → level), scored as a test is. A second
    scorecard by the same interviewer is refused."""
    notes = notes or {}
    role_plays = role_plays or {}
    if interviewer.role not in access.SUPERVISORS:
        raise PeopleError("interviewer", "interviewers are supervisors and managers.")
    if candidate.erased_at is not None:
        raise PeopleError("candidate", "this candidate's data has been erased.")
    if call not in Scorecard.Call.values:
        raise PeopleError("call", "choose an overall call.")
    if not ratings and not role_plays:
        raise PeopleError("ratings", "rate at least one question you asked.")
    questions = {
        q.pk: q
        for q in InterviewQuestion.objects.filter(
            organization_id=candidate.organization_id, pk__in=[*ratings, *role_plays]
        ).select_related("role_play")
    }
    played = [_role_play(questions.get(qid), qid, levels) for qid, levels in role_plays.items()]
    for question_id, rating in ratings.items():
        if question_id not in questions:
            raise PeopleError(f"question-{question_id}", "not a question of this bank.")
        if rating not in range(1, 6):
            raise PeopleError(f"question-{question_id}", f"{rating} is not a rating from 1 to 5.")
    try:
        with transaction.atomic():
            card = Scorecard.objects.create(
                organization_id=candidate.organization_id,
                candidate=candidate,
                role_applied=candidate.role_applied,
                interviewer=interviewer,
                call=call,
                notes=overall_notes.strip(),
                submitted_at=now or timezone.now(),
            )
            ScorecardRating.objects.bulk_create(
                ScorecardRating(
                    organization_id=candidate.organization_id,
                    scorecard=card,
                    question=questions[qid],
                    rating=rating,
                    note=notes.get(qid, "").strip(),
                )
                for qid, rating in ratings.items()
            )
            for question, points, levels in played:
                _store_role_play(card, question, points, levels)
    except IntegrityError:
        raise PeopleError("interviewer", "you have already scored this candidate.") from None
    return card


def _role_play(question: InterviewQuestion | None, qid: int, levels: dict[int, int]):
    """(question, its scenario's points in use, levels), or the refusal naming the point."""
    if question is None:
        raise PeopleError(f"question-{qid}", "not a question of this bank.")
    if question.role_play is None:
        raise PeopleError(f"question-{qid}", "this question has no role-play scenario.")
    points = list(question.role_play.points.filter(is_active=True))
    if not points:
        raise PeopleError(f"question-{qid}", "the role-play's scenario has no rubric points.")
    for point in points:
        level = levels.get(point.pk)
        if level is None:
            raise PeopleError(f"rp-{qid}-{point.pk}", "score every point of the role-play.")
        if level not in point.levels:
            raise PeopleError(f"rp-{qid}-{point.pk}", f"{level} is not a level of this point.")
    if set(levels) - {p.pk for p in points}:
        raise PeopleError(f"question-{qid}", "levels for points not in the role-play's rubric.")
    return question, points, levels


def _store_role_play(card: Scorecard, question: InterviewQuestion, points, levels) -> None:
    from servicegap.people.scenarios import grade_score

    play = RolePlayScore.objects.create(
        organization_id=card.organization_id,
        scorecard=card,
        question=question,
        scenario=question.role_play,
        score=grade_score(points, levels, None),
    )
    RolePlayLevel.objects.bulk_create(
        RolePlayLevel(
            organization_id=card.organization_id, role_play=play, point=p, level=levels[p.pk]
        )
        for p in points
    )


def may_read_scorecards(candidate: Candidate, member: Membership) -> bool:
    """Owners and executives read them always; an interviewer after submitting theirs."""
    if member.role in access.LEADERS:
        return True
    return candidate.scorecards.filter(interviewer=member).exists()


@dataclass(frozen=True)
class PanelRow:
    question: InterviewQuestion
    ratings: list[int | None]  # per scorecard, in the panel's order
    spread: int | None
    # The role-play's 0–100 score per scorecard, when any interviewer scored one.
    role_plays: list[Decimal | None] | None = None

    @property
    def disagree(self) -> bool:
        return self.spread is not None and self.spread >= DISAGREE_SPREAD

    @property
    def role_play_spread(self) -> Decimal | None:
        given = [v for v in self.role_plays or [] if v is not None]
        return max(given) - min(given) if len(given) > 1 else None

    @property
    def role_plays_disagree(self) -> bool:
        """Two role-play scores as far apart as two levels of a 1–5 point (50 of 100)."""
        spread = self.role_play_spread
        return spread is not None and spread >= DISAGREE_SPREAD * 25


@dataclass(frozen=True)
class Panel:
    scorecards: list[Scorecard]
    rows: list[PanelRow]
    calls_differ: bool
    not_asked: list[Behaviour]


def panel(candidate: Candidate) -> Panel:
    """Every scorecard side by side: where the interviewers disagree (ratings two or more
    apart, or different calls), and the attributes nobody asked about."""
    cards = list(candidate.scorecards.select_related("interviewer__user").order_by("pk"))
    ratings = {
        (r.scorecard_id, r.question_id): r.rating
        for r in ScorecardRating.objects.filter(scorecard__in=cards)
    }
    played = {
        (r.scorecard_id, r.question_id): r.score
        for r in RolePlayScore.objects.filter(scorecard__in=cards)
    }
    asked_ids = sorted({qid for _card, qid in ratings} | {qid for _card, qid in played})
    played_ids = {qid for _card, qid in played}
    questions = (
        InterviewQuestion.objects.filter(pk__in=asked_ids)
        .select_related("role_play")
        .order_by("pk")
    )
    rows = []
    for question in questions:
        values = [ratings.get((card.pk, question.pk)) for card in cards]
        given = [v for v in values if v is not None]
        plays = None
        if question.pk in played_ids:
            plays = [played.get((card.pk, question.pk)) for card in cards]
        spread = max(given) - min(given) if len(given) > 1 else None
        rows.append(PanelRow(question, values, spread, plays))
    tested = Behaviour.objects.filter(
        organization_id=candidate.organization_id,
        pk__in=InterviewQuestion.objects.filter(
            organization_id=candidate.organization_id, is_active=True
        ).values("behaviours"),
    )
    covered = set(
        InterviewQuestion.behaviours.through.objects.filter(
            interviewquestion_id__in=asked_ids
        ).values_list("behaviour_id", flat=True)
    )
    calls = {card.call for card in cards if card.call != Scorecard.Call.NO_DECISION}
    return Panel(
        scorecards=cards,
        rows=rows,
        calls_differ=len(calls) > 1,
        not_asked=[b for b in tested.order_by("pk") if b.pk not in covered],
    )


def erase_after(candidate: Candidate) -> date:
    """The last day the candidate's personal data is kept, under the retention set now."""
    days = PeopleSettings.for_organization(candidate.organization).candidate_retention_days
    return candidate.applied_on + timedelta(days=days)


def erase_expired_candidates(today: date | None = None) -> int:
    """Erase the personal data of every candidate past their retention: name, e-mail and
    the interviewers' free-text notes. Returns how many were erased.

    The retention is read from each organisation's settings as they are at clean-up
    time, so shortening it erases sooner and lengthening it keeps data longer, for
    candidates already stored too. A candidate is past it the day after
    `applied_on + retention` (`erase_after`)."""
    org_ids = sorted(
        set(Candidate.objects.filter(erased_at=None).values_list("organization_id", flat=True))
    )
    erased = 0
    for organization in Organization.objects.filter(pk__in=org_ids):
        days = PeopleSettings.for_organization(organization).candidate_retention_days
        day = today or timezone.localdate(timezone=organization.tz)
        erased += _erase(
            Candidate.objects.filter(
                organization=organization,
                erased_at=None,
                applied_on__lt=day - timedelta(days=days),
            )
        )
    return erased


def _erase(candidates) -> int:
    due = list(candidates.values_list("pk", flat=True))
    with transaction.atomic():
        erased = Candidate.objects.filter(pk__in=due, erased_at=None).update(
            name=ERASED_NAME, email="", erased_at=timezone.now()
        )
        Scorecard.objects.filter(candidate_id__in=due).update(notes="")
        ScorecardRating.objects.filter(scorecard__candidate_id__in=due).update(note="")
    return erased
