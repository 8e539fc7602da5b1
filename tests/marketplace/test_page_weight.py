"""What a phone downloads for a storefront page (issue 19, part 5): static files compressed, hashed and cached for a
year; product photos in WebP in the width the screen needs; no jQuery or Bootstrap script where nothing uses them;
only the Bootstrap rules the site uses, per direction."""

import re
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.templatetags.static import static
from django.test import Client
from django.urls import reverse
from django.utils import translation
from PIL import Image

from catalogue.services import product_add_photo
from marketplace.object_storage import STATIC_FILES
from marketplace.tasks import run_due_tasks
from tests.factories import image_upload, make_artisan, make_product

pytestmark = pytest.mark.django_db

VENDOR = Path(django_settings.BASE_DIR) / "marketplace" / "static" / "hirfa" / "vendor"
A_YEAR = 365 * 24 * 60 * 60


def product_url(product, language: str) -> str:
    with translation.override(language):
        return product.get_absolute_url()


@pytest.fixture
def two_pieces_with_photos():
    """Two pieces by one artisan, each with a photo larger than every size the pages show; thumbnails made."""
    artisan = make_artisan()
    pieces = [make_product(artisan=artisan, title_en=f"Silver bracelet {number}") for number in (1, 2)]
    for piece in pieces:
        product_add_photo(product=piece, upload=image_upload("bracelet.jpg", size=(1200, 1200)))
    run_due_tasks()
    return pieces


def test_static_files_are_served_compressed_with_hashed_names_and_cached_for_a_year(settings, tmp_path):
    # Given the static files collected with the storage that production and `make demo` use
    settings.STORAGES = {**settings.STORAGES, "staticfiles": STATIC_FILES}
    settings.STATIC_ROOT = tmp_path / "static"
    settings.WHITENOISE_USE_FINDERS = False
    # (the project's own files only: Oscar's and Wagtail's take minutes to compress)
    settings.STATICFILES_FINDERS = ["django.contrib.staticfiles.finders.FileSystemFinder"]
    settings.STATICFILES_DIRS = [Path(django_settings.BASE_DIR) / "marketplace" / "static"]
    call_command("collectstatic", "--no-input", "-v", "0", "--ignore", "vendor")

    # When a browser asks for the stylesheet by the name the pages link to
    stylesheet_url = static("hirfa/hirfa.css")
    response = Client().get(stylesheet_url, HTTP_ACCEPT_ENCODING="gzip, br")

    # Then the name carries the content's hash, the answer is compressed, and it may be kept for a year
    assert re.fullmatch(r"/static/hirfa/hirfa\.[0-9a-f]{12}\.css", stylesheet_url)
    assert response.status_code == 200
    assert response["Content-Encoding"] == "br"
    assert (
        int(response["Content-Length"])
        < (Path(django_settings.BASE_DIR) / "marketplace/static/hirfa/hirfa.css").stat().st_size / 3
    )
    cache_control = response["Cache-Control"]
    assert "immutable" in cache_control
    assert int(re.search(r"max-age=(\d+)", cache_control).group(1)) >= A_YEAR
    gzip_only = Client().get(stylesheet_url, HTTP_ACCEPT_ENCODING="gzip")
    assert gzip_only["Content-Encoding"] == "gzip"


@pytest.mark.parametrize("language", ["ar", "en"])
def test_product_photos_come_in_webp_in_the_widths_the_screen_needs(client, two_pieces_with_photos, language):
    # Given a piece with a photo, and another by the same artisan (shown as a card under "More from")
    shown, other = two_pieces_with_photos

    # When a phone opens the piece's page
    html = client.get(product_url(shown, language)).content.decode()

    # Then the gallery's photo and the card's photo each offer WebP copies by width, with the width they are shown at
    sources = re.findall(r'<source type="image/webp" srcset="([^"]+)" sizes="([^"]+)">', html)
    assert len(sources) == 2  # the gallery's photo, then the card's
    (gallery_srcset, gallery_sizes), (card_srcset, card_sizes) = sources
    assert re.fullmatch(r"/media/\S+\.webp 480w, /media/\S+\.webp 900w", gallery_srcset)
    assert re.fullmatch(r"/media/\S+\.webp 240w, /media/\S+\.webp 480w", card_srcset)
    assert "100vw" in gallery_sizes and "50vw" in card_sizes
    # ... and the files are WebP, of the widths they claim
    for srcset in (gallery_srcset, card_srcset):
        for candidate in srcset.split(", "):
            url, width = candidate.split(" ")
            with default_storage.open(url.removeprefix(django_settings.MEDIA_URL)) as image:
                header = image.read(30)
            assert header[:4] == b"RIFF" and header[8:12] == b"WEBP", url
            with default_storage.open(url.removeprefix(django_settings.MEDIA_URL)) as image:
                assert f"{Image.open(image).width}w" == width
    # ... with the JPEG kept for browsers without WebP, and the card's photo loaded only when scrolled to
    assert re.search(r'<img src="/media/\S+\.jpg" width="480" height="480" alt="[^"]+" loading="lazy">', html)


