"""The STORAGES of a site whose files live in S3-compatible object storage (production, and the tests that run
against a real S3-compatible server). One function, so the tests exercise exactly what production configures.

- "default", public media (product photos, artisans' photos, Wagtail images and their renditions): plain URLs that
  anyone may read, through the CDN (`custom_domain`) when there is one; names never repeat (no overwriting), so a
  year's caching is safe.
- "private" (invoices, statements, bank-transfer files): private objects, handed out only as presigned URLs that
  expire after `private_url_ttl` seconds (marketplace/private_files.py), always from the store itself.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from botocore.config import Config
from storages.backends.s3 import S3Storage

STATIC_FILES = {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}


class S3StorageWithTimeouts(S3Storage):
    """django-storages' S3 storage with the client's timeouts and retries given as plain numbers.

    Wagtail deletes a replaced image's file in a background task whose arguments are the storage's constructor
    arguments, kept as JSON in the task queue; botocore's `Config` object (django-storages' `client_config`) is not
    JSON, so deleting an image failed. Numbers are, and the `Config` is made here from them.
    """

    def __init__(self, *, connect_timeout: float = 2.0, read_timeout: float = 10.0, max_attempts: int = 3, **settings):
        super().__init__(**settings)
        self.client_config = Config(
            s3={"addressing_style": self.addressing_style},
            signature_version=self.signature_version,
            proxies=self.proxies,
            connect_timeout=connect_timeout,
            read_timeout=read_timeout,
            retries={"max_attempts": max_attempts, "mode": "standard"},
        )


def s3_storages(
    *,
    bucket: str,
    private_bucket: str | None = None,
    endpoint_url: str | None = None,
    region: str | None = None,
    addressing_style: str | None = None,
    custom_domain: str | None = None,
    url_protocol: str = "https:",
    media_acl: str | None = "public-read",
    private_url_ttl: int = 300,
    connect_timeout: float = 2.0,
    read_timeout: float = 10.0,
    max_attempts: int = 3,
    static_files: dict | None = None,
) -> dict:
    common = {
        "bucket_name": bucket,
        "endpoint_url": endpoint_url or None,  # unset: Amazon S3 itself
        "region_name": region or None,
        "addressing_style": addressing_style or None,  # "path" for most S3-compatible servers
        "signature_version": "s3v4",
        "file_overwrite": False,
        # A slow or absent object store costs a request a few seconds at most, not a web worker for minutes.
        "connect_timeout": connect_timeout,
        "read_timeout": read_timeout,
        "max_attempts": max_attempts,
    }  # credentials: AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY from the environment, or the machine's role
    return {
        "default": {
            "BACKEND": "marketplace.object_storage.S3StorageWithTimeouts",
            "OPTIONS": {
                **common,
                "location": "media",
                # Readable by anyone; None when the bucket makes media/ public with a policy instead of ACLs.
                "default_acl": media_acl or None,
                "querystring_auth": False,  # plain, cacheable URLs
                "custom_domain": custom_domain or None,
                "url_protocol": url_protocol,
                "object_parameters": {"CacheControl": "public, max-age=31536000, immutable"},
            },
        },
        "private": {
            "BACKEND": "marketplace.object_storage.S3StorageWithTimeouts",
            "OPTIONS": {
                **common,
                "bucket_name": private_bucket or bucket,
                "location": "private",
                "default_acl": "private",
                "querystring_auth": True,
                "querystring_expire": private_url_ttl,
                "custom_domain": None,  # signed URLs go to the store itself, never through the CDN's cache
                "file_overwrite": True,  # a file written again replaces the old one under the same name
                "object_parameters": {"CacheControl": "private, no-store"},
            },
        },
        "staticfiles": static_files or STATIC_FILES,
    }


def public_media_origins(
    *,
    bucket: str,
    endpoint_url: str | None = None,
    region: str | None = None,
    addressing_style: str | None = None,
    custom_domain: str | None = None,
    url_protocol: str = "https:",
) -> list[str]:
    """Where browsers load public media from, as Content-Security-Policy sources: the CDN's host when there is one,
    else the store's own address for the bucket as django-storages writes media URLs (path style: the endpoint;
    virtual-hosted: the bucket's host name)."""
    if custom_domain:
        return [f"{url_protocol}//{custom_domain}"]
    if endpoint_url:
        parts = urlsplit(endpoint_url)
        if addressing_style == "virtual":
            return [f"{parts.scheme}://{bucket}.{parts.netloc}"]
        return [f"{parts.scheme}://{parts.netloc}"]  # a custom endpoint is addressed by path unless told otherwise
    origins = [f"https://{bucket}.s3.amazonaws.com"]
    if region:
        origins.append(f"https://{bucket}.s3.{region}.amazonaws.com")
    if addressing_style == "path":
        origins = ["https://s3.amazonaws.com"] + ([f"https://s3.{region}.amazonaws.com"] if region else [])
    return origins
