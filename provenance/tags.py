"""A certificate's printed tag: a PDF in both languages with a QR code, sized for a swing tag or an A6 card.

The QR code carries the certificate's GS1 Digital Link address under the site's own domain,
`https://<site>/8004/<GIAI>` (GS1's key for an individual item: the authority's company prefix, then the
certificate's token), so a phone's camera, a retailer's scanner or product-passport tooling opens the verify page.
"""

from __future__ import annotations

import io

import segno
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _

from checkout.invoice_pdf import bilingual_document

from .models import Certificate

# name: (page width, page height, margin, type size) in mm and points
TAG_SIZES = {
    "swing": (55.0, 90.0, 4.0, 7.0),
    "a6": (105.0, 148.0, 8.0, 10.0),
}


def certificate_address(certificate: Certificate) -> str:
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    return f"{base}/8004/{settings.PROVENANCE_GS1_COMPANY_PREFIX}{certificate.token}"


def qr_code_png(data: str) -> bytes:
    buffer = io.BytesIO()
    segno.make(data, error="m", micro=False).save(buffer, kind="png", scale=8, border=4)
    return buffer.getvalue()


def certificate_tag_pdf(certificates: list[Certificate], *, size: str = "swing") -> bytes:
    """One page per certificate; Arabic first, then English, whatever the reader's language."""
    width, height, margin, type_size = TAG_SIZES[size]
    pdf = bilingual_document(language="ar", rtl=True, page_format=(width, height), margin=margin)
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(_("Certificate of authenticity"))
    for certificate in certificates:
        _tag_page(pdf, certificate, type_size=type_size)
    return bytes(pdf.output())


def _tag_page(pdf, certificate: Certificate, *, type_size: float) -> None:
    payload = certificate.payload
    piece, artisan = payload["piece"], payload["artisan"]
    pdf.add_page()
    line = type_size * 0.5

    def centred(text: str, *, style: str = "", size: float = type_size, family: str = "naskh") -> None:
        # One language per line: a line mixing both would be laid out in one direction and read scrambled.
        if text:
            pdf.set_font(family, style=style, size=size)
            pdf.multi_cell(w=pdf.epw, h=size * 0.5, text=text, align="C", new_x="LMARGIN", new_y="NEXT")

    with translation.override("ar"):
        heading_ar, deposit_ar = _("Certificate of authenticity"), _("Registered design")
    with translation.override("en"):
        heading_en, deposit_en = _("Certificate of authenticity"), _("Registered design")
    centred(heading_ar, style="B", size=type_size + 1)
    centred(heading_en, style="B", size=type_size + 1, family="sans")
    centred(payload.get("issuer_ar", ""), size=type_size - 1)
    centred(payload["issuer"], size=type_size - 1, family="sans")
    pdf.ln(1)
    centred(piece["title_ar"], style="B")
    centred(piece["title_en"], style="B", family="sans")
    centred(artisan["name_ar"])
    centred(artisan["name_en"], family="sans")
    centred(f"{artisan['wilayat_ar']}، {artisan['governorate_ar']}")
    centred(f"{artisan['wilayat_en']}, {artisan['governorate_en']}", family="sans")
    centred(f"{artisan['registry_number']}/{payload['serial']}", style="B", family="sans")
    if payload.get("design_deposit"):
        centred(f"{deposit_ar}: {payload['design_deposit']}")
        centred(f"{deposit_en}: {payload['design_deposit']}", family="sans")
    address = certificate_address(certificate)
    size = min(pdf.epw, pdf.h - pdf.b_margin - pdf.get_y() - line * 2.5)
    size = max(size, 20.0)  # below 2 cm a phone's camera struggles; the tag sizes leave room for more
    pdf.image(io.BytesIO(qr_code_png(address)), x=(pdf.w - size) / 2, y=pdf.get_y() + 1, w=size, h=size)
    pdf.set_y(pdf.get_y() + size + 1.5)
    centred(address, size=max(type_size - 2.5, 4.5), family="sans")
