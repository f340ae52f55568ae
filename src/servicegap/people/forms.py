"""Forms of the people pages. Every choice of an object comes from the member's own
organisation (and locations), so a foreign id is an invalid choice. The workflows in
scenarios.py, coaching.py, interviews.py, ideas.py and training.py check the rest; their
`PeopleError` is shown on the field it names (`show_error`)."""

from __future__ import annotations

from datetime import date

from django import forms
from django.utils.translation import gettext_lazy as _

from servicegap.core.models import Employee, Location, Membership, P
from servicegap.people.models import (
    Idea,
    PeopleSettings,
    RubricPoint,
    Scenario,
    ScenarioAttempt,
    Scorecard,
)
from servicegap.people.scenarios import PeopleError
from servicegap.standards.models import Behaviour, JourneyStep, Standard

TEXT = {"rows": 4}


def show_error(form: forms.Form, error: PeopleError) -> None:
    """The workflow's refusal on the field it names, else above the form."""
    field = error.field if error.field in form.fields else None
    form.add_error(field, error.message if field else str(error))


def _locations(member: Membership):
    return Location.objects.for_member(member).active()


def _steps(member: Membership):
    return JourneyStep.objects.filter(organization_id=member.organization_id, is_active=True)


def _behaviours(member: Membership):
    return Behaviour.objects.filter(
        organization_id=member.organization_id, is_active=True
    ).select_related("standard__step")


class BehaviourChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Behaviour) -> str:
        return f"{obj.standard.step.name}: {obj.text[:90]}"


