"""Whether an extracted event is published on import: a probability that it is right, learned from the gold.

Each event of an article is described by what the pipeline knows of it (`features`): its type, where its
date and year came from and how precise they are, its participants and their offices, a visit's visitor
and host, its sentence, the other events of its type in the article, planned or past. A logistic model
trained on annotated articles (`manage.py train_publishing_model`, which writes data/publishing_model.json)
turns them into the probability that the event is right in event, dates and type, as the scorer counts it.
An event is published when that probability reaches the model's threshold, chosen in training so that
what is published is right at least 97 times in 100 (cross-validated). Every other event is a draft whose
reasons (`DraftReason`) are the features that weigh most against it. Pure Python: the web process never
imports scikit-learn.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path

from .dating import out_of_office
from .draft_reasons import office_known
from .event_dates import UNRESOLVED_DAY
from .event_types import EVENT_TYPES
from .records import DAY, MONTH, YEAR, ExtractedArticle, FoundEvent
from .reference import HOME_COUNTRY
from .scoring import align, right

MODEL_PATH = Path(__file__).parent / "data" / "publishing_model.json"


class DraftReason(StrEnum):
    """Why an event waits for a curator; the admin shows each code's label in its language."""

    YEAR_UNKNOWN = "year_unknown"  # nothing gave the year: the article needs a publication date
    YEAR_GUESSED = "year_guessed"  # the year was not written with the date, and not given by the article
    YEAR_INFERRED = "year_inferred"  # the year was not written with the date
    DATED_BY_ARTICLE = "dated_by_article"  # dated by the article's news day or publication date
    DATED_BY_REFERENCE = "dated_by_reference"  # the article writes no date of it: the reference data's year
    DATE_REFERS_BACK = "date_refers_back"  # dated through another sentence ("cùng ngày", "hôm sau")
    DATE_IMPRECISE = "date_imprecise"  # known only to the month or the year
    NO_PARTICIPANT = "no_participant"
    ONE_SIDE = "one_side"  # talks, a meeting or a call that names one side only: with whom?
    OUT_OF_OFFICE = "out_of_office"  # a participant not in the office the article gives on the event's dates
    OFFICE_UNKNOWN = "office_unknown"  # a participant whose office the article does not say
    VISIT_INCOMPLETE = "visit_incomplete"  # a visit without its visitor or host, or a visitor at home
    COMPETING_EVENT = "competing_event"  # other events of its type, or of the same time, in the article
    PLANNED = "planned"
    BACKGROUND = "background"  # long before the article: a recalled fact, often dated loosely
    HEADLINE_OR_CAPTION = "headline_or_caption"  # told in a title, caption or teaser, not in a sentence
    EVENT_TYPE = "event_type"  # events of its type are often read wrong
    MANY_PARTIES = "many_parties"  # many participants or countries
    LOW_CONFIDENCE = "low_confidence"  # the pipeline's own confidence is low
    STRICT_TESTS = "strict_tests"  # it fails the pipeline's strict tests (events.why_draft)


# Offices whose holder makes an occasion a key moment; a visit or talks by one is told by many outlets.
LEADER_OFFICE = re.compile(
    r"chủ tịch nước|tổng bí thư|thủ tướng|tổng thống|quốc vương|nhà vua|hoàng đế|chủ tịch quốc hội", re.I
)
# A sentence that ends without a full stop, question or exclamation mark: a headline, caption or teaser.
SENTENCE_END = re.compile(r"[.!?…:;\"”')]\s*$")
ARTICLE_YEAR_BASES = ("given", "url", "page", "text")
# Words that make an event part of a larger occasion ("trong chuyến thăm", "tại cuộc gặp", "nhân dịp"):
# its day is often the occasion's, not its own.
WITHIN_OCCASION = re.compile(
    r"\btrong (?:chuyến|khuôn khổ|thời gian|dịp)|\bnhân (?:dịp|chuyến)|\btại (?:cuộc|buổi|lễ)|\bsau (?:lễ|cuộc)|"
    r"\bbên lề\b",
    re.I,
)
WELCOME_CEREMONY = re.compile(r"\blễ đón\b", re.I)
# Words that recall an earlier fact rather than tell the news ("từng thăm", "lần đầu tiên", "hồi tháng 9").
RECALLED = re.compile(r"\btừng\b|\bhồi\b|\blần đầu tiên\b|\btrước đó\b|\bnăm ngoái\b", re.I)


