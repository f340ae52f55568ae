"""People: scenarios and their tests, coaching notes, the rule-bend log, the interview bank
and scorecards, the ideas board, and training proposed from failures.

Every table belongs to one organisation. Rows that happen at a location (attempts,
coaching notes, rule bends, candidates, training proposals) are narrowed to a scoped
member's locations, and staff see only what concerns themselves (`for_member`).
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from servicegap.core.models import (
    Employee,
    Location,
    LocationScopedQuerySet,
    Membership,
    OrgOwned,
    P,
    Role,
)
from servicegap.standards.models import Behaviour, JourneyStep, Standard


def _code() -> models.UUIDField:
    return models.UUIDField(default=uuid.uuid4, unique=True, editable=False)


class PeopleSettings(OrgOwned):
    """One organisation's rules for the people pages."""

    organization = models.OneToOneField(
        "core.Organization", on_delete=models.CASCADE, related_name="+"
    )
    code = _code()
    candidate_retention_days = models.PositiveIntegerField(
        _("keep candidates' personal data for (days)"), default=180
    )
    rule_bent_often = models.PositiveSmallIntegerField(
        _("a rule bent this often in 90 days is a candidate to change"), default=3
    )
    pass_mark_staff = models.PositiveSmallIntegerField(_("pass mark for staff"), default=70)
    pass_mark_supervisor = models.PositiveSmallIntegerField(
        _("pass mark for supervisors"), default=80
    )
    pass_mark_manager = models.PositiveSmallIntegerField(_("pass mark for managers"), default=85)

    class Meta:
        verbose_name_plural = _("people settings")
        constraints = [
            models.CheckConstraint(
                condition=Q(pass_mark_staff__lte=100)
                & Q(pass_mark_supervisor__lte=100)
                & Q(pass_mark_manager__lte=100),
                name="people_settings_pass_marks_range",
                violation_error_message=_("A pass mark is between 0 and 100."),
            ),
        ]

    def __str__(self) -> str:
        return f"People settings of {self.organization_id}"

    @classmethod
    def for_organization(cls, organization) -> PeopleSettings:
        found = cls.objects.filter(organization=organization).first()
        return found or cls(organization=organization)

    def pass_mark(self, role: str) -> int:
        """The pass mark (0–100) for an employee of `role` (staff when unknown)."""
        if role in (Role.OWNER, Role.EXECUTIVE, Role.MANAGER):
            return self.pass_mark_manager
        if role == Role.SUPERVISOR:
            return self.pass_mark_supervisor
        return self.pass_mark_staff


# Scenarios ----------------------------------------------------------------------------


