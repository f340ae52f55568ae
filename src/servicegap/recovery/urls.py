from django.urls import include, path

from servicegap.recovery import ladder_views, views

app_name = "recovery"

case_urls = [
    path("", views.case_detail, name="case-detail"),
    path("note/", views.case_note, name="case-note"),
    path("correct/", views.case_correct, name="case-correct"),
    path("status/", views.case_status, name="case-status"),
    path("assign/", views.case_assign, name="case-assign"),
    path("top-ack/", views.case_top_ack, name="case-top-ack"),
    path("inquiry/", views.case_inquiry, name="case-inquiry"),
    path("actions/", views.case_action, name="case-action"),
    path("follow-ups/", views.case_follow_up, name="case-follow-up"),
]

urlpatterns = [
    path("ladders/", ladder_views.ladder_default, name="ladder"),
    path("ladders/<uuid:location_code>/", ladder_views.ladder_location, name="ladder-location"),
    path("", views.case_list, name="case-list"),
    path("cases/new/", views.case_create, name="case-create"),
    # Linked to by the feedback and customers pages, by URL name.
    path(
        "cases/from-response/<uuid:response_code>/",
        views.case_from_response,
        name="case-from-response",
    ),
    path("cases/from-alert/<uuid:alert_code>/", views.case_from_alert, name="case-from-alert"),
    path("cases/<uuid:case_code>/", include(case_urls)),
    path("follow-ups/<uuid:followup_code>/done/", views.follow_up_done, name="follow-up-done"),
    path("approvals/", views.approvals, name="approvals"),
    path("actions/<uuid:recoveryaction_code>/decide/", views.action_decide, name="action-decide"),
    path("outcomes/", views.outcomes_page, name="outcomes"),
    path("budgets/", views.budget_use, name="budget-use"),
    path("settings/", views.recovery_settings, name="settings"),
]
