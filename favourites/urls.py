from django.urls import path

from . import views

app_name = "favourites"

urlpatterns = [
    path("favourites/", views.favourites_list, name="list"),
    path("favourites/<int:product_id>/add/", views.favourite_add, name="add"),
    path("favourites/<int:product_id>/remove/", views.favourite_remove, name="remove"),
    path("artisans/<str:registry_number>/follow/", views.artisan_follow, name="follow"),
    path("artisans/<str:registry_number>/unfollow/", views.artisan_unfollow, name="unfollow"),
    path("following/stop/<str:token>/", views.unfollow_link, name="unfollow-link"),
]
