from django.apps import AppConfig


class ImportsConfig(AppConfig):
    name = "solidarity.imports"
    label = "imports"
