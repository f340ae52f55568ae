from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.utils import timezone

from servicegap.core.access import current_membership


class MembershipMiddleware:
    """Attach the user's current membership (or None) to every request, and show times
    in its organisation's time zone (stored times stay UTC)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        request.membership = membership = current_membership(request)
        if membership is None:
            return self.get_response(request)
        with timezone.override(membership.organization.tz):
            return self.get_response(request)
