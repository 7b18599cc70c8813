"""Which event on the timeline an article's event tells again, among several that might."""

from datetime import date
from types import SimpleNamespace

from articles.event_matching import CandidateEvent, matching_event
from extraction import records as rec


def test_a_day_of_a_visit_joins_that_visit_not_the_same_guests_next_one_known_to_its_month():
    guest = SimpleNamespace(pk=7)
    next_leg = CandidateEvent(1, "visit", date(2031, 5, 1), date(2031, 5, 31), "month", "", None, person_ids={7})
    this_visit = CandidateEvent(2, "visit", date(2031, 5, 25), date(2031, 5, 27), "day", "", None, person_ids={7})
    day = rec.DateSpan(date(2031, 5, 25), date(2031, 5, 25), "day", "25/5", 0)
    found = rec.FoundEvent(type="visit", title="", date=day, evidence="")
    assert matching_event(found, [guest], [next_leg, this_visit]) == 2
