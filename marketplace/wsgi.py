"""WSGI entry point. Production runs with DJANGO_SETTINGS_MODULE=marketplace.settings.production."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "marketplace.settings.local")

application = get_wsgi_application()
