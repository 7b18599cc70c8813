"""An Atom feed of newly published events, with the timeline's filters (`/feed.atom?country=Japan`), and
the sitemap of the public pages in both languages."""

from django.contrib.sitemaps import Sitemap
from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from timeline.exports import export_language, export_title, person_name
from timeline.filters import EventFilter
from timeline.models import Agreement, Event, Person
from timeline.safe_text import without_control_characters

FEED_SIZE = 50


class NewEventsFeed(Feed):
    """The latest published events first (by the time they were recorded), filtered like the timeline;
    a filter value the site cannot use is a 400, as on the other exports. Like them it is in English under
    /en/ or with `?lang=en`, readable by any site, and carries no control character (XML cannot)."""

    feed_type = Atom1Feed

    def __call__(self, request, *args, **kwargs):
        with translation.override(export_language(request)):
            response = super().__call__(request, *args, **kwargs)
        response["Access-Control-Allow-Origin"] = "*"
        return response

    def author_name(self):
        """RFC 4287 asks for an author of the feed (or of every entry): the site that composes it."""
        return _("Dòng thời gian ngoại giao")

    def author_link(self):
        return self.request.build_absolute_uri(reverse("timeline"))

    def get_object(self, request):
        self.request = request
        return EventFilter(request.GET, queryset=Event.objects.published())

    def title(self, event_filter):
        return without_control_characters(export_title(event_filter))

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
        return without_control_characters(f"{event.display_date()} · {event.display_title}")

    def item_description(self, event):
        people = ", ".join(person_name(p.person) for p in event.participations.all())
        parts = [str(event.get_type_display()), event.country_names, event.display_place, people]
        return without_control_characters(" · ".join(part for part in parts if part))

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
