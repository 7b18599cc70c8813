"""Imports under hostile files and concurrent work (issue 11, defects 1, 2, 4, 8 and 12)."""

import os
import signal
import subprocess
import sys
import time
from io import StringIO
from pathlib import Path

import pytest
from django.contrib.messages import constants, get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.test import override_settings

from articles.article_files import ArticleFileError, read_article_file
from articles.importer import ArticleImporter
from articles.models import Article
from articles.outcomes import RefusalReason
from timeline.models import Event, Mention, Person

ROOT = Path(__file__).resolve().parents[2]
SEED_ARTICLES = ROOT / "fixtures" / "articles"
IMPORT = "/admin/articles/article/import/"
TEXT = (
    "Bộ trưởng Ngoại giao hai nước hội đàm\n\n"
    "Ngày 5/3/2023, Bộ trưởng Ngoại giao Trần Văn Bình hội đàm với Bộ trưởng Ngoại giao Ấn Độ Rajesh Kumar "
    "tại Hà Nội.\n"
)
OTHER = (
    "Điện đàm cấp cao\n\nNgày 9/11/2022, Thủ tướng Lê Hồng Phúc điện đàm với Thủ tướng Ô-xtrây-li-a Mark Fielding.\n"
)


def import_command(*paths, **options):
    """Runs import_articles; returns (stdout, stderr, the CommandError's message or "")."""
    out, err = StringIO(), StringIO()
    try:
        call_command("import_articles", *map(str, paths), stdout=out, stderr=err, **options)
        failed = ""
    except CommandError as exc:
        failed = str(exc)
    return out.getvalue(), err.getvalue(), failed


def messages_of(response):
    return [(m.level, str(m)) for m in get_messages(response.wsgi_request)]


# --- 1. two importers at once -------------------------------------------------------------------


def timeline_snapshot():
    return (
        sorted(Event.objects.values_list("type", "start", "end", "title", "status")),
        sorted(Person.objects.values_list("name", "slug")),
        sorted(Mention.objects.values_list("article__source_name", "event__title", "sentence_index")),
        Article.objects.count(),
    )


@pytest.mark.slow  # two import_articles processes
@pytest.mark.django_db(transaction=True)
def test_two_importers_at_once_give_exactly_the_timeline_of_one(tmp_path):
    """The same files in opposite orders, in two processes at once: no event lost, no person twice, no crash.

    Needs a database both processes can reach: PostgreSQL (the test database on SQLite is in memory)."""
    if connection.vendor != "postgresql":
        pytest.skip("two processes need a shared database server: run with DATABASE_URL=postgres://…")
    from timeline.management.measuring import build_corpus

    build_corpus([SEED_ARTICLES, ROOT / "articles" / "tests" / "data" / "articles"], 12, tmp_path)
    files = sorted(str(p) for p in tmp_path.glob("*.txt"))
    settings_dict = connection.settings_dict
    env = {
        **os.environ,
        "DATABASE_URL": f"postgres://{settings_dict['USER']}:{settings_dict['PASSWORD'] or ''}@"
        f"{settings_dict['HOST'] or '127.0.0.1'}:{settings_dict['PORT'] or 5432}/{settings_dict['NAME']}",
    }
    command = [sys.executable, str(ROOT / "manage.py"), "import_articles", "-v", "0"]
    runs = [subprocess.Popen([*command, *order], env=env, stderr=subprocess.PIPE, text=True) for order in
            (files, files[::-1])]  # fmt: skip
    errors = [run.communicate(timeout=300)[1] for run in runs]
    assert [run.returncode for run in runs] == [0, 0], errors
    together = timeline_snapshot()

    Article.objects.all().delete()
    Event.objects.all().delete()
    Person.objects.all().delete()
    subprocess.run([*command, *files], env=env, check=True)
    assert together == timeline_snapshot()


# --- 2. an oversized upload beside a good file ----------------------------------------------------


@override_settings(TIMELINE_MAX_ARTICLE_CHARS=2_000)
@pytest.mark.django_db
def test_an_oversized_upload_is_refused_by_name_and_the_good_file_imported(admin_client):
    huge = SimpleUploadedFile("huge.txt", ("Bài rất dài. " * 5_000).encode())
    response = admin_client.post(IMPORT, {"files": [huge, SimpleUploadedFile("good.txt", TEXT.encode())]})
    assert list(Article.objects.values_list("source_name", flat=True)) == ["good.txt"]
    errors = [text for level, text in messages_of(response) if level == constants.ERROR]
    assert len(errors) == 1 and errors[0].startswith("huge.txt: bài quá dài")
    assert "2,000" in errors[0] and "TIMELINE_MAX_ARTICLE_CHARS" in errors[0]


