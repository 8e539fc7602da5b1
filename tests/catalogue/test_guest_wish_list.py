"""A guest keeps a piece with the heart (favourites/), not by a link to sign in, nor by a disabled button whose reason
hides in a tooltip; a signed-in buyer also has Oscar's named wish lists."""

import pytest
from django.utils import translation

from tests.factories import UserFactory, make_product

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_guest_keeps_a_piece_with_the_heart_not_a_sign_in_link(client, language):
    piece = make_product()
    with translation.override(language):
        url = piece.get_absolute_url()

    page = client.get(url).content.decode()

    assert 'class="btn-wishlist wishlist-sign-in"' not in page and "accounts/login/?next=" not in page
    assert f"/{language}/favourites/{piece.pk}/add/" in page
    assert 'disabled="disabled" title=' not in page


def test_a_signed_in_buyer_still_gets_the_add_to_wish_list_button(client):
    piece = make_product()
    client.force_login(UserFactory())

    page = client.get(piece.get_absolute_url()).content.decode()

    assert 'id="add_to_wishlist_form"' in page
