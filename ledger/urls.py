from django.urls import path

from . import views

app_name = "ledger"
urlpatterns = [
    path("workshop/<str:registry_number>/bank/", views.workshop_bank, name="workshop-bank"),
    path("workshop/<str:registry_number>/statements/", views.workshop_statements, name="workshop-statements"),
    path(
        "workshop/<str:registry_number>/statements/<int:statement_pk>/",
        views.workshop_statement,
        name="workshop-statement",
    ),
    path(
        "workshop/<str:registry_number>/statements/<int:statement_pk>/csv/",
        views.workshop_statement_csv,
        name="workshop-statement-csv",
    ),
]
