"""The year an article that never writes it takes from what the timeline already knows (plain data in)."""

from datetime import date

from extraction import extract_article
from extraction.timeline_knowledge import KnownOccasion


class Knowing:
    """The timeline's knowledge as a plain list of occasions (what articles/timeline_knowledge.py reads)."""

    def __init__(self, *occasions):
        self.occasions = list(occasions)

    def occasions_with(self, names):
        return [o for o in self.occasions if o.names & set(names)]

    def terms_of(self, names):
        return []


ANNOUNCED = "Tổng thống Chile Ana Soto sẽ thăm cấp Nhà nước Việt Nam từ ngày 23 đến 24/10 theo lời mời của Hà Nội."


def test_a_visit_told_without_its_year_takes_the_year_of_what_was_done_on_its_days():
    welcome = KnownOccasion("other", date(2031, 10, 23), date(2031, 10, 23), "Lễ đón", frozenset({"ana soto"}))
    article = extract_article(ANNOUNCED, knowledge=Knowing(welcome))
    assert article.year.year == 2031 and article.year.basis == "timeline"
    visit = next(e for e in article.events if e.type == "visit")
    assert visit.date.iso() == "2031-10-23" and visit.date.iso("end") == "2031-10-24"


def test_what_was_done_on_other_days_or_by_someone_else_gives_no_year():
    later = KnownOccasion("other", date(2031, 11, 2), date(2031, 11, 2), "Lễ đón", frozenset({"ana soto"}))
    other = KnownOccasion("other", date(2031, 10, 23), date(2031, 10, 23), "Lễ đón", frozenset({"luis ramos"}))
    assert extract_article(ANNOUNCED, knowledge=Knowing(later, other)).year.year is None


def test_the_same_days_of_another_year_with_one_of_two_leaders_give_no_year():
    told = "Chiều 27/6, Thủ tướng Lê Minh Tâm hội kiến Chủ tịch Trung Quốc Tập Cận Bình tại Bắc Kinh."
    with_someone_else = KnownOccasion(
        "talks", date(2029, 6, 27), date(2029, 6, 27), "Hội đàm", frozenset({"tap can binh"})
    )
    tam_elsewhere = KnownOccasion("visit", date(2031, 3, 2), date(2031, 3, 4), "Thăm Lào", frozenset({"le minh tam"}))
    assert extract_article(told, knowledge=Knowing(with_someone_else, tam_elsewhere)).year.year is None
    with_both = KnownOccasion(
        "talks", date(2031, 6, 27), date(2031, 6, 27), "Hội kiến", frozenset({"tap can binh", "le minh tam"})
    )
    assert extract_article(told, knowledge=Knowing(with_both, tam_elsewhere)).year.year == 2031


def test_an_occasion_told_as_of_last_year_dates_the_article_a_year_after_it():
    told = "Chiều 27/6 năm ngoái, Thủ tướng Lê Minh Tâm hội kiến Chủ tịch Trung Quốc Tập Cận Bình tại Bắc Kinh."
    with_both = KnownOccasion(
        "talks", date(2031, 6, 27), date(2031, 6, 27), "Hội kiến", frozenset({"tap can binh", "le minh tam"})
    )
    assert extract_article(told, knowledge=Knowing(with_both)).year.year == 2032
