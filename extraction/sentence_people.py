"""Who in a sentence takes part in its events: not the source it is told after ("Theo Đại sứ X, …"), not one who
does what comes after ("Trước khi ông X tới Sochi, …"), not an envoy or expert who comments on them, not a spouse at
talks, not those who attended ("với sự tham gia của …"); and whether the sentence is a digest's lead, whose items are
each told in the body; and parties named by their countries' offices alone."""

from __future__ import annotations

import re

from .built_once import built_once
from .candidates import clauses_with_subjects
from .cues import Cue
from .date_contexts import OWN_NOUN_CHARS, RELATIVE_CLAUSE
from .offices import SPOUSE, country_of_title, office_title
from .persons import PersonMention

# "Theo Đại sứ X, chuyến thăm …", "Đại sứ X: Chuyến thăm …": X speaks of the event, X is not in it.
ATTRIBUTION = re.compile(r"^(?:Theo\s[^,]{3,90},|[^:,.]{3,60}:\s)")
# "Trước khi ông X tới Sochi, Ngoại trưởng Y đã thăm Moskva …": X is in what comes after, not in Y's visit.
BEFORE_OPENING = re.compile(r"^\W*Trước khi\s[^,;]{3,120},")
# "… hội đàm với sự tham gia của các bộ trưởng, trong đó có A và B": those who attend, not the event's parties.
ATTENDEES = re.compile(
    r"\b(?:(?:với|có) sự (?:tham gia|tham dự|chứng kiến) của|về phía [^,;.]{2,30}? có|cùng dự (?:có|còn có))\b"
)
# "đặt vòng hoa và vào Lăng viếng Chủ tịch Hồ Chí Minh", "thăm Nhà lưu niệm X": one honoured, not a party.
HONOURED = re.compile(
    r"\b(?:viếng|[Ll]ăng|tưởng niệm|tưởng nhớ|[Tt]ượng đài|[Đđ]ền thờ|[Nn]hà lưu niệm|[Kk]hu di tích|[Bb]ảo tàng)"
    r"[^,;.]{0,25}$"
)
# "A chuyển lời thăm hỏi của Tổng Bí thư B và Chủ tịch nước C": those who send their greetings take no part.
GREETINGS_OF = re.compile(
    r"\b(?:chuyển|gửi|trao)\s+(?:lời\s+)?(?:thăm hỏi|chào|chúc mừng|lời chào|lời thăm hỏi|lời chúc)"
    r"(?:\s+[^\s,;.]+){0,4}?\s+(?:của|từ)\s+[^;.]{0,100}$",
    re.IGNORECASE,
)
# An envoy, a spokesperson or an expert who comments on an event ("Đại sứ X cho biết chuyến thăm …") is
# quoted, not a participant.
COMMENTATOR = re.compile(r"^(?:Đại sứ|Người phát ngôn|Tham tán|Giáo sư|Tiến sĩ|Chuyên gia|Nhà nghiên cứu)", re.I)
# "Trả lời phỏng vấn báo chí về chuyến công tác, Thứ trưởng X cho biết …": an interview's speaker, whatever the office.
INTERVIEWED = re.compile(
    r"^\W*(?:Trả lời phỏng vấn|Trao đổi với (?:báo chí|phóng viên)|Chia sẻ với (?:báo chí|phóng viên)"
    r"|Phát biểu với (?:báo chí|phóng viên))\b",
    re.I,
)
# The words that open what someone says.
SPEECH_VERBS = (
    "cho biết|nhấn mạnh|khẳng định|chia sẻ|nhận định|đánh giá|bày tỏ|nói|trả lời phỏng vấn|nêu rõ|cho rằng|thông báo"
    "|xác nhận|tiết lộ"
)
SPEECH = re.compile(
    rf"^\s*(?:\([^)]*\)\s*)?(?:[^\s,.;:]+\s+){{0,3}}?(?:đã |cũng )?(?:{SPEECH_VERBS})"
    # (not "bày tỏ vui mừng gặp lại B": one's own feelings at one's own doings)
    r"(?!(?<=bày tỏ)\s+(?:vui mừng|hài lòng|vinh dự|phấn khởi|xúc động|vui)\b)"
)
# A digest's lead lists three or more items, each with a subject of its own: "Mexico và Canada nâng quan hệ …;
# Saudi Arabia và Pakistan ký …; Tổng thống Mỹ kết thúc chuyến thăm …".
ROUND_UP_ITEMS = 3


