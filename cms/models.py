"""Wagtail page models. Pages hold fields, panels and page-tree rules; what they show comes from selectors."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from artisans import selectors as artisan_selectors
from catalogue import selectors as catalogue_selectors


class HomePage(Page):
    """The front page, one per language: a welcome, the crafts, new pieces and some of the artisans."""

    hero_title = models.CharField(_("hero title"), max_length=120)
    hero_text = models.TextField(_("hero text"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("hero_title"), FieldPanel("hero_text")]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["crafts"] = catalogue_selectors.crafts_with_product_counts()
        context["latest_products"] = catalogue_selectors.with_card_relations(
            catalogue_selectors.newest_piece_of_each_craft()
        )
        context["featured_artisans"] = artisan_selectors.featured_artisans(limit=6)
        return context
