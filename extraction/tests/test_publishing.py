"""The publishing decision: features the pipeline knows, a probability, a threshold, reasons a curator reads."""

from extraction import extract_article
from extraction.publishing import FEATURES, DraftReason, PublishingModel, features, judge, rightness, shipped_model
from extraction.records import YearGuess

TWO_EVENTS = (
    "Tin ngoại giao\n"
    "Ngày 12/5/2022, Thủ tướng Việt Nam Lê Minh Hòa hội đàm với Thủ tướng Chile Pedro Alvarez tại Hà Nội.\n"
    "Chiều 14/3, Bộ trưởng Ngoại giao Trần Thu Hà gặp Đại sứ Peru Luis Gomez.\n"
)
YEARLESS = "Tin ngoại giao\nChiều 14/3, Bộ trưởng Ngoại giao Trần Thu Hà gặp Đại sứ Peru Luis Gomez.\n"


def model_weighing(means=None, **weights):
    """A model over every feature, zero but for `weights`, that publishes from probability 0.5."""
    names = list(FEATURES)
    means = means or {}
    return PublishingModel(names, [weights.get(n, 0.0) for n in names], 0.0, [means.get(n, 0.0) for n in names], 0.5)


def by_type(article):
    return {event.type: event for event in article.events}


def test_an_event_whose_year_was_written_is_published_and_one_whose_year_was_inferred_waits_saying_so():
    article = extract_article(TWO_EVENTS)
    judge(article, model_weighing(year_inferred=-3.0))
    talks, meeting = by_type(article)["talks"], by_type(article)["meeting"]
    assert talks.publish_probability == 0.5 and talks.draft_reasons == []
    assert meeting.publish_probability < 0.5 and meeting.draft_reasons == [DraftReason.YEAR_INFERRED]


def test_reasons_name_the_strongest_features_against_an_event_first():
    article = extract_article(TWO_EVENTS)
    judge(article, model_weighing(year_inferred=-1.0, type_meeting=-2.0))
    assert by_type(article)["meeting"].draft_reasons == [DraftReason.EVENT_TYPE, DraftReason.YEAR_INFERRED]


def test_a_reason_is_named_only_when_true_of_the_event():
    article = extract_article(TWO_EVENTS)
    confidence = by_type(article)["talks"].confidence
    # Weighed against as a whole (negative intercept-like weight on its type), but with more confidence than
    # the average event: "low confidence" would be false, the type is the reason.
    judge(article, model_weighing(means={"confidence": confidence - 0.2}, confidence=1.0, type_talks=-5.0))
    assert by_type(article)["talks"].draft_reasons == [DraftReason.EVENT_TYPE]
    judge(article, model_weighing(means={"confidence": confidence + 0.2}, confidence=1.0, type_talks=-5.0))
    assert by_type(article)["talks"].draft_reasons == [DraftReason.EVENT_TYPE, DraftReason.LOW_CONFIDENCE]


def test_a_year_nobody_gave_always_waits_whatever_the_threshold():
    article = extract_article(YEARLESS)
    assert article.year_unknown
    judge(article, model_weighing(), threshold=0.0)
    assert [event.draft_reasons for event in article.events] == [[DraftReason.YEAR_UNKNOWN]]


def test_talks_that_name_no_one_always_wait_whatever_the_threshold():
    article = extract_article(TWO_EVENTS)
    by_type(article)["talks"].participants = []  # "Cuộc hội đàm diễn ra …": whose, the sentence does not say
    judge(article, model_weighing(), threshold=0.0)
    assert by_type(article)["talks"].draft_reasons == [DraftReason.NO_PARTICIPANT]
    assert by_type(article)["meeting"].draft_reasons == []


def test_a_meeting_with_one_side_only_waits_and_one_with_an_envoy_of_another_country_may_be_published():
    text = (
        "Ngày 8/4/2031, tại Lima, Tổng thống Chile Ana Soto nói với báo giới rằng cuộc gặp là mang tính xây dựng. "
        "Ngày 9/4/2031, Chủ tịch nước Trần Văn Bình tiếp Đại sứ các nước Chile, Peru và Argentina tới trình Quốc thư."
    )
    article = extract_article(text)
    judge(article, model_weighing(), threshold=0.0)
    reasons = {
        event.date.iso(): [e.draft_reasons for e in article.events if e.date == event.date] for event in article.events
    }
    assert reasons["2031-04-08"] == [[DraftReason.ONE_SIDE]]
    assert reasons["2031-04-09"] == [[], [], []]


