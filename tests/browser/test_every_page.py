"""Every page a visitor, a buyer or an artisan can reach, opened in Chromium in both languages at 1366 px and on a
390 px phone: every URL of the sitemap (content pages, products, artisans, the figures page), the shop's list and
search, the basket, each checkout step, the payment page and the thank-you page, the buyer's account, and every
page of an artisan's workshop. On each page:

- nothing is wider than the screen;
- no console error and no Content-Security-Policy violation;
- no image or other resource fails to load;
- axe-core (the copy bundled with axe-playwright-python) finds no serious or critical violation of WCAG 2.2 A/AA;
- on /ar/ pages, read with Arabic-Indic digits chosen, none of the site's own English UI strings and no Latin digit
  outside what keeps them (tests/page_checks.py).

On the basket and each checkout step, every control is reached with the Tab key, with its focus drawn.

Screenshots of the home, a craft, a governorate, a story, a product and the workshop go to
test-artifacts/every-page-*.png.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.test import Client
from django.urls import reverse

from catalogue.services import product_add_photo
from cms.demo.pages import load_demo_pages
from cms.models import CraftPage, GovernoratePage, StoryPage
from marketplace.display import DIGITS_COOKIE
from tests.browser.test_checkout import give_an_omani_address, place_order, start_guest_checkout, type_card
from tests.browser.test_portal import sign_in
from tests.factories import image_upload, make_artisan, make_deposit, make_manager, make_product
from tests.page_checks import english_ui_strings_in, latin_digits_in
from tests.payments.conftest import CARD_OK
from tests.urls import argument_names, named_url_patterns

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

SCREENS = {"phone": (390, 844), "desktop": (1366, 900)}
LOCALES = {"ar": "ar-OM", "en": "en-GB"}
# What the test's buyer types in English (the address), which an Arabic page shows back as it was typed.
TYPED_IN_ENGLISH = ("Maryam", "Al Balushi", "Way 3021, House 17", "Muscat")
AXE_RULES = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]}}
BLOCKING_IMPACTS = {"serious", "critical"}
axe = Axe()


@pytest.fixture
def site(live_server):
    """The demo's content pages in both languages, and a small shop: two artisans with pieces and photos, one a
    registered design, one piece in Arabic only."""
    load_demo_pages()
    potter = make_artisan(
        name_en="Aisha bint Said Al Hinai",
        name_ar="عائشة بنت سعيد الهنائية",
        wilayat_slug="bahla",
        bio_en="Aisha learned to shape Bahla clay from her mother.",
        bio_ar="تعلمت عائشة تشكيل طين بهلاء من أمها.",
    )
    weaver = make_artisan(name_en="Salim Al Hinai", name_ar="سالم الهنائي", wilayat_slug="nizwa")
    burner = make_product(
        artisan=potter,
        title_en="Bahla clay incense burner",
        title_ar="مبخرة فخارية من بهلاء",
        price="12.340",
        stock=4,
        design_deposit=make_deposit(owner=potter, number="OM-CD-2019-0090D"),
    )
    product_add_photo(product=burner, upload=image_upload("burner.jpg", size=(800, 800), color=(170, 90, 50)))
    basket = make_product(
        artisan=weaver, title_en="Palm-frond basket", title_ar="سلة من سعف النخيل", price="7.500", stock=4
    )
    product_add_photo(product=basket, upload=image_upload("basket.jpg", size=(800, 600), color=(200, 170, 90)))
    make_product(artisan=potter, title_en="", title_ar="جحلة ماء", price="8.500")
    return {"potter": potter, "manager": make_manager(potter), "pieces": (burner, basket)}


def sitemap_paths(language: str) -> list[str]:
    xml = Client().get("/sitemap.xml").content.decode()
    paths = {urlsplit(location).path for location in re.findall(r"<loc>([^<]+)</loc>", xml)}
    return sorted(path for path in paths if path.startswith(f"/{language}/"))


# Workshop URLs that are not pages: they only take a POST from a page's script.
NOT_PAGES = {"artisans:workshop-photo-upload"}


def workshop_paths(language: str, registry_number: str, piece_pk: int) -> list[str]:
    """Every workshop page of one artisan, from the URL resolver: a page added later is walked too."""
    paths = []
    for name, pattern in named_url_patterns():
        if not str(pattern.pattern).startswith("workshop/<str:registry_number>/"):
            continue
        arguments = argument_names(pattern)
        if name in NOT_PAGES:
            continue
        if arguments == {"registry_number"}:
            paths.append(reverse(name, kwargs={"registry_number": registry_number}))
        elif arguments == {"registry_number", "product_pk"}:
            paths.append(reverse(name, kwargs={"registry_number": registry_number, "product_pk": piece_pk}))
    return [f"/{language}{path[3:]}" for path in sorted(set(paths))]


class PageChecker:
    """Opens pages in one browser tab and records what is wrong with each, so one run lists every problem."""

    def __init__(self, page, base_url: str, language: str, screen: str, artifacts):
        if language == "ar":
            page.context.add_cookies([{"name": DIGITS_COOKIE, "value": "arab", "url": base_url}])
        self.page, self.base_url, self.language, self.screen, self.artifacts = (
            page,
            base_url,
            language,
            screen,
            artifacts,
        )
        self.findings: list[str] = []
        self.failed_resources: list[str] = []
        page.on("response", self._record_failure)
        page.on("requestfailed", lambda request: self.failed_resources.append(f"failed {request.url}"))

    def _record_failure(self, response):
        if response.status >= 400 and response.request.resource_type != "document":
            self.failed_resources.append(f"{response.status} {response.url}")

    def open(self, path: str, *, name: str | None = None, expected_status: int = 200):
        response = self.page.goto(self.base_url + path)
        if response is None or response.status != expected_status:
            self.findings.append(f"{path}: status {response and response.status}")
            return
        self.check(path, name=name)

    def check(self, label: str, *, name: str | None = None):
        page = self.page
        page.wait_for_load_state("load")
        # Lazy images load once scrolled to; bring every one in before looking for broken ones.
        page.evaluate("document.querySelectorAll('img[loading=lazy]').forEach(img => img.loading = 'eager')")
        page.wait_for_load_state("networkidle")
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        if overflow > 0:
            widest = page.evaluate(WIDEST_ELEMENT)
            self.findings.append(f"{label}: {overflow}px wider than the screen ({widest})")
        broken = page.evaluate(
            "Array.from(document.images).filter(img => img.complete && img.naturalWidth === 0)"
            ".map(img => img.currentSrc || img.src)"
        )
        if broken:
            self.findings.append(f"{label}: broken images {broken}")
        if self.failed_resources:
            self.findings.append(f"{label}: resources that failed {self.failed_resources}")
            self.failed_resources.clear()
        if self.language == "ar":
            html = page.content()
            english = english_ui_strings_in(html, typed=TYPED_IN_ENGLISH)
            if english:
                self.findings.append(f"{label}: English UI strings {english[:5]}")
            latin = latin_digits_in(html)
            if latin:
                self.findings.append(f"{label}: Latin digits in {latin[:5]}")
        if page.problems:
            self.findings.append(f"{label}: console {page.problems}")
            page.problems.clear()
        for violation in axe.run(page, options=AXE_RULES).response["violations"]:
            if violation["impact"] in BLOCKING_IMPACTS:
                targets = [" ".join(node["target"]) for node in violation["nodes"][:3]]
                why = violation["nodes"][0].get("failureSummary", "").replace("\n", " ")
                self.findings.append(f"{label}: axe {violation['id']} ({violation['impact']}) at {targets}: {why}")
        if name:
            page.screenshot(
                path=str(self.artifacts / f"every-page-{name}-{self.language}-{self.screen}.png"), full_page=True
            )


KEYBOARD_TARGETS = """() => {
    const candidates = document.querySelectorAll(
        'main a[href], main button, main input:not([type=hidden]), main select, main textarea, main summary');
    let count = 0;
    candidates.forEach(e => {
        const box = e.getBoundingClientRect();
        const hidden = !box.width || !box.height || getComputedStyle(e).visibility === 'hidden'
            || e.closest('[aria-hidden=true], [inert]') || e.disabled || e.tabIndex < 0;
        if (!hidden) { e.dataset.keyboardTarget = String(count++); }
    });
    return count;
}"""
FOCUSED = """() => {
    const e = document.activeElement;
    if (!e || e === document.body) return null;
    const style = getComputedStyle(e);
    const drawn = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
    return {target: e.dataset.keyboardTarget ?? null, drawn, html: e.outerHTML.slice(0, 90)};
}"""

WIDEST_ELEMENT = """() => {
    const width = document.documentElement.clientWidth;
    const wide = Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > width + 1
        || e.getBoundingClientRect().left < -1);
    const e = wide[wide.length - 1];
    return e ? e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().width) : '?';
}"""


def check_keyboard(checker: PageChecker, label: str):
    """Tab from the top of the page to its end: every link, button and field of the page's main part is reached, and
    the focus is drawn on each."""
    page = checker.page
    expected = page.evaluate(KEYBOARD_TARGETS)
    page.evaluate("window.scrollTo(0, 0); document.activeElement && document.activeElement.blur()")
    reached = set()
    for _ in range(400):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        if focused is None:
            break
        if not focused["drawn"]:
            checker.findings.append(f"{label}: no visible focus on {focused['html']}")
        if focused["target"] is not None:
            reached.add(focused["target"])
    missed = [
        page.evaluate(f"document.querySelector('[data-keyboard-target=\"{index}\"]').outerHTML.slice(0, 90)")
        for index in map(str, range(expected))
        if index not in reached
    ]
    if missed:
        checker.findings.append(f"{label}: not reached with the Tab key {missed}")


def screenshot_names(language: str, product) -> dict[str, str]:
    """The pages that stand for their kind in the screenshots: the home, the first craft, governorate and story, and
    a product."""
    names = {f"/{language}/": "home", product.get_absolute_url().replace("/en/", f"/{language}/", 1): "product"}
    for name, model in (("craft", CraftPage), ("governorate", GovernoratePage), ("story", StoryPage)):
        page = model.objects.live().filter(locale__language_code=language).order_by("path").first()
        names[urlsplit(page.url).path] = name
    return names


@pytest.mark.parametrize("screen", SCREENS)
@pytest.mark.parametrize("language", LOCALES)
def test_every_page_of_the_sitemap_fits_loads_and_passes_axe(
    live_server, page_factory, artifacts, site, language, screen
):
    width, height = SCREENS[screen]
    checker = PageChecker(
        page_factory(locale=LOCALES[language], width=width, height=height), live_server.url, language, screen, artifacts
    )
    paths = sitemap_paths(language)
    assert len(paths) > 40, paths  # the demo's pages, two artisans, three pieces, the figures page

    names = screenshot_names(language, site["pieces"][0])
    assert set(names) <= set(paths), set(names) - set(paths)
    for path in paths:
        checker.open(path, name=names.get(path))

    assert not checker.findings, "\n".join(checker.findings)


@pytest.mark.parametrize("screen", SCREENS)
@pytest.mark.parametrize("language", LOCALES)
def test_the_shop_checkout_account_and_workshop_pages_fit_load_and_pass_axe(
    live_server, page_factory, artifacts, stripe_settings, site, language, screen
):
    width, height = SCREENS[screen]
    page = page_factory(locale=LOCALES[language], width=width, height=height)
    checker = PageChecker(page, live_server.url, language, screen, artifacts)
    burner, basket = site["pieces"]

    checker.open(f"/{language}/shop/")
    checker.open(f"/{language}/shop/search/?q=" + ("مبخرة" if language == "ar" else "burner"))
    checker.open(f"/{language}/shop/basket/")  # empty
    for piece in (burner, basket):
        checker.open(piece.get_absolute_url().replace("/en/", f"/{language}/", 1))
        page.locator("#add_to_basket_form button[type=submit]").click()
        page.wait_for_load_state()
    checker.open(f"/{language}/shop/basket/", name="basket")
    check_keyboard(checker, "the basket")
    start_guest_checkout(page, live_server.url, language)
    checker.check("the address step")
    check_keyboard(checker, "the address step")
    give_an_omani_address(page)
    checker.check("the preview")
    check_keyboard(checker, "the preview")
    payment = place_order(page)
    checker.check("the payment page")
    check_keyboard(checker, "the payment page")
    type_card(page, CARD_OK)
    page.click("#pay-button")
    page.wait_for_url("**/checkout/thank-you/")
    checker.check("the thank-you page")

    sign_in(page, live_server, site["manager"])
    registry_number = site["potter"].registry_number
    for path in workshop_paths(language, registry_number, burner.pk):
        checker.open(path, name="workshop" if path.endswith(f"/workshop/{registry_number}/") else None)
    order_path = reverse(
        "fulfilment:workshop-order", kwargs={"registry_number": registry_number, "number": payment.order.number}
    )
    checker.open(f"/{language}{order_path[3:]}")
    checker.open(f"/{language}/shop/accounts/profile/")

    assert not checker.findings, "\n".join(checker.findings)
