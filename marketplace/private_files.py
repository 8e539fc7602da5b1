"""Private files: invoices, settlement statements, bank-transfer files, and photos waiting for the authority's review.

They are kept in the "private" storage (object storage in production, a folder outside MEDIA_ROOT on one machine),
never under a public address. A view first checks that the reader may see the file, then redirects them to a
signed URL that expires after PRIVATE_FILE_URL_TTL seconds:
- with object storage, a presigned URL of the store itself, so the file never passes through a web server;
- on one machine, a link to `private_file_download` carrying the file's name signed with the SECRET_KEY and a
  timestamp, so it cannot be made up or altered, and stops working when it expires.

A signed URL is a short-lived bearer link (whoever holds it may download that one file until it expires), the same
promise S3 makes; the permission check happens when the link is handed out.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Callable

from django.conf import settings
from django.core import signing
from django.core.exceptions import SuspiciousFileOperation
from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage, storages
from django.http import FileResponse, Http404
from django.urls import reverse
from django.utils.functional import LazyObject
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

SIGNING_SALT = "marketplace.private_files"


def private_storage():
    return storages["private"]


class _PrivateStorage(LazyObject):
    """The private storage for a model's file field. A field keeps the storage it was given when the model class was
    made; this one looks `storages["private"]` up on every use instead, so it follows STORAGES (each test points it
    at a folder or a bucket of its own)."""

    def _setup(self):
        self._wrapped = storages["private"]

    def __getattr__(self, name):
        self._wrapped = storages["private"]
        return getattr(self._wrapped, name)


_private_field_storage = _PrivateStorage()


def private_field_storage():
    """`FileField(storage=private_field_storage)`: the field's files are kept in the private storage (the callable is
    what migrations record)."""
    return _private_field_storage


def private_file_ensure(name: str, make: Callable[[], bytes]) -> str:
    """The file `name` in the private storage, made by `make()` and saved the first time it is asked for.

    Generated files are records (an issued invoice, a closed settlement's statement): once written they are served
    as they are. Two requests making the same file at once both write the same bytes under the same name."""
    storage = private_storage()
    if not storage.exists(name):
        saved = storage.save(name, ContentFile(make()))
        if saved != name:  # a storage that renames instead of overwriting: keep one copy under the asked name
            storage.delete(saved)
    return name


def private_file_save(name: str, content: bytes) -> str:
    """Write (or replace) the private file `name`."""
    storage = private_storage()
    if storage.exists(name):
        storage.delete(name)
    return storage.save(name, ContentFile(content))


def private_file_url(name: str, *, download_as: str, inline: bool = False) -> str:
    """A signed link to the private file `name` that expires after PRIVATE_FILE_URL_TTL seconds; the browser saves
    it as `download_as`, or shows it (`inline`: a photo in an `<img>`)."""
    storage = private_storage()
    content_type = mimetypes.guess_type(download_as)[0] or "application/octet-stream"
    if isinstance(storage, FileSystemStorage):
        signed = {"name": name, "as": download_as, **({"inline": True} if inline else {})}
        token = signing.dumps(signed, salt=SIGNING_SALT, compress=True)
        return reverse("private-file", kwargs={"token": token})
    disposition = f"{'inline' if inline else 'attachment'}; filename*=UTF-8''{_rfc5987(download_as)}"
    return storage.url(
        name,
        parameters={"ResponseContentDisposition": disposition, "ResponseContentType": content_type},
        expire=settings.PRIVATE_FILE_URL_TTL,
    )


def _rfc5987(value: str) -> str:
    from urllib.parse import quote

    return quote(value, safe="")


@never_cache
@require_safe
def private_file_download(request, token: str):
    """Serve a private file from this machine's private folder for a link `private_file_url` signed and that has
    not expired. Any other link is 404: an altered, expired or made-up link tells nothing about what exists."""
    try:
        signed = signing.loads(token, salt=SIGNING_SALT, max_age=settings.PRIVATE_FILE_URL_TTL)
    except signing.BadSignature:  # includes SignatureExpired
        raise Http404 from None
    if not isinstance(signed, dict) or not isinstance(signed.get("name"), str) or not isinstance(signed.get("as"), str):
        raise Http404
    storage = private_storage()
    try:
        found = isinstance(storage, FileSystemStorage) and storage.exists(signed["name"])
    except SuspiciousFileOperation:  # a name outside the private folder: only a forged link could carry one
        found = False
    if not found:
        raise Http404
    inline = signed.get("inline") is True
    response = FileResponse(storage.open(signed["name"], "rb"), as_attachment=not inline, filename=signed["as"])
    response["X-Robots-Tag"] = "noindex"
    return response
