"""Cue words: the words and phrases that tell an event of one type, and what stands around a cue in its
sentence (a generic mention, a back-reference, a plan, the named thing the cue opens)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .acts_on_relations import NORMALIZED_RELATIONS, RELATIONS_ESTABLISHED
from .cleaning import UPPER_LETTER
from .date_contexts import OWN_YEAR_AFTER, YEARS_SINCE_BEFORE
from .not_done import not_done
from .parts_of_events import (
    ATTENDED_BY,
    ATTENDEES_AFTER,
    FIRST_OF_ITS_KIND,
    FIRST_TIME,
    POINTS_BACK,
    part_of_another,
    the_act_told,
)
from .places import SITES, VISIT_KINDS
from .records import DateSpan

# A cue is a word or phrase that tells an event of one type. A strong cue names its event by itself ("Phiên họp
# thứ 12 …"); a weak one ("chuyến thăm", "gặp") needs a participant or a place to be an event of its own. Phrases
# match in any case; the context patterns are case-sensitive: what must follow a cue ("tiếp Đại sứ …", not "tiếp
# tục") is a capital letter or a title.
NAMED = rf"(?= {UPPER_LETTER})"
NOT_CLOSING = r"(?![^.;]{0,60}?,\s*(?:khép lại|kết thúc)\s)"  # "lên đường tới Y, khép lại chuyến thăm": its end
NOT_A_SITE = rf"(?! (?:{'|'.join(SITES)})\b)"  # "thăm Văn Miếu", "sẽ tới Cung Cách mạng": a site of a visit
PERSON_NEXT = rf"(?= (?:{UPPER_LETTER}|ông |bà |(?:phái )?đoàn |(?:hai |các )?người đồng cấp|lãnh đạo))"
COMMITTEE = r"(?:[Uu]ỷ ban|[Ủủ]y ban)"
# Of relations, of a treaty, of joining an organisation ("kỷ niệm 30 năm Việt Nam gia nhập ASEAN").
OF_RELATIONS = r"(?=[^.;]{0,40}?\b(?:quan hệ|[Hh]iệp ước|[Hh]iệp định|gia nhập)\b)"
# The two sides an anniversary counts the years of: "hai nước", "Việt Nam - Chile", "Nhật Bản và Ấn Độ".
SIDES_NAMED = r"(?:hai nước|[A-ZĐ][\w-]*(?:\s+(?:(?:và|-|–)\s+)?[\w-]+){0,5})"  # "Việt Nam - Liên bang Nga"


@dataclass(frozen=True)
class CueWords:
    type: str
    strong: bool
    phrases: tuple[str, ...] = ()  # regular expressions matched in any case
    in_context: tuple[str, ...] = ()  # regular expressions matched as written


NOT_THE_PRESS = r"(?! (?:gỡ )?(?:báo chí|(?:các )?phóng viên|truyền thông))"  # "cuộc gặp báo chí": no counterpart
SPORTS_GAMES = r"(?:Thế vận hội|Olympic|SEA Games|ASIAD|Đại hội Thể thao|World Cup|Paralympic)"
NATIONS_OWN_DAYS = r"(?i:Cách mạng|Quốc khánh|Chiến thắng|Giải phóng|Độc lập|thành lập (?:Đảng|Quân đội|nước))"

CUE_WORDS = [
    CueWords("call", False, ("điện đàm", "hội đàm trực tuyến", "gọi điện", "cuộc gọi")),
    # "cuộc gặp thượng đỉnh" of two leaders: their summit talks.
    CueWords("talks", False, ("hội đàm", "cuộc gặp thượng đỉnh", "gặp thượng đỉnh")),
    CueWords(
        "committee_session",
        True,
        (
            "phiên tham khảo chính trị",
            "tham khảo chính trị",
            r"tham vấn (?:chính trị|liên chính phủ)",
            r"đối thoại (?:đối tác )?chiến lược",
            "đối thoại chính sách",
        ),
        # "Kỳ họp diễn ra sáng 1/12": the session told before, dated here (it refers back).
        (rf"(?i:phiên|kỳ|khóa|khoá) họp(?= (?:thứ|lần|{COMMITTEE}|[A-ZĐ]|diễn ra))", rf"họp {COMMITTEE} hỗn hợp"),
    ),
    CueWords(
        "conference",
        True,
        ("hội nghị cấp cao", "hội nghị thượng đỉnh", "hội nghị các nhà lãnh đạo"),
        (
            rf"(?i:hội nghị|hội thảo|diễn đàn|đối thoại){NAMED}",
            # "WEF ASEAN 2018 diễn ra từ ngày 11 đến 13/9": a gathering named by its acronym, opening its sentence
            r"^(?:[A-Z][A-Z0-9]{2,}(?: [A-Z][A-Z0-9]+)*)(?: \d{4})?(?= (?:diễn ra|được tổ chức|kéo dài) )",
            r"^(?i:hội nghị|diễn đàn)(?= (?:đã |sẽ )?(?:diễn ra|kéo dài) )",  # "Hội nghị diễn ra từ …": told before
            # "dự Tuần lễ cấp cao Đại hội đồng Liên Hợp Quốc khóa 80", "Khóa họp thứ 80 Đại hội đồng LHQ"
            r"(?i:tuần lễ cấp cao|phiên thảo luận chung)(?= [^,.;]{0,20}?(?:Đại hội đồng|Liên Hợp Quốc|LHQ|APEC))",
        ),
    ),
    CueWords(
        "signing",
        False,
        (
            "lễ ký",
            "ký kết",
            r"trao (?:đổi )?(?:các |\d+ |hai |ba |bốn |năm |nhiều )?văn kiện",
            "hiệp định có hiệu lực",
            r"(?:ra|thông qua|công bố|ra mắt) (?:bản )?Tuyên bố chung",
        ),
        (
            r"(?<![Tt]hư )(?<!đăng )\bký(?= (?:một |hai |ba |các |bản )?(?:[A-ZĐ]|văn kiện|thỏa thuận|hiệp định"
            r"|hiệp ước|tuyên bố|bản ghi nhớ|biên bản|nghị định thư|công ước))",
            # "Hiệp định … (VCFTA) ký năm 2011", "thỏa thuận được ký ngày 5/3/2020": a document signed on a date
            r"(?<![Tt]hư )(?<!đăng )\bký(?= (?:vào |hồi )?(?:ngày|năm|tháng) \d)",
        ),
    ),
    CueWords(
        "upgrade",
        True,
        (
            "nâng cấp quan hệ",
            # Of relations, not "nâng cấp tuyến đường sắt": what is raised, or to what (not "lên tầm cao mới").
            r"nâng cấp(?= (?:mối quan hệ|khuôn khổ|lên|thành|từ)\b)",
            r"nâng (?:tầm )?quan hệ(?: hai nước| [A-ZĐ][^,.;]{2,40}?)? lên(?! (?:một )?tầm (?:cao|mới))",
            r"(?:được )?nâng lên(?= (?:thành |mức )?(?:quan hệ )?[“\"]?đối tác)",
            # "nâng quan hệ lên Đối tác chiến lược năm 2013, và lên Đối tác chiến lược toàn diện năm 2023": the verb
            # said once for two steps.
            r"(?<=và )lên(?= (?:thành |mức )?(?:quan hệ )?[“\"]?đối tác)",
            r"nâng (?:tầm |cấp )?(?:quan hệ )?từ(?= [^.;]{3,80}? lên (?:thành |mức )?(?:quan hệ )?[“\"]?đối tác)",
            "thiết lập quan hệ đối tác",
            r"xác lập (?:quan hệ|khuôn khổ)",
            "thiết lập quan hệ ngoại giao",
            NORMALIZED_RELATIONS,
            RELATIONS_ESTABLISHED,
            r"quan hệ [“\"]?đối tác[^,.;]{0,60}?,? (?:đã )?được (?:thiết|xác) lập",  # a partnership, in the passive
        ),
    ),
    CueWords(
        "anniversary",
        True,
        # Of relations or of a treaty: a national day's, a party's or a birth anniversary is no diplomatic event.
        (
            rf"kỷ niệm (?:\d+ năm|lần thứ \d+){OF_RELATIONS}",
            # Not "sau hơn 50 năm thiết lập quan hệ", "gần 30 năm …": years counted, no anniversary.
            r"(?<!hơn )(?<!gần )(?<!trên )(?<!suốt )(?<!sau )\b\d+ năm (?:ngày )?thiết lập quan hệ ngoại giao",
        ),
    ),
    CueWords(
        "message",
        False,
        (
            "điện mừng",
            "điện chúc mừng",
            # Not "Tổng Bí thư chúc mừng …": the title's last word, and words of congratulation said in person.
            r"(?<!bí )thư chúc mừng",
            "điện chia buồn",
            r"(?<!bí )thư chia buồn",
            "điện thăm hỏi",
            r"(?<!bí )thư thăm hỏi",
            "gửi điện",
            "gửi thư",
        ),
    ),
    CueWords(
        "meeting",
        False,
        (
            rf"cuộc gặp{NOT_THE_PRESS}",
            rf"buổi gặp{NOT_THE_PRESS}",
            "tiếp xã giao",
            "hội kiến",
            "chào xã giao",
            "chào từ biệt",
            r"trình thư [uủ]y nhiệm",
            "trình quốc thư",
            # The head of state's side of the same ceremony: "nhận Quốc thư của Đại sứ các nước …".
            r"nhận (?:bản sao )?(?:quốc thư|thư [uủ]y nhiệm)",
            "buổi tiếp",
            "buổi làm việc",
        ),
        (
            rf"(?<!đón )(?<!trực )(?<!liên )\b[Tt]iếp{PERSON_NEXT}",
            # "A được Tổng thống B tiếp": the host between "được" and "tiếp", read as the cue's counterpart (none in "A
            # được đón tiếp tại X": how a visit was received).
            r"\bđược(?! đón tiếp\b)"
            r"(?= [^,.;]{3,80}? tiếp(?:\s*[,.;]|\s*$| (?:tại|vào|trong|hôm|sáng|chiều|tối|ngày)\b))",
            rf"\b[Gg]ặp{PERSON_NEXT}",
            r"\b[Gg]ặp (?:nhau|mặt|trực tiếp)\b",  # "A và B đã gặp nhau": both named before the verb
            rf"\b(?:làm việc|tiếp xúc(?: song phương)?) với{PERSON_NEXT}",  # with a person, not "với các tỉnh"
            rf"(?<!lời )(?<![Xx]in )\b[Cc]hào{PERSON_NEXT}",  # not "Xin chào X": a greeting, no call
        ),
    ),
    CueWords(
        "visit",
        False,
        (
            "chuyến thăm",
            *(f"thăm {kind}" for kind in VISIT_KINDS),
            "chuyến công du",
            "công du",
            "chuyến công tác",
            "sang thăm",
            rf"đến thăm{NOT_A_SITE}",  # not "đến thăm Văn Miếu": a site visited on a visit
        ),
        (
            rf"\b[Tt]hăm{NOT_A_SITE}{NAMED}",
            rf"\b[Tt]hăm(?:,| và) làm việc (?:tại|ở){NAMED}",  # "thăm, làm việc tại Việt Nam"
            # An onward trip: "rời Hà Nội đến Jakarta", "lên đường sang Indonesia", "sẽ tới Lào" (NOT_CLOSING).
            rf"\b(?:lên đường|sẽ|tiếp tục) (?:sang|đến|tới){NOT_A_SITE}{NAMED}{NOT_CLOSING}",
            rf"\brời [^,.;]{{2,40}}? (?:đến|sang|tới){NAMED}{NOT_CLOSING}",
            # A stopover: "bất ngờ dừng chân tại thủ đô Kabul của Afghanistan, gặp Tổng thống X".
            rf"\bdừng chân (?:tại|ở)(?: thủ đô| thành phố)?{NAMED}",
            # An arrival dated: "A tới Jakarta hôm 15-5"; not "sau khi tới …", subordinate to what was done after it.
            rf"(?<!khi )\b(?:đã )?(?:tới|đến){NAMED}"
            rf"(?= [A-ZĐ][\w-]+(?: [A-ZĐ][\w-]+)?,? (?:hôm|ngày|sáng|chiều|tối|trưa|vào tháng|vào năm) \d)",
        ),
    ),
    CueWords(
        "other",
        True,
        # (Not "dự lễ khai mạc Thế vận hội" nor "dự Lễ kỷ niệm 80 năm Quốc khánh": the occasions of a visit.)
        (
            "lễ đón",
            r"(?<!thăm )ra mắt",  # not "chuyến thăm ra mắt", a new leader's first visit
            "lễ hội",
            "ghi sổ tang",
            rf"lễ khai mạc(?! {SPORTS_GAMES})",
            # (Not "sân bay … mới khánh thành": a place newly opened, named for where something else happened.)
            r"(?<!mới )(?<!vừa )(?<!được )khánh thành",
            # (Nor the ceremony of an anniversary of relations or a treaty: that anniversary, "lễ kỷ niệm 60 năm ngày
            # ký Hiệp ước …".)
            rf"lễ kỷ niệm(?! \d+ năm (?:ngày )?{NATIONS_OWN_DAYS})(?! (?:\d+ năm|lần thứ \d+){OF_RELATIONS})",
        ),
    ),
]


def _cue_alternation(cue: CueWords) -> str:
    phrases = [f"(?i:{'|'.join(cue.phrases)})"] if cue.phrases else []
    return "|".join([*phrases, *cue.in_context])


# Every cue begins a word: tried only where a word begins (one position in four or five), not at every letter.
CUE_PATTERN = re.compile(
    r"(?<!\w)(?:" + "|".join(f"(?P<{cue.type}>{_cue_alternation(cue)})" for cue in CUE_WORDS) + ")"
)
STRONG = {cue.type: cue.strong for cue in CUE_WORDS}
# "tròn 75 năm Trung Quốc và Nga thiết lập quan hệ", "tròn một năm hai nước nâng cấp": the act counted from.
ANNIVERSARY_OF = re.compile(
    rf"(?:\d+|\btròn\s+(?:một|hai|ba|bốn|năm|mười))\s+năm\s+(?:(?:ngày|kể từ khi)\s+)?(?:{SIDES_NAMED}\s+(?:đã\s+)?)?$"
)
# "trong việc hai nước nâng cấp quan hệ": the upgrade a topic (not "tuyên bố về việc nâng cấp": the act announced).
UPGRADE_AS_TOPIC = re.compile(
    r"\b(?:trong|nhất là|đặc biệt là|vào|cho|nhấn mạnh|đánh giá cao|ghi nhận|khẳng định)"
    r"\s+việc\s+(?:hai (?:nước|bên)\s+)?$",
    re.I,
)
# "khẳng định tính đúng đắn của việc nâng cấp quan hệ": an act of before, whatever its sentence dates.
UPGRADE_AFFIRMED = re.compile(r"\b(?:đúng đắn|ý nghĩa) của việc\s+(?:hai (?:nước|bên)\s+)?$", re.I)
# "chuẩn bị cho việc nâng cấp", "ký Hiệp định để bình thường hóa quan hệ", "các văn kiện để ký kết": aimed at.
AIMED_AT = re.compile(
    r"\b(?:(?:chuẩn bị|hướng tới|tiến tới)\s+(?:cho\s+)?việc\s+(?:hai (?:nước|bên)\s+)?|(?:để|nhằm)\s+)$", re.I
)
# A date written with digits: "10/9", "tháng 3", "năm 2023" (not a count: "50 năm").
DATE_DIGITS = re.compile(r"(?<!\d)\d{1,2}\s*[/.-]\s*\d{1,2}(?!\d)|\b(?:tháng|năm)\s+\d", re.IGNORECASE)
# "Hội nghị Cấp cao kỷ niệm 25 năm quan hệ …": an anniversary that names a meeting, told by the meeting's cue.
MEETING_NAMED_FOR = re.compile(
    r"\b(?:Hội nghị|Hội thảo|Diễn đàn)(?:\s+(?:Cấp cao|thượng đỉnh|đặc biệt|Bộ trưởng)){0,2}\s+$", re.IGNORECASE
)
HEAD_OF_BODY = re.compile(r"\b(?:Chủ tịch|Phó Chủ tịch|Tổng Thư ký|Thư ký|Ủy viên)(?:\s+Ủy ban(?:\s+\w+){0,3})?\s+$")
# "ký thỏa thuận thiết lập Diễn đàn Đối tác …": a body set up, not a meeting held.
SET_UP = re.compile(r"\b(?:thiết lập|thành lập|lập ra|khởi động)\s+$", re.IGNORECASE)
GENERIC_BEFORE = re.compile(
    r"(?:các|những|nhiều|mọi|thúc đẩy|tăng cường|hướng tới|tiến tới|mong muốn)\s+(?:cuộc\s+|chuyến\s+|buổi\s+)?$"
    r"|\b(?:nhiều|vài|hàng chục) lần\s+(?:đã\s+)?$",  # "Thủ tướng cũng nhiều lần tiếp X": meetings in general
    re.IGNORECASE,
)
# What the sides agree to hold or do ("nhất trí tổ chức Kỳ họp lần thứ 5"), not what agreeing does ("nâng cấp").
AGREED_TO = (
    r"\b(?:nhất trí|thống nhất|đồng ý|hẹn|cam kết)\s+(?:sẽ\s+)?(?:sớm\s+)?"
    r"(?:tổ chức|gặp|thăm|hội đàm|gặp gỡ|tiếp xúc)\b"
)
# "… sẽ thăm", "tháng 9 tới", and what the sides agree to.
PLANNED = re.compile(
    rf"\b(?:sẽ|dự kiến|sắp tới|sắp|chuẩn bị|mong chờ|kế hoạch)\b|\d\s+tới\b|{AGREED_TO}",
    re.IGNORECASE,
)
# A cue that points back at an event already told: "Đây là chuyến thăm …", "chuyến thăm này".
BACK_BEFORE = re.compile(
    r"(?:Đây là|Đây cũng là|Đó là|đồng thời là|kết quả (?:của )?|ý nghĩa (?:của )?|thành công (?:của )?"
    r"|kết thúc (?=buổi |cuộc )|(?:phát biểu|chia sẻ) tại (?=buổi |cuộc |$)|cùng (?:thời gian|lúc)(?: với| diễn ra)? "
    r"|tầm quan trọng (?:của )?"
    # "Tổng thống B nhấn mạnh chuyến thăm có ý nghĩa …", "ông A gọi chuyến thăm là …", "tin tưởng chuyến thăm sẽ góp
    # phần …": what is said of it.
    r"|(?:nhấn mạnh|khẳng định|cho rằng|gọi|coi|tin tưởng|tin rằng)(?: rằng)? )\s*(?:cuộc |chuyến |buổi |việc )?$",
    re.IGNORECASE,
)
BACK_AFTER = re.compile(
    r"^\s*(?:(?:[\w ]{0,25}\s)?(?:lần này|này|sắp tới|nói trên|vừa qua)\b|diễn ra|sẽ tạo)", re.IGNORECASE
)
# "Chuyến thăm … lần này", "Hội nghị này", "Khóa họp diễn ra …" opening its sentence: the one told before.
THIS_RIGHT_AFTER = re.compile(r"\s+(?:lần )?này\b", re.IGNORECASE)
TOLD_AS_SUBJECT = re.compile(r"\s+(?:đã |sẽ |được )?(?:diễn ra|tổ chức)\b", re.IGNORECASE)
THIS_ONE_AFTER = re.compile(r"^[^,.;:()“”\"]{0,100}?\blần này\b", re.IGNORECASE)
WITH_SOMEONE = re.compile(r"[^,.;:]{0,40}?\b(?:giữa|với)\b", re.IGNORECASE)
PHRASE_END = re.compile(
    r"[,;:.!?(“”\"]|\s(?:tại|ở|do|với chủ đề|từ ngày|vào|diễn ra|dự kiến|nhằm|bên lề|và|trong đó|sau)\s|\sngày\s\d"
    r"|\s(?:hồi|hôm qua|hôm nay|năm ngoái|năm nay|năm tới|tuần trước|tuần tới|tuần này|tuần qua)\b|\stháng\s\d"
)


@dataclass
class Cue:
    type: str
    start: int
    end: int
    text: str
    refers_back: bool = False


SINCE_BEFORE = re.compile(r"\b(?:kể từ|từ sau)\s+(?:khi\s+)?(?:(?:hai|các) (?:người|ông|bà|nhà lãnh đạo)\s+)?$", re.I)
# A trip whose purpose is a multilateral meeting: "chuyến công tác (tới Indonesia) dự Hội nghị Cấp cao ASEAN".
ATTENDED = (
    r"(?:để\s+)?(?:tham\s+)?dự\s+(?:các\s+)?(?:thánh\s+)?"
    r"(?:Hội nghị|Hội thảo|Diễn đàn|Đối thoại|Tuần lễ|Khóa họp|Kỳ họp|Đại hội đồng|Lễ nhậm chức|Lễ tang|Quốc tang)"
)
TO_ATTEND = re.compile(rf"^\s*(?:(?:tới|đến|sang|tại)\s+[^,.;]{{2,30}}?\s+)?{ATTENDED}", re.IGNORECASE)
# The onward leg to a summit: "sẽ tới New Delhi (Ấn Độ) dự Hội nghị thượng đỉnh G20", "sẽ tới Hàng Châu, Trung Quốc
# để dự …", "sẽ tới Thiên Tân, Trung Quốc, dự …", "sẽ tới Singapore, sau đó tham dự …", not "… và dự".
ONWARD_TO_ATTEND = re.compile(
    rf"^\s*(?:(?!\b(?:và|kết hợp|đồng thời)\b)[^,.;]){{2,40}}?(?:,\s*(?:{UPPER_LETTER}[^,.;]{{1,25}}?|sau đó))?"
    rf",?\s+{ATTENDED}",
    re.IGNORECASE,
)
ONWARD_CUE = re.compile(r"(?:sang|đến|tới)$", re.IGNORECASE)
# "phiên họp BRICS mở rộng", "phiên họp toàn thể của Hội nghị": a sitting of a summit, part of it.
RESULTS_OF = re.compile(r"\bkết quả(?:\s+của)?\s+$", re.IGNORECASE)
SITTING_BEFORE = re.compile(r"\b[Pp]hiên\s+$")  # "Phiên đối thoại chính sách với Chủ tịch WEF": a forum's sitting
SESSION_OF_A_SUMMIT = re.compile(
    r" (?:toàn thể|hẹp|mở rộng|(?:của )?Hội nghị|[A-Z][A-Z0-9+]+\b)|(?: (?:lần )?thứ \w+)? của Hội nghị"
)
# A journey told by its arrival, to meet or sign: "sẽ tới Washington gặp ông X", "sẽ tới Tokyo để cùng X ký …".
ARRIVAL = re.compile(r"(?:sang|đến|tới)$|^(?:đã )?(?:tới|đến)$", re.IGNORECASE)
TO_MEET = re.compile(
    r" (?:(?! và )[^,.;]){2,30}?(?:,\s*nơi\s+(?:\S+\s+){0,3}?| (?:để )?(?:cùng [^,.;]{2,60}? )?)"
    r"(?:gặp|hội đàm với|hội kiến|làm việc với|ký)\b"
)  # "sẽ tới Đức, nơi ông dự kiến hội đàm với …"
# The sessions of a legislature or a council at home: "Kỳ họp thứ 9, Quốc hội khóa XV", "Hội đồng nhân dân tỉnh".
# "Quốc hội khóa XV", "Đại hội Đại biểu Nhân dân toàn quốc (Quốc hội) Trung Quốc khóa XIV", "dự khán kỳ họp Quốc
# hội": a state's own parliament.
DOMESTIC_SESSION = re.compile(
    r"\bQuốc hội\)?(?:\s+\w+){0,2}?\s+khóa\s+[IVXLC\d]+\b|\bHội đồng nhân dân\b|\bĐại hội Đại biểu Nhân dân\b"
    r"|\bkỳ họp(?:\s+thứ\s+\w+)?(?:\s+của)?\s+Quốc hội\b",
    re.IGNORECASE,
)
# "tại Trung tâm Hội nghị Quốc gia": a building; "quan hệ Đối tác đối thoại ASEAN - Australia": a relationship.
VENUE_BEFORE = re.compile(r"\b(?:Trung tâm|Cung|Hội trường|[Đđ]ối tác)\s+$")
# "gặp lãnh đạo các nước": leaders in general, no meeting of the timeline (a firm's guests are named by its title).
MANY_TIMES = re.compile(r"\s+(?:nhau\s+)?(?:nhiều|vài|một số|hàng chục)\s+(?:lần|dịp)\b", re.IGNORECASE)
# "… với Ngoại trưởng nhiều nước đối tác", "… với Bộ trưởng Quốc phòng các nước", "… với đủ bốn vị lãnh đạo"
MANY_COUNTERPARTS = re.compile(
    r"\s+(?:song phương\s+)?(?:với\s+)?(?:(?:lãnh đạo|đại diện|Ngoại trưởng|Bộ trưởng(?: \w+){0,2}?)\s+)?"
    r"(?:các|nhiều|một số|những|(?:đủ\s+)?(?:hai|ba|bốn|năm|\d+)\s+vị)\s+(?:đồng chí\s+)?"
    r"(?:nước|quốc gia|đối tác|nhà lãnh đạo|lãnh đạo|chính khách|nền kinh tế|nguyên thủ)\b", re.IGNORECASE
)  # fmt: skip
# "tiếp lãnh đạo một số tập đoàn lớn", "làm việc với các doanh nghiệp Nhật Bản": business, not diplomacy; nor is
# "tiếp lãnh đạo một số bộ ngành": no counterpart named.
BUSINESSES = re.compile(
    r"\s+(?:với\s+)?(?:(?:lãnh đạo|đại diện|Chủ tịch)\s+)?(?:các|nhiều|một số|những|\d+)\s+"
    r"(?:tập đoàn|doanh nghiệp|công ty|nhà đầu tư|doanh nhân|bộ,? ngành)\b", re.IGNORECASE
)  # fmt: skip
# "A đã có các cuộc gặp (với) Thủ tướng B và …": several meetings held, each with someone named, not talk of
# meetings in general ("thúc đẩy các cuộc gặp cấp cao").
HELD_SEVERAL = re.compile(r"\bcó các\s+(?:(?:cuộc|buổi)\s+)?$", re.I)
NAMED_NEXT = re.compile(r"\s+(?:(?:song phương|riêng|bên lề)\s+)?(?:với\s+)?[A-ZĐÂĂÊÔƠƯ]")


def _several_held(sentence: str, match: re.Match) -> bool:
    return bool(
        HELD_SEVERAL.search(sentence[max(0, match.start() - 15) : match.start()])
        and NAMED_NEXT.match(sentence, match.end())
    )


def has_cue_words(text: str) -> bool:
    """The text writes an event's words, told as an event or not ("cũng nhiều lần tiếp X")."""
    return bool(CUE_PATTERN.search(text))


