"""Forms: the customer's public answer sheet, and the managers' survey, link and inbox forms."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator
from django.db.models import Q
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from servicegap.core.forms import DayField, MemberForm
from servicegap.core.models import Location, Membership, P
from servicegap.feedback.models import (
    COMMENT_MAX_LENGTH,
    CONTACT_MAX_LENGTH,
    DEFAULT_QUESTION_TEXTS,
    DEFAULT_SURVEY_TEXTS,
    NEVER_REQUIRED,
    QUESTION_ORDER,
    FeedbackSettings,
    Question,
    Survey,
    SurveyLink,
    language_choices,
)
from servicegap.standards.models import JourneyStep

# The words under each point of a scale, so customers need no explanation.
RATING_WORDS = {
    1: pgettext_lazy("rating", "Very poor"),
    2: pgettext_lazy("rating", "Poor"),
    3: pgettext_lazy("rating", "OK"),
    4: pgettext_lazy("rating", "Good"),
    5: pgettext_lazy("rating", "Excellent"),
}
SCALES = {
    "rating": range(1, 6),
    "nps": range(0, 11),
    "effort": range(1, 8),
}
SCALE_ENDS = {
    "nps": (_("Not at all likely"), _("Extremely likely")),
    "effort": (_("Very hard"), _("Very easy")),
}
PS = tuple(P.values)  # the three P's, in order
SCALED = (*PS, "nps", "effort")
PHONE = re.compile(r"^\+?[0-9 ()./-]{6,24}$")


def unreadable(text: str) -> bool:
    """True for text that did not arrive as valid UTF-8 (replacement or surrogate chars)."""
    return "\ufffd" in text or any("\ud800" <= ch <= "\udfff" for ch in text)


def _scale_field(kind: str, question: Question, label: str) -> forms.TypedChoiceField:
    scale = SCALES["rating" if kind in P.values else kind]
    return forms.TypedChoiceField(
        label=label,
        choices=[(value, str(value)) for value in scale],
        coerce=int,
        empty_value=None,
        required=question.required,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Please answer this question."),
            "invalid_choice": _("Choose a whole number from %(low)s to %(high)s.")
            % {"low": scale[0], "high": scale[-1]},
        },
    )


WHOLE_VISIT = _("My whole visit")


def question_fields(questions: list[Question], language: str) -> dict[str, forms.Field]:
    """The form fields that ask `questions` in `language`, in order."""
    fields: dict[str, forms.Field] = {}
    with translation.override(language):
        for question in questions:
            kind, label = question.kind, question.text(language)
            if kind in SCALES or kind in P.values:
                fields[kind] = _scale_field(kind, question, label)
            elif kind == Question.Kind.STEP:
                fields["step"] = forms.ChoiceField(
                    label=label,
                    choices=[("", WHOLE_VISIT)],  # the organisation's steps, per form
                    required=False,  # the whole visit is an answer too (NEVER_REQUIRED)
                    error_messages={
                        "invalid_choice": _("Choose one of the parts of the visit listed."),
                    },
                )
            elif kind == Question.Kind.COMMENT:
                fields["comment"] = forms.CharField(
                    label=label,
                    required=question.required,
                    max_length=COMMENT_MAX_LENGTH,
                    widget=forms.Textarea(attrs={"rows": 4}),
                    error_messages={
                        "required": _("Please write a few words."),
                        "max_length": _(
                            "Please keep your comment under %(limit_value)d characters "
                            "(it has %(show_value)d)."
                        ),
                    },
                )
            elif kind == Question.Kind.CONTACT:
                fields["contact_consent"] = forms.BooleanField(
                    label=_("Yes, you may contact me about this feedback."),
                    required=False,
                    help_text=_(
                        "We keep your details only for that, and only with this box ticked."
                    ),
                )
                fields["contact"] = forms.CharField(
                    label=_("E-mail address or phone number"),
                    required=False,
                    max_length=CONTACT_MAX_LENGTH,
                    error_messages={
                        "max_length": _("Please keep this under %(limit_value)d characters.")
                    },
                )
        fields["to_the_top"] = to_the_top_field()
    return fields


def to_the_top_field() -> forms.BooleanField:
    """ "Write to the top", asked after the answers on every form: the response opens a
    case with the owner (see pipeline.followup). Made in the form's language."""
    return forms.BooleanField(
        label=_("Yes, I would like the owner to hear about this personally."),
        required=False,
        widget=forms.CheckboxInput(attrs={"aria-describedby": "top_note"}),
    )


