"""The product page says before "Add to basket" what the buyer's destination does to a piece, without its HTML
depending on the destination (the page is cached without it): the rules travel as JSON and hirfa.js applies them
(tests/browser/test_foreign_buyers.py shows it in Chromium)."""

import json
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from shipping.destinations import DESTINATION_COOKIE

pytestmark = pytest.mark.django_db


def product_url(product, language="en") -> str:
    with translation.override(language):
        return product.get_absolute_url()


def restriction_data(client, product, language="en"):
    page = client.get(product_url(product, language)).content.decode()
    found = re.search(r'<script id="destination-rules" type="application/json">(.*?)</script>', page, re.S)
    return json.loads(found.group(1)) if found else None


def test_a_khanjar_carries_the_rules_for_bladed_items(client, khanjar):
    data = restriction_data(client, khanjar)
    assert data["flags"] == ["bladed"] and data["home"] == "OM"
    rules = {(rule["country"], rule["action"]) for rule in data["rules"]}
    assert rules == {(None, "age_18"), ("GB", "refuse")}
    assert data["messages"]["refuse"] == "This piece cannot be delivered to %(country)s: %(reason)s."
    assert data["reasons"]["bladed"] == "bladed items cannot be delivered to this country"


def test_the_notice_speaks_arabic_on_arabic_pages(client, khanjar):
    data = restriction_data(client, khanjar, "ar")
    assert data["countries"]["GB"] == "المملكة المتحدة"
    assert data["messages"]["refuse"] == "لا يمكن توصيل هذه القطعة إلى %(country)s: %(reason)s."


def test_a_perfume_oil_carries_the_surface_rule_and_the_destinations_without_a_surface_route(client, perfume_oil):
    from oscar.core.loading import get_model

    WeightBased = get_model("shipping", "WeightBased")
    WeightBased.objects.filter(code="surface-gcc").delete()  # the Gulf is left with no method of its own
    data = restriction_data(client, perfume_oil)
    assert data["flags"] == ["dangerous_goods"]
    assert {(rule["country"], rule["action"]) for rule in data["rules"]} == {(None, "surface_only")}
    # Every country abroad falls back to the methods of no country, surface among them. Oman's own methods are not
    # marked surface, as the checkout sees them; no surface-only rule applies inside Oman.
    assert data["noSurface"] == ["OM"]


def test_a_destination_whose_own_methods_all_fly_has_no_surface_route(client, perfume_oil):
    from oscar.core.loading import get_model

    WeightBased = get_model("shipping", "WeightBased")
    express = WeightBased.objects.create(name="Japan express", code="express-japan")
    express.countries.set(["JP"])
    assert restriction_data(client, perfume_oil)["noSurface"] == ["OM", "JP"]


def test_a_piece_with_no_restriction_carries_no_rules(client, jar):
    assert restriction_data(client, jar) is None


def _without_tokens(html: str) -> str:
    html = re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)
    html = re.sub(r'(content|nonce)="[A-Za-z0-9+/=_-]{16,}"', "", html)
    return html


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_product_page_is_the_same_html_whatever_the_destination_cookie(client, khanjar, language):
    url = product_url(khanjar, language)
    pages = []
    for cookie in ("GB", "US", "OM", "<b>junk</b>", None):
        client.cookies.pop(DESTINATION_COOKIE, None)
        if cookie:
            client.cookies[DESTINATION_COOKIE] = cookie
        pages.append(_without_tokens(client.get(url).content.decode()))
    assert all(page == pages[0] for page in pages)


def test_a_restricted_pieces_page_reads_no_more_of_the_database_once_warm(client, khanjar, jar):
    def queries(product):
        client.get(product_url(product))
        with CaptureQueriesContext(connection) as captured:
            assert client.get(product_url(product)).status_code == 200
        return len(captured)

    plain, restricted = queries(jar), queries(khanjar)
    assert restricted == plain
