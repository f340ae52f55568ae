"""The mystery shopper's whole visit through the pages, as a phone would do it."""

from datetime import date
from decimal import Decimal

from django.urls import reverse

from servicegap.audits.models import Assignment, Audit, AuditAnswer, Dispute
from tests.audits.conftest import start_shop
from tests.conftest import client_for

HTMX = {"HTTP_HX_REQUEST": "true"}


def fields(audit: Audit, results: dict[str, str], **extra) -> dict:
    """The no-JavaScript form: every answer's fields, by behaviour text prefix."""
    data = {}
    for answer in audit.answers.all():
        prefix = str(answer.code)
        data[f"{prefix}-result"] = next(
            (r for start, r in results.items() if answer.behaviour_text.startswith(start)), ""
        )
        data[f"{prefix}-note"] = ""
        data[f"{prefix}-measured_value"] = ""
    if extra.get("action") == "submit":
        extra.setdefault("confirmed", "yes")  # the confirmation page's answer
    data.update(extra)
    return data


def choice(obj) -> str:
    """A model choice as the form expects it: the object's code where it has one."""
    return str(obj.code) if hasattr(obj, "code") else str(obj.pk)


def answer_code(audit: Audit, start: str) -> str:
    return str(audit.answers.get(behaviour_text__startswith=start).code)


def test_a_manager_schedules_a_mystery_shop(world, template, manager_max, shopper_sue):
    response = client_for(manager_max).post(
        reverse("audits:assignment-create"),
        {
            "location": choice(world.location_a),
            "template": choice(template),
            "shopper": choice(shopper_sue),
            "window_start": "2026-03-01",
            "window_end": "2026-03-10",
            "instructions": "Ask whether we deliver tonight.",
        },
    )
    assert response.status_code == 302
    assignment = Assignment.objects.get()
    assert (assignment.shopper, assignment.location) == (shopper_sue, world.location_a)
    assert assignment.window_end == date(2026, 3, 10)


def test_a_manager_can_only_assign_a_shopper(world, template, manager_max, staff_sam):
    response = client_for(manager_max).post(
        reverse("audits:assignment-create"),
        {
            "location": choice(world.location_a),
            "template": choice(template),
            "shopper": choice(staff_sam),
            "window_start": "2026-03-01",
            "window_end": "2026-03-10",
        },
    )
    assert response.status_code == 400
    assert "shopper" in response.context["form"].errors
    assert not Assignment.objects.exists()


def test_a_manager_cannot_schedule_at_a_location_they_do_not_see(
    world, template, manager_max, shopper_sue
):
    response = client_for(manager_max).post(
        reverse("audits:assignment-create"),
        {
            "location": choice(world.location_b),
            "template": choice(template),
            "shopper": choice(shopper_sue),
            "window_start": "2026-03-01",
            "window_end": "2026-03-10",
        },
    )
    assert response.status_code == 400
    assert "location" in response.context["form"].errors


def test_the_window_must_not_end_before_it_starts(world, template, manager_max, shopper_sue):
    response = client_for(manager_max).post(
        reverse("audits:assignment-create"),
        {
            "location": choice(world.location_a),
            "template": choice(template),
            "shopper": choice(shopper_sue),
            "window_start": "2026-03-10",
            "window_end": "2026-03-01",
        },
    )
    assert response.status_code == 400
    assert "window_end" in response.context["form"].errors


def test_a_shopper_sees_their_assignments_on_the_audits_page(assignment, shopper_sue):
    response = client_for(shopper_sue).get(reverse("audits:list"))
    assert response.status_code == 200
    assert list(response.context["assignments"]) == [assignment]
    assert "Location A" in response.text


def test_a_shopper_does_not_see_another_shoppers_assignment(assignment, shopper_sam):
    client = client_for(shopper_sam)
    assert list(client.get(reverse("audits:list")).context["assignments"]) == []
    assert client.get(assignment.get_absolute_url()).status_code == 404
    start = reverse("audits:assignment-start", args=[assignment.code])
    assert client.post(start).status_code == 404
    assert not Audit.objects.exists()


