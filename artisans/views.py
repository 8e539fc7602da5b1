"""Public pages of the registry (artisans, design deposits) and the workshop pages where the people who manage an
artisan or outlet keep its profile and listings. Views stay thin: they check who may see what through the
selectors, and hand every change to the services."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from artisans import selectors
from artisans.forms import ArtisanProfileForm, ListingForm
from artisans.services import artisan_update_profile
from catalogue import selectors as catalogue_selectors
from catalogue.services import ListingText, product_save_listing
from search.forms import BrowseFilterForm

ARTISANS_PER_PAGE = 24


def artisan_list(request):
    form = BrowseFilterForm(request.GET)
    filters = form.filters()
    artisans = selectors.public_artisans().order_by("governorate__name_en", "registry_number")
    if "governorate" in filters:
        artisans = artisans.filter(governorate__slug=filters["governorate"])
    if "craft" in filters:
        artisans = artisans.filter(crafts__code=filters["craft"])
    page = Paginator(artisans, ARTISANS_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "artisans/artisan_list.html",
        {
            "page_obj": page,
            "artisans": page.object_list,
            "filters": filters,
            "governorates": selectors.governorates(),
            "crafts": catalogue_selectors.crafts(),
        },
    )


def artisan_detail(request, registry_number: str):
    artisan = selectors.artisan_for_public_page(registry_number=registry_number)
    if artisan is None:
        raise Http404
    if registry_number != artisan.registry_number:
        return redirect(artisan, permanent=True)
    products = catalogue_selectors.with_card_relations(
        catalogue_selectors.products_of_artisan(artisan).order_by("-date_created")
    )
    page = Paginator(products, settings.OSCAR_PRODUCTS_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "artisans/artisan_detail.html",
        {
            "artisan": artisan,
            "products": page.object_list,
            "page_obj": page,
            "deposits": artisan.design_deposits.all(),
        },
    )


def deposit_list(request):
    return render(request, "artisans/deposit_list.html", {"deposits": selectors.deposits_with_products()})


def deposit_detail(request, number: str):
    deposit = selectors.deposit_by_number(number)
    if deposit is None:
        raise Http404
    if number != deposit.number:
        return redirect(deposit, permanent=True)
    products = catalogue_selectors.with_card_relations(
        catalogue_selectors.products_made_to_deposit(deposit).order_by("-date_created")
    )
    page = Paginator(products, settings.OSCAR_PRODUCTS_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request, "artisans/deposit_detail.html", {"deposit": deposit, "products": page.object_list, "page_obj": page}
    )


# --- The workshop: for the people who manage an artisan or outlet -------------------------------------------


def _managed_artisan_or_404(request, registry_number: str):
    """The artisan, only if the signed-in user manages it. Anyone else gets 'not found', whether it exists or not."""
    artisan = selectors.artisan_managed_by(request.user, registry_number=registry_number)
    if artisan is None:
        raise Http404
    return artisan


@login_required
def workshop_home(request):
    artisans = list(selectors.artisans_managed_by(request.user))
    if len(artisans) == 1:
        return redirect("artisans:workshop-products", registry_number=artisans[0].registry_number)
    return render(request, "artisans/workshop/home.html", {"artisans": artisans})


@login_required
@require_http_methods(["GET", "POST"])
def workshop_profile(request, registry_number: str):
    artisan = _managed_artisan_or_404(request, registry_number)
    initial = {
        "name_ar": artisan.name_ar,
        "name_en": artisan.name_en,
        "bio_ar": artisan.bio_ar,
        "bio_en": artisan.bio_en,
    }
    form = ArtisanProfileForm(request.POST or None, request.FILES or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        artisan_update_profile(
            artisan=artisan,
            name_en=form.cleaned_data["name_en"],
            name_ar=form.cleaned_data["name_ar"],
            bio_en=form.cleaned_data["bio_en"],
            bio_ar=form.cleaned_data["bio_ar"],
            photo=form.cleaned_data.get("photo"),
        )
        messages.success(request, _("Your profile is saved."))
        return redirect("artisans:workshop-profile", registry_number=artisan.registry_number)
    return render(request, "artisans/workshop/profile.html", {"artisan": artisan, "form": form})


@login_required
def workshop_products(request, registry_number: str):
    artisan = _managed_artisan_or_404(request, registry_number)
    products = catalogue_selectors.with_card_relations(
        catalogue_selectors.products_managed_by(request.user).filter(artisan=artisan).order_by("-date_created")
    )
    page = Paginator(products, 50).get_page(request.GET.get("page"))
    return render(
        request, "artisans/workshop/products.html", {"artisan": artisan, "products": page.object_list, "page_obj": page}
    )


@login_required
@require_http_methods(["GET", "POST"])
def workshop_product_edit(request, registry_number: str, product_pk: int):
    artisan = _managed_artisan_or_404(request, registry_number)
    product = get_object_or_404(
        catalogue_selectors.with_card_relations(catalogue_selectors.products_managed_by(request.user)),
        pk=product_pk,
        artisan=artisan,
    )
    stockrecord = product.stockrecords.all()[0]
    initial = {
        "title_ar": product.title_ar,
        "title_en": product.title,
        "description_ar": product.description_ar,
        "description_en": product.description,
        "craft": product.craft,
        "materials": list(product.materials.all()),
        "price": stockrecord.price,
        "stock": stockrecord.num_in_stock,
        "weight_g": product.weight_g,
        "design_deposit": product.design_deposit,
    }
    form = ListingForm(request.POST or None, initial=initial, artisan=artisan)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            product_save_listing(
                product=product,
                text=ListingText(data["title_en"], data["title_ar"], data["description_en"], data["description_ar"]),
                craft=data["craft"],
                weight_g=data["weight_g"],
                materials=data["materials"],
                design_deposit=data["design_deposit"],
                price=data["price"],
                stock=data["stock"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("“%(title)s” is saved.") % {"title": product.get_title()})
            return redirect("artisans:workshop-products", registry_number=artisan.registry_number)
    return render(
        request, "artisans/workshop/product_form.html", {"artisan": artisan, "product": product, "form": form}
    )