def find_cues(sentence: str) -> list[Cue]:
    cues: list[Cue] = []
    for match in CUE_PATTERN.finditer(sentence):
        kind = match.lastgroup
        if not _no_event(kind, match, sentence):
            cues.append(
                Cue(kind, match.start(), match.end(), match.group(0), refers_back=_refers_back(kind, match, sentence))
            )
    return cues


def _no_event(kind: str, match: re.Match, sentence: str) -> bool:
    """The cue's words tell no event of their own here."""
    start, end = match.start(), match.end()
    before = sentence[max(0, start - 90) : start]
    if GENERIC_BEFORE.search(before[-15:]) and not _several_held(sentence, match):
        return True  # "thúc đẩy các chuyến thăm": visits in general
    if kind == "visit" and _trip_for_another(match, sentence):
        return True
    if kind == "meeting" and (_meetings_in_general(sentence, end) or _talks_counted(sentence, start, end)):
        return True
    if _named_not_held(kind, sentence, end, before):
        return True
    if part_of_another(kind, sentence, start, end):
        return True  # the restricted talks, a welcome at the airport, the opening of a gathering, who attended
    return not_done(kind, sentence, start, end)


def _trip_for_another(match: re.Match, sentence: str) -> bool:
    """ "chuyến công tác dự Hội nghị Cấp cao ASEAN": the summit is the event, not a visit; "sẽ tới Washington gặp
    ông X": the meeting is, the trip is not called a visit; "chuyến công du 3 nước": each country's visit is."""
    end = match.end()
    to_attend = TO_ATTEND.match(sentence[end : end + 60]) or (
        ONWARD_CUE.search(match.group(0)) and ONWARD_TO_ATTEND.match(sentence[end : end + 80])
    )
    return bool(
        to_attend or (ARRIVAL.search(match.group(0)) and TO_MEET.match(sentence, end)) or TOUR.match(sentence, end)
    )


