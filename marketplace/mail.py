"""Short notices to artisans, in both languages (Arabic first): the account's language is not known, and many
artisans read Arabic only while their helpers may read English."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from marketplace.forms import as_single_line

LANGUAGES_IN_ORDER = ("ar", "en")
# Every message the site sends in both languages joins them the same way, so a reader (or a test) finds where the
# Arabic ends in any of them.
SUBJECT_SEPARATOR = " · "
BODY_SEPARATOR = "\n\n— — —\n\n"


def absolute_url(path: str) -> str:
    from django.contrib.sites.models import Site

    domain = Site.objects.get_current().domain
    # The demo and a developer's machine are served over plain HTTP; every other site over HTTPS.
    local = domain.split(":")[0] in ("127.0.0.1", "localhost")
    scheme = "http" if settings.DEBUG or local else "https"
    return f"{scheme}://{domain}{path}"


def bilingual_text(
    template_name: str,
    context: dict,
    link: tuple[str, dict] | None = None,
    links: dict[str, tuple[str, dict]] | None = None,
) -> str:
    """The template rendered in Arabic then English; `link` (a URL name and its kwargs) becomes `link` in each
    language's context, as an absolute URL to that language's page, and so does each of `links` under its name."""
    parts = []
    named = {**({"link": link} if link else {}), **(links or {})}
    for language in LANGUAGES_IN_ORDER:
        with translation.override(language):
            extra = {name: absolute_url(reverse(url_name, kwargs=kwargs)) for name, (url_name, kwargs) in named.items()}
            parts.append(render_to_string(template_name, {**context, **extra, "LANGUAGE_CODE": language}).strip())
    return BODY_SEPARATOR.join(parts)


def email_subject(text: str) -> str:
    """A subject that any mail server takes, whatever the data in it (a title with a line break would make Django
    refuse to send the message at all): one line, no control or direction characters, at most 200 characters."""
    return as_single_line(str(text))[:200]


def bilingual_subject(subject_in) -> str:
    """`subject_in(language)` gives the subject in one language; both are joined, Arabic first."""
    return email_subject(SUBJECT_SEPARATOR.join(subject_in(language) for language in LANGUAGES_IN_ORDER))


def send_bilingual_notice(
    *,
    recipients,
    subject_in,
    template_name: str,
    context: dict,
    link: tuple[str, dict] | None = None,
    links: dict[str, tuple[str, dict]] | None = None,
) -> None:
    """Send after the surrounding transaction commits, so a notice never announces a change that was rolled back."""
    recipients = sorted({address for address in recipients if address})
    if not recipients:
        return
    subject = bilingual_subject(subject_in)
    body = bilingual_text(template_name, context, link, links)

    def send():
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, recipients, fail_silently=False)

    transaction.on_commit(send)