def test_a_shopper_does_not_see_another_shoppers_audit(assignment, shopper_sue, shopper_sam):
    audit = start_shop(assignment, shopper_sue)
    client = client_for(shopper_sam)
    assert client.get(audit.get_absolute_url()).status_code == 404
    assert client.get(reverse("audits:audit-fill", args=[audit.code])).status_code == 404
    answer = audit.answers.first()
    url = reverse("audits:answer-save", args=[answer.code])
    assert client.post(url, {f"{answer.code}-result": "fail"}).status_code == 404


def test_starting_the_visit_records_the_time_and_the_position(world, assignment, shopper_sue):
    world.location_a.latitude, world.location_a.longitude = Decimal("48.8566"), Decimal("2.3522")
    world.location_a.save()
    response = client_for(shopper_sue).post(
        reverse("audits:assignment-start", args=[assignment.code]),
        {"latitude": "48.857600", "longitude": "2.352200", "accuracy": "15"},
    )
    audit = Audit.objects.get()
    assert response["Location"] == reverse("audits:audit-fill", args=[audit.code])
    assert audit.started_at is not None
    assert audit.checkin_distance_m == 111


def test_starting_the_visit_without_a_position_is_fine(assignment, shopper_sue):
    client_for(shopper_sue).post(reverse("audits:assignment-start", args=[assignment.code]))
    audit = Audit.objects.get()
    assert audit.checkin_latitude is None
    assert audit.started_at is not None


def test_the_fill_page_saves_each_answer_as_it_changes(assignment, shopper_sue):
    audit = start_shop(assignment, shopper_sue)
    code = answer_code(audit, "Staff")
    client = client_for(shopper_sue)
    response = client.post(
        reverse("audits:answer-save", args=[code]),
        {f"{code}-result": "fail", f"{code}-note": "No smile at the door."},
        **HTMX,
    )
    assert response.status_code == 200
    assert "Saved at" in response.text
    answer = AuditAnswer.objects.get(code=code)
    assert (answer.result, answer.note) == ("fail", "No smile at the door.")
    # A reload shows it.
    page = client.get(reverse("audits:audit-fill", args=[audit.code]))
    assert 'value="fail" checked' in page.text
    assert "No smile at the door." in page.text


def test_a_measured_answer_reports_the_result_from_its_target(assignment, shopper_sue):
    audit = start_shop(assignment, shopper_sue)
    code = answer_code(audit, "The phone")
    response = client_for(shopper_sue).post(
        reverse("audits:answer-save", args=[code]),
        {f"{code}-result": "pass", f"{code}-measured_value": "6"},
        **HTMX,
    )
    assert AuditAnswer.objects.get(code=code).result == "fail"
    assert "Fail, from the measurement" in response.text
    assert 'hx-swap-oob="true"' in response.text


def test_the_fill_page_works_without_javascript(assignment, shopper_sue):
    audit = start_shop(assignment, shopper_sue)
    data = fields(
        audit, {"The guest": "pass", "Staff": "fail", "The phone": "pass", "The bill": "na"}
    )
    data[f"{answer_code(audit, 'The phone')}-measured_value"] = "2"
    response = client_for(shopper_sue).post(
        reverse("audits:audit-fill", args=[audit.code]), {**data, "action": "save"}
    )
    assert response.status_code == 302
    results = dict(audit.answers.values_list("behaviour_text", "result"))
    assert results["Staff smile."] == "fail"
    assert results["The bill is correct."] == "na"
    assert audit.answers.get(behaviour_text__startswith="The phone").measured_value == 2


def test_the_fill_page_loads_its_offline_script_and_posts_each_answer(assignment, shopper_sue):
    audit = start_shop(assignment, shopper_sue)
    page = client_for(shopper_sue).get(reverse("audits:audit-fill", args=[audit.code]))
    assert "audits/fill.js" in page.text
    assert 'hx-trigger="change"' in page.text
    answer = audit.answers.first()
    assert f'hx-post="{reverse("audits:answer-save", args=[answer.code])}"' in page.text
    assert f'data-audit="{audit.code}"' in page.text