TO_THE_TOP_QUESTION = _("Would you like the owner to hear about this personally?")


@dataclass
class QuestionRow:
    """What the public template needs to draw one question."""

    kind: str
    label: str
    field: forms.BoundField
    options: list[dict[str, Any]] = field(default_factory=list)
    ends: tuple[str, str] | None = None


def step_choices(steps: Callable[[], list[JourneyStep]]) -> list[tuple[str, str]]:
    """The step question's choices: the whole visit, then each of `steps()`."""
    return [("", WHOLE_VISIT)] + [(str(step.code), step.name) for step in steps()]


# The idempotency key (made when the form is drawn) and a honeypot that people never see
# and robots fill in: on every public form, shared by all (forms never change a field).
KEY_FIELDS: dict[str, forms.Field] = {
    "submission_id": forms.UUIDField(
        widget=forms.HiddenInput,
        error_messages={
            "required": _("This form is missing its key; please reload the page."),
            "invalid": _("This form is missing its key; please reload the page."),
        },
    ),
    "website": forms.CharField(label=_("Leave this empty"), required=False, strip=False),
}


class PublicResponseForm(forms.Form):
    """A customer's answers to one survey: one field per question it asks.

    Carries the idempotency key (`submission_id`) and a honeypot (`website`), see
    KEY_FIELDS.
    """

    def __init__(
        self,
        data: Any = None,
        *,
        survey: Survey,
        questions: list[Question],
        steps: Callable[[], list[JourneyStep]],
        language: str,
        fields: dict[str, forms.Field] | None = None,
        **kwargs: Any,
    ) -> None:
        """`steps` is called only when the step question is drawn or answered; `fields`
        are `question_fields(questions, language)` made earlier and shared (their step
        field's choices already read `steps`), never changed here."""
        super().__init__(data, **kwargs)
        self.survey = survey
        self.questions = questions
        self._steps = steps
        self.language = language
        self.fields.update(KEY_FIELDS)
        if fields is None:
            fields = question_fields(questions, language)
            if "step" in fields:
                fields["step"].choices = functools.partial(step_choices, steps)
        self.fields.update(fields)

    @cached_property
    def steps(self) -> dict[str, JourneyStep]:
        return {str(step.code): step for step in self._steps()}

    def _clean_fields(self) -> None:
        # Django's own loop, without making a BoundField per field: the public form has
        # no disabled or file fields and no clean_<name>() methods, and is validated on
        # every customer's submission.
        for name, asked in self.fields.items():
            value = asked.widget.value_from_datadict(self.data, self.files, self.add_prefix(name))
            try:
                self.cleaned_data[name] = asked.clean(value)
            except ValidationError as error:
                self.add_error(name, error)

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        for name in ("comment", "contact", "website"):
            text = cleaned.get(name) or ""
            if unreadable(text):
                self.add_error(
                    name, _("Part of this text could not be read. Please type it again.")
                )
            elif name != "website" and "<" in text and HTML_TAG.search(text):
                # (Whatever a bot puts in the hidden field keeps its response as spam.)
                self.add_error(name, _("Please remove the HTML tags (text between < and >)."))
        self._clean_contact(cleaned)
        if not self.errors and not self.has_answers(cleaned):
            raise ValidationError(_("Please answer at least one question before sending."))
        return cleaned

    def _clean_contact(self, cleaned: dict[str, Any]) -> None:
        contact = (cleaned.get("contact") or "").strip()
        cleaned["contact"] = contact
        consent = cleaned.get("contact_consent", False)
        if contact and not consent:
            self.add_error(
                "contact_consent",
                _("Tick this box if we may contact you, or leave your details empty."),
            )
        elif consent and not contact:
            self.add_error(
                "contact", _("Please give an e-mail address or a phone number, or untick the box.")
            )
        elif contact and not _is_contact(contact):
            self.add_error("contact", _("This is neither an e-mail address nor a phone number."))

    def has_answers(self, cleaned: dict[str, Any]) -> bool:
        scales = [cleaned.get(kind) for kind in SCALED]
        return any(value is not None for value in scales) or bool(
            cleaned.get("comment") or cleaned.get("step")
        )

    def answers(self) -> dict[str, Any]:
        """The cleaned answers in the shape `intake.submit_response` takes."""
        cleaned = self.cleaned_data
        return {
            "ratings": {p: cleaned[p] for p in PS if cleaned.get(p) is not None},
            "nps": cleaned.get("nps"),
            "effort": cleaned.get("effort"),
            "step": self.steps.get(cleaned["step"]) if cleaned.get("step") else None,
            "comment": cleaned.get("comment", ""),
            "contact_consent": bool(cleaned.get("contact_consent")),
            "contact": cleaned.get("contact", ""),
            "to_the_top": bool(cleaned.get("to_the_top")),
            "honeypot": cleaned.get("website", ""),
        }

    def rows(self) -> list[QuestionRow]:
        """The questions in order, with the options of each scale, for the template."""
        rows = []
        with translation.override(self.language):
            for question in self.questions:
                kind = question.kind
                name = "contact_consent" if kind == Question.Kind.CONTACT else kind
                row = QuestionRow(kind=kind, label=question.text(self.language), field=self[name])
                if kind in P.values or kind in SCALES:
                    row.options = self._options(kind, row.field)
                    row.ends = SCALE_ENDS.get(kind)
                rows.append(row)
        return rows

    def _options(self, kind: str, bound: forms.BoundField) -> list[dict[str, Any]]:
        current = str(bound.value()) if bound.value() not in (None, "") else ""
        scale = SCALES["rating" if kind in P.values else kind]
        return [
            {
                "value": value,
                "word": RATING_WORDS[value] if kind in P.values else "",
                "checked": current == str(value),
                "id": f"id_{kind}_{value}",
            }
            for value in scale
        ]