# "A đã hội đàm với B, cuộc gặp chính thức đầu tiên giữa hai nhà lãnh đạo …", "có cuộc hội đàm, lần đầu tiên hai nhà
# lãnh đạo gặp nhau …": the talks told before, counted among the leaders' meetings; "A và B đã hội đàm tại Sochi, song
# cuộc gặp không mang lại …": named again.
TALKS_BEFORE = re.compile(r"\b(?:hội đàm|điện đàm)\b", re.IGNORECASE)
NTH_MEETING_BEFORE = re.compile(r"\blần (?:đầu tiên|thứ \w+)\b[^,;.]{0,40}$", re.IGNORECASE)
NTH_MEETING_AFTER = re.compile(r"\s+(?:(?:chính thức|trực tiếp|thượng đỉnh)\s+)*(?:đầu tiên|lần thứ|thứ \w+)\b", re.I)


def _talks_counted(sentence: str, start: int, end: int) -> bool:
    clause_start = max(sentence.rfind(",", 0, start), sentence.rfind(";", 0, start))
    counted = NTH_MEETING_BEFORE.search(sentence, max(0, clause_start), start) or NTH_MEETING_AFTER.match(sentence, end)
    again = sentence[start:end].lower().startswith("cuộc gặp") and not WITH_SOMEONE.match(sentence, end)
    counted = counted or (again and not sentence[clause_start + 1 : start].strip(" ,;").lower().startswith("và"))
    return clause_start > 0 and bool(counted) and bool(TALKS_BEFORE.search(sentence, 0, clause_start))


