"""Demo content for Hirfa: the sellers, design deposits, item types and heritage stories of the demo catalogue.

Written for this project. The artisans, outlets, their bios and the product vocabulary are invented for the demo;
the facts they rest on (governorates, wilayats, crafts, materials, the Authority and its programmes, the registry
figures) come from shared/domain/oman-crafts.md or are widely known. Every text is written separately in Arabic
and English, not translated word for word.

This module is pure data: no Django, no functions. ``catalogue.demo.records`` turns it into import records.
"""

from typing import Any

# The eleven governorates: slug -> registry-number prefix and names.
GOVERNORATES: dict[str, dict[str, str]] = {
    "muscat": {"prefix": "MCT", "en": "Muscat", "ar": "مسقط"},
    "dhofar": {"prefix": "DHO", "en": "Dhofar", "ar": "ظفار"},
    "musandam": {"prefix": "MSN", "en": "Musandam", "ar": "مسندم"},
    "al_buraimi": {"prefix": "BUR", "en": "Al Buraimi", "ar": "البريمي"},
    "ad_dakhiliyah": {"prefix": "DAK", "en": "Ad Dakhiliyah", "ar": "الداخلية"},
    "north_batinah": {"prefix": "BAN", "en": "North Al Batinah", "ar": "شمال الباطنة"},
    "south_batinah": {"prefix": "BAS", "en": "South Al Batinah", "ar": "جنوب الباطنة"},
    "south_sharqiyah": {"prefix": "SHS", "en": "South Ash Sharqiyah", "ar": "جنوب الشرقية"},
    "north_sharqiyah": {"prefix": "SHN", "en": "North Ash Sharqiyah", "ar": "شمال الشرقية"},
    "ad_dhahirah": {"prefix": "DHA", "en": "Ad Dhahirah", "ar": "الظاهرة"},
    "al_wusta": {"prefix": "WUS", "en": "Al Wusta", "ar": "الوسطى"},
}

# Wilayats the demo sellers live in, spelled as in the domain file.
WILAYATS: dict[str, list[dict[str, str]]] = {
    "muscat": [
        {"en": "Muscat", "ar": "مسقط"},
        {"en": "Mutrah", "ar": "مطرح"},
        {"en": "Seeb", "ar": "السيب"},
        {"en": "Bawshar", "ar": "بوشر"},
        {"en": "Qurayyat", "ar": "قريات"},
        {"en": "Al Amarat", "ar": "العامرات"},
    ],
    "dhofar": [
        {"en": "Salalah", "ar": "صلالة"},
        {"en": "Mirbat", "ar": "مرباط"},
        {"en": "Taqah", "ar": "طاقة"},
        {"en": "Thumrait", "ar": "ثمريت"},
        {"en": "Sadah", "ar": "سدح"},
        {"en": "Rakhyut", "ar": "رخيوت"},
        {"en": "Dhalkut", "ar": "ضلكوت"},
    ],
    "musandam": [
        {"en": "Khasab", "ar": "خصب"},
        {"en": "Bukha", "ar": "بخا"},
        {"en": "Dibba", "ar": "دبا"},
        {"en": "Madha", "ar": "مدحاء"},
    ],
    "al_buraimi": [
        {"en": "Al Buraimi", "ar": "البريمي"},
        {"en": "Mahdah", "ar": "محضة"},
        {"en": "As Sunaynah", "ar": "السنينة"},
    ],
    "ad_dakhiliyah": [
        {"en": "Nizwa", "ar": "نزوى"},
        {"en": "Bahla", "ar": "بهلاء"},
        {"en": "Samail", "ar": "سمائل"},
        {"en": "Izki", "ar": "إزكي"},
        {"en": "Adam", "ar": "أدم"},
        {"en": "Al Hamra", "ar": "الحمراء"},
        {"en": "Al Jabal Al Akhdar", "ar": "الجبل الأخضر"},
        {"en": "Manah", "ar": "منح"},
        {"en": "Bidbid", "ar": "بدبد"},
    ],
    "north_batinah": [
        {"en": "Sohar", "ar": "صحار"},
        {"en": "Shinas", "ar": "شناص"},
        {"en": "Saham", "ar": "صحم"},
        {"en": "Al Khaburah", "ar": "الخابورة"},
        {"en": "Liwa", "ar": "لوى"},
        {"en": "As Suwaiq", "ar": "السويق"},
    ],
    "south_batinah": [
        {"en": "Rustaq", "ar": "الرستاق"},
        {"en": "Barka", "ar": "بركاء"},
        {"en": "Nakhal", "ar": "نخل"},
        {"en": "Al Awabi", "ar": "العوابي"},
        {"en": "Wadi Al Maawil", "ar": "وادي المعاول"},
        {"en": "Al Musannah", "ar": "المصنعة"},
    ],
    "south_sharqiyah": [
        {"en": "Sur", "ar": "صور"},
        {"en": "Jaalan Bani Bu Ali", "ar": "جعلان بني بو علي"},
        {"en": "Masirah", "ar": "مصيرة"},
        {"en": "Al Kamil Wal Wafi", "ar": "الكامل والوافي"},
        {"en": "Jaalan Bani Bu Hassan", "ar": "جعلان بني بو حسن"},
    ],
    "north_sharqiyah": [
        {"en": "Ibra", "ar": "إبراء"},
        {"en": "Al Mudaybi", "ar": "المضيبي"},
        {"en": "Bidiyah", "ar": "بدية"},
        {"en": "Al Qabil", "ar": "القابل"},
        {"en": "Wadi Bani Khalid", "ar": "وادي بني خالد"},
        {"en": "Dima Wa At Taiyyin", "ar": "دماء والطائيين"},
    ],
    "ad_dhahirah": [{"en": "Ibri", "ar": "عبري"}, {"en": "Yanqul", "ar": "ينقل"}, {"en": "Dhank", "ar": "ضنك"}],
    "al_wusta": [
        {"en": "Haima", "ar": "هيماء"},
        {"en": "Duqm", "ar": "الدقم"},
        {"en": "Mahout", "ar": "محوت"},
        {"en": "Al Jazer", "ar": "الجازر"},
    ],
}

# The ten craft families of the national registry.
CRAFTS: dict[str, dict[str, str]] = {
    "khanjars": {"en": "Khanjars", "ar": "الخناجر"},
    "silverwork": {"en": "Silverwork", "ar": "الفضيات"},
    "palm_frond": {"en": "Palm-frond work", "ar": "السعفيات"},
    "pottery": {"en": "Pottery", "ar": "الفخار"},
    "cotton_weaving": {"en": "Cotton weaving", "ar": "النسيج القطني"},
    "wool_weaving": {"en": "Wool weaving", "ar": "النسيج الصوفي"},
    "incense_cosmetics": {"en": "Incense and cosmetics", "ar": "البخور ومستحضرات التجميل"},
    "woodwork": {"en": "Woodwork", "ar": "الخشبيات"},
    "copperwork": {"en": "Copperwork", "ar": "النحاسيات"},
    "bone_coconut": {"en": "Bone and coconut-shell work", "ar": "منتجات العظام وقشرة النارجيل"},
}

# Materials a product can list.
MATERIALS: dict[str, dict[str, str]] = {
    "silver": {"en": "silver", "ar": "فضة"},
    "copper": {"en": "copper", "ar": "نحاس"},
    "wood": {"en": "wood", "ar": "خشب"},
    "sandalwood": {"en": "sandalwood", "ar": "خشب الصندل"},
    "palm_frond": {"en": "palm frond", "ar": "سعف"},
    "clay": {"en": "clay", "ar": "طين"},
    "cotton": {"en": "cotton", "ar": "قطن"},
    "wool": {"en": "wool", "ar": "صوف"},
    "camel_hair": {"en": "camel hair", "ar": "وبر الإبل"},
    "coconut_shell": {"en": "coconut shell", "ar": "قشرة النارجيل"},
    "bone": {"en": "bone", "ar": "عظم"},
    "gold_plated": {"en": "gold-plated", "ar": "مطلي بالذهب"},
    "frankincense": {"en": "frankincense", "ar": "لبان"},
    "oud": {"en": "oud", "ar": "عود"},
    "rose": {"en": "rose", "ar": "ورد"},
    "kohl_stone": {"en": "kohl stone", "ar": "حجر الكحل"},
}

# Title modifiers. "en" is a template around the rest of the title ({base}); "ar_m"/"ar_f" agree with a
# masculine or feminine Arabic noun. A "tail" modifier is a phrase placed after every adjective; "scale" nudges
# price and weight towards the low or high end; "govs" limits a modifier to makers from those governorates.
DESCRIPTORS: dict[str, dict[str, Any]] = {
    "traditional": {"en": "traditional {base}", "ar_m": "تقليدي", "ar_f": "تقليدية"},
    "modern": {"en": "modern {base}", "ar_m": "عصري", "ar_f": "عصرية"},
    "engraved": {"en": "engraved {base}", "ar_m": "منقوش", "ar_f": "منقوشة"},
    "carved": {"en": "carved {base}", "ar_m": "منحوت", "ar_f": "منحوتة"},
    "decorated": {"en": "decorated {base}", "ar_m": "مزخرف", "ar_f": "مزخرفة"},
    "small": {"en": "small {base}", "ar_m": "صغير", "ar_f": "صغيرة", "scale": "low"},
    "large": {"en": "large {base}", "ar_m": "كبير", "ar_f": "كبيرة", "scale": "high"},
    "wedding": {"en": "{base} for weddings", "ar_m": "للأعراس", "ar_f": "للأعراس", "tail": True},
    "bridal": {"en": "bridal {base}", "ar_m": "للعروس", "ar_f": "للعروس", "tail": True},
    "everyday": {"en": "everyday {base}", "ar_m": "للاستعمال اليومي", "ar_f": "للاستعمال اليومي", "tail": True},
    "antique_style": {
        "en": "antique-style {base}",
        "ar_m": "على الطراز القديم",
        "ar_f": "على الطراز القديم",
        "tail": True,
    },
    "mens": {"en": "men's {base}", "ar_m": "رجالي", "ar_f": "رجالية"},
    "womens": {"en": "women's {base}", "ar_m": "نسائي", "ar_f": "نسائية"},
    "childrens": {"en": "children's {base}", "ar_m": "للأطفال", "ar_f": "للأطفال", "tail": True, "scale": "low"},
    "simple": {"en": "simple {base}", "ar_m": "بسيط", "ar_f": "بسيطة"},
    "long": {"en": "long {base}", "ar_m": "طويل", "ar_f": "طويلة"},
    "with_bells": {"en": "{base} with bells", "ar_m": "بأجراس", "ar_f": "بأجراس", "tail": True},
    "hand_painted": {"en": "hand-painted {base}", "ar_m": "ملون يدويًا", "ar_f": "ملونة يدويًا"},
    "dhofari": {
        "en": "Dhofari-style {base}",
        "ar_m": "على الطراز الظفاري",
        "ar_f": "على الطراز الظفاري",
        "tail": True,
        "govs": ["dhofar"],
    },
    "pierced": {"en": "pierced {base}", "ar_m": "مخرم", "ar_f": "مخرمة"},
    "lidded": {"en": "lidded {base}", "ar_m": "بغطاء", "ar_f": "بغطاء", "tail": True},
    "round": {"en": "round {base}", "ar_m": "مستدير", "ar_f": "مستديرة"},
    "cone_shaped": {"en": "cone-shaped {base}", "ar_m": "مخروطي", "ar_f": "مخروطية"},
    "embroidered": {"en": "embroidered {base}", "ar_m": "مطرز", "ar_f": "مطرزة"},
    "fine_stitched": {"en": "fine-stitched {base}", "ar_m": "بغرز دقيقة", "ar_f": "بغرز دقيقة", "tail": True},
    "lightweight": {"en": "lightweight {base}", "ar_m": "خفيف", "ar_f": "خفيفة"},
    "warm": {"en": "warm {base}", "ar_m": "دافئ", "ar_f": "دافئة"},
    "with_border": {
        "en": "{base} with a coloured border",
        "ar_m": "بحاشية ملونة",
        "ar_f": "بحاشية ملونة",
        "tail": True,
    },
    "diamond": {"en": "diamond-pattern {base}", "ar_m": "بنقشة المعينات", "ar_f": "بنقشة المعينات", "tail": True},
    "with_tassels": {"en": "{base} with tassels", "ar_m": "بشراشيب", "ar_f": "بشراشيب", "tail": True},
    "premium": {"en": "premium {base}", "ar_m": "فاخر", "ar_f": "فاخرة", "scale": "high"},
    "large_tear": {
        "en": "large-tear {base}",
        "ar_m": "بحبات كبيرة",
        "ar_f": "بحبات كبيرة",
        "tail": True,
        "scale": "high",
    },
    "gift_boxed": {"en": "gift-boxed {base}", "ar_m": "في علبة هدية", "ar_f": "في علبة هدية", "tail": True},
    "concentrated": {"en": "concentrated {base}", "ar_m": "مركز", "ar_f": "مركزة", "scale": "high"},
    "pure": {"en": "pure {base}", "ar_m": "نقي", "ar_f": "نقية"},
    "this_season": {
        "en": "this season's {base}",
        "ar_m": "من قطفة هذا الموسم",
        "ar_f": "من قطفة هذا الموسم",
        "tail": True,
    },
    "large_bottle": {
        "en": "{base}, large bottle",
        "ar_m": "بعبوة كبيرة",
        "ar_f": "بعبوة كبيرة",
        "tail": True,
        "scale": "high",
    },
    "hand_ground": {"en": "hand-ground {base}", "ar_m": "مطحون يدويًا", "ar_f": "مطحونة يدويًا"},
    "brass_studded": {"en": "brass-studded {base}", "ar_m": "بمسامير نحاسية", "ar_f": "بمسامير نحاسية", "tail": True},
    "desk_size": {"en": "desk-size {base}", "ar_m": "للمكتب", "ar_f": "للمكتب", "tail": True, "scale": "low"},
    "double_leaf": {"en": "double-leaf {base}", "ar_m": "بمصراعين", "ar_f": "بمصراعين", "tail": True, "scale": "high"},
    "inlaid": {"en": "bone-inlaid {base}", "ar_m": "مطعم بالعظم", "ar_f": "مطعمة بالعظم"},
    "polished": {"en": "polished {base}", "ar_m": "مصقول", "ar_f": "مصقولة"},
    "beads_99": {"en": "{base} (99 beads)", "ar_m": "بتسع وتسعين حبة", "ar_f": "بتسع وتسعين حبة", "tail": True},
    "beads_33": {
        "en": "{base} (33 beads)",
        "ar_m": "بثلاث وثلاثين حبة",
        "ar_f": "بثلاث وثلاثين حبة",
        "tail": True,
        "scale": "low",
    },
    "souvenir": {"en": "souvenir {base}", "ar_m": "تذكاري", "ar_f": "تذكارية"},
}

# Colour modifiers for woven and plaited items, shaped like DESCRIPTORS.
COLOURS: dict[str, dict[str, Any]] = {
    "natural": {"en": "natural {base}", "ar_m": "بلونه الطبيعي", "ar_f": "بلونها الطبيعي", "tail": True},
    "coloured": {"en": "coloured {base}", "ar_m": "ملون", "ar_f": "ملونة"},
    "red_green": {"en": "red-and-green {base}", "ar_m": "بالأحمر والأخضر", "ar_f": "بالأحمر والأخضر", "tail": True},
    "purple_bands": {"en": "{base} with purple bands", "ar_m": "بخطوط بنفسجية", "ar_f": "بخطوط بنفسجية", "tail": True},
    "red": {"en": "red {base}", "ar_m": "أحمر", "ar_f": "حمراء"},
    "black": {"en": "black {base}", "ar_m": "أسود", "ar_f": "سوداء"},
    "white": {"en": "white {base}", "ar_m": "أبيض", "ar_f": "بيضاء"},
    "indigo": {"en": "indigo {base}", "ar_m": "نيلي", "ar_f": "نيلية"},
    "brown": {"en": "brown {base}", "ar_m": "بني", "ar_f": "بنية"},
    "striped": {"en": "striped {base}", "ar_m": "مقلم", "ar_f": "مقلمة"},
    "red_black": {"en": "red-and-black {base}", "ar_m": "بالأحمر والأسود", "ar_f": "بالأحمر والأسود", "tail": True},
    "undyed": {"en": "undyed {base}", "ar_m": "غير مصبوغ", "ar_f": "غير مصبوغة"},
}

