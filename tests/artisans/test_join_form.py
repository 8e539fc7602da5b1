"""The join form shows an example registry number in the registry's own format."""

import re

import pytest

from artisans.forms import SellerApplicationForm

pytestmark = pytest.mark.django_db


def test_the_registry_number_example_has_the_registrys_format():
    help_text = str(SellerApplicationForm().fields["registry_number"].help_text)

    example = re.search(r"\b[A-Z]{2}-[A-Z]{3}-\d{5}\b", help_text)
    assert example is not None and example.group(0) == "RG-DAK-00027", help_text
    assert "DAK-2017" not in help_text
