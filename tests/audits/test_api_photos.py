"""Answer photos in the API: list (`GET /audits/answers/{code}/photos`), download
(`GET …/photo`), add (`POST …/photo`, multipart part `photo`) and remove (`DELETE
…/photo`), with the fill page's limits (a JPEG, PNG, GIF or WebP image of at most 10 MB),
roles (whoever performs the audit changes its photos; whoever sees the audit sees them)
and states (a submitted audit's photos stay).
"""

from __future__ import annotations

from decimal import Decimal
from io import BytesIO

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from servicegap.audits import workflow
from servicegap.audits.forms import MAX_PHOTO_BYTES
from servicegap.audits.models import Audit, AuditAnswer
from servicegap.core import tokens
from servicegap.core.models import Role
from tests.api.checks import named
from tests.audits.api_calls import BASE
from tests.audits.conftest import answer_all, start_shop
from tests.audits.factories import AuditAnswerFactory, AuditFactory

MANAGERS = {Role.OWNER, Role.EXECUTIVE, Role.MANAGER}
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
ALL_PASS = {"The guest": "pass", "Staff": "pass", "The phone": "pass", "The bill": "pass"}


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def stored(media) -> list:
    return sorted(path for path in media.rglob("*") if path.is_file())


def image(kind="PNG", size=(8, 8), colour="blue") -> bytes:
    buffer = BytesIO()
    Image.new("RGB", size, colour).save(buffer, kind)
    return buffer.getvalue()


def auth(member) -> dict:
    return {"HTTP_AUTHORIZATION": f"Bearer {tokens.create_token(member, 'test')[1]}"}


def url(answer: AuditAnswer, tail="photo") -> str:
    return f"{BASE}/answers/{answer.code}/{tail}"


def upload(client, member, answer, content: bytes, name="door.png", **parts):
    files = {"photo": SimpleUploadedFile(name, content, content_type="image/png"), **parts}
    return client.post(url(answer), files, **auth(member))


@pytest.fixture
def draft(assignment, shopper_sue) -> Audit:
    return start_shop(assignment, shopper_sue)


@pytest.fixture
def rings(draft) -> AuditAnswer:
    """The measured answer, answered 2 rings (a pass) with a note before any photo."""
    answer = draft.answers.select_related("audit").get(behaviour_text__startswith="The phone")
    workflow.save_answer(answer, measured_value=Decimal(2), note="Two rings.")
    return answer


def with_photo(answer: AuditAnswer, content: bytes | None = None, name="door.png") -> AuditAnswer:
    answer.photo.save(name, ContentFile(content or image()), save=True)
    return answer


def submit(audit: Audit, shopper) -> Audit:
    answer_all(audit, ALL_PASS, {"The phone": Decimal(2)})
    workflow.submit_audit(audit, by=shopper.user)
    audit.refresh_from_db()
    return audit


# Adding ------------------------------------------------------------------------------


def test_the_shopper_adds_a_photo_and_the_answer_stays(client, rings, shopper_sue, media):
    content = image()
    response = upload(client, shopper_sue, rings, content)
    assert response.status_code == 201, response.content
    rings.refresh_from_db()
    assert rings.photo.name.startswith(f"audits/{rings.organization_id}/")
    assert rings.photo.name.endswith(".png")
    assert (media / rings.photo.name).read_bytes() == content
    # The result, measure and note are as they were.
    assert (rings.result, rings.measured_value, rings.note) == ("pass", Decimal(2), "Two rings.")
    assert response.json() == {
        "answer": str(rings.code),
        "url": url(rings),
        "content_type": "image/png",
        "size": len(content),
    }


def test_a_photo_is_stored_under_its_format_not_the_name_it_was_sent_with(
    client, rings, shopper_sue, media
):
    response = upload(client, shopper_sue, rings, image("JPEG"), name="door.html")
    assert response.status_code == 201, response.content
    rings.refresh_from_db()
    assert rings.photo.name.endswith(".jpg")
    download = client.get(url(rings), **auth(shopper_sue))
    assert download["Content-Type"] == "image/jpeg"
    assert b"".join(download.streaming_content).startswith(b"\xff\xd8")


def test_a_new_photo_replaces_the_old_one(
    client, rings, shopper_sue, media, django_capture_on_commit_callbacks
):
    with_photo(rings, image(colour="red"))
    old = media / rings.photo.name
    assert old.exists()
    with django_capture_on_commit_callbacks(execute=True):
        response = upload(client, shopper_sue, rings, image(colour="green"))
    assert response.status_code == 201
    rings.refresh_from_db()
    assert not old.exists()
    assert stored(media) == [media / rings.photo.name]


