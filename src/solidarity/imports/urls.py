from django.urls import path

from . import views

app_name = "imports"
urlpatterns = [
    path("", views.import_start, name="start"),
    path("<int:pk>/", views.import_review, name="review"),
]