# Item types with their bilingual vocabulary (en_terms/ar_terms are what buyers type). Each variant is one
# (craft, material) way of making the item: the Arabic title is ar_noun + ar_adj + modifiers + ar_tail, and
# ar_gender is the gender of ar_noun. price is whole rials (OMR) and grams the shipping weight, both ranges;
# stock is the usual range on hand. facts are description sentences, optionally only for one craft, material
# or set of governorates; a "care" fact is advice and never opens a description. A variant's
# exclude_modifiers are modifiers that contradict it; place_govs limits "<item> from <wilayat>" titles to
# sellers in those governorates.
ITEM_TYPES: dict[str, dict[str, Any]] = {
    "khanjar": {
        "code": "KHA",
        "en": "khanjar",
        "en_plural": "khanjars",
        "en_terms": ["khanjar", "Omani dagger", "khanjer", "khinjar", "khunjar", "kanjar"],
        "ar": "خنجر",
        "ar_plural": "خناجر",
        "ar_terms": ["خنجر", "خناجر"],
        "maker": "make",
        "stock": [1, 3],
        "variants": [
            {
                "craft": "khanjars",
                "material": "silver",
                "en": "silver khanjar",
                "ar_noun": "خنجر",
                "ar_adj": "فضي",
                "ar_tail": "",
                "ar_gender": "m",
                "price": [180, 650],
                "grams": [380, 750],
                "weight": 4,
            },
            {
                "craft": "khanjars",
                "material": "gold_plated",
                "en": "gold-plated khanjar",
                "ar_noun": "خنجر",
                "ar_adj": "",
                "ar_tail": "مطلي بالذهب",
                "ar_gender": "m",
                "price": [380, 950],
                "grams": [400, 780],
                "weight": 1,
                "extra_materials": ["silver"],
            },
        ],
        "descriptors": ["traditional", "engraved", "wedding", "antique_style", "decorated"],
        "colours": [],
        "facts": [
            {
                "en": (
                    "The curved sheath is worked in fine silver wire and sheet, and the hilt is carved first so the "
                    "silver fittings can be made to match it."
                ),
                "ar": (
                    "الغمد المعقوف مشغول بأسلاك الفضة الدقيقة وصفائحها، والمقبض يُنحت أولًا ثم تُصاغ القطع الفضية على "
                    "مقاسه."
                ),
            },
            {
                "en": (
                    "An Omani khanjar is worn at the centre of the waist on formal occasions, and a good one is handed "
                    "down from father to son."
                ),
                "ar": "يُلبس الخنجر العماني في وسط الخصر في المناسبات الرسمية، والجيد منه يتوارثه الأبناء عن الآباء.",
            },
            {
                "en": "Every band and ring on the sheath is soldered by hand, so no two khanjars are exactly alike.",
                "ar": "كل شريط وحلقة على الغمد يُلحم باليد، فلا يتطابق خنجران تمامًا.",
            },
        ],
    },
    "khanjar_belt": {
        "code": "BLT",
        "en": "khanjar belt",
        "en_plural": "khanjar belts",
        "en_terms": ["khanjar belt"],
        "ar": "حزام خنجر",
        "ar_plural": "أحزمة خناجر",
        "ar_terms": ["حزام خنجر", "أحزمة"],
        "maker": "make",
        "stock": [1, 6],
        "variants": [
            {
                "craft": "khanjars",
                "material": "silver",
                "en": "silver khanjar belt",
                "ar_noun": "حزام خنجر",
                "ar_adj": "فضي",
                "ar_tail": "",
                "ar_gender": "m",
                "price": [40, 120],
                "grams": [250, 600],
                "weight": 1,
            },
        ],
        "descriptors": ["traditional", "embroidered", "wedding", "modern", "decorated"],
        "colours": [],
        "facts": [
            {
                "en": (
                    "The belt is woven and embroidered with silver thread and finished with a silver buckle and "
                    "fittings made to carry a khanjar."
                ),
                "ar": "الحزام منسوج ومطرز بخيوط الفضة، وله إبزيم وقطع فضية صُممت لحمل الخنجر.",
            },
            {
                "en": "It fits most khanjars, and it can be made to size if you send your waist measurement.",
                "ar": "يناسب معظم الخناجر، ويمكن تفصيله على المقاس إذا أرسلت مقاس الخصر.",
                "care": True,
            },
            {
                "en": "A new belt is often bought on its own to refresh an inherited khanjar before a wedding.",
                "ar": "كثيرًا ما يُشترى الحزام وحده ليتجدد به خنجر موروث قبل العرس.",
            },
        ],
    },
    "ring": {
        "code": "RIN",
        "en": "ring",
        "en_plural": "rings",
        "en_terms": ["ring", "khatam"],
        "ar": "خاتم",
        "ar_plural": "خواتم",
        "ar_terms": ["خاتم", "خواتم"],
        "maker": "make",
        "stock": [1, 12],
        "variants": [
            {
                "craft": "silverwork",
                "material": "silver",
                "en": "silver ring",
                "ar_noun": "خاتم",
                "ar_adj": "فضي",
                "ar_tail": "",
                "ar_gender": "m",
                "price": [8, 35],
                "grams": [6, 25],
                "weight": 4,
            },
            {
                "craft": "silverwork",
                "material": "gold_plated",
                "en": "gold-plated ring",
                "ar_noun": "خاتم",
                "ar_adj": "",
                "ar_tail": "مطلي بالذهب",
                "ar_gender": "m",
                "price": [15, 45],
                "grams": [6, 25],
                "weight": 1,
            },
        ],
        "descriptors": ["traditional", "modern", "engraved", "decorated", "simple", "mens", "womens"],
        "colours": [],
        "facts": [
            {
                "en": "Shaped and finished by hand, then polished to a soft shine.",
                "ar": "مشكّل ومشطّب باليد، ثم مصقول حتى يلمع لمعانًا هادئًا.",
            },
            {
                "en": "The size can be adjusted; write the size you need in the order notes.",
                "ar": "يمكن تعديل المقاس، فاكتب المقاس المطلوب في ملاحظات الطلب.",
                "care": True,
            },
            {
                "en": "Rings were among the everyday pieces of Omani silver, worn by men and women alike.",
                "ar": "كانت الخواتم من أكثر قطع الفضة العمانية حضورًا في الحياة اليومية، يلبسها الرجال والنساء.",
            },
        ],
    },
    "bracelet": {
        "code": "BRC",
        "en": "bracelet",
        "en_plural": "bracelets",
        "en_terms": ["bracelet", "bangle", "siwar"],
        "ar": "سوار",
        "ar_plural": "أساور",
        "ar_terms": ["سوار", "أساور"],
        "maker": "make",
        "stock": [1, 10],
        "variants": [
            {
                "craft": "silverwork",
                "material": "silver",
                "en": "silver bracelet",
                "ar_noun": "سوار",
                "ar_adj": "فضي",
                "ar_tail": "",
                "ar_gender": "m",
                "price": [20, 95],
                "grams": [25, 140],
                "weight": 4,
            },
            {
                "craft": "silverwork",
                "material": "gold_plated",
                "en": "gold-plated bracelet",
                "ar_noun": "سوار",
                "ar_adj": "",
                "ar_tail": "مطلي بالذهب",
                "ar_gender": "m",
                "price": [35, 120],
                "grams": [25, 140],
                "weight": 1,
            },
        ],
        "descriptors": ["traditional", "modern", "engraved", "decorated", "simple", "bridal", "womens"],
        "colours": [],
        "facts": [
            {
                "en": "Omani bracelets are often worn in pairs, one on each wrist.",
                "ar": "كثيرًا ما تُلبس الأساور العمانية زوجًا، واحدًا في كل معصم.",
            },
            {
                "en": "The surface is decorated by hand with chasing and small granules of silver.",
                "ar": "سطحه مزخرف باليد بالطَّرق وبحبيبات فضية صغيرة.",
            },
            {
                "en": "It opens on a hinge and closes with a pin, so it slips on easily.",
                "ar": "ينفتح بمفصلة ويُغلق بمسمار، فيسهل لبسه.",
            },
        ],
    },
    "necklace": {
        "code": "NCK",
        "en": "necklace",
        "en_plural": "necklaces",
        "en_terms": ["necklace", "qilada"],
        "ar": "قلادة",
        "ar_plural": "قلائد",
        "ar_terms": ["قلادة", "قلائد"],
        "maker": "make",
        "stock": [1, 8],
        "variants": [
            {
                "craft": "silverwork",
                "material": "silver",
                "en": "silver necklace",
                "ar_noun": "قلادة",
                "ar_adj": "فضية",
                "ar_tail": "",
                "ar_gender": "f",
                "price": [30, 160],
                "grams": [30, 220],
                "weight": 4,
            },
            {
                "craft": "silverwork",
                "material": "gold_plated",
                "en": "gold-plated necklace",
                "ar_noun": "قلادة",
                "ar_adj": "",
                "ar_tail": "مطلية بالذهب",
                "ar_gender": "f",
                "price": [50, 200],
                "grams": [30, 220],
                "weight": 1,
            },
        ],
        "descriptors": ["traditional", "modern", "engraved", "decorated", "simple", "bridal", "long"],
        "colours": [],
        "facts": [
            {
                "en": (
                    "Old Omani necklaces were made for brides and passed down through families; this piece draws on "
                    "those forms."
                ),
                "ar": "كانت القلائد العمانية القديمة تُصنع للعرائس وتتوارثها الأسر، وهذه القطعة تستلهم أشكالها.",
            },
            {"en": "The clasp is made by hand to match the pendant.", "ar": "قفلها مصنوع يدويًا ليتناسق مع الدلاية."},
            {
                "en": "Every pendant is cut, shaped and soldered at the silversmith's bench.",
                "ar": "كل دلاية فيها تُقص وتُشكَّل وتُلحم على طاولة الصائغ.",
            },
        ],
    },
    "anklet": {
        "code": "ANK",
        "en": "anklet",
        "en_plural": "anklets",
        "en_terms": ["anklet", "khalkhal"],
        "ar": "خلخال",
        "ar_plural": "خلاخيل",
        "ar_terms": ["خلخال", "خلاخيل"],
        "maker": "make",
        "stock": [1, 8],
        "variants": [
            {
                "craft": "silverwork",
                "material": "silver",
                "en": "silver anklet",
                "ar_noun": "خلخال",
                "ar_adj": "فضي",
                "ar_tail": "",
                "ar_gender": "m",
                "price": [25, 90],
                "grams": [60, 250],
                "weight": 4,
            },
            {
                "craft": "silverwork",
                "material": "gold_plated",
                "en": "gold-plated anklet",
                "ar_noun": "خلخال",
                "ar_adj": "",
                "ar_tail": "مطلي بالذهب",
                "ar_gender": "m",
                "price": [40, 120],
                "grams": [60, 250],
                "weight": 1,
            },
        ],
        "descriptors": ["traditional", "decorated", "bridal", "with_bells", "engraved"],
        "colours": [],
        "facts": [
            {
                "en": "Anklets were part of an Omani bride's silver, and many still chime with small bells.",
                "ar": "كانت الخلاخيل من حلي العروس العمانية، وكثير منها ما زال يرنّ بأجراس صغيرة.",
            },
            {
                "en": "Sold singly; order two for a pair.",
                "ar": "يُباع الخلخال مفردًا، فاطلب اثنين إن أردت زوجًا.",
                "care": True,
            },
            {
                "en": "Heavy enough to sit well, with the edges smoothed so it does not catch on clothes.",
                "ar": "ثقيل بما يكفي ليستقر جيدًا، وحوافه ملساء حتى لا تعلق بالثياب.",
            },
        ],
    },
    "kohl_pot": {
        "code": "KPT",
        "en": "kohl pot",
        "en_plural": "kohl pots",
        "en_terms": ["kohl pot", "kohl container", "mukhula", "makhala"],
        "ar": "مكحلة",
        "ar_plural": "مكاحل",
        "ar_terms": ["مكحلة", "مكاحل"],
        "maker": "make",
        "stock": [1, 8],
        "variants": [
            {
                "craft": "silverwork",
                "material": "silver",
                "en": "silver kohl pot",
                "ar_noun": "مكحلة",
                "ar_adj": "فضية",
                "ar_tail": "",
                "ar_gender": "f",
                "price": [15, 70],
                "grams": [30, 120],
                "weight": 1,
            },
        ],
        "descriptors": ["engraved", "small", "traditional", "decorated"],
        "colours": [],
        "facts": [
            {
                "en": "A small silver pot for kohl, with the applicator fixed to it by a fine chain.",
                "ar": "مكحلة فضية صغيرة لحفظ الكحل، مرودها مربوط بها بسلسلة رفيعة.",
            },
            {
                "en": "Kohl pots like this sat on dressing tables and travelled in handbags for generations.",
                "ar": "ظلت مكاحل كهذه أجيالًا على طاولات الزينة وفي حقائب النساء.",
            },
            {"en": "The stopper fits tightly, so the powder stays dry.", "ar": "سدادتها محكمة فيبقى الكحل جافًا."},
        ],
    },
    "basket": {
        "code": "BSK",
        "en": "basket",
        "en_plural": "baskets",
        "en_terms": ["basket", "salla"],
        "ar": "سلة",
        "ar_plural": "سلال",
        "ar_terms": ["سلة", "سلال"],
        "maker": "make",
        "stock": [2, 25],
        "variants": [
            {
                "craft": "palm_frond",
                "material": "palm_frond",
                "en": "palm-frond basket",
                "ar_noun": "سلة سعف",
                "ar_adj": "",
                "ar_tail": "",
                "ar_gender": "f",
                "price": [3, 25],
                "grams": [120, 900],
                "weight": 1,
            },
        ],
        "descriptors": ["small", "large", "lidded", "everyday", "traditional"],
        "colours": ["natural", "coloured", "red_green", "purple_bands"],
        "facts": [
            {
                "en": "Plaited from strips of dried palm frond and sewn up from the base until it takes its shape.",
                "ar": "تُجدل من خوص النخيل المجفف، وتُخاط ضفائرها من القاعدة صعودًا حتى تأخذ شكلها.",
            },
            {
                "en": "Light and strong; Omani homes use baskets like this for dates, bread or sewing things.",
                "ar": "خفيفة ومتينة، وتستعمل البيوت العمانية مثلها للتمر أو الخبز أو أدوات الخياطة.",
            },
            {
                "en": "Keep it dry and out of strong sun, and it will last for years.",
                "ar": "احفظها جافة بعيدًا عن الشمس القوية، وستبقى معك سنوات.",
                "care": True,
            },
        ],
    },
    "mat": {
        "code": "MAT",
        "en": "mat",
        "en_plural": "mats",
        "en_terms": ["mat", "haseer"],
        "ar": "حصير",
        "ar_plural": "حصر",
        "ar_terms": ["حصير", "حصر"],
        "maker": "make",
        "stock": [1, 10],
        "variants": [
            {
                "craft": "palm_frond",
                "material": "palm_frond",
                "en": "palm-frond mat",
                "ar_noun": "حصير سعف",
                "ar_adj": "",
                "ar_tail": "",
                "ar_gender": "m",
                "price": [8, 40],
                "grams": [900, 3500],
                "weight": 1,
            },
        ],
        "descriptors": ["large", "round", "traditional", "small"],
        "colours": ["natural", "coloured", "red_green"],
        "facts": [
            {
                "en": "Long plaited bands of palm frond are sewn side by side to make the mat.",
                "ar": "يُصنع الحصير من ضفائر سعف طويلة تُخاط جنبًا إلى جنب.",
            },
            {
                "en": "Palm-frond mats are spread for meals, for prayer and for sitting in the shade.",
                "ar": "يُفرش حصير السعف للطعام والصلاة والجلوس في الظل.",
            },
            {
                "en": "It rolls up for storage and can be wiped clean with a damp cloth.",
                "ar": "يُطوى للتخزين، ويُنظف بمسحه بقطعة قماش مبللة.",
                "care": True,
            },
        ],
    },
    "food_cover": {
        "code": "FCV",
        "en": "food cover",
        "en_plural": "food covers",
        "en_terms": ["food cover", "mikabba", "makabba"],
        "ar": "مكبة",
        "ar_plural": "مكبات",
        "ar_terms": ["مكبة", "مكبات"],
        "maker": "make",
        "stock": [2, 20],
        "variants": [
            {
                "craft": "palm_frond",
                "material": "palm_frond",
                "en": "palm-frond food cover",
                "ar_noun": "مكبة سعف",
                "ar_adj": "",
                "ar_tail": "",
                "ar_gender": "f",
                "price": [4, 22],
                "grams": [150, 600],
                "weight": 1,
            },
        ],
        "descriptors": ["large", "small", "traditional", "cone_shaped"],
        "colours": ["coloured", "red_green", "natural", "purple_bands"],
        "facts": [
            {
                "en": "A dome-shaped cover that keeps flies and dust off the food, plaited in coils and sewn.",
                "ar": "غطاء على شكل قبة يحمي الطعام من الذباب والغبار، مجدول ضفائر ومخيط.",
            },
            {
                "en": "Beyond the table, colourful food covers are hung on walls as decoration.",
                "ar": "لا تقتصر المكبات الملونة على المائدة، فهي تُعلّق على الجدران زينةً أيضًا.",
            },
            {
                "en": "The handle on top of the cover is plaited from the same fronds.",
                "ar": "مقبض المكبة في أعلاها مجدول من الخوص نفسه.",
            },
        ],
    },
    "hand_fan": {
        "code": "FAN",
        "en": "hand fan",
        "en_plural": "hand fans",
        "en_terms": ["hand fan", "mahaffa"],
        "ar": "مهفة",
        "ar_plural": "مهاف",
        "ar_terms": ["مهفة", "مهاف"],
        "maker": "make",
        "stock": [5, 25],
        "variants": [
            {
                "craft": "palm_frond",
                "material": "palm_frond",
                "en": "palm-frond hand fan",
                "ar_noun": "مهفة سعف",
                "ar_adj": "",
                "ar_tail": "",
                "ar_gender": "f",
                "price": [2, 8],
                "grams": [40, 140],
                "weight": 1,
            },
        ],
        "descriptors": ["small", "traditional"],
        "colours": ["coloured", "natural", "red_green"],
        "facts": [
            {
                "en": "A palm-frond fan on a wooden handle, the kind that cooled Omani houses before electric fans.",
                "ar": "مهفة سعف بمقبض خشبي، من النوع الذي كان يلطّف حر البيوت العمانية قبل المراوح الكهربائية.",
            },
            {
                "en": "Light enough for a child to use, and a favourite small gift.",
                "ar": "خفيفة يستطيع الطفل استعمالها، وهي من الهدايا الصغيرة المحببة.",
            },
            {
                "en": "The edge is bound with a plaited rim, so it keeps its shape.",
                "ar": "حافتها ملفوفة بإطار مجدول، فتحافظ على شكلها.",
            },
        ],
    },
    "incense_burner": {
        "code": "INC",
        "en": "incense burner",
        "en_plural": "incense burners",
        "en_terms": ["incense burner", "censer", "mabkhara", "mijmar", "majmar"],
        "ar": "مبخرة",
        "ar_plural": "مباخر",
        "ar_terms": ["مبخرة", "مباخر", "مجمر"],
        "maker": "make",
        "stock": [2, 25],
        "variants": [
            {
                "craft": "pottery",
                "material": "clay",
                "en": "clay incense burner",
                "ar_noun": "مبخرة",
                "ar_adj": "فخارية",
                "ar_tail": "",
                "ar_gender": "f",
                "price": [3, 18],
                "grams": [250, 1200],
                "weight": 1,
            },
            {
                "craft": "copperwork",
                "material": "copper",
                "en": "copper incense burner",
                "ar_noun": "مبخرة",
                "ar_adj": "نحاسية",
                "ar_tail": "",
                "ar_gender": "f",
                "price": [8, 45],
                "grams": [300, 1100],
                "weight": 1,
            },
        ],
        "descriptors": ["small", "large", "traditional", "hand_painted", "dhofari", "pierced", "engraved"],
        "craft_descriptors": {
            "pottery": ["small", "large", "traditional", "hand_painted", "dhofari"],
            "copperwork": ["small", "large", "traditional", "pierced", "engraved"],
        },
        "colours": [],
        "facts": [
            {
                "en": "Thrown on the wheel, dried slowly in the shade and fired in a wood kiln.",
                "ar": "مشكّلة على الدولاب، ومجففة ببطء في الظل، ومحروقة في فرن يوقد بالحطب.",
                "craft": "pottery",
            },
            {
                "en": "Put a glowing piece of charcoal in the bowl and a little frankincense or bakhoor on top.",
                "ar": "ضع في وعائها جمرة ثم قليلًا من اللبان أو البخور فوقها.",
                "care": True,
            },
            {
                "en": "Clay burners grow warm in use; stand it on a tray or a stone, not on wood.",
                "ar": "تسخن المبخرة الفخارية أثناء الاستعمال، فضعها على صينية أو حجر لا على الخشب.",
                "craft": "pottery",
                "care": True,
            },
            {
                "en": "Hammered from copper sheet, with pierced sides that let the smoke out in thin threads.",
                "ar": "مصنوعة من صفائح النحاس بالطَّرق، وجوانبها مخرمة يخرج منها الدخان خيوطًا رفيعة.",
                "craft": "copperwork",
            },
            {
                "en": "It has a handle, so it can be passed round among guests as Omani hosts do.",
                "ar": "لها مقبض لتُدار على الضيوف كما جرت عادة المضيف العماني.",
                "craft": "copperwork",
            },
        ],
    },
    "water_jar": {
        "code": "JAR",
        "en": "water jar",
        "en_plural": "water jars",
        "en_terms": ["water jar", "jahla", "jahlah"],
        "ar": "جحلة",
        "ar_plural": "جحال",
        "ar_terms": ["جحلة", "جحال"],
        "maker": "make",
        "stock": [1, 10],
        "variants": [
            {
                "craft": "pottery",
                "material": "clay",
                "en": "clay water jar",
                "ar_noun": "جحلة",
                "ar_adj": "فخارية",
                "ar_tail": "",
                "ar_gender": "f",
                "price": [6, 30],
                "grams": [1500, 6000],
                "weight": 1,
            },
        ],
        "descriptors": ["large", "small", "traditional", "decorated"],
        "colours": [],
        "facts": [
            {
                "en": "The unglazed clay lets a little water seep out and evaporate, which keeps what is inside cool.",
                "ar": "يرشح الفخار غير المزجج قليلًا من الماء فيتبخر، فيبقى ما في الجحلة باردًا.",
            },
            {
                "en": "Soak it in water for a day before you first use it.",
                "ar": "انقعها في الماء يومًا كاملًا قبل أول استعمال.",
                "care": True,
            },
            {
                "en": "Jars like this once hung in the breeze in every Omani house.",
                "ar": "كانت جحال كهذه تُعلَّق في مجرى الهواء في كل بيت عماني.",
            },
        ],
    },
    "cooking_pot": {
        "code": "POT",
        "en": "cooking pot",
        "en_plural": "cooking pots",
        "en_terms": ["cooking pot", "burma"],
        "ar": "برمة",
        "ar_plural": "برم",
        "ar_terms": ["برمة", "برم"],
        "maker": "make",
        "stock": [1, 10],
        "variants": [
            {
                "craft": "pottery",
                "material": "clay",
                "en": "clay cooking pot",
                "ar_noun": "برمة",
                "ar_adj": "فخارية",
                "ar_tail": "",
                "ar_gender": "f",
                "price": [6, 25],
                "grams": [1200, 4000],
                "weight": 1,
            },
        ],
        "descriptors": ["large", "small", "traditional", "everyday"],
        "colours": [],
        "facts": [
            {
                "en": "A traditional clay pot for slow cooking over a low flame or on coals.",
                "ar": "برمة فخارية تقليدية للطبخ البطيء على نار هادئة أو على الجمر.",
            },
            {
                "en": "Before first use, soak it and then heat it gently with a little oil.",
                "ar": "قبل أول استعمال انقعها في الماء، ثم سخّنها بلطف مع قليل من الزيت.",
                "care": True,
            },
            {
                "en": "Food cooked in clay keeps its heat long after it leaves the fire.",
                "ar": "يحتفظ الطعام المطبوخ في الفخار بحرارته طويلًا بعد رفعه عن النار.",
            },
        ],
    },
    "vase": {
        "code": "VAS",
        "en": "vase",
        "en_plural": "vases",
        "en_terms": ["vase", "mazhariya"],
        "ar": "مزهرية",
        "ar_plural": "مزهريات",
        "ar_terms": ["مزهرية", "مزهريات"],
        "maker": "make",
        "stock": [1, 12],
        "variants": [
            {
                "craft": "pottery",
                "material": "clay",
                "en": "clay vase",
                "ar_noun": "مزهرية",
                "ar_adj": "فخارية",
                "ar_tail": "",
                "ar_gender": "f",
                "price": [5, 35],
                "grams": [400, 2500],
                "weight": 1,
            },
        ],
        "descriptors": ["small", "large", "modern", "decorated", "hand_painted"],
        "colours": [],
        "facts": [
            {
                "en": "Thrown on the wheel and fired without glaze, in the warm colour of the local clay.",
                "ar": "مشكّلة على الدولاب ومحروقة دون تزجيج، بلون الطين المحلي الدافئ.",
            },
            {
                "en": "Made for dried flowers and palm stems; for fresh flowers, stand a glass inside.",
                "ar": "تناسب الزهور المجففة وأغصان السعف، أما الزهور الطازجة فضع لها كأسًا زجاجية في داخلها.",
                "care": True,
            },
            {
                "en": "The small marks of the potter's fingers are part of the piece.",
                "ar": "آثار أصابع الفخاري الصغيرة جزء من جمال القطعة.",
            },
        ],
    },
    "shawl": {
        "code": "SHL",
        "en": "shawl",
        "en_plural": "shawls",
        "en_terms": ["shawl", "shal"],
        "ar": "شال",
        "ar_plural": "شالات",
        "ar_terms": ["شال", "شالات"],
        "maker": "make",
        "stock": [1, 12],
        "variants": [
            {
                "craft": "cotton_weaving",
                "material": "cotton",
                "en": "cotton shawl",
                "ar_noun": "شال",
                "ar_adj": "قطني",
                "ar_tail": "",
                "ar_gender": "m",
                "price": [15, 55],
                "grams": [150, 350],
                "weight": 1,
            },
            {
                "craft": "wool_weaving",
                "material": "wool",
                "en": "wool shawl",
                "ar_noun": "شال",
                "ar_adj": "صوفي",
                "ar_tail": "",
                "ar_gender": "m",
                "price": [25, 90],
                "grams": [250, 700],
                "weight": 1,
            },
        ],
        "descriptors": ["womens", "mens", "embroidered", "modern", "lightweight", "warm", "traditional"],
        "craft_descriptors": {
            "cotton_weaving": ["womens", "embroidered", "modern", "lightweight"],
            "wool_weaving": ["womens", "mens", "warm", "traditional"],
        },
        "colours": ["white", "indigo", "red", "striped", "black", "brown", "undyed"],
        "craft_colours": {
            "cotton_weaving": ["white", "indigo", "red", "striped"],
            "wool_weaving": ["black", "brown", "undyed", "striped"],
        },
        "facts": [
            {
                "en": "Woven on a hand loom from cotton yarn, with the ends finished in a hand-knotted fringe.",
                "ar": "منسوج على نول يدوي من خيوط القطن، وأطرافه منتهية بأهداب معقودة باليد.",
                "craft": "cotton_weaving",
            },
            {
                "en": "Light enough for a summer evening breeze.",
                "ar": "خفيف يناسب نسمات المساء في الصيف.",
                "craft": "cotton_weaving",
            },
            {
                "en": "Wash by hand in cold water and dry in the shade.",
                "ar": "يُغسل باليد بماء بارد ويُجفف في الظل.",
                "craft": "cotton_weaving",
                "care": True,
            },
            {
                "en": "Spun and woven on a hand loom from the wool of local sheep.",
                "ar": "مغزول ومنسوج على نول يدوي من صوف الأغنام المحلية.",
                "craft": "wool_weaving",
            },
            {
                "en": "Warm enough for winter nights in the mountains and the desert.",
                "ar": "دافئ يناسب ليالي الشتاء في الجبال والصحراء.",
                "craft": "wool_weaving",
            },
            {
                "en": "Wash gently by hand in cold water and dry it flat.",
                "ar": "يُغسل برفق باليد بماء بارد ويُجفف مبسوطًا.",
                "craft": "wool_weaving",
                "care": True,
            },
        ],
    },
    "kuma": {
        "code": "KUM",
        "en": "kuma",
        "en_plural": "kumas",
        "en_terms": ["kuma", "kumma", "kummah", "Omani cap"],
        "ar": "كمة",
        "ar_plural": "كمم",
        "ar_terms": ["كمة", "كمم"],
        "maker": "make",
        "stock": [1, 8],
        "variants": [
            {
                "craft": "cotton_weaving",
                "material": "cotton",
                "en": "cotton kuma",
                "ar_noun": "كمة",
                "ar_adj": "قطنية",
                "ar_tail": "",
                "ar_gender": "f",
                "price": [12, 60],
                "grams": [40, 90],
                "weight": 1,
            },
        ],
        "descriptors": ["embroidered", "childrens", "traditional", "fine_stitched", "modern"],
        "colours": ["white"],
        "facts": [
            {
                "en": (
                    "The Omani kuma is embroidered by hand in thousands of fine stitches, and a pattern can take weeks "
                    "to finish."
                ),
                "ar": "تُطرز الكمة العمانية يدويًا بآلاف الغرز الدقيقة، وقد يستغرق إكمال نقشتها أسابيع.",
            },
            {
                "en": "Men wear it with the dishdasha every day, and under the turban on formal occasions.",
                "ar": "يلبسها الرجال مع الدشداشة في أيامهم العادية، وتحت المصر في المناسبات الرسمية.",
            },
            {
                "en": "Give your head size in the order notes and it can be adjusted.",
                "ar": "اذكر مقاس الرأس في ملاحظات الطلب، ويمكن تعديلها عليه.",
                "care": True,
            },
        ],
    },
    "wizar": {
        "code": "WZR",
        "en": "wizar",
        "en_plural": "wizars",
        "en_terms": ["wizar", "izar", "wazar", "men's wrap"],
        "ar": "وزار",
        "ar_plural": "أوزرة",
        "ar_terms": ["وزار", "إزار", "أوزرة"],
        "maker": "make",
        "stock": [2, 12],
        "variants": [
            {
                "craft": "cotton_weaving",
                "material": "cotton",
                "en": "cotton wizar",
                "ar_noun": "وزار",
                "ar_adj": "قطني",
                "ar_tail": "",
                "ar_gender": "m",
                "price": [10, 45],
                "grams": [250, 550],
                "weight": 1,
            },
        ],
        "descriptors": ["traditional", "with_border", "everyday"],
        "colours": ["white", "striped"],
        "facts": [
            {
                "en": "A cotton wrap worn by men, woven with a coloured border along its edges.",
                "ar": "إزار قطني يلبسه الرجال، منسوج بحاشية ملونة على أطرافه.",
            },
            {
                "en": "Woven on a traditional loom; the cloth softens with every wash.",
                "ar": "منسوج على نول تقليدي، ويلين قماشه مع كل غسلة.",
            },
            {
                "en": "About two metres long, wrapped and tucked at the waist.",
                "ar": "طوله نحو مترين، يُلف حول الخصر ويُثبّت عنده.",
            },
        ],
    },
    "rug": {
        "code": "RUG",
        "en": "rug",
        "en_plural": "rugs",
        "en_terms": ["rug", "carpet", "sijjada"],
        "ar": "سجادة",
        "ar_plural": "سجاد",
        "ar_terms": ["سجادة", "سجاد", "بساط"],
        "maker": "make",
        "stock": [1, 3],
        "variants": [
            {
                "craft": "wool_weaving",
                "material": "wool",
                "en": "wool rug",
                "ar_noun": "سجادة",
                "ar_adj": "صوفية",
                "ar_tail": "",
                "ar_gender": "f",
                "price": [60, 450],
                "grams": [2500, 14000],
                "weight": 4,
                "extra_materials": ["camel_hair"],
            },
            {
                "craft": "wool_weaving",
                "material": "camel_hair",
                "en": "camel-hair rug",
                "ar_noun": "سجادة",
                "ar_adj": "",
                "ar_tail": "من وبر الإبل",
                "ar_gender": "f",
                "price": [90, 450],
                "grams": [2500, 12000],
                "weight": 1,
            },
        ],
        "descriptors": ["large", "small", "traditional", "diamond"],
        "colours": ["red", "red_black", "striped", "undyed", "black"],
        "facts": [
            {
                "en": (
                    "Woven on a ground loom from hand-spun yarn, in the stripes and small geometric motifs of Omani "
                    "weaving."
                ),
                "ar": (
                    "منسوجة على نول أرضي من خيوط مغزولة يدويًا، بالخطوط والنقوش الهندسية الصغيرة التي تميز النسيج "
                    "العماني."
                ),
            },
            {"en": "Heavy and hard-wearing, made to be walked on.", "ar": "ثقيلة ومتينة، صُنعت لتُفرش ويُمشى عليها."},
            {
                "en": "Shake it out and air it in the shade; do not machine-wash it.",
                "ar": "انفضها وعرّضها للهواء في الظل، ولا تغسلها في الغسالة.",
                "care": True,
            },
        ],
    },
    "saddle_bag": {
        "code": "SDB",
        "en": "saddle bag",
        "en_plural": "saddle bags",
        "en_terms": ["saddle bag", "khurj"],
        "ar": "خرج",
        "ar_plural": "خروج",
        "ar_terms": ["خرج", "خروج"],
        "maker": "make",
        "stock": [1, 4],
        "variants": [
            {
                "craft": "wool_weaving",
                "material": "wool",
                "en": "wool saddle bag",
                "ar_noun": "خرج",
                "ar_adj": "صوفي",
                "ar_tail": "",
                "ar_gender": "m",
                "price": [35, 150],
                "grams": [800, 3000],
                "weight": 1,
                "extra_materials": ["camel_hair"],
            },
            {
                "craft": "wool_weaving",
                "material": "camel_hair",
                "en": "camel-hair saddle bag",
                "ar_noun": "خرج",
                "ar_adj": "",
                "ar_tail": "من وبر الإبل",
                "ar_gender": "m",
                "price": [45, 180],
                "grams": [800, 3000],
                "weight": 1,
            },
        ],
        "descriptors": ["traditional", "with_tassels", "large"],
        "colours": ["undyed", "striped", "red"],
        "facts": [
            {
                "en": (
                    "A double bag woven to hang across a camel saddle, now just as often hung on a wall or used as a "
                    "cushion cover."
                ),
                "ar": (
                    "خرج مزدوج يُنسج ليتدلى على جانبي سرج الناقة، ويُعلَّق اليوم كثيرًا على الجدار أو يُستعمل غطاءً لوسادة."
                ),
            },
            {"en": "The cords are twisted by hand from the same yarn.", "ar": "حباله مفتولة باليد من الخيط نفسه."},
            {"en": "Strong enough to carry a real load.", "ar": "متين يحتمل الأحمال فعلًا."},
        ],
    },
    "frankincense": {
        "code": "FRK",
        "en": "frankincense",
        "en_plural": "frankincense",
        "en_terms": ["frankincense", "luban", "loban", "olibanum", "hojari"],
        "ar": "لبان",
        "ar_plural": "لبان",
        "ar_terms": ["لبان", "لبان حوجري"],
        "maker": "sort",
        "stock": [5, 25],
        "place_govs": ["dhofar"],
        "variants": [
            {
                "craft": "incense_cosmetics",
                "material": "frankincense",
                "en": "Hojari frankincense",
                "ar_noun": "لبان",
                "ar_adj": "حوجري",
                "ar_tail": "",
                "ar_gender": "m",
                "price": [6, 35],
                "grams": [100, 1000],
                "weight": 3,
                "exclude_modifiers": ["everyday"],
            },
            {
                "craft": "incense_cosmetics",
                "material": "frankincense",
                "en": "frankincense",
                "ar_noun": "لبان",
                "ar_adj": "",
                "ar_tail": "",
                "ar_gender": "m",
                "price": [2, 15],
                "grams": [100, 1000],
                "weight": 2,
            },
        ],
        "descriptors": ["premium", "large_tear", "gift_boxed", "everyday"],
        "colours": [],
        "facts": [
            {
                "en": (
                    "Frankincense is the dried resin of the Boswellia sacra tree, which grows on the hills and plateau "
                    "of Dhofar."
                ),
                "ar": "اللبان صمغ مجفف من شجرة اللبان (بوسويليا ساكرا) التي تنمو في جبال ظفار ونجدها.",
            },
            {
                "en": (
                    "Burn a few tears on charcoal, or soak them in water overnight for the drink many Omanis take in "
                    "the morning."
                ),
                "ar": (
                    "تُحرق بضع حبات منه على الجمر، أو تُنقع في الماء ليلةً ليُشرب ماؤها كما يفعل كثير من العمانيين في "
                    "الصباح."
                ),
                "care": True,
            },
            {
                "en": "The tears are sorted by hand: the paler and clearer they are, the higher the grade.",
                "ar": "تُفرز الحبات باليد، وكلما كانت أفتح لونًا وأصفى كانت درجتها أعلى.",
            },
        ],
    },
    "bakhoor": {
        "code": "BKH",
        "en": "bakhoor",
        "en_plural": "bakhoor",
        "en_terms": ["bakhoor", "bukhoor", "bakhour", "bakhur"],
        "ar": "بخور",
        "ar_plural": "بخور",
        "ar_terms": ["بخور"],
        "maker": "prepare",
        "stock": [5, 25],
        "variants": [
            {
                "craft": "incense_cosmetics",
                "material": "oud",
                "en": "oud bakhoor",
                "ar_noun": "بخور عود",
                "ar_adj": "",
                "ar_tail": "",
                "ar_gender": "m",
                "price": [4, 30],
                "grams": [50, 300],
                "weight": 2,
                "extra_materials": ["sandalwood"],
            },
            {
                "craft": "incense_cosmetics",
                "material": "sandalwood",
                "en": "sandalwood bakhoor",
                "ar_noun": "بخور صندل",
                "ar_adj": "",
                "ar_tail": "",
                "ar_gender": "m",
                "price": [3, 20],
                "grams": [50, 300],
                "weight": 1,
            },
        ],
        "descriptors": ["premium", "gift_boxed", "wedding", "everyday"],
        "colours": [],
        "facts": [
            {
                "en": "Chips of fragrant wood soaked in perfume oils, sugar and musk, cooked and left to mature.",
                "ar": "رقائق من الخشب العطري تُنقع في الدهون العطرية والسكر والمسك، ثم تُطبخ وتُترك لتتعتق.",
            },
            {
                "en": (
                    "Burn a small piece on charcoal to scent the house, clothes and hair, as Omani homes do before "
                    "guests arrive."
                ),
                "ar": (
                    "احرق قطعة صغيرة على الجمر لتعطير البيت والثياب والشعر، كما تفعل البيوت العمانية قبل قدوم الضيوف."
                ),
                "care": True,
            },
            {
                "en": "Packed in a sealed tin so it stays moist.",
                "ar": "معبأ في علبة محكمة الإغلاق حتى يحتفظ برطوبته.",
                "care": True,
            },
        ],
    },
    "perfume_oil": {
        "code": "OIL",
        "en": "perfume oil",
        "en_plural": "perfume oils",
        "en_terms": ["perfume oil", "attar", "oud oil"],
        "ar": "دهن عطر",
        "ar_plural": "دهون عطرية",
        "ar_terms": ["دهن عطر", "عطر", "دهن العود"],
        "maker": "prepare",
        "stock": [3, 20],
        "variants": [
            {
                "craft": "incense_cosmetics",
                "material": "oud",
                "en": "oud perfume oil",
                "ar_noun": "دهن عود",
                "ar_adj": "",
                "ar_tail": "",
                "ar_gender": "m",
                "price": [15, 80],
                "grams": [30, 150],
                "weight": 3,
            },
            {
                "craft": "incense_cosmetics",
                "material": "rose",
                "en": "rose perfume oil",
                "ar_noun": "دهن ورد",
                "ar_adj": "",
                "ar_tail": "",
                "ar_gender": "m",
                "price": [8, 60],
                "grams": [30, 150],
                "weight": 2,
            },
        ],
        "descriptors": ["premium", "concentrated", "gift_boxed", "wedding"],
        "colours": [],
        "facts": [
            {
                "en": "Oud oil is concentrated and long-lasting; one drop on the wrist is enough.",
                "ar": "دهن العود مركز وثابت، وتكفي منه قطرة على المعصم.",
                "material": "oud",
            },
            {
                "en": "Rose oil is made in very small quantities; one drop on the wrist is enough.",
                "ar": "يُستخلص دهن الورد بكميات قليلة جدًا، وتكفي منه قطرة على المعصم.",
                "material": "rose",
            },
            {
                "en": "Blended by hand and aged in glass before bottling.",
                "ar": "ممزوج باليد ومعتّق في الزجاج قبل تعبئته.",
            },
            {
                "en": "Perfume oils count as dangerous goods for air couriers, so shipping abroad can take longer.",
                "ar": "تُصنف دهون العطر بضائع خطرة في الشحن الجوي، لذا قد يستغرق شحنها إلى الخارج وقتًا أطول.",
                "care": True,
            },
        ],
    },
    "rosewater": {
        "code": "RSW",
        "en": "rosewater",
        "en_plural": "rosewater",
        "en_terms": ["rosewater", "rose water"],
        "ar": "ماء الورد",
        "ar_plural": "ماء الورد",
        "ar_terms": ["ماء الورد", "ماء ورد"],
        "maker": "distil",
        "stock": [5, 25],
        "variants": [
            {
                "craft": "incense_cosmetics",
                "material": "rose",
                "en": "rosewater",
                "ar_noun": "ماء ورد",
                "ar_adj": "",
                "ar_tail": "",
                "ar_gender": "m",
                "price": [2, 10],
                "grams": [300, 1200],
                "weight": 1,
            },
        ],
        "descriptors": ["pure", "this_season", "large_bottle", "gift_boxed"],
        "colours": [],
        "facts": [
            {
                "en": "Distilled from Damask roses picked on Al Jabal Al Akhdar, where the harvest comes in spring.",
                "ar": "مقطّر من الورد الدمشقي المقطوف في الجبل الأخضر، حيث يحين القطاف في الربيع.",
            },
            {
                "en": "Used in Omani coffee, in halwa and sweets, and sprinkled on guests as a welcome.",
                "ar": "يُضاف إلى القهوة العمانية والحلوى، ويُرش على الضيوف ترحيبًا بهم.",
            },
            {
                "en": "Keep it somewhere cool and out of the light.",
                "ar": "يُحفظ في مكان بارد بعيدًا عن الضوء.",
                "care": True,
            },
        ],
    },
    "kohl": {
        "code": "KHL",
        "en": "kohl",
        "en_plural": "kohl",
        "en_terms": ["kohl", "kuhl"],
        "ar": "كحل",
        "ar_plural": "كحل",
        "ar_terms": ["كحل"],
        "maker": "prepare",
        "stock": [5, 25],
        "variants": [
            {
                "craft": "incense_cosmetics",
                "material": "kohl_stone",
                "en": "kohl",
                "ar_noun": "كحل",
                "ar_adj": "",
                "ar_tail": "",
                "ar_gender": "m",
                "price": [2, 9],
                "grams": [15, 60],
                "weight": 1,
            },
        ],
        "descriptors": ["traditional", "hand_ground", "gift_boxed"],
        "colours": [],
        "facts": [
            {
                "en": "Ground by hand from kohl stone and sifted fine.",
                "ar": "مطحون يدويًا من حجر الكحل ومنخول حتى النعومة.",
            },
            {
                "en": "Omani women and men have worn kohl for generations.",
                "ar": "تكحّلت به العمانيات والعمانيون جيلًا بعد جيل.",
            },
            {
                "en": "Comes in a small jar; use it with a clean applicator.",
                "ar": "يأتي في علبة صغيرة، ويُستعمل بمرود نظيف.",
                "care": True,
            },
        ],
    },
    "mandoos": {
        "code": "MND",
        "en": "mandoos",
        "en_plural": "mandoos chests",
        "en_terms": ["mandoos", "mandous", "mandus", "wooden chest"],
        "ar": "مندوس",
        "ar_plural": "مناديس",
        "ar_terms": ["مندوس", "مناديس"],
        "maker": "make",
        "stock": [1, 3],
        "variants": [
            {
                "craft": "woodwork",
                "material": "wood",
                "en": "wooden mandoos",
                "ar_noun": "مندوس",
                "ar_adj": "خشبي",
                "ar_tail": "",
                "ar_gender": "m",
                "price": [90, 600],
                "grams": [3000, 25000],
                "weight": 3,
            },
            {
                "craft": "woodwork",
                "material": "sandalwood",
                "en": "sandalwood mandoos",
                "ar_noun": "مندوس",
                "ar_adj": "",
                "ar_tail": "من خشب الصندل",
                "ar_gender": "m",
                "price": [90, 300],
                "grams": [1500, 8000],
                "weight": 1,
            },
        ],
        "descriptors": ["traditional", "small", "large", "brass_studded", "bridal"],
        "colours": [],
        "facts": [
            {
                "en": "A wooden chest for clothes, jewellery and perfume, once part of every Omani bride's furniture.",
                "ar": "صندوق خشبي لحفظ الثياب والحلي والعطور، وكان من أثاث كل عروس عمانية.",
            },
            {
                "en": "Decorated with brass studs and plates hammered into the wood by hand.",
                "ar": "مزيّن بمسامير وصفائح نحاسية تُدق في الخشب باليد.",
            },
            {
                "en": "The lid closes with a hasp that takes a small padlock.",
                "ar": "يُغلق غطاؤه بمزلاج يمكن أن يُقفل بقفل صغير.",
            },
        ],
    },
    "dhow_model": {
        "code": "DHW",
        "en": "dhow model",
        "en_plural": "dhow models",
        "en_terms": ["dhow", "dhow model", "boat model"],
        "ar": "نموذج سفينة",
        "ar_plural": "نماذج سفن",
        "ar_terms": ["سفينة", "نموذج سفينة", "سفن"],
        "maker": "make",
        "stock": [1, 4],
        "variants": [
            {
                "craft": "woodwork",
                "material": "wood",
                "en": "wooden dhow model",
                "ar_noun": "نموذج سفينة",
                "ar_adj": "خشبي",
                "ar_tail": "",
                "ar_gender": "m",
                "price": [25, 300],
                "grams": [400, 6000],
                "weight": 3,
            },
            {
                "craft": "woodwork",
                "material": "wood",
                "en": "ghanjah dhow model",
                "ar_noun": "نموذج غنجة",
                "ar_adj": "خشبي",
                "ar_tail": "",
                "ar_gender": "m",
                "price": [80, 300],
                "grams": [1500, 6000],
                "weight": 2,
                "govs": ["south_sharqiyah"],
            },
            {
                "craft": "woodwork",
                "material": "wood",
                "en": "sambuk dhow model",
                "ar_noun": "نموذج سنبوك",
                "ar_adj": "خشبي",
                "ar_tail": "",
                "ar_gender": "m",
                "price": [60, 260],
                "grams": [1200, 5000],
                "weight": 1,
                "govs": ["south_sharqiyah"],
            },
            {
                "craft": "woodwork",
                "material": "wood",
                "en": "fishing boat model",
                "ar_noun": "نموذج قارب صيد",
                "ar_adj": "خشبي",
                "ar_tail": "",
                "ar_gender": "m",
                "price": [25, 120],
                "grams": [400, 2500],
                "weight": 2,
                "govs": ["musandam", "al_wusta"],
            },
        ],
        "descriptors": ["small", "large", "traditional", "desk_size"],
        "colours": [],
        "facts": [
            {
                "en": "Built plank by plank over a frame of ribs, the way full-size wooden boats are built.",
                "ar": "مبني لوحًا لوحًا على هيكل من الأضلاع، كما تُبنى السفن الخشبية الكبيرة.",
            },
            {
                "en": "The rigging is tied with hand-twisted cord and the hull is finished in oil.",
                "ar": "حباله مربوطة بخيوط مفتولة باليد، وبدنه مدهون بالزيت.",
            },
            {
                "en": "Sur's shipwrights built ocean-going dhows for trade across the Indian Ocean.",
                "ar": "بنى صنّاع السفن في صور سفنًا خشبية أبحرت للتجارة عبر المحيط الهندي.",
                "govs": ["south_sharqiyah"],
            },
        ],
    },
    "carved_door": {
        "code": "DOR",
        "en": "carved door",
        "en_plural": "carved doors",
        "en_terms": ["carved door"],
        "ar": "باب منقوش",
        "ar_plural": "أبواب منقوشة",
        "ar_terms": ["باب منقوش", "أبواب"],
        "maker": "make",
        "stock": [1, 2],
        "variants": [
            {
                "craft": "woodwork",
                "material": "wood",
                "en": "carved wooden door",
                "ar_noun": "باب",
                "ar_adj": "خشبي منقوش",
                "ar_tail": "",
                "ar_gender": "m",
                "price": [450, 2400],
                "grams": [30000, 95000],
                "weight": 1,
            },
        ],
        "descriptors": ["traditional", "large", "double_leaf", "antique_style"],
        "colours": [],
        "facts": [
            {
                "en": "Carved by hand with rosettes and borders in the style of the doors of old Omani houses.",
                "ar": "منقوش يدويًا بالوردات والأطر على طراز أبواب البيوت العمانية القديمة.",
            },
            {
                "en": "Made to order: the maker confirms the size and the time it will take before starting.",
                "ar": "يُصنع حسب الطلب، ويؤكد صانعه المقاس ومدة التنفيذ قبل البدء.",
                "care": True,
            },
            {
                "en": "Delivery is arranged separately because of its size and weight.",
                "ar": "يُرتب توصيله على حدة بسبب حجمه ووزنه.",
                "care": True,
            },
        ],
    },
    "tray": {
        "code": "TRY",
        "en": "tray",
        "en_plural": "trays",
        "en_terms": ["tray", "sinniya"],
        "ar": "صينية",
        "ar_plural": "صواني",
        "ar_terms": ["صينية", "صواني"],
        "maker": "make",
        "stock": [1, 10],
        "variants": [
            {
                "craft": "woodwork",
                "material": "wood",
                "en": "wooden tray",
                "ar_noun": "صينية",
                "ar_adj": "خشبية",
                "ar_tail": "",
                "ar_gender": "f",
                "price": [8, 60],
                "grams": [500, 2500],
                "weight": 1,
            },
            {
                "craft": "copperwork",
                "material": "copper",
                "en": "copper tray",
                "ar_noun": "صينية",
                "ar_adj": "نحاسية",
                "ar_tail": "",
                "ar_gender": "f",
                "price": [12, 90],
                "grams": [400, 2200],
                "weight": 1,
            },
        ],
        "descriptors": ["carved", "small", "large", "inlaid", "engraved", "traditional"],
        "craft_descriptors": {
            "woodwork": ["carved", "small", "large", "inlaid"],
            "copperwork": ["engraved", "small", "large", "traditional"],
        },
        "colours": [],
        "facts": [
            {
                "en": "Carved from a single piece of wood and oiled to bring out the grain.",
                "ar": "منحوتة من قطعة خشب واحدة ومدهونة بالزيت لتظهر عروقها.",
                "craft": "woodwork",
            },
            {
                "en": "Use it to serve dates and coffee, or as a centrepiece on the table.",
                "ar": "تصلح لتقديم التمر والقهوة، أو قطعةَ زينة في وسط الطاولة.",
                "craft": "woodwork",
            },
            {
                "en": "Wipe it clean; do not soak it.",
                "ar": "امسحها بقطعة قماش ولا تنقعها في الماء.",
                "craft": "woodwork",
                "care": True,
            },
            {
                "en": "Hammered from copper sheet, with a border chased by hand.",
                "ar": "مطروقة من صفيحة نحاس، وحافتها منقوشة باليد.",
                "craft": "copperwork",
            },
            {
                "en": "A tray for serving coffee and dates to guests, as Omani hospitality asks.",
                "ar": "صينية لتقديم القهوة والتمر للضيوف كما تقتضي الضيافة العمانية.",
                "craft": "copperwork",
            },
            {
                "en": "Copper darkens with time; polish it with lemon and salt if you like it bright.",
                "ar": "يغمق النحاس مع الوقت، فلمّعه بالليمون والملح إن أردته لامعًا.",
                "craft": "copperwork",
                "care": True,
            },
        ],
    },
    "dallah": {
        "code": "DAL",
        "en": "dallah",
        "en_plural": "dallahs",
        "en_terms": ["dallah", "dalla", "coffee pot"],
        "ar": "دلة",
        "ar_plural": "دلال",
        "ar_terms": ["دلة", "دلال"],
        "maker": "make",
        "stock": [1, 8],
        "variants": [
            {
                "craft": "copperwork",
                "material": "copper",
                "en": "copper dallah",
                "ar_noun": "دلة",
                "ar_adj": "نحاسية",
                "ar_tail": "",
                "ar_gender": "f",
                "price": [20, 140],
                "grams": [500, 1800],
                "weight": 1,
            },
        ],
        "descriptors": ["traditional", "engraved", "small", "large"],
        "colours": [],
        "facts": [
            {
                "en": (
                    "The Omani dallah, with its tall curved spout, is raised by hammering and tinned inside for coffee."
                ),
                "ar": "تُرفع الدلة العمانية بمنقارها الطويل المنحني بالطَّرق، وتُبطّن بالقصدير لتصلح للقهوة.",
            },
            {
                "en": "Omani coffee is poured into small cups, and the host begins with the guest on the right.",
                "ar": "تُصب القهوة العمانية في فناجين صغيرة، ويبدأ المضيف بالضيف الذي على يمينه.",
            },
            {
                "en": "It can go on the stove or stand as a centrepiece.",
                "ar": "يمكن وضعها على النار أو الاحتفاظ بها قطعة زينة.",
                "care": True,
            },
        ],
    },
    "prayer_beads": {
        "code": "MSB",
        "en": "prayer beads",
        "en_plural": "prayer beads",
        "en_terms": ["prayer beads", "misbaha", "masbaha", "subha", "rosary"],
        "ar": "مسبحة",
        "ar_plural": "مسابح",
        "ar_terms": ["مسبحة", "مسابح"],
        "maker": "make",
        "stock": [2, 20],
        "variants": [
            {
                "craft": "bone_coconut",
                "material": "bone",
                "en": "bone prayer beads",
                "ar_noun": "مسبحة",
                "ar_adj": "",
                "ar_tail": "من العظم",
                "ar_gender": "f",
                "price": [6, 40],
                "grams": [20, 90],
                "weight": 2,
            },
            {
                "craft": "bone_coconut",
                "material": "coconut_shell",
                "en": "coconut-shell prayer beads",
                "ar_noun": "مسبحة",
                "ar_adj": "",
                "ar_tail": "من قشرة النارجيل",
                "ar_gender": "f",
                "price": [5, 30],
                "grams": [20, 90],
                "weight": 3,
            },
        ],
        "descriptors": ["small", "polished", "beads_99", "beads_33", "traditional"],
        "colours": [],
        "facts": [
            {
                "en": (
                    "Every bead is cut, drilled and rounded by hand, then strung on strong cord finished with a tassel."
                ),
                "ar": "كل حبة تُقطع وتُثقب وتُدوَّر باليد، ثم تُنظم على خيط متين ينتهي بشرابة.",
            },
            {
                "en": "Bone and coconut-shell designs are among the crafts the Authority documents and protects.",
                "ar": "تصاميم العظم وقشرة النارجيل من الحرف التي توثقها الهيئة وتحميها.",
            },
            {"en": "Light in the hand and warm to the touch.", "ar": "خفيفة في اليد ودافئة الملمس."},
        ],
    },
    "keyring": {
        "code": "KEY",
        "en": "keyring",
        "en_plural": "keyrings",
        "en_terms": ["keyring", "medallion"],
        "ar": "ميدالية",
        "ar_plural": "ميداليات",
        "ar_terms": ["ميدالية", "ميداليات"],
        "maker": "make",
        "stock": [5, 25],
        "variants": [
            {
                "craft": "bone_coconut",
                "material": "bone",
                "en": "bone keyring",
                "ar_noun": "ميدالية",
                "ar_adj": "",
                "ar_tail": "من العظم",
                "ar_gender": "f",
                "price": [2, 8],
                "grams": [10, 40],
                "weight": 1,
            },
            {
                "craft": "bone_coconut",
                "material": "coconut_shell",
                "en": "coconut-shell keyring",
                "ar_noun": "ميدالية",
                "ar_adj": "",
                "ar_tail": "من قشرة النارجيل",
                "ar_gender": "f",
                "price": [2, 8],
                "grams": [10, 40],
                "weight": 1,
            },
        ],
        "descriptors": ["carved", "small", "souvenir", "engraved"],
        "colours": [],
        "facts": [
            {
                "en": "Cut and carved by hand, with a steel key ring attached.",
                "ar": "مقطوعة ومنحوتة يدويًا، ومعها حلقة معدنية للمفاتيح.",
            },
            {"en": "A small souvenir that travels well.", "ar": "تذكار صغير يسهل حمله في السفر."},
            {
                "en": "Coconut shell and bone were worked in Omani crafts long before plastic.",
                "ar": "استُعملت قشرة النارجيل والعظم في الحرف العمانية قبل البلاستيك بزمن طويل.",
            },
        ],
    },
}

