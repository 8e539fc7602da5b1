from django.urls import path

from . import views

app_name = "reviews"

urlpatterns = [
    path("shop/reviews/write/<int:line_pk>/", views.write_review, name="write"),
    path("shop/reviews/reminders/stop/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("workshop/<str:registry_number>/reviews/", views.workshop_reviews, name="workshop-reviews"),
    path(
        "workshop/<str:registry_number>/reviews/<int:review_pk>/reply/",
        views.workshop_reply,
        name="workshop-review-reply",
    ),
    path("authority/reviews-to-check/", views.review_queue, name="authority-queue"),
    path("authority/reviews-to-check/<int:pk>/", views.review_moderate, name="authority-review"),
]
