"""python manage.py train_publishing_model GOLD.json ARTICLES_DIR [GOLD.json ARTICLES_DIR ...] [--curated] [--dry-run]

Learns the publishing decision (extraction/publishing.py) from annotated articles. Each gold article is
extracted twice, with the gold's publication date (at its precision) and as it stands; each event is
labelled right or wrong by the scorer's rule (matched to a gold event of its article, dates exact, type
right). A logistic regression over the events' features is cross-validated by article (no article in
both training and test) to choose the threshold: the lowest at which what would be published is right
at least --min-trust of the time, with the most gold events published right. Prints the trust/recall
curve and writes the model (weights, threshold, date, corpus sizes: no text) to
extraction/data/publishing_model.json, read by the importer. Deterministic: same corpora, same model.
--curated adds the curators' timeline of this database (articles/curated_corpus.py): what they published,
corrected and rejected are labels too.
"""

from __future__ import annotations

import json
import math
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from articles.article_files import read_article_file
from articles.curated_corpus import write_curated_corpus
from extraction import extract_article
from extraction.publishing import FEATURES, MODEL_PATH, features, rightness
from extraction.scoring import Published

RUNS = ("dated", "as-they-stand")
DIP_SIGNIFICANCE = 0.05  # a dip below the target counts when a model as right as the target would show it this rarely


@dataclass
class Examples:
    rows: list[list[float]] = field(default_factory=list)
    labels: list[int] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)  # the article: both its runs fall in one fold
    runs: list[str] = field(default_factory=list)
    gold_events: dict[str, int] = field(default_factory=lambda: dict.fromkeys(RUNS, 0))
    articles: int = 0


@dataclass(frozen=True)
class Point(Published):
    """A point of the trust/recall curve: what publishing at `threshold` shows readers (the scorer's rule)."""

    threshold: float = 0.0


