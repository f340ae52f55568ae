"""Scenarios and scenario tests: the library, drafts from real lapses, assignment,
answers, rubric scoring by one or two blind graders, agreement, and results over time.

Scoring (so every screen computes the same number):

- a grade's score = 100 × (Σ each rubric point's share of its best + 1 if the chosen
  response is the right one) / (number of points + 1 when the scenario has responses to
  choose from). A level point's share is (level − 1)/4, a pass/fail point's 0 or 1;
- a failed *critical* point (a fail, or a level below 3) caps the grade at 50, as a failed
  critical behaviour caps an audit;
- an attempt's score is the mean of its graders' scores once every wanted grade is in
  (one, or two when the assignment asked for blind double grading); it passes at the pass
  mark of the employee's role (PeopleSettings);
- a live role-play is scored the same way by the supervisor who ran it, on the same
  rubric, and stored as an attempt of kind role-play (`score_role_play`): it counts in
  the employee's results, pass marks and training like a written test.

Only rubric points in use are scored; a retired point stays on the grades that used it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING

from django.db import IntegrityError, transaction
from django.db.models import Avg, QuerySet
from django.utils import timezone

from servicegap.core import access
from servicegap.core.models import Employee, Membership, P, Role
from servicegap.people.models import (
    Grade,
    PeopleSettings,
    PointScore,
    RubricPoint,
    Scenario,
    ScenarioAssignment,
    ScenarioAttempt,
    ScenarioChoice,
)

if TYPE_CHECKING:
    from servicegap.audits.models import AuditAnswer
    from servicegap.core.models import Location, Organization
    from servicegap.feedback.models import Response
    from servicegap.people.models import TrainingProposal
    from servicegap.recovery.models import Case
    from servicegap.standards.models import Behaviour, JourneyStep

CRITICAL_CAP = Decimal("50")
MAX_GRADERS = 2


class PeopleError(Exception):
    """Input the people workflows refuse; `field` names what is wrong."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


def same_org(organization_id: int, **objects) -> None:
    for name, obj in objects.items():
        if obj is not None and obj.organization_id != organization_id:
            raise PeopleError(name, "not of this organisation.")


def save_settings(organization: Organization, form) -> PeopleSettings:
    """Store a valid `SettingsForm` as the organisation's people settings (pass marks,
    when a rule counts as bent often, candidates' data retention): the settings page's
    and the API's write. update_or_create, not the form's save: two owners saving the
    first settings at the same moment must not both insert the organisation's one row."""
    fields = {name: form.cleaned_data[name] for name in form.Meta.fields}
    found, _created = PeopleSettings.objects.update_or_create(
        organization=organization, defaults=fields
    )
    return found


# The library --------------------------------------------------------------------------


@dataclass(frozen=True)
class Draft:
    """A scenario started from a real lapse: its fields filled in, and the link kept."""

    title: str
    situation: str
    customer_lines: str
    p: str
    step: JourneyStep | None
    behaviour: Behaviour | None
    from_answer: AuditAnswer | None = None
    from_response: Response | None = None
    from_case: Case | None = None


def draft_from_answer(answer: AuditAnswer) -> Draft:
    """A failed audit answer: the behaviour that was missed, at its step and P."""
    if answer.result != answer.Result.FAIL:
        raise PeopleError("answer", "only a failed audit answer is a lapse to learn from.")
    where = answer.location.name
    situation = f"At {where}, during {answer.step_name}, an audit found this was not done: "
    situation += answer.behaviour_text
    if answer.note:
        situation += f"\n\nWhat the auditor noted: {answer.note}"
    return Draft(
        title=f"{answer.step_name}: {answer.behaviour_text}"[:160],
        situation=situation,
        customer_lines="",
        p=answer.p,
        step=answer.step,
        behaviour=answer.behaviour,
        from_answer=answer,
    )


