from django.urls import path

from search import api

app_name = "search-api"

urlpatterns = [
    path("", api.search, name="search"),
    path("suggest/", api.suggestions, name="suggest"),
    path("click/", api.click, name="click"),
]