class Command(BaseCommand):
    help = "Train the publishing decision on annotated articles, cross-validated by article."

    def add_arguments(self, parser):
        parser.add_argument(
            "corpora", nargs="*", type=Path, help="Pairs: a gold file and its folder of articles (repeatable)."
        )
        parser.add_argument("--curated", action="store_true", help="Also learn from the curators' timeline.")
        # 0.97 cross-validated: what a reader may cite. The rules were written on these corpora, so unseen
        # outlets come out lower; the margin is for them (0.90 with 45 % of the events asked of each run).
        parser.add_argument("--min-trust", type=float, default=0.97, help="Cross-validated trust to reach.")
        parser.add_argument("--folds", type=int, default=5, help="Folds of the cross-validation by article.")
        parser.add_argument("--output", type=Path, default=MODEL_PATH, help="Where the model is written.")
        parser.add_argument("--dry-run", action="store_true", help="Train and print, write nothing.")

    def handle(self, *args, corpora, min_trust, folds, output, curated=False, dry_run=False, verbosity=1, **options):
        if len(corpora) % 2 or not (corpora or curated):
            raise CommandError("give corpora as pairs: GOLD.json ARTICLES_DIR (or --curated)")
        examples = Examples()
        sizes = []
        for gold_path, folder in zip(corpora[::2], corpora[1::2], strict=True):
            sizes.append(self.read_corpus(gold_path, folder, examples, verbosity))
        if curated:
            with tempfile.TemporaryDirectory(prefix="curated-") as tmp:
                gold_path, folder, _count = write_curated_corpus(Path(tmp) / "curated")
                sizes.append(self.read_corpus(gold_path, folder, examples, verbosity))
        if len(set(examples.labels)) < 2:
            raise CommandError("the corpora give no right and wrong events to learn from")
        probabilities = self.cross_validated(examples, folds)
        curve = self.curve(examples, probabilities)
        chosen = self.choose(curve, min_trust)
        if verbosity:
            self.print_curve(curve, chosen)
        self.stdout.write(
            f"chosen threshold {chosen.threshold:.3f}: cross-validated trust {chosen.trust:.3f} "
            f"recall {chosen.recall:.3f} ({chosen.right} right of {chosen.mentions} published, "
            f"{chosen.gold} gold events)"
        )
        for run in RUNS:
            point = self.point(examples, probabilities, chosen.threshold, run)
            self.stdout.write(f"  {run}: trust {point.trust:.3f} recall {point.recall:.3f}")
        model = self.fit(examples)
        model.update(
            threshold=round(chosen.threshold, 6),
            trained=datetime.now(UTC).date().isoformat(),
            corpora=sizes,
            events=len(examples.labels),
            cross_validated={"folds": folds, "trust": round(chosen.trust, 4), "recall": round(chosen.recall, 4)},
        )
        if dry_run:
            self.stdout.write("dry run: the model is not written")
            return
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(json.dumps(model, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        self.stdout.write(self.style.SUCCESS(f"wrote {output}"))

    def read_corpus(self, gold_path: Path, folder: Path, examples: Examples, verbosity: int) -> dict:
        try:
            gold = json.loads(gold_path.read_text(encoding="utf-8"))["articles"]
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise CommandError(f"{gold_path}: not a gold file ({exc})") from None
        if not folder.is_dir():
            raise CommandError(f"{folder}: no such folder")
        if verbosity:
            self.stdout.write(f"{gold_path.parent.name}: extracting {len(gold)} articles twice")
        articles = 0
        for entry in gold:
            path = folder / entry["file"]
            if not path.is_file():
                self.stderr.write(f"{path}: missing, left out")
                continue
            articles += 1
            text = read_article_file(path.name, path.read_bytes())
            for run in RUNS:
                published = entry.get("published") if run == "dated" else None
                extracted = extract_article(text, published=published, source_name=path.name)
                verdicts = rightness(extracted, entry["events"])
                examples.gold_events[run] += len(entry["events"])
                for row, verdict in zip(features(extracted), verdicts, strict=True):
                    if verdict is None:
                        continue  # year unknown: always a draft, never scored
                    examples.rows.append(row)
                    examples.labels.append(int(verdict))
                    examples.groups.append(f"{gold_path}:{entry['file']}")
                    examples.runs.append(run)
            if verbosity >= 2:
                self.stdout.write(f"  {entry['file']}")
        examples.articles += articles
        return {
            "corpus": gold_path.parent.name,
            "articles": articles,
            "gold_events": sum(len(e["events"]) for e in gold),
        }

    @staticmethod
    def estimator():
        """Scaled features and a strongly regularised logistic regression: a few hundred events teach it."""
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import make_pipeline
        from sklearn.preprocessing import StandardScaler

        return make_pipeline(StandardScaler(), LogisticRegression(C=0.1, max_iter=2000, random_state=0))

    def cross_validated(self, examples: Examples, folds: int) -> list[float]:
        """Each event's probability from a model trained on the other articles' events."""
        from sklearn.model_selection import GroupKFold

        probabilities = [0.0] * len(examples.labels)
        splitter = GroupKFold(n_splits=min(folds, len(set(examples.groups))))
        for train, test in splitter.split(examples.rows, examples.labels, examples.groups):
            labels = [examples.labels[i] for i in train]
            if len(set(labels)) < 2:
                continue  # a fold with one class teaches nothing: its events stay at 0, never published
            fitted = self.estimator().fit([examples.rows[i] for i in train], labels)
            for i, p in zip(test, fitted.predict_proba([examples.rows[i] for i in test])[:, 1], strict=True):
                probabilities[i] = float(p)
        return probabilities

    @staticmethod
    def point(examples: Examples, probabilities: list[float], threshold: float, run: str | None = None) -> Point:
        chosen = [i for i, p in enumerate(probabilities) if p >= threshold and run in (None, examples.runs[i])]
        gold = examples.gold_events[run] if run else sum(examples.gold_events.values())
        return Point(len(chosen), sum(examples.labels[i] for i in chosen), gold, threshold)

    def curve(self, examples: Examples, probabilities: list[float]) -> list[Point]:
        """Trust and recall when publishing at each probability seen, from the highest down."""
        return [self.point(examples, probabilities, t) for t in sorted(set(probabilities), reverse=True)]

    @staticmethod
    def choose(curve: list[Point], min_trust: float) -> Point:
        """The threshold with the best recall among those down to which trust never dipped below min_trust (the
        highest probability seen when none qualifies: almost nothing is published).

        The curve is flat near the target: a point that reaches it again after a real dip is luck of the folds,
        and a model retrained on a slightly different extraction would publish down to there at a lower trust.
        A dip is real when publications right at the target rate would fall that short less than
        DIP_SIGNIFICANCE of the time (a one-sided binomial test): two wrong among the first 38 is the folds'
        luck, and stopping there chose a threshold publishing 6 % of the events."""
        good = []
        for point in curve:  # from the highest threshold down
            if point.trust < min_trust and binomial_at_most(point.right, point.mentions, min_trust) < DIP_SIGNIFICANCE:
                break
            if point.trust >= min_trust:
                good.append(point)
        return max(good, key=lambda point: (point.recall, point.threshold)) if good else curve[0]

    def print_curve(self, curve: list[Point], chosen: Point):
        self.stdout.write("threshold  published  right  trust  recall")
        step = max(1, len(curve) // 25)
        for n, point in enumerate(curve):
            if n % step == 0 or point is chosen:
                mark = "  <- chosen" if point is chosen else ""
                self.stdout.write(
                    f"{point.threshold:9.3f}  {point.mentions:9d}  {point.right:5d}  {point.trust:5.3f}  "
                    f"{point.recall:6.3f}{mark}"
                )

    def fit(self, examples: Examples) -> dict:
        """The model on every event, its weights brought back to the unscaled features (pure Python)."""
        fitted = self.estimator().fit(examples.rows, examples.labels)
        scaler, regression = fitted[0], fitted[-1]
        weights = [float(w / s) for w, s in zip(regression.coef_[0], scaler.scale_, strict=True)]
        intercept = float(regression.intercept_[0]) - sum(w * m for w, m in zip(weights, scaler.mean_, strict=True))
        return {
            "features": list(FEATURES),
            "coefficients": [round(w, 6) for w in weights],
            "intercept": round(intercept, 6),
            "means": [round(float(m), 6) for m in scaler.mean_],
        }


def binomial_at_most(successes: int, trials: int, rate: float) -> float:
    """P(X <= successes) for X ~ Binomial(trials, rate), summed in logarithms (a few thousand trials)."""
    if rate >= 1:
        return 1.0 if successes >= trials else 0.0
    log_rate, log_miss = math.log(rate), math.log1p(-rate)
    return min(
        1.0,
        sum(
            math.exp(
                math.lgamma(trials + 1)
                - math.lgamma(k + 1)
                - math.lgamma(trials - k + 1)
                + k * log_rate
                + (trials - k) * log_miss
            )
            for k in range(successes + 1)
        ),
    )
