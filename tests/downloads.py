"""Following a download to the file: views that hand out private files redirect to a signed link that expires
(marketplace/private_files.py); these helpers check the redirect and fetch what it points to."""

from __future__ import annotations

from dataclasses import dataclass

from django.test import Client

PRIVATE_LINK_PREFIX = "/private/"


@dataclass
class Download:
    link: str
    content: bytes
    content_type: str
    disposition: str


def download(client: Client, url: str) -> Download:
    """What the browser saves when it opens `url`: the view must redirect to a signed private link."""
    handed_out = client.get(url)
    assert handed_out.status_code == 302, handed_out.status_code
    link = handed_out["Location"]
    assert link.startswith(PRIVATE_LINK_PREFIX), link
    assert "no-store" in handed_out.get("Cache-Control", "")
    served = Client().get(link)  # the link alone is enough: no session needed, as with the object store's links
    assert served.status_code == 200, served.status_code
    return Download(
        link=link,
        content=b"".join(served.streaming_content),
        content_type=served["Content-Type"],
        disposition=served["Content-Disposition"],
    )
