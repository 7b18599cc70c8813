from django.urls import path, re_path

from timeline import views
from timeline.feeds import NewEventsFeed

urlpatterns = [
    path("", views.timeline, name="timeline"),
    path("feed.atom", NewEventsFeed(), name="feed"),
    path("relations/", views.relationships, name="relationships"),
    re_path(r"^relations/(?P<a>[A-Za-z]{2})-(?P<b>[A-Za-z]{2})/$", views.relationship, name="relationship"),
    path("events/<slug:slug>/", views.event_detail, name="event-detail"),
    path("people/<slug:slug>/", views.person_detail, name="person-detail"),
    path("agreements/<slug:slug>/", views.agreement_detail, name="agreement-detail"),
]
