"""Images carry alt text in both languages, required when an editor uploads one; pages show them as a `<picture>`
of WebP copies with a JPEG fallback in several widths, cropped around the focal point and never enlarged."""

import uuid
from datetime import date
from html.parser import HTMLParser
from io import BytesIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.translation import override
from PIL import Image as PillowImage
from wagtail.images.models import Filter
from wagtail.models import UploadedFile
from wagtail.users.models import UserProfile

from cms.images import HirfaImage, HirfaRendition
from cms.models import StoryPage
from marketplace.tasks import run_due_tasks
from tests.cms.conftest import add_page, html_of, translate
from tests.factories import UserFactory, image_upload

pytestmark = pytest.mark.django_db

REQUIRED = {"en": "This field is required.", "ar": "هذا الحقل مطلوب."}


# --- Helpers ----------------------------------------------------------------------------------------


def make_image(
    *, size=(1600, 1200), alt_en="A Bahla water jar", alt_ar="جرة ماء من بهلاء", upload=None, **fields
) -> HirfaImage:
    return HirfaImage.objects.create(
        title="Water jar", file=upload or image_upload("jar.jpg", size=size), alt_en=alt_en, alt_ar=alt_ar, **fields
    )


def two_colour_upload(*, size, red_until: int) -> SimpleUploadedFile:
    """A photo red on the left of `red_until` and blue on the right, to see where a crop was taken."""
    photo = PillowImage.new("RGB", size, (0, 0, 255))
    photo.paste((255, 0, 0), (0, 0, red_until, size[1]))
    buffer = BytesIO()
    photo.save(buffer, format="JPEG", quality=95)
    return SimpleUploadedFile("two-colours.jpg", buffer.getvalue(), content_type="image/jpeg")


def image_block(image, *, alt="", caption="") -> dict:
    return {"type": "image", "value": {"image": image.pk, "alt": alt, "caption": caption}}


def gallery_block(*images) -> dict:
    return {
        "type": "gallery",
        "value": [
            {"type": "item", "id": str(uuid.uuid4()), "value": {"image": image.pk, "alt": "", "caption": ""}}
            for image in images
        ],
    }


def make_story(index, *body, slug="potters-of-bahla") -> StoryPage:
    return add_page(index, StoryPage(title="The potters of Bahla", slug=slug, date=date(2026, 3, 1), body=list(body)))


class PictureParser(HTMLParser):
    """The `<source>` and `<img>` of every `<picture>` of a page, as attribute dicts."""

    def __init__(self):
        super().__init__()
        self.pictures: list[dict] = []
        self._inside = False

    def handle_starttag(self, tag, attrs):
        if tag == "picture":
            self._inside = True
            self.pictures.append({"sources": []})
        elif self._inside and tag == "source":
            self.pictures[-1]["sources"].append(dict(attrs))
        elif self._inside and tag == "img":
            self.pictures[-1]["img"] = dict(attrs)

    def handle_endtag(self, tag):
        if tag == "picture":
            self._inside = False


def pictures_of(html: str) -> list[dict]:
    parser = PictureParser()
    parser.feed(html)
    return parser.pictures


def srcset_widths(srcset: str) -> list[int]:
    return [int(candidate.split()[1].rstrip("w")) for candidate in srcset.split(",")]


@pytest.fixture
def editor(client):
    def log_in(language: str):
        user = UserFactory(is_staff=True, is_superuser=True)
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
        client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
        return user

    return log_in


# --- Alt text in both languages --------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("missing", ["alt_en", "alt_ar"])
def test_an_image_uploaded_without_alt_text_in_one_language_is_refused_in_the_editors_language(
    client, editor, language, missing
):
    editor(language)
    alt_texts = {"alt_en": "A Bahla water jar", "alt_ar": "جرة ماء من بهلاء", missing: ""}

    response = client.post(reverse("wagtailimages:add"), {"title": "Jar", "file": image_upload(), **alt_texts})

    assert response.status_code == 200
    with override(language):  # error messages are translated when read
        assert response.context["form"].errors == {missing: [REQUIRED[language]]}
    assert REQUIRED[language] in response.content.decode()
    assert not HirfaImage.objects.exists()


