from django.contrib import admin
from django.urls import include, path, re_path

from servicegap.api.main import api
from servicegap.api.schema import not_found as api_not_found
from servicegap.core.signup import signup

urlpatterns = [
    # First: the customers' feedback form (/s/<token>/) is the most requested page, and
    # Django tries the patterns in order; no other pattern starts with "s/".
    path("", include("servicegap.feedback.public_urls")),
    path("admin/", admin.site.urls),
    # Before allauth's own: a sign-up that does not reveal existing addresses.
    path("accounts/signup/", signup, name="account_signup"),
    path("accounts/", include("allauth.urls")),
    path("api/v1/", api.urls),
    re_path(r"^api/", api_not_found, name="api-not-found"),  # a JSON 404, not the HTML page
    path("standards/", include("servicegap.standards.urls")),
    path("standards/kits/", include("servicegap.kits.urls")),
    path("audits/", include("servicegap.audits.urls")),
    path("feedback/", include("servicegap.feedback.urls")),
    path("comments/", include("servicegap.textlens.urls")),
    path("customers/", include("servicegap.customers.urls")),
    path("recovery/", include("servicegap.recovery.urls")),
    path("gap/", include("servicegap.gap.urls")),
    path("people/", include("servicegap.people.urls")),
    path("webhooks/", include("servicegap.webhooks.urls")),
    path("privacy/", include("servicegap.privacy.urls")),
    path("", include("servicegap.customers.public_urls")),
    path("", include("servicegap.core.urls")),
]
