"""URLs that are the same in every language: the exports and the share images."""

from django.urls import path

from timeline import exports, views

urlpatterns = [
    path("api/events.json", exports.events_json, name="api-events"),
    path("api/timelinejs.json", exports.events_timelinejs, name="api-timelinejs"),
    path("events.csv", exports.events_csv, name="events-csv"),
    path("events.ics", exports.events_ics, name="events-ics"),
    path("events/<slug:slug>/share.png", views.event_share_image, name="event-share-image"),
]