def draft_from_response(response: Response) -> Draft:
    """A customer's negative comment: what they said becomes the customer's lines."""
    if not response.comment.strip():
        raise PeopleError("response", "this response has no comment to start from.")
    ratings = {p: getattr(response, p) for p in P.values}
    rated = [(value, p) for p, value in ratings.items() if value is not None]
    worst = min(rated)[1] if rated else P.PEOPLE
    step_name = response.step.name if response.step_id else "the visit"
    return Draft(
        title=f"A customer unhappy with {step_name}"[:160],
        situation=f"A customer of {response.location.name} wrote this after {step_name}. "
        "They are still in front of you.",
        customer_lines=response.comment,
        p=worst,
        step=response.step,
        behaviour=None,
        from_response=response,
    )


def draft_from_case(case: Case) -> Draft:
    """A recovery case: its summary and what happened, at its root cause's step and P."""
    situation = case.summary
    if case.description:
        situation += f"\n\n{case.description}"
    if case.what_happened:
        situation += f"\n\nWhat happened: {case.what_happened}"
    return Draft(
        title=case.summary[:160],
        situation=situation,
        customer_lines="",
        p=case.p or P.PEOPLE,
        step=case.step,
        behaviour=None,
        from_case=case,
    )


def create_scenario(
    organization: Organization,
    *,
    title: str,
    situation: str,
    p: str,
    by: Membership | None,
    customer_lines: str = "",
    step: JourneyStep | None = None,
    difficulty: int = Scenario.Difficulty.MEDIUM,
    draft: Draft | None = None,
) -> Scenario:
    """A scenario; from a `draft` it keeps the lapse's link and gets the missed behaviour
    as its first rubric point."""
    if not title.strip():
        raise PeopleError("title", "give the scenario a title.")
    if not situation.strip():
        raise PeopleError("situation", "describe the situation.")
    if p not in P.values:
        raise PeopleError("p", "choose people, process or product.")
    same_org(organization.pk, step=step)
    links = {}
    if draft is not None:
        same_org(
            organization.pk,
            answer=draft.from_answer,
            response=draft.from_response,
            case=draft.from_case,
        )
        links = {
            "from_answer": draft.from_answer,
            "from_response": draft.from_response,
            "from_case": draft.from_case,
        }
    with transaction.atomic():
        scenario = Scenario.objects.create(
            organization=organization,
            title=title.strip(),
            situation=situation.strip(),
            customer_lines=customer_lines.strip(),
            p=p,
            step=step,
            difficulty=difficulty,
            created_by=by.user if by else None,
            **links,
        )
        if draft is not None and draft.behaviour is not None:
            add_point(scenario, text=draft.behaviour.text, behaviour=draft.behaviour)
    return scenario


def add_point(
    scenario: Scenario,
    *,
    text: str = "",
    behaviour: Behaviour | None = None,
    scale: str = RubricPoint.Scale.LEVELS,
    level_1: str = "",
    level_3: str = "",
    level_5: str = "",
    is_critical: bool = False,
) -> RubricPoint:
    """A rubric point: a card behaviour (its text by default) or a point of its own."""
    same_org(scenario.organization_id, behaviour=behaviour)
    text = (text or (behaviour.text if behaviour else "")).strip()
    if not text:
        raise PeopleError("text", "say what is scored, or choose a behaviour.")
    if scale not in RubricPoint.Scale.values:
        raise PeopleError("scale", "choose anchored levels or pass/fail.")
    last = scenario.points.order_by("-position").values_list("position", flat=True).first()
    return RubricPoint.objects.create(
        organization_id=scenario.organization_id,
        scenario=scenario,
        behaviour=behaviour,
        text=text,
        scale=scale,
        level_1=level_1.strip(),
        level_3=level_3.strip(),
        level_5=level_5.strip(),
        is_critical=is_critical,
        position=(last or 0) + 1,
    )


