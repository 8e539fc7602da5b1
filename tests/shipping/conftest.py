import pytest

from tests.factories import make_artisan, make_product


@pytest.fixture
def khanjar():
    smith = make_artisan(name_en="Hamad Al Balushi", wilayat_slug="bahla", crafts=("khanjars",))
    return make_product(artisan=smith, title_en="Silver Nizwa khanjar", title_ar="خنجر نزوي فضي", price="350.000")


@pytest.fixture
def perfume_oil():
    maker = make_artisan(name_en="Shamsa Al Hashmi", crafts=("incense_cosmetics",))
    oil = make_product(
        artisan=maker,
        title_en="Rose perfume oil",
        title_ar="دهن الورد",
        price="15.000",
        weight_g=200,
        materials=("rose",),
    )
    oil.is_dangerous_goods = True
    oil.save()
    return oil


@pytest.fixture
def jar():
    return make_product(title_en="Bahla clay jar", title_ar="جرة من طين بهلاء", price="12.340", weight_g=800)
