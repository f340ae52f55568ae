from django.urls import include, path

from servicegap.customers import sample_views, views

app_name = "customers"

alert_urls = [
    path("claim/", views.alert_claim, name="alert-claim"),
    path("snooze/", views.alert_snooze, name="alert-snooze"),
    path("resolve/", views.alert_resolve, name="alert-resolve"),
]
import_urls = [
    path("", views.import_detail, name="import-detail"),
    path("skip-bad-rows/", views.import_skip_bad_rows, name="import-skip-bad-rows"),
    path("cancel/", views.import_cancel, name="import-cancel"),
]

urlpatterns = [
    path("", views.save_list, name="save-list"),
    path("score/", views.score_now, name="score-now"),
    path("alerts/<uuid:alert_code>/", include(alert_urls)),
    path("all/", views.customer_list, name="customer-list"),
    path("all/<uuid:customer_code>/", views.customer_detail, name="customer-detail"),
    path("imports/", views.import_list, name="import-list"),
    path("imports/new/", views.import_upload, name="import-upload"),
    path("imports/columns/", sample_views.import_columns, name="import-columns"),
    path("imports/sample.csv", sample_views.import_sample_csv, name="import-sample-csv"),
    path("imports/sample.xlsx", sample_views.import_sample_xlsx, name="import-sample-xlsx"),
    path("imports/<uuid:importrun_code>/", include(import_urls)),
    path("settings/", views.customer_settings, name="settings"),
    path("invitations/", views.invitation_overview, name="invitations"),
    path("invitations/settings/", views.invitation_settings, name="invitation-settings"),
]