def _meetings_in_general(sentence: str, end: int) -> bool:
    """ "Hai Thủ tướng đã gặp nhau nhiều lần, trong đó có …", "gặp lãnh đạo các nước": meetings in general, or
    with whom unsaid (not "các nhà lãnh đạo Nhật Bản …"; but "một số nước ASEAN", of a group), or with businesses."""
    if MANY_TIMES.match(sentence, end) or BUSINESSES.match(sentence, end):
        return True
    many = MANY_COUNTERPARTS.match(sentence, end)
    after = sentence[many.end() :].split(maxsplit=1)[:1] if many else []
    return bool(many) and not (after and after[0][:1].isupper() and not after[0].isupper())


def _named_not_held(kind: str, sentence: str, end: int, before: str) -> bool:
    """The event named as a topic, for its results, as a sitting of a gathering, as what an anniversary counts
    from, or as a body an office is of, not told as held."""
    if kind == "upgrade" and UPGRADE_AS_TOPIC.search(before[-40:]) and not DATE_DIGITS.search(sentence):
        return True  # "đóng góp … trong việc hai nước nâng cấp quan hệ": a topic, dated nowhere in its sentence
    if kind in ("upgrade", "signing") and AIMED_AT.search(before[-40:]):
        return True  # "chuẩn bị cho việc nâng cấp quan hệ …, hướng tới kỷ niệm 50 năm …": not done yet
    if kind == "upgrade" and UPGRADE_AFFIRMED.search(before[-40:]):
        return True  # "tính đúng đắn của việc nâng cấp": done before, whatever day its sentence writes
    if kind in ("conference", "committee_session") and RESULTS_OF.search(before[-20:]):
        return True  # "triển khai kết quả Phiên họp lần thứ 9 …", "báo cáo kết quả Hội nghị X": named for its results
    sitting = SESSION_OF_A_SUMMIT.match(sentence, end) or SITTING_BEFORE.search(before[-8:])
    if kind == "committee_session" and (DOMESTIC_SESSION.search(sentence) or sitting):
        return True  # "Kỳ họp thứ 9, Quốc hội khóa XV", "phiên họp BRICS mở rộng": no bilateral body's session
    if kind in ("upgrade", "signing", "visit", "meeting", "talks") and ANNIVERSARY_OF.search(before[-60:]):
        # "kỷ niệm 50 năm thiết lập quan hệ", "… 50 năm ngày ký Hiệp ước", "lễ kỷ niệm 60 năm Chủ tịch X thăm
        # Azerbaijan": the anniversary, not the act; but "20 năm kể từ khi bình thường hóa quan hệ năm 2012" tells
        # the act's own year.
        return not (YEARS_SINCE_BEFORE.search(before) and OWN_YEAR_AFTER.match(sentence, end))
    if kind == "anniversary" and MEETING_NAMED_FOR.search(before[-40:]):
        return True
    # "Chủ tịch Hội nghị Hiệp thương chính trị …": an office, named by its body; "Trung tâm Hội nghị": a building
    named_for = SET_UP.search(before[-15:]) or HEAD_OF_BODY.search(before[-50:]) or VENUE_BEFORE.search(before[-15:])
    return kind == "conference" and bool(named_for)


