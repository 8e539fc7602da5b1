"""Events show where and when they took place and their winners, with the winning piece while it is for sale."""

from datetime import date

import pytest
from oscar.core.loading import get_model

from cms.models import EventPage, EventWinner
from tests.cms.conftest import add_page, html_of, translate
from tests.factories import make_artisan, make_product

pytestmark = pytest.mark.django_db

Product = get_model("catalogue", "Product")


def make_event(parent, *, winners=(), **fields) -> EventPage:
    return add_page(
        parent,
        EventPage(
            title=fields.pop("title", "Muscat crafts award 2026"),
            slug=fields.pop("slug", "award-2026"),
            date=fields.pop("date", date(2026, 2, 10)),
            place=fields.pop("place", "Oman Convention Centre"),
            body=fields.pop("body", "<p>The yearly award of the authority.</p>"),
            winners=list(winners),
            **fields,
        ),
    )


def test_an_event_shows_its_winners_with_their_winning_piece(client, event_index):
    artisan = make_artisan(name_en="Aisha Al Hinai")
    piece = make_product(artisan=artisan, title_en="Prize jar")
    make_event(
        event_index, winners=[EventWinner(award="First prize", artisan=artisan, product=piece, citation="Fine.")]
    )

    page = html_of(client.get("/en/events/award-2026/"))

    assert "Oman Convention Centre" in page and "First prize" in page
    assert "Aisha Al Hinai" in page and "Prize jar" in page


def test_a_winning_piece_no_longer_for_sale_is_left_out_without_error(client, event_index):
    artisan = make_artisan(name_en="Aisha Al Hinai")
    piece = make_product(artisan=artisan, title_en="Prize jar")
    make_event(event_index, winners=[EventWinner(award="First prize", artisan=artisan, product=piece)])
    Product.objects.filter(pk=piece.pk).update(is_public=False)

    page = html_of(client.get("/en/events/award-2026/"))

    assert "Aisha Al Hinai" in page and "Prize jar" not in page


def test_a_winner_whose_artisan_is_no_longer_verified_keeps_the_award_but_not_the_profile(client, event_index):
    from artisans.models import Artisan

    artisan = make_artisan(name_en="Aisha Al Hinai")
    make_event(event_index, winners=[EventWinner(award="First prize", artisan=artisan)])
    Artisan.objects.filter(pk=artisan.pk).update(verification=Artisan.Verification.REJECTED)

    page = html_of(client.get("/en/events/award-2026/"))

    assert "First prize" in page and artisan.get_absolute_url() not in page


def test_an_event_may_be_published_straight_under_the_home_page(client, home):
    make_event(home, slug="open-day")

    assert "Muscat crafts award 2026" in html_of(client.get("/en/open-day/"))


def test_an_event_and_its_translation_render_in_both_directions(client, event_index):
    event = make_event(event_index)
    translate(event, "ar", title="جائزة الحرف ٢٠٢٦", slug="jaiza-2026")

    english = html_of(client.get("/en/events/award-2026/"))
    arabic = html_of(client.get("/ar/faaliyat/jaiza-2026/"))

    assert '<html lang="en" dir="ltr"' in english and "اقرأ بالعربية" in english
    assert '<html lang="ar" dir="rtl"' in arabic and "جائزة الحرف" in arabic
    assert "Muscat crafts award 2026" in html_of(client.get("/en/events/"))