@dataclass(frozen=True)
class Context:
    """What the article tells about all its events, computed once per article."""

    article: ExtractedArticle
    offices: dict[str, str]  # person name -> office written anywhere in the article
    countries_of: dict[str, str | None]  # person name -> country

    @classmethod
    def of(cls, article: ExtractedArticle) -> Context:
        return cls(
            article,
            {p.name: p.title for p in article.persons if p.title},
            {p.name: p.country for p in article.persons},
        )


def _flag(value) -> float:
    return 1.0 if value else 0.0


def _capped(value: float, cap: float) -> float:
    return min(value, cap) / cap


def _days_before_publication(event: FoundEvent, article: ExtractedArticle) -> int | None:
    """Days from the event's end to the publication date's first day (negative: after it); None when
    the publication date is unknown. A date known to the month spans the month."""
    if article.published is None:
        return None
    return (article.published.start - event.date.end).days


def _days_after_publication(event: FoundEvent, article: ExtractedArticle) -> int | None:
    """Days from the publication date's last day to the event's start (positive: the event comes later)."""
    if article.published is None:
        return None
    return (event.date.start - article.published.end).days


def _same_type(event: FoundEvent, context: Context) -> list[FoundEvent]:
    return [o for o in context.article.events if o is not event and o.type == event.type and not o.year_unknown]


def _overlapping_same_type(event: FoundEvent, context: Context) -> list[FoundEvent]:
    return [o for o in _same_type(event, context) if o.date.overlaps(event.date)]


def _visits(event: FoundEvent, context: Context) -> list[FoundEvent]:
    return [o for o in context.article.events if o is not event and o.type == "visit" and not o.year_unknown]


def _given_a_visits_days(event: FoundEvent, context: Context) -> float:
    """An activity of a visit dated with the whole visit's days: the text did not say which day."""
    return _flag(
        event.type != "visit"
        and event.date.end > event.date.start
        and any((o.date.start, o.date.end) == (event.date.start, event.date.end) for o in _visits(event, context))
    )


def _during_a_visit(event: FoundEvent, context: Context) -> float:
    return _flag(
        event.type != "visit"
        and any(o.date.start <= event.date.start and event.date.end <= o.date.end for o in _visits(event, context))
    )


def _twin(event: FoundEvent, context: Context) -> float:
    """Another event of another type on overlapping days with a participant in common: one occasion read
    twice (talks held online, a dialogue and the meeting that opened it), at most one of them right. A
    visit holds its talks and meetings: it is no twin of theirs."""
    names = {p.name for p in event.participants}
    return _flag(
        event.type != "visit"
        and any(
            o is not event
            and o.type not in (event.type, "visit")
            and not o.year_unknown
            and o.date.start <= event.date.end
            and event.date.start <= o.date.end
            and names & {p.name for p in o.participants}
            for o in context.article.events
        )
    )


def _unknown_offices(event: FoundEvent, context: Context) -> float:
    if not event.participants:
        return 0.0
    unknown = [p for p in event.participants if not office_known(p.name, p.role, context.offices)]
    return len(unknown) / len(event.participants)


def _countries(event: FoundEvent) -> set[str]:
    return set(event.countries)


def _visit_incomplete(event: FoundEvent, context: Context) -> float:
    if event.type != "visit":
        return 0.0
    return _flag(not event.visitor or not event.host or event.visitor == event.host)


def _visitor_at_home(event: FoundEvent, context: Context) -> float:
    """A visit whose first participant (its visitor) is from the host country: host and visitor swapped."""
    if event.type != "visit" or not event.participants or not event.host:
        return 0.0
    return _flag(context.countries_of.get(event.participants[0].name) == event.host)


def _background(event: FoundEvent, context: Context) -> float:
    days = _days_before_publication(event, context.article)
    return _flag(days is not None and days > 366)


def _recent(event: FoundEvent, context: Context) -> float:
    before = _days_before_publication(event, context.article)
    after = _days_after_publication(event, context.article)
    return _flag(before is not None and before <= 31 and after <= 31)


def _in_future(event: FoundEvent, context: Context) -> float:
    after = _days_after_publication(event, context.article)
    return _flag(after is not None and after > 1)