@pytest.mark.parametrize("role", list(Role))
def test_only_whoever_performs_the_draft_adds_a_photo(client, role, member_of_role, rings, media):
    response = upload(client, member_of_role(role), rings, image())
    rings.refresh_from_db()
    if role == Role.SHOPPER:
        assert response.status_code == 201
        assert rings.photo
        return
    # Managers see the shopper's draft but do not fill it; supervisors and staff do not
    # see a mystery shop under way at all.
    assert response.status_code == (403 if role in MANAGERS else 404)
    assert not rings.photo and stored(media) == []


def test_another_shopper_does_not_find_the_answer(client, rings, shopper_sam, media):
    assert upload(client, shopper_sam, rings, image()).status_code == 404
    assert stored(media) == []


def test_a_team_member_adds_a_photo_to_their_own_self_assessment(
    client, world, template, staff_sam, media
):
    audit = workflow.start_audit(
        kind="self_assessment", location=world.location_a, template=template, by=staff_sam
    )
    answer = audit.answers.first()
    assert upload(client, staff_sam, answer, image()).status_code == 201
    answer.refresh_from_db()
    assert (media / answer.photo.name).exists()


def test_a_submitted_audit_refuses_a_photo(client, draft, shopper_sue, media):
    submit(draft, shopper_sue)
    answer = draft.answers.first()
    response = upload(client, shopper_sue, answer, image())
    assert response.status_code == 409
    answer.refresh_from_db()
    assert not answer.photo and stored(media) == []


def test_a_photo_over_10_mb_is_refused_and_nothing_is_stored(client, rings, shopper_sue, media):
    big = image() + b"\0" * MAX_PHOTO_BYTES
    answered_at = rings.answered_at
    response = upload(client, shopper_sue, rings, big)
    assert named(response, "photo"), response.content
    assert "the most is 10 MB" in str(response.json())
    rings.refresh_from_db()
    assert (rings.photo.name, rings.answered_at) == ("", answered_at)
    assert stored(media) == []


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (b"%PDF-1.4 not an image", "not an image"),
        (image("BMP"), "BMP images are not accepted"),
        (b"", "submitted file is empty"),
    ],
)
def test_a_file_that_is_not_an_accepted_image_is_refused(
    client, rings, shopper_sue, media, content, says
):
    response = upload(client, shopper_sue, rings, content)
    assert named(response, "photo"), response.content
    assert says in str(response.json())
    rings.refresh_from_db()
    assert not rings.photo and stored(media) == []


def test_a_missing_photo_part_is_refused(client, rings, shopper_sue, media):
    response = client.post(url(rings), {}, **auth(shopper_sue))
    assert named(response, "photo"), response.content
    assert stored(media) == []


def test_an_unknown_part_is_refused(client, rings, shopper_sue, media):
    response = upload(client, shopper_sue, rings, image(), note="Overwrite the note?")
    assert named(response, "note"), response.content
    rings.refresh_from_db()
    assert (rings.photo.name, rings.note) == ("", "Two rings.")
    assert stored(media) == []


def test_another_organisations_answer_is_404(client, outsider_otto, shopper_sue, media):
    foreign = AuditAnswerFactory(organization=outsider_otto.organization)
    assert upload(client, shopper_sue, foreign, image()).status_code == 404
    assert upload(client, outsider_otto, foreign, image()).status_code == 403  # not his own
    assert stored(media) == []


# Listing and downloading -----------------------------------------------------------------


def test_an_answer_without_a_photo_lists_none_and_has_none_to_download(client, rings, shopper_sue):
    listed = client.get(url(rings, "photos"), **auth(shopper_sue))
    assert (listed.status_code, listed.json()) == (200, [])
    assert client.get(url(rings), **auth(shopper_sue)).status_code == 404


def test_a_photo_is_listed_and_downloaded_as_the_page_serves_it(client, rings, shopper_sue):
    content = image()
    with_photo(rings, content)
    listed = client.get(url(rings, "photos"), **auth(shopper_sue))
    assert listed.json() == [
        {
            "answer": str(rings.code),
            "url": url(rings),
            "content_type": "image/png",
            "size": len(content),
        }
    ]
    response = client.get(listed.json()[0]["url"], **auth(shopper_sue))
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert response["Content-Disposition"] == "inline"
    assert response["Cache-Control"] == "private, max-age=3600"
    body = b"".join(response.streaming_content)
    assert body.startswith(PNG_SIGNATURE) and body == content


def test_a_photo_stored_under_another_type_is_a_download(client, rings, shopper_sue):
    with_photo(rings, b"<script>alert(1)</script>", name="page.html")  # stored before the check
    response = client.get(url(rings), **auth(shopper_sue))
    assert response["Content-Type"] == "application/octet-stream"
    assert response["Content-Disposition"] == "attachment"
    listed = client.get(url(rings, "photos"), **auth(shopper_sue)).json()
    assert listed[0]["content_type"] == "application/octet-stream"


