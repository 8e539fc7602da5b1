"""The authority's signature: what it covers, which keys verify it, and what does not pass for it."""

import base64
import json

import pytest
from joserfc.jwk import OKPKey

from provenance import signing
from provenance.keys import new_private_key_pem

PAYLOAD = {"serial": 7, "piece": {"title_ar": "خنجر", "title_en": "Khanjar"}, "token": "A" * 20}


def test_a_signed_payload_verifies_with_the_published_keys_and_names_its_key():
    compact, key_id = signing.sign(PAYLOAD)
    verified = signing.verify(compact, signing.public_key_set())
    assert verified.payload == PAYLOAD
    assert verified.key_id == key_id == signing.signing_key().thumbprint()
    # the Arabic is signed as UTF-8, keys sorted, no spaces: anyone can rebuild the bytes
    signed_bytes = base64.urlsafe_b64decode(compact.split(".")[1] + "==")
    assert signed_bytes == json.dumps(PAYLOAD, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def _with_payload(compact: str, payload: bytes) -> str:
    header, _payload, signature = compact.split(".")
    return ".".join([header, base64.urlsafe_b64encode(payload).decode().rstrip("="), signature])


@pytest.mark.parametrize(
    "forge",
    [
        lambda c: _with_payload(
            c, json.dumps({**PAYLOAD, "serial": 8}, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
        ),  # fmt: skip
        lambda c: c[:-10],
        lambda c: c.rsplit(".", 1)[0] + ".",
        lambda c: "eyJhbGciOiJub25lIn0." + c.split(".")[1] + ".",
        lambda c: "not a certificate",
        lambda c: "",
    ],
    ids=["other-content", "truncated-signature", "no-signature", "alg-none", "garbage", "empty"],
)
def test_what_is_not_the_authoritys_signature_is_refused(forge):
    compact, _key_id = signing.sign(PAYLOAD)
    with pytest.raises(signing.NotGenuine):
        signing.verify(forge(compact), signing.public_key_set())


def test_a_signature_by_another_key_is_refused(settings):
    compact, _key_id = signing.sign(PAYLOAD)
    settings.PROVENANCE_SIGNING_KEY = new_private_key_pem()
    with pytest.raises(signing.NotGenuine):
        signing.verify(compact, signing.public_key_set())


def test_after_a_rotation_old_certificates_still_verify_and_new_ones_use_the_new_key(settings):
    old_compact, old_kid = signing.sign(PAYLOAD)
    old_public = OKPKey.import_key(settings.PROVENANCE_SIGNING_KEY).as_dict(private=False)
    settings.PROVENANCE_SIGNING_KEY = new_private_key_pem()
    settings.PROVENANCE_RETIRED_PUBLIC_KEYS = [old_public]
    new_compact, new_kid = signing.sign(PAYLOAD)
    published = signing.public_key_set()
    assert [key["kid"] for key in published["keys"]] == [new_kid, old_kid]
    assert signing.verify(old_compact, published).key_id == old_kid
    assert signing.verify(new_compact, published).key_id == new_kid
    assert all("d" not in key for key in published["keys"]), "a private part was published"


def test_a_payload_signed_in_another_form_than_the_canonical_one_is_refused():
    from joserfc import jws

    key = signing.signing_key()
    loose = json.dumps(PAYLOAD, indent=2).encode()
    compact = jws.serialize_compact({"alg": "Ed25519", "kid": key.thumbprint()}, loose, key, algorithms=["Ed25519"])
    with pytest.raises(signing.NotGenuine):
        signing.verify(compact, signing.public_key_set())
