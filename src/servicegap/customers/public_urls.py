"""Public pages (no login): a customer's personal survey link at /i/<token>/."""

from django.urls import path

from servicegap.customers import public_views

app_name = "invitation_public"

urlpatterns = [
    # GET the form, POST the answers; the token is the invitation's secret.
    path("i/<str:token>/", public_views.invitation_form, name="form"),
    # GET a page with one button; POST (the button, or a mail client's one click) unsubscribes.
    path("i/<str:token>/unsubscribe/", public_views.unsubscribe, name="unsubscribe"),
]
