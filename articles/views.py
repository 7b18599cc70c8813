"""The public page of a source article: what it is (title, outlet, date, link) and the sentences of it that
told published events. Not its text: that is the outlet's to publish, and the link leads there."""

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
    article = get_object_or_404(Article.objects.defer("raw_text", "cleaned_text"), pk=pk)
    mentions = list(
        article.mentions.select_related("event").filter(event__in=Event.objects.published()).order_by("sentence_index")
    )
    if not mentions:
        raise Http404("no published event comes from this article")
    # One entry per sentence, with every event it told (a sentence may tell a visit and its talks).
    evidence = {}
    for mention in mentions:
        evidence.setdefault(mention.sentence_index, (mention.sentence, []))[1].append(mention.event)
    return render(
        request,
        "articles/article_detail.html",
        {"article": article, "evidence": [(index, *told) for index, told in evidence.items()]},
    )
