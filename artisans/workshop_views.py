"""The workshop: the artisan portal. Mobile-first and Arabic-first, for the people who manage an artisan or outlet:
joining and verification, their pieces and photos, stock, and (in `fulfilment` and `ledger`) their orders,
statements and bank details.

Who may see what is decided by selectors, never by hiding links: `artisan_managed_by` (the artisan's own pages)
and `artisan_for_listings` (listing pages, which authority staff may also use to list on an artisan's behalf).
Another account's artisan, product or photo is simply not found (404), whatever the URL. Views stay thin: every
change goes through `artisans.services` or `moderation.services`, which record it in the audit trail.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import transaction
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST
from oscar.core.loading import get_model

from artisans import selectors
from artisans.forms import (
    MAX_PHOTOS_PER_UPLOAD,
    AddPhotosForm,
    ArtisanProfileForm,
    DraftPhotoForm,
    JoinAccountForm,
    ListingForm,
    NewListingForm,
    PhotoAltForm,
    SellerApplicationForm,
    StockForm,
)
from artisans.models import Artisan, SellerApplication
from artisans.services import (
    ApplicationRefused,
    artisan_update_profile,
    seller_application_answer,
    seller_application_submit,
)
from catalogue.services import ListingText
from favourites.selectors import artisan_audience
from fulfilment.selectors import orders_to_ship_count
from ledger.selectors import artisan_balance
from marketplace.registration import account_register
from marketplace.templatetags.money import digits
from moderation import selectors as moderation_selectors
from moderation.models import SubmissionPhoto
from moderation.services import (
    MAX_PHOTOS_PER_LISTING,
    ListingContent,
    Logistics,
    PhotoUpload,
    acts_for_authority,
    draft_photo_upload,
    listing_add_photos,
    listing_create,
    listing_move_photo,
    listing_remove_photo,
    listing_set_photo_alt,
    listing_set_stock,
    listing_update,
    listing_withdraw_pending_photo,
    pending_submission,
)
from provenance.selectors import certificates_of_artisan

Product = get_model("catalogue", "Product")
ProductImage = get_model("catalogue", "ProductImage")

PRODUCTS_PER_PAGE = 30


def managed_artisan_or_404(request, registry_number: str):
    """The artisan, only if the signed-in user manages it. Anyone else gets 'not found', whether it exists or not."""
    artisan = selectors.artisan_managed_by(request.user, registry_number=registry_number)
    if artisan is None:
        raise Http404
    return artisan


def _listing_artisan_or_404(request, registry_number: str):
    artisan = selectors.artisan_for_listings(request.user, registry_number=registry_number)
    if artisan is None:
        raise Http404
    return artisan


def _product_or_404(artisan, product_pk: int):
    return get_object_or_404(
        Product.objects.select_related("artisan", "artisan__partner", "craft", "design_deposit").prefetch_related(
            "stockrecords", "materials", "images"
        ),
        pk=product_pk,
        artisan=artisan,
    )


def _context(request, artisan, **extra) -> dict:
    return {"artisan": artisan, "acting_for_authority": acts_for_authority(request.user, artisan), **extra}


def workshop_closed(request, artisan):
    """Only a verified artisan's workshop changes anything (listings, stock, photos, profile, bank details, orders):
    a waiting, rejected or suspended one is told why, with a 403. Every write of the workshop (here, in
    `fulfilment.views` and in `ledger.views`) starts with it; the services check again."""
    context = _context(request, artisan, closed_page=True)
    return render(request, "artisans/workshop/not_verified.html", context, status=403)


# --- Joining and the home page ---------------------------------------------------------------------------------


@login_required
def workshop_home(request):
    artisans = list(selectors.artisans_managed_by(request.user))
    if len(artisans) == 1:
        return redirect("artisans:workshop-dashboard", registry_number=artisans[0].registry_number)
    if artisans:
        return render(request, "artisans/workshop/home.html", {"artisans": artisans})
    application = selectors.seller_applications_of(request.user).first()
    if application is not None:
        context = {
            "application": application,
            "asks_the_managers": application.status == SellerApplication.Status.PENDING
            and Artisan.objects.filter(
                registry_number=application.registry_number, partner__users__isnull=False
            ).exists(),
        }
        return render(request, "artisans/workshop/application.html", context)
    # A buyer's account: the portal is not theirs, but they may ask to join.
    return render(request, "artisans/workshop/not_an_artisan.html", status=403)


@require_http_methods(["GET", "POST"])
def workshop_join(request):
    """Sign up as an artisan or outlet with a registry number (and an account, for someone who has none)."""
    user = request.user
    if user.is_authenticated:
        if selectors.artisans_managed_by(user).exists():
            return redirect("artisans:workshop")
        if selectors.seller_applications_of(user).filter(status=SellerApplication.Status.PENDING).exists():
            return redirect("artisans:workshop")
    previous = selectors.seller_applications_of(user).first() if user.is_authenticated else None
    initial = {}
    if previous is not None:  # a rejected request, to correct
        initial = {
            "registry_number": previous.registry_number,
            "seller_type": previous.seller_type,
            "name_ar": previous.name_ar,
            "name_en": previous.name_en,
            "governorate": previous.governorate_id,
            "wilayat": previous.wilayat_id,
            "crafts": list(previous.crafts.values_list("pk", flat=True)),
            "phone": previous.phone,
        }
    data = request.POST if request.method == "POST" else None
    form = SellerApplicationForm(data, initial=initial, prefix="registry")
    account_form = None if user.is_authenticated else JoinAccountForm(data, prefix="account")
    if request.method == "POST" and form.is_valid() and (account_form is None or account_form.is_valid()):
        try:
            with transaction.atomic():
                if account_form is not None:
                    # Someone without an account: the answer is "check your inbox" whether the address was free
                    # (a new inactive account, and the request, wait for the link in the e-mail) or not (nothing
                    # is made; the address's owner is told), so that joining tells nobody who has an account.
                    user = account_register(
                        email=account_form.cleaned_data["email"],
                        password=account_form.cleaned_data["password1"],
                        joining=True,
                    )
                if user is not None:
                    seller_application_submit(
                        user=user,
                        registry_number=form.cleaned_data["registry_number"],
                        seller_type=form.cleaned_data["seller_type"],
                        name_ar=form.cleaned_data["name_ar"],
                        name_en=form.cleaned_data["name_en"],
                        governorate=form.cleaned_data["governorate"],
                        wilayat=form.cleaned_data["wilayat"],
                        crafts=form.cleaned_data["crafts"],
                        phone=form.cleaned_data["phone"],
                    )
        except ApplicationRefused as error:
            form.add_error(None, error)
        else:
            if account_form is not None:
                return redirect("account-check-inbox")
            messages.success(request, _("Thank you. The authority will check your registry number and write to you."))
            return redirect("artisans:workshop")
    return render(request, "artisans/workshop/join.html", {"form": form, "account_form": account_form})


@login_required
def workshop_dashboard(request, registry_number: str):
    artisan = managed_artisan_or_404(request, registry_number)
    products = Product.objects.filter(artisan=artisan)
    threshold = settings.WORKSHOP_LOW_STOCK_THRESHOLD
    context = _context(
        request,
        artisan,
        waiting_for_review=products.filter(moderation_status=Product.Moderation.PENDING).count()
        + moderation_selectors.pending_changes_of(artisan).count(),
        not_approved=products.filter(moderation_status=Product.Moderation.REJECTED).count(),
        on_sale=products.filter(is_public=True).count(),
        low_stock=list(moderation_selectors.low_stock_products(artisan, threshold=threshold)[:10]),
        low_stock_threshold=threshold,
        orders_to_ship=orders_to_ship_count(artisan=artisan),
        owed=artisan_balance(artisan, settled=False),
        requests_to_join=selectors.requests_to_join(artisan).count(),
        manager_count=artisan.partner.users.count(),
        certificates=certificates_of_artisan(artisan).count(),
        audience=artisan_audience(artisan),
    )
    return render(request, "artisans/workshop/dashboard.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def workshop_profile(request, registry_number: str):
    artisan = managed_artisan_or_404(request, registry_number)
    initial = {
        "name_ar": artisan.name_ar,
        "name_en": artisan.name_en,
        "bio_ar": artisan.bio_ar,
        "bio_en": artisan.bio_en,
    }
    form = ArtisanProfileForm(request.POST or None, request.FILES or None, initial=initial)
    if request.method == "POST" and not artisan.is_verified:
        return workshop_closed(request, artisan)
    if request.method == "POST" and form.is_valid():
        artisan_update_profile(
            artisan=artisan,
            name_en=form.cleaned_data["name_en"],
            name_ar=form.cleaned_data["name_ar"],
            bio_en=form.cleaned_data["bio_en"],
            bio_ar=form.cleaned_data["bio_ar"],
            photo=form.cleaned_data.get("photo"),
            actor=request.user,
        )
        messages.success(request, _("Your profile is saved."))
        return redirect("artisans:workshop-profile", registry_number=artisan.registry_number)
    return render(request, "artisans/workshop/profile.html", _context(request, artisan, form=form))


# --- Who manages the workshop ----------------------------------------------------------------------------------


@login_required
def workshop_managers(request, registry_number: str):
    """The accounts that manage this artisan, and the requests to join them that wait for their answer."""
    artisan = managed_artisan_or_404(request, registry_number)
    context = _context(
        request,
        artisan,
        managers=list(artisan.partner.users.order_by("pk")),
        requests=list(selectors.requests_to_join(artisan)),
    )
    return render(request, "artisans/workshop/managers.html", context)


@login_required
@require_POST
def workshop_request_answer(request, registry_number: str, application_pk: int):
    """A manager agrees to a request to join the workshop, or refuses it."""
    artisan = managed_artisan_or_404(request, registry_number)
    application = get_object_or_404(selectors.requests_to_join(artisan), pk=application_pk)
    if not artisan.is_verified:
        return workshop_closed(request, artisan)
    answer = request.POST.get("answer")
    if answer not in ("accept", "refuse"):
        messages.error(request, _("Choose whether you agree or refuse."))
        return redirect("artisans:workshop-managers", registry_number=artisan.registry_number)
    try:
        seller_application_answer(application=application, manager=request.user, accept=answer == "accept")
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        if answer == "accept":
            messages.success(
                request,
                _("Thank you. The authority will now check the request; you will get an e-mail when they are added."),
            )
        else:
            messages.success(request, _("Refused. They will not manage your workshop."))
    return redirect("artisans:workshop-managers", registry_number=artisan.registry_number)


# --- Pieces ----------------------------------------------------------------------------------------------------


@login_required
def workshop_products(request, registry_number: str):
    artisan = _listing_artisan_or_404(request, registry_number)
    products = moderation_selectors.with_latest_submission(
        Product.objects.filter(artisan=artisan)
        .select_related("craft")
        .prefetch_related("stockrecords", "images")
        .order_by("-date_created", "-pk")
    )
    page = Paginator(products, PRODUCTS_PER_PAGE).get_page(request.GET.get("page"))
    latest = moderation_selectors.latest_submissions(page.object_list)
    rows = [(p, moderation_selectors.listing_status(p, latest.get(p.pk))) for p in page.object_list]
    return render(request, "artisans/workshop/products.html", _context(request, artisan, rows=rows, page_obj=page))


def _content_from(form) -> ListingContent:
    data = form.cleaned_data
    return ListingContent(
        text=ListingText(data["title_en"], data["title_ar"], data["description_en"], data["description_ar"]),
        craft=data["craft"],
        materials=tuple(data["materials"]),
        design_deposit=data["design_deposit"],
        is_bladed=data["is_bladed"],
        is_dangerous_goods=data["is_dangerous_goods"],
    )


def _logistics_from(form) -> Logistics:
    data = form.cleaned_data
    return Logistics(
        price=data["price"],
        stock=data["stock"],
        weight_g=data["weight_g"],
        length_cm=data.get("length_cm"),
        width_cm=data.get("width_cm"),
        height_cm=data.get("height_cm"),
    )


@login_required
@require_http_methods(["GET", "POST"])
def workshop_product_new(request, registry_number: str):
    artisan = _listing_artisan_or_404(request, registry_number)
    if not artisan.is_verified:
        return workshop_closed(request, artisan)
    form = NewListingForm(request.POST or None, request.FILES or None, artisan=artisan)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        alt_en = data["photo_alt_en"] or data["title_en"]
        alt_ar = data["photo_alt_ar"] or data["title_ar"]
        try:
            product = listing_create(
                artisan=artisan,
                actor=request.user,
                content=_content_from(form),
                logistics=_logistics_from(form),
                photos=[PhotoUpload(upload, alt_en[:200], alt_ar[:200]) for upload in data["photos"]],
                draft_tokens=data["photo_tokens"],
                draft_alt=(alt_en, alt_ar),
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            # "listing-saved" tells the page's script that the text it kept on the phone can go.
            if product.is_public:
                messages.success(
                    request, _("“%(title)s” is on sale.") % {"title": product.get_title()}, extra_tags="listing-saved"
                )
            else:
                messages.success(
                    request,
                    _("“%(title)s” is sent to the authority for review. You will get an e-mail when it is checked.")
                    % {"title": product.get_title()},
                    extra_tags="listing-saved",
                )
            return redirect("artisans:workshop-products", registry_number=artisan.registry_number)
    max_photos = min(MAX_PHOTOS_PER_UPLOAD, MAX_PHOTOS_PER_LISTING)
    context = _context(request, artisan, form=form, max_photos=max_photos, photo_texts=_photo_upload_texts(max_photos))
    return render(request, "artisans/workshop/product_new.html", context)


def _photo_upload_texts(max_photos: int) -> dict:
    """What workshop-photos.js says about each photo, in the reader's language ("{n}" is filled in by the script)."""
    return {
        "preparing": _("Making the photo smaller…"),
        "sending": _("Sending: {n}%"),
        "sent": _("Sent"),
        "retrying": _("The connection dropped. Trying again in {n} seconds…"),
        "offline": _("No connection. The photo will be sent when it is back."),
        "failed": _("Not sent. Check the connection and try again."),
        "try_again": _("Try again"),
        "remove": _("Remove"),
        "too_many": _("Choose at most %(max)s photos.") % {"max": digits(max_photos)},
        "progress_label": _("Sending the photo"),
        "arabic_indic_digits": digits("0") != "0",
    }