def edit_scenario(
    scenario: Scenario,
    *,
    title: str,
    situation: str,
    p: str,
    customer_lines: str = "",
    step: JourneyStep | None = None,
    difficulty: int = Scenario.Difficulty.MEDIUM,
) -> Scenario:
    """Change what the scenario says; its tests, grades and lapse links stay."""
    if not title.strip():
        raise PeopleError("title", "give the scenario a title.")
    if not situation.strip():
        raise PeopleError("situation", "describe the situation.")
    if p not in P.values:
        raise PeopleError("p", "choose people, process or product.")
    same_org(scenario.organization_id, step=step)
    scenario.title, scenario.situation = title.strip(), situation.strip()
    scenario.customer_lines, scenario.p = customer_lines.strip(), p
    scenario.step, scenario.difficulty = step, difficulty
    scenario.save(update_fields=["title", "situation", "customer_lines", "p", "step", "difficulty"])
    return scenario


def edit_point(
    point: RubricPoint,
    *,
    text: str = "",
    behaviour: Behaviour | None = None,
    scale: str = RubricPoint.Scale.LEVELS,
    level_1: str = "",
    level_3: str = "",
    level_5: str = "",
    is_critical: bool = False,
) -> RubricPoint:
    """Change a rubric point's wording, anchors or criticality. Its scale stays once it
    has been scored (the levels given would change meaning): retire it and add another."""
    same_org(point.organization_id, behaviour=behaviour)
    text = (text or (behaviour.text if behaviour else "")).strip()
    if not text:
        raise PeopleError("text", "say what is scored, or choose a behaviour.")
    if scale not in RubricPoint.Scale.values:
        raise PeopleError("scale", "choose anchored levels or pass/fail.")
    if scale != point.scale and PointScore.objects.filter(point=point).exists():
        raise PeopleError(
            "scale", "this point has been scored on its scale; retire it and add a new one."
        )
    point.text, point.behaviour, point.scale = text, behaviour, scale
    point.level_1, point.level_3, point.level_5 = level_1.strip(), level_3.strip(), level_5.strip()
    point.is_critical = is_critical
    point.save(
        update_fields=["text", "behaviour", "scale", "level_1", "level_3", "level_5", "is_critical"]
    )
    return point


def set_scenario_in_use(scenario: Scenario, in_use: bool) -> Scenario:
    """Retire a scenario (kept with its tests for history, offered for nothing new) or
    bring it back."""
    Scenario.objects.filter(pk=scenario.pk).update(is_active=in_use)
    scenario.is_active = in_use
    return scenario


def set_point_in_use(point: RubricPoint, in_use: bool) -> RubricPoint:
    """Retire a rubric point (its past levels stay; new grades leave it out) or bring it
    back. A scenario keeps at least one point in use: retire the scenario instead."""
    if not in_use:
        others = point.scenario.points.filter(is_active=True).exclude(pk=point.pk)
        if not others.exists():
            raise PeopleError(
                "point", "this is the scenario's last point in use; retire the scenario instead."
            )
    RubricPoint.objects.filter(pk=point.pk).update(is_active=in_use)
    point.is_active = in_use
    return point


def add_choice(scenario: Scenario, *, text: str, is_best: bool = False) -> ScenarioChoice:
    if not text.strip():
        raise PeopleError("text", "write the response.")
    last = scenario.choices.order_by("-position").values_list("position", flat=True).first()
    return ScenarioChoice.objects.create(
        organization_id=scenario.organization_id,
        scenario=scenario,
        text=text.strip(),
        is_best=is_best,
        position=(last or 0) + 1,
    )


# Assignment ---------------------------------------------------------------------------