class ScenarioForm(forms.Form):
    title = forms.CharField(max_length=160, label=_("Title"))
    situation = forms.CharField(widget=forms.Textarea(attrs=TEXT), max_length=4000)
    customer_lines = forms.CharField(
        widget=forms.Textarea(attrs=TEXT),
        max_length=4000,
        required=False,
        label=_("What the customer says"),
    )
    p = forms.ChoiceField(choices=P.choices, label=_("P"))
    step = forms.ModelChoiceField(
        queryset=None, to_field_name="code", required=False, label=_("Journey step")
    )
    difficulty = forms.TypedChoiceField(
        choices=Scenario.Difficulty.choices, coerce=int, initial=Scenario.Difficulty.MEDIUM
    )

    def __init__(self, *args, member: Membership, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["step"].queryset = _steps(member)


class PointForm(forms.Form):
    behaviour = BehaviourChoiceField(
        queryset=None,
        to_field_name="code",
        required=False,
        label=_("Service-card behaviour"),
        help_text=_("Leave empty for a point of the scenario's own."),
    )
    text = forms.CharField(max_length=1000, required=False, label=_("What is scored"))
    scale = forms.ChoiceField(choices=RubricPoint.Scale.choices)
    level_1 = forms.CharField(max_length=1000, required=False, label=_("A 1 (or a fail) is"))
    level_3 = forms.CharField(max_length=1000, required=False, label=_("A 3 is"))
    level_5 = forms.CharField(max_length=1000, required=False, label=_("A 5 (or a pass) is"))
    is_critical = forms.BooleanField(required=False, label=_("Critical"))

    def __init__(self, *args, member: Membership, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["behaviour"].queryset = _behaviours(member)


class ChoiceForm(forms.Form):
    text = forms.CharField(max_length=1000, label=_("A response the employee may choose"))
    is_best = forms.BooleanField(required=False, label=_("This is the right response"))


class AssignForm(forms.Form):
    location = forms.ModelChoiceField(queryset=None, to_field_name="code", label=_("Location"))
    employees = forms.ModelMultipleChoiceField(
        queryset=None,
        to_field_name="code",
        required=False,
        label=_("Employees"),
        help_text=_("Leave empty for every active employee of the location."),
    )
    due_on = forms.DateField(label=_("Due on"), widget=forms.DateInput(attrs={"type": "date"}))
    double_graded = forms.BooleanField(required=False, label=_("Two graders, blind"))

    def __init__(self, *args, member: Membership, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["location"].queryset = _locations(member)
        self.fields["employees"].queryset = Employee.objects.for_member(member).filter(
            is_active=True
        )


class AnswerForm(forms.Form):
    answer = forms.CharField(
        widget=forms.Textarea(attrs=TEXT), max_length=5000, label=_("What you would say and do")
    )
    choice = forms.ModelChoiceField(
        queryset=None,
        to_field_name="code",
        required=False,
        widget=forms.RadioSelect,
        label=_("Choose a response"),
    )

    def __init__(self, *args, attempt: ScenarioAttempt, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["choice"].queryset = attempt.scenario.choices.all()
        if not attempt.scenario.choices.exists():
            del self.fields["choice"]


class GradeForm(forms.Form):
    """A level and a comment per rubric point (fields `level-<pk>`, `comment-<pk>`)."""

    def __init__(self, *args, points: list[RubricPoint], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.points = points
        for point in points:
            if point.scale == RubricPoint.Scale.PASS_FAIL:
                choices = [("", "—"), ("1", _("Pass")), ("0", _("Fail"))]
            else:
                choices = [("", "—")] + [(str(n), str(n)) for n in range(1, 6)]
            self.fields[f"level-{point.pk}"] = forms.ChoiceField(
                choices=choices, label=point.text[:120], help_text=anchors(point)
            )
            self.fields[f"comment-{point.pk}"] = forms.CharField(
                max_length=2000, required=False, label=_("Comment")
            )

    def levels(self) -> dict[int, int]:
        return {p.pk: int(self.cleaned_data[f"level-{p.pk}"]) for p in self.points}

    def comments(self) -> dict[int, str]:
        return {p.pk: self.cleaned_data.get(f"comment-{p.pk}", "") for p in self.points}


def anchors(point: RubricPoint) -> str:
    """What each anchored level looks like, and whether the point is critical."""
    if point.scale == RubricPoint.Scale.PASS_FAIL:
        named = [(_("Fail"), point.level_1), (_("Pass"), point.level_5)]
    else:
        named = [("1", point.level_1), ("3", point.level_3), ("5", point.level_5)]
    parts = [f"{level}: {text}" for level, text in named if text]
    if point.is_critical:
        parts.append(str(_("critical: a fail caps the score at 50")))
    return " · ".join(parts)


class RolePlayForm(GradeForm):
    """A live role-play: whom it was with, what happened, and the rubric's levels."""

    def __init__(self, *args, member: Membership, points: list[RubricPoint], **kwargs) -> None:
        super().__init__(*args, points=points, **kwargs)
        self.fields["employee"] = forms.ModelChoiceField(
            queryset=Employee.objects.for_member(member)
            .filter(is_active=True)
            .exclude(user_id=member.user_id)
            .select_related("location"),
            to_field_name="code",
            label=_("Employee"),
        )
        self.fields["note"] = forms.CharField(
            widget=forms.Textarea(attrs=TEXT),
            max_length=5000,
            required=False,
            label=_("What happened in the role-play"),
        )
        self.order_fields(["employee", "note"])


class NoteForm(forms.Form):
    went_well = forms.CharField(
        widget=forms.Textarea(attrs=TEXT),
        max_length=4000,
        required=False,
        label=_("What went well"),
    )
    next_time = forms.CharField(
        widget=forms.Textarea(attrs=TEXT),
        max_length=4000,
        required=False,
        label=_("What to do next time"),
    )
    is_intervention = forms.BooleanField(
        required=False,
        label=_("I stepped in during service"),
        help_text=_("Recorded on the observation linked below."),
    )


class NoteStartForm(NoteForm):
    """A coaching note started from evidence: the employee is chosen first."""

    employee = forms.ModelChoiceField(queryset=None, to_field_name="code", label=_("For"))
    field_order = ["employee"]

    def __init__(self, *args, member: Membership, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["employee"].queryset = (
            Employee.objects.for_member(member)
            .filter(is_active=True)
            .exclude(user_id=member.user_id)
        )


class ObserveForm(forms.Form):
    """An observation and the stepping-in note, on one form (`coaching.observe_and_step_in`)."""

    employee = forms.ModelChoiceField(queryset=None, to_field_name="code", label=_("Employee"))
    behaviour = BehaviourChoiceField(
        queryset=None, to_field_name="code", label=_("Service-card behaviour")
    )
    result = forms.ChoiceField(
        choices=[("fail", _("Not done, or done poorly")), ("pass", _("Done"))],
        initial="fail",
        label=_("Was it done?"),
    )
    seen = forms.CharField(
        widget=forms.Textarea(attrs=TEXT), max_length=4000, label=_("What you saw")
    )
    intervention = forms.CharField(
        widget=forms.Textarea(attrs=TEXT),
        max_length=4000,
        label=_("What you said or did when you stepped in"),
    )
    next_time = forms.CharField(
        widget=forms.Textarea(attrs=TEXT), max_length=4000, label=_("What to do next time")
    )
    follow_up_on = forms.DateField(
        required=False,
        label=_("Follow up on"),
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("When you will check how it goes; leave empty for no follow-up."),
    )

    def __init__(self, *args, member: Membership, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["employee"].queryset = (
            Employee.objects.for_member(member)
            .filter(is_active=True)
            .exclude(user_id=member.user_id)
            .select_related("location")
        )
        self.fields["behaviour"].queryset = (
            Behaviour.objects.filter(organization_id=member.organization_id)
            .on_card()
            .select_related("standard__step")
        )


RULE_BENT_OFTEN_MAX = 32767
RETENTION_DAYS_MAX = 36500


class SettingsForm(forms.ModelForm):
    class Meta:
        model = PeopleSettings
        fields = [
            "pass_mark_staff",
            "pass_mark_supervisor",
            "pass_mark_manager",
            "rule_bent_often",
            "candidate_retention_days",
        ]

    def clean(self):
        data = super().clean()
        for name in ("pass_mark_staff", "pass_mark_supervisor", "pass_mark_manager"):
            if data.get(name) is not None and data[name] > 100:
                self.add_error(name, _("A pass mark is between 0 and 100."))
        if data.get("rule_bent_often") == 0:
            self.add_error("rule_bent_often", _("At least once."))
        # What every database stores (PostgreSQL's small integer; SQLite takes more).
        if (data.get("rule_bent_often") or 0) > RULE_BENT_OFTEN_MAX:
            self.add_error(
                "rule_bent_often", _("At most %(n)d times.") % {"n": RULE_BENT_OFTEN_MAX}
            )
        # A candidate's last day (applied + days) must stay a date.
        if (data.get("candidate_retention_days") or 0) > RETENTION_DAYS_MAX:
            self.add_error(
                "candidate_retention_days",
                _("At most %(n)d days (100 years).") % {"n": RETENTION_DAYS_MAX},
            )
        return data


class ReplyForm(forms.Form):
    reply = forms.CharField(widget=forms.Textarea(attrs=TEXT), max_length=4000, label=_("Reply"))


class BendForm(forms.Form):
    location = forms.ModelChoiceField(queryset=None, to_field_name="code", label=_("Location"))
    rule = forms.CharField(max_length=200, label=_("The rule"))
    why = forms.CharField(widget=forms.Textarea(attrs=TEXT), max_length=4000, label=_("Why"))
    cost = forms.DecimalField(
        min_value=0, max_digits=10, decimal_places=2, initial=0, label=_("What it cost")
    )
    outcome = forms.CharField(
        widget=forms.Textarea(attrs=TEXT), max_length=4000, required=False, label=_("Outcome")
    )
    happened_on = forms.DateField(
        initial=date.today, label=_("When"), widget=forms.DateInput(attrs={"type": "date"})
    )
    case = forms.ModelChoiceField(
        queryset=None, to_field_name="code", required=False, label=_("Recovery case")
    )
    action = forms.ModelChoiceField(
        queryset=None, to_field_name="code", required=False, label=_("Empowerment-budget action")
    )

    def __init__(self, *args, member: Membership, **kwargs) -> None:
        from servicegap.recovery.models import Case, RecoveryAction

        super().__init__(*args, **kwargs)
        self.fields["location"].queryset = _locations(member)
        cases = Case.objects.for_member(member)
        self.fields["case"].queryset = cases
        self.fields["action"].queryset = RecoveryAction.objects.filter(
            organization_id=member.organization_id, case__in=cases
        )


class ReviewForm(forms.Form):
    review_note = forms.CharField(
        widget=forms.Textarea(attrs=TEXT), max_length=2000, required=False, label=_("Review note")
    )


class QuestionForm(forms.Form):
    text = forms.CharField(widget=forms.Textarea(attrs=TEXT), max_length=1000, label=_("Question"))
    good_answer = forms.CharField(
        widget=forms.Textarea(attrs=TEXT), max_length=2000, required=False
    )
    red_flags = forms.CharField(widget=forms.Textarea(attrs=TEXT), max_length=2000, required=False)
    behaviours = forms.ModelMultipleChoiceField(
        queryset=None, to_field_name="code", required=False, label=_("Behaviours it tests")
    )
    role_play = forms.ModelChoiceField(
        queryset=None, to_field_name="code", required=False, label=_("Role-play scenario")
    )

    def __init__(self, *args, member: Membership, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["behaviours"].queryset = _behaviours(member)
        self.fields["role_play"].queryset = Scenario.objects.for_member(member).filter(
            is_active=True
        )


class CandidateForm(forms.Form):
    location = forms.ModelChoiceField(queryset=None, to_field_name="code", label=_("Location"))
    name = forms.CharField(max_length=160, label=_("Name"))
    email = forms.EmailField(required=False, label=_("E-mail address"))
    role_applied = forms.CharField(max_length=80, label=_("Role applied for"))

    def __init__(self, *args, member: Membership, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["location"].queryset = _locations(member)


class ScorecardForm(forms.Form):
    """An optional 1–5 rating and a note per question of the bank, the rubric of each
    question's role-play (scored only when it was run), and the overall call."""

    call = forms.ChoiceField(choices=Scorecard.Call.choices, label=_("Overall call"))
    notes = forms.CharField(
        widget=forms.Textarea(attrs=TEXT), max_length=4000, required=False, label=_("Notes")
    )

    def __init__(self, *args, questions: list, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.questions = questions
        self.role_play_points: dict[int, list[RubricPoint]] = {}
        levels = [("", _("not asked"))] + [(str(n), str(n)) for n in range(1, 6)]
        for question in questions:
            self.fields[f"rating-{question.pk}"] = forms.ChoiceField(
                choices=levels, required=False, label=question.text[:160]
            )
            self.fields[f"note-{question.pk}"] = forms.CharField(
                max_length=2000, required=False, label=_("Note")
            )
            self._add_role_play(question)

    def _add_role_play(self, question) -> None:
        """Fields `rp-<question>-<point>`: the role-play's rubric, scored only if it was run."""
        scenario = question.role_play
        if scenario is None or not scenario.is_active:
            return
        points = list(scenario.points.filter(is_active=True))
        if not points:
            return
        self.role_play_points[question.pk] = points
        for point in points:
            if point.scale == RubricPoint.Scale.PASS_FAIL:
                choices = [("", _("not played")), ("1", _("Pass")), ("0", _("Fail"))]
            else:
                choices = [("", _("not played"))] + [(str(n), str(n)) for n in range(1, 6)]
            label = _("Role-play “%(s)s”: %(p)s") % {"s": scenario.title, "p": point.text}
            self.fields[f"rp-{question.pk}-{point.pk}"] = forms.ChoiceField(
                choices=choices, required=False, label=label[:200], help_text=anchors(point)
            )

    def clean(self) -> dict:
        data = super().clean()
        for qid, points in self.role_play_points.items():
            keys = [f"rp-{qid}-{p.pk}" for p in points]
            given = [key for key in keys if data.get(key)]
            if given and len(given) < len(keys):
                for key in keys:
                    if not data.get(key):
                        self.add_error(key, _("Score every point of the role-play, or none."))
        return data

    def role_plays(self) -> dict[int, dict[int, int]]:
        """Question → rubric point → level, for each role-play that was scored."""
        found = {}
        for qid, points in self.role_play_points.items():
            levels = {p.pk: self.cleaned_data.get(f"rp-{qid}-{p.pk}") for p in points}
            if all(levels.values()):
                found[qid] = {pk: int(level) for pk, level in levels.items()}
        return found

    def ratings(self) -> dict[int, int]:
        found = {}
        for question in self.questions:
            value = self.cleaned_data.get(f"rating-{question.pk}")
            if value:
                found[question.pk] = int(value)
        return found

    def notes_by_question(self) -> dict[int, str]:
        return {q.pk: self.cleaned_data.get(f"note-{q.pk}", "") for q in self.questions}


class IdeaForm(forms.Form):
    step = forms.ModelChoiceField(queryset=None, to_field_name="code", label=_("Journey step"))
    kind = forms.ChoiceField(choices=Idea.Kind.choices, label=_("Kind"))
    title = forms.CharField(max_length=200, label=_("The idea in a line"))
    text = forms.CharField(
        widget=forms.Textarea(attrs=TEXT), max_length=4000, required=False, label=_("Details")
    )

    def __init__(self, *args, member: Membership, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["step"].queryset = _steps(member)


class TryForm(forms.Form):
    locations = forms.ModelMultipleChoiceField(
        queryset=None, to_field_name="code", label=_("Try it at")
    )

    def __init__(self, *args, member: Membership, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["locations"].queryset = _locations(member)


class DeclineForm(forms.Form):
    reason = forms.CharField(widget=forms.Textarea(attrs=TEXT), max_length=2000, label=_("Why"))


class MergeForm(forms.Form):
    into = forms.ModelChoiceField(queryset=None, to_field_name="code", label=_("Merge into"))

    def __init__(self, *args, idea: Idea, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["into"].queryset = (
            Idea.objects.filter(
                organization_id=idea.organization_id,
                status__in=[Idea.Status.NEW, Idea.Status.TRYING],
            )
            .exclude(pk=idea.pk)
            .order_by("title")
        )


class AdoptForm(forms.Form):
    text = forms.CharField(
        widget=forms.Textarea(attrs=TEXT), max_length=2000, label=_("As the card will say it")
    )
    standard = forms.ModelChoiceField(
        queryset=None,
        to_field_name="code",
        required=False,
        label=_("Add as a behaviour of"),
        help_text=_("Leave empty to add a new standard to the idea's journey step."),
    )
    p = forms.ChoiceField(choices=[("", "—"), *P.choices], required=False, label=_("P"))

    def __init__(self, *args, idea: Idea, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["standard"].queryset = Standard.objects.filter(
            organization_id=idea.organization_id, step=idea.step, is_active=True
        )


class ProposeForm(forms.Form):
    location = forms.ModelChoiceField(queryset=None, to_field_name="code", label=_("Location"))
    behaviour = BehaviourChoiceField(
        queryset=None, to_field_name="code", required=False, label=_("Behaviour")
    )
    step = forms.ModelChoiceField(
        queryset=None, to_field_name="code", required=False, label=_("Journey step")
    )
    p = forms.ChoiceField(choices=[("", "—"), *P.choices], required=False, label=_("P"))
    source = forms.ChoiceField(choices=[("failures", _("Failures")), ("gap", _("A real gap"))])

    def __init__(self, *args, member: Membership, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["location"].queryset = _locations(member)
        self.fields["behaviour"].queryset = _behaviours(member)
        self.fields["step"].queryset = _steps(member)


class StartForm(forms.Form):
    due_on = forms.DateField(label=_("Due on"), widget=forms.DateInput(attrs={"type": "date"}))
