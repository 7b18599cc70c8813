from django.urls import path

from timeline import feeds

urlpatterns = [
    path("api/events.json", feeds.events_json, name="api-events"),
    path("events.csv", feeds.events_csv, name="events-csv"),
    path("events.ics", feeds.events_ics, name="events-ics"),
]
