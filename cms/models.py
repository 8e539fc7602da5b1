"""Wagtail page models. Pages hold fields, panels and page-tree rules; what they show comes from `cms.selectors`.

The tree, in each language (Arabic and English translate each other, see `WAGTAIL_I18N_ENABLED`):

    HomePage
    ├── StoryIndexPage ── StoryPage (heritage stories, artisan stories, technique explainers)
    ├── CollectionIndexPage ── CollectionPage (curated pieces: hand-picked or by rule, between two dates)
    ├── CraftIndexPage ── CraftPage (one per craft of the catalogue)
    ├── GovernorateIndexPage ── GovernoratePage (one per governorate of the registry)
    ├── EventIndexPage ── EventPage (exhibitions and awards; also allowed straight under HomePage)
    └── InfoPage (about, contact, shipping, returns, terms, privacy, FAQ: the footer's pages, found by their key)

Pages reference catalogue products and registry artisans by id or foreign key and never copy their price or
stock, so what a page shows is what the shop sells at the moment it is rendered. Stories, collections, craft,
governorate and event pages are `IllustratedPage`s: a cover image at their top and on their cards.
"""

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page

from artisans import selectors as artisan_selectors
from catalogue import selectors as catalogue_selectors
from cms import selectors
from cms.blocks import StoryBodyBlock
from cms.choosers import artisan_chooser_viewset, product_chooser_viewset
from cms.forms import ContactForm
from cms.home_cache import HOME_SECTIONS_SECONDS, home_sections_version
from cms.stream_context import ARTISANS_CONTEXT_KEY, PRODUCTS_CONTEXT_KEY, WhenUnavailable
from cms.views import contact_page

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link"]


class ContentPage(Page):
    """What every content page shows besides its own content: its published versions in the other language, and
    the way down to it from the home page."""

    has_breadcrumbs = True

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["translations"] = selectors.live_translations(self, request=request)
        if self.has_breadcrumbs:
            context["breadcrumbs"] = selectors.breadcrumbs(self, request=request)
        return context


class IllustratedPage(ContentPage):
    """A content page with a picture: shown at its top and on its card in the home page's and its section's lists. The
    image carries its own alt text in both languages (`cms.images.HirfaImage`), so one image serves both versions
    of the page."""

    cover_image = models.ForeignKey(
        "cms.HirfaImage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("cover image"),
    )

    cover_panels = [FieldPanel("cover_image")]

    class Meta:
        abstract = True


def _page_number(request):
    return request.GET.get("page") if request is not None else None


