from django import template

from audit import labels

register = template.Library()

register.filter("action_label", labels.action_label)
register.filter("field_label", labels.field_label)
register.filter("audit_value", labels.value_label)
register.filter("actor_label", labels.actor_label)
