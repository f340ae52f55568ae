from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

from servicegap.core.access import current_membership


class MembershipMiddleware:
    """Attach the user's current membership (or None) to every request."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        request.membership = current_membership(request)
        return self.get_response(request)
