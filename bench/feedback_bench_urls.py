"""servicegap's URLs plus the bench-only bare view, served by the same process."""

from django.urls import path
from feedback_bareapp.views import bare_insert

from servicegap.urls import urlpatterns as servicegap_urlpatterns

urlpatterns = [path("bench/bare/", bare_insert), *servicegap_urlpatterns]