def test_a_visit_that_names_only_people_of_the_country_visited_waits():
    text = (
        "Ngày 7/3/2031, tại Canberra, Thủ tướng Lê Văn An hội đàm với Thủ tướng Australia John Smith. Thủ tướng Lê "
        "Văn An nhắc lại chuyến thăm Việt Nam tháng 6/2030 đã mở ra giai đoạn mới."
    )
    article = extract_article(text, published="2031-03-07")
    judge(article, model_weighing(), threshold=0.0)
    earlier = [e for e in article.events if e.type == "visit" and e.date.iso() == "2030-06"]
    assert [e.draft_reasons for e in earlier] == [[DraftReason.VISIT_INCOMPLETE]]
    assert [e.draft_reasons for e in article.events if e.type == "talks"] == [[]]


def test_a_ceremony_that_names_no_one_always_waits_and_one_that_does_may_be_published():
    text = (
        "Tin ngoại giao\nNgày 3/2/2025, tại Lima diễn ra lễ khai mạc Lễ hội Văn hóa Việt Nam.\n"
        "Sáng 4/2/2025, Thủ tướng Lê Minh Hòa chủ trì lễ đón Tổng thống Peru Luis Gomez.\n"
    )
    article = extract_article(text)
    judge(article, model_weighing(), threshold=0.0)
    ceremonies = [event for event in article.events if event.type == "other"]
    assert [bool(event.participants) for event in ceremonies] == [False, True]
    assert [event.draft_reasons for event in ceremonies] == [[DraftReason.NO_PARTICIPANT], []]


def test_a_threshold_given_overrides_the_models():
    article = extract_article(TWO_EVENTS)
    judge(article, model_weighing(), threshold=0.6)
    assert all(event.draft_reasons for event in article.events)


def test_features_read_the_date_the_year_and_the_competing_events_of_the_article():
    article = extract_article(TWO_EVENTS)
    rows = dict(zip((event.type for event in article.events), features(article), strict=True))
    names = list(FEATURES)
    talks, meeting = rows["talks"], rows["meeting"]
    assert (talks[names.index("year_inferred")], meeting[names.index("year_inferred")]) == (0.0, 1.0)
    assert talks[names.index("type_talks")] == 1.0 and talks[names.index("type_meeting")] == 0.0
    assert talks[names.index("no_participant")] == 0.0 and talks[names.index("foreign_participant")] == 1.0
    assert talks[names.index("same_type_events")] == 0.0


def gold_event(type, start, precision, participants):
    return {"type": type, "start": start, "end": start, "precision": precision, "participants": participants}


def test_rightness_is_the_scorers_rule_matched_with_exact_dates_and_the_right_type():
    article = extract_article(TWO_EVENTS)
    gold = [
        {
            "type": "talks",
            "start": "2022-05-12",
            "end": "2022-05-12",
            "precision": "day",
            "participants": ["Lê Minh Hòa"],
        },
        # the gold knows only the month: the meeting read to the day is found, but its date is not exact
        {
            "type": "meeting",
            "start": "2022-03",
            "end": "2022-03",
            "precision": "month",
            "participants": ["Trần Thu Hà"],
        },
    ]
    verdicts = dict(zip((event.type for event in article.events), rightness(article, gold), strict=True))
    assert verdicts == {"talks": True, "meeting": False}
    assert rightness(extract_article(YEARLESS), gold) == [None]  # year unknown: not scored


def test_the_shipped_model_reads_every_feature_the_pipeline_computes_and_no_text():
    model = shipped_model()
    assert model.names == list(FEATURES)
    assert 0.0 < model.threshold < 1.0
    assert len(model.coefficients) == len(model.means) == len(FEATURES)
    assert all(isinstance(value, float) for value in model.coefficients + model.means)