class HomePage(ContentPage):
    """The front page, one per language: a welcome, the crafts, new pieces, featured collections, the latest
    stories and some of the artisans."""

    has_breadcrumbs = False  # the way starts here: nothing to show, so nothing to read

    hero_title = models.CharField(_("hero title"), max_length=120)
    hero_text = models.TextField(_("hero text"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("hero_title"), FieldPanel("hero_text")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "cms.StoryIndexPage",
        "cms.CollectionIndexPage",
        "cms.CraftIndexPage",
        "cms.GovernorateIndexPage",
        "cms.EventIndexPage",
        "cms.EventPage",
        "cms.InfoPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Lazy: while the sections are cached (cms.home_cache) none of these is built, let alone queried.
        context["crafts"] = SimpleLazyObject(catalogue_selectors.crafts_with_product_counts)
        context["latest_products"] = SimpleLazyObject(
            lambda: catalogue_selectors.with_card_relations(catalogue_selectors.newest_piece_of_each_craft())
        )
        context["featured_artisans"] = SimpleLazyObject(lambda: artisan_selectors.featured_artisans(limit=6))
        context["featured_collections"] = SimpleLazyObject(lambda: selectors.featured_collections(locale=self.locale))
        context["latest_stories"] = SimpleLazyObject(lambda: selectors.latest_stories(locale=self.locale, limit=3))
        context["home_sections_version"] = home_sections_version()
        context["home_sections_seconds"] = HOME_SECTIONS_SECONDS
        context["today"] = timezone.localdate()
        return context


class IndexPage(ContentPage):
    """A section's landing page: an introduction above the list of its pages. One per section and language."""

    intro = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["cms.HomePage"]
    max_count_per_parent = 1

    class Meta:
        abstract = True


# --- Stories ------------------------------------------------------------------------------------------


class StoryIndexPage(IndexPage):
    subpage_types = ["cms.StoryPage"]

    class Meta:
        verbose_name = _("story index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["page_obj"] = selectors.paginate(
            selectors.stories_under(self), page_number=_page_number(request), per_page=12
        )
        return context


class StoryPage(IllustratedPage):
    """A heritage story, an artisan's story or an explainer of a technique, which may show pieces and artisans."""

    class Kind(models.TextChoices):
        HERITAGE = "heritage", _("Heritage story")
        ARTISAN = "artisan", _("Artisan story")
        TECHNIQUE = "technique", _("Technique explainer")

    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.HERITAGE)
    author = models.CharField(_("author"), max_length=150, blank=True)
    date = models.DateField(_("date"))
    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(StoryBodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *Page.content_panels,
        *IllustratedPage.cover_panels,
        FieldRowPanel([FieldPanel("kind"), FieldPanel("author"), FieldPanel("date")]),
        FieldPanel("intro"),
        FieldPanel("body"),
        InlinePanel("related_stories", label=_("Related stories")),
    ]
    parent_page_types = ["cms.StoryIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("story")
        verbose_name_plural = _("stories")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context[PRODUCTS_CONTEXT_KEY] = selectors.stream_products(self.body)
        context[ARTISANS_CONTEXT_KEY] = selectors.stream_artisans(self.body)
        context["related"] = selectors.related_stories(self)
        return context


class StoryRelatedStory(Orderable):
    page = ParentalKey(StoryPage, on_delete=models.CASCADE, related_name="related_stories")
    story = models.ForeignKey(StoryPage, on_delete=models.CASCADE, related_name="+", verbose_name=_("story"))

    panels = [PageChooserPanel("story", page_type="cms.StoryPage")]

    class Meta(Orderable.Meta):
        verbose_name = _("related story")
        verbose_name_plural = _("related stories")


# --- Collections --------------------------------------------------------------------------------------


class CollectionIndexPage(IndexPage):
    subpage_types = ["cms.CollectionPage"]

    class Meta:
        verbose_name = _("collection index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["collections"] = selectors.collections_under(self)
        return context


class CollectionPage(IllustratedPage):
    """Pieces an editor brings together (for Eid, a festival, a craft...): chosen one by one, or every piece that
    matches a rule, shown between two dates."""

    class Selection(models.TextChoices):
        HAND_PICKED = "hand_picked", _("Hand-picked pieces")
        RULE = "rule", _("Every piece matching a rule")

    intro = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)
    selection = models.CharField(
        _("pieces shown"), max_length=12, choices=Selection.choices, default=Selection.HAND_PICKED
    )
    rule_craft = models.ForeignKey(
        "catalogue.Category",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        limit_choices_to={"depth": 1},
        verbose_name=_("craft"),
    )
    rule_governorate = models.ForeignKey(
        "artisans.Governorate",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("governorate"),
    )
    rule_material = models.CharField(
        _("material"), max_length=80, blank=True, help_text=_("A word in the material's name, e.g. silver or فضة.")
    )
    rule_min_price = models.DecimalField(
        _("lowest price (OMR)"),
        max_digits=10,
        decimal_places=3,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    rule_max_price = models.DecimalField(
        _("highest price (OMR)"),
        max_digits=10,
        decimal_places=3,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    rule_deposits_only = models.BooleanField(_("registered designs only"), default=False)
    starts_on = models.DateField(_("starts on"), null=True, blank=True)
    ends_on = models.DateField(_("ends on"), null=True, blank=True)
    featured_on_home = models.BooleanField(_("feature on the home page"), default=False)
    when_unavailable = models.CharField(
        _("when a piece is sold out or no longer for sale"),
        max_length=4,
        choices=WhenUnavailable.CHOICES,
        default=WhenUnavailable.MARK,
    )

    content_panels = [
        *Page.content_panels,
        *IllustratedPage.cover_panels,
        FieldPanel("intro"),
        FieldPanel("selection"),
        InlinePanel("collection_products", label=_("Hand-picked pieces")),
        MultiFieldPanel(
            [
                FieldPanel("rule_craft"),
                FieldPanel("rule_governorate"),
                FieldPanel("rule_material"),
                FieldRowPanel([FieldPanel("rule_min_price"), FieldPanel("rule_max_price")]),
                FieldPanel("rule_deposits_only"),
            ],
            heading=_("Rule"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]),
                FieldPanel("featured_on_home"),
                FieldPanel("when_unavailable"),
            ],
            heading=_("Showing"),
        ),
    ]
    parent_page_types = ["cms.CollectionIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("collection")
        verbose_name_plural = _("collections")

    def clean(self):
        super().clean()
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("The collection cannot end before it starts.")})
        if (
            self.rule_min_price is not None
            and self.rule_max_price is not None
            and self.rule_max_price < self.rule_min_price
        ):
            raise ValidationError({"rule_max_price": _("The highest price is below the lowest price.")})

    @property
    def is_running(self) -> bool:
        return selectors.collection_is_running(self)

    @property
    def has_not_started(self) -> bool:
        return self.starts_on is not None and timezone.localdate() < self.starts_on

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["items"] = selectors.collection_items(self, strategy=getattr(request, "strategy", None))
        return context


class CollectionProduct(Orderable):
    """A hand-picked piece of a collection. The product is a real foreign key (an admin chooser can replace the
    select); when it is deleted the row stays empty and the collection shows the gap or hides it."""

    page = ParentalKey(CollectionPage, on_delete=models.CASCADE, related_name="collection_products")
    product = models.ForeignKey(
        "catalogue.Product", on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("product")
    )

    panels = [FieldPanel("product", widget=product_chooser_viewset.widget_class)]

    class Meta(Orderable.Meta):
        verbose_name = _("collection piece")
        verbose_name_plural = _("collection pieces")


# --- Crafts and governorates --------------------------------------------------------------------------


class CraftIndexPage(IndexPage):
    subpage_types = ["cms.CraftPage"]

    class Meta:
        verbose_name = _("craft index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["craft_pages"] = selectors.craft_pages_under(self)
        return context


class CraftPage(IllustratedPage):
    """A craft's history, techniques and regions, above the pieces of that craft on sale now."""

    craft = models.ForeignKey(
        "catalogue.Category",
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to={"depth": 1},
        verbose_name=_("craft"),
    )
    history = RichTextField(_("history"), blank=True, features=RICH_TEXT_FEATURES)
    techniques = RichTextField(_("techniques"), blank=True, features=RICH_TEXT_FEATURES)
    regions = RichTextField(_("regions"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = [
        *Page.content_panels,
        *IllustratedPage.cover_panels,
        FieldPanel("craft"),
        FieldPanel("history"),
        FieldPanel("techniques"),
        FieldPanel("regions"),
    ]
    parent_page_types = ["cms.CraftIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("craft page")

    def clean(self):
        super().clean()
        others = CraftPage.objects.filter(craft_id=self.craft_id, locale_id=self.locale_id).exclude(pk=self.pk)
        if self.craft_id and others.exists():
            raise ValidationError({"craft": _("This craft already has a page in this language.")})

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["page_obj"] = selectors.craft_products(self.craft, page_number=_page_number(request))
        context["regions"] = regions = selectors.craft_regions(self)
        context["map_governorates"] = [row.governorate.slug for row in regions]
        return context


class GovernorateIndexPage(IndexPage):
    subpage_types = ["cms.GovernoratePage"]

    class Meta:
        verbose_name = _("governorate index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["governorate_pages"] = selectors.governorate_pages_under(self)
        return context


class GovernoratePage(IllustratedPage):
    """A governorate: its crafts and artisans, with the registry's figures."""

    governorate = models.ForeignKey(
        "artisans.Governorate", on_delete=models.PROTECT, related_name="+", verbose_name=_("governorate")
    )
    intro = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = [
        *Page.content_panels,
        *IllustratedPage.cover_panels,
        FieldPanel("governorate"),
        FieldPanel("intro"),
    ]
    parent_page_types = ["cms.GovernorateIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("governorate page")

    def clean(self):
        super().clean()
        others = GovernoratePage.objects.filter(governorate_id=self.governorate_id, locale_id=self.locale_id)
        if self.governorate_id and others.exclude(pk=self.pk).exists():
            raise ValidationError({"governorate": _("This governorate already has a page in this language.")})

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["figures"] = figures = selectors.governorate_figures(self.governorate)
        context["crafts_here"] = selectors.governorate_crafts(self, figures.crafts)
        context["artisans"] = selectors.governorate_artisans(self.governorate)
        context["pieces"] = selectors.governorate_pieces(self.governorate)
        context["map_governorates"] = [self.governorate.slug]
        return context


# --- Events -------------------------------------------------------------------------------------------


class EventIndexPage(IndexPage):
    subpage_types = ["cms.EventPage"]

    class Meta:
        verbose_name = _("event index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["page_obj"] = selectors.paginate(
            selectors.events_under(self), page_number=_page_number(request), per_page=12
        )
        return context


class EventPage(IllustratedPage):
    """An exhibition, a festival or an award, with its winners."""

    date = models.DateField(_("date"))
    place = models.CharField(_("place"), max_length=200, blank=True)
    body = RichTextField(_("body"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = [
        *Page.content_panels,
        *IllustratedPage.cover_panels,
        FieldRowPanel([FieldPanel("date"), FieldPanel("place")]),
        FieldPanel("body"),
        InlinePanel("winners", label=_("Winners")),
    ]
    parent_page_types = ["cms.HomePage", "cms.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["winners"] = selectors.event_winners(self)
        return context


class EventWinner(Orderable):
    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="winners")
    award = models.CharField(_("award or prize"), max_length=200)
    artisan = models.ForeignKey(
        "artisans.Artisan", on_delete=models.PROTECT, related_name="+", verbose_name=_("artisan")
    )
    product = models.ForeignKey(
        "catalogue.Product",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("winning piece"),
    )
    citation = models.TextField(_("citation"), blank=True)

    panels = [
        FieldPanel("award"),
        FieldPanel("artisan", widget=artisan_chooser_viewset.widget_class),
        FieldPanel("product", widget=product_chooser_viewset.widget_class),
        FieldPanel("citation"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("winner")
        verbose_name_plural = _("winners")


# --- The footer's pages ------------------------------------------------------------------------------


class InfoPage(ContentPage):
    """A page of the shop's terms and help: about, contact, shipping, returns, terms, privacy or questions. The
    footer finds each by its key (the same in every language), so editors may rename it or change its slug."""

    class Key(models.TextChoices):
        ABOUT = "about", _("About Hirfa")
        CONTACT = "contact", _("Contact us")
        SHIPPING = "shipping", _("Shipping and delivery")
        RETURNS = "returns", _("Returns")
        TERMS = "terms", _("Terms of sale")
        PRIVACY = "privacy", _("Privacy")
        FAQ = "faq", _("Questions and answers")

    key = models.CharField(
        _("footer link"),
        max_length=12,
        choices=Key.choices,
        help_text=_("Which of the footer's links leads to this page. Each language has one page per link."),
    )
    intro = models.TextField(_("introduction"), blank=True)
    body = RichTextField(_("body"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = [*Page.content_panels, FieldPanel("key"), FieldPanel("intro"), FieldPanel("body")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("information page")
        verbose_name_plural = _("information pages")

    def clean(self):
        super().clean()
        others = InfoPage.objects.filter(key=self.key, locale_id=self.locale_id).exclude(pk=self.pk)
        if self.key and others.exists():
            raise ValidationError({"key": _("This language already has a page for this footer link.")})

    def serve(self, request, *args, **kwargs):
        if self.key == self.Key.CONTACT:
            return contact_page(request, self)
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if self.key == self.Key.CONTACT and "contact_form" not in context:
            context["contact_form"] = ContactForm()
        return context


from cms.images import HirfaImage, HirfaRendition  # noqa: E402,F401
