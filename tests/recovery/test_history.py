"""A case's history is append-only: no change, no deletion; a correction is a new event."""

from __future__ import annotations

import pytest

from servicegap.recovery import cases
from servicegap.recovery.models import CaseEvent, EventImmutable
from tests.conftest import client_for


def test_opening_a_case_writes_its_first_event(case, staff_sam):
    event = CaseEvent.objects.get(case=case)
    assert event.kind == CaseEvent.Kind.OPENED and event.by == staff_sam.user


def test_an_event_cannot_be_edited(case):
    event = CaseEvent.objects.get(case=case)
    event.text = "Nothing happened."
    with pytest.raises(EventImmutable, match="cannot be changed; add a correction"):
        event.save()
    assert CaseEvent.objects.get(pk=event.pk).text.startswith("Opened")


def test_an_event_cannot_be_deleted(case):
    event = CaseEvent.objects.get(case=case)
    with pytest.raises(EventImmutable, match="cannot be deleted; add a correction"):
        event.delete()
    assert CaseEvent.objects.filter(pk=event.pk).exists()


def test_events_cannot_be_updated_or_deleted_in_bulk(case):
    with pytest.raises(EventImmutable):
        CaseEvent.objects.filter(case=case).update(text="gone")
    with pytest.raises(EventImmutable):
        CaseEvent.objects.filter(case=case).delete()
    assert CaseEvent.objects.filter(case=case).count() == 1


def test_a_correction_is_a_new_event_pointing_at_the_old_one(case, supervisor_sid):
    note = cases.add_note(case, "Guest called at 9.", by=supervisor_sid)
    correction = cases.correct_event(note, "It was 8, not 9.", by=supervisor_sid)
    assert correction.kind == CaseEvent.Kind.CORRECTION and correction.corrects == note
    assert CaseEvent.objects.get(pk=note.pk).text == "Guest called at 9."


def test_the_page_corrects_by_adding_an_event(case, supervisor_sid):
    note = cases.add_note(case, "Guest called at 9.", by=supervisor_sid)
    response = client_for(supervisor_sid).post(
        case.get_absolute_url() + "correct/", {"event": note.code, "text": "At 8."}
    )
    assert response.status_code == 302
    assert CaseEvent.objects.get(pk=note.pk).text == "Guest called at 9."
    assert CaseEvent.objects.get(corrects=note).text == "At 8."


def test_no_url_edits_or_deletes_an_event():
    from django.urls import get_resolver

    names = [n for n in get_resolver().reverse_dict if isinstance(n, str)]
    recovery = {
        n for n in get_resolver().namespace_dict["recovery"][1].reverse_dict if isinstance(n, str)
    }
    assert not [n for n in recovery | set(names) if "event" in n and ("edit" in n or "delete" in n)]


def test_the_api_offers_no_way_to_change_an_event(client):
    from servicegap.api.main import api

    schema = api.get_openapi_schema()
    for path, methods in schema["paths"].items():
        if "/recovery/" in path and "events" in path:
            assert set(methods) <= {"get", "post"}, path


def test_case_text_is_shown_escaped(case, supervisor_sid):
    cases.add_note(case, "<script>alert(1)</script>", by=supervisor_sid)
    html = client_for(supervisor_sid).get(case.get_absolute_url()).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
