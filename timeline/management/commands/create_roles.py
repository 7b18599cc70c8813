"""python manage.py create_roles: the Curator and Reviewer groups (idempotent)."""

from django.contrib.auth.models import Group, Permission
from django.core.management.base import BaseCommand, CommandError
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


def role_permissions(actions) -> list[Permission]:
    """The permissions of `actions` on every curated model, read in one query; a missing one (a model
    renamed without this list following) stops the command with its name."""
    wanted = {(app, model, f"{action}_{model}") for app, model in CURATED_MODELS for action in actions}
    found = {
        (permission.content_type.app_label, permission.content_type.model, permission.codename): permission
        for permission in Permission.objects.select_related("content_type").filter(
            content_type__app_label__in={app for app, _ in CURATED_MODELS},
            codename__in={codename for _, _, codename in wanted},
        )
    }
    missing = sorted(".".join(key) for key in wanted - found.keys())
    if missing:
        raise CommandError(f"permissions not found (run migrate first?): {', '.join(missing)}")
    return [found[key] for key in sorted(wanted)]


class Command(BaseCommand):
    help = "Create (or bring up to date) the Curator and Reviewer groups of the admin."

    @transaction.atomic
    def handle(self, *args, verbosity=1, **options):
        for name, actions in ROLES.items():
            group, created = Group.objects.get_or_create(name=name)
            permissions = role_permissions(actions)
            group.permissions.set(permissions)
            if verbosity >= 1:
                verb = "created" if created else "updated"
                self.stdout.write(self.style.SUCCESS(f"{verb} group {name}: {len(permissions)} permissions"))
