"""The artisan's money, in the workshop: where their payments go (bank details, shown masked, changed only with
their password again) and the statements of what they were paid. Only the people who manage the artisan see them;
for anyone else the pages do not exist."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe

from artisans.workshop_views import managed_artisan_or_404, workshop_closed
from marketplace.private_files import private_file_url

from . import selectors
from .forms import PayoutAccountChangeForm, PayoutAccountForm
from .services import PayoutAccountChangeRefused, payout_account_save
from .statements import statement_csv_file, statement_csv_name, statement_html

STATEMENTS_PER_PAGE = 24
HELD_MESSAGE = _lazy(
    "A new manager joined this workshop a few days ago, so payments to these bank details wait until the craft "
    "authority has checked them with you. It will call you."
)


def _statement_or_404(request, registry_number: str, statement_pk: int):
    artisan = managed_artisan_or_404(request, registry_number)
    statement = selectors.artisan_statement(artisan, pk=statement_pk)
    if statement is None:
        raise Http404
    return statement


@login_required
@never_cache
@require_http_methods(["GET", "POST"])
def workshop_bank(request, registry_number: str):
    artisan = managed_artisan_or_404(request, registry_number)
    account = selectors.payout_account_of(artisan)
    if request.method == "POST" and not artisan.is_verified:
        return workshop_closed(request, artisan)
    data = request.POST if request.method == "POST" else None
    if account is None:
        form = PayoutAccountForm(data)
    else:
        initial = {"account_holder": account.account_holder, "bank": account.bank}
        form = PayoutAccountChangeForm(data, initial=initial, request=request)
    if form.is_bound and form.is_valid():
        try:
            saved = payout_account_save(
                artisan=artisan,
                actor=request.user,
                account_holder=form.cleaned_data["account_holder"],
                bank=form.cleaned_data["bank"],
                iban=form.cleaned_data["iban"],
                reauthenticated=account is not None,  # the change form checked the password
            )
        except PayoutAccountChangeRefused:
            # Someone else saved bank details meanwhile: show them, and ask for the password to change them.
            messages.error(request, _("Bank details were saved by someone else just now. Nothing was changed."))
            return redirect("ledger:workshop-bank", registry_number=artisan.registry_number)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request, _("Your bank details are saved. Everyone who manages this workshop gets an e-mail about it.")
            )
            if saved.is_held:
                messages.warning(request, HELD_MESSAGE)
            return redirect("ledger:workshop-bank", registry_number=artisan.registry_number)
    context = {
        "artisan": artisan,
        "account": selectors.payout_account_masked(account),
        "form": form,
        "held_message": HELD_MESSAGE if account is not None and account.is_held else "",
    }
    return render(request, "ledger/workshop/bank.html", context)


@login_required
@never_cache
@require_safe
def workshop_statements(request, registry_number: str):
    artisan = managed_artisan_or_404(request, registry_number)
    page = Paginator(selectors.artisan_statements(artisan), STATEMENTS_PER_PAGE).get_page(request.GET.get("page"))
    account = selectors.payout_account_of(artisan)  # one query: whether there is one, and whether it is held
    context = {
        "artisan": artisan,
        "statements": page.object_list,
        "page_obj": page,
        "unsettled": selectors.artisan_balance(artisan, settled=False),
        "has_payout_account": account is not None,
        "held_message": HELD_MESSAGE if account is not None and account.is_held else "",
    }
    return render(request, "ledger/workshop/statements.html", context)


@login_required
@never_cache
@require_safe
def workshop_statement(request, registry_number: str, statement_pk: int):
    statement = _statement_or_404(request, registry_number, statement_pk)
    return HttpResponse(statement_html(statement, request.LANGUAGE_CODE), content_type="text/html; charset=utf-8")


@login_required
@never_cache
@require_safe
def workshop_statement_csv(request, registry_number: str, statement_pk: int):
    statement = _statement_or_404(request, registry_number, statement_pk)
    # Kept in the private storage; the artisan gets a signed link that expires (marketplace/private_files.py).
    return redirect(private_file_url(statement_csv_file(statement), download_as=statement_csv_name(statement)))
