"""A guest is told in words how to keep a piece, instead of a disabled button whose reason hides in a tooltip."""

import pytest
from django.utils import translation

from tests.factories import UserFactory, make_product

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("language", "words"),
    [("en", "Sign in to keep this piece in a wish list"), ("ar", "سجّل الدخول لتحفظ هذه القطعة في قائمة أمنياتك")],
)
def test_a_guest_sees_a_link_to_sign_in_and_keep_the_piece_in_their_language(client, language, words):
    piece = make_product()
    with translation.override(language):
        url = piece.get_absolute_url()

    page = client.get(url).content.decode()

    assert f'accounts/login/?next={url}">{words}</a>' in page
    assert 'disabled="disabled" title=' not in page


def test_a_signed_in_buyer_still_gets_the_add_to_wish_list_button(client):
    piece = make_product()
    client.force_login(UserFactory())

    page = client.get(piece.get_absolute_url()).content.decode()

    assert 'id="add_to_wishlist_form"' in page and "Sign in to keep this piece" not in page
