"""The forked Oscar catalogue: every product is a piece made by one artisan, described in Arabic and/or English.

Overridden Oscar models (everything else is Oscar's, unchanged):
- `Product`: adds the artisan who made it, its craft, the Arabic title and description, materials, weight and the
  design deposit it was made to. Oscar's own `title` and `description` hold the English text, so Oscar's code,
  dashboard and admin keep working; `upc` holds the marketplace SKU (the import's natural key).
- `Category`: crafts are Oscar's root categories (their `code` is the craft slug); adds the Arabic name and
  description (Oscar's `name`/`description` hold English).
- `ProductImage`: adds the Arabic alt text (Oscar's `caption` holds the English one).
Added: `Material`.

A listing is shown to buyers (`is_public`) only once the authority has approved it; `moderation_status` says where
its first review stands, and changes to a live listing wait in `moderation.ListingSubmission` until approved.

Model overrides must come before Oscar's star import, which only defines the models not already defined here.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from oscar.apps.catalogue.abstract_models import AbstractCategory, AbstractProduct, AbstractProductImage

from marketplace.bilingual import LocalizedText, available_languages, localized_text

MAX_WEIGHT_G = 500_000


class Category(AbstractCategory):
    name_ar = models.CharField(_("name in Arabic"), max_length=255, blank=True)
    description_ar = models.TextField(_("description in Arabic"), blank=True)

    class Meta(AbstractCategory.Meta):
        pass

    def __str__(self) -> str:
        return str(self.localized_name)

    @property
    def localized_name(self) -> LocalizedText:
        return localized_text(ar=self.name_ar, en=self.name)

    @property
    def localized_description(self) -> LocalizedText:
        return localized_text(ar=self.description_ar, en=self.description)

    @property
    def full_name(self) -> str:
        # Oscar joins the ancestors' English names; show the reader's language instead.
        return self._full_name_separator.join(str(c.localized_name) for c in self.get_ancestors_and_self())


class Material(models.Model):
    slug = models.SlugField(_("slug"), max_length=40, unique=True)
    name_en = models.CharField(_("name in English"), max_length=80)
    name_ar = models.CharField(_("name in Arabic"), max_length=80)

    class Meta:
        app_label = "catalogue"
        ordering = ["name_en"]
        verbose_name = _("material")
        verbose_name_plural = _("materials")

    def __str__(self) -> str:
        return str(self.name)

    @property
    def name(self) -> LocalizedText:
        return localized_text(ar=self.name_ar, en=self.name_en)


class Product(AbstractProduct):
    class Moderation(models.TextChoices):
        PENDING = "pending", _("Waiting for review")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Not approved")

    artisan = models.ForeignKey(
        "artisans.Artisan", on_delete=models.PROTECT, related_name="products", verbose_name=_("artisan")
    )
    craft = models.ForeignKey(
        "catalogue.Category",
        on_delete=models.PROTECT,
        related_name="craft_products",
        verbose_name=_("craft"),
        limit_choices_to={"depth": 1},
    )
    title_ar = models.CharField(_("title in Arabic"), max_length=255, blank=True)
    description_ar = models.TextField(_("description in Arabic"), blank=True)
    materials = models.ManyToManyField(Material, blank=True, related_name="products", verbose_name=_("materials"))
    weight_g = models.PositiveIntegerField(
        _("weight (grams)"),
        validators=[MinValueValidator(1), MaxValueValidator(MAX_WEIGHT_G)],
        help_text=_("The packed weight in grams, used for shipping."),
    )
    design_deposit = models.ForeignKey(
        "artisans.DesignDeposit",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="products",
        verbose_name=_("registered design"),
    )

    # Restriction flags: what destinations and couriers may refuse (checkout.models.RestrictionRule says which).
    is_bladed = models.BooleanField(
        _("bladed item"),
        default=False,
        help_text=_("A khanjar or any piece with a blade; age and delivery rules apply."),
    )
    is_dangerous_goods = models.BooleanField(
        _("dangerous goods"),
        default=False,
        help_text=_("Perfume oils and other goods air couriers refuse; sent by surface abroad."),
    )

    # Outside measurements, for buyers and couriers; optional.
    length_cm = models.DecimalField(_("length (cm)"), max_digits=5, decimal_places=1, null=True, blank=True)
    width_cm = models.DecimalField(_("width (cm)"), max_digits=5, decimal_places=1, null=True, blank=True)
    height_cm = models.DecimalField(_("height (cm)"), max_digits=5, decimal_places=1, null=True, blank=True)

    # Listings from the artisan portal start PENDING and not public; the import, the demo and Oscar's staff
    # dashboard are the authority's own and list approved.
    moderation_status = models.CharField(
        _("review"), max_length=10, choices=Moderation.choices, default=Moderation.APPROVED, db_index=True
    )
    listed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("listed by"),
    )

    class Meta(AbstractProduct.Meta):
        pass

    def __str__(self) -> str:
        return self.get_title()

    @property
    def restriction_flags(self) -> frozenset[str]:
        return frozenset(
            flag for flag, on in (("bladed", self.is_bladed), ("dangerous_goods", self.is_dangerous_goods)) if on
        )

    @property
    def localized_title(self) -> LocalizedText:
        if self.is_child and not (self.title or self.title_ar) and self.parent_id:
            return self.parent.localized_title
        return localized_text(ar=self.title_ar, en=self.title)

    @property
    def localized_description(self) -> LocalizedText:
        return localized_text(ar=self.description_ar, en=self.description)

    @property
    def listing_languages(self) -> tuple[str, ...]:
        return available_languages(ar=self.title_ar, en=self.title)

    @property
    def sku(self) -> str:
        return self.upc or ""

    def get_title(self) -> str:
        """The title in the reader's language, or in the other one when the listing has only that one."""
        return str(self.localized_title)

    def _clean_standalone(self) -> None:
        # Oscar requires its (English) title; a listing may be in Arabic only.
        if not (self.title or self.title_ar):
            raise ValidationError(_("Give the product a title in Arabic or in English."))
        if not self.product_class:
            raise ValidationError(_("Your product must have a product class."))
        if self.parent_id:
            raise ValidationError(_("Only child products can have a parent."))


class ProductImage(AbstractProductImage):
    alt_ar = models.CharField(_("alt text in Arabic"), max_length=200, blank=True)

    class Meta(AbstractProductImage.Meta):
        pass

    @property
    def alt(self) -> LocalizedText:
        return localized_text(ar=self.alt_ar, en=self.caption)


from oscar.apps.catalogue.models import *  # noqa: E402, F403
