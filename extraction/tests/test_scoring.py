"""The scorer on a hand-written gold file and export: what it counts as found, missed, split and conflated."""

from extraction.scoring import score, score_published

GOLD = {
    "articles": [
        {
            "file": "a.txt",
            "url": "https://news.example/a-123.html",
            "events": [
                {
                    "type": "visit",
                    "start": "2019-03-04",
                    "end": "2019-03-06",
                    "precision": "day",
                    "participants": ["Lê Văn Hải", "Maria Costa"],
                    "key": "visit-2019",
                },
                {
                    "type": "talks",
                    "start": "2019-03-05",
                    "end": "2019-03-05",
                    "precision": "day",
                    "participants": ["Lê Văn Hải", "Maria Costa"],
                    "key": "talks-2019",
                },
                {"type": "upgrade", "start": "2009", "end": "2009", "precision": "year", "participants": []},
            ],
            "persons": [{"name": "Lê Văn Hải"}, {"name": "Maria Costa"}],
        },
        {
            "file": "b.txt",
            "url": None,
            "events": [
                {
                    "type": "visit",
                    "start": "2019-03",
                    "end": "2019-03",
                    "precision": "month",
                    "participants": ["Maria Costa"],
                    "key": "visit-2019",
                },
            ],
            "persons": [{"name": "Maria Costa"}],
        },
    ]
}


def export(*events, persons=()):
    return {"events": list(events), "persons": list(persons)}


def event(article, type, start, end, precision, participants, slug):
    return {
        "article": article,
        "type": type,
        "start": start,
        "end": end,
        "precision": precision,
        "participants": participants,
        "slug": slug,
    }


def test_matches_by_overlapping_dates_and_a_shared_participant_and_counts_persons():
    totals = score(
        GOLD,
        export(
            # matched by URL, the day inside the visit's range: found, but not the exact dates
            event("https://news.example/a-123.html", "visit", "2019-03-05", "2019-03-05", "day", ["Maria Costa"], "v"),
            # another year: an extra event
            event("a.txt", "talks", "2018-03-05", "2018-03-05", "day", ["Lê Văn Hải"], "t"),
            # year unknown (no start): not scored at all
            event("a.txt", "upgrade", None, None, "year", [], "u"),
            persons=[
                {"name": "Maria Costa", "articles": ["a.txt", "b.txt"]},
                {"name": "Kim Bo", "articles": ["a.txt"]},
            ],
        ),
    )
    assert (totals.gold, totals.exported, totals.matched, totals.dates_exact) == (4, 2, 1, 0)
    assert round(totals.precision, 2) == 0.5 and totals.recall == 0.25
    assert round(totals.f1, 2) == 0.33
    assert totals.summary.endswith("persons P 0.67 R 0.67")


def test_timeline_counts_an_occasion_split_over_two_events_and_two_occasions_on_one():
    totals = score(
        GOLD,
        export(
            event("a.txt", "visit", "2019-03-04", "2019-03-06", "day", ["Maria Costa"], "visit-a"),
            event("a.txt", "talks", "2019-03-05", "2019-03-05", "day", ["Maria Costa"], "visit-a"),
            event("b.txt", "visit", "2019-03-04", "2019-03-06", "day", ["Maria Costa"], "visit-b"),
        ),
        show=True,
        timeline=True,
    )
    assert totals.matched == 3 and totals.dates_exact == 2
    # visit-2019 went to two events (split 1); event visit-a holds the visit and the talks (conflated 1).
    assert (totals.split, totals.conflated) == (1, 1)
    assert totals.timeline_summary.endswith("dedup 0.00")
    assert any(line.startswith("   split:      visit-2019") for line in totals.lines)


def test_each_gold_event_matches_at_most_one_exported_event():
    twice = event("b.txt", "visit", "2019-03-10", "2019-03-10", "day", ["Maria Costa"], "x")
    totals = score(GOLD, export(twice, {**twice, "slug": "y"}), show=True)
    assert (totals.matched, totals.exported) == (1, 2)
    assert any(line.startswith("   extra:  visit 2019-03-10") for line in totals.lines)


def test_published_trust_counts_what_a_reader_sees_right_in_event_dates_and_type():
    visit = event("a.txt", "visit", "2019-03-04", "2019-03-06", "day", ["Maria Costa"], "v")
    talks_a_day_late = event("a.txt", "talks", "2019-03-06", "2019-03-06", "day", ["Lê Văn Hải"], "t")
    upgrade_draft = event("a.txt", "upgrade", "2009", "2009", "year", [], "u")
    published = score_published(
        GOLD,
        export(
            {**visit, "status": "published"},
            {**talks_a_day_late, "status": "published"},
            {**upgrade_draft, "status": "draft"},
        ),
    )
    # Two published: the visit is right, the talks are found but a day off (a wrong fact);
    # the right upgrade is a draft, so a reader does not see it and it counts for neither figure.
    assert (published.mentions, published.right, published.gold) == (2, 1, 4)
    assert published.summary == "PUBLISHED mentions 2 right 1 trust 0.50 recall 0.25"


def test_published_mentions_are_matched_among_themselves_and_an_export_without_status_has_no_published_line():
    # The same visit told twice, published and as a draft: matched with every event, the gold event could
    # go to the draft; a reader sees only the published one, and it is right.
    month = event("b.txt", "visit", "2019-03", "2019-03", "month", ["Maria Costa"], "m")
    published = score_published(GOLD, export({**month, "status": "published"}, {**month, "status": "draft"}))
    assert published.summary == "PUBLISHED mentions 1 right 1 trust 1.00 recall 0.25"
    assert score_published(GOLD, export(month)) is None
