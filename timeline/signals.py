"""What follows from deleting a source: an event no article tells any more goes back to draft; and from an
event leaving the public timeline: its share images leave the disk."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver

from timeline.models import Event, Mention
from timeline.outcomes import HistoryReason
from timeline.share_images import remove_share_images


@receiver(pre_delete, sender=Mention._meta.get_field("article").related_model)
def _remember_events_of_article(sender, instance, **kwargs):
    """Before an article's mentions go (by cascade), notes the published events they support."""
    instance._told_event_ids = set(
        instance.mentions.filter(event__status=Event.Status.PUBLISHED).values_list("event_id", flat=True)
    )


@receiver(post_delete, sender=Mention._meta.get_field("article").related_model)
def _unpublish_events_without_source(sender, instance, **kwargs):
    Event.unpublish_unsourced(getattr(instance, "_told_event_ids", ()), HistoryReason.SOURCE_DELETED)


@receiver(post_save, sender=Event)
def _remove_share_images_of_a_hidden_event(sender, instance, created=False, raw=False, **kwargs):
    """Unpublished, rejected or merged away: once that is committed, its share images are removed (a new
    event has none yet)."""
    if not (raw or created) and (instance.status != Event.Status.PUBLISHED or instance.merged_into_id):
        transaction.on_commit(lambda: remove_share_images(instance.slug))


@receiver(post_delete, sender=Event)
def _remove_share_images_of_a_deleted_event(sender, instance, **kwargs):
    transaction.on_commit(lambda: remove_share_images(instance.slug))
