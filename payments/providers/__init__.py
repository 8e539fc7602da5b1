from django.conf import settings
from django.utils.module_loading import import_string

from .base import PaymentProvider


def get_provider() -> PaymentProvider:
    """The configured provider (PAYMENT_PROVIDER, a dotted path to a class taking no arguments)."""
    return import_string(settings.PAYMENT_PROVIDER)()