# How many demo products there are of each (item, craft).
PRODUCT_PLAN: list[dict[str, Any]] = [
    {"item": "khanjar", "craft": "khanjars", "count": 15},
    {"item": "khanjar_belt", "craft": "khanjars", "count": 9},
    {"item": "ring", "craft": "silverwork", "count": 12},
    {"item": "bracelet", "craft": "silverwork", "count": 10},
    {"item": "necklace", "craft": "silverwork", "count": 9},
    {"item": "anklet", "craft": "silverwork", "count": 6},
    {"item": "kohl_pot", "craft": "silverwork", "count": 6},
    {"item": "basket", "craft": "palm_frond", "count": 16},
    {"item": "mat", "craft": "palm_frond", "count": 10},
    {"item": "food_cover", "craft": "palm_frond", "count": 10},
    {"item": "hand_fan", "craft": "palm_frond", "count": 8},
    {"item": "incense_burner", "craft": "pottery", "count": 11},
    {"item": "water_jar", "craft": "pottery", "count": 9},
    {"item": "cooking_pot", "craft": "pottery", "count": 6},
    {"item": "vase", "craft": "pottery", "count": 7},
    {"item": "shawl", "craft": "cotton_weaving", "count": 8},
    {"item": "kuma", "craft": "cotton_weaving", "count": 12},
    {"item": "wizar", "craft": "cotton_weaving", "count": 7},
    {"item": "shawl", "craft": "wool_weaving", "count": 8},
    {"item": "rug", "craft": "wool_weaving", "count": 16},
    {"item": "saddle_bag", "craft": "wool_weaving", "count": 9},
    {"item": "frankincense", "craft": "incense_cosmetics", "count": 14},
    {"item": "bakhoor", "craft": "incense_cosmetics", "count": 14},
    {"item": "perfume_oil", "craft": "incense_cosmetics", "count": 10},
    {"item": "rosewater", "craft": "incense_cosmetics", "count": 6},
    {"item": "kohl", "craft": "incense_cosmetics", "count": 7},
    {"item": "mandoos", "craft": "woodwork", "count": 13},
    {"item": "dhow_model", "craft": "woodwork", "count": 12},
    {"item": "carved_door", "craft": "woodwork", "count": 5},
    {"item": "tray", "craft": "woodwork", "count": 8},
    {"item": "incense_burner", "craft": "copperwork", "count": 7},
    {"item": "tray", "craft": "copperwork", "count": 7},
    {"item": "dallah", "craft": "copperwork", "count": 12},
    {"item": "prayer_beads", "craft": "bone_coconut", "count": 14},
    {"item": "keyring", "craft": "bone_coconut", "count": 10},
]