@override_settings(TIMELINE_MAX_UPLOAD_FILES=3)
@pytest.mark.django_db
def test_too_many_files_in_one_upload_get_a_message_naming_the_limit(admin_client):
    files = [SimpleUploadedFile(f"a{n}.txt", TEXT.encode()) for n in range(4)]
    response = admin_client.post(IMPORT, {"files": files})
    assert response.status_code == 200 and Article.objects.count() == 0
    assert "Đã chọn 4 tệp: mỗi lần tải lên tối đa 3 tệp" in response.content.decode()


# --- 4. workers die with their parent ---------------------------------------------------------------

WORKER_POOL = """
import os, sys, time
import django
django.setup()
from concurrent.futures import ProcessPoolExecutor
from articles.management.commands.import_articles import _start_worker

with ProcessPoolExecutor(2, initializer=_start_worker, initargs=([], os.getpid())) as pool:
    pool.submit(time.sleep, 0).result()
    print(" ".join(str(pid) for pid in pool._processes), flush=True)
    time.sleep(120)
"""


def running(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split(") ")[-1][0] != "Z"
    except FileNotFoundError:
        return False


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads process states from /proc")
@pytest.mark.slow  # kills a real import process
def test_extraction_workers_exit_when_the_import_is_killed():
    """kill -9 of `import_articles --jobs N` gives the pool no chance to stop its workers: they exit on their own."""
    parent = subprocess.Popen(
        [sys.executable, "-c", WORKER_POOL],
        cwd=ROOT,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings"},
        stdout=subprocess.PIPE,
        text=True,
    )
    workers = [int(pid) for pid in parent.stdout.readline().split()]
    assert len(workers) == 2 and all(running(pid) for pid in workers)
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 20
    while any(running(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not any(running(pid) for pid in workers)


# --- 8 and 12. bad files, named with the true reason; every path reported ---------------------------


def test_file_reasons_utf16_nul_bytes_anywhere_and_size():
    assert read_article_file("le.txt", TEXT.encode("utf-16")) == TEXT
    assert read_article_file("le-no-bom.txt", TEXT.encode("utf-16-le")) == TEXT
    late_nul = (TEXT * 200).encode() + b"\x00rest"
    with pytest.raises(ArticleFileError, match=r"NUL @ \d{4,}") as refused:
        read_article_file("late.txt", late_nul)
    assert refused.value.code == RefusalReason.BINARY
    with pytest.raises(ArticleFileError) as refused:
        read_article_file("latin1.txt", "Thăm Pháp".encode().replace(b"\xc4\x83", b"\xe3"))
    assert refused.value.code == RefusalReason.NOT_UNICODE
    with override_settings(TIMELINE_MAX_ARTICLE_CHARS=100):
        with pytest.raises(ArticleFileError, match=r"TIMELINE_MAX_ARTICLE_CHARS\) \(1[0-9]{2} > 100\)"):
            read_article_file("long.txt", TEXT.encode())
        with pytest.raises(ArticleFileError, match=r"\([0-9,]+ bytes > 100\)"):
            read_article_file("huge.txt", b"x" * 1000)


@pytest.mark.django_db
def test_the_command_reports_every_bad_path_and_imports_the_rest(tmp_path):
    (tmp_path / "good.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "late-nul.txt").write_bytes((OTHER * 200).encode() + b"\x00")
    (tmp_path / "long-url.txt").write_text("https://example.vn/" + "a" * 1200 + "\n" + OTHER, encoding="utf-8")
    (tmp_path / "utf16.txt").write_bytes(OTHER.encode("utf-16"))
    (tmp_path / "broken.txt").symlink_to(tmp_path / "gone.txt")
    _, err, failed = import_command(tmp_path / "missing.txt", tmp_path)
    assert sorted(Article.objects.values_list("source_name", flat=True)) == ["good.txt", "utf16.txt"]
    assert "missing.txt: no such file or folder" in failed
    assert "broken.txt: a broken link" in failed
    assert "late-nul.txt: tệp nhị phân, không phải văn bản (NUL @" in failed
    assert "long-url.txt: địa chỉ nguồn quá dài (1,219 > 1,000)" in failed
    assert "4 file(s) failed" in failed and "Traceback" not in err


@pytest.mark.django_db
def test_each_bad_path_is_named_with_its_true_reason(tmp_path, settings):
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as file:
        file.write(b"x")
        file.truncate(50_000_000)  # 50 MB, most of it never read
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "loop-a.txt").symlink_to(tmp_path / "loop-b.txt")
    (tmp_path / "loop-b.txt").symlink_to(tmp_path / "loop-a.txt")
    paths = [tmp_path / name for name in ("huge.txt", "pipe.txt", "loop-a.txt", "missing.txt")]
    _, err, failed = import_command(*paths)
    limit = 4 * settings.TIMELINE_MAX_ARTICLE_CHARS
    assert "huge.txt: " in failed and "50,000,000 bytes" in failed and f"{limit + 1:,}" not in failed
    assert "pipe.txt: not a regular file but a named pipe (FIFO)" in failed
    assert "loop-a.txt: a loop of symbolic links" in failed
    assert "missing.txt: no such file or folder" in failed
    assert "4 file(s) failed" in failed and "Traceback" not in err


@pytest.mark.parametrize("jobs", ["0", "-3", "two"])
def test_a_number_of_jobs_below_one_is_refused_before_anything_is_read(tmp_path, jobs):
    with pytest.raises(CommandError, match=rf"--jobs: '{jobs}' is not a number of processes"):
        call_command("import_articles", str(tmp_path), "--jobs", jobs)


@pytest.mark.django_db
def test_a_url_written_in_capitals_is_fetched_as_a_url(web):
    url = web.replace("http://", "HTTP://") + "/the-gioi/hoi-dam-viet-nhat.html"
    import_command(url)
    assert Article.objects.get().title == "Thủ tướng hội đàm với Thủ tướng Nhật Bản"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every folder")
@pytest.mark.django_db
def test_an_unreadable_folder_is_reported_not_skipped(tmp_path):
    (tmp_path / "good.txt").write_text(TEXT, encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "a.txt").write_text(OTHER, encoding="utf-8")
    locked.chmod(0)
    try:
        _, _, failed = import_command(tmp_path)
    finally:
        locked.chmod(0o755)
    assert "locked: the folder cannot be read" in failed and Article.objects.count() == 1


@override_settings(TIMELINE_MAX_EVIDENCE_CHARS=300)
@pytest.mark.django_db
def test_a_run_on_line_is_quoted_cut_to_the_evidence_limit():
    run_on = "Ngày 5/3/2023, Bộ trưởng Ngoại giao Trần Văn Bình hội đàm với Bộ trưởng Ngoại giao Ấn Độ Rajesh Kumar"
    text = "Hội đàm\n\n" + run_on + " và" + " hai bên bàn về hợp tác kinh tế thương mại" * 200 + "\n"
    report = ArticleImporter().import_text(text)
    assert report.ok and report.events_created
    sentence = Mention.objects.get().sentence
    assert sentence.startswith(run_on) and sentence.endswith("…") and len(sentence) <= 300


@override_settings(TIMELINE_MAX_ARTICLE_CHARS=100)
@pytest.mark.django_db
def test_pasted_text_over_the_limit_and_nul_characters_are_refused_with_the_reason():
    report = ArticleImporter().import_text(TEXT)
    assert report.refusal == RefusalReason.TOO_LONG and Article.objects.count() == 0
    with override_settings(TIMELINE_MAX_ARTICLE_CHARS=10_000):
        report = ArticleImporter().import_text(TEXT + "\x00")
    assert report.refusal == RefusalReason.BINARY and Article.objects.count() == 0


def test_binary_data_full_of_zero_bytes_is_not_taken_for_utf16():
    # A zero byte at every other position, as in UTF-16, but the other bytes are control codes, not letters.
    binary = b"".join(bytes([n % 31 + 1, 0]) for n in range(2000))
    with pytest.raises(ArticleFileError) as refused:
        read_article_file("image.txt", binary)
    assert refused.value.code == RefusalReason.BINARY


# --- bad files among good ones, and a dry run ---


@pytest.mark.django_db
def test_bad_files_are_reported_and_the_good_ones_still_imported(tmp_path):
    (tmp_path / "good.txt").write_text(
        (SEED_ARTICLES / sorted(p.name for p in SEED_ARTICLES.glob("*.txt"))[1]).read_text()
    )
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "latin1.txt").write_bytes("Hà Nội".encode("latin-1", "replace") + b"\xe9t\xe9")
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "opinion.txt").write_text("Bình luận: kinh tế thế giới còn nhiều khó khăn, cần kiên nhẫn.")
    err = StringIO()
    with pytest.raises(CommandError) as failed:
        call_command("import_articles", str(tmp_path), verbosity=0, stderr=err)
    message = str(failed.value) + err.getvalue()
    assert "4 file(s) failed" in str(failed.value)
    for name, reason in [
        ("empty.txt", "tệp trống"),
        ("latin1.txt", "không phải UTF-8"),
        ("photo.txt", "nhị phân"),
        ("opinion.txt", "không tìm thấy sự kiện có ngày"),
    ]:
        assert name in message and reason in message
    # The article with no datable event is kept for curators; the unreadable files write nothing.
    assert Article.objects.count() == 2


@pytest.mark.django_db
def test_dry_run_writes_nothing():
    out = StringIO()
    call_command("import_articles", str(SEED_ARTICLES), dry_run=True, stdout=out)
    assert "would create" in out.getvalue()
    assert Article.objects.count() == 0 and Event.objects.count() == 0
