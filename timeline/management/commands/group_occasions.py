"""Groups the events already on the timeline into occasions (a visit and its talks, meetings, signings…);
imports group what they write themselves. Groupings a curator set or cleared are kept."""

from django.core.management.base import BaseCommand
from django.db import transaction

from timeline.occasions import group_all


class Command(BaseCommand):
    help = "Groups existing events into occasions: the parts of each visit point to it (Event.part_of)."

    def handle(self, *args, **options):
        with transaction.atomic():
            changed = group_all()
        self.stdout.write(f"{changed} events grouped or ungrouped")