def _refers_back(kind: str, match: re.Match, sentence: str) -> bool:
    """The cue names an event told before: "Đây là chuyến thăm …", "chuyến thăm này", "Tham dự hội đàm có …"."""
    start, end = match.start(), match.end()
    before = sentence[max(0, start - 25) : start]
    back = not STRONG[kind] and (
        bool(BACK_BEFORE.search(before))
        or bool(BACK_AFTER.match(sentence[end : end + 40]))
        or (kind == "visit" and bool(THIS_ONE_AFTER.match(sentence[end:])))
    )
    back = back or _named_in_passing(kind, match.group(0), sentence[end:])
    # "Khóa họp lần này", "Hội nghị này", "Khóa họp diễn ra …": the session or gathering told elsewhere.
    bare_subject = not sentence[:start].strip() and TOLD_AS_SUBJECT.match(sentence, end)
    gathering = kind in ("committee_session", "conference")
    back = back or (gathering and bool(THIS_RIGHT_AFTER.match(sentence, end) or bare_subject))
    # "kể từ chuyến thăm … của Tổng thống X": an event recalled as a point in time, told elsewhere if at all.
    back = back or bool(SINCE_BEFORE.search(before))
    # "mọi khía cạnh của chuyến thăm đã được chuẩn bị": an aspect of the visit told, with no place of its own.
    back = back or (kind == "visit" and before.endswith("của ") and not PLACE_AFTER.match(sentence, end))
    attendance = ATTENDED_BY.search(before) and ATTENDEES_AFTER.match(sentence, end)
    # "… nói với báo giới sau hội đàm", "trước vòng hội đàm chính thức, …": a point in time, named in passing.
    around = (
        kind in ("talks", "meeting", "call")
        and AROUND_BEFORE.search(before)
        and NO_COUNTERPART_AFTER.match(sentence, end)
        and not RECALLED_WHEN_AFTER.match(sentence, end)
    )
    first_time = FIRST_TIME.match(sentence[:start]) or FIRST_OF_ITS_KIND.search(sentence[:start])
    # "Sau hội nghị SCO, A sẽ tới Bắc Kinh …", "Kết thúc chuyến thăm Việt Nam, A sẽ tới …": the gathering or visit
    # told, as the moment the sentence's event follows.
    after_it = kind in ("conference", "committee_session", "visit") and AFTER_OPENING.match(sentence[:start])
    # "…, một ngày trước khi Hội nghị G20 khai mạc": the gathering after the sentence's event, on a day it does not say.
    before_it = kind in ("conference", "committee_session") and BEFORE_IT.search(before)
    subject = _told_as_subject(kind, match, sentence)
    told = bool(attendance) or bool(around) or bool(first_time or subject or after_it or before_it)
    return back or bool(POINTS_BACK.search(before)) or told or the_act_told(sentence, start, end)