# An HTML tag or comment as a browser would read one: "<", a tag name straight after it
# (or "/" and the name), then at once ">" or "/>", or attributes with "=" before ">" or
# the end of the text. As in a browser, "/" separates the name from attributes as a space
# does ("<svg/onload=…>"). What customers write otherwise is no tag: "<3", "a < b",
# "5 > 4", "<<pas possible>>", "<a long wait>", "<half an hour, bill >50",
# "<ana@example.org>".
HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s*/?>|[\s/][^<>]*=[^<>]*(?:>|$))|<!--")


def _is_contact(value: str) -> bool:
    if "@" in value:
        try:
            EmailValidator()(value)
        except ValidationError:
            return False
        return True
    return bool(PHONE.match(value)) and sum(ch.isdigit() for ch in value) >= 6


# Managers' forms ----------------------------------------------------------------------


ASK_CHOICES = [
    ("", _("Not asked")),
    ("optional", _("Asked, optional")),
    ("required", _("Asked, required")),
]


class SurveyForm(MemberForm):
    """A survey's settings and which questions it asks; wording is edited separately."""

    default_language = forms.ChoiceField(label=_("Main language"), choices=language_choices)
    languages = forms.MultipleChoiceField(
        label=_("Also offered in"),
        choices=language_choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Customers see their browser's language when offered, and can switch."),
    )

    class Meta:
        model = Survey
        fields = ["name", "default_language", "languages", "is_active"]

    def __init__(self, *args: Any, membership: Membership, **kwargs: Any) -> None:
        super().__init__(*args, membership=membership, **kwargs)
        asked = {}
        if self.instance.pk:
            asked = {q.kind: q for q in self.instance.questions.all()}
        for kind in QUESTION_ORDER:
            question = asked.get(kind)
            initial = "" if question is None else ("required" if question.required else "optional")
            if not self.instance.pk:
                initial = "optional"
            choices = ASK_CHOICES
            if kind in NEVER_REQUIRED:
                choices = ASK_CHOICES[:2]
                initial = "optional" if initial == "required" else initial
            self.fields[f"ask_{kind}"] = forms.ChoiceField(
                label=Question.Kind(kind).label,
                choices=choices,
                required=False,
                initial=initial,
                help_text=DEFAULT_QUESTION_TEXTS[kind],
            )

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        if not any(cleaned.get(f"ask_{kind}") for kind in QUESTION_ORDER):
            raise ValidationError(_("Ask at least one question."))
        self._check_new_main_language(cleaned.get("default_language"))
        return cleaned

    def _check_new_main_language(self, new: str | None) -> None:
        """A new main language's texts move into the survey's own fields: each must fit
        its column (wording saved before the limits were the columns' may not)."""
        survey = self.instance
        if not survey.pk or not new or new == survey.default_language:
            return
        texts = (survey.translations or {}).get(new) or {}
        too_long = [
            str(Survey._meta.get_field(name).verbose_name)
            for name in Survey.TEXT_FIELDS
            if len(str(texts.get(name, ""))) > Survey._meta.get_field(name).max_length
        ]
        label_limit = Question._meta.get_field("label").max_length
        if any(
            len(str((q.translations or {}).get(new, ""))) > label_limit
            for q in survey.questions.all()
        ):
            too_long.append(str(_("a question's wording")))
        if too_long:
            self.add_error(
                "default_language",
                _(
                    "In this language, %(texts)s is longer than its main-language box "
                    "allows: shorten it on the wording page first."
                )
                % {"texts": ", ".join(too_long)},
            )

    def asks(self) -> dict[str, str]:
        """{kind: "" | "optional" | "required"} as chosen."""
        return {kind: self.cleaned_data.get(f"ask_{kind}", "") for kind in QUESTION_ORDER}