@dataclass(frozen=True)
class Feature:
    """A number the model weighs, and the reason a curator reads when it weighs against an event: for a
    warning sign (the default) when the event has more of it than the average event, for a `favourable`
    one when it has less. A feature without a reason is never named (it says nothing a curator can check)."""

    compute: Callable[[FoundEvent, Context], float]
    reason: DraftReason | None = None
    favourable: bool = False


R = DraftReason
FEATURES: dict[str, Feature] = {
    **{
        f"type_{t.code}": Feature((lambda code: lambda e, c: _flag(e.type == code))(t.code), R.EVENT_TYPE)
        for t in EVENT_TYPES
    },
    "precision_month": Feature(lambda e, c: _flag(e.date.precision == MONTH), R.DATE_IMPRECISE),
    "precision_year": Feature(lambda e, c: _flag(e.date.precision == YEAR), R.DATE_IMPRECISE),
    "multi_day": Feature(lambda e, c: _flag(e.date.precision == DAY and e.date.end > e.date.start)),
    "date_refers_back": Feature(lambda e, c: _flag(e.date_source in ("same-type", "anaphora")), R.DATE_REFERS_BACK),
    "date_from_article_day": Feature(
        lambda e, c: _flag(e.date_source in ("news-day", "published", "year")), R.DATED_BY_ARTICLE
    ),
    "year_inferred": Feature(lambda e, c: _flag(e.date.year_inferred), R.YEAR_INFERRED),
    "year_guessed": Feature(
        lambda e, c: _flag(e.date.year_inferred and c.article.year.basis not in ARTICLE_YEAR_BASES), R.YEAR_GUESSED
    ),
    # Where the year of a date written without one came from (the publication date's source decides most).
    **{
        f"year_from_{basis}": Feature(
            (lambda b: lambda e, c: _flag(e.date.year_inferred and c.article.year.basis == b))(basis),
            R.YEAR_GUESSED if basis == "timeline" else R.YEAR_INFERRED,
        )
        for basis in ("given", "url", "page", "text", "timeline")
    },
    "published_known": Feature(lambda e, c: _flag(c.article.published is not None), favourable=True),
    "published_to_day": Feature(
        lambda e, c: _flag(c.article.published is not None and c.article.published.precision == DAY), favourable=True
    ),
    "background": Feature(_background, R.BACKGROUND),
    "recent": Feature(_recent, favourable=True),
    "after_publication": Feature(_in_future, R.PLANNED),
    "planned": Feature(lambda e, c: _flag(e.planned), R.PLANNED),
    "participants": Feature(lambda e, c: _capped(len(e.participants), 4), favourable=True),
    "no_participant": Feature(lambda e, c: _flag(not e.participants), R.NO_PARTICIPANT),
    "offices_unknown": Feature(_unknown_offices, R.OFFICE_UNKNOWN),
    "leader_participant": Feature(
        lambda e, c: _flag(any(LEADER_OFFICE.search(p.role or c.offices.get(p.name, "")) for p in e.participants))
    ),
    "foreign_participant": Feature(
        lambda e, c: _flag(any(c.countries_of.get(p.name) not in (None, HOME_COUNTRY) for p in e.participants)),
        favourable=True,
    ),
    "countries": Feature(lambda e, c: _capped(len(_countries(e)), 4), R.MANY_PARTIES),
    "no_country": Feature(lambda e, c: _flag(not e.countries)),
    "visit_incomplete": Feature(_visit_incomplete, R.VISIT_INCOMPLETE),
    "visitor_at_home": Feature(_visitor_at_home, R.VISIT_INCOMPLETE),
    "level_or_establishment": Feature(lambda e, c: _flag(e.level or e.establishes_relations)),
    "same_type_events": Feature(lambda e, c: _capped(len(_same_type(e, c)), 4), R.COMPETING_EVENT),
    "overlapping_same_type": Feature(lambda e, c: _flag(_overlapping_same_type(e, c)), R.COMPETING_EVENT),
    "twin_event": Feature(_twin, R.COMPETING_EVENT),
    "events_in_article": Feature(lambda e, c: _capped(len(c.article.events), 12)),
    "events_in_sentence": Feature(
        lambda e, c: _capped(sum(o.sentence_index == e.sentence_index for o in c.article.events) - 1, 3)
    ),
    "first_sentence": Feature(lambda e, c: _flag(e.sentence_index == 0), R.HEADLINE_OR_CAPTION),
    "unterminated_sentence": Feature(lambda e, c: _flag(not SENTENCE_END.search(e.evidence)), R.HEADLINE_OR_CAPTION),
    "long_sentence": Feature(lambda e, c: _capped(len(e.evidence), 400)),
    "given_a_visits_days": Feature(_given_a_visits_days, R.DATE_REFERS_BACK),
    "during_a_visit": Feature(_during_a_visit, R.DATE_REFERS_BACK),
    "within_occasion": Feature(lambda e, c: _flag(WITHIN_OCCASION.search(e.evidence)), R.DATE_REFERS_BACK),
    "welcome_ceremony": Feature(lambda e, c: _flag(WELCOME_CEREMONY.search(e.evidence)), R.EVENT_TYPE),
    "recalled": Feature(lambda e, c: _flag(RECALLED.search(e.evidence)), R.BACKGROUND),
    "day_of_gathering": Feature(
        lambda e, c: _flag(e.type in ("conference", "committee_session") and e.date.precision == DAY), R.EVENT_TYPE
    ),
    "confidence": Feature(lambda e, c: e.confidence, R.LOW_CONFIDENCE, favourable=True),
    "fails_strict_tests": Feature(lambda e, c: _flag(e.why_draft), R.STRICT_TESTS),
}


