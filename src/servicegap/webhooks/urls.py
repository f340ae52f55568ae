from django.urls import include, path

from servicegap.webhooks import views

app_name = "webhooks"

webhook_urls = [
    path("", views.webhook_detail, name="webhook-detail"),
    path("remove/", views.webhook_delete, name="webhook-delete"),
]

urlpatterns = [
    path("", views.webhook_list, name="webhook-list"),
    path("<uuid:webhook_code>/", include(webhook_urls)),
]
