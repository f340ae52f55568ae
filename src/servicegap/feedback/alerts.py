"""E-mails to a location's managers about a detractor or a low rating, within minutes.

The e-mail gives the ratings and the reasons, and links to the response for its comment
and contact details, which it does not quote (mail is copied and kept in many places).

The rule and its threshold are the organisation's `FeedbackSettings`. A new response
that meets it is e-mailed by its follow-up (`servicegap.pipeline`, in the background),
which claims the response (`alerted_at`) with a conditional UPDATE so that a
follow-up run twice never e-mails twice, and writes to the managers whose locations
include the response's, or to the owners when no manager looks after it.
"""

from __future__ import annotations

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone, translation

from servicegap.core.models import Membership, Role, one_line
from servicegap.feedback.models import FeedbackSettings, Response


def alert_reasons(response: Response, rules: FeedbackSettings) -> list[str]:
    """Why this response should reach a manager now; empty when it should not."""
    if response.spam:
        return []
    reasons = []
    if rules.alert_on_detractor and response.nps is not None and response.nps <= 6:
        reasons.append(f"would recommend: {response.nps}/10 (a detractor)")
    threshold = rules.alert_rating_at_or_below
    low = threshold and any(
        value <= threshold
        for value in (response.people, response.process, response.product)
        if value is not None
    )
    if low:  # (the P's names are read only then)
        for _p, label, value in response.rating_items():
            if value <= threshold:
                reasons.append(f"{label}: {value}/5")
    return reasons


def alert_due(response: Response) -> bool:
    """Whether the organisation's rule asks for an alert about this response, and none
    was sent yet."""
    if response.alerted_at is not None:
        return False
    return bool(alert_reasons(response, FeedbackSettings.for_organization(response.organization)))


def alert_if_needed(response: Response, *, memo: dict | None = None) -> bool:
    """E-mail the response when the organisation's rule says so (the pipeline's step).

    `memo`: a dict shared by the calls of one batch, which keeps each location's
    recipients.
    """
    if not alert_due(response):
        return False
    return send_response_alert(response.pk, response=response, memo=memo) > 0


def recipients(response: Response) -> list[str]:
    """The e-mail addresses of the managers who look after the response's location.

    A manager looks after it through its region, the location itself, or "every
    location". With no such manager, the organisation's owners.
    """
    location = response.location
    covers = Q(all_locations=True) | Q(locations=location.pk)
    if location.region_id is not None:
        covers |= Q(regions=location.region_id)
    members = Membership.objects.filter(organization_id=response.organization_id)
    chosen = members.filter(covers, role=Role.MANAGER).values_list("user__email", flat=True)
    emails = set(chosen)
    if not emails:
        emails = set(members.filter(role=Role.OWNER).values_list("user__email", flat=True))
    return sorted(email for email in emails if email)


def send_response_alert(
    response_id: int, *, response: Response | None = None, memo: dict | None = None
) -> int:
    """E-mail the response to its managers once; return how many e-mails were sent.

    `response`: the response itself, when the caller has it with its organisation,
    location, step and survey loaded.
    """
    now = timezone.now()
    claimed = Response.objects.filter(pk=response_id, alerted_at=None, spam=False).update(
        alerted_at=now
    )
    if claimed != 1:
        return 0
    try:
        return _send(response_id, response, memo)
    except BaseException:  # (also a worker stopped in the middle: SystemExit)
        # Give the alert back, so that a retry of the task can still send it.
        Response.objects.filter(pk=response_id, alerted_at=now).update(alerted_at=None)
        raise


def _send(response_id: int, response: Response | None = None, memo: dict | None = None) -> int:
    if response is None:
        response = Response.objects.select_related(
            "organization__feedback_settings", "location", "step", "survey"
        ).get(pk=response_id)
    reasons = alert_reasons(response, FeedbackSettings.for_organization(response.organization))
    memo = {} if memo is None else memo
    key = ("recipients", response.location_id)
    if key not in memo:
        memo[key] = recipients(response)
    to = memo[key]
    if not reasons or not to:
        return 0
    context = {
        "response": response,
        "reasons": reasons,
        "ratings": [(label, value) for _p, label, value in response.rating_items()],
        "url": settings.SITE_URL + response.get_absolute_url(),
        # Only how long the comment is: the mail (and a console mail backend's log) carries
        # no customer's words or contact details; the link leads to them.
        "words": len(response.comment.split()),
    }
    with (
        translation.override(settings.LANGUAGE_CODE),
        timezone.override(response.organization.tz),
    ):
        subject = one_line(f"Feedback to look at: {response.location.name} ({reasons[0]})")
        body = render_to_string("feedback/email/alert.txt", context)
    messages = [EmailMessage(subject, body, to=[address]) for address in to]
    return get_connection().send_messages(messages) or 0
