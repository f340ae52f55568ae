from django.urls import include, path

from servicegap.people import views

app_name = "people"

scenario_urls = [
    path("", views.scenario_detail, name="scenario-detail"),
    path("points/", views.scenario_point, name="scenario-point"),
    path("choices/", views.scenario_choice, name="scenario-choice"),
    path("assign/", views.scenario_assign, name="scenario-assign"),
]
attempt_urls = [
    path("", views.attempt_detail, name="attempt-detail"),
    path("answer/", views.attempt_answer, name="attempt-answer"),
    path("grade/", views.attempt_grade, name="attempt-grade"),
]
idea_urls = [
    path("", views.idea_detail, name="idea-detail"),
    path("vote/", views.idea_vote, name="idea-vote"),
    path("try/", views.idea_try, name="idea-try"),
    path("decline/", views.idea_decline, name="idea-decline"),
    path("merge/", views.idea_merge, name="idea-merge"),
    path("adopt/", views.idea_adopt, name="idea-adopt"),
]

urlpatterns = [
    path("", views.home, name="home"),
    path("team/", views.team, name="team"),
    path("scenarios/", views.scenario_list, name="scenario-list"),
    path("scenarios/new/", views.scenario_create, name="scenario-create"),
    path(
        "scenarios/from-answer/<uuid:auditanswer_code>/",
        views.scenario_from_answer,
        name="scenario-from-answer",
    ),
    path(
        "scenarios/from-response/<uuid:response_code>/",
        views.scenario_from_response,
        name="scenario-from-response",
    ),
    path(
        "scenarios/from-case/<uuid:case_code>/", views.scenario_from_case, name="scenario-from-case"
    ),
    path("scenarios/<uuid:scenario_code>/", include(scenario_urls)),
    path("tests/<uuid:scenarioattempt_code>/", include(attempt_urls)),
    path("employees/<uuid:employee_code>/", views.employee_page, name="employee"),
    path("employees/<uuid:employee_code>/coach/", views.note_create, name="note-create"),
    path(
        "notes/<uuid:coachingnote_code>/acknowledge/",
        views.note_acknowledge,
        name="note-acknowledge",
    ),
    path("notes/new/", views.note_start, name="note-start"),
    path("settings/", views.people_settings, name="settings"),
    path("notes/<uuid:coachingnote_code>/reply/", views.note_reply, name="note-reply"),
    path("rule-bends/", views.bend_list, name="bend-list"),
    path("rule-bends/new/", views.bend_create, name="bend-create"),
    path("rule-bends/<uuid:rulebend_code>/review/", views.bend_review, name="bend-review"),
    path("interviews/", views.interview_list, name="interview-list"),
    path("interviews/questions/new/", views.question_create, name="question-create"),
    path("interviews/candidates/new/", views.candidate_create, name="candidate-create"),
    path(
        "interviews/candidates/<uuid:candidate_code>/",
        views.candidate_detail,
        name="candidate-detail",
    ),
    path(
        "interviews/candidates/<uuid:candidate_code>/scorecard/",
        views.scorecard_create,
        name="scorecard-create",
    ),
    path("ideas/", views.idea_list, name="idea-list"),
    path("ideas/new/", views.idea_create, name="idea-create"),
    path("ideas/<uuid:idea_code>/", include(idea_urls)),
    path("training/", views.training_list, name="training-list"),
    path("training/propose/", views.training_propose, name="training-propose"),
    path(
        "training/<uuid:trainingproposal_code>/",
        views.training_detail,
        name="training-detail",
    ),
    path(
        "training/<uuid:trainingproposal_code>/start/",
        views.training_start,
        name="training-start",
    ),
]
