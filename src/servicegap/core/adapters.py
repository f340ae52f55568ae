from allauth.account.adapter import DefaultAccountAdapter
from django.http import HttpRequest
from django.urls import reverse


class AccountAdapter(DefaultAccountAdapter):
    """Send people who signed up to their new organisation's first step."""

    def get_signup_redirect_url(self, request: HttpRequest) -> str:
        return reverse("core:location-create")


def user_display(user) -> str:
    """People are known by their e-mail address; the username is internal."""
    return user.email or user.get_username()