def _told_as_subject(kind: str, match: re.Match, sentence: str) -> bool:
    """The event told, as the subject of what the sentence says of it."""
    start, end = match.start(), match.end()
    if sentence[:start].strip() or not NOUN_CUE.match(match.group(0)):
        return False
    if kind in ("meeting", "talks"):
        return not WITH_SOMEONE.match(sentence, end)  # "Cuộc gặp ở Alaska được hai bên chốt …"
    # "Chuyến thăm được thực hiện theo lời mời của …", in a sentence with no date (but another trip's: "Chuyến công
    # tác cũng góp phần …, tiếp nối chuyến thăm Indonesia của A hồi tháng 12/2022").
    other = ANOTHER_TRIP.search(sentence, end)
    dated = DATE_DIGITS.search(sentence[: other.start()] if other else sentence)
    return kind == "visit" and bool(VISIT_SAID_OF.match(sentence, end)) and not dated


PLACE_AFTER = re.compile(
    rf"(?:\s+(?:chính thức|cấp Nhà nước|cấp nhà nước|làm việc|hữu nghị))?\s+(?:tới |đến |sang )?{UPPER_LETTER}"
)
AFTER_OPENING = re.compile(r"^\W*(?:Sau (?:khi (?:kết thúc|dự|tham dự) )?|Kết thúc (?:tốt đẹp )?)$", re.IGNORECASE)
# "sau cuộc gặp tại Bali … hồi tháng 11 năm ngoái": a meeting of its own, recalled with its date.
RECALLED_WHEN_AFTER = re.compile(r"[^,;.]{0,80}?\b(?:hồi\s+(?:tháng|năm|ngày)|năm\s+(?:ngoái|trước|\d{4}))\b", re.I)
BEFORE_IT = re.compile(r"\btrước khi\s+(?:(?:tới |sang |đến )?(?:dự|tham dự)\s+)?$", re.IGNORECASE)
# "Sau cuộc hội đàm, …", "Sau hơn bốn giờ hội đàm, …": the talks told, as the moment of what follows.
AROUND_BEFORE = re.compile(
    r"\b(?:sau|trước)\s+(?:(?:hơn|gần|khoảng)\s+)?(?:(?:\d+|một|hai|ba|bốn|năm|sáu)\s+(?:giờ|tiếng)\s+)?"
    r"(?:(?:vòng|cuộc|buổi)\s+)?$",
    re.IGNORECASE,
)
NO_COUNTERPART_AFTER = re.compile(
    rf"(?:\s+(?:chính thức|hẹp|mở rộng|cấp cao))?(?!\s*(?:với|giữa|cùng)\b)(?!\s+{UPPER_LETTER})"
)