def assign_scenario(
    scenario: Scenario,
    *,
    location: Location,
    due_on: date,
    by: Membership,
    employees: list[Employee] | None = None,
    double_graded: bool = False,
    training: TrainingProposal | None = None,
    today: date | None = None,
) -> ScenarioAssignment:
    """Give the scenario to the location's active employees (or those chosen), due on
    `due_on`: one attempt each. Nothing is saved when anything is wrong."""
    today = today or timezone.localdate()
    same_org(scenario.organization_id, location=location, training=training)
    if not scenario.is_active:
        raise PeopleError("scenario", "this scenario is retired; it is kept for history only.")
    if not scenario.points.filter(is_active=True).exists():
        raise PeopleError("scenario", "it has no rubric points; add one before assigning it.")
    if not by.can_see_location(location):
        raise PeopleError("location", "you do not look after this location.")
    if due_on < today:
        raise PeopleError("due_on", "the due date is in the past.")
    team = Employee.objects.filter(
        organization_id=scenario.organization_id, location=location, is_active=True
    )
    if employees:
        chosen = {e.pk for e in employees}
        team = team.filter(pk__in=chosen)
        if team.count() != len(chosen):
            raise PeopleError("employees", "choose active employees of this location.")
    team = list(team)
    if not team:
        raise PeopleError("employees", "this location has no active employees to test.")
    with transaction.atomic():
        assignment = ScenarioAssignment.objects.create(
            organization_id=scenario.organization_id,
            scenario=scenario,
            location=location,
            due_on=due_on,
            double_graded=double_graded,
            training=training,
            assigned_by=by.user,
        )
        ScenarioAttempt.objects.bulk_create(
            ScenarioAttempt(
                organization_id=scenario.organization_id,
                assignment=assignment,
                scenario=scenario,
                employee=employee,
                location=location,
                due_on=due_on,
                graders_wanted=MAX_GRADERS if double_graded else 1,
            )
            for employee in team
        )
    return assignment


def assign_as_asked(scenario: Scenario, asked: dict, *, by: Membership) -> ScenarioAssignment:
    """The assign page's and the API's assignment: `asked` is what `AssignForm` cleaned
    (location, due day, employees chosen or none for all, double grading), "today" is
    the organisation's own day."""
    return assign_scenario(
        scenario,
        location=asked["location"],
        due_on=asked["due_on"],
        employees=list(asked["employees"]),
        double_graded=asked["double_graded"],
        by=by,
        today=timezone.localdate(timezone=by.organization.tz),
    )


# Answers ------------------------------------------------------------------------------


def submit_answer(
    attempt: ScenarioAttempt,
    *,
    by: Membership,
    answer: str,
    choice: ScenarioChoice | None = None,
    now: datetime | None = None,
) -> ScenarioAttempt:
    """The employee's answer, once: free text, and a chosen response where the scenario
    offers them (scored at once)."""
    now = now or timezone.now()
    if attempt.employee.user_id != by.user_id:
        raise PeopleError("attempt", "only the employee it was given to may answer it.")
    if not answer.strip():
        raise PeopleError("answer", "write what you would say and do.")
    has_choices = attempt.scenario.choices.exists()
    if has_choices and choice is None:
        raise PeopleError("choice", "choose one of the responses.")
    if choice is not None and choice.scenario_id != attempt.scenario_id:
        raise PeopleError("choice", "not one of this scenario's responses.")
    correct = choice.is_best if choice is not None else None
    claimed = ScenarioAttempt.objects.filter(pk=attempt.pk, submitted_at=None).update(
        answer=answer.strip(), choice=choice, choice_correct=correct, submitted_at=now
    )
    if claimed != 1:
        raise PeopleError("attempt", "this test was already answered.")
    attempt.refresh_from_db()
    return attempt


# Grading ------------------------------------------------------------------------------


def employee_role(employee: Employee) -> str:
    """The role of the employee's login in the organisation; staff when they have none."""
    if employee.user_id is None:
        return Role.STAFF
    role = (
        Membership.objects.filter(organization_id=employee.organization_id, user=employee.user_id)
        .values_list("role", flat=True)
        .first()
    )
    return role or Role.STAFF


