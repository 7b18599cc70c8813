"""python manage.py create_roles: the Curator and Reviewer groups (idempotent)."""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand
from django.db import transaction

# The models curators work on: articles (imported from the admin), events and what hangs on them.
CURATED_MODELS = [
    ("articles", "article"),
    ("articles", "feed"),  # outlets' feeds; a Curator fetches them now from the admin
    ("articles", "job"),  # background jobs; a Curator runs an unfinished one again
    ("articles", "jobitem"),  # each item's outcome on the job page
    ("articles", "importbatch"),  # what an import made public; a Curator undoes it
    ("articles", "refusal"),  # refused files and URLs; a Curator dates, corrects or dismisses them
    ("timeline", "event"),
    ("timeline", "person"),
    ("timeline", "personalias"),
    ("timeline", "position"),
    ("timeline", "participation"),
    ("timeline", "mention"),
    ("timeline", "agreement"),
    ("timeline", "country"),
    ("timeline", "appearance"),
]

ROLES = {
    # Import, edit, merge, publish, delete.
    "Curator": ("view", "add", "change", "delete"),
    # Read the admin: the review queue and the evidence, without changing anything.
    "Reviewer": ("view",),
}


class Command(BaseCommand):
    help = "Create (or bring up to date) the Curator and Reviewer groups of the admin."

    @transaction.atomic
    def handle(self, *args, verbosity=1, **options):
        for name, actions in ROLES.items():
            group, created = Group.objects.get_or_create(name=name)
            permissions = [
                Permission.objects.get(
                    content_type=ContentType.objects.get_by_natural_key(app, model), codename=f"{action}_{model}"
                )
                for app, model in CURATED_MODELS
                for action in actions
            ]
            group.permissions.set(permissions)
            if verbosity >= 1:
                verb = "created" if created else "updated"
                self.stdout.write(self.style.SUCCESS(f"{verb} group {name}: {len(permissions)} permissions"))
