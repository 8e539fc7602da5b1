"""A realistic, reproducible national registry of artisans for demos and benchmarks.

`generate_registry(n, seed=..., reference=...)` yields `ArtisanRecord`s (the records `artisans_bulk_upsert` writes)
without touching the database: the ids of governorates, wilayats and crafts come from a `Reference` that the caller
loads once (`load_reference()`, or built by hand in tests). The same `n`, `seed` and reference always give the same
records, so writing them twice changes nothing the second time. The `generate_registry` management command writes
them in batches.

What comes from the authority's figures (the national registry of 2017, 20,642 artisans):
- Artisans per governorate, as in the 2017 table, scaled to `n` by largest-remainder rounding so that the total is
  exactly `n`. For n = 20,642 every row of the table is reproduced exactly.
- Artisans per primary craft for the three largest crafts: cotton weaving 6,590, wool weaving 5,005, incense and
  cosmetics 3,051, scaled to `n` the same way (exact for n = 20,642).

What is assumed (not in the published figures), chosen to be plausible and stated here so nobody mistakes it for data:
- The table gives North + South Ash Sharqiyah and North + South Al Batinah as one figure each. Each pair is split
  evenly between its two governorates; an odd artisan goes to the North.
- The remaining 5,996 artisans (20,642 minus the three largest crafts) have these primary crafts: palm-frond work
  1,900; silverwork 1,000; woodwork 900; pottery 700; khanjars 700; copperwork 400; bone and coconut-shell work 396.
- Where crafts are practised follows the craft homes: pottery in Bahla (Ad Dakhiliyah), frankincense and incense in
  Dhofar, rosewater (incense and cosmetics) on Al Jabal Al Akhdar, silver and khanjars in Nizwa and Muscat (Mutrah),
  dhow building (woodwork) in Sur, wool rugs in North Ash Sharqiyah and Al Wusta. The governorate x craft table is
  fitted to both totals (artisans per governorate, artisans per craft) by iterative proportional fitting from the
  affinity weights below (1 elsewhere), then rounded so that both totals stay exact. Inside a governorate, a wilayat
  is drawn at random: the governorate's main town weighs 2, other wilayats 1, times the craft's wilayat affinity.
- Each artisan has one primary craft. 10% of those outside weaving also practise a companion craft (khanjars <->
  silverwork, copperwork -> silverwork, woodwork <-> bone and coconut-shell work, pottery <-> palm-frond work,
  incense -> pottery for the burners); weavers weave only. A companion is never one of the three largest crafts, so
  the number of artisans registered for each of those is exactly its 2017 figure, and they stay the three largest;
  the smaller crafts end up a little above their primary counts.
- Gender: the registry is mostly women, weaving above all. Share of women by primary craft: incense and cosmetics
  90%, cotton weaving and palm-frond work 85%, wool weaving 80%, pottery 40%, bone and coconut-shell work 30%,
  silverwork 10%, woodwork and copperwork 5%, khanjars 2%. About 70% of the registry are women overall.
- Age in 2017, the registry's year: 18-29 14%, 30-44 30%, 45-59 33%, 60-80 23% (crafts are passed on by older
  artisans); birth year = 2017 - age.
- Full time: 55% of metal and wood workers (khanjars, silverwork, copperwork, woodwork), 30% of everyone else.
- Names: "<given name> bint/bin <father's name> <family name>" in English and Arabic, e.g. "Fatma bint Salim Al
  Harthi" / "فاطمة بنت سالم الحارثي". Given names by gender and fathers' names come from a short list of common Omani
  names; the family name is one associated with the artisan's governorate (70%) or one found across Oman (30%).
  The lists are illustrative; they are not a census of names.
- Every record is an artisan (not an outlet), verified (the registry is the authority's own record: the bulk path
  marks new artisans verified), without a biography or photo.
- Registry numbers: `{governorate code}-2017-{n:05d}`, numbered from 1 within each governorate (e.g. DHO-2017-00001),
  unique and matching `REGISTRY_NUMBER_PATTERN`. Generating a different `n` reuses the same numbers for different
  people, so it updates the artisans a previous run made rather than adding to them.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from artisans.models import Artisan
from artisans.services import ArtisanRecord

REGISTRY_YEAR = 2017
DEFAULT_ARTISANS = 20642
DEFAULT_SEED = 2017

# The 2017 table: one row per line of the published figures; a pair of governorates shares one figure.
REGISTRY_2017: tuple[tuple[tuple[str, ...], int], ...] = (
    (("dhofar",), 6224),
    (("north_sharqiyah", "south_sharqiyah"), 4972),
    (("north_batinah", "south_batinah"), 4685),
    (("ad_dakhiliyah",), 2008),
    (("al_wusta",), 1329),
    (("muscat",), 465),
    (("ad_dhahirah",), 424),
    (("musandam",), 348),
    (("al_buraimi",), 187),
)
GOVERNORATES = tuple(slug for slugs, _count in REGISTRY_2017 for slug in slugs)

# Artisans by primary craft: the three largest are the 2017 figures, the rest is assumed (see the docstring).
PRIMARY_CRAFTS_2017: dict[str, int] = {
    "cotton_weaving": 6590,
    "wool_weaving": 5005,
    "incense_cosmetics": 3051,
    "palm_frond": 1900,
    "silverwork": 1000,
    "woodwork": 900,
    "pottery": 700,
    "khanjars": 700,
    "copperwork": 400,
    "bone_coconut": 396,
}
LARGEST_CRAFTS = ("cotton_weaving", "wool_weaving", "incense_cosmetics")
CRAFTS = tuple(PRIMARY_CRAFTS_2017)

# How much more often a craft is practised in a governorate than its size alone would say (1 when not listed).
GOVERNORATE_AFFINITY: dict[str, dict[str, float]] = {
    "pottery": {"ad_dakhiliyah": 8},
    "incense_cosmetics": {"dhofar": 6, "ad_dakhiliyah": 1.5},
    "silverwork": {"ad_dakhiliyah": 4, "muscat": 6},
    "khanjars": {"ad_dakhiliyah": 4, "muscat": 6},
    "wool_weaving": {"north_sharqiyah": 4, "al_wusta": 6},
    "woodwork": {"south_sharqiyah": 4},
}
# The same inside a governorate, by wilayat (wilayat slugs are unique across Oman).
WILAYAT_AFFINITY: dict[str, dict[str, float]] = {
    "pottery": {"bahla": 10},
    "silverwork": {"nizwa": 5, "mutrah": 3},
    "khanjars": {"nizwa": 5, "mutrah": 3},
    "incense_cosmetics": {"al_jabal_al_akhdar": 8},
    "woodwork": {"sur": 8},
}
MAIN_TOWNS = frozenset(
    {"seeb", "salalah", "khasab", "al_buraimi", "nizwa", "sohar", "rustaq", "sur", "ibra", "ibri", "haima"}
)

COMPANION_SHARE = 0.10
COMPANION_CRAFT = {
    "khanjars": "silverwork",
    "silverwork": "khanjars",
    "copperwork": "silverwork",
    "woodwork": "bone_coconut",
    "bone_coconut": "woodwork",
    "pottery": "palm_frond",
    "palm_frond": "pottery",
    "incense_cosmetics": "pottery",
}

WOMEN_SHARE = {
    "incense_cosmetics": 0.90,
    "cotton_weaving": 0.85,
    "palm_frond": 0.85,
    "wool_weaving": 0.80,
    "pottery": 0.40,
    "bone_coconut": 0.30,
    "silverwork": 0.10,
    "woodwork": 0.05,
    "copperwork": 0.05,
    "khanjars": 0.02,
}
FULL_TIME_SHARE = {"khanjars": 0.55, "silverwork": 0.55, "copperwork": 0.55, "woodwork": 0.55}
FULL_TIME_SHARE_OTHERS = 0.30
AGE_BANDS = ((18, 29, 14), (30, 44, 30), (45, 59, 33), (60, 80, 23))  # youngest, oldest, weight

WOMEN_NAMES = (
    ("Fatma", "فاطمة"),
    ("Aisha", "عائشة"),
    ("Maryam", "مريم"),
    ("Zainab", "زينب"),
    ("Khadija", "خديجة"),
    ("Salma", "سلمى"),
    ("Shamsa", "شمسة"),
    ("Moza", "موزة"),
    ("Thuraya", "ثريا"),
    ("Halima", "حليمة"),
    ("Rahma", "رحمة"),
    ("Asma", "أسماء"),
    ("Safiya", "صفية"),
    ("Aziza", "عزيزة"),
    ("Badriya", "بدرية"),
    ("Sharifa", "شريفة"),
    ("Zuwaina", "زوينة"),
    ("Jokha", "جوخة"),
    ("Huda", "هدى"),
    ("Amna", "آمنة"),
    ("Latifa", "لطيفة"),
    ("Shaikha", "شيخة"),
    ("Muna", "منى"),
    ("Hamda", "حمدة"),
    ("Saleha", "صالحة"),
)
MEN_NAMES = (
    ("Mohammed", "محمد"),
    ("Ahmed", "أحمد"),
    ("Salim", "سالم"),
    ("Said", "سعيد"),
    ("Khalfan", "خلفان"),
    ("Hamad", "حمد"),
    ("Sultan", "سلطان"),
    ("Nasser", "ناصر"),
    ("Ali", "علي"),
    ("Saif", "سيف"),
    ("Hilal", "هلال"),
    ("Khamis", "خميس"),
    ("Juma", "جمعة"),
    ("Rashid", "راشد"),
    ("Abdullah", "عبدالله"),
    ("Saud", "سعود"),
    ("Talib", "طالب"),
    ("Hamood", "حمود"),
    ("Masoud", "مسعود"),
    ("Mubarak", "مبارك"),
    ("Sulaiman", "سليمان"),
    ("Badr", "بدر"),
    ("Zahran", "زهران"),
    ("Humaid", "حميد"),
    ("Musallam", "مسلم"),
    ("Khalid", "خالد"),
    ("Yaqoob", "يعقوب"),
)
FAMILIES_ACROSS_OMAN = (
    ("Al Busaidi", "البوسعيدي"),
    ("Al Harthi", "الحارثي"),
    ("Al Amri", "العامري"),
    ("Al Balushi", "البلوشي"),
    ("Al Saadi", "السعدي"),
    ("Al Hashmi", "الهاشمي"),
    ("Al Jabri", "الجابري"),
    ("Al Maamari", "المعمري"),
    ("Al Rashdi", "الراشدي"),
    ("Al Farsi", "الفارسي"),
)
FAMILIES_BY_GOVERNORATE = {
    "muscat": (
        ("Al Lawati", "اللواتي"),
        ("Al Zadjali", "الزدجالي"),
        ("Al Lamki", "اللمكي"),
        ("Al Siyabi", "السيابي"),
    ),
    "dhofar": (
        ("Al Kathiri", "الكثيري"),
        ("Al Mashani", "المعشني"),
        ("Al Shehri", "الشحري"),
        ("Al Mahri", "المهري"),
        ("Al Rawas", "الرواس"),
        ("Al Ghassani", "الغساني"),
        ("Al Marhoon", "المرهون"),
    ),
    "musandam": (("Al Shihhi", "الشحي"), ("Al Kumzari", "الكمزاري"), ("Al Dhahoori", "الظهوري")),
    "al_buraimi": (("Al Naimi", "النعيمي"), ("Al Kaabi", "الكعبي"), ("Al Shamsi", "الشامسي"), ("Al Badi", "البادي")),
    "ad_dakhiliyah": (
        ("Al Kindi", "الكندي"),
        ("Al Rawahi", "الرواحي"),
        ("Al Hinai", "الهنائي"),
        ("Al Abri", "العبري"),
        ("Al Riyami", "الريامي"),
        ("Al Nabhani", "النبهاني"),
        ("Al Sawafi", "الصوافي"),
        ("Al Adawi", "العدوي"),
    ),
    "north_batinah": (("Al Maqbali", "المقبالي"), ("Al Hosni", "الحوسني"), ("Al Shidi", "الشيدي")),
    "south_batinah": (
        ("Al Kharusi", "الخروصي"),
        ("Al Yahyai", "اليحيائي"),
        ("Al Habsi", "الحبسي"),
        ("Al Maawali", "المعولي"),
    ),
    "south_sharqiyah": (
        ("Al Ghailani", "الغيلاني"),
        ("Al Araimi", "العريمي"),
        ("Al Alawi", "العلوي"),
        ("Al Sinani", "السناني"),
    ),
    "north_sharqiyah": (
        ("Al Maskari", "المسكري"),
        ("Al Hajri", "الحجري"),
        ("Al Wahaibi", "الوهيبي"),
        ("Al Barwani", "البرواني"),
    ),
    "ad_dhahirah": (("Al Ghafri", "الغافري"), ("Al Kalbani", "الكلباني"), ("Al Yaqoubi", "اليعقوبي")),
    "al_wusta": (
        ("Al Junaibi", "الجنيبي"),
        ("Al Harsusi", "الحرسوسي"),
        ("Al Wahaibi", "الوهيبي"),
        ("Al Bathari", "البطحري"),
    ),
}
REGIONAL_FAMILY_SHARE = 0.70


@dataclass(frozen=True)
class Reference:
    """The registry's reference data as database ids: what the records point at."""

    governorates: Mapping[str, tuple[int, str]]  # governorate slug -> (id, registry code)
    wilayats: Mapping[str, Sequence[tuple[str, int]]]  # governorate slug -> ((wilayat slug, id), ...)
    crafts: Mapping[str, int]  # craft code -> catalogue Category id

    def missing(self) -> list[str]:
        """What the generator needs and this reference lacks (empty when it is complete)."""
        missing = [f"governorate {slug}" for slug in GOVERNORATES if slug not in self.governorates]
        missing += [f"wilayats of {slug}" for slug in GOVERNORATES if not self.wilayats.get(slug)]
        missing += [f"craft {code}" for code in CRAFTS if code not in self.crafts]
        return missing


