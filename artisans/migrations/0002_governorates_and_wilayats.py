"""Reference data: Oman's 11 governorates and their wilayats, in English and Arabic.

The registry codes (DAK, MCT, ...) are the prefixes of registry numbers and SKUs.
"""

from django.db import migrations

GOVERNORATES = [
    # slug, code, English, Arabic, wilayats [(slug, English, Arabic)]
    ("muscat", "MCT", "Muscat", "مسقط", [
        ("muscat", "Muscat", "مسقط"),
        ("mutrah", "Mutrah", "مطرح"),
        ("bawshar", "Bawshar", "بوشر"),
        ("seeb", "Seeb", "السيب"),
        ("al_amarat", "Al Amarat", "العامرات"),
        ("qurayyat", "Qurayyat", "قريات"),
    ]),
    ("dhofar", "DHO", "Dhofar", "ظفار", [
        ("salalah", "Salalah", "صلالة"),
        ("taqah", "Taqah", "طاقة"),
        ("mirbat", "Mirbat", "مرباط"),
        ("rakhyut", "Rakhyut", "رخيوت"),
        ("thumrait", "Thumrait", "ثمريت"),
        ("dhalkut", "Dhalkut", "ضلكوت"),
        ("al_mazyunah", "Al Mazyunah", "المزيونة"),
        ("muqshin", "Muqshin", "مقشن"),
        ("shalim_and_the_hallaniyat_islands", "Shalim and the Hallaniyat Islands", "شليم وجزر الحلانيات"),
        ("sadah", "Sadah", "سدح"),
    ]),
    ("musandam", "MSN", "Musandam", "مسندم", [
        ("khasab", "Khasab", "خصب"),
        ("bukha", "Bukha", "بخا"),
        ("dibba", "Dibba", "دبا"),
        ("madha", "Madha", "مدحاء"),
    ]),
    ("al_buraimi", "BUR", "Al Buraimi", "البريمي", [
        ("al_buraimi", "Al Buraimi", "البريمي"),
        ("mahdah", "Mahdah", "محضة"),
        ("as_sunaynah", "As Sunaynah", "السنينة"),
    ]),
    ("ad_dakhiliyah", "DAK", "Ad Dakhiliyah", "الداخلية", [
        ("nizwa", "Nizwa", "نزوى"),
        ("bahla", "Bahla", "بهلاء"),
        ("manah", "Manah", "منح"),
        ("al_hamra", "Al Hamra", "الحمراء"),
        ("adam", "Adam", "أدم"),
        ("izki", "Izki", "إزكي"),
        ("samail", "Samail", "سمائل"),
        ("bidbid", "Bidbid", "بدبد"),
        ("al_jabal_al_akhdar", "Al Jabal Al Akhdar", "الجبل الأخضر"),
    ]),
    ("north_batinah", "BAN", "North Al Batinah", "شمال الباطنة", [
        ("sohar", "Sohar", "صحار"),
        ("shinas", "Shinas", "شناص"),
        ("liwa", "Liwa", "لوى"),
        ("saham", "Saham", "صحم"),
        ("al_khaburah", "Al Khaburah", "الخابورة"),
        ("as_suwaiq", "As Suwaiq", "السويق"),
    ]),
    ("south_batinah", "BAS", "South Al Batinah", "جنوب الباطنة", [
        ("rustaq", "Rustaq", "الرستاق"),
        ("al_awabi", "Al Awabi", "العوابي"),
        ("nakhal", "Nakhal", "نخل"),
        ("wadi_al_maawil", "Wadi Al Maawil", "وادي المعاول"),
        ("barka", "Barka", "بركاء"),
        ("al_musannah", "Al Musannah", "المصنعة"),
    ]),
    ("south_sharqiyah", "SHS", "South Ash Sharqiyah", "جنوب الشرقية", [
        ("sur", "Sur", "صور"),
        ("al_kamil_wal_wafi", "Al Kamil Wal Wafi", "الكامل والوافي"),
        ("jaalan_bani_bu_hassan", "Jaalan Bani Bu Hassan", "جعلان بني بو حسن"),
        ("jaalan_bani_bu_ali", "Jaalan Bani Bu Ali", "جعلان بني بو علي"),
        ("masirah", "Masirah", "مصيرة"),
    ]),
    ("north_sharqiyah", "SHN", "North Ash Sharqiyah", "شمال الشرقية", [
        ("ibra", "Ibra", "إبراء"),
        ("al_mudaybi", "Al Mudaybi", "المضيبي"),
        ("bidiyah", "Bidiyah", "بدية"),
        ("al_qabil", "Al Qabil", "القابل"),
        ("wadi_bani_khalid", "Wadi Bani Khalid", "وادي بني خالد"),
        ("dima_wa_at_taiyyin", "Dima Wa At Taiyyin", "دماء والطائيين"),
    ]),
    ("ad_dhahirah", "DHA", "Ad Dhahirah", "الظاهرة", [
        ("ibri", "Ibri", "عبري"),
        ("yanqul", "Yanqul", "ينقل"),
        ("dhank", "Dhank", "ضنك"),
    ]),
    ("al_wusta", "WUS", "Al Wusta", "الوسطى", [
        ("haima", "Haima", "هيماء"),
        ("mahout", "Mahout", "محوت"),
        ("duqm", "Duqm", "الدقم"),
        ("al_jazer", "Al Jazer", "الجازر"),
    ]),
]


def load_regions(apps, schema_editor):
    Governorate = apps.get_model("artisans", "Governorate")
    Wilayat = apps.get_model("artisans", "Wilayat")
    db = schema_editor.connection.alias
    for slug, code, name_en, name_ar, wilayats in GOVERNORATES:
        governorate, _ = Governorate.objects.using(db).update_or_create(
            slug=slug, defaults={"code": code, "name_en": name_en, "name_ar": name_ar}
        )
        for wilayat_slug, wilayat_en, wilayat_ar in wilayats:
            Wilayat.objects.using(db).update_or_create(
                slug=wilayat_slug,
                defaults={"governorate": governorate, "name_en": wilayat_en, "name_ar": wilayat_ar},
            )


class Migration(migrations.Migration):
    dependencies = [("artisans", "0001_initial")]

    operations = [migrations.RunPython(load_regions, migrations.RunPython.noop)]
