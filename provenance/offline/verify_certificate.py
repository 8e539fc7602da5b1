#!/usr/bin/env python3
"""Check a Hirfa certificate with nothing but the authority's public keys.

    python verify_certificate.py CERTIFICATE KEYS

CERTIFICATE is a certificate file (the `.jws` the verify page offers, or the JSON the verify page answers with
`Accept: application/json`), or a scanned address (https://<site>/8004/... or .../verify/<token>/), whose signed
certificate is then fetched; the site's word is not taken, only its copy of the signed bytes. KEYS is the
authority's JWK Set (a copy of https://<site>/.well-known/hirfa-keys.json kept beforehand), a file or an address.

Needs only `joserfc` (pip install joserfc). Prints the certificate and exits 0 when the signature holds; exits 1 and
says why when it does not. Whether the certificate was revoked since is only known online (the verify page).
"""

from __future__ import annotations

import json
import sys
import urllib.request

from joserfc import jws
from joserfc.errors import JoseError
from joserfc.jwk import KeySet

ALGORITHM = "Ed25519"


def _read(source: str, accept: str = "application/json") -> str:
    if source.startswith(("https://", "http://")):
        request = urllib.request.Request(source, headers={"Accept": accept})  # noqa: S310 (http(s) only, checked above)
        with urllib.request.urlopen(request, timeout=15) as answer:  # noqa: S310 (an address the user gave)
            return answer.read().decode()
    with open(source, encoding="utf-8") as file:
        return file.read()


def compact_jws(text: str) -> str:
    """The compact JWS in a certificate file or a verify page's JSON."""
    text = text.strip()
    if text.startswith("{"):
        return json.loads(text).get("jws") or ""
    return text


def verify(compact: str, key_set: dict) -> dict:
    """The signed certificate, if `compact` is signed by one of the keys; raises ValueError otherwise."""
    try:
        result = jws.deserialize_compact(compact, KeySet.import_key_set(key_set), algorithms=[ALGORITHM])
        payload = json.loads(result.payload)
    except (JoseError, ValueError, KeyError, TypeError) as error:
        raise ValueError(f"the signature does not hold ({error or type(error).__name__})") from None
    canonical = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    if canonical != result.payload:
        raise ValueError("the signed bytes are not a canonical certificate")
    return payload


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    try:
        compact = compact_jws(_read(argv[1]))
        payload = verify(compact, json.loads(_read(argv[2])))
    except (OSError, ValueError) as error:
        print(f"NOT GENUINE: {error}")
        return 1
    print("GENUINE: signed by the craft authority's key")
    print(json.dumps(payload, ensure_ascii=False, indent=2, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