def load_reference() -> Reference:
    """Read the governorates, wilayats and crafts (reference data loaded by migrations) from the database."""
    from oscar.core.loading import get_model

    from artisans.models import Governorate, Wilayat

    Category = get_model("catalogue", "Category")
    governorates = {slug: (pk, code) for pk, slug, code in Governorate.objects.values_list("pk", "slug", "code")}
    slug_by_id = {pk: slug for slug, (pk, _code) in governorates.items()}
    wilayats: dict[str, list[tuple[str, int]]] = {}
    for pk, slug, governorate_id in Wilayat.objects.order_by("slug").values_list("pk", "slug", "governorate_id"):
        wilayats.setdefault(slug_by_id[governorate_id], []).append((slug, pk))
    crafts = dict(Category.objects.filter(depth=1).exclude(code=None).values_list("code", "id"))
    return Reference(governorates=governorates, wilayats=wilayats, crafts=crafts)


def largest_remainder(weights: Mapping[str, int], total: int) -> dict[str, int]:
    """Share `total` in proportion to integer `weights`, exactly: floors first, then one more each to the largest
    remainders (ties to the earlier key)."""
    weight_sum = sum(weights.values())
    shares, remainders = {}, []
    for index, (key, weight) in enumerate(weights.items()):
        shares[key], remainder = divmod(weight * total, weight_sum)
        remainders.append((-remainder, index, key))
    for _remainder, _index, key in sorted(remainders)[: total - sum(shares.values())]:
        shares[key] += 1
    return shares


