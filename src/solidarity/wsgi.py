import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "solidarity.settings")
django_application = get_wsgi_application()

from solidarity.endorsements.lane import SigningLane  # noqa: E402 - needs Django set up

# Individual signatures through the API take the signing lane; everything else, and
# everything the lane does not answer, goes to Django.
application = SigningLane(django_application)
