"""The JSON export of ../shared/corpus/SCHEMA.md: one event object per (event, article) mention."""

from django.db.models import Prefetch

from timeline.models import Appearance, Mention, Participation


def export_payload(events, articles=None) -> dict:
    """`{"events": [...], "persons": [...]}` for a queryset of events.

    Each event is written once per article that tells it, with that article's
    evidence sentence. Persons are those named in the articles that tell these
    events, or in `articles` when given (the full export names every article's persons).
    """
    events = events.prefetch_related(
        Prefetch("mentions", queryset=Mention.objects.select_related("article").order_by("sentence_index")),
        Prefetch("participations", queryset=Participation.objects.select_related("person__country").order_by("pk")),
        "countries",
    ).order_by("start", "end", "pk")
    rows, persons = [], {}
    for event in events:
        participants = [p.person.name for p in event.participations.all()]
        first_mention_per_article = {}
        for mention in event.mentions.all():
            first_mention_per_article.setdefault(mention.article_id, mention)
        for mention in first_mention_per_article.values():
            article_key = mention.article.export_key
            rows.append(
                {
                    "article": article_key,
                    "url": mention.article.url,
                    "type": event.type,
                    "start": event.iso("start"),
                    "end": event.iso("end"),
                    "precision": event.precision,
                    "place": event.place or None,
                    "participants": participants,
                    "title": event.title,
                    "evidence": mention.sentence,
                    "status": event.status,
                    "planned": event.planned,
                    "slug": event.slug,
                }
            )
    if articles is None:
        article_ids = {mention.article_id for event in events for mention in event.mentions.all()}
    else:
        article_ids = set(articles.values_list("pk", flat=True))
    appearances = (
        Appearance.objects.filter(article_id__in=article_ids)
        .select_related("person__country", "article")
        .order_by("person__name", "article_id")
    )
    for appearance in appearances:
        person = appearance.person
        entry = persons.setdefault(
            person.pk,
            {
                "name": person.name,
                "title": appearance.title,
                "country": person.country.iso if person.country else None,
                "slug": person.slug,
                "articles": [],
            },
        )
        entry["articles"].append(appearance.article.export_key)
    return {"events": rows, "persons": list(persons.values())}
