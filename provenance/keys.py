"""Making Ed25519 keys for the demo and the tests (production brings its own, in PROVENANCE_SIGNING_KEY)."""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey


def new_private_key_pem() -> str:
    return (
        Ed25519PrivateKey.generate()
        .private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
        .decode()
    )


def local_signing_key(path: Path) -> str:
    """The key kept at `path`, made on first use (readable by its owner only)."""
    if not path.exists():
        path.write_text(new_private_key_pem())
        path.chmod(0o600)
    return path.read_text()
