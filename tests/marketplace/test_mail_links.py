"""The links in e-mails name the site's own address: HTTPS for a real site, plain HTTP only for this machine."""

import pytest
from django.contrib.sites.models import Site

from marketplace.mail import absolute_url

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("domain", "expected"),
    [
        ("hirfa.om", "https://hirfa.om/ar/favourites/"),
        ("127.0.0.1:8000", "http://127.0.0.1:8000/ar/favourites/"),
        ("localhost:8765", "http://localhost:8765/ar/favourites/"),
        ("localhost.evil.example", "https://localhost.evil.example/ar/favourites/"),
    ],
)
def test_a_link_uses_the_sites_address_and_https_except_on_this_machine(settings, domain, expected):
    settings.DEBUG = False
    Site.objects.filter(pk=settings.SITE_ID).update(domain=domain)
    Site.objects.clear_cache()
    assert absolute_url("/ar/favourites/") == expected