class Scenario(OrgOwned):
    """A situation to handle, with the customer's lines and a rubric to score it by."""

    class Difficulty(models.IntegerChoices):
        EASY = 1, _("Easy")
        MEDIUM = 2, _("Medium")
        HARD = 3, _("Hard")

    code = _code()
    title = models.CharField(_("title"), max_length=160)
    situation = models.TextField(_("the situation"), max_length=4000)
    customer_lines = models.TextField(_("what the customer says"), max_length=4000, blank=True)
    p = models.CharField(_("P"), max_length=10, choices=P.choices)
    step = models.ForeignKey(
        JourneyStep,
        verbose_name=_("journey step"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    difficulty = models.PositiveSmallIntegerField(
        _("difficulty"), choices=Difficulty.choices, default=Difficulty.MEDIUM
    )
    # The real lapse it was made from, if any (the link is kept).
    from_answer = models.ForeignKey(
        "audits.AuditAnswer", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    from_response = models.ForeignKey(
        "feedback.Response", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    from_case = models.ForeignKey(
        "recovery.Case", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    is_active = models.BooleanField(_("in use"), default=True)

    class Meta:
        ordering = ["title", "pk"]
        constraints = [
            models.CheckConstraint(condition=Q(p__in=P.values), name="people_scenario_p_valid"),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("people:scenario-detail", args=[self.code])

    @property
    def source_label(self) -> str:
        if self.from_answer_id:
            return _("a failed audit answer")
        if self.from_response_id:
            return _("a customer's comment")
        if self.from_case_id:
            return _("a recovery case")
        return ""


class RubricPoint(OrgOwned):
    """One thing a grader scores: a service-card behaviour or a point of the scenario's own."""

    class Scale(models.TextChoices):
        LEVELS = "levels", _("Anchored levels 1–5")
        PASS_FAIL = "pass_fail", _("Pass or fail")

    code = _code()
    scenario = models.ForeignKey(Scenario, on_delete=models.CASCADE, related_name="points")
    behaviour = models.ForeignKey(
        Behaviour,
        verbose_name=_("service-card behaviour"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    text = models.TextField(_("what is scored"), max_length=1000)
    scale = models.CharField(_("scale"), max_length=10, choices=Scale.choices, default=Scale.LEVELS)
    level_1 = models.TextField(_("what a 1 looks like (or a fail)"), max_length=1000, blank=True)
    level_3 = models.TextField(_("what a 3 looks like"), max_length=1000, blank=True)
    level_5 = models.TextField(_("what a 5 looks like (or a pass)"), max_length=1000, blank=True)
    is_critical = models.BooleanField(_("critical"), default=False)
    position = models.PositiveIntegerField(default=0)
    # A retired point stays for the grades that used it and is left out of new ones.
    is_active = models.BooleanField(_("in use"), default=True)

    class Meta:
        ordering = ["scenario", "position", "pk"]

    def __str__(self) -> str:
        return self.text[:80]

    @property
    def levels(self) -> tuple[int, ...]:
        """The scores a grader may give: 1–5, or 0 (fail) and 1 (pass)."""
        return (0, 1) if self.scale == self.Scale.PASS_FAIL else (1, 2, 3, 4, 5)

    def fraction(self, level: int) -> float:
        """A level as a share of the point's best (0–1)."""
        if self.scale == self.Scale.PASS_FAIL:
            return float(level)
        return (level - 1) / 4

    def is_failed(self, level: int) -> bool:
        """A critical point fails at a fail, or below the middle level."""
        return level == 0 if self.scale == self.Scale.PASS_FAIL else level < 3


class ScenarioChoice(OrgOwned):
    """A response the employee may choose; chosen ones are scored automatically."""

    code = _code()
    scenario = models.ForeignKey(Scenario, on_delete=models.CASCADE, related_name="choices")
    text = models.TextField(_("response"), max_length=1000)
    is_best = models.BooleanField(_("the right response"), default=False)
    position = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["scenario", "position", "pk"]

    def __str__(self) -> str:
        return self.text[:80]


class ScenarioAssignment(OrgOwned):
    """A scenario given to a location's employees (all, or some), due on a day."""

    code = _code()
    scenario = models.ForeignKey(Scenario, on_delete=models.CASCADE, related_name="assignments")
    location = models.ForeignKey(Location, on_delete=models.CASCADE, related_name="+")
    due_on = models.DateField(_("due on"))
    double_graded = models.BooleanField(
        _("two graders, blind"),
        default=False,
        help_text=_("Two graders score each answer; neither sees the other's until both are in."),
    )
    training = models.ForeignKey(
        "people.TrainingProposal",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="assignments",
    )
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    assigned_at = models.DateTimeField(default=timezone.now, editable=False)

    objects = LocationScopedQuerySet.as_manager()

    class Meta:
        ordering = ["-assigned_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.scenario} · {self.location}"


class AttemptQuerySet(LocationScopedQuerySet):
    def for_member(self, membership: Membership | None) -> AttemptQuerySet:
        """Staff see only their own attempts; others their locations' (shoppers none)."""
        qs = super().for_member(membership)
        if membership is not None and membership.role in (Role.STAFF, Role.SHOPPER):
            qs = qs.filter(employee__user_id=membership.user_id)
        return qs

    def overdue(self, today) -> AttemptQuerySet:
        return self.filter(submitted_at=None, due_on__lt=today)


class ScenarioAttempt(OrgOwned):
    """One employee's answer to an assigned scenario, and its score once graded; or a
    live role-play of it, scored by the supervisor who ran it."""

    class Kind(models.TextChoices):
        WRITTEN = "written", _("Written answer")
        ROLE_PLAY = "role_play", _("Live role-play")

    code = _code()
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.WRITTEN)
    assignment = models.ForeignKey(
        ScenarioAssignment, on_delete=models.CASCADE, related_name="attempts"
    )
    scenario = models.ForeignKey(Scenario, on_delete=models.CASCADE, related_name="attempts")
    employee = models.ForeignKey(Employee, on_delete=models.CASCADE, related_name="+")
    # The employee's location when assigned, for scoping.
    location = models.ForeignKey(Location, on_delete=models.CASCADE, related_name="+")
    due_on = models.DateField(_("due on"))
    answer = models.TextField(_("your answer"), max_length=5000, blank=True)
    choice = models.ForeignKey(
        ScenarioChoice, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    choice_correct = models.BooleanField(null=True, editable=False)
    submitted_at = models.DateTimeField(null=True, blank=True, editable=False)
    score = models.DecimalField(max_digits=5, decimal_places=2, null=True, blank=True)
    passed = models.BooleanField(null=True, editable=False)
    pass_mark = models.PositiveSmallIntegerField(null=True, editable=False)
    graded_at = models.DateTimeField(null=True, blank=True, editable=False)
    graders_wanted = models.PositiveSmallIntegerField(default=1, editable=False)

    objects = AttemptQuerySet.as_manager()

    class Meta:
        ordering = ["-due_on", "-pk"]
        indexes = [
            # employee_page(): one employee's results over time
            models.Index(fields=["employee", "due_on"], name="people_attempt_employee"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["assignment", "employee"],
                name="people_attempt_unique_assignment_employee",
                violation_error_message=_("This employee already has this test."),
            ),
            models.CheckConstraint(
                condition=Q(score__isnull=True) | Q(score__range=(0, 100)),
                name="people_attempt_score_range",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.scenario} · {self.employee}"

    def get_absolute_url(self) -> str:
        return reverse("people:attempt-detail", args=[self.code])

    def is_overdue(self, today) -> bool:
        return self.submitted_at is None and self.due_on < today


class Grade(OrgOwned):
    """One grader's scoring of one attempt; hidden from the other grader until both are in."""

    code = _code()
    attempt = models.ForeignKey(ScenarioAttempt, on_delete=models.CASCADE, related_name="grades")
    grader = models.ForeignKey(Membership, on_delete=models.CASCADE, related_name="+")
    score = models.DecimalField(max_digits=5, decimal_places=2)
    submitted_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["submitted_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["attempt", "grader"],
                name="people_grade_unique_attempt_grader",
                violation_error_message=_("You have already scored this attempt."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.attempt} · {self.score}"


class PointScore(OrgOwned):
    """A grader's level on one rubric point, with a comment."""

    code = _code()
    grade = models.ForeignKey(Grade, on_delete=models.CASCADE, related_name="points")
    point = models.ForeignKey(RubricPoint, on_delete=models.CASCADE, related_name="+")
    level = models.PositiveSmallIntegerField(_("level"))
    comment = models.TextField(_("comment"), max_length=2000, blank=True)

    class Meta:
        ordering = ["grade", "point__position", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["grade", "point"], name="people_pointscore_unique_grade_point"
            ),
            models.CheckConstraint(condition=Q(level__lte=5), name="people_pointscore_level_range"),
        ]

    def __str__(self) -> str:
        return f"{self.point} · {self.level}"


# Coaching -----------------------------------------------------------------------------


class CoachingQuerySet(LocationScopedQuerySet):
    def for_member(self, membership: Membership | None) -> CoachingQuerySet:
        """Staff see only the notes to themselves."""
        qs = super().for_member(membership)
        if membership is not None and membership.role in (Role.STAFF, Role.SHOPPER):
            qs = qs.filter(employee__user_id=membership.user_id)
        return qs


class CoachingNote(OrgOwned):
    """Feedback to an employee, tied to the evidence it rests on."""

    code = _code()
    employee = models.ForeignKey(Employee, on_delete=models.CASCADE, related_name="+")
    location = models.ForeignKey(Location, on_delete=models.CASCADE, related_name="+")
    went_well = models.TextField(_("what went well"), max_length=4000, blank=True)
    next_time = models.TextField(_("what to do next time"), max_length=4000, blank=True)
    is_intervention = models.BooleanField(
        _("I stepped in"), default=False, help_text=_("A supervisor stepped in during service.")
    )
    intervention = models.TextField(
        _("what I said or did when I stepped in"), max_length=4000, blank=True
    )
    follow_up_on = models.DateField(_("follow up on"), null=True, blank=True)
    audit = models.ForeignKey(
        "audits.Audit", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    answer = models.ForeignKey(
        "audits.AuditAnswer", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    response = models.ForeignKey(
        "feedback.Response", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    case = models.ForeignKey(
        "recovery.Case", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    acknowledged_at = models.DateTimeField(null=True, blank=True, editable=False)
    reply = models.TextField(_("reply"), max_length=4000, blank=True)
    replied_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = CoachingQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(went_well="", next_time=""),
                name="people_coachingnote_says_something",
                violation_error_message=_("Say what went well or what to do next time."),
            ),
        ]

    def __str__(self) -> str:
        return (self.next_time or self.went_well)[:80]

    @property
    def evidence_label(self) -> str:
        if self.answer_id:
            return _("audit answer")
        if self.audit_id:
            return _("observation")
        if self.response_id:
            return _("customer comment")
        if self.case_id:
            return _("recovery case")
        return ""


# Rule bends ---------------------------------------------------------------------------


class RuleBendQuerySet(LocationScopedQuerySet):
    def for_member(self, membership: Membership | None) -> RuleBendQuerySet:
        """Staff see only the bends they recorded; leaders review their locations'."""
        qs = super().for_member(membership)
        if membership is not None and membership.role in (Role.STAFF, Role.SHOPPER):
            qs = qs.filter(recorded_by_id=membership.user_id)
        return qs


class RuleBend(OrgOwned):
    """A time someone bent a rule for a customer: the rule, why, the cost, the outcome."""

    code = _code()
    location = models.ForeignKey(
        Location, verbose_name=_("location"), on_delete=models.CASCADE, related_name="+"
    )
    rule = models.CharField(_("the rule"), max_length=200)
    # The rule in a normal form, to count how often the same rule is bent.
    rule_key = models.CharField(max_length=200, editable=False)
    why = models.TextField(_("why"), max_length=4000)
    cost = models.DecimalField(_("what it cost"), max_digits=10, decimal_places=2, default=0)
    outcome = models.TextField(_("the outcome"), max_length=4000, blank=True)
    happened_on = models.DateField(_("when"), default=timezone.localdate)
    case = models.ForeignKey(
        "recovery.Case",
        verbose_name=_("case"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    action = models.ForeignKey(
        "recovery.RecoveryAction",
        verbose_name=_("empowerment-budget action"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    recorded_at = models.DateTimeField(default=timezone.now, editable=False)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True, editable=False)
    review_note = models.TextField(_("review note"), max_length=2000, blank=True)

    objects = RuleBendQuerySet.as_manager()

    class Meta:
        ordering = ["-happened_on", "-pk"]
        indexes = [
            # rules_bent_often(): bends of one rule over the last 90 days
            models.Index(
                fields=["organization", "rule_key", "happened_on"], name="people_bend_rule"
            ),
        ]
        constraints = [
            models.CheckConstraint(condition=Q(cost__gte=0), name="people_rulebend_cost_positive"),
        ]

    def __str__(self) -> str:
        return self.rule

    def save(self, *args, **kwargs) -> None:
        self.rule_key = " ".join(self.rule.casefold().split())
        super().save(*args, **kwargs)


# Interviews ---------------------------------------------------------------------------


class InterviewQuestion(OrgOwned):
    """A question for candidates, with what a good answer shows and what is a warning."""

    code = _code()
    text = models.TextField(_("question"), max_length=1000)
    good_answer = models.TextField(_("a good answer shows"), max_length=2000, blank=True)
    red_flags = models.TextField(_("red flags"), max_length=2000, blank=True)
    behaviours = models.ManyToManyField(
        Behaviour, verbose_name=_("behaviours it tests"), blank=True, related_name="+"
    )
    role_play = models.ForeignKey(
        Scenario,
        verbose_name=_("role-play scenario"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    is_active = models.BooleanField(_("in use"), default=True)

    class Meta:
        ordering = ["pk"]

    def __str__(self) -> str:
        return self.text[:80]


class Candidate(OrgOwned):
    """Someone applying for a role; their personal data is erased once the organisation's
    retention (as set when the clean-up runs) has passed since they applied."""

    code = _code()
    location = models.ForeignKey(
        Location, verbose_name=_("location"), on_delete=models.CASCADE, related_name="+"
    )
    name = models.CharField(_("name"), max_length=160)
    email = models.EmailField(_("e-mail address"), blank=True)
    role_applied = models.CharField(_("role applied for"), max_length=80)
    applied_on = models.DateField(_("applied on"), default=timezone.localdate)
    erased_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = LocationScopedQuerySet.as_manager()

    class Meta:
        ordering = ["-applied_on", "-pk"]
        indexes = [
            # erase_expired_candidates(): an organisation's candidates applied before the
            # cut-off of its retention setting as it is today
            models.Index(
                fields=["organization", "applied_on"],
                name="people_candidate_erase",
                condition=Q(erased_at=None),
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("people:candidate-detail", args=[self.code])


class Scorecard(OrgOwned):
    """One interviewer's ratings of one candidate for one role."""

    class Call(models.TextChoices):
        STRONG_YES = "strong_yes", _("Strong yes")
        YES = "yes", _("Yes")
        NO_DECISION = "no_decision", _("No decision")
        NO = "no", _("No")
        STRONG_NO = "strong_no", _("Strong no")

    code = _code()
    candidate = models.ForeignKey(Candidate, on_delete=models.CASCADE, related_name="scorecards")
    role_applied = models.CharField(_("role"), max_length=80)
    interviewer = models.ForeignKey(Membership, on_delete=models.CASCADE, related_name="+")
    call = models.CharField(_("overall call"), max_length=12, choices=Call.choices)
    notes = models.TextField(_("notes"), max_length=4000, blank=True)
    submitted_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["submitted_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["candidate", "role_applied", "interviewer"],
                name="people_scorecard_unique_candidate_role_interviewer",
                violation_error_message=_("You have already scored this candidate."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.candidate} · {self.get_call_display()}"


class ScorecardRating(OrgOwned):
    """An anchored 1–5 rating of the candidate's answer to one question."""

    code = _code()
    scorecard = models.ForeignKey(Scorecard, on_delete=models.CASCADE, related_name="ratings")
    question = models.ForeignKey(InterviewQuestion, on_delete=models.CASCADE, related_name="+")
    rating = models.PositiveSmallIntegerField(_("rating"))
    note = models.TextField(_("note"), max_length=2000, blank=True)

    class Meta:
        ordering = ["scorecard", "question", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["scorecard", "question"], name="people_rating_unique_scorecard_question"
            ),
            models.CheckConstraint(condition=Q(rating__range=(1, 5)), name="people_rating_range"),
        ]

    def __str__(self) -> str:
        return f"{self.question} · {self.rating}"


class RolePlayScore(OrgOwned):
    """A candidate's live role-play of a question's scenario, scored by the interviewer on
    the scenario's rubric the way a test is scored (`scenarios.grade_score`)."""

    code = _code()
    scorecard = models.ForeignKey(Scorecard, on_delete=models.CASCADE, related_name="role_plays")
    question = models.ForeignKey(InterviewQuestion, on_delete=models.CASCADE, related_name="+")
    scenario = models.ForeignKey(Scenario, on_delete=models.CASCADE, related_name="+")
    score = models.DecimalField(max_digits=5, decimal_places=2)

    class Meta:
        ordering = ["scorecard", "question", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["scorecard", "question"], name="people_roleplay_unique_scorecard_question"
            ),
            models.CheckConstraint(
                condition=Q(score__range=(0, 100)), name="people_roleplay_score_range"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.scenario} · {self.score}"


class RolePlayLevel(OrgOwned):
    """The interviewer's level on one rubric point of a candidate's role-play."""

    code = _code()
    role_play = models.ForeignKey(RolePlayScore, on_delete=models.CASCADE, related_name="levels")
    point = models.ForeignKey(RubricPoint, on_delete=models.CASCADE, related_name="+")
    level = models.PositiveSmallIntegerField(_("level"))

    class Meta:
        ordering = ["role_play", "point__position", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["role_play", "point"], name="people_roleplaylevel_unique_point"
            ),
            models.CheckConstraint(
                condition=Q(level__lte=5), name="people_roleplaylevel_level_range"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.point} · {self.level}"


# Ideas --------------------------------------------------------------------------------


class Idea(OrgOwned):
    """A frontline idea for a journey step: add delight or remove a hassle."""

    class Kind(models.TextChoices):
        DELIGHT = "delight", _("Add delight")
        HASSLE = "hassle", _("Remove a hassle")

    class Status(models.TextChoices):
        NEW = "new", _("New")
        TRYING = "trying", _("Trying")
        ADOPTED = "adopted", _("Adopted")
        DECLINED = "declined", _("Declined")
        MERGED = "merged", _("Merged")

    code = _code()
    step = models.ForeignKey(
        JourneyStep, verbose_name=_("journey step"), on_delete=models.CASCADE, related_name="+"
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    title = models.CharField(_("idea"), max_length=200)
    text = models.TextField(_("details"), max_length=4000, blank=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.NEW, editable=False
    )
    status_changed_at = models.DateTimeField(null=True, blank=True, editable=False)
    reason = models.TextField(_("reason"), max_length=2000, blank=True, editable=False)
    trying_locations = models.ManyToManyField(Location, blank=True, related_name="+")
    trying_since = models.DateField(null=True, blank=True, editable=False)
    merged_into = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="merged"
    )
    standard = models.ForeignKey(
        Standard, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    behaviour = models.ForeignKey(
        Behaviour, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("people:idea-detail", args=[self.code])


class IdeaVote(OrgOwned):
    """One member's vote for an idea."""

    code = _code()
    idea = models.ForeignKey(Idea, on_delete=models.CASCADE, related_name="votes")
    voter = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    voted_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["voted_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["idea", "voter"],
                name="people_ideavote_unique_idea_voter",
                violation_error_message=_("You have already voted for this idea."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.idea} · {self.voter_id}"


# Training -----------------------------------------------------------------------------


class TrainingProposal(OrgOwned):
    """Scenarios proposed to a location's staff because a behaviour, step or P fails there."""

    class Source(models.TextChoices):
        FAILURES = "failures", _("A behaviour fails repeatedly")
        GAP = "gap", _("A real gap on the value-distance page")

    code = _code()
    location = models.ForeignKey(Location, on_delete=models.CASCADE, related_name="+")
    source = models.CharField(max_length=10, choices=Source.choices)
    behaviour = models.ForeignKey(
        Behaviour, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    step = models.ForeignKey(
        JourneyStep, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    p = models.CharField(max_length=10, choices=P.choices, blank=True)
    reason = models.CharField(max_length=300)
    scenarios = models.ManyToManyField(Scenario, related_name="+")
    proposed_at = models.DateTimeField(default=timezone.now, editable=False)
    trained_on = models.DateField(null=True, blank=True, editable=False)
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )

    objects = LocationScopedQuerySet.as_manager()

    class Meta:
        ordering = ["-proposed_at", "-pk"]

    def __str__(self) -> str:
        return self.reason

    def get_absolute_url(self) -> str:
        return reverse("people:training-detail", args=[self.code])