class SurveyWordingForm(forms.Form):
    """The survey's texts and question wording, in each language it offers.

    An empty box means servicegap's own wording, shown as the placeholder.
    """

    def __init__(self, *args: Any, survey: Survey, questions: list[Question], **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.survey, self.questions = survey, questions
        self.sections: list[tuple[str, str, list[str]]] = []
        names = dict(language_choices())
        for language in survey.offered_languages():
            section = []
            with translation.override(language):
                for text_field in Survey.TEXT_FIELDS:
                    default = str(DEFAULT_SURVEY_TEXTS[text_field]) % {
                        "name": survey.organization.name
                    }
                    section.append(
                        self._add(
                            f"{language}__{text_field}",
                            Survey._meta.get_field(text_field).verbose_name,
                            survey.own_text(text_field, language),
                            default,
                            Survey._meta.get_field(text_field).max_length,
                            long=text_field != "title",
                        )
                    )
                for question in questions:
                    section.append(
                        self._add(
                            f"{language}__q_{question.kind}",
                            question.get_kind_display(),
                            question.own_text(language),
                            str(DEFAULT_QUESTION_TEXTS[question.kind]),
                            Question._meta.get_field("label").max_length,
                        )
                    )
            self.sections.append((language, names.get(language, language), section))

    def _add(
        self, name: str, label: Any, initial: str, default: str, limit: int, long: bool = False
    ) -> str:
        """A box for one text; `limit` is its column's, so that too long is a field error."""
        widget = (
            forms.Textarea(attrs={"rows": 2, "placeholder": default})
            if long
            else forms.TextInput(attrs={"placeholder": default})
        )
        self.fields[name] = forms.CharField(
            label=label,
            initial=initial,
            required=False,
            max_length=limit,
            widget=widget,
        )
        return name

    def section_fields(self) -> list[tuple[str, list[forms.BoundField]]]:
        return [(title, [self[name] for name in names]) for _code, title, names in self.sections]

    def wording(self) -> dict[str, dict[str, str]]:
        """{language: {field or "q_<kind>": text}} from the cleaned data."""
        result: dict[str, dict[str, str]] = {}
        for name, value in self.cleaned_data.items():
            language, _sep, key = name.partition("__")
            result.setdefault(language, {})[key] = value.strip()
        return result


class SurveyLinkForm(MemberForm):
    class Meta:
        model = SurveyLink
        fields = ["survey", "location", "channel", "table", "is_active"]

    def __init__(self, *args: Any, membership: Membership, **kwargs: Any) -> None:
        super().__init__(*args, membership=membership, **kwargs)
        # Closed surveys are not offered, except the one this link already uses.
        self.fields["survey"].queryset = Survey.objects.for_member(membership).filter(
            Q(is_active=True) | Q(pk=self.instance.survey_id)
        )
        self.fields["location"].queryset = Location.objects.for_member(membership)


class SurveyLinkCreateForm(SurveyLinkForm):
    """A new link, or one per table when a list of tables is given."""

    tables = forms.CharField(
        label=_("Tables"),
        required=False,
        max_length=400,
        help_text=_("One link per table: e.g. 1-12, or Terrace 1, Terrace 2. Empty: one link."),
    )

    class Meta(SurveyLinkForm.Meta):
        fields = ["survey", "location", "channel", "tables"]

    def __init__(self, *args: Any, membership: Membership, **kwargs: Any) -> None:
        super().__init__(*args, membership=membership, **kwargs)
        survey, location = self.fields["survey"], self.fields["location"]
        offered = list(survey.queryset[:2])
        if not offered:
            # A first link needs no survey first: a standard one is made with it.
            survey.required = False
            survey.empty_label = _("A new customer survey (English, French, Spanish)")
            survey.help_text = _(
                "You have no survey yet: one asking the usual questions is made with this "
                "link. You can change its questions and wording afterwards."
            )
        elif len(offered) == 1:
            survey.initial = offered[0]
        locations = list(location.queryset[:2])
        if len(locations) == 1:
            location.initial = locations[0]

    def clean_tables(self) -> list[str]:
        return parse_tables(self.cleaned_data["tables"])


def parse_tables(text: str) -> list[str]:
    """ "1-3, Terrace 1" → ["1", "2", "3", "Terrace 1"]; at most 200 tables."""
    tables: list[str] = []
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        found = re.fullmatch(r"(\d+)\s*[-–]\s*(\d+)", part)
        if found:
            low, high = int(found[1]), int(found[2])
            if low > high or high - low >= 200:
                raise ValidationError(_("A range goes up, by at most 200 tables: e.g. 1-12."))
            tables += [str(n) for n in range(low, high + 1)]
        elif len(part) > 40:
            raise ValidationError(_("A table name has at most 40 characters."))
        else:
            tables.append(part)
    if len(tables) > 200:
        raise ValidationError(_("At most 200 tables at a time."))
    if len(set(tables)) != len(tables):
        raise ValidationError(_("A table is listed twice."))
    return tables


class FeedbackSettingsForm(MemberForm):
    review_url = forms.URLField(
        label=_("Public review page"),
        required=False,
        assume_scheme="https",
        help_text=FeedbackSettings._meta.get_field("review_url").help_text,
    )

    class Meta:
        model = FeedbackSettings
        fields = ["alert_on_detractor", "alert_rating_at_or_below", "review_url"]


NPS_GROUPS = [
    ("", _("Any")),
    ("promoter", _("Promoters (9–10)")),
    ("passive", _("Passives (7–8)")),
    ("detractor", _("Detractors (0–6)")),
    ("none", _("Not answered")),
]
SPAM_CHOICES = [("hide", _("Hide spam")), ("only", _("Only spam")), ("all", _("Show all"))]
COMMENT_CHOICES = [("", _("Any")), ("yes", _("With a comment")), ("no", _("Without"))]
SCORE_CHOICES = [("", "—")] + [(str(n), str(n)) for n in range(1, 6)]


class InboxFilterForm(forms.Form):
    """The inbox's filters, read from the query string; every choice scoped to the member."""

    location = forms.ModelChoiceField(
        label=_("Location"),
        queryset=Location.objects.none(),
        to_field_name="code",
        required=False,
        empty_label=_("All my locations"),
    )
    since = DayField(label=_("From"))
    until = DayField(label=_("To"))
    p = forms.ChoiceField(label=_("P"), choices=[("", _("Any"))] + P.choices, required=False)
    min_score = forms.TypedChoiceField(
        label=_("Rating from"), choices=SCORE_CHOICES, coerce=int, empty_value=None, required=False
    )
    max_score = forms.TypedChoiceField(
        label=_("Rating to"), choices=SCORE_CHOICES, coerce=int, empty_value=None, required=False
    )
    nps = forms.ChoiceField(label=_("Would recommend"), choices=NPS_GROUPS, required=False)
    comment = forms.ChoiceField(label=_("Comment"), choices=COMMENT_CHOICES, required=False)
    step = forms.ModelChoiceField(
        label=_("Part of the visit"),
        queryset=JourneyStep.objects.none(),
        to_field_name="code",
        required=False,
        empty_label=_("Any"),
    )
    spam = forms.ChoiceField(label=_("Spam"), choices=SPAM_CHOICES, required=False)

    def __init__(self, *args: Any, membership: Membership, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["location"].queryset = membership.visible_locations()
        self.fields["step"].queryset = JourneyStep.objects.for_member(membership)

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        since, until = cleaned.get("since"), cleaned.get("until")
        if since and until and since > until:
            self.add_error("until", _("The end comes before the start."))
        low, high = cleaned.get("min_score"), cleaned.get("max_score")
        if low is not None and high is not None and low > high:
            self.add_error("max_score", _("The highest rating is below the lowest."))
        cleaned["spam"] = cleaned.get("spam") or "hide"
        return cleaned
