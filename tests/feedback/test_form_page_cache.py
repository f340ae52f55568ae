"""The new form is rendered once per link and language and served from the link's copy:
each customer still gets a key of their own, each language its page, and an edit shows
as soon as the link is read again."""

from __future__ import annotations

import re
import uuid

from servicegap.feedback.models import Response
from tests.conftest import client_for
from tests.feedback.conftest import send

KEY = re.compile(r'name="submission_id" value="([0-9a-f-]{36})"')


def keys(html: str) -> list[str]:
    return KEY.findall(html)


def test_each_customer_gets_a_key_of_their_own_and_otherwise_the_same_page(public, link):
    first = public.get(link.public_path())
    second = public.get(link.public_path())
    assert first.status_code == second.status_code == 200
    assert first["Content-Language"] == "en" and first["Content-Type"].startswith("text/html")
    [a], [b] = keys(first.content.decode()), keys(second.content.decode())
    assert a != b and uuid.UUID(a) and uuid.UUID(b)
    assert first.content.decode().replace(a, "KEY") == second.content.decode().replace(b, "KEY")


def test_the_copy_is_made_once_and_served_without_rendering(public, link, monkeypatch):
    from servicegap.feedback import views

    public.get(link.public_path())
    monkeypatch.setattr(views, "render", None)  # a second render would raise
    assert public.get(link.public_path()).status_code == 200


def test_each_key_stores_one_answer(public, link):
    send(public, link, people=4)
    send(public, link, people=2)
    assert sorted(Response.objects.values_list("people", flat=True)) == [2, 4]


def same_page(a: str, b: str) -> bool:
    """Whether two pages are the same but for their keys."""
    return a.replace(keys(a)[0], "KEY") == b.replace(keys(b)[0], "KEY")


def test_each_language_has_its_own_page(public, link):
    english = public.get(link.public_path()).content.decode()
    french = public.get(link.public_path() + "?lang=fr")
    assert french["Content-Language"] == "fr" and 'lang="fr"' in french.content.decode()
    assert not same_page(english, french.content.decode())
    spanish = public.get(link.public_path(), HTTP_ACCEPT_LANGUAGE="es")
    assert spanish["Content-Language"] == "es" and 'lang="es"' in spanish.content.decode()
    again = public.get(link.public_path()).content.decode()  # English again, not the others
    assert 'lang="en"' in again and same_page(english, again)


def test_a_new_wording_shows_at_once(owner_olga, survey, public, link):
    assert "How was lunch?" not in public.get(link.public_path()).content.decode()
    client_for(owner_olga).post(
        f"/feedback/surveys/{survey.code}/wording/", {"en__title": "How was lunch?"}
    )
    assert "How was lunch?" in public.get(link.public_path()).content.decode()


def test_a_form_with_errors_is_rendered_with_its_answers_not_served_from_the_copy(public, link):
    public.get(link.public_path())  # the copy exists
    answer = public.post(link.public_path(), {"submission_id": "not a key", "people": "4"})
    assert answer.status_code == 400
    html = answer.content.decode()
    assert 'value="4" checked' in html.replace(" required", "")
    assert keys(html) == []  # the bad key is not replaced by a fresh one
