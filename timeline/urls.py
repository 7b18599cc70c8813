from django.urls import path

from timeline import views

urlpatterns = [
    path("", views.timeline, name="timeline"),
    path("events/<slug:slug>/", views.event_detail, name="event-detail"),
    path("people/<slug:slug>/", views.person_detail, name="person-detail"),
    path("articles/<int:pk>/", views.article_detail, name="article-detail"),
]
