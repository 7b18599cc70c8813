"""The admin's index: how much work waits, each count a link to the queue that holds it."""

from collections import Counter

from django import template
from django.urls import reverse
from django.utils.translation import gettext as _

from articles.models import Article, Refusal
from timeline.models import Event
from timeline.outcomes import DraftReason, draft_reason_codes
from timeline.review import duplicate_pairs

register = template.Library()


@register.inclusion_tag("admin/waiting_work.html", takes_context=True)
def waiting_work(context):
    """Drafts by the reason the importer left them, articles needing a date, refused items, duplicate pairs."""
    user = context["request"].user
    events = reverse("admin:timeline_event_changelist")
    # Drafts counted by the strongest reason against them (the first code the importer recorded).
    drafts = Counter(
        (draft_reason_codes(value) or [""])[0]
        for value in Event.objects.filter(status=Event.Status.DRAFT, merged_into__isnull=True).values_list(
            "draft_reason", flat=True
        )
    )
    rows = []
    if user.has_perm("timeline.view_event"):
        for code, n in drafts.most_common():
            label = DraftReason(code).label if code in DraftReason.values else _("chưa ghi lý do")
            query = f"?status__exact=draft&draft_reason__startswith={code}" if code else "?status__exact=draft"
            rows.append((_("Bản nháp: %(reason)s") % {"reason": label}, n, events + query))
        rows.append((_("Cặp sự kiện có thể trùng"), len(duplicate_pairs()), events + "?duplicates=yes"))
    if user.has_perm("articles.view_article"):
        rows.append(
            (
                _("Bài cần ngày đăng"),
                Article.objects.needing_date().count(),
                reverse("admin:articles_article_changelist") + "?needs_date=yes",
            )
        )
    if user.has_perm("articles.view_refusal"):
        rows.append(
            (
                _("Mục bị từ chối chờ xử lý"),
                Refusal.objects.waiting().count(),
                reverse("admin:articles_refusal_changelist") + "?status__exact=waiting",
            )
        )
    return {"rows": rows, "first_draft": reverse("admin:timeline_event_next_draft")}
