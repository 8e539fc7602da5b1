from django.contrib import admin
from oscar.apps.catalogue.admin import *  # noqa: F403  Oscar's admin for the catalogue models.

from catalogue.models import Material


@admin.register(Material)
class MaterialAdmin(admin.ModelAdmin):
    list_display = ["slug", "name_en", "name_ar"]
    search_fields = ["slug", "name_en", "name_ar"]
