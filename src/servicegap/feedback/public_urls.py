"""Public pages (no login): the customer feedback form at /s/<token>/."""

from django.urls import path

from servicegap.feedback import views

app_name = "feedback_public"

urlpatterns = [
    # GET the form, POST the answers; the token is the link's secret.
    path("s/<str:token>/", views.public_form, name="form"),
]
