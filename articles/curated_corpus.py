"""The curators' timeline as an annotated corpus: what evaluate_extraction --curated scores the importer
against, and what train_publishing_model --curated learns from.

An article is curated when a curator decided on one of the events it tells (published or rejected it,
or corrected one of its fields). Its gold is the events a curator kept public as they stand now (dates,
type and participants as corrected); what a curator rejected, merged away or left as a draft is not in it.
The corpus is written as the gold format (docs/export-format.md): a gold.json and a folder of the texts.
"""

from __future__ import annotations

import json
from pathlib import Path

from articles.models import Article
from timeline.models import Event


def curated_articles():
    """Articles telling at least one event a curator decided on."""
    curated = Event.objects.exclude(curated_fields=[])
    return Article.objects.filter(mentions__event__in=curated).distinct().order_by("pk")


def curated_gold(article: Article) -> list[dict]:
    events = (
        Event.objects.published()
        .filter(mentions__article=article)
        .exclude(curated_fields=[])
        .prefetch_related("participations__person")
        .distinct()
        .order_by("start", "pk")
    )
    return [
        {
            "type": event.type,
            "start": event.iso("start"),
            "end": event.iso("end"),
            "precision": event.precision,
            "place": event.place or None,
            "participants": [p.person.name for p in event.participations.all()],
            "title": event.title,
        }
        for event in events
    ]


def write_curated_corpus(folder: Path) -> tuple[Path, Path, int]:
    """(gold file, articles folder, number of articles) of the curated articles, written under `folder`."""
    texts = folder / "articles"
    texts.mkdir(parents=True, exist_ok=True)
    entries = []
    for article in curated_articles():
        name = f"curated-{article.pk}.txt"
        (texts / name).write_text(article.raw_text, encoding="utf-8")
        entries.append(
            {
                "file": name,
                "url": None,
                "published": article.published_display or None,  # the best known, as in a gold file
                "events": curated_gold(article),
            }
        )
    gold = folder / "gold.json"
    gold.write_text(json.dumps({"articles": entries}, ensure_ascii=False), encoding="utf-8")
    return gold, texts, len(entries)
