"""The public page of a source article: its cleaned text with the sentences that told events marked."""

from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from articles.models import Article
from timeline.caching import cached_public_page
from timeline.models import Event


@require_safe
@cached_public_page
def article_detail(request, pk):
    """404 unless the article tells a published event: a source is public only as the evidence of one."""
    article = get_object_or_404(Article, pk=pk)
    mentions = list(
        article.mentions.select_related("event").filter(event__in=Event.objects.published()).order_by("sentence_index")
    )
    if not mentions:
        raise Http404("no published event comes from this article")
    return render(
        request,
        "articles/article_detail.html",
        {"article": article, "mentions": mentions, "paragraphs": article.highlighted_paragraphs(mentions)},
    )
