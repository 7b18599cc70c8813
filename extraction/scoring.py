"""Scores an events export against a gold file (docs/export-format.md describes both).

The matching rules: an exported event
matches a gold event of the same article when their date ranges overlap at the
coarser precision of the two and they share a participant (or, where either has
none, a type); each gold event matches at most one exported event. Kept in the
project so that an editorial team can measure the importer on its own annotated
articles with `manage.py evaluate_extraction`, without the corpus folder.
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass, field

ORDER = {"day": 0, "month": 1, "year": 2}


def name_forms(name: str) -> set[str]:
    """Lower-case NFC forms of a name; 'A-bê (Shinzo Abe)' gives both forms."""
    name = unicodedata.normalize("NFC", name or "").strip().lower()
    forms = {re.sub(r"\s+", " ", name)}
    bracketed = re.match(r"^(.*?)\s*\((.*?)\)\s*$", name)
    if bracketed:
        forms |= {re.sub(r"\s+", " ", part).strip() for part in bracketed.groups()}
    return {f for f in forms if f}


def names_overlap(a, b) -> bool:
    forms_a = set().union(*[name_forms(x) for x in a]) if a else set()
    forms_b = set().union(*[name_forms(x) for x in b]) if b else set()
    return bool(forms_a & forms_b)


def _bounds(value: str, precision: str) -> tuple[str, str]:
    if precision == "year" or len(value) == 4:
        return value[:4] + "-01-01", value[:4] + "-12-31"
    if precision == "month" or len(value) == 7:
        return value[:7] + "-01", value[:7] + "-31"
    return value[:10], value[:10]


def _coarsen(value: str, precision: str) -> str:
    return {"year": value[:4], "month": value[:7]}.get(precision, value[:10])


def dates_overlap(e: dict, g: dict) -> bool:
    precision = max(e.get("precision") or "day", g.get("precision") or "day", key=lambda p: ORDER.get(p, 0))
    es, ee = e.get("start") or "", e.get("end") or e.get("start") or ""
    gs, ge = g.get("start") or "", g.get("end") or g.get("start") or ""
    if not es or not gs:
        return False
    e_lo, e_hi = _bounds(_coarsen(es, precision), precision)[0], _bounds(_coarsen(ee, precision), precision)[1]
    g_lo, g_hi = _bounds(_coarsen(gs, precision), precision)[0], _bounds(_coarsen(ge, precision), precision)[1]
    return e_lo <= g_hi and g_lo <= e_hi


def same_dates(e: dict, g: dict) -> bool:
    return (
        (e.get("precision") or "day") == (g.get("precision") or "day")
        and (e.get("start") or "")[:10] == (g.get("start") or "")[:10]
        and (e.get("end") or e.get("start") or "")[:10] == (g.get("end") or g.get("start") or "")[:10]
    )


def matches(e: dict, g: dict) -> bool:
    if not dates_overlap(e, g):
        return False
    ep, gp = e.get("participants") or [], g.get("participants") or []
    if ep and gp:
        return names_overlap(ep, gp)
    return (e.get("type") or "") == (g.get("type") or "")


def _pair_score(e: dict, g: dict) -> int:
    return (
        (e.get("type") == g.get("type")) * 4
        + same_dates(e, g) * 2
        + names_overlap(e.get("participants") or [], g.get("participants") or [])
    )


def align(exported: list[dict], gold_events: list[dict]) -> dict[int, int]:
    """{index in `exported`: index in `gold_events`}: the best-scoring matching pairs first, each
    event of either side in at most one pair (the shared scorer's rule)."""
    pairs = sorted(
        ((_pair_score(e, g), i, j) for i, e in enumerate(exported) for j, g in enumerate(gold_events) if matches(e, g)),
        reverse=True,
    )
    pairing: dict[int, int] = {}
    for _, i, j in pairs:
        if i not in pairing and j not in pairing.values():
            pairing[i] = j
    return pairing


def right(e: dict, g: dict) -> bool:
    """A matched event a reader may cite: its dates exact and its type right."""
    return same_dates(e, g) and e.get("type") == g.get("type")


def article_key(value: str | None) -> str:
    value = (value or "").strip()
    return os.path.basename(value.rstrip("/")) if value else ""


@dataclass
class Totals:
    gold: int = 0
    exported: int = 0
    matched: int = 0
    dates_exact: int = 0
    types_right: int = 0
    fully_right: int = 0  # matched with exact dates and the right type
    persons_gold: int = 0
    persons_found: int = 0
    persons_found_right: int = 0
    persons_gold_found: int = 0
    # --timeline: real-world occasions (gold keys) found, and how often they were split or conflated.
    slugs_of_key: dict[str, set[str]] = field(default_factory=dict)
    keys_of_slug: dict[str, set[str]] = field(default_factory=dict)
    lines: list[str] = field(default_factory=list)

    @staticmethod
    def _ratio(a, b):
        return a / b if b else 0.0

    @property
    def precision(self):
        return self._ratio(self.matched, self.exported)

    @property
    def recall(self):
        return self._ratio(self.matched, self.gold)

    @property
    def f1(self):
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def summary(self) -> str:
        return (
            f"TOTAL events P {self.precision:.2f} R {self.recall:.2f} F1 {self.f1:.2f} | "
            f"matched dates exact {self._ratio(self.dates_exact, self.matched):.2f} "
            f"types right {self._ratio(self.types_right, self.matched):.2f} | "
            f"persons P {self._ratio(self.persons_found_right, self.persons_found):.2f} "
            f"R {self._ratio(self.persons_gold_found, self.persons_gold):.2f}"
        )

    @property
    def split(self) -> int:
        """Mentions of one occasion that landed on another timeline event than its first."""
        return sum(len(slugs) - 1 for slugs in self.slugs_of_key.values())

    @property
    def conflated(self) -> int:
        """Occasions a timeline event holds beyond its first."""
        return sum(len(keys) - 1 for keys in self.keys_of_slug.values())

    @property
    def dedup(self) -> float:
        found = len(self.slugs_of_key)
        return 1 - (self.split + self.conflated) / found if found else 0.0

    @property
    def timeline_summary(self) -> str:
        return (
            f"TIMELINE occasions found {len(self.slugs_of_key)} split {self.split} "
            f"conflated {self.conflated} dedup {self.dedup:.2f}"
        )


def _article_keys(art: dict) -> set[str]:
    return {article_key(art["file"])} | ({art["url"], article_key(art["url"])} if art.get("url") else set())


def _told_in(items: list[dict], keys: set[str], field: str) -> list[dict]:
    return [item for item in items if item.get(field) in keys or article_key(item.get(field)) in keys]


def _persons_found(persons: list[dict], keys: set[str]) -> list[str]:
    return [
        p["name"]
        for p in persons
        if keys & {article_key(a) for a in p.get("articles", [])} or keys & set(p.get("articles", []))
    ]


def _detail(art: dict, mine: list[dict], pairing: dict, gold_names: list[str], found_names: list[str]) -> list[str]:
    """With --show: each missed, extra and off event of one article, and the persons missed or extra."""
    lines = []
    used_e, used_g = set(pairing), set(pairing.values())
    for j, g in enumerate(art["events"]):
        if j not in used_g:
            lines.append(
                f"   missed: {g['type']} {g['start']}..{g['end']} {g.get('participants')} {g.get('title', '')[:70]}"
            )
    for i, e in enumerate(mine):
        if i not in used_e:
            lines.append(
                f"   extra:  {e.get('type')} {e.get('start')}..{e.get('end')} {e.get('participants')} "
                f"{(e.get('title') or '')[:70]}"
            )
    for i, j in pairing.items():
        e, g = mine[i], art["events"][j]
        if not same_dates(e, g) or e.get("type") != g.get("type"):
            lines.append(
                f"   off:    {e.get('type')}/{g['type']} {e.get('start')}..{e.get('end')} vs "
                f"{g['start']}..{g['end']} {(g.get('title') or '')[:50]}"
            )
    missing = [n for n in gold_names if not names_overlap([n], found_names)]
    extra = [n for n in found_names if not names_overlap([n], gold_names)]
    if missing or extra:
        lines.append(f"   persons missed: {missing} extra: {extra}")
    return lines


def _score_article(art: dict, events: list[dict], persons: list[dict], totals: Totals, show: bool):
    keys = _article_keys(art)
    mine = [e for e in _told_in(events, keys, "article") if e.get("start")]
    pairing = align(mine, art["events"])
    hits = [(mine[i], art["events"][j]) for i, j in pairing.items()]
    for n, (e, g) in enumerate(hits):
        key = g.get("key") or f"{art['file']}#{art['events'].index(g)}"
        slug = e.get("slug") or f"{art['file']}#export{n}"
        totals.slugs_of_key.setdefault(key, set()).add(slug)
        totals.keys_of_slug.setdefault(slug, set()).add(key)
    dates = sum(same_dates(e, g) for e, g in hits)
    types = sum(e.get("type") == g.get("type") for e, g in hits)
    gold_names = [p["name"] for p in art.get("persons", [])]
    found_names = _persons_found(persons, keys)
    gold_found = sum(1 for n in gold_names if names_overlap([n], found_names))
    totals.gold += len(art["events"])
    totals.exported += len(mine)
    totals.matched += len(hits)
    totals.dates_exact += dates
    totals.types_right += types
    totals.fully_right += sum(right(e, g) for e, g in hits)
    totals.persons_gold += len(gold_names)
    totals.persons_found += len(found_names)
    totals.persons_found_right += sum(1 for n in found_names if names_overlap([n], gold_names))
    totals.persons_gold_found += gold_found
    totals.lines.append(
        f"{art['file']}: events gold {len(art['events'])} exported {len(mine)} matched {len(hits)} "
        f"dates-exact {dates} type-right {types} | persons gold {len(gold_names)} found {len(found_names)} "
        f"right {gold_found}"
    )
    if show:
        totals.lines += _detail(art, mine, pairing, gold_names, found_names)


def score(gold: dict, export: dict, show: bool = False, timeline: bool = False) -> Totals:
    """Per-article lines (and, with show, each missed / extra / off event) and the totals.

    An exported event without a start (year unknown, waiting for a curator) is not on the timeline:
    neither matched nor counted. With `timeline`, matched mentions are also grouped by the gold's
    occasion key and the export's slug, to count split and conflated occasions.
    """
    events, persons = export.get("events", []), export.get("persons", [])
    totals = Totals()
    for art in gold["articles"]:
        _score_article(art, events, persons, totals, show)
    if timeline and show:
        for key, slugs in sorted(totals.slugs_of_key.items()):
            if len(slugs) > 1:
                totals.lines.append(f"   split:      {key} -> {sorted(slugs)}")
        for slug, keys in sorted(totals.keys_of_slug.items()):
            if len(keys) > 1:
                totals.lines.append(f"   conflated:  {slug} <- {sorted(keys)}")
    return totals


@dataclass(frozen=True)
class Published:
    """What a reader sees: the published mentions, and how many of them are right (event, dates, type)."""

    mentions: int
    right: int
    gold: int

    @property
    def trust(self) -> float:
        return self.right / self.mentions if self.mentions else 0.0

    @property
    def recall(self) -> float:
        """The share of gold events published right."""
        return self.right / self.gold if self.gold else 0.0

    @property
    def summary(self) -> str:
        return f"PUBLISHED mentions {self.mentions} right {self.right} trust {self.trust:.2f} recall {self.recall:.2f}"


def score_published(gold: dict, export: dict) -> Published | None:
    """The shared scorer's PUBLISHED figures: the mentions whose status is "published", matched anew among
    themselves against the whole gold; None when the export's events carry no status."""
    events = export.get("events", [])
    if not any("status" in e for e in events):
        return None
    shown = score(gold, {"events": [e for e in events if e.get("status") == "published"], "persons": []})
    return Published(shown.exported, shown.fully_right, shown.gold)
