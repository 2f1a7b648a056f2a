from django.apps import AppConfig


class StatementsConfig(AppConfig):
    name = "solidarity.statements"
    label = "statements"
