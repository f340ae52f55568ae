from django.urls import include, path

from servicegap.feedback import views

app_name = "feedback"

response_urls = [
    path("", views.response_detail, name="response-detail"),
    path("spam/", views.response_spam, name="response-spam"),
]
survey_urls = [
    path("", views.survey_edit, name="survey-edit"),
    path("wording/", views.survey_wording, name="survey-wording"),
]
link_urls = [
    path("", views.link_edit, name="link-edit"),
    path("qr.svg", views.link_qr_svg, name="link-qr-svg"),
    path("qr.png", views.link_qr_png, name="link-qr-png"),
    path("card/", views.link_card, name="link-card"),
]

urlpatterns = [
    path("", views.inbox, name="inbox"),
    path("export.csv", views.export_csv, name="export-csv"),
    path("export.xlsx", views.export_xlsx, name="export-xlsx"),
    path("responses/<uuid:response_code>/", include(response_urls)),
    path("surveys/", views.survey_list, name="survey-list"),
    path("surveys/new/", views.survey_create, name="survey-create"),
    path("surveys/<uuid:survey_code>/", include(survey_urls)),
    path("links/", views.link_list, name="link-list"),
    path("links/new/", views.link_create, name="link-create"),
    path("links/cards/", views.link_cards, name="link-cards"),
    path("links/cards.pdf", views.link_cards_pdf, name="link-cards-pdf"),
    path("links/<uuid:surveylink_code>/", include(link_urls)),
    path("settings/", views.feedback_settings, name="settings"),
]