def test_an_image_uploaded_with_alt_text_in_both_languages_is_saved_with_its_focal_point(client, editor):
    editor("en")
    focal_point = {"focal_point_x": 40, "focal_point_y": 30, "focal_point_width": 10, "focal_point_height": 8}

    response = client.post(
        reverse("wagtailimages:add"),
        {"title": "Jar", "file": image_upload(), "alt_en": "A jar", "alt_ar": "جرة", **focal_point},
    )

    assert response.status_code == 302
    image = HirfaImage.objects.get()
    assert (image.alt_en, image.alt_ar) == ("A jar", "جرة")
    assert {name: getattr(image, name) for name in focal_point} == focal_point


def test_a_multiple_upload_becomes_an_image_only_once_the_editor_gives_both_alt_texts(client, editor):
    editor("en")

    uploaded = client.post(reverse("wagtailimages:add_multiple"), {"files[]": image_upload()}).json()
    held = UploadedFile.objects.get()
    prefix = f"uploaded-image-{held.pk}"
    create_url = reverse("wagtailimages:create_multiple_from_uploaded_image", args=[held.pk])
    without_arabic = client.post(create_url, {f"{prefix}-title": "Jar", f"{prefix}-alt_en": "A jar"}).json()
    nothing_saved_yet = not HirfaImage.objects.exists()
    with_both = client.post(
        create_url, {f"{prefix}-title": "Jar", f"{prefix}-alt_en": "A jar", f"{prefix}-alt_ar": "جرة"}
    ).json()

    assert uploaded["success"] and "uploaded_file_id" in uploaded
    assert not without_arabic["success"] and REQUIRED["en"] in without_arabic["form"]
    assert nothing_saved_yet
    assert with_both["success"] and HirfaImage.objects.get().alt_ar == "جرة"


def test_an_images_alt_text_is_in_the_active_language_else_in_the_other():
    image = make_image(alt_en="A jar", alt_ar="جرة")
    english_only = make_image(alt_en="A jar", alt_ar="")

    with override("ar"):
        assert (str(image.localized_alt()), image.default_alt_text) == ("جرة", "جرة")
        assert english_only.localized_alt().language == "en" and english_only.localized_alt().is_fallback
    with override("en"):
        assert image.default_alt_text == "A jar"


# --- Pictures on a page ----------------------------------------------------------------------------


def test_a_story_image_is_a_picture_of_webp_widths_with_a_jpeg_fallback(client, story_index):
    make_story(story_index, image_block(make_image(size=(1600, 1200))))

    [picture] = pictures_of(html_of(client.get("/en/stories/potters-of-bahla/")))

    [webp] = picture["sources"]
    img = picture["img"]
    assert webp["type"] == "image/webp" and ".webp " in webp["srcset"]
    assert srcset_widths(webp["srcset"]) == [480, 800, 1000, 1200]
    assert srcset_widths(img["srcset"]) == [480, 800, 1000, 1200] and ".webp" not in img["srcset"]
    assert img["src"].endswith(".jpg") and "width-1000" in img["src"]
    assert (img["width"], img["height"]) == ("1000", "750")
    assert (img["loading"], img["decoding"]) == ("lazy", "async")
    assert webp["sizes"] == img["sizes"] == "(min-width: 1040px) 1000px, 100vw"


def test_a_story_image_has_the_arabic_alt_on_the_arabic_page_and_the_english_alt_on_the_english_page(
    client, story_index
):
    story = make_story(story_index, image_block(make_image(alt_en="A Bahla water jar", alt_ar="جرة ماء من بهلاء")))
    translate(story, "ar", title="فخاريو بهلاء", slug="fakhariyo-bahla")

    [english] = pictures_of(html_of(client.get("/en/stories/potters-of-bahla/")))
    [arabic] = pictures_of(html_of(client.get("/ar/hikayat/fakhariyo-bahla/")))

    assert english["img"]["alt"] == "A Bahla water jar"
    assert arabic["img"]["alt"] == "جرة ماء من بهلاء"


def test_an_alt_text_in_the_other_language_says_which_language_it_is_in(client, story_index):
    story = make_story(story_index, image_block(make_image(alt_en="A Bahla water jar", alt_ar="")))
    translate(story, "ar", title="فخاريو بهلاء", slug="fakhariyo-bahla")

    [arabic] = pictures_of(html_of(client.get("/ar/hikayat/fakhariyo-bahla/")))

    assert (arabic["img"]["alt"], arabic["img"]["lang"]) == ("A Bahla water jar", "en")


def test_a_blocks_own_alt_text_wins_over_the_images(client, story_index):
    image = make_image(alt_en="A Bahla water jar")
    make_story(story_index, image_block(image, alt="The jar my grandmother filled at the falaj"))

    [picture] = pictures_of(html_of(client.get("/en/stories/potters-of-bahla/")))

    assert picture["img"]["alt"] == "The jar my grandmother filled at the falaj"


