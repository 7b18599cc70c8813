"""python manage.py fetch_feeds [--feed ID]: imports the new items of the outlets' active feeds (run from cron)."""

from django.core.management.base import BaseCommand, CommandError

from articles import jobs
from articles.curation_models import Feed, Job, JobItem


class Command(BaseCommand):
    help = "Fetch the active feeds and import their new items, each once; what failed is recorded and reported."

    def add_arguments(self, parser):
        parser.add_argument("--feed", type=int, action="append", help="Only this feed (its id); may be repeated.")

    def handle(self, *args, feed=None, verbosity=1, **options):
        feeds = Feed.objects.filter(active=True)
        if feed:
            feeds = Feed.objects.filter(pk__in=feed)
            missing = set(feed) - set(feeds.values_list("pk", flat=True))
            if missing:
                raise CommandError("no feed with id " + ", ".join(map(str, sorted(missing))))
        feeds = list(feeds.order_by("pk"))
        if not feeds:
            self.stdout.write("no active feed")
            return
        # A job like the admin's, run here (cron is already in the background): the admin shows it.
        job = Job.create(Job.Kind.FEEDS, [JobItem(source=f.url[:1000], feed=f) for f in feeds])
        jobs.run(job)
        failed = []
        for item in job.items.select_related("feed").order_by("position"):
            result = item.result
            if result.get("error"):
                failed.append(f"{item.feed.url}: {result['error']}")
                self.stderr.write(self.style.ERROR(f"FAILED {item.feed.url}: {result['error']}"))
            elif verbosity >= 1:
                self.stdout.write(
                    f"{item.feed.name}: {result['new']} new, {result['known']} already known, {result['failed']} failed"
                )
        if failed:
            raise CommandError(f"{len(failed)} feed(s) failed:\n" + "\n".join(failed))