def features(article: ExtractedArticle) -> list[list[float]]:
    """One row of FEATURES values per event of `article`, in its order."""
    context = Context.of(article)
    return [[feature.compute(event, context) for feature in FEATURES.values()] for event in article.events]


@dataclass(frozen=True)
class PublishingModel:
    """A trained logistic model: weights over named features, and the threshold to publish at."""

    names: list[str]
    coefficients: list[float]
    intercept: float
    means: list[float]  # each feature's mean in training: a reason is a feature that weighs more than usual
    threshold: float

    @classmethod
    def from_json(cls, data: dict) -> PublishingModel:
        return cls(data["features"], data["coefficients"], data["intercept"], data["means"], data["threshold"])

    def probability(self, row: list[float]) -> float:
        z = self.intercept + sum(w * x for w, x in zip(self.coefficients, row, strict=True))
        return 1 / (1 + math.exp(-z)) if z > -500 else 0.0

    def reasons(self, row: list[float], most: int = 3) -> list[DraftReason]:
        """The reasons of the features that weigh most against `row` compared with the average event,
        named only when true of it (see Feature); the low probability itself when none is."""
        against = []
        for name, weight, value, mean in zip(self.names, self.coefficients, row, self.means, strict=True):
            feature = FEATURES[name]
            lowers = weight * (value - mean) < 0
            true_of_it = value < mean if feature.favourable else value > mean
            if feature.reason is not None and lowers and true_of_it:
                against.append((weight * (value - mean), feature.reason))
        reasons: list[DraftReason] = []
        for _, reason in sorted(against):
            if reason not in reasons:
                reasons.append(reason)
        return reasons[:most] or [DraftReason.LOW_CONFIDENCE]


@cache
def shipped_model() -> PublishingModel:
    """The model file shipped with the code, read once per process."""
    return PublishingModel.from_json(json.loads(MODEL_PATH.read_text(encoding="utf-8")))


# Events that are someone's: with no one named, a reader cannot tell which they are (never published at once).
# A ceremony or a festival ("other") with no one named is as often not the relationship's at all.
HELD_BY_PEOPLE = {"talks", "meeting", "call", "message", "other"}
HELD_WITH_SOMEONE = {"talks", "meeting", "call"}


