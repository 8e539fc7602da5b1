from django.urls import path

from insights import views

app_name = "insights"
urlpatterns = [
    path("figures/", views.figures, name="figures"),
    path("figures/figures.csv", views.figures_csv, name="figures-csv"),
]
