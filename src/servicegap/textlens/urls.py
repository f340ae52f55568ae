from django.urls import include, path

from servicegap.textlens import views

app_name = "textlens"

analysis_urls = [
    path("", views.analysis_detail, name="analysis-detail"),
    path("correct/", views.analysis_correct, name="analysis-correct"),
]

urlpatterns = [
    path("", views.explore, name="explorer"),
    path("<uuid:commentanalysis_code>/", include(analysis_urls)),
]