def comments_on(person: PersonMention, sentence: str, cues: list[Cue], persons: list[PersonMention]) -> bool:
    """The person is an envoy, spokesperson or expert who speaks of the sentence's events ("… hôm qua cho biết
    chuyến thăm …", "Nhân dịp chuyến thăm …, Đại sứ X trả lời phỏng vấn"), whether told after or before; or
    anyone whose words tell what someone else does ("Trợ lý X cho biết, ông Y sẽ hội đàm với Z")."""
    speech = SPEECH.match(sentence[person.end :])
    if speech is None:
        return False
    said_from = person.end + speech.end()
    if COMMENTATOR.match(person.title or "") or INTERVIEWED.match(sentence):
        return any(not person.offset <= cue.start < said_from for cue in cues)
    cue = next((cue for cue in cues if cue.start >= said_from), None)
    return cue is not None and any(said_from <= other.offset < cue.start for other in persons)


def taking_part(sentence: str, cues: list[Cue], persons: list[PersonMention]) -> list[PersonMention]:
    """The sentence's persons who may take part in its events."""
    attribution = ATTRIBUTION.match(sentence)
    if attribution:
        persons = [p for p in persons if p.offset >= attribution.end()]
    before = BEFORE_OPENING.match(sentence)
    if before and all(cue.start >= before.end() for cue in cues):
        persons = [p for p in persons if p.offset >= before.end()]
    persons = [p for p in persons if not comments_on(p, sentence, cues, persons)]
    persons = [p for p in persons if not HONOURED.search(sentence, max(0, p.offset - 40), p.offset)]
    persons = [p for p in persons if not GREETINGS_OF.search(sentence, max(0, p.offset - 130), p.offset)]
    # A spouse comes along: on a visit, a guest too ("Chủ tịch nước và Phu nhân thăm …"); at talks or a meeting
    # ("Tổng thống X và Phu nhân Y đã gặp …"), the leaders are the parties.
    if all(cue.type != "visit" for cue in cues) and not all(SPOUSE.match(p.title or "") for p in persons):
        persons = [p for p in persons if not SPOUSE.match(p.title or "")]
    attending = ATTENDEES.search(sentence, cues[0].end)
    if attending and not any(cue.start > attending.end() for cue in cues):
        persons = [p for p in persons if p.offset < attending.start()]
    return persons


def round_up(sentence: str, cues: list[Cue], persons: list[PersonMention]) -> bool:
    """The sentence lists ROUND_UP_ITEMS items or more, each naming its subject (a country or a person) before its
    cue, between semicolons (else commas)."""
    mark = ";" if ";" in sentence else ","
    return len(clauses_with_subjects(sentence, cues, persons, mark, countries=True)) >= ROUND_UP_ITEMS


@built_once
def _office_of_a_country() -> re.Pattern:
    return re.compile(office_title())


def offices_of_countries_before(sentence: str, cue: Cue) -> bool:
    """ "Ngoại trưởng Iran và Saudi Arabia hôm nay (6/4) đã hội đàm": the parties named by their countries' offices,
    their names told in other sentences."""
    start = max(sentence.rfind(",", 0, cue.start), sentence.rfind(".", 0, cue.start)) + 1
    offices = _office_of_a_country().finditer(sentence, start, cue.start)
    return any(country_of_title(office.group(0)) for office in offices)


# What a speaker recalls rather than did: the relations' milestones and gatherings of years before.
RECALLED_KINDS = {"upgrade", "anniversary", "conference"}


