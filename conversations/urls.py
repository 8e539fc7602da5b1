from django.urls import path

from . import views

app_name = "conversations"

INBOX = "workshop/<str:registry_number>/questions/"

urlpatterns = [
    path("ask-the-maker/<int:product_pk>/", views.ask, name="ask"),
    path("ask-the-maker/check-your-inbox/", views.check_inbox, name="check-inbox"),
    path("ask-the-maker/confirm/<str:token>/", views.confirm, name="confirm"),
    path("my-questions/", views.my_questions, name="my-questions"),
    path("my-questions/<int:pk>/", views.my_conversation, name="mine"),
    path("my-questions/<int:pk>/report/", views.my_conversation_report, name="mine-report"),
    path("ask-the-maker/guest/<str:token>/", views.guest_conversation, name="guest"),
    path("ask-the-maker/guest/<str:token>/report/", views.guest_conversation_report, name="guest-report"),
    path(INBOX, views.workshop_inbox, name="workshop-inbox"),
    path(f"{INBOX}<int:pk>/", views.workshop_conversation, name="workshop-conversation"),
    path(f"{INBOX}<int:pk>/report/", views.workshop_conversation_report, name="workshop-conversation-report"),
    path("authority/conversations/", views.authority_conversations, name="authority-list"),
    path("authority/conversations/<int:pk>/", views.authority_conversation, name="authority-conversation"),
]
