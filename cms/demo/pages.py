"""The demo's pages, built from the data files in cms/demo/ (`cms.demo.data`) the way an editor builds them: the
English page added under its section and published, then translated with Wagtail's `copy_for_translation` and
published in Arabic.

Runs after the demo catalogue is loaded (stories embed its pieces and artisans; collections, craft, governorate
and event pages point at its crafts, governorates and products). Running it again adds only what is missing:
a page is found by its slug under its section, so an editor's later changes to a demo page are kept.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from wagtail.models import Locale, Page

from artisans import selectors as artisan_selectors
from catalogue import selectors as catalogue_selectors
from catalogue.demo.images import render_product_photo
from cms.demo.data import PagesData, pages_data
from cms.models import (
    CollectionIndexPage,
    CollectionPage,
    CollectionProduct,
    CraftIndexPage,
    CraftPage,
    EventIndexPage,
    EventPage,
    EventWinner,
    GovernorateIndexPage,
    GovernoratePage,
    HirfaImage,
    HomePage,
    InfoPage,
    StoryIndexPage,
    StoryPage,
    StoryRelatedStory,
)
from cms.stream_context import WhenUnavailable

COVER_SIZE = 1000  # pixels square: wide enough for the top of a page at 1000 px, cropped for the cards
SECTIONS = {
    "stories": StoryIndexPage,
    "collections": CollectionIndexPage,
    "crafts": CraftIndexPage,
    "governorates": GovernorateIndexPage,
    "events": EventIndexPage,
}


@dataclass
class DemoPagesReport:
    created: dict[str, int] = field(default_factory=dict)

    def count(self, kind: str) -> None:
        self.created[kind] = self.created.get(kind, 0) + 1

    def __str__(self) -> str:
        if not self.created:
            return "pages: nothing new"
        return "pages: " + ", ".join(f"{n} {kind}" for kind, n in sorted(self.created.items())) + " created"


def _publish(page: Page) -> Page:
    page.save_revision().publish()
    page.refresh_from_db()
    return page.specific


def _translate(page: Page, **arabic_fields) -> Page:
    """The page's Arabic version (its parent's Arabic version must exist), with its Arabic text, published."""
    translation = page.copy_for_translation(Locale.objects.get(language_code="ar"))
    for name, value in arabic_fields.items():
        setattr(translation, name, value)
    return _publish(translation)


def _cover_image(cover: dict | None, name: str) -> HirfaImage | None:
    """The cover image the data file describes, drawn as the demo draws product photos, with its alt text in both
    languages. Found again by its title on a second run, so running the demo twice draws nothing twice."""
    if cover is None:
        return None
    title = f"Demo cover: {name}"
    image = HirfaImage.objects.filter(title=title).first()
    if image is None:
        photo = render_product_photo(cover["item"], cover["material"], cover["seed"], size=COVER_SIZE)
        image = HirfaImage.objects.create(
            title=title,
            file=SimpleUploadedFile(f"cover-{name}.jpg", photo, content_type="image/jpeg"),
            alt_en=cover["alt"]["en"],
            alt_ar=cover["alt"]["ar"],
        )
    return image


def _add_missing_cover(english: Page, cover: HirfaImage) -> bool:
    """A demo page made before pages had covers gets its cover, in both languages; one an editor chose is kept."""
    added = False
    for page in english.get_translations(inclusive=True).specific():
        if page.cover_image_id is None:
            page.cover_image = cover
            _publish(page)
            added = True
    return added


def _in_both_languages(
    parent_en: Page, make_english, make_arabic_fields, kind: str, report: DemoPagesReport, *, cover=None
):
    """The English page under `parent_en` and its Arabic translation (both with `cover`, a data file's cover),
    unless the English page exists already."""
    english = make_english()
    existing = parent_en.get_children().filter(slug=english.slug).first()
    cover_image = _cover_image(cover, f"{parent_en.slug}-{english.slug}") if cover else None
    if existing is not None:
        if cover_image is not None and _add_missing_cover(existing.specific, cover_image):
            report.count("covers added to existing")
        return existing.specific, False
    english.cover_image = cover_image  # copy_for_translation gives the Arabic page the same image
    parent_en.add_child(instance=english)
    english = _publish(english)
    _translate(english, **make_arabic_fields(english))
    report.count(kind)
    return english, True


@transaction.atomic
def load_demo_pages(data: PagesData | None = None) -> DemoPagesReport:
    """The pages of `data` (by default, the data files) that do not exist yet."""
    wagtail_logger = logging.getLogger("wagtail")
    level = wagtail_logger.level
    wagtail_logger.setLevel(logging.WARNING)  # Wagtail logs every edit and publish; the demo makes some 250
    try:
        return _load_demo_pages(data or pages_data())
    finally:
        wagtail_logger.setLevel(level)


def _load_demo_pages(data: PagesData) -> DemoPagesReport:
    report = DemoPagesReport()
    home_en = HomePage.objects.get(locale__language_code="en")
    home_ar = HomePage.objects.get(locale__language_code="ar")
    _fill_home_and_sections(data, home_en, home_ar)
    sections = {key: model.objects.get(locale__language_code="en") for key, model in SECTIONS.items()}
    _craft_pages(data, sections["crafts"], report)
    _governorate_pages(data, sections["governorates"], report)
    _stories(data, sections["stories"], report)
    _collections(data, sections["collections"], report)
    _events(data, sections["events"], sections["collections"], report)
    _info_pages(data, home_en, report)
    return report


def _fill_home_and_sections(data: PagesData, home_en: HomePage, home_ar: HomePage) -> None:
    """The hero and the sections' introductions, written only over the migration's empty defaults."""
    hero = data.home["hero"]
    for home, language in ((home_en, "en"), (home_ar, "ar")):
        if not home.hero_text:
            home.hero_title = hero["title"][language]
            home.hero_text = hero["text"][language]
            _publish(home)
    for key, model in SECTIONS.items():
        texts = data.home["sections"][key]
        for index in model.objects.all():
            language = index.locale.language_code
            if not index.intro:
                index.title = texts["title"][language]
                index.intro = texts["intro"][language]
                _publish(index)


def _craft_pages(data: PagesData, parent: CraftIndexPage, report: DemoPagesReport) -> None:
    for code, texts in data.craft_pages.items():
        craft = catalogue_selectors.craft_by_code(code)
        if craft is None:
            continue

        def fields(language, craft=craft, texts=texts):
            return {
                "title": craft.name_ar if language == "ar" else craft.name,
                "seo_title": "",
                "search_description": texts["intro"][language],
                "history": texts["history"][language],
                "techniques": texts["techniques"][language],
                "regions": texts["regions"][language],
            }

        _in_both_languages(
            parent,
            lambda code=code, craft=craft, fields=fields: CraftPage(
                slug=code.replace("_", "-"), craft=craft, **fields("en")
            ),
            lambda _english, fields=fields: fields("ar"),
            "craft pages",
            report,
            cover=texts.get("cover"),
        )


def _governorate_pages(data: PagesData, parent: GovernorateIndexPage, report: DemoPagesReport) -> None:
    governorates = {g.slug: g for g in artisan_selectors.governorates()}
    for slug, texts in data.governorate_pages.items():
        governorate = governorates.get(slug)
        if governorate is None:
            continue
        _in_both_languages(
            parent,
            lambda g=governorate, texts=texts: GovernoratePage(
                slug=g.slug.replace("_", "-"), title=g.name_en, governorate=g, intro=texts["intro"]["en"]
            ),
            lambda _english, g=governorate, texts=texts: {"title": g.name_ar, "intro": texts["intro"]["ar"]},
            "governorate pages",
            report,
            cover=texts.get("cover"),
        )


class _PieceSource:
    """Hands out live pieces and verified artisans of each craft, each used once where possible, so that the demo's
    stories and honours show different work."""

    def __init__(self):
        self.used_products: set[int] = set()
        self.used_artisans: set[int] = set()

    def pieces(self, craft_code: str, count: int) -> list:
        craft = catalogue_selectors.craft_by_code(craft_code)
        if craft is None:
            return []
        candidates = list(catalogue_selectors.products_of_craft(craft).order_by("pk")[: count + 40])
        fresh = [p for p in candidates if p.pk not in self.used_products] or candidates
        chosen = fresh[:count]
        self.used_products.update(p.pk for p in chosen)
        return chosen

    def artisan(self, craft_code: str):
        artisans = list(artisan_selectors.public_artisans().filter(crafts__code=craft_code).order_by("pk")[:40])
        fresh = [a for a in artisans if a.pk not in self.used_artisans] or artisans
        if not fresh:
            return None
        self.used_artisans.add(fresh[0].pk)
        return fresh[0]


def _story_body(blocks: list[tuple[str, dict]], language: str, chosen: dict[int, list]) -> list[dict]:
    """The StreamField's raw data in one language; the pieces and artisans chosen once serve both languages."""
    body = []
    for position, (kind, block) in enumerate(blocks):
        if kind == "paragraph":
            body.append({"type": "paragraph", "value": block[language]})
        elif kind == "quote":
            body.append(
                {
                    "type": "quote",
                    "value": {"text": block["text"][language], "attribution": block["attribution"][language]},
                }
            )
        elif kind == "products":
            body += [
                {"type": "product", "value": {"product": p.pk, "when_unavailable": WhenUnavailable.MARK}}
                for p in chosen.get(position, [])
            ]
        elif kind == "artisan":
            body += [{"type": "artisan", "value": {"artisan": a.pk}} for a in chosen.get(position, [])]
    return body


def _stories(data: PagesData, parent: StoryIndexPage, report: DemoPagesReport) -> None:
    source = _PieceSource()
    made = {}
    for story in data.stories:
        chosen = {}
        for position, (kind, block) in enumerate(story["body"]):
            if kind == "products":
                chosen[position] = source.pieces(block["craft"], block["count"])
            elif kind == "artisan":
                artisan = source.artisan(block["craft"])
                chosen[position] = [artisan] if artisan else []

        def fields(language, story=story, chosen=chosen):
            return {
                "title": story["title"][language],
                "slug": story["slug"][language],
                "intro": story["intro"][language],
                "author": story["author"][language],
                "body": _story_body(story["body"], language, chosen),
            }

        english, created = _in_both_languages(
            parent,
            lambda story=story, fields=fields: StoryPage(kind=story["kind"], date=story["date"], **fields("en")),
            lambda _english, fields=fields: fields("ar"),
            "stories",
            report,
            cover=story.get("cover"),
        )
        made[story["slug"]["en"]] = (english, created)
    for story in data.stories:
        english, created = made[story["slug"]["en"]]
        if created:
            _link_related_stories(english, [made[slug][0] for slug in story.get("related", []) if slug in made])


def _link_related_stories(english: StoryPage, related: list[StoryPage]) -> None:
    """Each language's story points at the other stories in the same language."""
    arabic = english.get_translation(Locale.objects.get(language_code="ar")).specific
    for page, language in ((english, "en"), (arabic, "ar")):
        locale = page.locale
        targets = [
            story if language == "en" else story.get_translation(locale).specific
            for story in related
            if language == "en" or story.has_translation(locale)
        ]
        page.related_stories = [StoryRelatedStory(story=target, sort_order=i) for i, target in enumerate(targets)]
        _publish(page)


def _collections(data: PagesData, parent: CollectionIndexPage, report: DemoPagesReport) -> None:
    source = _PieceSource()
    governorates = {g.slug: g for g in artisan_selectors.governorates()}
    for collection in data.collections:
        rule = collection.get("rule")
        picked = []
        if rule is None:
            crafts = collection["pick"]["crafts"]
            per_craft = max(1, -(-collection["pick"]["count"] // len(crafts)))
            for code in crafts:
                picked += source.pieces(code, per_craft)
            picked = picked[: collection["pick"]["count"]]

        def fields(language, collection=collection):
            return {
                "title": collection["title"][language],
                "slug": collection["slug"][language],
                "intro": collection["intro"][language],
            }

        def english_page(collection=collection, rule=rule, picked=picked, fields=fields):
            page = CollectionPage(
                featured_on_home=collection["featured_on_home"],
                starts_on=collection.get("starts_on"),
                ends_on=collection.get("ends_on"),
                **fields("en"),
            )
            if rule is not None:
                page.selection = CollectionPage.Selection.RULE
                page.rule_craft = catalogue_selectors.craft_by_code(rule["craft"]) if "craft" in rule else None
                page.rule_governorate = governorates.get(rule["governorate"]) if "governorate" in rule else None
                page.rule_material = rule.get("material", "")
                page.rule_min_price = rule.get("min_price")
                page.rule_max_price = rule.get("max_price")
                page.rule_deposits_only = rule.get("deposits_only", False)
            else:
                page.selection = CollectionPage.Selection.HAND_PICKED
                page.collection_products = [
                    CollectionProduct(product=product, sort_order=i) for i, product in enumerate(picked)
                ]
            return page

        _in_both_languages(
            parent,
            english_page,
            lambda _english, fields=fields: fields("ar"),
            "collections",
            report,
            cover=collection.get("cover"),
        )


COLLECTION_LINK = re.compile(r'<a data-collection="([^"]+)">(.*?)</a>', re.DOTALL)


def _link_collections(html: str, language: str, collections: CollectionIndexPage) -> str:
    """The data files' `<a data-collection="<English slug>">` made a Wagtail page link to that collection in the
    text's language, as an editor's link would be; a link to a collection that is missing keeps only its text."""
    locale = Locale.objects.get(language_code=language)

    def link(match):
        english = collections.get_children().filter(slug=match.group(1)).first()
        target = english.get_translation_or_none(locale) if english is not None else None
        if target is None:
            return match.group(2)
        return f'<a linktype="page" id="{target.pk}">{match.group(2)}</a>'

    return COLLECTION_LINK.sub(link, html)


def _info_pages(data: PagesData, home_en: HomePage, report: DemoPagesReport) -> None:
    for key, texts in data.info_pages.items():

        def fields(language, texts=texts):
            return {
                "title": texts["title"][language],
                "slug": texts["slug"][language],
                "intro": texts["intro"][language],
                "body": texts["body"][language],
            }

        _in_both_languages(
            home_en,
            lambda key=key, fields=fields: InfoPage(key=key, **fields("en")),
            lambda _english, fields=fields: fields("ar"),
            "information pages",
            report,
        )


def _events(data: PagesData, parent: EventIndexPage, collections: CollectionIndexPage, report) -> None:
    source = _PieceSource()
    for event in data.events:
        winners = []
        for winner in event["winners"]:
            artisan = source.artisan(winner["craft"])
            if artisan is None:
                continue
            pieces = catalogue_selectors.products_of_artisan(artisan).order_by("pk")[:1]
            winners.append((winner, artisan, pieces[0] if pieces else None))

        def winner_rows(language, winners=winners):
            return [
                EventWinner(
                    award=winner["award"][language],
                    artisan=artisan,
                    product=piece,
                    citation=winner["citation"][language],
                    sort_order=i,
                )
                for i, (winner, artisan, piece) in enumerate(winners)
            ]

        def fields(language, event=event, winner_rows=winner_rows):
            return {
                "title": event["title"][language],
                "slug": event["slug"][language],
                "place": event["place"][language],
                "body": _link_collections(event["body"][language], language, collections),
                "winners": winner_rows(language),
            }

        _in_both_languages(
            parent,
            lambda event=event, fields=fields: EventPage(date=event["date"], **fields("en")),
            lambda _english, fields=fields: fields("ar"),
            "events",
            report,
            cover=event.get("cover"),
        )
