"""What curators' work on rows needs: fields they own (never overwritten by an import), merges that keep
one survivor (child rows moved, each side's history saying so) and slugs unique whatever the namesakes."""

import operator
from collections import Counter
from functools import reduce

from django.db import models
from django.db.models import Q
from django.utils.text import slugify

from extraction.folding import fold
from timeline.outcomes import HistoryReason


def unique_slug(model, base: str, instance_pk=None, max_length=80, also_taken=()) -> str:
    """A slug for `base` (folded, so 'Bùi Thanh Sơn' -> 'bui-thanh-son') unique in `model`.

    One query, whatever the number of namesakes: root, root-2, root-3… are read together.
    """
    root = _slug_root(base, max_length)
    rows = model.objects.filter(slug__startswith=root)
    if instance_pk is not None:
        rows = rows.exclude(pk=instance_pk)
    return _first_free(root, set(rows.order_by().values_list("slug", flat=True)) | set(also_taken))


def unique_slugs(model, bases: list[str], max_length=80) -> list[str]:
    """Slugs for rows about to be created together, unique in `model` and among themselves: one query when
    none of their roots is taken, two when some are (root-2, root-3… of all of them read together), not one
    per row."""
    roots = [_slug_root(base, max_length) for base in bases]
    taken = set(model.objects.filter(slug__in=roots).order_by().values_list("slug", flat=True))
    # The roots that will be numbered: taken already, or shared by two of these rows.
    numbered = taken | {root for root, count in Counter(roots).items() if count > 1}
    namesakes = set()
    if numbered:
        starts = reduce(operator.or_, (Q(slug__startswith=root) for root in sorted(numbered)))
        namesakes = set(model.objects.filter(starts).order_by().values_list("slug", flat=True))
    slugs = []
    for base, root in zip(bases, roots, strict=True):
        if root not in taken:
            slug = root
        elif root in numbered:
            slug = _first_free(root, taken | namesakes)
        else:  # taken by the numbered slug of one of these rows ("a-2" of "a", before a row of root "a-2")
            slug = unique_slug(model, base, max_length=max_length, also_taken=taken)
        slugs.append(slug)
        taken.add(slug)
    return slugs


def _first_free(root: str, taken: set[str]) -> str:
    slug, n = root, 2
    while slug in taken:
        slug = f"{root}-{n}"
        n += 1
    return slug


def _slug_root(base: str, max_length: int) -> str:
    return slugify(fold(base))[:max_length].strip("-") or "x"


class CuratedFieldsMixin(models.Model):
    """Fields a curator has set by hand; imports and re-extraction never overwrite them."""

    curated_fields = models.JSONField(default=list, blank=True, editable=False)

    class Meta:
        abstract = True

    def mark_curated(self, *field_names):
        self.curated_fields = sorted(set(self.curated_fields) | set(field_names))

    def is_curated(self, field_name: str) -> bool:
        return field_name in self.curated_fields

    def set_if_not_curated(self, field_name: str, value) -> bool:
        """Set a field from extraction unless a curator owns it; True when it changed."""
        if self.is_curated(field_name) or getattr(self, field_name) == value:
            return False
        setattr(self, field_name, value)
        return True


def move_rows(rows, field: str, survivor, unique_with: tuple[str, ...]):
    """Points the child `rows` of a merged-away object at `survivor` through `field`; a row the
    survivor already has (the same `unique_with` values) is deleted instead of duplicated."""
    present = set(rows.model.objects.filter(**{field: survivor}).values_list(*unique_with))
    for row in rows:
        key = tuple(getattr(row, name) for name in unique_with)
        if key in present:
            row.delete()
        else:
            setattr(row, field, survivor)
            row.save(update_fields=[field])
            present.add(key)


class MergeableMixin:
    """Events and persons merged by a curator point to the one that survives."""

    def survivor(self):
        """The object this one was merged into, following the chain (and never looping); itself if not merged."""
        obj, seen = self, set()
        while obj.merged_into_id and obj.pk not in seen:
            seen.add(obj.pk)
            obj = obj.merged_into
        return obj

    def record_merge_of(self, others):
        """Each of `others` now points here (its public URL redirects here), and the history of both
        sides says so; the caller saves this object."""
        for other in others:
            other.merged_into = self
            other._change_reason = HistoryReason.MERGED_INTO
            other.save()
        self._change_reason = HistoryReason.MERGED_FROM
