from django.urls import path, re_path

from timeline import exports, views
from timeline.feeds import NewEventsFeed

urlpatterns = [
    path("", views.timeline, name="timeline"),
    path("feed.atom", NewEventsFeed(), name="feed"),
    # The exports follow the language of the URL: /en/events.ics is in English (so are the links of /en/).
    path("api/events.json", exports.events_json, name="api-events"),
    path("api/timelinejs.json", exports.events_timelinejs, name="api-timelinejs"),
    path("events.csv", exports.events_csv, name="events-csv"),
    path("events.ics", exports.events_ics, name="events-ics"),
    path("relations/", views.relationships, name="relationships"),
    re_path(r"^relations/(?P<a>[A-Za-z]{2})-(?P<b>[A-Za-z]{2})/$", views.relationship, name="relationship"),
    path("events/<slug:slug>/", views.event_detail, name="event-detail"),
    path("people/<slug:slug>/", views.person_detail, name="person-detail"),
    path("agreements/<slug:slug>/", views.agreement_detail, name="agreement-detail"),
]
