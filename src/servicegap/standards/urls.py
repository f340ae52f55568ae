from django.urls import include, path

from servicegap.standards import views

app_name = "standards"


def item_actions(kind: str) -> list:
    """Reorder, retire, restore and delete, the same for steps, standards and behaviours."""
    return [
        path("move/", views.move, name=f"{kind}-move"),
        path("retire/", views.retire, name=f"{kind}-retire"),
        path("restore/", views.restore, name=f"{kind}-restore"),
        path("delete/", views.delete, name=f"{kind}-delete"),
    ]


step_urls = [
    path("edit/", views.step_edit, name="step-edit"),
    path("standards/new/", views.standard_create, name="standard-create"),
    *item_actions("step"),
]
standard_urls = [
    path("edit/", views.standard_edit, name="standard-edit"),
    path("behaviours/new/", views.behaviour_create, name="behaviour-create"),
    *item_actions("standard"),
]
behaviour_urls = [
    path("edit/", views.behaviour_edit, name="behaviour-edit"),
    *item_actions("behaviour"),
]

urlpatterns = [
    path("", views.card, name="card"),
    path("card.pdf", views.card_pdf, name="card-pdf"),
    path("locations/<uuid:location_code>/", views.location_card, name="location-card"),
    path(
        "locations/<uuid:location_code>/card.pdf",
        views.location_card_pdf,
        name="location-card-pdf",
    ),
    path("departments/<uuid:department_code>/", views.department_card, name="department-card"),
    path(
        "departments/<uuid:department_code>/card.pdf",
        views.department_card_pdf,
        name="department-card-pdf",
    ),
    path("edit/", views.editor, name="editor"),
    path("steps/new/", views.step_create, name="step-create"),
    path("steps/<uuid:journeystep_code>/", include(step_urls)),
    path("standards/<uuid:standard_code>/", include(standard_urls)),
    path("behaviours/<uuid:behaviour_code>/", include(behaviour_urls)),
]
