from django.urls import path

from timeline import feeds, share_images

urlpatterns = [
    path("api/events.json", feeds.events_json, name="api-events"),
    path("api/timelinejs.json", feeds.events_timelinejs, name="api-timelinejs"),
    path("events.csv", feeds.events_csv, name="events-csv"),
    path("events.ics", feeds.events_ics, name="events-ics"),
    path("events/<slug:slug>/share.png", share_images.event_share_image, name="event-share-image"),
]
