from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control

from servicegap.core import csp
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


class PageHeadersMiddleware:
    """A Content-Security-Policy on every response, and `Cache-Control: private,
    no-store` on every page but the public ones (`PUBLIC_PATH_PREFIXES`) and static
    files, so that no shared cache or back button keeps a member's page.

    A view that chose its own caching (a photo kept an hour by the member's own browser)
    keeps its choice. The policy allows no inline script; inline `<style>` elements only
    by the hash of their text (`csp.inline_style_hashes`).
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.policy = csp.policy()
        self.uncached = (settings.STATIC_URL, *settings.PUBLIC_PATH_PREFIXES)

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        # With DEBUG, Django's own error pages style and script themselves inline.
        if not (settings.DEBUG and response.status_code >= 400):
            response.headers.setdefault("Content-Security-Policy", self.policy)
        if "Cache-Control" not in response.headers and not request.path.startswith(self.uncached):
            patch_cache_control(response, private=True, no_store=True)
        return response
