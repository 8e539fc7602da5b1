"""The language work of search: every normalisation rule, stemming, folding and the glossary."""

import pytest

from search.analysis import (
    arabic_forms,
    document_concepts,
    identifier_key,
    index_terms,
    latin_forms,
    load_glossary,
    query_units,
    words,
)


def keys(text: str) -> list[str]:
    return [word.key for word in words(text)]


@pytest.mark.parametrize(
    ("written", "normalised"),
    [
        ("أساور", "اساور"),  # alef with hamza above
        ("إبريق", "ابريق"),  # alef with hamza below
        ("آثار", "اثار"),  # alef with madda
        ("مبخرة", "مبخر"),  # taa marbuta
        ("مبخره", "مبخر"),  # ... typed as haa
        ("نزوى", "نزو"),  # alef maqsura
        ("نزوي", "نزو"),  # ... typed as yaa
        ("خِنْجَر", "خنجر"),  # diacritics
        ("سلّة", "سل"),  # shadda
        ("خاتـــم", "خاتم"),  # tatweel
        ("مسؤول", "مسوول"),  # hamza on waw
        ("فئة", "في"),  # hamza on yaa
    ],
)
def test_arabic_spelling_variants_meet_in_one_form(written, normalised):
    assert keys(written) == [normalised]


def test_arabic_indic_digits_become_latin_digits():
    assert keys("٢٠١٩") == ["2019"]


@pytest.mark.parametrize(
    ("written", "stem"),
    [("والخناجر", "خناجر"), ("بالذهب", "ذهب"), ("للسلال", "سلال"), ("الفضية", "فض"), ("وسلة", "سل"), ("فضيات", "فض")],
)
def test_arabic_prefixes_and_suffixes_are_removed(written, stem):
    assert keys(written) == [stem]


def test_a_word_typed_with_letters_missing_meets_the_full_word():
    # ساور for أساور: the hamza carrier dropped; مبخر فخاري for مبخرة فخارية: taa marbuta dropped.
    assert set(arabic_forms("أساور", indexing=True)) >= {"ساور"}
    assert keys("ساور")[0] in index_terms("أساور").split()
    assert keys("مبخر فخاري") == keys("مبخرة فخارية")


def test_a_word_without_its_leading_alef_meets_it_in_documents():
    assert keys("ساور")[0] in index_terms("اساور فضية").split()


def test_arabic_stopwords_are_not_searched():
    assert keys("سلة من السعف") == ["سل", "سعف"]


@pytest.mark.parametrize(
    ("written", "stem"),
    [
        ("rings", "ring"),
        ("baskets", "basket"),
        ("boxes", "box"),
        ("jewellries", "jewellry"),
        ("weaving", "weav"),
        ("engraved", "engrav"),
        ("Incense", "incens"),
        ("Café", "cafe"),
    ],
)
def test_english_words_are_folded_and_lightly_stemmed(written, stem):
    assert latin_forms(written)[0] == stem


@pytest.mark.parametrize("name", ["Al-Harthy", "Al Harthi", "al harthi", "Alharthi"])
def test_transliterated_names_meet(name):
    assert set(index_terms(name).split()) & set(index_terms("Al Harthi").split())


def test_words_are_split_on_punctuation_and_hyphens():
    assert keys("palm-frond, basket!") == ["palm", "frond", "basket"]


def test_glossary_phrases_are_read_longest_first():
    units = query_units("kohl pot")
    assert len(units) == 1 and units[0].concepts == {"item:kohl_pot"}
    assert query_units("kohl")[0].concepts == {"item:kohl"}


@pytest.mark.parametrize(
    ("query", "concept"),
    [
        ("khanjer", "item:khanjar"),
        ("khunjar", "item:khanjar"),
        ("خناجر", "item:khanjar"),
        ("bakhour", "item:bakhoor"),
        ("luban", "item:frankincense"),
        ("loban", "item:frankincense"),
        ("mandous", "item:mandoos"),
        ("مناديس", "item:mandoos"),
        ("kumma", "item:kuma"),
        ("الخواتم", "item:ring"),
        ("أساور", "item:bracelet"),
        ("ساور", "item:bracelet"),
        ("قلائد", "item:necklace"),
        ("silvr", "material:silver"),
        ("baskit", "item:basket"),
        ("فضية", "material:silver"),
        ("صوفي", "material:wool"),
    ],
)
def test_the_glossary_reads_transliterations_plurals_variants_and_typos(query, concept):
    assert concept in query_units(query)[0].concepts


def test_a_misspelt_phrase_is_read_as_the_phrase():
    (unit,) = query_units("insense burner")
    assert unit.concepts == {"item:incense_burner"}
    assert unit.corrected


def test_short_words_are_not_corrected_into_something_else():
    assert query_units("lap")[0].concepts == frozenset()
    assert query_units("laptop")[0].concepts == frozenset()
    assert query_units("سيارة")[0].concepts == frozenset()


def test_documents_carry_the_concepts_of_their_title_in_either_language():
    assert {"item:khanjar", "item:khanjar_belt", "material:silver"} <= document_concepts("Dibba silver khanjar belt")
    assert {"item:khanjar", "item:khanjar_belt", "material:silver"} <= document_concepts("حزام خنجر فضي من دبا")


def test_a_document_does_not_take_a_craft_from_its_words():
    assert not any(concept.startswith("craft:") for concept in document_concepts("Clay incense burner"))


@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("om-cd-2019-0090d", "OM-CD-2019-0090D"),
        ("OM-CD-٢٠١٩-0090D", "OM-CD-2019-0090D"),
        ("shs-kha-dv0006", "SHS-KHA-DV0006"),
    ],
)
def test_identifiers_are_read_case_insensitively_in_either_digit_script(typed, key):
    assert identifier_key(typed) == key


@pytest.mark.parametrize("text", ["silver ring", "kohl-pot", "12", "", "a-b"])
def test_words_are_not_taken_for_identifiers(text):
    assert identifier_key(text) is None


@pytest.mark.parametrize(
    "hostile",
    [
        "x" * 10_000,
        "\x00\x01\x02",
        'title:(ring) AND "silver',
        "*?~^[]{}\\",
        "🪔🧿",
        "silver فضي ring خاتم",
        "\u202e\u200f",
    ],
)
def test_hostile_text_is_analysed_without_error(hostile):
    query_units(hostile)
    index_terms(hostile)


def test_a_glossary_file_the_authority_extends_is_read_with_its_new_terms(tmp_path):
    path = tmp_path / "glossary.csv"
    path.write_text(
        "concept,kind,en,ar\n# a comment line\nitem:lantern,item,lantern|fanous,فانوس|فوانيس\n", encoding="utf-8"
    )
    extended = load_glossary(path)
    assert extended.phrases[("lantern",)] == {"item:lantern"}
    assert extended.phrases[("فوانيس",)] == {"item:lantern"}
