from django.contrib import admin

from .models import RestrictionRule


@admin.register(RestrictionRule)
class RestrictionRuleAdmin(admin.ModelAdmin):
    list_display = ("flag", "country", "action", "reason")
    list_filter = ("flag", "action")
