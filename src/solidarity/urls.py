from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from solidarity.api import api
from solidarity.statements import views as statement_views

urlpatterns = [
    path("", statement_views.home, name="home"),
    path("s/", include("solidarity.statements.urls")),
    path("e/", include("solidarity.endorsements.urls")),
    path("manage/imports/", include("solidarity.imports.urls")),
    path("manage/", include("solidarity.dashboard.urls")),
    path("api/v1/", api.urls),
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
]

handler500 = "solidarity.core.views.server_error"
