"""Who may open which audit page, for every role; other organisations' data is a 404.

Location A is the manager's, the supervisor's and the staff member's; Location B only
the owner's and the executive's. Sue is the shopper with the assignment.
"""

import pytest
from django.urls import reverse

from servicegap.audits import workflow
from servicegap.audits.models import Audit, Kind
from servicegap.core.models import Role
from tests.audits.conftest import answer_all, start_shop
from tests.audits.factories import AuditAnswerFactory, AuditFactory
from tests.conftest import client_for

EVERY_ROLE = list(Role)
MANAGERS = {Role.OWNER, Role.EXECUTIVE, Role.MANAGER}
SUPERVISORS = MANAGERS | {Role.SUPERVISOR}
TEAM = SUPERVISORS | {Role.STAFF}


def status_for(member_of_role, role, url, method="get"):
    return getattr(client_for(member_of_role(role)), method)(url).status_code


@pytest.fixture
def submitted(assignment, shopper_sue) -> Audit:
    audit = start_shop(assignment, shopper_sue)
    answer_all(audit, {"The": "pass", "Staff": "fail"})
    workflow.submit_audit(audit, by=shopper_sue.user)
    return audit


@pytest.mark.parametrize("role", EVERY_ROLE)
def test_everyone_has_an_audits_page(role, member_of_role, world):
    assert status_for(member_of_role, role, reverse("audits:list")) == 200


@pytest.mark.parametrize(
    ("name", "allowed"),
    [
        ("audits:audit-start", TEAM),
        ("audits:compare", TEAM),
        ("audits:template-list", MANAGERS),
        ("audits:template-create", MANAGERS),
        ("audits:assignment-list", MANAGERS),
        ("audits:assignment-create", MANAGERS),
        ("audits:export-audits", SUPERVISORS),
        ("audits:export-answers", SUPERVISORS),
    ],
)
@pytest.mark.parametrize("role", EVERY_ROLE)
def test_pages_without_an_object_need_the_right_role(role, name, allowed, member_of_role, world):
    expected = 200 if role in allowed else 403
    assert status_for(member_of_role, role, reverse(name)) == expected


@pytest.mark.parametrize("role", EVERY_ROLE)
def test_the_template_editor_is_for_managers(role, member_of_role, template):
    url = reverse("audits:template-edit", args=[template.code])
    assert status_for(member_of_role, role, url) == (200 if role in MANAGERS else 403)


@pytest.mark.parametrize("role", EVERY_ROLE)
def test_an_assignment_is_seen_by_managers_and_its_shopper_only(role, member_of_role, assignment):
    expected = 200 if role in MANAGERS | {Role.SHOPPER} else 403
    assert status_for(member_of_role, role, assignment.get_absolute_url()) == expected


@pytest.mark.parametrize("role", EVERY_ROLE)
def test_a_location_report_is_for_the_team_who_see_the_location(role, member_of_role, world):
    report_a = reverse("audits:location-report", args=[world.location_a.code])
    report_b = reverse("audits:location-report", args=[world.location_b.code])
    if role == Role.SHOPPER:
        assert status_for(member_of_role, role, report_a) == 403
        return
    assert status_for(member_of_role, role, report_a) == 200
    sees_b = role in {Role.OWNER, Role.EXECUTIVE}
    assert status_for(member_of_role, role, report_b) == (200 if sees_b else 404)


@pytest.mark.parametrize("role", EVERY_ROLE)
def test_a_submitted_mystery_shop_is_seen_by_its_location_team_and_its_shopper(
    role, member_of_role, submitted
):
    assert status_for(member_of_role, role, submitted.get_absolute_url()) == 200


@pytest.mark.parametrize("role", EVERY_ROLE)
def test_a_mystery_shop_under_way_is_hidden_from_the_team_it_checks(
    role, member_of_role, assignment, shopper_sue
):
    audit = start_shop(assignment, shopper_sue)
    hidden = role in {Role.SUPERVISOR, Role.STAFF}
    assert status_for(member_of_role, role, audit.get_absolute_url()) == (404 if hidden else 200)


@pytest.mark.parametrize("role", EVERY_ROLE)
def test_audits_of_a_location_out_of_scope_are_404(role, member_of_role, world):
    audit = AuditFactory(organization=world.org, location=world.location_b, status="submitted")
    sees_b = role in {Role.OWNER, Role.EXECUTIVE}
    assert status_for(member_of_role, role, audit.get_absolute_url()) == (200 if sees_b else 404)