def not_its_speaker(candidate, year: int | None) -> None:
    """ "Ông cũng đánh giá cao dấu mốc tháng 3-2018, khi hai nước nâng cấp quan hệ …", "Tổng thống X nhấn mạnh …
    kể từ cuộc gặp năm 1999": whoever speaks of a milestone two years or more before the article's is not in it."""
    if candidate.type not in RECALLED_KINDS or year is None or candidate.date is None:
        return
    if candidate.date.end.year > year - 2:
        return
    speakers = {
        p.name for p in candidate.persons
        if p.end <= candidate.cue.start and SPEECH.match(candidate.sentence[p.end : candidate.cue.start])
    }  # fmt: skip
    candidate.persons = [p for p in candidate.persons if p.name not in speakers]


# "Cuộc điện đàm … ngày 28/7, chỉ ít ngày trước khi Chủ tịch Hạ viện B thăm Đài Loan": who did what came after;
# "… chuyến thăm đầu tiên kể từ khi cựu Tổng thống B tới Kyoto": who did what came before.
# "… lần đầu một Thủ tướng Ấn Độ tới nước này kể từ chuyến đi của bà B năm 1983" (or "kể từ cuộc gặp giữa A và B
# năm 2021"): B's trip, long before.
BEFORE_OR_SINCE_CLAUSE = re.compile(
    r"\b(?:trước khi|kể từ khi|kể từ (?:chuyến|cuộc|lần)\s+[^,;]{0,30}?\b(?:của|giữa))\s+[^,;]*$", re.IGNORECASE
)
# "cuộc gặp trở nên khả thi nhờ thỏa thuận mà Thứ trưởng B công bố": B's own act, of another noun than the cue's.
OF_ANOTHER_NOUN = re.compile(rf"{RELATIVE_CLAUSE.pattern}\s+[^,;]*$", re.IGNORECASE)


def in_a_clause_of_another(sentence: str, cue_end: int, person: PersonMention) -> bool:
    """`person`, named after the cue, is the subject of a clause telling another happening than the cue's."""
    if person.offset <= cue_end:
        return False
    if BEFORE_OR_SINCE_CLAUSE.search(sentence, cue_end, person.offset):
        return True
    own_noun_end = cue_end + OWN_NOUN_CHARS  # "cuộc gặp mà ông B chủ trì": the cue's own
    return person.offset > own_noun_end and bool(OF_ANOTHER_NOUN.search(sentence, own_noun_end, person.offset))


# "quan hệ hữu nghị do Chủ tịch A và Thủ tướng B đặt nền móng": who founded what the sentence speaks of, long before.
FOUNDED_BY = re.compile(r"\bdo\s+[^,;]{0,80}$", re.IGNORECASE)
FOUNDED = re.compile(
    r"[^,;]{0,80}?\b(?:đặt nền móng|dày công vun đắp|vun đắp|gây dựng|sáng lập|khai mở)\b", re.IGNORECASE
)


def a_founder(sentence: str, person: PersonMention) -> bool:
    return bool(FOUNDED_BY.search(sentence, 0, person.offset) and FOUNDED.match(sentence, person.end))


# "cuộc gặp thượng đỉnh giữa Tổng thống A và nhà lãnh đạo B", "cuộc hội đàm giữa hai Ngoại trưởng A và B": the
# event's sides, named after it; the sentence's subject is not one of them.
BETWEEN_AFTER = re.compile(r"\s+(?:(?:thượng đỉnh|chính thức|trực tiếp|song phương)\s+)*giữa\s+", re.IGNORECASE)
BETWEEN_ENDS = re.compile(r"[,;.:()]|\s(?:dự kiến|sẽ|đã|vào|tại|diễn ra)\s")


def between_only(sentence: str, cue: Cue, people: list[PersonMention]) -> list[PersonMention]:
    """The people of an event told "giữa A và B" after its cue: those two, when the sentence names both there."""
    between = BETWEEN_AFTER.match(sentence, cue.end)
    if between is None:
        return people
    end = next((m.start() for m in BETWEEN_ENDS.finditer(sentence, between.end())), len(sentence))
    sides = [p for p in people if between.end() <= p.offset < end]
    return sides if len(sides) >= 2 else people