def test_the_product_pages_first_photo_is_preloaded_from_the_head(client, two_pieces_with_photos):
    shown, _ = two_pieces_with_photos

    html = client.get(product_url(shown, "en")).content.decode()

    head = html.split("</head>")[0]
    preload = re.search(
        r'<link rel="preload" as="image" type="image/webp" imagesrcset="([^"]+)" imagesizes="([^"]+)"', head
    )
    assert preload, "no preload of the first photo in the head"
    gallery_srcset, gallery_sizes = re.search(
        r'<source type="image/webp" srcset="([^"]+)" sizes="([^"]+)">', html
    ).groups()
    assert preload.groups() == (gallery_srcset, gallery_sizes)  # the very file the gallery then shows
    first_photo = re.search(r"<figure class=\"product-photo\">\s*<picture>.*?<img ([^>]+)>", html, re.S).group(1)
    assert 'fetchpriority="high"' in first_photo and "loading=" not in first_photo


def test_the_first_cards_of_the_catalogue_list_are_fetched_at_once_and_the_rest_when_scrolled_to(
    client, index_everything
):
    artisan = make_artisan()
    for number in range(4):
        piece = make_product(artisan=artisan, title_en=f"Jar {number}")
        product_add_photo(product=piece, upload=image_upload("jar.jpg", size=(600, 600)))
    run_due_tasks()
    index_everything()

    with translation.override("en"):
        html = client.get(reverse("catalogue:index")).content.decode()

    card_images = re.findall(r'<a class="product-card__image".*?<img ([^>]+)>', html, re.S)
    assert len(card_images) == 4
    assert 'fetchpriority="high"' in card_images[0] and "loading=" not in card_images[0]
    assert "loading=" not in card_images[1]
    assert all('loading="lazy"' in image for image in card_images[2:])


def storefront_pages(language: str, piece) -> dict[str, str]:
    with translation.override(language):
        return {
            "home": f"/{language}/",
            "list": reverse("catalogue:index"),
            "product": piece.get_absolute_url(),
            "search": reverse("search:search") + "?q=silver",
        }


@pytest.mark.parametrize("language", ["ar", "en"])
def test_the_storefronts_browsing_pages_load_no_jquery_or_bootstrap_script(client, two_pieces_with_photos, language):
    for name, page in storefront_pages(language, two_pieces_with_photos[0]).items():
        response = client.get(page)
        assert response.status_code == 200, name
        scripts = re.findall(r"<script[^>]*\bsrc=\"([^\"]+)\"[^>]*>", response.content.decode())
        assert not [src for src in scripts if "jquery" in src or "bootstrap" in src or "oscar/ui" in src], name
        # the site's own script comes after the page is read, not in its way
        assert re.search(r'<script src="[^"]*hirfa/hirfa\.js" defer>', response.content.decode()), name


def test_pages_with_oscars_widgets_still_load_jquery_and_bootstrap_before_their_own_scripts(client):
    # The basket's page runs Oscar's basket script on jQuery (the "remove" and "save for later" links)
    with translation.override("en"):
        html = client.get(reverse("basket:summary")).content.decode()

    # Scripts run in document order, deferred ones (the session state, hirfa.js) after the page is read.
    blocking = [tag for tag in re.findall(r"<script[^>]*\bsrc=\"[^\"]+\"[^>]*>", html) if " defer" not in tag]
    names = [Path(re.search(r'src="([^"]+)"', tag).group(1)).name.split(".")[0] for tag in blocking]
    assert names[:3] == ["jquery", "bootstrap", "ui"]


def classes_in(html: str) -> set[str]:
    return {name for attribute in re.findall(r'class="([^"]*)"', html) for name in attribute.split()}


def has_rule_for(css: str, class_name: str) -> bool:
    return re.search(r"\." + re.escape(class_name) + r"(?![\w-])", css) is not None


@pytest.mark.parametrize(
    ("language", "full_sheet", "used_sheet"),
    [("ar", "oscar-styles.rtl.css", "oscar-styles.rtl.used.css"), ("en", None, "oscar-styles.used.css")],
)
def test_each_direction_links_only_the_bootstrap_rules_the_site_uses_and_keeps_every_one_its_pages_use(
    client, two_pieces_with_photos, language, full_sheet, used_sheet
):
    from oscar import __file__ as oscar_init

    full = (VENDOR / full_sheet) if full_sheet else Path(oscar_init).parent / "static/oscar/css/styles.css"
    full_css, used_css = full.read_text(), (VENDOR / used_sheet).read_text()
    assert len(used_css) < len(full_css) / 3

    pages = storefront_pages(language, two_pieces_with_photos[0])
    with translation.override(language):
        pages["basket"] = reverse("basket:summary")
        pages["sign-in"] = reverse("customer:login")
    for name, page in pages.items():
        html = client.get(page).content.decode()
        assert f"hirfa/vendor/{used_sheet}" in html, name
        # Every class of the page that Oscar's whole stylesheet styles is styled by the trimmed one too
        # (when this fails, a template uses a Bootstrap class the trimmed copy left out: run `make purge-css`)
        missing = {c for c in classes_in(html) if has_rule_for(full_css, c) and not has_rule_for(used_css, c)}
        assert not missing, (name, missing)
