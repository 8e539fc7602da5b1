"""The "Deliver to" choice: kept in a cookie by the footer's and the basket's forms, refused clearly when it is not
a country the marketplace ships to, defaulting from the browser's language, and named in the buyer's language."""

import re

import pytest
from django.test import RequestFactory
from django.utils import translation

from shipping.destinations import DESTINATION_COOKIE, destination_for_request, destinations

pytestmark = pytest.mark.django_db


def product_url(product, language="en") -> str:
    with translation.override(language):
        return product.get_absolute_url()


def choose(client, country, next_url="/en/shop/basket/"):
    return client.post("/preferences/destination/", {"country": country, "next": next_url})


def test_choosing_a_destination_keeps_it_in_a_cookie_and_goes_back(client):
    response = choose(client, "US")
    assert response.status_code == 302 and response["Location"] == "/en/shop/basket/"
    assert response.cookies[DESTINATION_COOKIE].value == "US"


@pytest.mark.parametrize("country", ["ZZ", "XK", "<script>alert(1)</script>", "G" * 5000, "", "O M"])
def test_a_country_we_do_not_ship_to_is_refused_with_a_message_in_the_pages_language(client, country):
    client.cookies[DESTINATION_COOKIE] = "GB"
    response = choose(client, country, next_url="/ar/shop/basket/")
    assert DESTINATION_COOKIE not in response.cookies  # the earlier choice stays
    page = client.get(response["Location"]).content.decode()
    assert "لا نوصل إلى هذا البلد: اختر بلدًا من القائمة." in page
    assert "<script>alert(1)</script>" not in page


def test_the_destination_form_goes_back_only_to_this_site(client):
    assert choose(client, "US", next_url="https://evil.example/")["Location"] == "/"


@pytest.mark.parametrize(
    "accept_language, expected",
    [("en-GB,en;q=0.9", "GB"), ("ar-AE", "AE"), ("ar", "OM"), ("en", "OM"), ("en-ZA", "OM"), ("", "OM")],
)
def test_without_a_choice_the_destination_is_the_region_of_the_browsers_language(accept_language, expected):
    request = RequestFactory().get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    choice = destination_for_request(request)
    assert (choice.code, choice.chosen, choice.unreadable) == (expected, False, False)


@pytest.mark.parametrize("cookie", ["ZZ", "<b>GB</b>", "x" * 4000, "gb;"])
def test_a_cookie_that_names_no_destination_is_noticed_and_ignored(cookie):
    request = RequestFactory().get("/", HTTP_ACCEPT_LANGUAGE="en-US")
    request.COOKIES[DESTINATION_COOKIE] = cookie
    choice = destination_for_request(request)
    assert (choice.code, choice.chosen, choice.unreadable) == ("US", False, True)


def test_the_destinations_are_named_in_the_readers_language_oman_first():
    names = [(d.code, d.name) for d in destinations("ar")]
    assert names[0] == ("OM", "عُمان")
    assert ("GB", "المملكة المتحدة") in names and ("US", "الولايات المتحدة") in names


def test_the_footer_offers_every_destination_with_none_selected_in_the_html(client, jar):
    client.cookies[DESTINATION_COOKIE] = "GB"
    page = client.get(product_url(jar, "ar")).content.decode()
    select = re.search(r'<select id="deliver-to".*?</select>', page, re.S).group(0)
    assert 'data-destination-choice="client"' in select
    assert '<option value="JP">اليابان</option>' in select and " selected" not in select
