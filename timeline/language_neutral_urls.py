"""URLs that are the same in every language: the share images and the sitemap. (The exports follow the
language of their URL: timeline/urls.py.)"""

from django.contrib.sitemaps.views import sitemap
from django.urls import path

from timeline import views
from timeline.feeds import SITEMAPS

urlpatterns = [
    # ?lang=en draws the English image; without it, the Vietnamese one (the URL links already carry).
    path("events/<slug:slug>/share.png", views.event_share_image, name="event-share-image"),
    path(
        "sitemap.xml",
        sitemap,
        {"sitemaps": SITEMAPS, "template_name": "timeline/sitemap.xml"},
        name="sitemap",
    ),
]