# "… chủ trì lễ đón.", "Tham dự buổi tiếp, …": an event named by its noun with nothing after it (no counterpart,
# place or date) is one told already; not a signing: "chứng kiến lễ ký." often tells it for the first time.
VISIT_SAID_OF = re.compile(
    r"\s+(?:được thực hiện|diễn ra|nhằm|là|có ý nghĩa|mang ý nghĩa|(?:cũng |đã )?góp phần)\b", re.IGNORECASE
)
TOUR = re.compile(r"\s+(?:tới\s+|đến\s+)?(?:\d|hai|ba|bốn|năm|sáu)\s+(?:nước|quốc gia)\b", re.IGNORECASE)
ANOTHER_TRIP = re.compile(r"\bchuyến (?:thăm|công tác|công du)\b", re.IGNORECASE)
NOUN_CUE = re.compile(r"(?:lễ|buổi|cuộc|chuyến)\s", re.IGNORECASE)
NOTHING_AFTER = re.compile(r"\s*(?:[.,;:]|$)")


# "cảm ơn X đã gửi thư chúc mừng": thanks for an event past (a dated one is told: "cảm ơn X tháng 6 đã gửi thư").
THANKED_FOR = re.compile(r"\b(?:cảm ơn|cám ơn)\b[^.;]*\bđã\s+$", re.IGNORECASE)


