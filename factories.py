"""factory_boy factories shared by the tests of every app."""

from datetime import date

import factory

from articles.models import Article
from timeline.models import Agreement, Country, Event, Mention, Participation, Person, PersonAlias, Position


class CountryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Country
        django_get_or_create = ("iso",)

    iso = factory.Iterator(["VN", "JP", "KR", "IN", "AU", "FR", "US", "TH"])
    name_vi = factory.LazyAttribute(lambda c: {"VN": "Việt Nam", "JP": "Nhật Bản", "KR": "Hàn Quốc"}.get(c.iso, c.iso))
    name_en = factory.LazyAttribute(lambda c: {"VN": "Viet Nam", "JP": "Japan", "KR": "Korea"}.get(c.iso, c.iso))


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    title = factory.Sequence(lambda n: f"Bài báo số {n}")
    source_name = factory.Sequence(lambda n: f"article-{n}.txt")
    raw_text = factory.Sequence(lambda n: f"Bài báo số {n}\nNgày 1/2/2024, hai bên gặp nhau lần {n}.")
    cleaned_text = factory.LazyAttribute(lambda a: a.raw_text)
    published = date(2024, 2, 2)


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Person

    name = factory.Sequence(lambda n: f"Nguyễn Văn Thứ {n}")
    country = factory.SubFactory(CountryFactory, iso="VN")


class PersonAliasFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PersonAlias

    person = factory.SubFactory(PersonFactory)
    name = "Thứ"


class PositionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Position

    person = factory.SubFactory(PersonFactory)
    title = "Bộ trưởng Ngoại giao"


class AgreementFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Agreement

    name = factory.Sequence(lambda n: f"Hiệp định hợp tác số {n}")
    kind = Agreement.Kind.OTHER


class EventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Event

    type = Event.Type.MEETING
    title = factory.Sequence(lambda n: f"Cuộc gặp số {n}")
    start = date(2024, 5, 3)
    end = factory.LazyAttribute(lambda e: e.start)
    precision = Event.Precision.DAY
    status = Event.Status.PUBLISHED
    confidence = 0.9


class ParticipationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Participation

    event = factory.SubFactory(EventFactory)
    person = factory.SubFactory(PersonFactory)
    role = "Bộ trưởng Ngoại giao"


class MentionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Mention

    event = factory.SubFactory(EventFactory)
    article = factory.SubFactory(ArticleFactory)
    sentence = factory.LazyAttribute(lambda m: f"{m.event.title} diễn ra như dự kiến.")
    sentence_index = 0
    extracted_type = factory.LazyAttribute(lambda m: m.event.type)
