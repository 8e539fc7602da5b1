from django.contrib import admin

from .models import DeliveryTime, RestrictionRule


@admin.register(RestrictionRule)
class RestrictionRuleAdmin(admin.ModelAdmin):
    list_display = ("flag", "country", "action", "reason")
    list_filter = ("flag", "action")


@admin.register(DeliveryTime)
class DeliveryTimeAdmin(admin.ModelAdmin):
    list_display = ("method", "min_days", "max_days")
