from django.urls import path

from insights import views

app_name = "insights"
urlpatterns = [
    path("figures/", views.figures, name="figures"),
    path("figures/figures.csv", views.figures_csv, name="figures-csv"),
    path("authority/insights/", views.dashboard, name="dashboard"),
    path("authority/insights/artisans/", views.register, name="register"),
    path("authority/insights/artisans.csv", views.register_csv, name="register-csv"),
    path("authority/insights/export/<slug:code>.csv", views.table_csv, name="table-csv"),
    path("authority/insights/<slug:section>/", views.dashboard, name="section"),
]