def test_submitting_with_answers_missing_lists_them(assignment, shopper_sue):
    audit = start_shop(assignment, shopper_sue)
    data = fields(audit, {"The guest": "pass", "The bill": "pass"}, action="submit")
    response = client_for(shopper_sue).post(reverse("audits:audit-fill", args=[audit.code]), data)
    assert response.status_code == 400
    assert [a.behaviour_text for a in response.context["missing"]] == [
        "Staff smile.",
        "The phone is answered within 3 rings.",
    ]
    assert "Your draft is kept." in response.text
    audit.refresh_from_db()
    assert audit.status == Audit.Status.DRAFT
    # what was given is saved
    assert audit.answers.get(behaviour_text="The bill is correct.").result == "pass"


def test_a_submitted_audit_refuses_edits(assignment, shopper_sue):
    audit = start_shop(assignment, shopper_sue)
    client = client_for(shopper_sue)
    data = fields(audit, {"The": "pass", "Staff": "pass"}, action="submit")
    assert client.post(reverse("audits:audit-fill", args=[audit.code]), data).status_code == 302
    code = answer_code(audit, "Staff")
    response = client.post(
        reverse("audits:answer-save", args=[code]), {f"{code}-result": "fail"}, **HTMX
    )
    assert response.status_code == 409
    assert "read-only" in response.text
    refused = client.post(reverse("audits:audit-fill", args=[audit.code]), data)
    assert refused.status_code == 409
    assert AuditAnswer.objects.get(code=code).result == "pass"
    # The fill page now leads to the read-only audit.
    assert client.get(reverse("audits:audit-fill", args=[audit.code])).status_code == 302


def test_only_the_performer_fills_in_an_audit(assignment, shopper_sue, manager_max):
    audit = start_shop(assignment, shopper_sue)
    client = client_for(manager_max)
    assert client.get(reverse("audits:audit-fill", args=[audit.code])).status_code == 403
    code = answer_code(audit, "Staff")
    response = client.post(reverse("audits:answer-save", args=[code]), {f"{code}-result": "fail"})
    assert response.status_code == 403


def test_the_whole_visit_with_a_dispute_that_changes_the_score(
    world, template, manager_max, shopper_sue, owner_olga
):
    world.location_a.latitude, world.location_a.longitude = Decimal("48.8566"), Decimal("2.3522")
    world.location_a.save()
    manager, shopper = client_for(manager_max), client_for(shopper_sue)

    # The manager schedules, the shopper starts on site and shares the position.
    manager.post(
        reverse("audits:assignment-create"),
        {
            "location": choice(world.location_a),
            "template": choice(template),
            "shopper": choice(shopper_sue),
            "window_start": "2026-03-01",
            "window_end": "2026-03-31",
        },
    )
    assignment = Assignment.objects.get()
    shopper.post(
        reverse("audits:assignment-start", args=[assignment.code]),
        {"latitude": "48.857600", "longitude": "2.352200", "accuracy": "20"},
    )
    audit = Audit.objects.get()

    # Answers as the visit goes (htmx), then the end of the visit and the submission.
    for start, result in [("The guest", "pass"), ("Staff", "fail"), ("The bill", "pass")]:
        code = answer_code(audit, start)
        shopper.post(reverse("audits:answer-save", args=[code]), {f"{code}-result": result}, **HTMX)
    code = answer_code(audit, "The phone")
    shopper.post(
        reverse("audits:answer-save", args=[code]), {f"{code}-measured_value": "2"}, **HTMX
    )
    shopper.post(reverse("audits:audit-end", args=[audit.code]))
    submitted = shopper.post(
        reverse("audits:audit-submit", args=[audit.code]), {"confirmed": "yes"}
    )
    assert submitted.status_code == 302
    audit.refresh_from_db()
    # smile (2) failed: 8 of 10
    assert audit.score == Decimal("80.00")

    # The manager sees times and distance, and disputes the failed smile.
    detail = manager.get(audit.get_absolute_url())
    assert "111 m from" in detail.text
    assert detail.context["audit"].started_at and detail.context["audit"].ended_at
    smile = audit.answers.get(behaviour_text="Staff smile.")
    disputed = manager.post(
        reverse("audits:answer-dispute", args=[smile.code]), {"reason": "The host smiled."}
    )
    assert disputed.status_code == 302
    dispute = Dispute.objects.get()

    # The shopper looks again and changes the answer; the score follows.
    resolved = shopper.post(
        reverse("audits:dispute-resolve", args=[dispute.code]),
        {"outcome": "changed", "result": "pass", "note": "Looked at my notes again."},
    )
    assert resolved.status_code == 302
    audit.refresh_from_db()
    assert audit.score == Decimal("100.00")

    # The history stays visible to the manager.
    page = manager.get(audit.get_absolute_url()).text
    for line in [
        "disputed an answer",
        "The host smiled.",
        "changed a disputed answer",
        "80.00 → 100.00",
    ]:
        assert line in page
    assert "Answer changed" in page

    # The manager locks it.
    manager.post(reverse("audits:audit-lock", args=[audit.code]))
    audit.refresh_from_db()
    assert audit.status == Audit.Status.LOCKED


