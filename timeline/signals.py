"""What follows from deleting a source: an event no article tells any more goes back to draft."""

from django.db.models.signals import post_delete, pre_delete
from django.dispatch import receiver

from timeline.models import Event, Mention
from timeline.outcomes import HistoryReason


@receiver(pre_delete, sender=Mention._meta.get_field("article").related_model)
def _remember_events_of_article(sender, instance, **kwargs):
    """Before an article's mentions go (by cascade), notes the published events they support."""
    instance._told_event_ids = set(
        instance.mentions.filter(event__status=Event.Status.PUBLISHED).values_list("event_id", flat=True)
    )


@receiver(post_delete, sender=Mention._meta.get_field("article").related_model)
def _unpublish_events_without_source(sender, instance, **kwargs):
    Event.unpublish_unsourced(getattr(instance, "_told_event_ids", ()), HistoryReason.SOURCE_DELETED)
