"""Pages of a long list whose length is already known."""

from django.core.paginator import Paginator


class CountedPaginator(Paginator):
    """A paginator told how many items it holds (counted once per state of the timeline, or read off the
    overview's counts per year): with many events, a COUNT costs as much as the page itself."""

    def __init__(self, object_list, per_page, count: int):
        super().__init__(object_list, per_page)
        self.__dict__["count"] = count  # Paginator.count is a cached_property: this is its value
