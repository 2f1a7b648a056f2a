from django.apps import AppConfig


class DashboardConfig(AppConfig):
    name = "solidarity.dashboard"
    label = "dashboard"