def judge(article: ExtractedArticle, model: PublishingModel | None = None, threshold: float | None = None) -> None:
    """Sets each event's publish_probability and draft_reasons (empty when it is published at once).

    `threshold` overrides the model's. An event whose year nothing gave always waits: its date is a
    placeholder until a curator dates it; so do talks, a meeting, a call or a message that names no one, a visit
    that names neither who made it nor where, and
    talks, a meeting or a call that names one side only, a visit whose only participants are of the country
    visited (the host taken for the visitor), and an event of someone out of the office the article
    gives them on its dates; an establishment the article writes no date of (the reference data's year); and one
    dated to a day only by the article's news day, which on articles of other
    outlets than the corpora the model learnt from was the event's day about half the time.
    """
    model = model or shipped_model()
    threshold = model.threshold if threshold is None else threshold
    context = Context.of(article)
    for event in article.events:
        row = [FEATURES[name].compute(event, context) for name in model.names]
        event.publish_probability = round(model.probability(row), 4)
        if event.year_unknown:
            event.draft_reasons = [DraftReason.YEAR_UNKNOWN]
        elif not event.participants and (event.type in HELD_BY_PEOPLE or (event.type == "visit" and not event.place)):
            event.draft_reasons = [DraftReason.NO_PARTICIPANT]  # "Cuộc hội đàm diễn ra …": told, but whose?
        elif event.type in HELD_WITH_SOMEONE and _one_side(event, context):
            event.draft_reasons = [DraftReason.ONE_SIDE]
        elif _only_hosts(event, context):
            event.draft_reasons = [DraftReason.VISIT_INCOMPLETE]  # "đáp lại chuyến thăm Việt Nam của ông": whose?
        elif _out_of_office(event, context):
            event.draft_reasons = [DraftReason.OUT_OF_OFFICE]  # "Tổng thống Mỹ Barack Obama" in 2023
        elif event.date_source == "reference":
            event.draft_reasons = [DraftReason.DATED_BY_REFERENCE]  # "một trong những nước đầu tiên thiết lập …"
        elif event.date_source == "news-day" and event.date.precision == DAY:
            event.draft_reasons = [DraftReason.DATED_BY_ARTICLE]  # "A cũng hội kiến B": on which of the days?
        elif event.date.precision != DAY and UNRESOLVED_DAY.search(event.evidence):
            # "Sáng nay, A hội đàm với B" on a page whose day nothing gives: of a day unknown, not of the month.
            event.draft_reasons = [DraftReason.DATED_BY_ARTICLE]
        elif event.publish_probability < threshold:
            event.draft_reasons = model.reasons(row)
        else:
            event.draft_reasons = []


def _only_hosts(event: FoundEvent, context: Context) -> bool:
    """A visit that names people, all of them of the country visited or its inviters ("Đoàn lên đường tới Minsk, …
    theo lời mời của Tổng thống X"): whoever made it is not among them."""
    if event.type != "visit" or not event.participants:
        return False
    return all(
        (event.host and context.countries_of.get(p.name) == event.host) or _inviter(event.evidence, p.name)
        for p in event.participants
    )


INVITED_BY = re.compile(r"\blời mời của\s+(?:[^,.;()]{0,40}\s)?$", re.IGNORECASE)


def _inviter(sentence: str, name: str) -> bool:
    at = sentence.find(name)
    return at > 0 and bool(INVITED_BY.search(sentence, 0, at))


def _out_of_office(event: FoundEvent, context: Context) -> bool:
    """An event of the article's year whose participant the reference knows did not hold the office the article
    gives them on its dates: the year is wrong, or the person. Not an event recalled from years before, told
    with the office held now ("Thủ tướng X nhắc lại chuyến thăm … năm 2019")."""
    year = context.article.year.year
    if year is None or event.date.end.year < year:
        return False
    return any(out_of_office(p.name, p.role or context.offices.get(p.name, ""), event.date) for p in event.participants)


def _one_side(event: FoundEvent, context: Context) -> bool:
    """ "ông Putin gọi cuộc gặp là …", "liên tục điện đàm": one person, and no country of a counterpart but the
    home country (which the press's events concern by default) and the person's own."""
    if len(event.participants) >= 2:
        return False
    own = {context.countries_of.get(p.name) for p in event.participants}
    return not (set(event.countries) - own - {HOME_COUNTRY})


def as_exported(event: FoundEvent) -> dict:
    """The event as the JSON export writes the fields the scorer reads."""
    return {
        "type": event.type,
        "start": event.date.iso("start"),
        "end": event.date.iso("end"),
        "precision": event.date.precision,
        "participants": [p.name for p in event.participants],
    }


def rightness(article: ExtractedArticle, gold_events: list[dict]) -> list[bool | None]:
    """Per event of `article`: matched to one of its gold events with exact dates and the right type (the
    scorer's rule); None for an event whose year nothing gave, which the scorer does not count."""
    dated = [event for event in article.events if not event.year_unknown]
    exported = [as_exported(event) for event in dated]
    pairing = align(exported, gold_events)
    verdict = {
        id(event): right(exported[i], gold_events[pairing[i]]) if i in pairing else False
        for i, event in enumerate(dated)
    }
    return [verdict.get(id(event)) for event in article.events]
