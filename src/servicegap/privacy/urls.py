from django.urls import path

from servicegap.privacy import views

app_name = "privacy"

urlpatterns = [
    path("", views.erasure_log, name="log"),
    path("erase/", views.find_customer, name="find-customer"),
    path("erase/<uuid:customer_code>/", views.erase_customer, name="customer-erase"),
    path("retention/", views.retention_settings, name="settings"),
]
