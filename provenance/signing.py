"""Signing certificates with the authority's Ed25519 key, as compact JWS (RFC 7515, alg "Ed25519" of RFC 9864).

The key is `settings.PROVENANCE_SIGNING_KEY` (a PEM private key; production requires it, the demo and the tests
generate one). The public half, with the keys it replaced (`PROVENANCE_RETIRED_PUBLIC_KEYS`, public JWKs), is
published at `/.well-known/hirfa-keys.json`; each JWS names its key by `kid`, the key's RFC 7638 thumbprint, so a
certificate signed before a rotation still verifies. Verifying needs only that key set:
`provenance/offline/verify_certificate.py` does it with nothing of the site.

The signed bytes are the payload's canonical JSON: keys sorted, no spaces, UTF-8 (Arabic kept as it is), so anyone can
rebuild them from the payload.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

from django.conf import settings
from joserfc import jws
from joserfc.errors import JoseError
from joserfc.jwk import KeySet, OKPKey

ALGORITHM = "Ed25519"


def canonical_json(payload: dict) -> bytes:
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


@lru_cache(maxsize=4)
def _private_key(pem: str) -> OKPKey:
    return OKPKey.import_key(pem)


def signing_key() -> OKPKey:
    return _private_key(settings.PROVENANCE_SIGNING_KEY)


def public_key_set() -> dict:
    """The JWK Set published at /.well-known/hirfa-keys.json: the current key first, then the retired ones."""
    current = signing_key()
    keys = [{**current.as_dict(private=False), "kid": current.thumbprint(), "use": "sig", "alg": ALGORITHM}]
    for retired in settings.PROVENANCE_RETIRED_PUBLIC_KEYS:
        key = OKPKey.import_key(retired)
        keys.append({**key.as_dict(private=False), "kid": key.thumbprint(), "use": "sig", "alg": ALGORITHM})
    return {"keys": keys}


def sign(payload: dict) -> tuple[str, str]:
    """The compact JWS over the payload's canonical JSON, and the id of the key that signed it."""
    key = signing_key()
    kid = key.thumbprint()
    token = jws.serialize_compact({"alg": ALGORITHM, "kid": kid, "typ": "hirfa-certificate+jws"},
                                  canonical_json(payload), key, algorithms=[ALGORITHM])  # fmt: skip
    return token, kid


@dataclass(frozen=True)
class Verified:
    payload: dict
    key_id: str


class NotGenuine(Exception):
    """The JWS is malformed, signed by no published key, or signed over other bytes."""


def verify(compact: str, key_set: dict) -> Verified:
    """Check `compact` against a JWK Set (the published one, or a copy kept offline)."""
    try:
        keys = KeySet.import_key_set(key_set)
        result = jws.deserialize_compact(compact.strip(), keys, algorithms=[ALGORITHM])
        payload = json.loads(result.payload)
    except (JoseError, ValueError, TypeError, KeyError, UnicodeDecodeError) as error:
        raise NotGenuine(str(error) or type(error).__name__) from None
    if not isinstance(payload, dict) or canonical_json(payload) != result.payload:
        raise NotGenuine("payload is not in canonical form")
    return Verified(payload=payload, key_id=result.headers().get("kid", ""))
