"""The demo's product photos are drawn, not shipped; each piece gets its own composition, so that no two pieces on a
listing page look alike (the first demo drew every piece of a kind the same, on a different backdrop)."""

import io
from itertools import combinations

from PIL import Image, ImageFilter

from catalogue.demo.images import render_product_photo
from catalogue.demo.records import demo_catalogue

HASH_SIDE = 16  # 256 bits
LEAST_DIFFERENT_BITS = 13  # the first demo's kohl pots and incense burners differed by 4 to 12


def difference_hash(photo: bytes) -> int:
    """A perceptual hash: which of each two neighbouring cells of the blurred, greyscale photo is brighter. It
    follows the object's shape and place and ignores the backdrop's faint pattern and its hue."""
    image = Image.open(io.BytesIO(photo)).convert("L").resize((64, 64), Image.LANCZOS)
    cells = image.filter(ImageFilter.GaussianBlur(1.5)).resize((HASH_SIDE + 1, HASH_SIDE), Image.BOX).tobytes()
    bits = 0
    for row in range(HASH_SIDE):
        for column in range(HASH_SIDE):
            left = cells[row * (HASH_SIDE + 1) + column]
            bits = bits << 1 | (left > cells[row * (HASH_SIDE + 1) + column + 1])
    return bits


def test_no_two_demo_product_photos_look_alike():
    demo = demo_catalogue()
    # Drawn small: the composition and the drawing are the same at any size, and 343 photos draw in seconds.
    hashes = {sku: difference_hash(render_product_photo(*photo, size=128)) for sku, photo in demo.photos.items()}

    alike = [
        (first, second, (hashes[first] ^ hashes[second]).bit_count())
        for first, second in combinations(sorted(hashes), 2)
        if (hashes[first] ^ hashes[second]).bit_count() < LEAST_DIFFERENT_BITS
    ]

    assert len(hashes) == len(demo.records) - sum(r["kind"] != "product" for r in demo.records)
    assert alike == []


def test_the_photo_for_a_new_listing_is_not_one_the_demo_uses():
    demo = demo_catalogue()
    sku = sorted(demo.photos)[0]

    assert demo.unused_photo(sku) not in set(demo.photos.values())
