"""Arabic-Indic digits over a finished page (`marketplace.page_digits`), and the middleware that applies them only to
Arabic HTML pages of a reader who chose them."""

import pytest
from django.urls import reverse

from marketplace.display import DIGITS_COOKIE
from marketplace.page_digits import arabic_indic_digits_in_html
from tests.factories import make_product
from tests.page_checks import latin_digits_in


def test_numbers_in_text_become_arabic_indic_with_arabic_separators():
    html = "<p>6 حرفيين، الوزن 1.25 كغ، 1,200 قطعة، 07/12/2026</p>"

    assert arabic_indic_digits_in_html(html) == "<p>٦ حرفيين، الوزن ١٫٢٥ كغ، ١٬٢٠٠ قطعة، ٠٧/١٢/٢٠٢٦</p>"


@pytest.mark.parametrize(
    "kept",
    [
        "RG-DAK-00027",  # a registry number
        "OM-CD-2020-0001",  # a design deposit
        "SHS-DHW-00272",  # a SKU
        "maryam2@example.com",
        "https://hirfa.example/ar/shop/2/",
    ],
)
def test_identifiers_keep_their_latin_digits(kept):
    assert arabic_indic_digits_in_html(f"<p>رقم {kept} ٣</p>") == f"<p>رقم {kept} ٣</p>"


def test_markup_code_typed_text_and_english_only_content_keep_latin_digits():
    html = (
        '<a href="/ar/shop/?page=2" title="2" data-count="3">'
        "<span>2</span></a>"
        '<input value="12"><textarea>7 lines</textarea><code>a = 1</code><script>var n = 5;</script>'
        '<span lang="en">Ring 925 <b>3</b></span><span data-latin-digits>Box 4</span>'
        '<div translate="no"><div>9</div>8</div>'
        "&#1234; 5"
    )

    assert arabic_indic_digits_in_html(html) == (
        '<a href="/ar/shop/?page=2" title="2" data-count="3">'
        "<span>٢</span></a>"
        '<input value="12"><textarea>7 lines</textarea><code>a = 1</code><script>var n = 5;</script>'
        '<span lang="en">Ring 925 <b>3</b></span><span data-latin-digits>Box 4</span>'
        '<div translate="no"><div>9</div>8</div>'
        "&#1234; ٥"
    )


def test_the_latin_digits_check_finds_what_the_page_rewrite_leaves():
    """The check of the page walks agrees with the rewrite: nothing left after it, something before it."""
    html = '<p>6 حرفيين <span lang="en">Lot 3</span> RG-DAK-00027</p><p>صفحة 2 من 9</p>'

    assert latin_digits_in(html) == ["6 حرفيين", "صفحة 2 من 9"]
    assert latin_digits_in(arabic_indic_digits_in_html(html)) == []


@pytest.mark.django_db
def test_only_an_arabic_page_of_a_reader_who_chose_arabic_indic_digits_is_rewritten(client):
    piece = make_product(price="12.340", stock=12, weight_g=1250)
    path = reverse("catalogue:detail", kwargs={"product_slug": piece.slug, "pk": piece.pk})[3:]

    client.cookies[DIGITS_COOKIE] = "arab"
    arabic = client.get(f"/ar{path}").content.decode()
    english = client.get(f"/en{path}").content.decode()
    client.cookies[DIGITS_COOKIE] = "latn"
    arabic_latin = client.get(f"/ar{path}").content.decode()

    assert "١٢٥٠" in arabic and latin_digits_in(arabic) == []
    assert "1250" in arabic_latin and latin_digits_in(arabic_latin)
    assert "1250" in english and latin_digits_in(english)


@pytest.mark.django_db
def test_the_latin_digits_choice_keeps_its_latin_label(client):
    """The footer's switch offers "١٢٣" and "123": rewriting the page must not make both read "١٢٣"."""
    client.cookies[DIGITS_COOKIE] = "arab"

    html = client.get("/ar/").content.decode()

    assert 'value="latn" data-latin-digits' in html and ">123</button>" in html