# The sellers, six per governorate: artisans and the Authority's outlets (artisan houses and training and
# production centres). "items" are the item types a seller makes and "materials", where given, the only
# materials they work in. For an outlet, gender and birth_year are those of the person who runs it.
ARTISANS: list[dict[str, Any]] = [
    {
        "registry_number": "RG-MCT-00001",
        "seller_type": "outlet",
        "name": {
            "en": "Khanjar and Silverwork Training and Production Centre in Muscat",
            "ar": "مركز التدريب والإنتاج الحرفي للخناجر والفضيات في مسقط",
        },
        "gender": "male",
        "birth_year": 1968,
        "governorate": "muscat",
        "wilayat": {"en": "Muscat", "ar": "مسقط"},
        "crafts": ["khanjars", "silverwork"],
        "items": ["khanjar", "khanjar_belt", "ring", "bracelet", "kohl_pot"],
        "full_time": True,
        "bio": {
            "en": (
                "The Authority's khanjar and silverwork centre in Muscat takes young Omanis through a two-year "
                "programme in cohorts of twenty, and every instructor on its staff is Omani. Trainees start on rings "
                "and kohl pots and work their way up to a khanjar sheath; what is sold here is second-year work, "
                "checked piece by piece by the masters who taught it. Each khanjar leaves with a card naming the "
                "trainee who made it."
            ),
            "ar": (
                "يستقبل مركز الخناجر والفضيات التابع للهيئة في مسقط دفعات من عشرين متدربًا عمانيًا في برنامج مدته "
                "سنتان، وجميع مدربيه من العمانيين. يبدأ المتدرب بالخواتم والمكاحل ثم يتدرج حتى يصل إلى غمد الخنجر، وما "
                "يُعرض هنا من إنتاج طلبة السنة الثانية بعد أن يفحصه مدربوهم قطعةً قطعة. ويرافق كلَّ خنجر بطاقةٌ تحمل "
                "اسم المتدرب الذي صنعه."
            ),
        },
    },
    {
        "registry_number": "RG-MCT-00002",
        "seller_type": "artisan",
        "name": {"en": "Hamad bin Salim Al Siyabi", "ar": "حمد بن سالم السيابي"},
        "gender": "male",
        "birth_year": 1958,
        "governorate": "muscat",
        "wilayat": {"en": "Seeb", "ar": "السيب"},
        "crafts": ["khanjars", "silverwork"],
        "items": ["khanjar", "khanjar_belt", "ring"],
        "full_time": True,
        "bio": {
            "en": (
                "Hamad learned the trade at his father's bench in Seeb in the early 1970s, pulling silver wire through "
                "a steel draw-plate until it was fine enough to wind around a khanjar sheath. He still draws all his "
                "own wire and will not buy it ready-made, which is why a sheath takes him close to a month. Customers "
                "find him through the Authority's exhibitions, though most first heard of him from their fathers, who "
                "bought from him before them."
            ),
            "ar": (
                "تعلّم حمد الصنعة على يد والده في السيب مطلع السبعينيات، يسحب أسلاك الفضة عبر لوح فولاذي مثقّب حتى "
                "تدقّ بما يكفي لتُلفّ على غمد الخنجر. وما زال يسحب أسلاكه كلها بنفسه ويرفض شراءها جاهزة، ولذلك يستغرق "
                "الغمد الواحد عنده قرابة شهر. يصل إليه زبائنه عبر معارض الهيئة، وإن كان أكثرهم قد سمع به أول مرة من "
                "آبائهم الذين اشتروا منه قبلهم."
            ),
        },
    },
    {
        "registry_number": "RG-MCT-00003",
        "seller_type": "artisan",
        "name": {"en": "Zuwaina bint Khalfan Al Balushi", "ar": "زوينة بنت خلفان البلوشية"},
        "gender": "female",
        "birth_year": 1976,
        "governorate": "muscat",
        "wilayat": {"en": "Mutrah", "ar": "مطرح"},
        "crafts": ["silverwork"],
        "items": ["ring", "bracelet", "necklace", "anklet", "kohl_pot"],
        "full_time": True,
        "bio": {
            "en": (
                "Zuwaina joined one of the Authority's silverwork courses in 2009, after years of mending her "
                "neighbours' jewellery at her kitchen table in Mutrah. She borrows old bridal pieces from families and "
                "redraws them lighter, so that a necklace her grandmother would have worn only at a wedding can be "
                "worn to work. Her small stall near Mutrah souq is busiest in the cruise-ship season."
            ),
            "ar": (
                "قبل أن تلتحق زوينة بدورة الفضيات لدى الهيئة عام 2009، أمضت سنوات تصلح حليّ جاراتها على طاولة مطبخها "
                "في مطرح. تستعير من العائلات قطع الحلي القديمة التي كانت تلبسها العرائس، فتعيد رسمها بوزن أخف، لتصير "
                "القلادة التي لم تكن جدتها تلبسها إلا في الأعراس قطعةً تُلبس إلى العمل. ويزدحم ركنها الصغير قرب سوق "
                "مطرح في موسم السفن السياحية."
            ),
        },
    },
    {
        "registry_number": "RG-MCT-00004",
        "seller_type": "artisan",
        "name": {"en": "Ali bin Mohammed Al Zadjali", "ar": "علي بن محمد الزدجالي"},
        "gender": "male",
        "birth_year": 1989,
        "governorate": "muscat",
        "wilayat": {"en": "Bawshar", "ar": "بوشر"},
        "crafts": ["woodwork"],
        "items": ["mandoos", "tray", "carved_door"],
        "full_time": False,
        "bio": {
            "en": (
                "Ali works in a government office by day and spends his evenings in his late uncle's workshop in "
                "Bawshar. He builds mandoos chests the old way, hammering the brass studs into the lid one at a time, "
                "and oils the inside so the wood holds the scent of bakhoor. Most of his orders come from families "
                "furnishing a bride's room."
            ),
            "ar": (
                "يعمل علي موظفًا حكوميًا في النهار، ويقضي مساءه في ورشة خاله الراحل في بوشر. يصنع المناديس على الطريقة "
                "القديمة، فيدقّ المسامير النحاسية في الغطاء واحدًا واحدًا، ويدهن باطنها بالزيت حتى يحفظ الخشب رائحة "
                "البخور. وأكثر طلباته تأتي من أسر تجهّز غرفة العروس."
            ),
        },
    },
    {
        "registry_number": "RG-MCT-00005",
        "seller_type": "artisan",
        "name": {"en": "Shamsa bint Saif Al Amri", "ar": "شمسة بنت سيف العامرية"},
        "gender": "female",
        "birth_year": 1963,
        "governorate": "muscat",
        "wilayat": {"en": "Qurayyat", "ar": "قريات"},
        "crafts": ["palm_frond"],
        "items": ["basket", "mat", "food_cover", "hand_fan"],
        "full_time": False,
        "bio": {
            "en": (
                "Shamsa inherited from her mother the habit of a mid-morning session with palm fronds in the courtyard "
                "of her house in Qurayyat. She dyes some strips red and green before plaiting them, then sews the "
                "plaited bands together so tightly that her food covers hold their dome for years. She sells at the "
                "Friday market and takes orders through her daughter's phone."
            ),
            "ar": (
                "ورثت شمسة عن أمها جلسة الضحى مع السعف في فناء بيتها بقريات. تصبغ بعض الخوص بالأحمر والأخضر قبل أن "
                "تجدله، ثم تخيط الضفائر بعضها إلى بعض بإحكام يجعل مكباتها تحفظ شكلها المقبب سنوات. تبيع في سوق الجمعة، "
                "وتتلقى الطلبات عبر هاتف ابنتها."
            ),
        },
    },
    {
        "registry_number": "RG-MCT-00006",
        "seller_type": "artisan",
        "name": {"en": "Maha bint Abdullah Al Rawahi", "ar": "مها بنت عبدالله الرواحية"},
        "gender": "female",
        "birth_year": 1994,
        "governorate": "muscat",
        "wilayat": {"en": "Al Amarat", "ar": "العامرات"},
        "crafts": ["incense_cosmetics"],
        "items": ["bakhoor", "perfume_oil", "kohl"],
        "full_time": True,
        "bio": {
            "ar": (
                "درست مها الكيمياء، ثم عادت إلى ما كانت تراه في بيت جدتها: خلطات البخور التي تُعجن بدهن العود وتُترك "
                "أسابيع حتى تتشرب الرائحة. تعمل اليوم في مشغل صغير بالعامرات، وتدوّن كل خلطة في دفتر بالوزن والتاريخ "
                "لتعيدها كما هي. وتبيع عبر الإنترنت وفي المعارض الموسمية بمسقط."
            ),
        },
    },
    {
        "registry_number": "RG-DHO-00007",
        "seller_type": "outlet",
        "name": {"en": "Omani Artisan House in Mirbat", "ar": "بيت الحرفي العماني في مرباط"},
        "gender": "female",
        "birth_year": 1971,
        "governorate": "dhofar",
        "wilayat": {"en": "Mirbat", "ar": "مرباط"},
        "crafts": ["incense_cosmetics", "pottery", "palm_frond"],
        "items": ["frankincense", "bakhoor", "incense_burner", "basket"],
        "full_time": True,
        "bio": {
            "en": (
                "The artisan house in Mirbat is run with twelve women from the wilayat, who sell their own work under "
                "one roof. They buy their frankincense from harvesters they know by name, sort it by hand into grades "
                "at a long table by the door, and sell it beside the painted clay burners they make to burn it in. "
                "Visitors can watch the sorting most mornings."
            ),
            "ar": (
                "يُدار بيت الحرفي العماني في مرباط بالشراكة مع اثنتي عشرة حرفية من أهل الولاية، يعرضن أعمالهن تحت سقف "
                "واحد. يشترين اللبان من جامعين يعرفنهم بأسمائهم، ويفرزنه بأيديهن بحسب درجته على طاولة طويلة عند "
                "المدخل، ويبعنه إلى جانب المجامر الفخارية الملونة التي يصنعنها لإحراقه. ويستطيع الزائر أن يشهد الفرز "
                "في أغلب الصباحات."
            ),
        },
    },
    {
        "registry_number": "RG-DHO-00008",
        "seller_type": "artisan",
        "name": {"en": "Musallam bin Salim Al Kathiri", "ar": "مسلم بن سالم الكثيري"},
        "gender": "male",
        "birth_year": 1955,
        "governorate": "dhofar",
        "wilayat": {"en": "Thumrait", "ar": "ثمريت"},
        "crafts": ["incense_cosmetics"],
        "items": ["frankincense"],
        "full_time": True,
        "bio": {
            "en": (
                "Musallam has tapped frankincense trees on the plateau around Thumrait since he was a boy walking "
                "behind his uncle's camels. He scrapes a small patch of bark, leaves the milky resin to harden for "
                "about two weeks, and comes back to collect the tears, cutting the same tree again as the season goes "
                "on. He keeps the pale, greenish Hojari apart from the darker grades and sells both, always labelled."
            ),
            "ar": (
                "منذ صباه، حين كان يمشي خلف إبل عمه، يجرح مسلم أشجار اللبان في نجد ثمريت. يكشط رقعة صغيرة من اللحاء، "
                "ويترك العصارة البيضاء تتصلب نحو أسبوعين، ثم يعود ليجمع حباتها ويجرح الشجرة من جديد على مدار الموسم. "
                "ويفصل اللبان الحوجري الفاتح المائل إلى الخضرة عن الدرجات الداكنة، ويبيع الصنفين وعلى كلٍّ منهما اسمه."
            ),
        },
    },
    {
        "registry_number": "RG-DHO-00009",
        "seller_type": "artisan",
        "name": {"en": "Fatma bint Ahmed Al Shanfari", "ar": "فاطمة بنت أحمد الشنفرية"},
        "gender": "female",
        "birth_year": 1968,
        "governorate": "dhofar",
        "wilayat": {"en": "Salalah", "ar": "صلالة"},
        "crafts": ["incense_cosmetics", "pottery"],
        "items": ["bakhoor", "perfume_oil", "incense_burner"],
        "full_time": True,
        "bio": {
            "en": (
                "Fatma's bakhoor is a Salalah family recipe: chips of agarwood soaked in oils, sugar and musk, cooked "
                "slowly and rested in sealed jars until the Eid season. She also shapes the small clay burners it is "
                "sold with and paints them in the white, red and yellow patterns that Dhofari households know well. "
                "Her corner in Al Haffa souq has been hers since 1998."
            ),
            "ar": (
                "بخور فاطمة وصفة عائلية صلالية: رقائق العود تُنقع في الدهون والسكر والمسك، وتُطبخ على نار هادئة، ثم "
                "تُحفظ في أوعية محكمة الإغلاق حتى موسم العيد. وتشكّل بيديها المجامر الفخارية الصغيرة التي تبيع البخور "
                "معها، وتلوّنها بالأبيض والأحمر والأصفر كما تعرفها بيوت ظفار. ولها ركنها في سوق الحافة منذ عام 1998."
            ),
        },
    },
    {
        "registry_number": "RG-DHO-00010",
        "seller_type": "artisan",
        "name": {"en": "Bakhit bin Saeed Al Shahri", "ar": "بخيت بن سعيد الشحري"},
        "gender": "male",
        "birth_year": 1981,
        "governorate": "dhofar",
        "wilayat": {"en": "Taqah", "ar": "طاقة"},
        "crafts": ["bone_coconut"],
        "items": ["prayer_beads", "keyring"],
        "full_time": False,
        "bio": {
            "en": (
                "Bakhit fishes off Taqah in the cooler months and spends the khareef, when the sea is too rough, "
                "turning coconut shell into prayer beads. The shells come from the gardens around Salalah; he cuts "
                "them into discs, drills and rounds each bead on a small lathe, and polishes them with nothing but "
                "oil. A strand of ninety-nine takes him two evenings."
            ),
            "ar": (
                "يصطاد بخيت قبالة طاقة في الأشهر الباردة، فإذا جاء الخريف وهاج البحر تفرّغ لتحويل قشرة النارجيل إلى "
                "مسابح. يأتي بالقشور من مزارع صلالة، فيقطعها أقراصًا، ويثقب كل حبة ويدوّرها على مخرطة صغيرة، ثم "
                "يلمّعها بالزيت وحده. وتأخذ منه المسبحة ذات التسع والتسعين حبة أمسيتين."
            ),
        },
        "materials": ["coconut_shell"],
    },
    {
        "registry_number": "RG-DHO-00011",
        "seller_type": "artisan",
        "name": {"en": "Salma bint Musallam Al Mashani", "ar": "سلمى بنت مسلم المعشنية"},
        "gender": "female",
        "birth_year": 1974,
        "governorate": "dhofar",
        "wilayat": {"en": "Sadah", "ar": "سدح"},
        "crafts": ["palm_frond", "incense_cosmetics"],
        "items": ["basket", "food_cover", "kohl"],
        "full_time": False,
        "bio": {
            "en": (
                "Salma grinds her own kohl in Sadah: she roasts the kohl stone, pounds it, and sifts it through muslin "
                "three times, the way her grandmother prepared it for the brides of the neighbourhood. Between batches "
                "she plaits small lidded baskets to keep it in. Most of her customers are women who come back to her "
                "every khareef."
            ),
            "ar": (
                "تطحن سلمى كحلها بنفسها في سدح: تحمّص حجر الكحل وتدقّه ثم تنخله بقطعة شاش ثلاث مرات، كما كانت جدتها "
                "تعدّه لعرائس الحي. وبين دفعة وأخرى تجدل من السعف سلالًا صغيرة بأغطية تحفظه فيها. ومعظم زبوناتها نساء "
                "يعدن إليها في كل موسم خريف."
            ),
        },
    },
    {
        "registry_number": "RG-DHO-00012",
        "seller_type": "artisan",
        "name": {"en": "Ahmed bin Ali Al Ghassani", "ar": "أحمد بن علي الغساني"},
        "gender": "male",
        "birth_year": 1990,
        "governorate": "dhofar",
        "wilayat": {"en": "Salalah", "ar": "صلالة"},
        "crafts": ["silverwork", "khanjars"],
        "items": ["ring", "bracelet", "necklace", "khanjar_belt"],
        "full_time": True,
        "bio": {
            "en": (
                "Ahmed trained at the Authority's khanjar and silverwork centre in Muscat and opened his own workshop "
                "in Salalah in 2016. He is known for a frankincense-leaf motif that he chases into rings and belt "
                "buckles, and for a matt, hand-rubbed finish instead of a mirror polish. Young grooms order his "
                "khanjar belts months before the wedding season."
            ),
            "ar": (
                "تدرّب أحمد في مركز الخناجر والفضيات التابع للهيئة في مسقط، وافتتح ورشته في صلالة عام 2016. عُرف بنقش "
                "ورقة شجرة اللبان الذي يطرقه على الخواتم وإبزيمات الأحزمة، وبتشطيب قطعه بملمس مطفأ يفركه بيده بدل "
                "اللمعان البراق. ويطلب منه العرسان أحزمة الخناجر قبل موسم الأعراس بأشهر."
            ),
        },
    },
    {
        "registry_number": "RG-MSN-00013",
        "seller_type": "outlet",
        "name": {"en": "Omani Artisan House in Khasab", "ar": "بيت الحرفي العماني في خصب"},
        "gender": "male",
        "birth_year": 1965,
        "governorate": "musandam",
        "wilayat": {"en": "Khasab", "ar": "خصب"},
        "crafts": ["palm_frond", "woodwork"],
        "items": ["basket", "mat", "hand_fan", "dhow_model", "mandoos", "tray"],
        "full_time": True,
        "bio": {
            "en": (
                "The artisan house in Khasab gathers the work of families from the mountain villages and fishing coves "
                "of Musandam, some of whom can reach town only by boat. The men bring carved boat models and small "
                "chests; the women send palm-frond mats and fans plaited through the winter. Every piece carries the "
                "name of its maker and the village it came from."
            ),
            "ar": (
                "يجمع بيت الحرفي العماني في خصب أعمال أسر من قرى الجبال وخلجان الصيد في مسندم، وبعضها لا يصل إلى "
                "المدينة إلا بالقارب. يأتي الرجال بنماذج القوارب المنحوتة والمناديس الصغيرة، وترسل النساء الحصر "
                "والمهاف السعفية التي يجدلنها طوال الشتاء. وتحمل كل قطعة اسم صانعها والقرية التي جاءت منها."
            ),
        },
    },
    {
        "registry_number": "RG-MSN-00014",
        "seller_type": "artisan",
        "name": {"en": "Abdullah bin Hassan Al Shehhi", "ar": "عبدالله بن حسن الشحي"},
        "gender": "male",
        "birth_year": 1952,
        "governorate": "musandam",
        "wilayat": {"en": "Bukha", "ar": "بخا"},
        "crafts": ["woodwork"],
        "items": ["dhow_model", "mandoos"],
        "full_time": True,
        "bio": {
            "en": (
                "Abdullah sailed on trading boats out of Bukha as a young man and began building models of them when "
                "his knees kept him ashore. He works from memory and from a box of old photographs, planking each hull "
                "over a frame of ribs as the real boats were built, and rigs every model with cord he twists himself. "
                "Fishermen's sons buy them as presents for their fathers."
            ),
            "ar": (
                "أبحر عبدالله شابًّا على سفن التجارة من بخا، ولمّا أقعدته ركبتاه على البر بدأ يصنع نماذجها. يعمل من "
                "ذاكرته ومن صندوق صور قديمة، فيبني البدن لوحًا لوحًا فوق أضلاع خشبية كما كانت تُبنى السفن الحقيقية، "
                "ويشدّ كل نموذج بحبال يفتلها بيده. وكثيرًا ما يشتريها أبناء الصيادين هدايا لآبائهم."
            ),
        },
    },
    {
        "registry_number": "RG-MSN-00015",
        "seller_type": "artisan",
        "name": {"en": "Aisha bint Mohammed Al Dhohouri", "ar": "عائشة بنت محمد الظهورية"},
        "gender": "female",
        "birth_year": 1966,
        "governorate": "musandam",
        "wilayat": {"en": "Khasab", "ar": "خصب"},
        "crafts": ["wool_weaving"],
        "items": ["rug", "saddle_bag", "shawl"],
        "full_time": True,
        "bio": {
            "en": (
                "Aisha grew up in a mountain village above Khasab where every household kept goats and sheep and every "
                "girl learned to spin. She still spins on a drop spindle while she talks, and weaves narrow strips on "
                "a ground loom that she stitches together into rugs of black, white and red. Her rugs are heavy and "
                "hard-wearing, made for the floor rather than the wall."
            ),
            "ar": (
                "نشأت عائشة في قرية جبلية فوق خصب، كان كل بيت فيها يربي الغنم والماعز، وكل فتاة تتعلم الغزل. وما زالت "
                "تغزل بالمغزل اليدوي وهي تتحدث، وتنسج على النول الأرضي شرائط ضيقة تخيطها معًا لتصنع سجادًا بالأسود "
                "والأبيض والأحمر. سجادها ثقيل متين، صُنع ليُفرش لا ليُعلّق."
            ),
        },
    },
    {
        "registry_number": "RG-MSN-00016",
        "seller_type": "artisan",
        "name": {"en": "Rashid bin Ahmed Al Kumzari", "ar": "راشد بن أحمد الكمزاري"},
        "gender": "male",
        "birth_year": 1985,
        "governorate": "musandam",
        "wilayat": {"en": "Khasab", "ar": "خصب"},
        "crafts": ["woodwork"],
        "items": ["tray", "mandoos"],
        "full_time": False,
        "bio": {
            "en": (
                "Rashid's family comes from Kumzar, the village at the northern tip of Musandam that can be reached "
                "only by sea, and he carves in the evenings after his shift at Khasab port. He prefers trays and small "
                "chests, bordered with the rope-and-wave pattern his grandfather cut into the doors of their house. He "
                "sells through the artisan house in town."
            ),
            "ar": (
                "تعود أصول راشد إلى كمزار، القرية الواقعة في أقصى شمال مسندم التي لا يُوصل إليها إلا بحرًا، وهو ينحت "
                "في المساء بعد نوبة عمله في ميناء خصب. يفضّل الصواني والمناديس الصغيرة، ويؤطّرها بنقشة الحبال والموج "
                "التي حفرها جده على أبواب بيتهم. ويبيع أعماله عبر بيت الحرفي العماني في المدينة."
            ),
        },
    },
    {
        "registry_number": "RG-MSN-00017",
        "seller_type": "artisan",
        "name": {"en": "Mariam bint Ali Al Naqbi", "ar": "مريم بنت علي النقبية"},
        "gender": "female",
        "birth_year": 1979,
        "governorate": "musandam",
        "wilayat": {"en": "Dibba", "ar": "دبا"},
        "crafts": ["palm_frond"],
        "items": ["basket", "mat", "hand_fan", "food_cover"],
        "full_time": True,
        "bio": {
            "en": (
                "Mariam learned palm-frond work in a circle of women in Dibba that met every afternoon under the "
                "almond tree in a neighbour's yard. She was the first of them to take one of the Authority's training "
                "courses, and she now teaches it herself to girls from the wilayat. Her baskets have a flat, square "
                "base, which she says makes them sit better on a shelf."
            ),
            "ar": (
                "تعلمت مريم السعفيات في حلقة نساء بدبا كانت تجتمع عصر كل يوم تحت شجرة اللوز في فناء الجيران. كانت أول "
                "من التحق منهن بدورة تدريبية للهيئة، وهي اليوم تدرّب بنات الولاية عليها. وتصنع سلالها بقاعدة مربعة "
                "مسطحة، وتقول إنها تستقر بها على الرف أفضل."
            ),
        },
    },
    {
        "registry_number": "RG-MSN-00018",
        "seller_type": "artisan",
        "name": {"en": "Huda bint Saeed Al Shehhi", "ar": "هدى بنت سعيد الشحية"},
        "gender": "female",
        "birth_year": 1997,
        "governorate": "musandam",
        "wilayat": {"en": "Madha", "ar": "مدحاء"},
        "crafts": ["cotton_weaving", "incense_cosmetics"],
        "items": ["kuma", "bakhoor"],
        "full_time": False,
        "bio": {
            "ar": (
                "هدى طالبة جامعية من مدحاء، تعلمت تطريز الكمة من عمتها في إجازة صيفية ولم تتوقف منذ ذلك الحين. تطرز "
                "كممها بغرز دقيقة متقاربة، وتختار ألوان الخيوط بحسب رغبة الزبون، وتحضّر إلى جانبها بخورًا منزليًا "
                "بوصفة أمها. وتعرض أعمالها في معارض الجامعة، وتبيعها للعائلات في مواسم الأعياد."
            ),
        },
    },
    {
        "registry_number": "RG-BUR-00019",
        "seller_type": "artisan",
        "name": {"en": "Khalfan bin Saeed Al Kaabi", "ar": "خلفان بن سعيد الكعبي"},
        "gender": "male",
        "birth_year": 1957,
        "governorate": "al_buraimi",
        "wilayat": {"en": "Mahdah", "ar": "محضة"},
        "crafts": ["khanjars"],
        "items": ["khanjar", "khanjar_belt"],
        "full_time": True,
        "bio": {
            "en": (
                "Khalfan has made khanjars in Mahdah for more than forty years, and he still carves the hilt before "
                "anything else, because he says the hand should decide the rest. His sheaths are plain by choice, with "
                "broad bands of silver and little filigree, so that the curve itself is what catches the eye. Two of "
                "his sons now work beside him."
            ),
            "ar": (
                "يصنع خلفان الخناجر في محضة منذ أكثر من أربعين عامًا، وما زال يبدأ بنحت المقبض قبل أي شيء، لأن اليد "
                "عنده هي التي تقرر ما بعده. وأغماده بسيطة عن قصد: أشرطة فضية عريضة وقليل من الزخرفة المخرمة، حتى يبقى "
                "انحناء الخنجر هو ما يلفت النظر. ويعمل معه اليوم اثنان من أبنائه."
            ),
        },
    },
    {
        "registry_number": "RG-BUR-00020",
        "seller_type": "artisan",
        "name": {"en": "Moza bint Ali Al Naimi", "ar": "موزة بنت علي النعيمية"},
        "gender": "female",
        "birth_year": 1961,
        "governorate": "al_buraimi",
        "wilayat": {"en": "Al Buraimi", "ar": "البريمي"},
        "crafts": ["palm_frond"],
        "items": ["basket", "mat", "food_cover"],
        "full_time": True,
        "bio": {
            "en": (
                "Moza has plaited palm fronds in Al Buraimi since she was eight and has never bought a dye: her "
                "colours come from the fronds themselves, bleached pale in the sun or dried in the shade to keep a "
                "green tint. She is best known for the large floor mats spread at family gatherings, each of which "
                "takes about three weeks. The Authority honoured her on Omani Artisans' Day in 2015."
            ),
            "ar": (
                "تجدل موزة السعف في البريمي منذ كانت في الثامنة، ولم تشترِ صبغًا قط؛ فألوانها من الخوص نفسه، منه ما "
                "يُبيَّض في الشمس ومنه ما يُجفف في الظل فيحتفظ بخضرته. وتشتهر بالحصر الكبيرة التي تُفرش في تجمعات "
                "العائلة، ويستغرق الواحد منها نحو ثلاثة أسابيع. وقد كرّمتها الهيئة في يوم الحرفي العماني عام 2015."
            ),
        },
    },
    {
        "registry_number": "RG-BUR-00021",
        "seller_type": "artisan",
        "name": {"en": "Sheikha bint Saeed Al Shamsi", "ar": "شيخة بنت سعيد الشامسية"},
        "gender": "female",
        "birth_year": 1970,
        "governorate": "al_buraimi",
        "wilayat": {"en": "As Sunaynah", "ar": "السنينة"},
        "crafts": ["wool_weaving"],
        "items": ["saddle_bag", "rug"],
        "full_time": True,
        "bio": {
            "en": (
                "Sheikha weaves camel-hair and wool saddle bags in As Sunaynah, on the edge of the desert, where her "
                "family still keeps camels. She spins the hair from their own herd and leaves it undyed, so the bags "
                "come in every shade between cream and dark brown. Camel owners from across the Gulf order them for "
                "races and festivals."
            ),
            "ar": (
                "تنسج شيخة الخروج من وبر الإبل والصوف في السنينة على أطراف الصحراء، حيث ما زالت أسرتها تربي الإبل. "
                "تغزل الوبر من قطيع العائلة وتتركه بلا صبغ، فتأتي خروجها بكل درجات اللون بين الكريمي والبني الداكن. "
                "ويطلبها ملاك الهجن من أنحاء الخليج للسباقات والمهرجانات."
            ),
        },
    },
    {
        "registry_number": "RG-BUR-00022",
        "seller_type": "artisan",
        "name": {"en": "Yousuf bin Khamis Al Balushi", "ar": "يوسف بن خميس البلوشي"},
        "gender": "male",
        "birth_year": 1992,
        "governorate": "al_buraimi",
        "wilayat": {"en": "Al Buraimi", "ar": "البريمي"},
        "crafts": ["copperwork"],
        "items": ["dallah", "tray", "incense_burner"],
        "full_time": False,
        "bio": {
            "en": (
                "Yousuf is an engineer who went back to his grandfather's copper tools after they had sat in a "
                "storeroom for fifteen years. He raises each dallah from flat sheet by hammering and tins the inside "
                "so it is safe for coffee, and he is slowly learning the engraved borders his grandfather cut "
                "freehand. He makes a few pieces a month, to order."
            ),
            "ar": (
                "يوسف مهندس عاد إلى أدوات جده النحاسية بعد أن بقيت في المخزن خمسة عشر عامًا. يرفع الدلة من صفيحة مسطحة "
                "بالطَّرق، ثم يبطّنها بالقصدير حتى تصلح للقهوة، ويتعلم على مهل النقوش التي كان جده يحفرها على الحواف "
                "دون رسم مسبق. ينتج قطعًا قليلة في الشهر، وبحسب الطلب."
            ),
        },
    },
    {
        "registry_number": "RG-BUR-00023",
        "seller_type": "artisan",
        "name": {"en": "Badriya bint Nasser Al Kaabi", "ar": "بدرية بنت ناصر الكعبية"},
        "gender": "female",
        "birth_year": 1988,
        "governorate": "al_buraimi",
        "wilayat": {"en": "Mahdah", "ar": "محضة"},
        "crafts": ["incense_cosmetics"],
        "items": ["bakhoor", "perfume_oil", "kohl"],
        "full_time": True,
        "bio": {
            "en": (
                "Badriya started blending perfume oils for her sisters' weddings and turned it into a licensed home "
                "business in Mahdah in 2018. Her oils are built on oud and rose and aged in glass for at least three "
                "months, and she writes the blending date on every bottle. She ships across Oman and sells at the "
                "weekly market in Al Buraimi."
            ),
            "ar": (
                "بدأت بدرية تمزج دهون العطر لأعراس أخواتها، ثم حوّلت الهواية إلى مشروع منزلي مرخّص في محضة عام 2018. "
                "تقوم دهونها على العود والورد، وتتركها تتعتق في الزجاج ثلاثة أشهر على الأقل، وتكتب تاريخ المزج على كل "
                "قارورة. وتشحن إلى أنحاء السلطنة، وتبيع في السوق الأسبوعي بالبريمي."
            ),
        },
    },
    {
        "registry_number": "RG-BUR-00024",
        "seller_type": "artisan",
        "name": {"en": "Obaid bin Rashid Al Naimi", "ar": "عبيد بن راشد النعيمي"},
        "gender": "male",
        "birth_year": 1964,
        "governorate": "al_buraimi",
        "wilayat": {"en": "Al Buraimi", "ar": "البريمي"},
        "crafts": ["silverwork", "bone_coconut"],
        "items": ["ring", "bracelet", "anklet", "prayer_beads"],
        "full_time": True,
        "bio": {
            "ar": (
                "ورث عبيد دكان الفضة عن والده في سوق البريمي القديم، وما زال يعمل بالمنفاخ والبوتقة نفسيهما. يصب "
                "الخلاخيل والأساور الثقيلة على الطراز البدوي، ويصنع مسابح من العظم يطعّم فواصلها بالفضة. ويقول إن أكثر "
                "زبائنه اليوم شباب يبحثون عما كانت تلبسه جداتهم."
            ),
        },
        "materials": ["silver", "gold_plated", "bone"],
    },
    {
        "registry_number": "RG-DAK-00025",
        "seller_type": "outlet",
        "name": {"en": "Omani Artisan House in Bahla", "ar": "بيت الحرفي العماني في بهلاء"},
        "gender": "male",
        "birth_year": 1966,
        "governorate": "ad_dakhiliyah",
        "wilayat": {"en": "Bahla", "ar": "بهلاء"},
        "crafts": ["pottery"],
        "items": ["incense_burner", "water_jar", "cooking_pot", "vase"],
        "full_time": True,
        "bio": {
            "en": (
                "The artisan house in Bahla sells the work of the wilayat's potters, several of them from families who "
                "have fired the same kilns for generations. Jars, cooking pots and incense burners are thrown on the "
                "wheel, dried in the shade and fired in the big mud-brick kilns that give Bahla pottery its warm red "
                "colour. Visitors are welcome in the workshop behind the shop."
            ),
            "ar": (
                "يعرض بيت الحرفي العماني في بهلاء أعمال فخاريي الولاية، ومنهم أسر توقد الأفران نفسها منذ أجيال. "
                "تُشكَّل الجحال والبرم والمباخر على الدولاب، وتجفف في الظل، ثم تُحرق في الأفران الطينية الكبيرة التي "
                "تمنح فخار بهلاء لونه الأحمر الدافئ. والزائر مرحّب به في المشغل خلف المعرض."
            ),
        },
    },
    {
        "registry_number": "RG-DAK-00026",
        "seller_type": "artisan",
        "name": {"en": "Saif bin Hamad Al Adawi", "ar": "سيف بن حمد العدوي"},
        "gender": "male",
        "birth_year": 1954,
        "governorate": "ad_dakhiliyah",
        "wilayat": {"en": "Bahla", "ar": "بهلاء"},
        "crafts": ["pottery"],
        "items": ["water_jar", "cooking_pot", "incense_burner", "vase"],
        "full_time": True,
        "bio": {
            "en": (
                "Saif digs his clay from the wadi outside Bahla, soaks it for days and treads it underfoot before it "
                "ever touches the wheel. He learned from his father, taught his own sons, and still fires his kiln "
                "with palm wood gathered from the oasis gardens. His water jars are thin-walled enough to sweat in "
                "summer, which is exactly what keeps the water cool."
            ),
            "ar": (
                "يستخرج سيف طينه من الوادي خارج بهلاء، وينقعه أيامًا ويعجنه بقدميه قبل أن يضعه على الدولاب. تعلّم "
                "الصنعة من أبيه وعلّمها أبناءه، وما زال يوقد فرنه بجذوع النخيل وسعفه من بساتين الواحة. وجحاله رقيقة "
                "الجدران ترشح في الصيف، وهذا بالضبط ما يبقي الماء باردًا."
            ),
        },
    },
    {
        "registry_number": "RG-DAK-00027",
        "seller_type": "artisan",
        "name": {"en": "Nasser bin Sulaiman Al Kindi", "ar": "ناصر بن سليمان الكندي"},
        "gender": "male",
        "birth_year": 1962,
        "governorate": "ad_dakhiliyah",
        "wilayat": {"en": "Nizwa", "ar": "نزوى"},
        "crafts": ["khanjars", "silverwork"],
        "items": ["khanjar", "khanjar_belt", "kohl_pot", "bracelet"],
        "full_time": True,
        "bio": {
            "en": (
                "Nasser's workshop is a few steps from Nizwa souq, where his grandfather sold khanjars to men who came "
                "in for the Friday livestock market. He makes everything but the steel blade himself: the carved hilt, "
                "the silver sheath, and the embroidered belt with its silver buckle. He reckons a fine Nizwa khanjar "
                "should outlive its first owner, and most of his do."
            ),
            "ar": (
                "تقع ورشة ناصر على بعد خطوات من سوق نزوى، حيث كان جده يبيع الخناجر للرجال القادمين إلى سوق الماشية يوم "
                "الجمعة. يصنع كل شيء بيده عدا النصل الفولاذي: المقبض المنحوت، والغمد الفضي، والحزام المطرز بإبزيمه "
                "الفضي. ويرى أن الخنجر النزوي الجيد ينبغي أن يعمّر أكثر من صاحبه الأول، ومعظم خناجره كذلك."
            ),
        },
    },
    {
        "registry_number": "RG-DAK-00028",
        "seller_type": "artisan",
        "name": {"en": "Thuraya bint Hamood Al Nabhani", "ar": "ثريا بنت حمود النبهانية"},
        "gender": "female",
        "birth_year": 1975,
        "governorate": "ad_dakhiliyah",
        "wilayat": {"en": "Al Jabal Al Akhdar", "ar": "الجبل الأخضر"},
        "crafts": ["incense_cosmetics"],
        "items": ["rosewater", "perfume_oil"],
        "full_time": True,
        "bio": {
            "en": (
                "Every April Thuraya picks Damask roses on her family's terraces on Al Jabal Al Akhdar before the sun "
                "is high, while the petals still hold their scent. She distils them the traditional way, in clay pots "
                "set into a mud-built stove, with a metal bowl inside each pot to catch the rosewater. For the rest of "
                "the year she sells the season's rosewater and a small amount of rose oil."
            ),
            "ar": (
                "في كل أبريل تقطف ثريا الورد الدمشقي من مدرجات أسرتها في الجبل الأخضر قبل أن ترتفع الشمس، ما دامت "
                "البتلات محتفظة بعطرها. وتقطّره على الطريقة التقليدية في قدور فخارية مثبتة في موقد من الطين، وفي داخل "
                "كل قدر إناء معدني يتجمع فيه ماء الورد. وتبيع بقية العام ما قطّرته في الموسم، ومقدارًا قليلًا من دهن "
                "الورد."
            ),
        },
        "materials": ["rose"],
    },
    {
        "registry_number": "RG-DAK-00029",
        "seller_type": "artisan",
        "name": {"en": "Zainab bint Salim Al Riyami", "ar": "زينب بنت سالم الريامية"},
        "gender": "female",
        "birth_year": 1984,
        "governorate": "ad_dakhiliyah",
        "wilayat": {"en": "Izki", "ar": "إزكي"},
        "crafts": ["palm_frond"],
        "items": ["basket", "food_cover", "hand_fan", "mat"],
        "full_time": False,
        "bio": {
            "en": (
                "Zainab is a schoolteacher in Izki who keeps her grandmother's palm-frond work alive at weekends. She "
                "plaits fronds from the family's own date palms, choosing only the pale inner leaves, and has added a "
                "few shapes of her own: laundry baskets, lampshades, and a lidded box for the phones at dinner. Some "
                "of her pupils come to learn."
            ),
            "ar": (
                "زينب معلمة في إزكي، تحافظ على صنعة جدتها في السعفيات خلال عطلة نهاية الأسبوع. تجدل من سعف نخيل "
                "العائلة، وتنتقي الخوص الأبيض الداخلي وحده، وأضافت أشكالًا من ابتكارها: سلالًا للغسيل، وأغطية "
                "للمصابيح، وعلبة بغطاء تُوضع فيها الهواتف وقت العشاء. ويأتيها بعض طالباتها ليتعلمن."
            ),
        },
    },
    {
        "registry_number": "RG-DAK-00030",
        "seller_type": "artisan",
        "name": {"en": "Khalid bin Said Al Abri", "ar": "خالد بن سعيد العبري"},
        "gender": "male",
        "birth_year": 1995,
        "governorate": "ad_dakhiliyah",
        "wilayat": {"en": "Al Hamra", "ar": "الحمراء"},
        "crafts": ["woodwork"],
        "items": ["carved_door", "mandoos", "tray"],
        "full_time": True,
        "bio": {
            "en": (
                "Khalid grew up among the old mud-brick houses of Al Hamra and used to copy the patterns of their "
                "carved doors onto paper. After training in woodwork with the Authority he began restoring those doors "
                "for their owners, and now makes new ones to the same designs, rosettes and all. Trays and small "
                "chests pay the bills between commissions."
            ),
            "ar": (
                "نشأ خالد بين البيوت الطينية القديمة في الحمراء، وكان صبيًا ينقل نقوش أبوابها على الورق. وبعد أن تدرّب "
                "على الخشبيات لدى الهيئة صار يرمم تلك الأبواب لأصحابها، ثم أخذ يصنع أبوابًا جديدة على الزخارف نفسها "
                "بوريداتها ونجومها. أما الصواني والمناديس الصغيرة فهي ما يعينه على العيش بين طلب وآخر."
            ),
        },
    },
    {
        "registry_number": "RG-BAN-00031",
        "seller_type": "outlet",
        "name": {"en": "Omani Artisan House in Saham", "ar": "بيت الحرفي العماني في صحم"},
        "gender": "female",
        "birth_year": 1972,
        "governorate": "north_batinah",
        "wilayat": {"en": "Saham", "ar": "صحم"},
        "crafts": ["palm_frond", "cotton_weaving"],
        "items": ["basket", "mat", "food_cover", "hand_fan", "wizar", "shawl"],
        "full_time": True,
        "bio": {
            "en": (
                "The artisan house in Saham is a shop and a workroom at once: on most days a few women sit plaiting "
                "palm fronds at the back while customers browse at the front. It sells the mats, baskets and food "
                "covers of about thirty women from the coastal villages, alongside cotton wraps and shawls woven in "
                "the wilayat. The makers set their own prices."
            ),
            "ar": (
                "بيت الحرفي العماني في صحم متجر ومشغل معًا؛ ففي أغلب الأيام تجلس نساء يجدلن السعف في آخره بينما يتجول "
                "الزبائن في مقدمته. يعرض الحصر والسلال والمكبات لنحو ثلاثين امرأة من قرى الساحل، إلى جانب الأوزرة "
                "والشالات القطنية المنسوجة في الولاية. والحرفيات أنفسهن يحددن أسعار أعمالهن."
            ),
        },
    },
    {
        "registry_number": "RG-BAN-00032",
        "seller_type": "artisan",
        "name": {"en": "Rahma bint Salim Al Maqbali", "ar": "رحمة بنت سالم المقبالية"},
        "gender": "female",
        "birth_year": 1958,
        "governorate": "north_batinah",
        "wilayat": {"en": "Sohar", "ar": "صحار"},
        "crafts": ["palm_frond"],
        "items": ["mat", "food_cover", "basket"],
        "full_time": True,
        "bio": {
            "en": (
                "Rahma learned to plait as a girl in Sohar by making the narrow braid every palm-frond piece begins "
                "with, metres of it, before her mother let her sew anything. Six decades on she makes the big food "
                "covers with pointed tops and the round dining mats that Batinah families still spread on the floor. "
                "She keeps a bowl of water beside her to keep the fronds supple."
            ),
            "ar": (
                "تعلمت رحمة السعفيات صغيرةً في صحار بجدل الضفيرة الرفيعة التي تبدأ بها كل قطعة، أمتارًا منها، قبل أن "
                "تسمح لها أمها بالخياطة. وبعد ستة عقود تصنع المكبات الكبيرة ذات الرؤوس المدببة، والسُّفر المستديرة "
                "التي ما زالت أسر الباطنة تفرشها على الأرض. وتحتفظ بإناء ماء بجانبها ليبقى الخوص لينًا."
            ),
        },
    },
    {
        "registry_number": "RG-BAN-00033",
        "seller_type": "artisan",
        "name": {"en": "Mubarak bin Juma Al Hosni", "ar": "مبارك بن جمعة الحوسني"},
        "gender": "male",
        "birth_year": 1960,
        "governorate": "north_batinah",
        "wilayat": {"en": "Al Khaburah", "ar": "الخابورة"},
        "crafts": ["cotton_weaving"],
        "items": ["wizar", "shawl"],
        "full_time": True,
        "bio": {
            "en": (
                "Mubarak weaves cotton wizars on a pit loom in Al Khaburah, sitting with his legs in a trench beneath "
                "the warp. He learned from an uncle, sets up a warp of about eight metres at a time, and weaves the "
                "borders in bands of red, indigo and white. Men wear his wizars under the dishdasha, and he says they "
                "soften with every wash."
            ),
            "ar": (
                "ينسج مبارك الأوزرة القطنية على نول الحفرة في الخابورة، جالسًا وساقاه في حفرة تحت خيوط السدى. تعلّم "
                "الصنعة من خاله، ويشدّ سدى بطول ثمانية أمتار تقريبًا في كل مرة، وينسج الحواشي شرائط من الأحمر والنيلي "
                "والأبيض. يلبس الرجال أوزرته تحت الدشداشة، ويقول إنها تلين مع كل غسلة."
            ),
        },
    },
    {
        "registry_number": "RG-BAN-00034",
        "seller_type": "artisan",
        "name": {"en": "Warda bint Khamis Al Balushi", "ar": "وردة بنت خميس البلوشية"},
        "gender": "female",
        "birth_year": 1980,
        "governorate": "north_batinah",
        "wilayat": {"en": "Shinas", "ar": "شناص"},
        "crafts": ["cotton_weaving"],
        "items": ["kuma"],
        "full_time": True,
        "bio": {
            "en": (
                "Warda embroiders kumas in Shinas, and a single cap can take three weeks of her evenings: the pattern "
                "is drawn in pencil on white cotton, then worked in thousands of tiny stitches. She keeps a notebook "
                "of more than sixty patterns, some copied from her father's old caps. Her design with a border of "
                "small roses is deposited with the Ministry of Commerce and Industry."
            ),
            "ar": (
                "تطرز وردة الكمم في شناص، وقد تستغرق الكمة الواحدة ثلاثة أسابيع من أمسياتها: تُرسم النقشة بقلم الرصاص "
                "على قماش قطني أبيض، ثم تُشغل بآلاف الغرز الدقيقة. ولديها دفتر يضم أكثر من ستين نقشة، بعضها منقول عن "
                "كمم والدها القديمة. ونقشتها ذات الإطار من الورود الصغيرة مودعة لدى وزارة التجارة والصناعة."
            ),
        },
    },
    {
        "registry_number": "RG-BAN-00035",
        "seller_type": "artisan",
        "name": {"en": "Hilal bin Ahmed Al Mamari", "ar": "هلال بن أحمد المعمري"},
        "gender": "male",
        "birth_year": 1971,
        "governorate": "north_batinah",
        "wilayat": {"en": "Liwa", "ar": "لوى"},
        "crafts": ["copperwork"],
        "items": ["dallah", "tray", "incense_burner"],
        "full_time": True,
        "bio": {
            "en": (
                "Hilal's father mended copper pots for the whole of Liwa, and Hilal, who swept the workshop floor as a "
                "child, took it over in 1994. He makes dallahs with the tall curved spout of the Omani coffee pot, "
                "trays with chased borders, and pierced incense burners. He still re-tins old pots for the neighbours "
                "for a few hundred baisa."
            ),
            "ar": (
                "كان والد هلال يصلح قدور النحاس لأهل لوى جميعًا، فلما كبر هلال، الذي كان يكنس أرض الورشة صغيرًا، "
                "تسلّمها عام 1994. يصنع الدلال بمنقارها الطويل المنحني الذي تُعرف به الدلة العمانية، وصوانيَ بحواف "
                "منقوشة، ومباخر مخرمة. وما زال يبيّض القدور القديمة للجيران بمئات قليلة من البيسات."
            ),
        },
    },
    {
        "registry_number": "RG-BAN-00036",
        "seller_type": "artisan",
        "name": {"en": "Jokha bint Hamad Al Shidi", "ar": "جوخة بنت حمد الشيدية"},
        "gender": "female",
        "birth_year": 1990,
        "governorate": "north_batinah",
        "wilayat": {"en": "As Suwaiq", "ar": "السويق"},
        "crafts": ["incense_cosmetics"],
        "items": ["bakhoor", "kohl", "perfume_oil"],
        "full_time": False,
        "bio": {
            "en": (
                "Jokha works at a bank in Sohar and makes bakhoor at home in As Suwaiq with her mother, who taught her "
                "to judge a batch by its smoke rather than its smell in the jar. Together they sell small tins of it, "
                "with kohl ground from kohl stone, at the Eid markets and to colleagues who have come to depend on "
                "them."
            ),
            "ar": (
                "تعمل جوخة في مصرف بصحار، وتصنع البخور في بيتها بالسويق مع أمها التي علّمتها أن تحكم على الخلطة من "
                "دخانها لا من رائحتها في العلبة. وتبيعان معًا علبًا صغيرة منه، ومعه كحل مطحون من حجر الكحل، في أسواق "
                "العيد ولزميلات صرن لا يستغنين عنه."
            ),
        },
    },
    {
        "registry_number": "RG-BAS-00037",
        "seller_type": "outlet",
        "name": {"en": "Omani Artisan House in Rustaq", "ar": "بيت الحرفي العماني في الرستاق"},
        "gender": "male",
        "birth_year": 1969,
        "governorate": "south_batinah",
        "wilayat": {"en": "Rustaq", "ar": "الرستاق"},
        "crafts": ["palm_frond", "woodwork"],
        "items": ["basket", "mat", "food_cover", "hand_fan", "mandoos", "tray"],
        "full_time": True,
        "bio": {
            "en": (
                "The artisan house in Rustaq stands in the old market below the fort and is stocked by some forty "
                "artisans from Rustaq and the villages of its wadis. Palm-frond work makes up the largest share, from "
                "fans to full-size mats, with chests and trays from the wilayat's carpenters. Each winter the house "
                "also runs short courses for young people who want to learn."
            ),
            "ar": (
                "يقع بيت الحرفي العماني في الرستاق في السوق القديم أسفل القلعة، ويمدّه بالأعمال نحو أربعين حرفيًا "
                "وحرفية من الرستاق وقرى أوديتها. وللسعفيات النصيب الأكبر، من المهاف الصغيرة إلى الحصر الكبيرة، إلى "
                "جانب المناديس والصواني من نجّاري الولاية. وينظّم البيت كل شتاء دورات قصيرة للشباب الراغبين في التعلم."
            ),
        },
    },
    {
        "registry_number": "RG-BAS-00038",
        "seller_type": "artisan",
        "name": {"en": "Khadija bint Nasser Al Kharusi", "ar": "خديجة بنت ناصر الخروصية"},
        "gender": "female",
        "birth_year": 1965,
        "governorate": "south_batinah",
        "wilayat": {"en": "Al Awabi", "ar": "العوابي"},
        "crafts": ["palm_frond"],
        "items": ["basket", "mat", "food_cover", "hand_fan"],
        "full_time": True,
        "bio": {
            "en": (
                "Khadija lives in Wadi Bani Kharus above Al Awabi, where date palms line the falaj channels and there "
                "is never a shortage of fronds. She is known for baskets plaited in a herringbone of natural and "
                "purple strips, the purple from a dye her aunt used to mix. She has taught palm-frond work on the "
                "Authority's courses since 2011."
            ),
            "ar": (
                "تسكن خديجة وادي بني خروص فوق العوابي، حيث تصطف النخيل على سواقي الأفلاج فلا ينقطع السعف أبدًا. وتشتهر "
                "بسلال تجدلها بنقشة متعرجة من الخوص الطبيعي والبنفسجي، وكانت عمتها تخلط ذلك الصبغ البنفسجي بنفسها. "
                "وتدرّب على السعفيات في دورات الهيئة منذ عام 2011."
            ),
        },
    },
    {
        "registry_number": "RG-BAS-00039",
        "seller_type": "artisan",
        "name": {"en": "Harib bin Hamad Al Yahyai", "ar": "حارب بن حمد اليحيائي"},
        "gender": "male",
        "birth_year": 1959,
        "governorate": "south_batinah",
        "wilayat": {"en": "Nakhal", "ar": "نخل"},
        "crafts": ["copperwork"],
        "items": ["dallah", "incense_burner", "tray"],
        "full_time": True,
        "bio": {
            "en": (
                "Harib hammers copper in a workshop near the hot spring at Nakhal, a trade he learned from a "
                "coppersmith in Rustaq in the 1970s. His dallahs are raised from a single sheet and closed with a seam "
                "so neat it is hard to find. He polishes nothing to a mirror: he likes copper to look as if it has "
                "been used."
            ),
            "ar": (
                "يطرق حارب النحاس في ورشة قريبة من عين الثوارة في نخل، وهي صنعة تعلّمها من نحّاس في الرستاق في "
                "السبعينيات. يرفع دلاله من صفيحة واحدة، ويغلقها بوصلة متقنة يصعب أن تعثر عليها. ولا يصقل شيئًا حتى "
                "يصير كالمرآة، فهو يحب أن يبدو النحاس كأنه استُعمل."
            ),
        },
    },
    {
        "registry_number": "RG-BAS-00040",
        "seller_type": "artisan",
        "name": {"en": "Fakhriya bint Said Al Hinai", "ar": "فخرية بنت سعيد الهنائية"},
        "gender": "female",
        "birth_year": 1986,
        "governorate": "south_batinah",
        "wilayat": {"en": "Barka", "ar": "بركاء"},
        "crafts": ["incense_cosmetics"],
        "items": ["bakhoor", "perfume_oil", "kohl"],
        "full_time": True,
        "bio": {
            "en": (
                "Fakhriya left a job in retail in 2017 to make bakhoor full time in Barka, starting from her mother's "
                "recipe and changing one ingredient at a time. She roasts her oud chips lightly before soaking them, a "
                "step she says gives the smoke a deeper, sweeter note. Her tins carry the name of each blend and the "
                "month it was made."
            ),
            "ar": (
                "تركت فخرية عملها في متجر عام 2017 لتتفرغ لصناعة البخور في بركاء، منطلقةً من وصفة أمها ومغيّرةً "
                "مكوّنًا واحدًا في كل مرة. تحمّص رقائق العود قليلًا قبل نقعها، وتقول إن هذه الخطوة تمنح الدخان نفحة "
                "أعمق وأحلى. وتحمل علبها اسم كل خلطة والشهر الذي صُنعت فيه."
            ),
        },
    },
    {
        "registry_number": "RG-BAS-00041",
        "seller_type": "artisan",
        "name": {"en": "Yaqoob bin Saif Al Maawali", "ar": "يعقوب بن سيف المعولي"},
        "gender": "male",
        "birth_year": 1977,
        "governorate": "south_batinah",
        "wilayat": {"en": "Wadi Al Maawil", "ar": "وادي المعاول"},
        "crafts": ["woodwork", "bone_coconut"],
        "items": ["mandoos", "tray", "prayer_beads", "keyring"],
        "full_time": False,
        "bio": {
            "en": (
                "Yaqoob turns prayer beads from camel bone and coconut shell in Wadi Al Maawil, on a lathe he built "
                "from a sewing-machine motor. He boils the bone and bleaches it in the sun for weeks before cutting "
                "it, so the beads stay white. At weekends he makes small wooden chests with the same patience."
            ),
            "ar": (
                "يخرط يعقوب المسابح من عظم الإبل وقشرة النارجيل في وادي المعاول، على مخرطة صنعها بنفسه من محرك ماكينة "
                "خياطة. يغلي العظم ويتركه في الشمس أسابيع حتى يبيضّ قبل أن يقطعه، فتبقى الحبات بيضاء. وفي عطلة الأسبوع "
                "يصنع مناديس خشبية صغيرة بالصبر نفسه."
            ),
        },
    },
    {
        "registry_number": "RG-BAS-00042",
        "seller_type": "artisan",
        "name": {"en": "Azza bint Mohammed Al Busaidi", "ar": "عزة بنت محمد البوسعيدية"},
        "gender": "female",
        "birth_year": 1999,
        "governorate": "south_batinah",
        "wilayat": {"en": "Al Musannah", "ar": "المصنعة"},
        "crafts": ["silverwork"],
        "items": ["ring", "necklace", "bracelet"],
        "full_time": True,
        "bio": {
            "ar": (
                "تخرجت عزة في مركز الخناجر والفضيات بمسقط ضمن إحدى دفعاته الأخيرة، وعادت إلى المصنعة لتفتح مشغلًا "
                "صغيرًا في بيت أسرتها. تميل إلى التصاميم البسيطة، فتأخذ عنصرًا واحدًا من الحلي العمانية القديمة، كحبة "
                "الفضة المحببة أو الهلال، وتبني حوله قطعة عصرية. وتبيع معظم إنتاجها لصديقاتها وزميلاتها عبر الإنترنت."
            ),
        },
    },
    {
        "registry_number": "RG-SHS-00043",
        "seller_type": "outlet",
        "name": {"en": "Omani Artisan House in Sur", "ar": "بيت الحرفي العماني في صور"},
        "gender": "male",
        "birth_year": 1963,
        "governorate": "south_sharqiyah",
        "wilayat": {"en": "Sur", "ar": "صور"},
        "crafts": ["woodwork", "palm_frond"],
        "items": ["dhow_model", "mandoos", "tray", "basket", "food_cover"],
        "full_time": True,
        "bio": {
            "en": (
                "The artisan house in Sur faces the lagoon where dhows have been built and repaired for centuries, and "
                "most of what it sells belongs to that tradition. Retired shipwrights and their sons make the dhow "
                "models, each named after the type of vessel it copies, and women from Al Ayjah and the old quarters "
                "of Sur supply the palm-frond work. The staff can tell you who made each piece and how long it took."
            ),
            "ar": (
                "يطل بيت الحرفي العماني في صور على الخور الذي تُبنى فيه السفن الخشبية وتُرمم منذ قرون، وأكثر ما يعرضه "
                "ينتمي إلى هذا الإرث. يصنع النماذجَ صنّاعُ سفن متقاعدون وأبناؤهم، ويحمل كل نموذج اسم نوع السفينة التي "
                "يحاكيها، بينما تمد نساء العيجة وحارات صور القديمة البيت بالسعفيات. ويستطيع العاملون فيه أن يخبروك "
                "بصانع كل قطعة وكم استغرقت."
            ),
        },
    },
    {
        "registry_number": "RG-SHS-00044",
        "seller_type": "artisan",
        "name": {"en": "Saleh bin Juma Al Araimi", "ar": "صالح بن جمعة العريمي"},
        "gender": "male",
        "birth_year": 1953,
        "governorate": "south_sharqiyah",
        "wilayat": {"en": "Sur", "ar": "صور"},
        "crafts": ["woodwork"],
        "items": ["dhow_model"],
        "full_time": True,
        "bio": {
            "en": (
                "Saleh worked in the dhow yards of Sur from the age of fourteen, fitting teak planks on ghanjahs and "
                "sambuks, until the yards grew quiet and he turned to models. He builds them the way he built the real "
                "boats, keel first, then the ribs, then the planking, and his fixed-scale ghanjah model is a design he "
                "deposited in 2019. A large model can take him four months."
            ),
            "ar": (
                "عمل صالح في أحواض بناء السفن بصور منذ الرابعة عشرة، يركّب ألواح الساج على الغنجات والسنابيك، حتى هدأت "
                "الأحواض فاتجه إلى النماذج. يبنيها كما كان يبني السفن الحقيقية: القاعدة أولًا، ثم الأضلاع، ثم الألواح، "
                "وقد أودع عام 2019 تصميمه لنموذج الغنجة بمقياس ثابت. وقد يستغرق النموذج الكبير منه أربعة أشهر."
            ),
        },
    },
    {
        "registry_number": "RG-SHS-00045",
        "seller_type": "artisan",
        "name": {"en": "Salha bint Rashid Al Alawi", "ar": "صالحة بنت راشد العلوية"},
        "gender": "female",
        "birth_year": 1967,
        "governorate": "south_sharqiyah",
        "wilayat": {"en": "Sur", "ar": "صور"},
        "crafts": ["incense_cosmetics"],
        "items": ["bakhoor", "perfume_oil", "kohl"],
        "full_time": True,
        "bio": {
            "en": (
                "Half the houses in Salha's neighbourhood of Sur burn her bakhoor, and the recipe came with her "
                "grandmother from a family of seafaring merchants. She blends oud, sandalwood, musk and rose oil, and "
                "matures the mixture in clay jars buried in the sand of her courtyard. Wedding orders come first; "
                "everything else waits."
            ),
            "ar": (
                "يُحرق بخور صالحة في نصف بيوت حارتها بصور، وقد جاءت وصفته مع جدتها من أسرة كانت تعمل في التجارة "
                "البحرية. تمزج العود والصندل والمسك ودهن الورد، وتعتّق الخليط في جرار فخارية تدفنها في رمل فناء بيتها. "
                "ولطلبات الأعراس الأولوية، وكل ما عداها ينتظر."
            ),
        },
    },
    {
        "registry_number": "RG-SHS-00046",
        "seller_type": "artisan",
        "name": {"en": "Hamoud bin Salim Al Saadi", "ar": "حمود بن سالم السعدي"},
        "gender": "male",
        "birth_year": 1961,
        "governorate": "south_sharqiyah",
        "wilayat": {"en": "Jaalan Bani Bu Ali", "ar": "جعلان بني بو علي"},
        "crafts": ["khanjars", "silverwork"],
        "items": ["khanjar", "khanjar_belt", "ring"],
        "full_time": True,
        "bio": {
            "en": (
                "Hamoud makes khanjars in Jaalan Bani Bu Ali and is particular about the horn or wood of the hilt, "
                "which he chooses and carves before any silver is cut. He learned from a master in Sur in the 1980s "
                "and has trained five young men since, two of them through the Authority's programme. His belts are "
                "woven in the wilayat and finished with silver fittings he makes himself."
            ),
            "ar": (
                "يصنع حمود الخناجر في جعلان بني بو علي، ويدقق كثيرًا في قرن المقبض أو خشبه، فيختاره وينحته قبل أن يقص "
                "أي فضة. تعلّم على يد معلم في صور في الثمانينيات، ودرّب منذ ذلك الحين خمسة شبان، اثنان منهم عبر برنامج "
                "الهيئة. وتُنسج أحزمته في الولاية، ثم يركّب عليها قطعها الفضية التي يصنعها بيده."
            ),
        },
    },
    {
        "registry_number": "RG-SHS-00047",
        "seller_type": "artisan",
        "name": {"en": "Asma bint Juma Al Junaibi", "ar": "أسماء بنت جمعة الجنيبية"},
        "gender": "female",
        "birth_year": 1974,
        "governorate": "south_sharqiyah",
        "wilayat": {"en": "Masirah", "ar": "مصيرة"},
        "crafts": ["palm_frond"],
        "items": ["basket", "mat", "food_cover", "hand_fan"],
        "full_time": False,
        "bio": {
            "en": (
                "Asma plaits palm fronds on Masirah island, where fronds have to come over on the ferry when the "
                "island's own palms run short. She makes fans and small baskets that visitors can carry home easily, "
                "and sturdier baskets for the fishermen in her family. The sea wind, she says, dries her fronds faster "
                "than anywhere on the mainland."
            ),
            "ar": (
                "تجدل أسماء السعف في جزيرة مصيرة، وحين لا يكفي نخل الجزيرة يُجلب السعف على العبّارة من البر. تصنع "
                "المهاف والسلال الصغيرة التي يسهل على الزوار حملها، وسلالًا أمتن للصيادين من أهلها. وتقول إن ريح البحر "
                "تجفف خوصها أسرع من أي مكان على البر."
            ),
        },
    },
    {
        "registry_number": "RG-SHS-00048",
        "seller_type": "artisan",
        "name": {"en": "Said bin Khamis Al Hashmi", "ar": "سعيد بن خميس الهاشمي"},
        "gender": "male",
        "birth_year": 1979,
        "governorate": "south_sharqiyah",
        "wilayat": {"en": "Al Kamil Wal Wafi", "ar": "الكامل والوافي"},
        "crafts": ["copperwork"],
        "items": ["dallah", "tray", "incense_burner"],
        "full_time": False,
        "bio": {
            "en": (
                "Said teaches metalwork at a technical college and keeps a copper workshop at home in Al Kamil Wal "
                "Wafi. He makes pieces for hospitality, dallahs and serving trays, and likes to engrave them with the "
                "names of the families who order them. His incense burners are pierced with a pattern of stars, so the "
                "smoke rises in thin threads."
            ),
            "ar": (
                "يدرّس سعيد أشغال المعادن في كلية تقنية، ويحتفظ بورشة للنحاس في بيته بالكامل والوافي. يصنع أدوات "
                "الضيافة من دلال وصوانٍ، ويحب أن ينقش عليها أسماء الأسر التي تطلبها. ومباخره مخرمة بنقشة نجوم، فيتصاعد "
                "الدخان منها خيوطًا رفيعة."
            ),
        },
    },
    {
        "registry_number": "RG-SHN-00049",
        "seller_type": "outlet",
        "name": {
            "en": "Textile Training and Production Centre in Ibra",
            "ar": "مركز التدريب والإنتاج الحرفي للنسيج في إبراء",
        },
        "gender": "female",
        "birth_year": 1970,
        "governorate": "north_sharqiyah",
        "wilayat": {"en": "Ibra", "ar": "إبراء"},
        "crafts": ["wool_weaving", "cotton_weaving"],
        "items": ["rug", "shawl", "saddle_bag", "kuma", "wizar"],
        "full_time": True,
        "bio": {
            "en": (
                "The textile centre in Ibra trains young women from the wilayat in spinning, dyeing and weaving, and "
                "sells what its trainees and instructors make. The wool comes from local flocks and is washed, carded "
                "and spun on site; the rugs are woven on ground looms in the old Sharqiyah patterns of stripes and "
                "diamonds. Every cohort finishes the course with a rug of its own design."
            ),
            "ar": (
                "يدرّب مركز النسيج في إبراء شابات الولاية على الغزل والصباغة والنسج، ويبيع ما تنتجه المتدربات "
                "والمدربات. يأتي الصوف من قطعان المنطقة، فيُغسل ويُمشّط ويُغزل في المركز، ثم يُنسج السجاد على الأنوال "
                "الأرضية بنقشات الشرقية القديمة من الخطوط والمعيّنات. وتختم كل دفعة دورتها بسجادة من تصميمها."
            ),
        },
    },
    {
        "registry_number": "RG-SHN-00050",
        "seller_type": "artisan",
        "name": {"en": "Moza bint Salim Al Wahaibi", "ar": "موزة بنت سالم الوهيبية"},
        "gender": "female",
        "birth_year": 1956,
        "governorate": "north_sharqiyah",
        "wilayat": {"en": "Bidiyah", "ar": "بدية"},
        "crafts": ["wool_weaving"],
        "items": ["rug", "saddle_bag", "shawl"],
        "full_time": True,
        "bio": {
            "en": (
                "Moza weaves on a ground loom pegged out in the sand beside her house in Bidiyah, at the edge of the "
                "Sharqiyah Sands, as the Bedouin women of her family always have. She uses sheep's wool and camel hair "
                "in their natural colours with bands of red, and twists her own cords for the tassels. A saddle bag "
                "takes her ten days; a full rug, most of a season."
            ),
            "ar": (
                "تنسج موزة على نول أرضي تثبّت أوتاده في الرمل بجوار بيتها في بدية، على أطراف رمال الشرقية، كما كانت "
                "نساء أسرتها البدويات يفعلن دائمًا. تستخدم صوف الغنم ووبر الإبل بألوانهما الطبيعية مع أشرطة من الأحمر، "
                "وتفتل بنفسها خيوط الشراشيب. يستغرق الخرج منها عشرة أيام، أما السجادة الكاملة فتأخذ معظم الموسم."
            ),
        },
    },
    {
        "registry_number": "RG-SHN-00051",
        "seller_type": "artisan",
        "name": {"en": "Nasser bin Hamad Al Harthi", "ar": "ناصر بن حمد الحارثي"},
        "gender": "male",
        "birth_year": 1970,
        "governorate": "north_sharqiyah",
        "wilayat": {"en": "Al Qabil", "ar": "القابل"},
        "crafts": ["silverwork", "khanjars"],
        "items": ["kohl_pot", "anklet", "bracelet", "khanjar"],
        "full_time": True,
        "bio": {
            "en": (
                "Nasser's grandfather made the silver that Sharqiyah brides wore in the 1950s, and Nasser still keeps "
                "his moulds and his order book. He makes heavy anklets and bracelets with granulated domes, and small "
                "kohl pots whose applicator hangs from a silver chain. He takes khanjar commissions only in the winter "
                "months."
            ),
            "ar": (
                "صاغ جد ناصر حليّ الفضة التي لبستها عرائس الشرقية في الخمسينيات، وما زال ناصر يحتفظ بقوالبه ودفتر "
                "طلباته. يصنع الخلاخيل والأساور الثقيلة ذات القباب المحببة، والمكاحل الصغيرة التي يتدلى مرودها من "
                "سلسلة فضية. ولا يقبل طلبات الخناجر إلا في أشهر الشتاء."
            ),
        },
    },
    {
        "registry_number": "RG-SHN-00052",
        "seller_type": "artisan",
        "name": {"en": "Halima bint Said Al Hajri", "ar": "حليمة بنت سعيد الهاجرية"},
        "gender": "female",
        "birth_year": 1963,
        "governorate": "north_sharqiyah",
        "wilayat": {"en": "Wadi Bani Khalid", "ar": "وادي بني خالد"},
        "crafts": ["palm_frond"],
        "items": ["basket", "mat", "food_cover", "hand_fan"],
        "full_time": False,
        "bio": {
            "en": (
                "Halima sells her palm-frond fans and baskets from a table near the pools of Wadi Bani Khalid, where "
                "visitors stop to cool off. She plaits them during the week in her village further up the wadi and "
                "dyes the accent strips green and magenta. Most of her buyers have never seen a fan being made, so she "
                "usually brings an unfinished one to show them."
            ),
            "ar": (
                "تبيع حليمة مهافها وسلالها السعفية على طاولة قرب برك وادي بني خالد، حيث يتوقف الزوار طلبًا للبرودة. "
                "تجدلها طوال الأسبوع في قريتها أعلى الوادي، وتصبغ خوص الزينة بالأخضر والأرجواني. وأكثر مشتريها لم يروا "
                "مهفة تُصنع من قبل، فتحمل معها في العادة واحدة لم تكتمل لتريهم كيف تُجدل."
            ),
        },
    },
    {
        "registry_number": "RG-SHN-00053",
        "seller_type": "artisan",
        "name": {"en": "Sultan bin Ali Al Maskari", "ar": "سلطان بن علي المسكري"},
        "gender": "male",
        "birth_year": 1987,
        "governorate": "north_sharqiyah",
        "wilayat": {"en": "Ibra", "ar": "إبراء"},
        "crafts": ["woodwork"],
        "items": ["mandoos", "tray", "carved_door"],
        "full_time": True,
        "bio": {
            "en": (
                "Sultan started by repairing the carved doors of the old quarters of Ibra, some of them more than a "
                "century old, and learned their patterns by taking them apart. Now he makes mandoos chests with the "
                "same rosettes and brass studs, in teak, and in sandalwood for the smaller boxes. There is a waiting "
                "list for his doors."
            ),
            "ar": (
                "بدأ سلطان بترميم الأبواب المنقوشة في حارات إبراء القديمة، وبعضها يزيد عمره على قرن، فتعلّم نقوشها وهو "
                "يفككها. وهو اليوم يصنع المناديس بالوريدات نفسها والمسامير النحاسية، من خشب الساج، ومن خشب الصندل "
                "للصناديق الصغيرة. ولأبوابه قائمة انتظار."
            ),
        },
    },
    {
        "registry_number": "RG-SHN-00054",
        "seller_type": "artisan",
        "name": {"en": "Raya bint Mohammed Al Hashmi", "ar": "ريا بنت محمد الهاشمية"},
        "gender": "female",
        "birth_year": 1992,
        "governorate": "north_sharqiyah",
        "wilayat": {"en": "Dima Wa At Taiyyin", "ar": "دماء والطائيين"},
        "crafts": ["wool_weaving", "cotton_weaving"],
        "items": ["shawl", "rug"],
        "full_time": True,
        "bio": {
            "en": (
                "Raya learned to weave at the textile centre in Ibra and set up a loom of her own in Dima Wa At "
                "Taiyyin in 2016. She weaves lighter shawls than her teachers did, in wool or fine cotton, keeping the "
                "old striped borders but in colours her friends actually wear. Her first customers were her "
                "classmates; now she sends orders to Muscat every week."
            ),
            "ar": (
                "تعلّمت ريا النسيج في مركز إبراء، ونصبت نولها الخاص في دماء والطائيين عام 2016. تنسج شالات أخف من "
                "شالات معلماتها، من الصوف أو القطن الناعم، محافظةً على الحواشي المقلمة القديمة لكن بألوان تلبسها "
                "صديقاتها فعلًا. كانت زميلاتها أولى زبوناتها، وهي اليوم ترسل الطلبات إلى مسقط كل أسبوع."
            ),
        },
    },
    {
        "registry_number": "RG-DHA-00055",
        "seller_type": "artisan",
        "name": {"en": "Zahir bin Saif Al Kalbani", "ar": "ظاهر بن سيف الكلباني"},
        "gender": "male",
        "birth_year": 1960,
        "governorate": "ad_dhahirah",
        "wilayat": {"en": "Ibri", "ar": "عبري"},
        "crafts": ["silverwork", "khanjars"],
        "items": ["khanjar", "khanjar_belt", "ring", "necklace"],
        "full_time": True,
        "bio": {
            "en": (
                "Zahir learned silversmithing in Ibri from a Bedouin smith who travelled between the villages with his "
                "tools in a saddle bag. He still works close to the ground, sitting at an anvil set into a block of "
                "wood, and is known for khanjar belts with a finely woven silver band. Collectors from around the Gulf "
                "find him in the souq."
            ),
            "ar": (
                "تعلّم ظاهر صياغة الفضة في عبري على يد صائغ بدوي كان يتنقل بين القرى وعدّته في خرج. وما زال يعمل "
                "جالسًا قريبًا من الأرض أمام سندان مثبت في قطعة خشب، ويُعرف بأحزمة الخناجر ذات الشريط الفضي المنسوج "
                "بدقة. ويقصده هواة الاقتناء من أنحاء الخليج في السوق."
            ),
        },
    },
    {
        "registry_number": "RG-DHA-00056",
        "seller_type": "artisan",
        "name": {"en": "Latifa bint Salim Al Yaqoubi", "ar": "لطيفة بنت سالم اليعقوبية"},
        "gender": "female",
        "birth_year": 1969,
        "governorate": "ad_dhahirah",
        "wilayat": {"en": "Yanqul", "ar": "ينقل"},
        "crafts": ["wool_weaving"],
        "items": ["rug", "saddle_bag"],
        "full_time": True,
        "bio": {
            "en": (
                "Latifa weaves rugs in Yanqul from the wool of her own sheep, which she shears in spring and washes in "
                "the falaj. She dyes with what she can find or buy nearby, henna among it for a soft orange, and her "
                "rugs are known for a central band of small diamonds. She learned from her mother-in-law after "
                "marrying into the village."
            ),
            "ar": (
                "تنسج لطيفة السجاد في ينقل من صوف غنمها، تجزّه في الربيع وتغسله في الفلج. تصبغ بما تجده أو تشتريه في "
                "المنطقة، ومنه الحناء الذي يمنحها برتقاليًا هادئًا، ويُعرف سجادها بشريط أوسط من معيّنات صغيرة. تعلّمت "
                "النسيج من أم زوجها بعد أن تزوجت وانتقلت إلى القرية."
            ),
        },
    },
    {
        "registry_number": "RG-DHA-00057",
        "seller_type": "artisan",
        "name": {"en": "Abdullah bin Hilal Al Ghafri", "ar": "عبدالله بن هلال الغافري"},
        "gender": "male",
        "birth_year": 1975,
        "governorate": "ad_dhahirah",
        "wilayat": {"en": "Dhank", "ar": "ضنك"},
        "crafts": ["pottery"],
        "items": ["incense_burner", "water_jar", "vase", "cooking_pot"],
        "full_time": False,
        "bio": {
            "en": (
                "Abdullah took up pottery in Dhank after a course with the Authority, having watched the potters of "
                "Bahla on school trips as a boy. He works at a kick wheel in a shed behind his house and fires in a "
                "small kiln he built himself. His incense burners are squat and heavy at the base, he says, so that "
                "nobody can knock one over in a crowded majlis."
            ),
            "ar": (
                "اتجه عبدالله إلى الفخار في ضنك بعد دورة لدى الهيئة، وكان صبيًا قد شاهد فخاريي بهلاء في رحلات مدرسية. "
                "يعمل على دولاب يديره بقدمه في سقيفة خلف بيته، ويحرق قطعه في فرن صغير بناه بنفسه. ومباخره قصيرة ثقيلة "
                "القاعدة، كما يقول، حتى لا تنقلب في المجلس المزدحم."
            ),
        },
    },
    {
        "registry_number": "RG-DHA-00058",
        "seller_type": "artisan",
        "name": {"en": "Samira bint Nasser Al Badi", "ar": "سميرة بنت ناصر البادية"},
        "gender": "female",
        "birth_year": 1983,
        "governorate": "ad_dhahirah",
        "wilayat": {"en": "Dhank", "ar": "ضنك"},
        "crafts": ["palm_frond", "cotton_weaving"],
        "items": ["basket", "food_cover", "kuma"],
        "full_time": False,
        "bio": {
            "ar": (
                "تقسم سميرة يومها في ضنك بين السعف والإبرة: في الصباح تجدل السلال والمكبات، وفي المساء تطرز الكمم "
                "لرجال العائلة والجيران. تعلّمت الصنعتين من جدتها لأمها، وتقول إن الصبر الذي يحتاجه الخوص هو نفسه الذي "
                "تحتاجه الكمة. وتعرض أعمالها في المعارض التي تقيمها الولاية في المناسبات الوطنية."
            ),
        },
    },
    {
        "registry_number": "RG-DHA-00059",
        "seller_type": "artisan",
        "name": {"en": "Ahmed bin Khamis Al Saadi", "ar": "أحمد بن خميس السعدي"},
        "gender": "male",
        "birth_year": 1994,
        "governorate": "ad_dhahirah",
        "wilayat": {"en": "Ibri", "ar": "عبري"},
        "crafts": ["woodwork", "bone_coconut"],
        "items": ["tray", "mandoos", "prayer_beads", "keyring"],
        "full_time": False,
        "bio": {
            "en": (
                "Ahmed is a young carpenter in Ibri who found his way into bone and coconut-shell work while looking "
                "for a use for his offcuts. He makes prayer beads, keyrings and small bone-inlaid trays, and entered a "
                "coconut-shell rosary in the craft innovation competition in 2019. He sells mostly at weekend markets "
                "and through a cousin's shop in Muscat."
            ),
            "ar": (
                "أحمد نجار شاب من عبري، قاده البحث عن استعمال لبقايا الخشب إلى العمل بالعظم وقشرة النارجيل. يصنع "
                "المسابح والميداليات وصوانيَ صغيرة مطعّمة بالعظم، وشارك بمسبحة من قشرة النارجيل في مسابقة الإبداع "
                "الحرفي عام 2019. ويبيع في الغالب في أسواق نهاية الأسبوع وعبر متجر ابن عمه في مسقط."
            ),
        },
    },
    {
        "registry_number": "RG-DHA-00060",
        "seller_type": "artisan",
        "name": {"en": "Maryam bint Hamad Al Kalbani", "ar": "مريم بنت حمد الكلبانية"},
        "gender": "female",
        "birth_year": 1964,
        "governorate": "ad_dhahirah",
        "wilayat": {"en": "Ibri", "ar": "عبري"},
        "crafts": ["incense_cosmetics", "palm_frond"],
        "items": ["bakhoor", "kohl", "perfume_oil", "basket"],
        "full_time": True,
        "bio": {
            "en": (
                "Maryam has made bakhoor and kohl in Ibri for thirty years and still sells them in palm-frond baskets "
                "she plaits herself. She roasts her kohl over a slow fire with a little oil before grinding it, which "
                "she says gives it a deeper black. She is one of the women the wilayat's brides visit in the week "
                "before a wedding."
            ),
            "ar": (
                "تصنع مريم البخور والكحل في عبري منذ ثلاثين عامًا، وما زالت تبيعهما في سلال سعفية تجدلها بيديها. تحمّص "
                "كحلها على نار هادئة مع قليل من الدهن قبل أن تطحنه، وتقول إن ذلك يمنحه سوادًا أعمق. وهي من النساء "
                "اللواتي تقصدهن عرائس الولاية في الأسبوع الذي يسبق الزفاف."
            ),
        },
    },
    {
        "registry_number": "RG-WUS-00061",
        "seller_type": "artisan",
        "name": {"en": "Hamda bint Salim Al Harsusi", "ar": "حمدة بنت سالم الحرسوسية"},
        "gender": "female",
        "birth_year": 1958,
        "governorate": "al_wusta",
        "wilayat": {"en": "Haima", "ar": "هيماء"},
        "crafts": ["wool_weaving"],
        "items": ["rug", "saddle_bag", "shawl"],
        "full_time": True,
        "bio": {
            "en": (
                "Hamda weaves in Haima, in the heart of the Jiddat al-Harasis, from goat hair, sheep's wool and the "
                "hair of her family's camels. Her rugs are long and narrow, woven on a ground loom in strips of black, "
                "brown and white crossed by a single red line, then stitched together along the edges. She learned at "
                "twelve and now weaves with her granddaughters on winter afternoons."
            ),
            "ar": (
                "تنسج حمدة في هيماء، في قلب جدة الحراسيس، من شعر الماعز وصوف الغنم ووبر إبل أسرتها. سجادها طويل ضيق، "
                "تنسجه على نول أرضي شرائط بالأسود والبني والأبيض يشقها خط أحمر واحد، ثم تخيط الشرائط بعضها إلى بعض. "
                "تعلّمت النسيج في الثانية عشرة، وهي اليوم تنسج مع حفيداتها في عصاري الشتاء."
            ),
        },
    },
    {
        "registry_number": "RG-WUS-00062",
        "seller_type": "artisan",
        "name": {"en": "Khamis bin Ali Al Janaibi", "ar": "خميس بن علي الجنيبي"},
        "gender": "male",
        "birth_year": 1966,
        "governorate": "al_wusta",
        "wilayat": {"en": "Duqm", "ar": "الدقم"},
        "crafts": ["woodwork"],
        "items": ["dhow_model", "tray"],
        "full_time": False,
        "bio": {
            "en": (
                "Khamis fished the coast off Duqm for thirty years and carves models of the boats he knew, from small "
                "fishing boats to the sewn boats his grandfather used to describe. Since the port was built he has "
                "found buyers among the engineers and visitors passing through. He carves in the shade of his boat "
                "shelter, with the sea in view."
            ),
            "ar": (
                "صاد خميس على ساحل الدقم ثلاثين عامًا، وهو ينحت نماذج القوارب التي عرفها، من قوارب الصيد الصغيرة إلى "
                "السفن المخيطة التي كان جده يصفها له. ومنذ أن بُني الميناء وجد مشترين بين المهندسين والزوار العابرين. "
                "وينحت في ظل مظلة قاربه والبحر أمام عينيه."
            ),
        },
    },
    {
        "registry_number": "RG-WUS-00063",
        "seller_type": "artisan",
        "name": {"en": "Shamma bint Said Al Batahari", "ar": "شمة بنت سعيد البطحرية"},
        "gender": "female",
        "birth_year": 1972,
        "governorate": "al_wusta",
        "wilayat": {"en": "Al Jazer", "ar": "الجازر"},
        "crafts": ["wool_weaving", "palm_frond"],
        "items": ["rug", "food_cover", "basket"],
        "full_time": False,
        "bio": {
            "en": (
                "Shamma lives in Al Jazer, a fishing wilayat on the Arabian Sea, and weaves wool in the months when "
                "the men are away at sea. Her rugs are small, made for the floor of a tent or a car, and she trades "
                "dried fish with Bedouin families inland for their wool. She also plaits food covers for her own "
                "household and the neighbours."
            ),
            "ar": (
                "تعيش شمة في الجازر، الولاية الساحلية المطلة على بحر العرب، وتنسج الصوف في الأشهر التي يخرج فيها "
                "الرجال إلى البحر. سجادها صغير، مصنوع ليُفرش في خيمة أو سيارة، وتقايض الأسر البدوية في الداخل السمك "
                "المجفف بصوفها. وتجدل أيضًا المكبات لبيتها وللجيران."
            ),
        },
    },
    {
        "registry_number": "RG-WUS-00064",
        "seller_type": "artisan",
        "name": {"en": "Mohammed bin Salim Al Wahaibi", "ar": "محمد بن سالم الوهيبي"},
        "gender": "male",
        "birth_year": 1980,
        "governorate": "al_wusta",
        "wilayat": {"en": "Mahout", "ar": "محوت"},
        "crafts": ["silverwork"],
        "items": ["bracelet", "anklet", "necklace"],
        "full_time": False,
        "bio": {
            "en": (
                "Mohammed is a camel trainer in Mahout who took up silverwork at thirty, when an elderly smith in the "
                "wilayat had no one to leave his tools to. He makes Bedouin jewellery in the old patterns: heavy "
                "anklets with bells, bracelets with rows of small knobs, necklaces hung with coins. He works when the "
                "camels allow."
            ),
            "ar": (
                "محمد مدرب هجن في محوت، اتجه إلى صياغة الفضة في الثلاثين حين لم يجد صائغ مسن في الولاية من يورّثه "
                "عدّته. يصنع الحلي البدوية على نقوشها القديمة: خلاخيل ثقيلة بأجراس، وأساور بصفوف من النتوءات الصغيرة، "
                "وقلائد تتدلى منها العملات. ويعمل حين تسمح له الهجن."
            ),
        },
    },
    {
        "registry_number": "RG-WUS-00065",
        "seller_type": "artisan",
        "name": {"en": "Noora bint Awadh Al Mahri", "ar": "نورة بنت عوض المهرية"},
        "gender": "female",
        "birth_year": 1990,
        "governorate": "al_wusta",
        "wilayat": {"en": "Duqm", "ar": "الدقم"},
        "crafts": ["incense_cosmetics"],
        "items": ["bakhoor", "kohl", "frankincense"],
        "full_time": True,
        "bio": {
            "en": (
                "Noora's mother's family is from Dhofar, and after every harvest season a relative sends her sacks of "
                "frankincense, which she sorts, packs and sells in Duqm alongside her own bakhoor. A little Dhofari "
                "frankincense goes into every batch of that bakhoor, which is what sets it apart from her neighbours'. "
                "She opened her shop near the new town in 2021."
            ),
            "ar": (
                "أصول أم نورة من ظفار، وبعد كل موسم حصاد يرسل إليها أحد أقاربها أكياسًا من اللبان تفرزها وتعبئها "
                "وتبيعها في الدقم إلى جانب بخورها. ويميز بخورها عن بخور جاراتها قليل من لبان ظفار تضيفه إلى كل خلطة. "
                "وافتتحت محلها قرب المدينة الجديدة عام 2021."
            ),
        },
    },
    {
        "registry_number": "RG-WUS-00066",
        "seller_type": "artisan",
        "name": {"en": "Awadh bin Salim Al Batahari", "ar": "عوض بن سالم البطحري"},
        "gender": "male",
        "birth_year": 1962,
        "governorate": "al_wusta",
        "wilayat": {"en": "Al Jazer", "ar": "الجازر"},
        "crafts": ["bone_coconut", "woodwork"],
        "items": ["prayer_beads", "keyring", "tray"],
        "full_time": True,
        "bio": {
            "en": (
                "Awadh carves camel bone in Al Jazer, a craft he learned from a Dhofari friend in the 1990s. He makes "
                "prayer beads, keyrings and inlays for small trays, and shapes his beads by eye rather than from a "
                "template, so no two strands are quite alike. He sells at the exhibitions the governorate holds for "
                "its artisans."
            ),
            "ar": (
                "ينحت عوض عظم الإبل في الجازر، وهي صنعة تعلّمها من صديق ظفاري في التسعينيات. يصنع المسابح والميداليات "
                "وتطعيمات الصواني الصغيرة، ويشكّل حباته بعينه لا بقالب، فلا تتطابق مسبحتان من صنعه. ويبيع في المعارض "
                "التي تقيمها المحافظة لحرفييها."
            ),
        },
        "materials": ["bone", "wood"],
    },
]

