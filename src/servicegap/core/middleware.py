from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control

from servicegap.core import csp
from servicegap.core.access import current_membership
from servicegap.core.models import AccountSettings, Membership

OFFERED_LANGUAGES = frozenset(code for code, _name in settings.LANGUAGES)


def staff_language(request: HttpRequest, membership: Membership | None) -> str | None:
    """The language for this member's screens: their own choice, else their organisation's
    default; None leaves the browser's Accept-Language (LocaleMiddleware) to decide."""
    if not request.user.is_authenticated:
        return None
    if membership is not None:  # read with the membership, in the same query
        own = getattr(membership.user, "account_settings", None)
        chosen = own.language if own is not None else ""
    else:
        chosen = (
            AccountSettings.objects.filter(user=request.user)
            .values_list("language", flat=True)
            .first()
        )
    if chosen in OFFERED_LANGUAGES:
        return chosen
    if membership is not None and membership.organization.language in OFFERED_LANGUAGES:
        return membership.organization.language
    return None


class MembershipMiddleware:
    """Attach the user's current membership (or None) to every request, speak the
    member's language and show times in its organisation's time zone (stored times
    stay UTC). The public pages keep their own language rule (the survey's languages
    and Accept-Language)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.public_prefixes = tuple(settings.PUBLIC_PATH_PREFIXES)

    def __call__(self, request: HttpRequest) -> HttpResponse:
        request.membership = membership = current_membership(request)
        if not request.path_info.startswith(self.public_prefixes):
            language = staff_language(request, membership)
            if language is not None:
                translation.activate(language)
                request.LANGUAGE_CODE = language
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