def test_the_owner_resolves_a_dispute_upholding_the_answer(
    assignment, shopper_sue, manager_max, owner_olga
):
    audit = start_shop(assignment, shopper_sue)
    client_for(shopper_sue).post(
        reverse("audits:audit-fill", args=[audit.code]),
        fields(audit, {"The": "pass", "Staff": "fail"}, action="submit"),
    )
    smile = audit.answers.get(behaviour_text="Staff smile.")
    client_for(manager_max).post(
        reverse("audits:answer-dispute", args=[smile.code]), {"reason": "Unfair."}
    )
    dispute = Dispute.objects.get()
    client_for(owner_olga).post(
        reverse("audits:dispute-resolve", args=[dispute.code]), {"outcome": "upheld"}
    )
    audit.refresh_from_db()
    assert audit.score == Decimal("80.00")
    assert Dispute.objects.get().outcome == "upheld"


def test_a_dispute_needs_a_reason(assignment, shopper_sue, manager_max):
    audit = start_shop(assignment, shopper_sue)
    client_for(shopper_sue).post(
        reverse("audits:audit-fill", args=[audit.code]),
        fields(audit, {"The": "pass", "Staff": "pass"}, action="submit"),
    )
    answer = audit.answers.first()
    response = client_for(manager_max).post(
        reverse("audits:answer-dispute", args=[answer.code]), {"reason": ""}
    )
    assert response.status_code == 400
    assert "reason" in response.context["form"].errors
    assert not Dispute.objects.exists()


def test_a_changed_answer_needs_its_new_result(assignment, shopper_sue, manager_max):
    audit = start_shop(assignment, shopper_sue)
    client_for(shopper_sue).post(
        reverse("audits:audit-fill", args=[audit.code]),
        fields(audit, {"The": "pass", "Staff": "fail"}, action="submit"),
    )
    smile = audit.answers.get(behaviour_text="Staff smile.")
    client_for(manager_max).post(
        reverse("audits:answer-dispute", args=[smile.code]), {"reason": "x"}
    )
    dispute = Dispute.objects.get()
    response = client_for(shopper_sue).post(
        reverse("audits:dispute-resolve", args=[dispute.code]), {"outcome": "changed"}
    )
    assert response.status_code == 400
    assert "result" in response.context["form"].errors
    assert Dispute.objects.get().is_open


def test_the_shopper_and_the_owner_see_the_disputes_waiting_for_them(
    assignment, shopper_sue, manager_max, owner_olga
):
    audit = start_shop(assignment, shopper_sue)
    client_for(shopper_sue).post(
        reverse("audits:audit-fill", args=[audit.code]),
        fields(audit, {"The": "pass", "Staff": "fail"}, action="submit"),
    )
    smile = audit.answers.get(behaviour_text="Staff smile.")
    client_for(manager_max).post(
        reverse("audits:answer-dispute", args=[smile.code]), {"reason": "Unfair."}
    )
    dispute = Dispute.objects.get()
    for member in (shopper_sue, owner_olga):
        response = client_for(member).get(reverse("audits:list"))
        assert response.context["disputes"] == [dispute]
        assert reverse("audits:dispute-resolve", args=[dispute.code]) in response.text
    assert client_for(manager_max).get(reverse("audits:list")).context["disputes"] == []
