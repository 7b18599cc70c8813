"""An Atom feed of newly published events, with the timeline's filters (`/feed.atom?country=Japan`), and
the sitemap of the public pages in both languages."""

from django.contrib.sitemaps import Sitemap
from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from timeline.filters import EventFilter
from timeline.models import Agreement, Event, Person

FEED_SIZE = 50


class NewEventsFeed(Feed):
    """The latest published events first (by the time they were recorded), filtered like the timeline;
    a filter value the site cannot use is a 400, as on the other exports."""

    feed_type = Atom1Feed

    def get_object(self, request):
        self.request = request
        return EventFilter(request.GET, queryset=Event.objects.published())

    def title(self, event_filter):
        parts = event_filter.description()
        return _("Dòng thời gian ngoại giao") + (": " + " · ".join(parts) if parts else "")

    def link(self, event_filter):
        query = self.request.GET.urlencode()
        return reverse("timeline") + (f"?{query}" if query else "")

    def feed_url(self, event_filter):
        """The feed's own address with its filters (rel="self"), so that a reader subscribes to this view."""
        return self.request.get_full_path()

    def subtitle(self, event_filter):
        return _("Sự kiện mới xuất bản, mỗi sự kiện dẫn câu văn của bài báo nguồn.")

    def items(self, event_filter):
        return event_filter.qs.order_by("-created_at", "-pk").prefetch_related("participations__person", "countries")[
            :FEED_SIZE
        ]

    def item_title(self, event):
        return f"{event.display_date()} · {event.display_title}"

    def item_description(self, event):
        people = ", ".join(p.person.name for p in event.participations.all())
        return " · ".join(part for part in [str(event.get_type_display()), event.country_names, people] if part)

    def item_link(self, event):
        return event.get_absolute_url()

    def item_pubdate(self, event):
        return event.created_at

    def item_updateddate(self, event):
        return event.updated_at


class EventSitemap(Sitemap):
    i18n = True
    alternates = True
    limit = 5000

    def items(self):
        return Event.objects.published().order_by("pk").only("slug", "updated_at")

    def lastmod(self, event):
        return event.updated_at


class PersonSitemap(Sitemap):
    i18n = True
    alternates = True

    def items(self):
        return Person.objects.public().order_by("pk").only("slug")


class AgreementSitemap(Sitemap):
    i18n = True
    alternates = True

    def items(self):
        return Agreement.objects.public().order_by("pk").only("slug")


class PageSitemap(Sitemap):
    """The timeline, the list of relationships and each relationship's page."""

    i18n = True
    alternates = True

    def items(self):
        pairs = Event.objects.published().relationship_summaries()
        return [("timeline", ()), ("relationships", ())] + [
            ("relationship", (home.iso.lower(), other.iso.lower())) for home, other, *_counts in pairs
        ]

    def location(self, item):
        name, args = item
        return reverse(name, args=args)


SITEMAPS = {"pages": PageSitemap, "events": EventSitemap, "people": PersonSitemap, "agreements": AgreementSitemap}
