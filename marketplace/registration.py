"""Making an account without telling anyone which e-mail addresses already have one.

Oscar's registration answered "A user with that email address already exists" and signed a new account in at once,
so anyone could learn who shops or sells here. Now every registration that is otherwise valid (Oscar's sign-in and
registration pages, and joining as an artisan) gets the same answer, "check your inbox", and the address's owner is
written to, in Arabic then English:
- a free address: the account is made inactive, and the e-mail holds a link that activates it, with the password
  chosen when registering, and signs its owner in (for PASSWORD_RESET_TIMEOUT, once);
- a taken address: nothing is made or changed; the e-mail says someone tried to register with the address, with the
  sign-in and password-reset links.
Until it is activated, an account cannot sign in, with the same "wrong e-mail or password" as any other.

An address whose account was never activated counts as free: registering again sets the password and sends a new
link (the earlier links die with the earlier password). Activating asks for the password, so someone who registered
another person's address first cannot have that person activate an account whose password they know.
"""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import PasswordResetTokenGenerator
from django.db import transaction
from django.utils import translation
from django.utils.encoding import force_bytes, force_str
from django.utils.http import urlsafe_base64_decode, urlsafe_base64_encode
from django.utils.translation import gettext as _
from oscar.apps.customer.forms import generate_username
from oscar.apps.customer.utils import normalise_email

from marketplace.mail import send_bilingual_notice

User = get_user_model()


class AccountActivationTokenGenerator(PasswordResetTokenGenerator):
    """Like a password-reset token (signed, expiring), but of its own kind, and spent once the account is active."""

    key_salt = "marketplace.registration.AccountActivationTokenGenerator"

    def _make_hash_value(self, user, timestamp: int) -> str:
        return f"{user.pk}{user.password}{user.is_active}{user.email}{timestamp}"


activation_tokens = AccountActivationTokenGenerator()


def account_register(*, email: str, password: str, joining: bool = False):
    """A new inactive account for a free address, or None for a taken one; its owner is e-mailed either way (after
    the surrounding transaction commits). `joining`: the person was asking to join as an artisan."""
    email = normalise_email(email)
    with transaction.atomic():
        owner = User._default_manager.filter(email__iexact=email).order_by("pk").first()
        if owner is not None and not owner.is_active and owner.last_login is None:
            owner.set_password(password)
            owner.save(update_fields=["password"])
            _send_activation(owner)
            return owner
        if owner is not None:
            # Hash the password all the same: a new account's hashing takes a noticeable time, and the answer's
            # timing must not tell the two cases apart either.
            User().set_password(password)
            _notify_address_taken(owner, joining=joining)
            return None
        user = User(email=email, is_active=False)
        if "username" in [field.name for field in User._meta.fields]:
            user.username = generate_username()
        user.set_password(password)
        user.save()
        _send_activation(user)
        return user


def account_for_activation(*, uidb64: str, token: str):
    """The inactive account a link names, when the link is genuine and not expired or spent; else None."""
    try:
        user = User._default_manager.get(pk=force_str(urlsafe_base64_decode(uidb64)))
    except (TypeError, ValueError, OverflowError, User.DoesNotExist):
        return None
    if user.is_active or not activation_tokens.check_token(user, token):
        return None
    return user


class ActivationRefused(Exception):
    """The link is not (or no longer) valid, or the password is not the one chosen when registering."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason  # "link" or "password"


def account_activate(*, uidb64: str, token: str, password: str):
    """Activate the account a genuine link names, given the password chosen when registering; the account."""
    with transaction.atomic():
        user = account_for_activation(uidb64=uidb64, token=token)
        if user is None:
            raise ActivationRefused("link")
        if not user.check_password(password):
            raise ActivationRefused("password")
        user.is_active = True
        user.save(update_fields=["is_active"])
        # A request to join made with this account is told to the workshop's managers now that the address is proved
        from artisans.services import seller_applications_announce

        seller_applications_announce(user=user)
        return user


def _send_activation(user) -> None:
    send_bilingual_notice(
        recipients=[user.email],
        subject_in=lambda language: _subject(language, "activate"),
        template_name="marketplace/emails/account_activate.txt",
        context={},
        link=(
            "account-activate",
            {"uidb64": urlsafe_base64_encode(force_bytes(user.pk)), "token": activation_tokens.make_token(user)},
        ),
    )


def _notify_address_taken(owner, *, joining: bool) -> None:
    send_bilingual_notice(
        recipients=[owner.email],
        subject_in=lambda language: _subject(language, "taken"),
        template_name="marketplace/emails/account_address_taken.txt",
        context={"joining": joining},
        links={"sign_in": ("customer:login", {}), "password_reset": ("password-reset", {})},
    )


def _subject(language: str, kind: str) -> str:
    with translation.override(language):
        if kind == "activate":
            return _("Hirfa: activate your account")
        return _("Hirfa: someone tried to register with your e-mail address")
