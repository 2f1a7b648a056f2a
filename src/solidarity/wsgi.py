import os
import threading

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "solidarity.settings")
django_application = get_wsgi_application()

from solidarity.endorsements.lane import SigningLane  # noqa: E402 - needs Django set up

# Individual signatures through the API take the signing lane; everything else, and
# everything the lane does not answer, goes to Django.
application = SigningLane(django_application)

from solidarity.imports.extract import preload  # noqa: E402 - needs Django set up

# The importer's tables (CLDR, GeoNames, personal names) take a second to read: a worker
# reads them as it starts, beside its first requests, rather than in the first import.
threading.Thread(target=preload, name="importer-preload", daemon=True).start()
