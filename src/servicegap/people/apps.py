from django.apps import AppConfig


class PeopleConfig(AppConfig):
    name = "servicegap.people"
    label = "people"
    verbose_name = "People"
