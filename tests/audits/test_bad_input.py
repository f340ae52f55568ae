"""Bad input is refused with a reason naming the field, and nothing is half saved."""

from io import BytesIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from servicegap.audits.forms import MAX_PHOTO_BYTES
from servicegap.audits.models import Audit, AuditAnswer
from tests.audits.conftest import start_shop
from tests.conftest import client_for

HTMX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


@pytest.fixture
def draft(assignment, shopper_sue) -> Audit:
    return start_shop(assignment, shopper_sue)


def png(size=(8, 8)) -> bytes:
    buffer = BytesIO()
    Image.new("RGB", size, "blue").save(buffer, "PNG")
    return buffer.getvalue()


def save_one(shopper, answer, data, files=None):
    prefix = str(answer.code)
    payload = {f"{prefix}-{key}": value for key, value in data.items()}
    for key, upload in (files or {}).items():
        payload[f"{prefix}-{key}"] = upload
    return client_for(shopper).post(
        reverse("audits:answer-save", args=[answer.code]), payload, **HTMX
    )


def test_a_photo_is_kept_with_the_answer(draft, shopper_sue, media):
    answer = draft.answers.first()
    upload = SimpleUploadedFile("door.png", png(), content_type="image/png")
    response = save_one(shopper_sue, answer, {"result": "fail"}, {"photo": upload})
    assert response.status_code == 200
    answer.refresh_from_db()
    assert answer.photo.name.startswith(f"audits/{draft.organization_id}/")
    assert (media / answer.photo.name).exists()
    assert "See the photo" in response.text


def test_a_file_that_is_not_an_image_is_refused(draft, shopper_sue, media):
    answer = draft.answers.first()
    upload = SimpleUploadedFile("door.png", b"%PDF-1.4 not an image", content_type="image/png")
    response = save_one(shopper_sue, answer, {"result": "fail"}, {"photo": upload})
    assert response.status_code == 400
    assert "not an image" in response.text
    answer.refresh_from_db()
    assert (answer.result, answer.photo.name) == ("", "")
    assert not list(media.rglob("*.*"))


def test_a_photo_over_10_mb_is_refused(draft, shopper_sue, media):
    answer = draft.answers.first()
    big = png() + b"\0" * MAX_PHOTO_BYTES
    upload = SimpleUploadedFile("big.png", big, content_type="image/png")
    response = save_one(shopper_sue, answer, {"result": "pass"}, {"photo": upload})
    assert response.status_code == 400
    assert "the most is 10 MB" in response.text
    answer.refresh_from_db()
    assert answer.photo.name == ""
    assert not list(media.rglob("*.*"))


def test_an_image_in_another_format_is_refused(draft, shopper_sue):
    buffer = BytesIO()
    Image.new("RGB", (4, 4)).save(buffer, "BMP")
    upload = SimpleUploadedFile("door.bmp", buffer.getvalue(), content_type="image/bmp")
    response = save_one(shopper_sue, draft.answers.first(), {"result": "pass"}, {"photo": upload})
    assert response.status_code == 400
    assert "BMP images are not accepted" in response.text


def test_a_measured_value_that_is_not_a_number_is_a_field_error(draft, shopper_sue):
    rings = draft.answers.get(behaviour_text__startswith="The phone")
    response = save_one(shopper_sue, rings, {"result": "pass", "measured_value": "three"})
    assert response.status_code == 400
    assert "Measured: Enter a number." in response.text
    rings.refresh_from_db()
    assert (rings.result, rings.measured_value) == ("", None)


def test_a_bad_answer_in_the_whole_form_saves_nothing(draft, shopper_sue):
    data = {"action": "save"}
    for answer in draft.answers.all():
        data[f"{answer.code}-result"] = "pass"
        data[f"{answer.code}-measured_value"] = ""
        data[f"{answer.code}-note"] = ""
    rings = draft.answers.get(behaviour_text__startswith="The phone")
    data[f"{rings.code}-measured_value"] = "lots"
    response = client_for(shopper_sue).post(reverse("audits:audit-fill", args=[draft.code]), data)
    assert response.status_code == 400
    assert "Enter a number." in response.text
    assert "nothing was saved" in response.text
    assert set(AuditAnswer.objects.values_list("result", flat=True)) == {""}


def test_an_unknown_result_is_refused(draft, shopper_sue):
    response = save_one(shopper_sue, draft.answers.first(), {"result": "maybe"})
    assert response.status_code == 400
    assert "Result:" in response.text


def test_a_note_longer_than_2000_characters_is_refused(draft, shopper_sue):
    response = save_one(shopper_sue, draft.answers.first(), {"note": "x" * 2001})
    assert response.status_code == 400
    assert "Note:" in response.text


def test_what_a_shopper_typed_is_shown_escaped(draft, shopper_sue, manager_max):
    answer = draft.answers.first()
    save_one(shopper_sue, answer, {"result": "fail", "note": "<script>alert(1)</script>"})
    page = client_for(manager_max).get(draft.get_absolute_url()).text
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_a_check_in_outside_the_globe_is_ignored(assignment, shopper_sue):
    client_for(shopper_sue).post(
        reverse("audits:assignment-start", args=[assignment.code]),
        {"latitude": "123", "longitude": "2.35"},
    )
    audit = Audit.objects.get()
    assert audit.checkin_latitude is None


def test_the_audit_list_reports_a_bad_filter_and_still_lists(world, owner_olga):
    response = client_for(owner_olga).get(reverse("audits:list"), {"since": "yesterday"})
    assert response.status_code == 200
    assert "since" in response.context["form"].errors