def _named_in_passing(kind: str, text: str, rest: str) -> bool:
    return kind in ("other", "meeting", "talks", "visit") and bool(NOUN_CUE.match(text) and NOTHING_AFTER.match(rest))


def is_planned(sentence: str, cue: Cue, when: DateSpan | None) -> bool:
    """'sẽ', 'dự kiến', 'sắp tới' in the cue's own clause: just before it, or between it and its date."""
    window_start = max(0, cue.start - 50)
    clause_start = max(sentence.rfind(",", 0, cue.start), sentence.rfind(";", 0, cue.start))
    if clause_start > window_start and not sentence[:clause_start].lower().startswith(("dự kiến", "theo kế hoạch")):
        window_start = clause_start
    window_end = cue.end + 20
    if when is not None and when.offset >= cue.end:
        window_end = max(window_end, when.offset + len(when.text) + 6)
    return bool(PLANNED.search(sentence[window_start:window_end])) or sentence.lower().startswith(
        ("dự kiến", "theo kế hoạch")
    )


# What joins the verbs of one series: "sẽ hội đàm với B, hội kiến C và gặp D", "…, sau đó lần lượt gặp D", "… rồi".
NEXT_VERB = re.compile(r"(?:(?:,|;|\bvà)\s*(?:sau đó|rồi|tiếp đó)?|\brồi)\s*,?\s*(?:lần lượt\s+)?$")
DONE_BETWEEN = re.compile(r"\b(?:đã|vừa)\b|\d")


def agreed_to(sentence: str, cue: Cue) -> bool:
    """ "hai nhà lãnh đạo nhất trí sớm gặp lại": the cue is what the sides agreed to do, some day to come."""
    agreed_for = AGREED_FOR.search(sentence, max(0, cue.start - 90), cue.start)  # "nhất trí để B thăm C"
    return bool(re.search(AGREED_TO, sentence[max(0, cue.start - 30) : cue.end + 5], re.I) or agreed_for)


# "nhất trí để B thăm C", "nhất trí Ngoại trưởng B sẽ thăm C", "nhất trí duy trì liên lạc, trong đó B sẽ thăm C":
# what someone will do, agreed to.
AGREED_FOR = re.compile(
    r"\b(?:nhất trí|thống nhất|đồng ý)\s+"
    r"(?:(?:để|cho)\s+[^,.;]{2,70}?\s+(?:sẽ\s+)?|(?:rằng\s+)?[^,.;]{2,70}?\s+sẽ\s+"
    r"|[^,.;]{2,70}?,\s*trong đó\s+[^,.;]{2,60}?\s+sẽ\s+)$",
    re.I,
)


def continues_plan(sentence: str, previous: Cue, cue: Cue) -> bool:
    """`cue` is the next verb of `previous`'s series, with no subject, date or "đã" of its own between them: what
    is planned for the first is planned for it."""
    between = sentence[previous.end : cue.start]
    return bool(NEXT_VERB.search(between)) and not DONE_BETWEEN.search(between)


def phrase_at(sentence: str, start: int, limit: int = 110) -> str:
    """The named thing a cue opens: 'Phiên họp thứ 12 Ủy ban Hợp tác Việt Nam-Nhật Bản'."""
    rest = sentence[start : start + limit + 40]
    end = PHRASE_END.search(rest, 4)
    phrase = rest[: end.start()] if end else rest[:limit]
    phrase = phrase.strip(" -–")
    return phrase[:1].upper() + phrase[1:]