def test_a_leader_out_of_the_office_the_article_gives_on_the_events_dates_waits():
    def reasons(year):
        article = extract_article(f"Ngày 22/5/{year}, Tổng thống Mỹ Barack Obama tới Hà Nội, bắt đầu thăm Việt Nam.")
        judge(article, model_weighing(), threshold=0.0)
        return [event.draft_reasons for event in article.events]

    assert reasons(2016) == [[]]
    assert reasons(2023) == [[DraftReason.OUT_OF_OFFICE]]
    # A foreign minister's office, whichever way it is written.
    for office in ("Ngoại trưởng Mỹ", "Bộ trưởng Ngoại giao Mỹ"):
        article = extract_article(f"Ngày 12/7/2023, {office} John Kerry tới Hà Nội, bắt đầu thăm Việt Nam.")
        judge(article, model_weighing(), threshold=0.0)
        assert [event.draft_reasons for event in article.events] == [[DraftReason.OUT_OF_OFFICE]], office
    recalled = extract_article(
        "Ngày 3/3/2023, Tổng thống Mỹ Joe Biden hội đàm với Thủ tướng Peru Luis Vera.\n"
        "Tổng thống Mỹ Joe Biden nhắc lại chuyến thăm Lima năm 2011 của mình."
    )
    judge(recalled, model_weighing(), threshold=0.0)
    assert all(DraftReason.OUT_OF_OFFICE not in event.draft_reasons for event in recalled.events)


def test_an_event_dated_to_a_day_only_by_the_articles_news_day_always_waits():
    text = (
        "Ngày 8/4/2031, tại Lima, Tổng thống Chile Ana Soto hội đàm với Tổng thống Peru Luis Vega. "
        "Tổng thống Ana Soto cũng hội kiến Chủ tịch Quốc hội Peru Carlos Ruiz."
    )
    article = extract_article(text)
    assert {e.type: e.date_source for e in article.events} == {"talks": "own", "meeting": "news-day"}
    judge(article, model_weighing(), threshold=0.0)
    assert by_type(article)["meeting"].draft_reasons == [DraftReason.DATED_BY_ARTICLE]
    assert by_type(article)["talks"].draft_reasons == []


def test_talks_of_this_morning_on_a_page_dated_only_by_the_timeline_s_year_wait():
    text = (
        "Sáng nay, tại Phủ Chủ tịch, Thủ tướng Lê Văn Hải đã chủ trì lễ đón chính thức Tổng thống Chile Ana Soto, "
        "sau đó hai nhà lãnh đạo hội đàm."
    )
    article = extract_article(text, year_hint=YearGuess(2031, "timeline: 2031", 0.6, "timeline"))
    judge(article)
    talks = [e for e in article.events if e.type == "talks"]
    assert talks and all(e.draft_reasons for e in talks)


def test_a_meeting_of_yesterday_dated_only_by_the_page_s_month_waits_rather_than_show_that_month():
    text = "Hôm qua, Tổng thống Chile Ana Soto hội kiến Thủ tướng Trần Văn Nam tại Hà Nội."
    article = extract_article(text, published="2031-01")
    meeting = by_type(article)["meeting"]
    assert (meeting.date_source, meeting.date.precision) == ("published", "month")
    judge(article, model_weighing(), threshold=0.0)
    assert meeting.draft_reasons == [DraftReason.DATED_BY_ARTICLE]


def test_a_visit_that_names_only_its_inviter_waits_for_a_curator():
    text = (
        "Ngày 11/5/2031, từ Lima, Đoàn đại biểu Chile lên đường tới Quito, bắt đầu chuyến thăm chính thức Ecuador "
        "theo lời mời của Tổng thống Luis Vega."
    )
    article = extract_article(text, published="2031-05-11")
    judge(article)
    visit = next(e for e in article.events if e.type == "visit")
    assert visit.draft_reasons == [DraftReason.VISIT_INCOMPLETE]


def test_a_visit_that_names_neither_who_made_it_nor_where_waits_whatever_the_threshold():
    text = "Ngày 28/10/2031, Tổng thống Chile Ana Soto thăm chính thức Peru."
    article = extract_article(text, published="2031-10-28")
    (visit,) = article.events
    visit.participants = []  # "việc hai bên thu xếp chuyến thăm": whose, and where, the sentence does not say
    judge(article, model_weighing(), threshold=0.0)
    assert visit.draft_reasons == []  # a visit to Peru: where is told
    visit.place = None
    judge(article, model_weighing(), threshold=0.0)
    assert visit.draft_reasons == [DraftReason.NO_PARTICIPANT]
