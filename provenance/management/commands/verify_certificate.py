"""`manage.py verify_certificate CERTIFICATE [--keys KEYS]`: check a certificate file or a scanned address against
the authority's public keys (by default this site's published set), as `provenance/offline/verify_certificate.py`
does without the site."""

from __future__ import annotations

import json

from django.core.management.base import BaseCommand, CommandError

from provenance import signing
from provenance.offline.verify_certificate import _read, compact_jws


class Command(BaseCommand):
    help = "Verify a Hirfa certificate (a .jws file, the verify page's JSON, or a scanned address) offline."

    def add_arguments(self, parser):
        parser.add_argument("certificate", help="a certificate file or a scanned address")
        parser.add_argument("--keys", help="a JWK Set file or address (default: this site's published keys)")

    def handle(self, *args, certificate, keys=None, **options):
        try:
            key_set = json.loads(_read(keys)) if keys else signing.public_key_set()
            compact = compact_jws(_read(certificate))
        except (OSError, ValueError) as error:
            raise CommandError(f"Could not read: {error}") from None
        try:
            verified = signing.verify(compact, key_set)
        except signing.NotGenuine as error:
            raise CommandError(f"NOT GENUINE: the signature does not hold ({error})") from None
        self.stdout.write(f"GENUINE: signed with key {verified.key_id}")
        self.stdout.write(json.dumps(verified.payload, ensure_ascii=False, indent=2, sort_keys=True))
