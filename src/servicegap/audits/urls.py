from django.urls import include, path

from servicegap.audits import views

app_name = "audits"

audit_urls = [
    path("", views.audit_detail, name="audit-detail"),
    path("fill/", views.audit_fill, name="audit-fill"),
    path("submit/", views.audit_submit, name="audit-submit"),
    path("checkin/", views.audit_checkin, name="audit-checkin"),
    path("end/", views.audit_end, name="audit-end"),
    path("lock/", views.audit_lock, name="audit-lock"),
]
answer_urls = [
    path("", views.answer_save, name="answer-save"),
    path("photo/", views.answer_photo, name="answer-photo"),
    path("dispute/", views.answer_dispute, name="answer-dispute"),
]
assignment_urls = [
    path("", views.assignment_detail, name="assignment-detail"),
    path("start/", views.assignment_start, name="assignment-start"),
    path("cancel/", views.assignment_cancel, name="assignment-cancel"),
]

urlpatterns = [
    path("", views.audit_list, name="list"),
    path("new/", views.audit_start, name="audit-start"),
    path("compare/", views.compare, name="compare"),
    path("export/audits.csv", views.export_audits, name="export-audits"),
    path("export/answers.csv", views.export_answers, name="export-answers"),
    path("templates/", views.template_list, name="template-list"),
    path("templates/new/", views.template_create, name="template-create"),
    path("templates/<uuid:audittemplate_code>/", views.template_edit, name="template-edit"),
    path("assignments/", views.assignment_list, name="assignment-list"),
    path("assignments/new/", views.assignment_create, name="assignment-create"),
    path("assignments/<uuid:assignment_code>/", include(assignment_urls)),
    path("locations/<uuid:location_code>/", views.location_report, name="location-report"),
    path("answers/<uuid:auditanswer_code>/", include(answer_urls)),
    path("disputes/<uuid:dispute_code>/resolve/", views.dispute_resolve, name="dispute-resolve"),
    path("<uuid:audit_code>/", include(audit_urls)),
]