def governorate_counts(n: int) -> dict[str, int]:
    """Artisans per governorate for a registry of `n`: the 2017 rows scaled exactly, pairs split evenly."""
    rows = largest_remainder(dict(REGISTRY_2017), n)
    counts = {}
    for slugs, count in rows.items():
        for position, slug in enumerate(slugs):
            counts[slug] = count // len(slugs) + (1 if position < count % len(slugs) else 0)
    return counts


def primary_craft_counts(n: int) -> dict[str, int]:
    return largest_remainder(PRIMARY_CRAFTS_2017, n)


def craft_table(n: int) -> dict[str, dict[str, int]]:
    """Artisans per governorate and primary craft: fitted to both totals from the affinities, rounded exactly."""
    rows, columns = governorate_counts(n), primary_craft_counts(n)
    table = {
        g: {c: float(GOVERNORATE_AFFINITY.get(c, {}).get(g, 1)) if rows[g] and columns[c] else 0.0 for c in CRAFTS}
        for g in GOVERNORATES
    }
    for _round in range(500):
        for g in GOVERNORATES:
            row_sum = sum(table[g].values())
            if row_sum:
                table[g] = {c: value * rows[g] / row_sum for c, value in table[g].items()}
        error = 0.0
        for c in CRAFTS:
            column_sum = sum(table[g][c] for g in GOVERNORATES)
            if column_sum:
                for g in GOVERNORATES:
                    table[g][c] *= columns[c] / column_sum
            error = max(error, abs(column_sum - columns[c]))
        if error < 1e-9:
            break
    # Round down, then add the missing units where the fractions were largest while both the row and the column
    # still lack some; whatever is left goes to any row and column that still lack it.
    counts = {g: {c: int(table[g][c]) for c in CRAFTS} for g in GOVERNORATES}
    row_short = {g: rows[g] - sum(counts[g].values()) for g in GOVERNORATES}
    column_short = {c: columns[c] - sum(counts[g][c] for g in GOVERNORATES) for c in CRAFTS}
    fractions = sorted(
        ((table[g][c] - counts[g][c], i, j, g, c) for i, g in enumerate(GOVERNORATES) for j, c in enumerate(CRAFTS)),
        key=lambda item: (-item[0], item[1], item[2]),
    )
    for _fraction, _i, _j, g, c in fractions:
        if row_short[g] > 0 and column_short[c] > 0:
            counts[g][c] += 1
            row_short[g] -= 1
            column_short[c] -= 1
    for g in GOVERNORATES:
        for c in CRAFTS:
            extra = min(row_short[g], column_short[c])
            if extra > 0:
                counts[g][c] += extra
                row_short[g] -= extra
                column_short[c] -= extra
    return counts