# "Trước chuyến đi của ông A, chuyến thăm gần nhất … là chuyến thăm của B": A's is the trip the opening names.
OPENING_OF_ANOTHER = re.compile(r"^\W*(?:Trước|Sau|Ngoài)\s+(?:chuyến|cuộc|buổi)\s+[^,;]{0,40}?\bcủa\s+[^,;]*$", re.I)


def in_an_opening_of_another(sentence: str, cue: Cue, person: PersonMention) -> bool:
    """`person` is named in the sentence's opening phrase of another happening, before the cue."""
    comma = sentence.find(",", person.end)
    return 0 <= comma < cue.start and bool(OPENING_OF_ANOTHER.match(sentence[: person.offset]))


# "Bà A là nguyên thủ đầu tiên thăm X kể từ chuyến thăm của ông B năm 2016": the event counted from is B's alone.
# "A ủng hộ hội nghị thượng đỉnh liên Triều": who supports a gathering of others takes no part in it.
SUPPORTED = re.compile(r"\b(?:ủng hộ|hoan nghênh|chào mừng)\s+(?:việc\s+)?(?:tổ chức\s+)?(?:các\s+|những\s+)?$", re.I)
# "hội đàm với người tiền nhiệm của ông B là bà C", "Hoàng tử C, cháu nội của Nữ hoàng B, …": B names who C is,
# and takes no part.
NAMED_FOR_ANOTHER = re.compile(
    r"\b(?:người (?:tiền nhiệm|kế nhiệm)|cháu(?: nội| ngoại)?|con (?:trai|gái)|thân (?:phụ|mẫu)|em (?:trai|gái)"
    r"|anh trai|chị gái)\s+của\s+(?:ông\s+|bà\s+|cố\s+)?(?:(?:Nữ hoàng|Nhà vua|Quốc vương|Tổng thống|Thủ tướng)\s+)?$",
    re.IGNORECASE,
)
SINCE_BEFORE = re.compile(r"\bkể từ\s+(?:(?:chuyến|cuộc|lần|buổi)\s+)?$", re.IGNORECASE)


def of_the_event(sentence: str, cue: Cue, people: list[PersonMention]) -> list[PersonMention]:
    """Those of the sentence's people who may take part in the cue's event: not who did what came before or after
    it, nor the founders of what it is about; "giữa A và B": A and B."""
    if SINCE_BEFORE.search(sentence[: cue.start]) and any(p.offset > cue.end for p in people):
        people = [p for p in people if p.offset > cue.end]
    people = [p for p in people if not NAMED_FOR_ANOTHER.search(sentence, max(0, p.offset - 40), p.offset)]
    if cue.type == "conference" and SUPPORTED.search(sentence, max(0, cue.start - 40), cue.start):
        people = [p for p in people if p.offset > cue.start]
    people = [
        p for p in people
        if not (in_a_clause_of_another(sentence, cue.end, p) or a_founder(sentence, p))
        and not in_an_opening_of_another(sentence, cue, p)
    ]  # fmt: skip
    return between_only(sentence, cue, people)


# "A sẽ hội kiến B, trước khi rời X tới Y dự hội nghị Z", "A hội kiến B và dự Diễn đàn Z": what A does next,
# without B.
THEN = re.compile(r"\b(?:trước khi|sau khi|rồi|sau đó|và (?:tham )?dự)\s", re.IGNORECASE)


def left_behind(sentence: str, cue: Cue, i: int, objects: dict[int, list[PersonMention]]) -> set[int]:
    """The ids of the counterparts of the sentence's earlier cues whom its actor leaves before the i-th cue."""
    return {
        id(p) for j, people in objects.items() if j < i for p in people if THEN.search(sentence, p.end, cue.start)
    }  # fmt: skip
