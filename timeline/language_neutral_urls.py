"""URLs that are the same in every language: the exports, the share images and the sitemap."""

from django.contrib.sitemaps.views import sitemap
from django.urls import path

from timeline import exports, views
from timeline.feeds import SITEMAPS

urlpatterns = [
    path("api/events.json", exports.events_json, name="api-events"),
    path("api/timelinejs.json", exports.events_timelinejs, name="api-timelinejs"),
    path("events.csv", exports.events_csv, name="events-csv"),
    path("events.ics", exports.events_ics, name="events-ics"),
    # ?lang=en draws the English image; without it, the Vietnamese one (the URL links already carry).
    path("events/<slug:slug>/share.png", views.event_share_image, name="event-share-image"),
    path(
        "sitemap.xml",
        sitemap,
        {"sitemaps": SITEMAPS, "template_name": "timeline/sitemap.xml"},
        name="sitemap",
    ),
]