# Craft designs deposited with the Ministry of Commerce and Industry under the copyright law (Royal Decree
# 65/2008), most of them by the Authority. "applies_to", "products", "descriptor" and "govs" say which demo
# products are made to each design.
DESIGN_DEPOSITS: list[dict[str, Any]] = [
    {
        "number": "OM-CD-2012-0014",
        "title": {"en": "Khanjar belt with Nizwa-pattern silver band", "ar": "حزام خنجر بشريط فضي على النقشة النزوية"},
        "owner": "authority",
        "deposited_on": "2012-04-22",
        "certificate": "MOCI-IP-2012-0014",
        "applies_to": [{"item": "khanjar_belt", "craft": "khanjars", "material": "silver"}],
        "products": 3,
    },
    {
        "number": "OM-CD-2013-0031",
        "title": {"en": "Frankincense-tree souvenir medallion", "ar": "ميدالية تذكارية على شكل شجرة اللبان"},
        "owner": "authority",
        "deposited_on": "2013-09-10",
        "certificate": "MOCI-IP-2013-0031",
        "applies_to": [{"item": "keyring", "craft": "bone_coconut"}],
        "products": 2,
        "descriptor": "souvenir",
    },
    {
        "number": "OM-CD-2014-0047",
        "title": {"en": "Palm-frond hand fan with plaited rim", "ar": "مهفة سعف بإطار مجدول"},
        "owner": "authority",
        "deposited_on": "2014-02-17",
        "certificate": "MOCI-IP-2014-0047",
        "applies_to": [{"item": "hand_fan", "craft": "palm_frond"}],
        "products": 2,
    },
    {
        "number": "OM-CD-2014-0052",
        "title": {
            "en": "Hospitality set: dallah and tray with engraved palm border",
            "ar": "طقم ضيافة: دلة وصينية بإطار نخيل منقوش",
        },
        "owner": "authority",
        "deposited_on": "2014-06-08",
        "certificate": "MOCI-IP-2014-0052",
        "applies_to": [{"item": "dallah", "craft": "copperwork"}, {"item": "tray", "craft": "copperwork"}],
        "products": 3,
    },
    {
        "number": "OM-CD-2015-0068",
        "title": {
            "en": "Women's silver accessory set with crescent pendant",
            "ar": "طقم إكسسوارات نسائية فضية بدلاية هلالية",
        },
        "owner": "authority",
        "deposited_on": "2015-11-03",
        "certificate": "MOCI-IP-2015-0068",
        "applies_to": [
            {"item": "necklace", "craft": "silverwork", "material": "silver"},
            {"item": "bracelet", "craft": "silverwork", "material": "silver"},
            {"item": "ring", "craft": "silverwork", "material": "silver"},
        ],
        "products": 4,
    },
    {
        "number": "OM-CD-2016-0143",
        "title": {"en": "Pierced clay lighting unit", "ar": "وحدة إضاءة فخارية مخرمة"},
        "owner": "authority",
        "deposited_on": "2016-06-05",
        "certificate": "MOCI-IP-2016-0143",
        "applies_to": [],
        "products": 0,
    },
    {
        "number": "OM-CD-2017-0089",
        "title": {"en": "Palm-frond food cover with coloured bands", "ar": "مكبة سعف بأشرطة ملونة"},
        "owner": "authority",
        "deposited_on": "2017-03-03",
        "certificate": "MOCI-IP-2017-0089",
        "applies_to": [{"item": "food_cover", "craft": "palm_frond"}],
        "products": 3,
    },
    {
        "number": "OM-CD-2018-0104",
        "title": {"en": "Coconut-shell hand rosary", "ar": "مسبحة يد من قشرة النارجيل"},
        "owner": "authority",
        "deposited_on": "2018-10-14",
        "certificate": "MOCI-IP-2018-0104",
        "applies_to": [{"item": "prayer_beads", "craft": "bone_coconut", "material": "coconut_shell"}],
        "products": 3,
    },
    {
        "number": "OM-CD-2019-0117",
        "title": {"en": "Carved bone medallion with khanjar motif", "ar": "ميدالية من العظم بنقش الخنجر"},
        "owner": "authority",
        "deposited_on": "2019-05-20",
        "certificate": "MOCI-IP-2019-0117",
        "applies_to": [{"item": "keyring", "craft": "bone_coconut", "material": "bone"}],
        "products": 2,
    },
    {
        "number": "OM-CD-2020-0126",
        "title": {"en": "Miniature mandoos souvenir", "ar": "مندوس مصغر للهدايا التذكارية"},
        "owner": "authority",
        "deposited_on": "2020-01-26",
        "certificate": "MOCI-IP-2020-0126",
        "applies_to": [{"item": "mandoos", "craft": "woodwork", "material": "wood"}],
        "products": 2,
        "descriptor": "small",
    },
    {
        "number": "OM-CD-2021-0133",
        "title": {
            "en": "Painted clay incense burner in the Dhofari form",
            "ar": "مبخرة فخارية ملونة على الشكل الظفاري",
        },
        "owner": "authority",
        "deposited_on": "2021-08-09",
        "certificate": "MOCI-IP-2021-0133",
        "applies_to": [{"item": "incense_burner", "craft": "pottery", "material": "clay"}],
        "products": 2,
        "descriptor": "dhofari",
        "govs": ["dhofar"],
    },
    {
        "number": "OM-CD-2019-0009",
        "title": {"en": "Ghanjah dhow model at a fixed scale", "ar": "نموذج غنجة بمقياس ثابت"},
        "owner": "RG-SHS-00044",
        "deposited_on": "2019-04-15",
        "certificate": "MOCI-IP-2019-0009",
        "applies_to": [{"item": "dhow_model", "craft": "woodwork", "material": "wood"}],
        "products": 2,
    },
    {
        "number": "OM-CD-2020-0041",
        "title": {"en": "Kuma with a border of small roses", "ar": "كمة بإطار من الورود الصغيرة"},
        "owner": "RG-BAN-00034",
        "deposited_on": "2020-09-28",
        "certificate": "MOCI-IP-2020-0041",
        "applies_to": [{"item": "kuma", "craft": "cotton_weaving", "material": "cotton"}],
        "products": 2,
        "descriptor": "embroidered",
    },
    {
        "number": "OM-CD-2022-0057",
        "title": {
            "en": "Light bridal necklace after an old Mutrah piece",
            "ar": "قلادة عرس خفيفة مستوحاة من قطعة مطرحية قديمة",
        },
        "owner": "RG-MCT-00003",
        "deposited_on": "2022-02-13",
        "certificate": "MOCI-IP-2022-0057",
        "applies_to": [{"item": "necklace", "craft": "silverwork", "material": "silver"}],
        "products": 1,
        "descriptor": "bridal",
    },
    {
        "number": "OM-CD-2023-0019",
        "title": {"en": "Khanjar belt buckle with frankincense-leaf motif", "ar": "إبزيم حزام خنجر بنقش ورقة اللبان"},
        "owner": "RG-DHO-00012",
        "deposited_on": "2023-03-01",
        "certificate": "MOCI-IP-2023-0019",
        "applies_to": [{"item": "khanjar_belt", "craft": "khanjars", "material": "silver"}],
        "products": 1,
    },
]

