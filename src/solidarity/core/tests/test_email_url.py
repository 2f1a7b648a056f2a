import pytest
from django.core.exceptions import ImproperlyConfigured

from solidarity.settings import email_settings


def test_smtp_url():
    config = email_settings("smtp://user:p%40ss@mail.example:2525?tls=1")
    assert config["EMAIL_BACKEND"] == "django.core.mail.backends.smtp.EmailBackend"
    assert (config["EMAIL_HOST"], config["EMAIL_PORT"]) == ("mail.example", 2525)
    assert (config["EMAIL_HOST_USER"], config["EMAIL_HOST_PASSWORD"]) == ("user", "p@ss")
    assert config["EMAIL_USE_TLS"] and not config["EMAIL_USE_SSL"]


def test_smtps_url_defaults_to_port_465():
    config = email_settings("smtps://mail.example")
    assert config["EMAIL_PORT"] == 465 and config["EMAIL_USE_SSL"]


def test_console_and_file_urls():
    assert email_settings("consolemail://")["EMAIL_BACKEND"].endswith("console.EmailBackend")
    config = email_settings("filemail:///var/spool/solidarity")
    assert config["EMAIL_FILE_PATH"] == "/var/spool/solidarity"


def test_unknown_scheme_names_the_variable():
    with pytest.raises(ImproperlyConfigured, match="EMAIL_URL"):
        email_settings("carrier-pigeon://coop")
