"""Property tests of the public form's validation: whatever a customer (or a bot) sends.

Any text (every Unicode category, control characters, the replacement character, huge),
any value for a rating: the form answers either its thanks with exactly one response
stored, as cleaned, or the form again (400) with an error naming a field and nothing
stored. Never a server error (the test client raises it), never part of a response.
"""

from __future__ import annotations

import uuid

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from servicegap.feedback import intake
from servicegap.feedback.forms import PS, SCALES, _is_contact
from servicegap.feedback.models import COMMENT_MAX_LENGTH, CONTACT_MAX_LENGTH, Response

SETTINGS = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    derandomize=True,
)
FIELDS = {*PS, "nps", "effort", "step", "comment", "contact", "contact_consent", "to_the_top"}

any_text = st.one_of(
    st.text(),  # any Unicode but lone surrogates, which no browser can send
    st.text(alphabet=st.characters(codec="utf-8", categories=["Cc", "Cf", "Zl", "Zp"])),
    st.text(min_size=COMMENT_MAX_LENGTH - 2, max_size=COMMENT_MAX_LENGTH + 2),
    st.sampled_from(["", " ", "Great coffee", "<svg/onload=alert(1)>", "a < b", "\x00", "\ufffd"]),
)
any_rating = st.one_of(
    st.none(),
    st.integers(min_value=-3, max_value=13).map(str),
    st.sampled_from(["", " 4", "4.0", "٣", "1e1", "five", "9" * 40, "-0"]),
    st.text(max_size=8),
)


def post(client: Client, link, data: dict) -> object:
    """POST `data` (None values left out) with a fresh key, as a new customer."""
    body = {key: value for key, value in data.items() if value is not None}
    body["submission_id"] = str(uuid.uuid4())
    return client.post(link.public_path(), body)


def check_all_or_nothing(response, before: int, data: dict) -> None:
    stored = Response.objects.count() - before
    if response.status_code == 200:
        assert stored == 1
        row = Response.objects.latest("id")
        form = None
    else:
        assert response.status_code == 400, response.status_code
        assert stored == 0
        form = response.context["form"]
        assert form.errors
        assert set(form.errors) <= FIELDS | {"__all__"}, form.errors
        row = None
    return row, form


@pytest.fixture
def customer(settings) -> Client:
    """A browser; the rate limits (tested elsewhere) are lifted for the many examples."""
    settings.FEEDBACK_MAX_PER_LINK = settings.FEEDBACK_MAX_PER_ADDRESS = 10**9
    intake.forget_links()
    return Client()


@pytest.mark.django_db
@SETTINGS
@given(comment=any_text, contact=any_text, consent=st.booleans(), people=any_rating)
def test_any_text_is_stored_as_cleaned_or_refused_naming_its_field(
    customer, link, comment, contact, consent, people
):
    before = Response.objects.count()
    data = {"comment": comment, "contact": contact, "people": people}
    data["contact_consent"] = "on" if consent else None
    response = post(customer, link, data)
    row, form = check_all_or_nothing(response, before, data)
    if row is not None:
        assert row.comment == comment.strip()
        assert row.contact == (contact.strip() if consent else "")
        assert "\x00" not in row.comment
        assert "\ufffd" not in row.comment + row.contact
        assert len(row.comment) <= COMMENT_MAX_LENGTH
        assert len(row.contact) <= CONTACT_MAX_LENGTH
        if row.contact:
            assert _is_contact(row.contact)
    elif len(comment.strip()) > COMMENT_MAX_LENGTH:
        assert "comment" in form.errors


@pytest.mark.django_db
@SETTINGS
@given(ratings=st.fixed_dictionaries({kind: any_rating for kind in (*PS, "nps", "effort")}))
def test_a_rating_is_stored_only_when_it_is_on_its_scale(customer, link, ratings):
    before = Response.objects.count()
    response = post(customer, link, ratings)
    row, form = check_all_or_nothing(response, before, ratings)
    for kind, value in ratings.items():
        scale = SCALES["rating" if kind in PS else kind]
        given_value = (value or "").strip()
        on_scale = given_value in {str(point) for point in scale}
        if row is not None:
            assert getattr(row, kind) == (int(given_value) if on_scale else None)
            assert on_scale or not given_value
        elif given_value and not on_scale:
            assert kind in form.errors, (kind, value, form.errors)


@pytest.mark.django_db
@SETTINGS
@given(
    noise=st.dictionaries(st.text(min_size=1, max_size=20), st.text(max_size=50), max_size=5),
    people=st.sampled_from(["1", "5"]),
)
def test_unknown_fields_change_nothing_of_what_is_stored(customer, link, noise, people):
    before = Response.objects.count()
    data = {key: value for key, value in noise.items() if key not in FIELDS | {"website"}}
    data.pop("submission_id", None)
    response = post(customer, link, {**data, "people": people})
    row, _form = check_all_or_nothing(response, before, data)
    assert row is not None and row.people == int(people)
