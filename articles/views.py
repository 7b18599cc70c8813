"""The public page of a source article: its cleaned text with the sentences that told events marked."""

from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from articles.models import Article
from timeline.models import Event


@require_safe
def article_detail(request, pk):
    article = get_object_or_404(Article, pk=pk)
    mentions = list(
        article.mentions.select_related("event").filter(event__status=Event.Status.PUBLISHED).order_by("sentence_index")
    )
    return render(
        request,
        "articles/article_detail.html",
        {"article": article, "mentions": mentions, "paragraphs": article.highlighted_paragraphs(mentions)},
    )
