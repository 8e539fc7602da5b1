"""Oscar's sign-in and registration pages, with registration that tells nobody which addresses have accounts
(marketplace/registration.py), and the pages that finish a registration.

Oscar's own views are kept (subclassed through `get_class`) and only their registration step changes; they are
served at Oscar's own addresses by URL patterns placed before the shop's (marketplace/urls.py), so every
`reverse("customer:login")` still leads here without forking Oscar's customer app.
"""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods
from oscar.core.loading import get_class

from artisans import selectors as artisan_selectors
from favourites.services import favourites_merge_session
from marketplace.forms import RegistrationForm
from marketplace.registration import ActivationRefused, account_activate, account_for_activation, account_register

AccountAuthView = get_class("customer.views", "AccountAuthView")
AccountRegistrationView = get_class("customer.views", "AccountRegistrationView")


class SignInOrRegisterView(AccountAuthView):
    registration_form_class = RegistrationForm

    def validate_login_form(self):
        response = super().validate_login_form()
        if self.request.user.is_authenticated:
            # The pieces hearted as a guest (kept in the session, which signing in keeps) join the account.
            favourites_merge_session(user=self.request.user, session=self.request.session)
        return response

    def validate_registration_form(self):
        form = self.get_registration_form(bind_data=True)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(registration_form=form))
        account_register(email=form.cleaned_data["email"], password=form.cleaned_data["password1"])
        return redirect("account-check-inbox")


class RegisterView(AccountRegistrationView):
    form_class = RegistrationForm

    def form_valid(self, form):
        account_register(email=form.cleaned_data["email"], password=form.cleaned_data["password1"])
        return redirect("account-check-inbox")


@require_GET
def account_check_inbox(request):
    """The one answer to every valid registration, whether the address was free or not."""
    return render(request, "marketplace/account_check_inbox.html")


class ActivationForm(forms.Form):
    password = forms.CharField(
        label=gettext_lazy("Your password"), strip=False, max_length=4096, widget=forms.PasswordInput
    )


@require_http_methods(["GET", "POST"])
def account_activation(request, uidb64: str, token: str):
    """GET shows the form and changes nothing (mail scanners open links); POST, with the password chosen when
    registering, activates the account and signs its owner in: to the workshop when they asked to join as an
    artisan, else to their account."""
    if account_for_activation(uidb64=uidb64, token=token) is None:
        return render(request, "marketplace/account_activate.html", {"valid": False}, status=404)
    form = ActivationForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            user = account_activate(uidb64=uidb64, token=token, password=form.cleaned_data["password"])
        except ActivationRefused as refused:
            if refused.reason == "link":
                return render(request, "marketplace/account_activate.html", {"valid": False}, status=404)
            form.add_error("password", _("This is not the password chosen when the account was made."))
        else:
            login(request, user, backend="django.contrib.auth.backends.ModelBackend")
            favourites_merge_session(user=user, session=request.session)
            if artisan_selectors.seller_applications_of(user).exists():
                messages.success(
                    request, _("Thank you. The authority will check your registry number and write to you.")
                )
                return redirect("artisans:workshop")
            messages.success(request, _("Your account is active. Welcome to Hirfa."))
            return redirect(settings.LOGIN_REDIRECT_URL)
    return render(request, "marketplace/account_activate.html", {"valid": True, "form": form})
