from django.apps import AppConfig


class OrganizationsConfig(AppConfig):
    name = "solidarity.organizations"
    label = "organizations"
