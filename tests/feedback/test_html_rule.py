"""The public form's HTML rule, as its comment states it, against the forms tags take."""

import pytest

from servicegap.feedback.forms import HTML_TAG
from servicegap.feedback.models import Response
from tests.feedback.conftest import send

TAGS = [
    "<svg/onload=alert(1)>",
    "<svg/onload=alert(1)//",
    "<body/onload=alert(1)>",
    "<img/src/onerror=alert(1)>",
    "<iframe/src=javascript:alert(1)>",
    "<svg\tonload=alert(1)>",
    "<svg\nonload=alert(1)>",
    "<img src=x onerror=alert(1)",
    '<IMG SRC="javascript:alert(1)">',
    "<details open ontoggle=alert(1)>",
    "<script>alert(1)</script>",
    "</script>",
    "<br/>",
    "<b >bold</b>",
    "<!-- hidden -->",
]

NOT_TAGS = [
    "<3",
    "a < b",
    "5 > 4",
    "<<pas possible>>",
    "<ana@example.org>",
    "<a long wait>",
    "<half an hour, bill >50",
    "I <3 this place => back soon",
    "x</y",
]


@pytest.mark.parametrize("text", TAGS)
def test_a_tag_is_found(text):
    assert HTML_TAG.search(f"Lovely meal {text} thanks")
    assert HTML_TAG.search(text)


@pytest.mark.parametrize("text", NOT_TAGS)
def test_what_customers_write_otherwise_is_no_tag(text):
    assert HTML_TAG.search(text) is None


def test_the_public_form_refuses_a_slash_separated_tag_and_stores_nothing(public, link):
    response = send(public, link, people=4, comment="Great <svg/onload=alert(1)> food")
    assert response.status_code == 400
    assert "Please remove the HTML tags" in response.content.decode()
    assert "<svg/onload" not in response.content.decode()
    assert not Response.objects.exists()


def test_the_public_form_keeps_a_heart_and_a_comparison(public, link):
    response = send(public, link, people=4, comment="<3 the staff, and 5 > 4 stars")
    assert response.status_code == 200
    assert Response.objects.get().comment == "<3 the staff, and 5 > 4 stars"
