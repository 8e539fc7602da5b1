"""The basket shows the shipping to the chosen destination before checkout: the cheapest and the fastest methods for
its weight with their delivery time, and, clearly, a piece that cannot go there."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from shipping.destinations import DESTINATION_COOKIE
from tests.factories import make_product

pytestmark = pytest.mark.django_db

BASKET = "/{language}/shop/basket/"
# Oscar's basket page reads each line's stock record (and product class) a few times; the delivery section adds a
# constant number (the methods and their bands, the rules), whatever the basket holds.
BASKET_PAGE_QUERY_BOUND = 50


def basket_page(client, *pieces, country=None, language="en"):
    for piece in pieces:
        client.post(f"/{language}/shop/basket/add/{piece.pk}/", {"quantity": 1})
    if country:
        client.cookies[DESTINATION_COOKIE] = country
    response = client.get(BASKET.format(language=language))
    assert response.status_code == 200
    return response


def delivery_section(response) -> str:
    html = response.content.decode()
    return re.sub(r"\s+", " ", re.search(r'<section class="basket-delivery.*?</section>', html, re.S).group(0))


def test_within_oman_one_method_is_the_cheapest_and_the_fastest(client, jar):
    section = delivery_section(basket_page(client, jar, country="OM"))
    assert "Cheapest and fastest" in section and "Fastest</dt>" not in section
    assert "OMR 1.500" in section and "2 to 4 working days" in section


def test_to_the_united_kingdom_the_basket_shows_the_cheapest_and_the_fastest(client, jar):
    section = delivery_section(basket_page(client, jar, country="GB"))
    cheapest = re.search(r'basket-delivery__cheapest">(.*?)</dd>', section).group(1)
    fastest = re.search(r'basket-delivery__fastest">(.*?)</dd>', section).group(1)
    assert "OMR 6.000" in cheapest and "4 to 8 weeks" in cheapest
    assert "OMR 9.000" in fastest and "7 to 14 working days" in fastest


def test_the_charge_follows_the_baskets_weight(client, jar):
    heavy = make_product(title_en="Wool rug", weight_g=4000)
    section = delivery_section(basket_page(client, jar, heavy, country="GB"))
    assert "OMR 14.000" in section and "OMR 22.000" in section  # 4.8 kg: the 5 kg band


def test_oscars_totals_use_the_chosen_destination_too(client, jar):
    response = basket_page(client, jar, country="GB")
    assert response.context["shipping_method"].code == "international"
    assert basket_page(client, country="OM").context["shipping_method"].code == "oman"


def test_a_khanjar_in_a_basket_for_the_united_kingdom_is_said_to_be_refused(client, khanjar, jar):
    section = delivery_section(basket_page(client, khanjar, jar, country="GB"))
    assert "These pieces cannot be delivered to United Kingdom" in section
    assert "“Silver Nizwa khanjar”: bladed items cannot be delivered to this country" in section


def test_a_khanjar_abroad_announces_the_age_confirmation(client, khanjar):
    section = delivery_section(basket_page(client, khanjar, country="US"))
    assert "confirm that you are 18 or over" in section and "cannot be delivered" not in section


def test_a_perfume_oil_abroad_goes_by_surface_only(client, perfume_oil):
    section = delivery_section(basket_page(client, perfume_oil, country="US"))
    assert "by land and sea" in section
    assert "Cheapest and fastest" in section and "OMR 6.000" in section and "OMR 9.000" not in section


def test_a_perfume_oil_to_a_country_without_a_surface_route_is_said_to_be_refused(client, perfume_oil, jar):
    from oscar.core.loading import get_model

    express = get_model("shipping", "WeightBased").objects.create(name="Japan express", code="express-japan")
    express.countries.set(["JP"])
    section = delivery_section(basket_page(client, perfume_oil, jar, country="JP"))
    assert "These pieces cannot be delivered to Japan" in section
    assert "“Rose perfume oil”: it can only travel by surface, which is not offered to this country" in section
    assert "by land and sea" not in section


def test_the_basket_speaks_arabic(client, khanjar):
    section = delivery_section(basket_page(client, khanjar, country="GB", language="ar"))
    assert "لا يمكن توصيل هذه القطع إلى المملكة المتحدة" in section
    assert '<option value="GB" selected>المملكة المتحدة</option>' in section


def test_without_a_choice_the_basket_follows_the_browsers_language(client, jar):
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en-US"
    section = delivery_section(basket_page(client, jar))
    assert '<option value="US" selected>United States</option>' in section


def test_a_cookie_naming_no_destination_is_said_and_not_shown(client, jar):
    section = delivery_section(basket_page(client, jar, country="<script>alert(1)</script>"))
    assert "We could not read the destination saved in this browser" in section
    assert "<script>alert(1)</script>" not in section
    assert '<option value="OM" selected>Oman</option>' in section


def _estimate_queries(client, pieces) -> int:
    from oscar.apps.partner.strategy import Selector
    from oscar.core.loading import get_model

    from shipping.selectors import basket_delivery

    client.cookies.clear()
    basket_page(client, *pieces)
    basket = get_model("basket", "Basket").objects.order_by("-pk").first()
    basket.strategy = Selector().strategy()
    with CaptureQueriesContext(connection) as captured:
        basket_delivery(basket=basket, country_code="GB")
    return len(captured)


def test_the_delivery_estimate_reads_the_same_number_of_queries_whatever_the_baskets_size(client, khanjar):
    pieces = [make_product(title_en=f"Jar {index}") for index in range(6)]
    one = _estimate_queries(client, [khanjar])
    assert _estimate_queries(client.__class__(), [khanjar, *pieces]) == one


def test_the_basket_page_stays_within_its_query_bound(client, khanjar, perfume_oil, django_assert_max_num_queries):
    pieces = [make_product(title_en=f"Jar {index}") for index in range(4)]
    basket_page(client, khanjar, perfume_oil, *pieces, country="GB")
    with django_assert_max_num_queries(BASKET_PAGE_QUERY_BOUND):
        client.get(BASKET.format(language="en"))