@login_required
@require_POST
def workshop_photo_upload(request, registry_number: str):
    """One photo for a listing still being written, sent by the page's script while the artisan types: answers
    201 with the token the listing's form sends back, or 400 with why the file is refused, in their language."""
    artisan = _listing_artisan_or_404(request, registry_number)
    if not artisan.is_verified:
        return JsonResponse({"error": str(artisan.closed_reason)}, status=403)
    form = DraftPhotoForm(request.POST, request.FILES)
    if not form.is_valid():
        return JsonResponse({"error": " ".join(form.errors.get("photo", [])) or _("Choose a photo.")}, status=400)
    try:
        draft = draft_photo_upload(artisan=artisan, actor=request.user, upload=form.cleaned_data["photo"])
    except ValidationError as error:
        return JsonResponse({"error": " ".join(error.messages)}, status=400)
    return JsonResponse({"token": draft.token}, status=201)


def _listing_initial(product) -> dict:
    stockrecord = product.stockrecords.all()[0]
    initial = {
        "title_ar": product.title_ar,
        "title_en": product.title,
        "description_ar": product.description_ar,
        "description_en": product.description,
        "craft": product.craft_id,
        "materials": [m.pk for m in product.materials.all()],
        "design_deposit": product.design_deposit_id,
        "is_bladed": product.is_bladed,
        "is_dangerous_goods": product.is_dangerous_goods,
        "price": stockrecord.price,
        "stock": stockrecord.num_in_stock,
        "weight_g": product.weight_g,
        "length_cm": product.length_cm,
        "width_cm": product.width_cm,
        "height_cm": product.height_cm,
    }
    submission = pending_submission(product)
    proposed = submission.proposed if submission else {}
    if proposed.get("title_en") is not None:
        # The artisan goes on from the changes they sent, not from what buyers still see.
        initial.update(
            {
                "title_ar": proposed["title_ar"],
                "title_en": proposed["title_en"],
                "description_ar": proposed["description_ar"],
                "description_en": proposed["description_en"],
                "craft": proposed["craft_id"],
                "materials": proposed["material_ids"],
                "design_deposit": proposed["design_deposit_id"],
                "is_bladed": proposed["is_bladed"],
                "is_dangerous_goods": proposed["is_dangerous_goods"],
            }
        )
    return initial


