from django.urls import path

from servicegap.kits import views

app_name = "kits"

urlpatterns = [
    path("", views.choose, name="choose"),
]
