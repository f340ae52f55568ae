from django.urls import path

from servicegap.gap import report_views, views

app_name = "gap"

urlpatterns = [
    path("", views.dashboard_page, name="dashboard"),
    path("card/", views.card_evidence, name="card"),
    path(
        "getting-started/dismiss/",
        views.getting_started_dismiss,
        name="getting-started-dismiss",
    ),
    path("report/", report_views.report_page, name="report"),
    path("report/pdf/", report_views.report_pdf, name="report-pdf"),
    path("report/digest/", report_views.digest_schedule, name="digest-schedule"),
]
