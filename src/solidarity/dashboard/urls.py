from django.urls import path

from . import views

app_name = "dashboard"
urlpatterns = [
    path("", views.home, name="home"),
    path("organizations/new", views.organization_create_view, name="organization_create"),
    path("organizations/<slug:slug>/", views.organization_detail, name="organization_detail"),
    path(
        "organizations/<slug:slug>/domains",
        views.organization_domain_add_view,
        name="organization_domain_add",
    ),
    path(
        "organizations/<slug:slug>/members",
        views.organization_member_set,
        name="organization_member_set",
    ),
    path("statements/new", views.statement_create_view, name="statement_create"),
    path("statements/<slug:slug>/", views.statement_manage, name="statement_manage"),
    path("statements/<slug:slug>/edit", views.statement_edit_view, name="statement_edit"),
    path("statements/<slug:slug>/publish", views.statement_publish_view, name="statement_publish"),
    path("statements/<slug:slug>/close", views.statement_close_view, name="statement_close"),
    path("statements/<slug:slug>/reopen", views.statement_reopen_view, name="statement_reopen"),
    path("statements/<slug:slug>/moderation", views.moderation, name="moderation"),
    path(
        "statements/<slug:slug>/translations/",
        views.statement_translation_start,
        name="statement_translation_start",
    ),
    path(
        "statements/<slug:slug>/translations/<str:language>",
        views.statement_translation_edit,
        name="statement_translation",
    ),
    path(
        "statements/<slug:slug>/moderation/<int:pk>/approve",
        views.endorsement_approve_view,
        name="endorsement_approve",
    ),
    path(
        "statements/<slug:slug>/moderation/<int:pk>/remove",
        views.endorsement_remove_view,
        name="endorsement_remove",
    ),
    path(
        "statements/<slug:slug>/moderation/<int:pk>/reject",
        views.endorsement_reject_view,
        name="endorsement_reject",
    ),
]