def grade_score(
    points: list[RubricPoint], levels: dict[int, int], choice_correct: bool | None
) -> Decimal:
    """The 0–100 score of one grader's levels (see the module's docstring)."""
    total = sum(point.fraction(levels[point.pk]) for point in points)
    count = len(points)
    if choice_correct is not None:
        total += 1 if choice_correct else 0
        count += 1
    score = Decimal(str(100 * total / count)).quantize(Decimal("0.01"), ROUND_HALF_UP)
    if any(p.is_critical and p.is_failed(levels[p.pk]) for p in points):
        score = min(score, CRITICAL_CAP)
    return score


def grade_attempt(
    attempt: ScenarioAttempt,
    *,
    grader: Membership,
    levels: dict[int, int],
    comments: dict[int, str] | None = None,
    now: datetime | None = None,
) -> Grade:
    """One grader's levels on every rubric point, with a comment per point. When the last
    wanted grade is in, the attempt gets its score and pass or fail."""
    now = now or timezone.now()
    comments = comments or {}
    if grader.role not in access.SUPERVISORS or not grader.can_see_location(attempt.location):
        raise PeopleError("grader", "only a supervisor or manager of the location scores.")
    if attempt.employee.user_id == grader.user_id:
        raise PeopleError("grader", "you cannot score your own answer.")
    if attempt.submitted_at is None:
        raise PeopleError("attempt", "the employee has not answered yet.")
    points = list(attempt.scenario.points.filter(is_active=True))
    for point in points:
        level = levels.get(point.pk)
        if level is None:
            raise PeopleError(f"point-{point.pk}", f"score “{point.text[:60]}”.")
        if level not in point.levels:
            allowed = "0 (fail) or 1 (pass)" if point.scale == point.Scale.PASS_FAIL else "1 to 5"
            raise PeopleError(
                f"point-{point.pk}", f"{level} is not a level of “{point.text[:60]}” ({allowed})."
            )
    unknown = set(levels) - {p.pk for p in points}
    if unknown:
        raise PeopleError("points", "levels for points that are not in this rubric.")
    with transaction.atomic():
        if attempt.grades.count() >= attempt.graders_wanted:
            raise PeopleError("attempt", "every wanted grade is already in.")
        try:
            with transaction.atomic():
                grade = Grade.objects.create(
                    organization_id=attempt.organization_id,
                    attempt=attempt,
                    grader=grader,
                    score=grade_score(points, levels, attempt.choice_correct),
                    submitted_at=now,
                )
        except IntegrityError:
            raise PeopleError("grader", "you have already scored this attempt.") from None
        PointScore.objects.bulk_create(
            PointScore(
                organization_id=attempt.organization_id,
                grade=grade,
                point=point,
                level=levels[point.pk],
                comment=comments.get(point.pk, "").strip(),
            )
            for point in points
        )
        _finish_if_graded(attempt, now)
    return grade


def score_role_play(
    scenario: Scenario,
    *,
    employee: Employee,
    grader: Membership,
    levels: dict[int, int],
    comments: dict[int, str] | None = None,
    note: str = "",
    now: datetime | None = None,
) -> ScenarioAttempt:
    """A live role-play of `scenario` with `employee`, scored on the rubric by `grader`
    who ran it: a test attempt of kind role-play, due and answered today, with one grade.
    Its score and pass or fail count like any test's. Nothing is saved when a level is
    missing or outside its point's scale."""
    now = now or timezone.now()
    same_org(scenario.organization_id, employee=employee)
    if not scenario.is_active:
        raise PeopleError("scenario", "this scenario is retired; it is kept for history only.")
    if grader.role not in access.SUPERVISORS:
        raise PeopleError("grader", "supervisors and managers score role-plays.")
    if not employee.is_active or employee.location_id is None:
        raise PeopleError("employee", "choose an active employee with a location.")
    if not grader.can_see_location(employee.location):
        raise PeopleError("employee", "you do not look after this employee's location.")
    if employee.user_id is not None and employee.user_id == grader.user_id:
        raise PeopleError("employee", "you cannot score your own role-play.")
    if not scenario.points.filter(is_active=True).exists():
        raise PeopleError("scenario", "it has no rubric points; add one before scoring it.")
    today = timezone.localdate(now, timezone=scenario.organization.tz)
    with transaction.atomic():
        assignment = ScenarioAssignment.objects.create(
            organization_id=scenario.organization_id,
            scenario=scenario,
            location=employee.location,
            due_on=today,
            assigned_by=grader.user,
            assigned_at=now,
        )
        attempt = ScenarioAttempt.objects.create(
            organization_id=scenario.organization_id,
            assignment=assignment,
            scenario=scenario,
            employee=employee,
            location=employee.location,
            kind=ScenarioAttempt.Kind.ROLE_PLAY,
            due_on=today,
            answer=note.strip(),
            submitted_at=now,
            graders_wanted=1,
        )
        grade_attempt(attempt, grader=grader, levels=levels, comments=comments, now=now)
    attempt.refresh_from_db()
    return attempt


