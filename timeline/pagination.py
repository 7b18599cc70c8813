"""Pages of a long list whose length is already known, and the page a URL asks for."""

import re

from django.core.paginator import Paginator
from django.utils.translation import gettext


class CountedPaginator(Paginator):
    """A paginator told how many items it holds (counted once per state of the timeline, or read off the
    overview's counts per year): with many events, a COUNT costs as much as the page itself."""

    def __init__(self, object_list, per_page, count: int):
        super().__init__(object_list, per_page)
        self.__dict__["count"] = count  # Paginator.count is a cached_property: this is its value


def requested_page(paginator: Paginator, value: str | None):
    """(page, problem): the page `?page=` names, or, for a number that names no page, the nearest one (the
    first for 0, -1 or 'abc', the last past the end) with a sentence saying so. Without `?page=`, the first.
    The pages show the sentence; the exports answer 400 with it."""
    if value is None or value == "":
        return paginator.page(1), None
    last = paginator.num_pages
    if re.fullmatch(r"[0-9]{1,9}", value) and 1 <= int(value) <= last:
        return paginator.page(int(value)), None
    past_the_end = re.fullmatch(r"[0-9]+", value) is not None and int(value) > last
    problem = gettext("Không có trang “%(page)s”: các trang là 1–%(pages)d.") % {"page": value[:20], "pages": last}
    return paginator.page(last if past_the_end else 1), problem