@pytest.mark.parametrize("role", EVERY_ROLE)
def test_answers_are_disputed_by_managers(role, member_of_role, submitted):
    answer = submitted.answers.first()
    url = reverse("audits:answer-dispute", args=[answer.code])
    assert status_for(member_of_role, role, url) == (200 if role in MANAGERS else 403)


@pytest.mark.parametrize("role", EVERY_ROLE)
def test_disputes_are_resolved_by_the_owner_or_the_shopper(
    role, member_of_role, submitted, manager_max
):
    dispute = workflow.dispute_answer(submitted.answers.first(), reason="No.", by=manager_max)
    url = reverse("audits:dispute-resolve", args=[dispute.code])
    allowed = {Role.OWNER, Role.SHOPPER}
    assert status_for(member_of_role, role, url) == (200 if role in allowed else 403)


@pytest.mark.parametrize("role", EVERY_ROLE)
def test_audits_are_locked_by_managers(role, member_of_role, submitted):
    url = reverse("audits:audit-lock", args=[submitted.code])
    expected = 302 if role in MANAGERS else 403
    assert status_for(member_of_role, role, url, "post") == expected


@pytest.mark.parametrize("role", EVERY_ROLE)
def test_photos_follow_the_audit(role, member_of_role, submitted, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    answer = submitted.answers.select_related("audit").first()
    answer.photo.save("door.png", _png(), save=True)
    url = reverse("audits:answer-photo", args=[answer.code])
    response = client_for(member_of_role(role)).get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert b"".join(response.streaming_content).startswith(b"\x89PNG")


def _png():
    from io import BytesIO

    from django.core.files.base import ContentFile
    from PIL import Image

    buffer = BytesIO()
    Image.new("RGB", (4, 4), "red").save(buffer, "PNG")
    return ContentFile(buffer.getvalue())


def test_photos_are_not_served_from_a_public_media_url(client, submitted, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    answer = submitted.answers.select_related("audit").first()
    answer.photo.save("door.png", _png(), save=True)
    assert client.get(f"/media/{answer.photo.name}").status_code == 404


def test_another_organisations_audit_is_404_for_its_owner(world, owner_olga, outsider_otto):
    foreign = AuditAnswerFactory(organization=outsider_otto.organization)
    client = client_for(owner_olga)
    assert client.get(foreign.audit.get_absolute_url()).status_code == 404
    assert client.get(reverse("audits:answer-photo", args=[foreign.code])).status_code == 404
    listed = client.get(reverse("audits:list")).context["page"].object_list
    assert foreign.audit not in listed


def test_the_list_shows_only_audits_the_member_may_see(world, manager_max):
    mine = AuditFactory(organization=world.org, location=world.location_a, kind=Kind.OBSERVATION)
    AuditFactory(organization=world.org, location=world.location_b)
    listed = client_for(manager_max).get(reverse("audits:list")).context["page"].object_list
    assert list(listed) == [mine]


def test_the_comparison_shows_only_visible_locations(world, manager_max):
    response = client_for(manager_max).get(reverse("audits:compare"))
    assert [loc.name for loc in response.context["r"]["locations"]] == ["Location A"]


def test_a_self_assessment_can_only_be_started_at_a_visible_location(world, template, staff_sam):
    response = client_for(staff_sam).post(
        reverse("audits:audit-start"),
        {
            "kind": "self_assessment",
            "location": str(world.location_b.code),
            "template": str(template.code),
        },
    )
    assert response.status_code == 400
    assert "location" in response.context["form"].errors
    assert not Audit.objects.exists()


def test_staff_start_a_self_assessment_of_their_location(world, template, staff_sam):
    response = client_for(staff_sam).post(
        reverse("audits:audit-start"),
        {
            "kind": "self_assessment",
            "location": str(world.location_a.code),
            "template": str(template.code),
        },
    )
    audit = Audit.objects.get()
    assert response["Location"] == reverse("audits:audit-fill", args=[audit.code])
    assert (audit.kind, audit.performed_by) == (Kind.SELF_ASSESSMENT, staff_sam.user)


def test_staff_cannot_start_an_observation(world, template, staff_sam):
    response = client_for(staff_sam).post(
        reverse("audits:audit-start"),
        {
            "kind": "observation",
            "location": str(world.location_a.code),
            "template": str(template.code),
        },
    )
    assert response.status_code == 400
    assert "kind" in response.context["form"].errors