# The sentence of a product description that says who made it and where, by kind of work and kind of seller.
# {maker} is the seller's name, {place} the wilayat and governorate, {gov} ", governorate" after an outlet's
# name; in Arabic {title} is الحرفي/الحرفية, {verb} a verb agreeing with the maker and the item (AR_VERBS),
# {passive} صُنع/صُنعت, {hands} بيديه/بيديها and {workshop} ورشته/ورشتها.
MAKER_SENTENCES: dict[str, dict[str, dict[str, list[str]]]] = {
    "make": {
        "artisan": {
            "en": [
                "Made by hand by {maker} in {place}.",
                "{maker} made this by hand in {place}.",
                "From the workshop of {maker} in {place}.",
            ],
            "ar": [
                "{verb} {title} {maker} يدويًا في {place}.",
                "من أعمال {title} {maker} في {place}.",
                "{verb} {maker} {hands} في {workshop} ب{place}.",
            ],
        },
        "outlet": {
            "en": ["Made by hand at {maker}{gov}.", "Made and sold by {maker}{gov}."],
            "ar": ["من إنتاج {maker}{gov}.", "{passive} يدويًا في {maker}{gov}."],
        },
    },
    "sort": {
        "artisan": {
            "en": ["Sorted and packed by {maker} in {place}.", "Sorted by hand by {maker} in {place}."],
            "ar": ["من فرز وتعبئة {title} {maker} في {place}.", "{verb} {title} {maker} {hands} في {place}."],
        },
        "outlet": {"en": ["Sorted and packed at {maker}{gov}."], "ar": ["من فرز وتعبئة {maker}{gov}."]},
    },
    "prepare": {
        "artisan": {
            "en": ["Prepared by hand by {maker} in {place}.", "Blended in small batches by {maker} in {place}."],
            "ar": ["من تحضير {title} {maker} في {place}.", "{verb} {title} {maker} على دفعات صغيرة في {place}."],
        },
        "outlet": {"en": ["Prepared at {maker}{gov}."], "ar": ["من تحضير {maker}{gov}."]},
    },
    "distil": {
        "artisan": {
            "en": ["Distilled by {maker} in {place}.", "Distilled in small batches by {maker} in {place}."],
            "ar": ["{verb} {title} {maker} في {place}.", "من تقطير {title} {maker} في {place}."],
        },
        "outlet": {"en": ["Distilled at {maker}{gov}."], "ar": ["من تقطير {maker}{gov}."]},
    },
}

