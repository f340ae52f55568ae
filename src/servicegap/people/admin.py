from django.contrib import admin

from servicegap.people import models

for model in (
    models.PeopleSettings,
    models.Scenario,
    models.RubricPoint,
    models.ScenarioChoice,
    models.ScenarioAssignment,
    models.ScenarioAttempt,
    models.Grade,
    models.PointScore,
    models.CoachingNote,
    models.RuleBend,
    models.InterviewQuestion,
    models.Candidate,
    models.Scorecard,
    models.ScorecardRating,
    models.Idea,
    models.IdeaVote,
    models.TrainingProposal,
):
    admin.site.register(model, list_filter=["organization"])