def test_a_hostile_alt_text_is_escaped(client, story_index):
    hostile = '"><script>alert(1)</script>'
    make_story(story_index, image_block(make_image(alt_en=hostile)), gallery_block(make_image(alt_en=hostile)))

    html = html_of(client.get("/en/stories/potters-of-bahla/"))

    assert "<script>alert(1)" not in html
    assert [picture["img"]["alt"] for picture in pictures_of(html)] == [hostile, hostile]


def test_a_gallery_crop_is_taken_around_the_focal_point(client, story_index):
    # Red on the left three quarters, blue on the right quarter; the focal point is in the blue.
    image = make_image(
        upload=two_colour_upload(size=(2000, 500), red_until=1500),
        focal_point_x=1750,
        focal_point_y=250,
        focal_point_width=100,
        focal_point_height=100,
    )
    make_story(story_index, gallery_block(image))

    [picture] = pictures_of(html_of(client.get("/en/stories/potters-of-bahla/")))

    spec = "fill-480x360|format-jpeg"
    rendition = HirfaRendition.objects.get(image=image, filter_spec=spec)
    assert rendition.focal_point_key == Filter(spec).get_cache_key(image) != ""
    assert rendition.url in picture["img"]["src"]
    with rendition.open_file() as file:
        crop = PillowImage.open(file).convert("RGB")
    middle_row = [crop.getpixel((x, crop.height // 2)) for x in range(crop.width)]
    blue_share = sum(1 for red, _green, blue in middle_row if blue > red) / len(middle_row)
    assert blue_share > 0.4  # half, as measured; a crop from the centre, ignoring the focal point, holds none


def test_a_small_original_is_never_enlarged(client, story_index):
    small = make_image(size=(300, 200))
    make_story(story_index, image_block(small), gallery_block(small))

    [block, gallery] = pictures_of(html_of(client.get("/en/stories/potters-of-bahla/")))

    assert srcset_widths(block["sources"][0]["srcset"]) == srcset_widths(block["img"]["srcset"]) == [300]
    assert (block["img"]["width"], block["img"]["height"]) == ("300", "200")
    assert srcset_widths(gallery["img"]["srcset"]) == [266]  # the widest 4:3 crop a 300x200 photo holds
    assert (gallery["img"]["width"], gallery["img"]["height"]) == ("266", "200")
    assert max(HirfaRendition.objects.filter(image=small).values_list("width", flat=True)) <= 300


# --- Queries ---------------------------------------------------------------------------------------


def page_queries(client, url: str) -> list[str]:
    html_of(client.get(url))  # the first visit makes the renditions
    with CaptureQueriesContext(connection) as queries:
        html_of(client.get(url))
    return [query["sql"] for query in queries.captured_queries]


def image_queries(queries: list[str]) -> list[str]:
    return [sql for sql in queries if "cms_hirfa" in sql]


def test_a_story_runs_the_same_queries_for_eight_images_as_for_two(client, story_index, settings):
    settings.PAGE_CACHE_ENABLED = False  # the queries of the page itself, not of its copy in the page cache
    few = [make_image() for _ in range(2)]
    many = [make_image() for _ in range(8)]
    make_story(story_index, image_block(few[0]), gallery_block(few[1]), slug="few")
    make_story(story_index, *(image_block(image) for image in many[:4]), gallery_block(*many[4:]), slug="many")

    with_two, with_eight = page_queries(client, "/en/stories/few/"), page_queries(client, "/en/stories/many/")

    assert len(with_two) == len(with_eight)
    # For each kind of image block (single images, galleries): the images, then all their renditions.
    assert len(image_queries(with_two)) == len(image_queries(with_eight)) == 4


def test_an_uploaded_images_renditions_are_made_by_the_worker_so_a_readers_get_writes_nothing(client, story_index):
    image = make_image()
    run_due_tasks()  # the worker's turn
    make_story(story_index, image_block(image), gallery_block(image), slug="ready")
    made_on_upload = image.renditions.count()

    with CaptureQueriesContext(connection) as first_visit:
        html_of(client.get("/en/stories/ready/"))

    writes = [q["sql"] for q in first_visit.captured_queries if q["sql"].lstrip().upper().startswith("INSERT")]
    assert made_on_upload > 0 and not writes
