from django.urls import path

from servicegap.gap import views

app_name = "gap"

urlpatterns = [
    path("", views.dashboard_page, name="dashboard"),
    path("card/", views.card_evidence, name="card"),
]
