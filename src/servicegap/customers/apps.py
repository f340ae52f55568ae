from django.apps import AppConfig


class CustomersConfig(AppConfig):
    name = "servicegap.customers"
    label = "customers"
    verbose_name = "Customers"
