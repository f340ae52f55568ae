"""Sign-up that never says whether an address already has an account.

Both answers look the same: a new address gets an account and a link to confirm it,
an address that has an account gets an e-mail saying so (with a link to reset the
password); either way the page says "we have sent you an e-mail". The new account is
logged in once its address is confirmed, as a password reset already behaves.
"""

from __future__ import annotations

from allauth.account import app_settings
from allauth.account.adapter import get_adapter
from allauth.account.forms import SignupForm as AllauthSignupForm
from allauth.account.utils import complete_signup, filter_users_by_email
from allauth.account.views import SignupView as AllauthSignupView
from django.http import HttpResponse
from django.shortcuts import redirect


class SignupForm(AllauthSignupForm):
    """allauth's sign-up form (with core's organisation fields), which notes an address
    already in use instead of refusing it."""

    def validate_unique_email(self, value: str) -> str:
        email = get_adapter().validate_unique_email(value)
        self.account_already_exists = bool(filter_users_by_email(email))
        return email


class SignupView(AllauthSignupView):
    form_class = SignupForm

    def form_valid(self, form: SignupForm) -> HttpResponse:
        if form.account_already_exists:
            get_adapter(self.request).send_account_already_exists_mail(form.cleaned_data["email"])
            return redirect("account_email_verification_sent")
        self.user = form.save(self.request)
        return complete_signup(
            self.request,
            self.user,
            app_settings.EmailVerificationMethod.MANDATORY,
            self.get_success_url(),
        )


signup = SignupView.as_view()
