from django.urls import path

from . import views

app_name = "statements"
urlpatterns = [
    path("<slug:slug>/", views.statement_detail, name="detail"),
    path("<slug:slug>/endorse/individual", views.endorse_individual, name="endorse_individual"),
    path(
        "<slug:slug>/endorse/organization", views.endorse_organization, name="endorse_organization"
    ),
    path("<slug:slug>/thanks", views.endorse_thanks, name="thanks"),
]