def registry_number(code: str, number: int) -> str:
    return f"{code}-{REGISTRY_YEAR}-{number:05d}"


def generate_registry(
    n: int = DEFAULT_ARTISANS, *, seed: int = DEFAULT_SEED, reference: Reference
) -> Iterator[ArtisanRecord]:
    """Yield `n` artisans, governorate by governorate (in the order of the 2017 table), numbered within each."""
    if n < 0:
        raise ValueError("n must not be negative")
    missing = reference.missing()
    if missing:
        raise ValueError("the reference data lacks " + ", ".join(missing))
    rng = random.Random(seed)
    table = craft_table(n)
    ages = [(youngest, oldest) for youngest, oldest, _weight in AGE_BANDS]
    age_weights = [weight for _youngest, _oldest, weight in AGE_BANDS]
    for governorate in GOVERNORATES:
        governorate_id, code = reference.governorates[governorate]
        wilayats = list(reference.wilayats[governorate])
        wilayat_weights = {
            craft: [
                (2 if slug in MAIN_TOWNS else 1) * WILAYAT_AFFINITY.get(craft, {}).get(slug, 1)
                for slug, _id in wilayats
            ]
            for craft in CRAFTS
        }
        families = FAMILIES_BY_GOVERNORATE[governorate]
        crafts = [craft for craft in CRAFTS for _ in range(table[governorate][craft])]
        rng.shuffle(crafts)
        for number, craft in enumerate(crafts, start=1):
            _slug, wilayat_id = rng.choices(wilayats, weights=wilayat_weights[craft])[0]
            craft_codes = {craft}
            if craft in COMPANION_CRAFT and rng.random() < COMPANION_SHARE:
                craft_codes.add(COMPANION_CRAFT[craft])
            woman = rng.random() < WOMEN_SHARE[craft]
            given_en, given_ar = rng.choice(WOMEN_NAMES if woman else MEN_NAMES)
            father_en, father_ar = rng.choice(MEN_NAMES)
            while father_en == given_en:
                father_en, father_ar = rng.choice(MEN_NAMES)
            family_en, family_ar = rng.choice(
                families if rng.random() < REGIONAL_FAMILY_SHARE else FAMILIES_ACROSS_OMAN
            )
            youngest, oldest = rng.choices(ages, weights=age_weights)[0]
            age = rng.randint(youngest, oldest)
            full_time = rng.random() < FULL_TIME_SHARE.get(craft, FULL_TIME_SHARE_OTHERS)
            yield ArtisanRecord(
                registry_number=registry_number(code, number),
                seller_type=Artisan.SellerType.ARTISAN.value,
                name_en=f"{given_en} {'bint' if woman else 'bin'} {father_en} {family_en}",
                name_ar=f"{given_ar} {'بنت' if woman else 'بن'} {father_ar} {family_ar}",
                gender=(Artisan.Gender.FEMALE if woman else Artisan.Gender.MALE).value,
                birth_year=REGISTRY_YEAR - age,
                governorate_id=governorate_id,
                wilayat_id=wilayat_id,
                craft_ids=frozenset(reference.crafts[c] for c in craft_codes),
                full_time=full_time,
                bio_en="",
                bio_ar="",
            )
