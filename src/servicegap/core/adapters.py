from typing import Any

from allauth.account.adapter import DefaultAccountAdapter
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest
from django.urls import reverse

from servicegap.core.network import client_address


class AccountAdapter(DefaultAccountAdapter):
    """Send people who signed up to their new organisation's first step, and count rate
    limits per real client address."""

    def get_signup_redirect_url(self, request: HttpRequest) -> str:
        return reverse("core:location-create")

    def get_client_ip(self, request: HttpRequest) -> str:
        """The address every login, sign-up and reset limit counts (behind a proxy, the
        forwarded one: core/network.py)."""
        address = client_address(request)
        if not address:
            raise PermissionDenied("Unable to determine the client's address")
        return address

    def _get_login_attempts_cache_key(self, request: HttpRequest, **credentials: Any) -> str:
        """Failed logins count per account *and* address: a flood of wrong passwords
        for an account from one address never locks its owner out elsewhere, while each
        address stays limited on its own (`login_failed` in ACCOUNT_RATE_LIMITS)."""
        account = super()._get_login_attempts_cache_key(request, **credentials)
        return f"{account}:{self.get_client_ip(request)}"


def user_display(user) -> str:
    """People are known by their e-mail address; the username is internal."""
    return user.email or user.get_username()
