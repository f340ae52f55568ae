from django.urls import include, path

from servicegap.people.views import coaching as coaching_views
from servicegap.people.views import common as common_views
from servicegap.people.views import ideas as ideas_views
from servicegap.people.views import interviews as interviews_views
from servicegap.people.views import scenarios as scenarios_views
from servicegap.people.views import training as training_views

app_name = "people"

scenario_urls = [
    path("", scenarios_views.scenario_detail, name="scenario-detail"),
    path("points/", scenarios_views.scenario_point, name="scenario-point"),
    path("choices/", scenarios_views.scenario_choice, name="scenario-choice"),
    path("assign/", scenarios_views.scenario_assign, name="scenario-assign"),
    path("role-play/", scenarios_views.scenario_role_play, name="scenario-role-play"),
    path("edit/", scenarios_views.scenario_edit, name="scenario-edit"),
    path("retire/", scenarios_views.scenario_retire, name="scenario-retire"),
]
attempt_urls = [
    path("", scenarios_views.attempt_detail, name="attempt-detail"),
    path("answer/", scenarios_views.attempt_answer, name="attempt-answer"),
    path("grade/", scenarios_views.attempt_grade, name="attempt-grade"),
]
idea_urls = [
    path("", ideas_views.idea_detail, name="idea-detail"),
    path("vote/", ideas_views.idea_vote, name="idea-vote"),
    path("try/", ideas_views.idea_try, name="idea-try"),
    path("decline/", ideas_views.idea_decline, name="idea-decline"),
    path("merge/", ideas_views.idea_merge, name="idea-merge"),
    path("adopt/", ideas_views.idea_adopt, name="idea-adopt"),
]

urlpatterns = [
    path("", common_views.home, name="home"),
    path("team/", common_views.team, name="team"),
    path("scenarios/", scenarios_views.scenario_list, name="scenario-list"),
    path("scenarios/new/", scenarios_views.scenario_create, name="scenario-create"),
    path(
        "scenarios/from-answer/<uuid:auditanswer_code>/",
        scenarios_views.scenario_from_answer,
        name="scenario-from-answer",
    ),
    path(
        "scenarios/from-response/<uuid:response_code>/",
        scenarios_views.scenario_from_response,
        name="scenario-from-response",
    ),
    path(
        "scenarios/from-case/<uuid:case_code>/",
        scenarios_views.scenario_from_case,
        name="scenario-from-case",
    ),
    path("scenarios/<uuid:scenario_code>/", include(scenario_urls)),
    path(
        "rubric-points/<uuid:rubricpoint_code>/edit/",
        scenarios_views.point_edit,
        name="point-edit",
    ),
    path(
        "rubric-points/<uuid:rubricpoint_code>/retire/",
        scenarios_views.point_retire,
        name="point-retire",
    ),
    path("tests/<uuid:scenarioattempt_code>/", include(attempt_urls)),
    path("employees/<uuid:employee_code>/", coaching_views.employee_page, name="employee"),
    path("employees/<uuid:employee_code>/coach/", coaching_views.note_create, name="note-create"),
    path(
        "notes/<uuid:coachingnote_code>/acknowledge/",
        coaching_views.note_acknowledge,
        name="note-acknowledge",
    ),
    path("notes/new/", coaching_views.note_start, name="note-start"),
    path("observe/", coaching_views.observe, name="observe"),
    path("settings/", common_views.people_settings, name="settings"),
    path("notes/<uuid:coachingnote_code>/reply/", coaching_views.note_reply, name="note-reply"),
    path("rule-bends/", coaching_views.bend_list, name="bend-list"),
    path("rule-bends/new/", coaching_views.bend_create, name="bend-create"),
    path("rule-bends/<uuid:rulebend_code>/review/", coaching_views.bend_review, name="bend-review"),
    path("interviews/", interviews_views.interview_list, name="interview-list"),
    path("interviews/questions/new/", interviews_views.question_create, name="question-create"),
    path(
        "interviews/questions/<uuid:interviewquestion_code>/edit/",
        interviews_views.question_edit,
        name="question-edit",
    ),
    path(
        "interviews/questions/<uuid:interviewquestion_code>/retire/",
        interviews_views.question_retire,
        name="question-retire",
    ),
    path("interviews/candidates/new/", interviews_views.candidate_create, name="candidate-create"),
    path(
        "interviews/candidates/<uuid:candidate_code>/",
        interviews_views.candidate_detail,
        name="candidate-detail",
    ),
    path(
        "interviews/candidates/<uuid:candidate_code>/scorecard/",
        interviews_views.scorecard_create,
        name="scorecard-create",
    ),
    path("ideas/", ideas_views.idea_list, name="idea-list"),
    path("ideas/new/", ideas_views.idea_create, name="idea-create"),
    path("ideas/<uuid:idea_code>/", include(idea_urls)),
    path("training/", training_views.training_list, name="training-list"),
    path("training/propose/", training_views.training_propose, name="training-propose"),
    path(
        "training/<uuid:trainingproposal_code>/",
        training_views.training_detail,
        name="training-detail",
    ),
    path(
        "training/<uuid:trainingproposal_code>/start/",
        training_views.training_start,
        name="training-start",
    ),
]
