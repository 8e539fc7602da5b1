"""Public pages of the registry: artisans and design deposits. (The workshop, where the people who manage an
artisan keep its profile and listings, is in `artisans.workshop_views`.)"""

from django.conf import settings
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render

from artisans import selectors
from catalogue import selectors as catalogue_selectors
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