# Arabic verbs by kind of work, then the maker's gender, then the gender of the item's noun.
AR_VERBS: dict[str, dict[str, dict[str, str]]] = {
    "make": {"male": {"m": "صنعه", "f": "صنعها"}, "female": {"m": "صنعته", "f": "صنعتها"}},
    "sort": {"male": {"m": "فرزه", "f": "فرزها"}, "female": {"m": "فرزته", "f": "فرزتها"}},
    "prepare": {"male": {"m": "حضّره", "f": "حضّرها"}, "female": {"m": "حضّرته", "f": "حضّرتها"}},
    "distil": {"male": {"m": "قطّره", "f": "قطّرها"}, "female": {"m": "قطّرته", "f": "قطّرتها"}},
}

# "was made", agreeing with the item's noun.
AR_PASSIVE: dict[str, str] = {"m": "صُنع", "f": "صُنعت"}

# Words that agree with the maker's gender.
AR_MAKER_WORDS: dict[str, dict[str, str]] = {
    "male": {"title": "الحرفي", "hands": "بيديه", "workshop": "ورشته", "self": "نفسه"},
    "female": {"title": "الحرفية", "hands": "بيديها", "workshop": "ورشتها", "self": "نفسها"},
}

# The sentence a product made to a deposited design ends with, by owner of the design.
DEPOSIT_SENTENCES: dict[str, dict[str, str]] = {
    "authority": {
        "en": (
            "Made to a design that the Public Authority for Craft Industries deposited with the Ministry of Commerce "
            "and Industry (deposit {number}, certificate {certificate})."
        ),
        "ar": (
            "القطعة مصنوعة وفق تصميم أودعته الهيئة العامة للصناعات الحرفية لدى وزارة التجارة والصناعة (رقم الإيداع "
            "{number}، الشهادة {certificate})."
        ),
    },
    "artisan": {
        "en": (
            "The design is the maker's own, deposited with the Ministry of Commerce and Industry (deposit {number}, "
            "certificate {certificate})."
        ),
        "ar": (
            "التصميم من ابتكار {title} {self}، وهو مودع لدى وزارة التجارة والصناعة (رقم الإيداع {number}، الشهادة "
            "{certificate})."
        ),
    },
}