def test_a_photo_whose_file_is_gone_is_404(client, rings, shopper_sue, media):
    with_photo(rings)
    (media / rings.photo.name).unlink()
    assert client.get(url(rings), **auth(shopper_sue)).status_code == 404
    assert client.get(url(rings, "photos"), **auth(shopper_sue)).json()[0]["size"] is None


@pytest.mark.parametrize("role", list(Role))
def test_whoever_sees_the_audit_sees_its_photos(client, role, member_of_role, draft, shopper_sue):
    submit(draft, shopper_sue)
    answer = with_photo(draft.answers.first())
    member = member_of_role(role)
    listed = client.get(url(answer, "photos"), **auth(member))
    download = client.get(url(answer), **auth(member))
    # A submitted mystery shop is seen by every role of the location (and its shopper).
    assert (listed.status_code, len(listed.json())) == (200, 1)
    assert download.status_code == 200
    assert b"".join(download.streaming_content).startswith(PNG_SIGNATURE)


@pytest.mark.parametrize("role", [Role.SUPERVISOR, Role.STAFF])
def test_a_mystery_shop_under_way_hides_its_photos(client, role, member_of_role, rings):
    with_photo(rings)
    member = member_of_role(role)
    assert client.get(url(rings, "photos"), **auth(member)).status_code == 404
    assert client.get(url(rings), **auth(member)).status_code == 404


def test_a_location_out_of_scope_hides_its_photos(client, world, manager_max, staff_sam):
    # Max manages the North region, Sam works at Location A: Location B is neither's.
    audit = AuditFactory(organization=world.org, location=world.location_b, status="submitted")
    answer = with_photo(AuditAnswerFactory(organization=world.org, audit=audit, is_counted=True))
    for member in (manager_max, staff_sam):
        assert client.get(url(answer, "photos"), **auth(member)).status_code == 404
        assert client.get(url(answer), **auth(member)).status_code == 404


def test_another_organisations_photo_is_404(client, owner_olga, outsider_otto):
    foreign = with_photo(AuditAnswerFactory(organization=outsider_otto.organization))
    assert client.get(url(foreign, "photos"), **auth(owner_olga)).status_code == 404
    assert client.get(url(foreign), **auth(owner_olga)).status_code == 404
    assert client.get(url(foreign), **auth(outsider_otto)).status_code == 200


# Removing --------------------------------------------------------------------------------


def test_the_shopper_removes_a_photo(
    client, rings, shopper_sue, media, django_capture_on_commit_callbacks
):
    with_photo(rings)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.delete(url(rings), **auth(shopper_sue))
    assert response.status_code == 204
    rings.refresh_from_db()
    assert rings.photo.name == ""
    assert (rings.result, rings.measured_value, rings.note) == ("pass", Decimal(2), "Two rings.")
    assert stored(media) == []
    assert client.delete(url(rings), **auth(shopper_sue)).status_code == 404  # none left


@pytest.mark.parametrize("role", list(Role))
def test_only_whoever_performs_the_draft_removes_a_photo(
    client, role, member_of_role, rings, media
):
    with_photo(rings)
    response = client.delete(url(rings), **auth(member_of_role(role)))
    rings.refresh_from_db()
    if role == Role.SHOPPER:
        assert response.status_code == 204
        assert not rings.photo
        return
    assert response.status_code == (403 if role in MANAGERS else 404)
    assert rings.photo and (media / rings.photo.name).exists()


def test_a_submitted_audits_photo_stays(client, draft, shopper_sue, media):
    answer = with_photo(draft.answers.first())
    submit(draft, shopper_sue)
    response = client.delete(url(answer), **auth(shopper_sue))
    assert response.status_code == 409
    answer.refresh_from_db()
    assert answer.photo and (media / answer.photo.name).exists()


def test_another_organisations_photo_is_404_to_remove(client, shopper_sue, outsider_otto, media):
    foreign = with_photo(AuditAnswerFactory(organization=outsider_otto.organization))
    assert client.delete(url(foreign), **auth(shopper_sue)).status_code == 404
    foreign.refresh_from_db()
    assert foreign.photo and (media / foreign.photo.name).exists()


def test_a_photo_sent_as_the_audit_is_submitted_is_not_kept(rings, media):
    # The answer was read while a draft; the audit is submitted before the photo is saved.
    Audit.objects.filter(pk=rings.audit_id).update(status=Audit.Status.SUBMITTED)
    photo = SimpleUploadedFile("door.png", image(), content_type="image/png")
    with pytest.raises(workflow.AuditClosed):
        workflow.save_answer(rings, result="pass", photo=photo)
    assert stored(media) == []
    assert AuditAnswer.objects.get(pk=rings.pk).photo.name == ""