def _finish_if_graded(attempt: ScenarioAttempt, now: datetime) -> None:
    if attempt.grades.count() < attempt.graders_wanted:
        return
    mean = attempt.grades.aggregate(mean=Avg("score"))["mean"]
    score = Decimal(mean).quantize(Decimal("0.01"), ROUND_HALF_UP)
    mark = PeopleSettings.for_organization(attempt.organization).pass_mark(
        employee_role(attempt.employee)
    )
    attempt.score, attempt.pass_mark, attempt.passed = score, mark, score >= mark
    attempt.graded_at = now
    attempt.save(update_fields=["score", "pass_mark", "passed", "graded_at"])


def attempts_to_grade(member: Membership) -> QuerySet[ScenarioAttempt]:
    """The tests waiting for `member`'s grade, as the People home lists them: answered,
    at the member's locations, not yet fully graded, not graded by them and not their
    own. Only supervisors and up grade; for anyone else, none."""
    if member.role not in access.SUPERVISORS:
        return ScenarioAttempt.objects.none()
    return (
        ScenarioAttempt.objects.for_member(member)
        .filter(submitted_at__isnull=False, graded_at=None)
        .exclude(grades__grader=member)
        .exclude(employee__user_id=member.user_id)
    )


def grades_visible_to(attempt: ScenarioAttempt, member: Membership) -> list[Grade]:
    """The blind rule: until every wanted grade is in, a member sees only their own."""
    grades = list(attempt.grades.select_related("grader__user").prefetch_related("points__point"))
    if len(grades) >= attempt.graders_wanted:
        return grades
    return [g for g in grades if g.grader.user_id == member.user_id]


@dataclass(frozen=True)
class PointAgreement:
    point: RubricPoint
    levels: tuple[int, int]
    difference: int

    @property
    def agree(self) -> bool:
        return self.difference == 0


@dataclass(frozen=True)
class Agreement:
    points: list[PointAgreement]

    @property
    def exact_share(self) -> float | None:
        """The share (0–100) of points both graders scored the same."""
        if not self.points:
            return None
        return 100 * sum(p.agree for p in self.points) / len(self.points)


def agreement(attempt: ScenarioAttempt) -> Agreement | None:
    """Per rubric point, the two graders' levels and how far apart they are; None until
    two grades are in."""
    grades = list(attempt.grades.order_by("submitted_at", "pk")[:MAX_GRADERS])
    if len(grades) < MAX_GRADERS:
        return None
    first, second = ({s.point_id: s.level for s in g.points.all()} for g in grades)
    rows = [
        PointAgreement(
            point, (first[point.pk], second[point.pk]), abs(first[point.pk] - second[point.pk])
        )
        for point in attempt.scenario.points.all()
        if point.pk in first and point.pk in second
    ]
    return Agreement(rows)


def results_over_time(employee: Employee) -> list[ScenarioAttempt]:
    """The employee's tests, oldest due first, each with its score and pass or fail."""
    return list(
        ScenarioAttempt.objects.filter(employee=employee)
        .select_related("scenario")
        .order_by("due_on", "pk")
    )