@login_required
@require_http_methods(["GET", "POST"])
def workshop_product_edit(request, registry_number: str, product_pk: int):
    artisan = _listing_artisan_or_404(request, registry_number)
    product = _product_or_404(artisan, product_pk)
    form = ListingForm(request.POST or None, initial=_listing_initial(product), artisan=artisan)
    if request.method == "POST" and not artisan.is_verified:
        return workshop_closed(request, artisan)
    if request.method == "POST" and form.is_valid():
        try:
            submission = listing_update(
                product=product, actor=request.user, content=_content_from(form), logistics=_logistics_from(form)
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            if submission is not None:
                messages.success(
                    request, _("Saved. Price and stock apply now; the rest waits for the authority's review.")
                )
            else:
                messages.success(request, _("“%(title)s” is saved.") % {"title": product.get_title()})
            return redirect("artisans:workshop-products", registry_number=artisan.registry_number)
    latest = moderation_selectors.latest_submission_of(product)
    context = _context(
        request,
        artisan,
        product=product,
        form=form,
        status=moderation_selectors.listing_status(product, latest),
    )
    return render(request, "artisans/workshop/product_form.html", context)


# --- Photos ----------------------------------------------------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def workshop_product_photos(request, registry_number: str, product_pk: int):
    artisan = _listing_artisan_or_404(request, registry_number)
    product = _product_or_404(artisan, product_pk)
    form = AddPhotosForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and not artisan.is_verified:
        return workshop_closed(request, artisan)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        alt_en = data["alt_en"] or product.title
        alt_ar = data["alt_ar"] or product.title_ar
        try:
            listing_add_photos(
                product=product,
                actor=request.user,
                photos=[PhotoUpload(upload, alt_en, alt_ar) for upload in data["photos"]],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            if acts_for_authority(request.user, artisan):
                messages.success(request, _("The photos are added."))
            else:
                messages.success(request, _("The photos are added. Buyers see them once the authority approves."))
            return redirect("artisans:workshop-product-photos", registry_number=registry_number, product_pk=product_pk)
    submission = pending_submission(product)
    context = _context(
        request,
        artisan,
        product=product,
        form=form,
        images=[
            (image, PhotoAltForm(initial={"alt_en": image.caption, "alt_ar": image.alt_ar}, prefix=f"alt{image.pk}"))
            for image in product.images.all()
        ],
        waiting_photos=list(submission.photos.all()) if submission else [],
    )
    return render(request, "artisans/workshop/product_photos.html", context)


@login_required
@require_POST
def workshop_photo_action(request, registry_number: str, product_pk: int, image_pk: int):
    """Move, remove or describe one of the photos buyers see."""
    artisan = _listing_artisan_or_404(request, registry_number)
    product = _product_or_404(artisan, product_pk)
    image = get_object_or_404(ProductImage, pk=image_pk, product=product)
    if not artisan.is_verified:
        return workshop_closed(request, artisan)
    action = request.POST.get("action")
    if action in ("up", "down"):
        listing_move_photo(product=product, actor=request.user, image=image, offset=-1 if action == "up" else 1)
    elif action == "remove":
        if product.images.count() == 1 and product.is_public:
            messages.error(
                request, _("A piece on sale needs at least one photo. Add another before removing this one.")
            )
        else:
            listing_remove_photo(product=product, actor=request.user, image=image)
            messages.success(request, _("The photo is removed."))
    elif action == "describe":
        form = PhotoAltForm(request.POST, prefix=f"alt{image.pk}")
        if form.is_valid():
            listing_set_photo_alt(
                product=product,
                actor=request.user,
                image=image,
                alt_en=form.cleaned_data["alt_en"],
                alt_ar=form.cleaned_data["alt_ar"],
            )
            messages.success(request, _("Saved."))
        else:
            messages.error(request, " ".join(e for errors in form.errors.values() for e in errors))
    else:
        raise Http404
    return redirect(reverse("artisans:workshop-product-photos", args=[registry_number, product_pk]) + "#photos")


@login_required
@require_POST
def workshop_waiting_photo_remove(request, registry_number: str, product_pk: int, photo_pk: int):
    artisan = _listing_artisan_or_404(request, registry_number)
    product = _product_or_404(artisan, product_pk)
    photo = get_object_or_404(SubmissionPhoto, pk=photo_pk, submission__product=product, submission__status="pending")
    if not artisan.is_verified:
        return workshop_closed(request, artisan)
    listing_withdraw_pending_photo(product=product, actor=request.user, photo=photo)
    messages.success(request, _("The photo is removed."))
    return redirect("artisans:workshop-product-photos", registry_number=registry_number, product_pk=product_pk)


# --- Stock -----------------------------------------------------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def workshop_stock(request, registry_number: str):
    """Every piece with its number in stock, changed in one tap each; low stock first."""
    artisan = _listing_artisan_or_404(request, registry_number)
    products = moderation_selectors.stock_overview(artisan)
    if request.method == "POST" and not artisan.is_verified:
        return workshop_closed(request, artisan)
    if request.method == "POST":
        form = StockForm(request.POST)
        if form.is_valid():
            product = _product_or_404(artisan, form.cleaned_data["product"])
            try:
                listing_set_stock(product=product, actor=request.user, stock=form.cleaned_data["stock"])
            except ValidationError as error:
                messages.error(request, " ".join(error.messages))
            else:
                messages.success(
                    request,
                    _("“%(title)s”: %(count)s in stock.")
                    % {"title": product.get_title(), "count": form.cleaned_data["stock"]},
                )
            return redirect(reverse("artisans:workshop-stock", args=[registry_number]) + f"#piece-{product.pk}")
        messages.error(request, " ".join(e for errors in form.errors.values() for e in errors))
        return redirect("artisans:workshop-stock", registry_number=registry_number)
    page = Paginator(products, 100).get_page(request.GET.get("page"))
    context = _context(
        request,
        artisan,
        page_obj=page,
        products=page.object_list,
        low_stock_threshold=settings.WORKSHOP_LOW_STOCK_THRESHOLD,
    )
    return render(request, "artisans/workshop/stock.html", context)
