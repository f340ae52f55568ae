"""The bare project's one URL."""

from django.urls import path
from feedback_bareapp.views import bare_insert

urlpatterns = [path("bench/bare/", bare_insert)]
