"""Offices as the Vietnamese press writes them: the office words ("Thủ tướng", "Đại sứ"), what qualifies them
(a ministry, a country, a party, an organisation, "Thường trực", "tại" + country) and the whole title they make,
"Bộ trưởng Ngoại giao Nhật Bản", "Đại sứ Việt Nam tại Nhật Bản", "Đặc phái viên của Tổng thống Nga"."""

from __future__ import annotations

import re

from .alternation import any_of
from .built_once import built_once
from .cleaning import LOWER_LETTER, UPPER_LETTER, WORD
from .reference import country_names, place_pattern, places

# Offices, longest first so that "Phó Thủ tướng" wins over "Thủ tướng".
TITLE_CORES = [
    "Thủ tướng", "Phó Thủ tướng", "Phó Thủ tướng Thường trực", "Chủ tịch nước", "Phó Chủ tịch nước",
    "Chủ tịch Quốc hội", "Phó Chủ tịch Quốc hội", "Chủ tịch Thượng viện", "Chủ tịch Hạ viện",
    "Phó Chủ tịch Thượng viện", "Phó Chủ tịch Hạ viện", "Chủ tịch Chính phủ", "Chủ tịch", "Phó Chủ tịch",
    "Tổng Bí thư", "Thường trực Ban Bí thư", "Bí thư Thành ủy", "Bí thư Tỉnh ủy", "Bí thư Trung ương Đảng",
    "Tổng thống", "Phó Tổng thống", "Quốc vương", "Nhà vua", "Nữ hoàng", "Hoàng hậu", "Thái tử", "Hoàng tử",
    "Công chúa", "Thủ hiến", "Bộ trưởng", "Thứ trưởng", "Ngoại trưởng", "Quốc vụ khanh", "Đại sứ",
    "Tổng Lãnh sự", "Lãnh sự", "Tham tán", "Trưởng Phái đoàn", "Trưởng đoàn", "Trưởng ban", "Phó Trưởng ban",
    "Thống đốc", "Phó Thống đốc", "Tỉnh trưởng", "Thị trưởng", "Thượng nghị sĩ", "Hạ nghị sĩ", "Nghị sĩ",
    "Tổng Thư ký", "Phó Tổng Thư ký", "Tổng Giám đốc", "Chủ nhiệm", "Người phát ngôn", "Đại tướng",
    "Thượng tướng", "Trung tướng", "Thiếu tướng", "Tư lệnh", "Phu nhân", "người đồng cấp", "người đồng nhiệm",
    "người tiền nhiệm", "người kế nhiệm",
    "Ủy viên Bộ Chính trị", "Ủy viên Trung ương Đảng", "Đặc phái viên", "Cố vấn", "Cao ủy", "Cao uỷ",
    "Toàn quyền", "Ủy viên Quốc vụ", "Uỷ viên Quốc vụ", "Đặc sứ", "Đô đốc", "Phó Đô đốc", "Chuẩn Đô đốc",
    "Tổng Tham mưu trưởng", "Tham mưu trưởng", "Nhà lãnh đạo", "Lãnh đạo", "Lãnh tụ tối cao", "Chánh Văn phòng",
    "Tổng Tư lệnh", "Emir", "Tiểu vương", "Sultan", "Vua", "Giáo hoàng", "Trợ lý Tổng thống", "Trợ lý Thủ tướng",
    "Trợ lý Ngoại trưởng", "Trợ lý Bộ trưởng", "Trợ lý",
]  # fmt: skip
# A leader's spouse, named by that title: a guest of a visit, never a party to talks.
SPOUSE = re.compile(r"(?:Phu nhân|Phu quân|Hoàng hậu)\b", re.IGNORECASE)  # (a queen consort too)
TITLE_PREFIX = r"(?:(?:nguyên|cựu|cố|tân|Quyền|quyền)\s+)?"
# Offices Việt Nam has none of: "Tổng thống Lý Minh Bác" is a foreign leader, however Vietnamese the name reads.
FOREIGN_OFFICES = {
    "tổng thống", "phó tổng thống", "quốc vương", "nhà vua", "nữ hoàng", "hoàng hậu", "thái tử", "hoàng tử",
    "công chúa", "thủ hiến", "thượng nghị sĩ", "hạ nghị sĩ", "tỉnh trưởng", "toàn quyền", "emir", "tiểu vương",
    "sultan", "vua", "giáo hoàng",
}  # fmt: skip
# The offices by which a text names two leaders at once: "hai Thủ tướng", "hai Bộ trưởng Ngoại giao".
HELD_BY_BOTH = (
    "Phó Thủ tướng", "Thủ tướng", "Tổng thống", "Chủ tịch nước", "Chủ tịch Quốc hội", "Tổng Bí thư", "Ngoại trưởng",
    "Bộ trưởng Ngoại giao", "Bộ trưởng Quốc phòng", "Bộ trưởng",
)  # fmt: skip
MINISTRY_DOMAINS = [
    "Ngoại giao", "Quốc phòng", "Công an", "Công Thương", "Tài chính", "Kế hoạch và Đầu tư", "Tư pháp",
    "Nội vụ", "Giáo dục và Đào tạo", "Y tế", "Giao thông vận tải", "Xây dựng", "Nông nghiệp và Môi trường",
    "Nông nghiệp và Phát triển nông thôn", "Tài nguyên và Môi trường", "Khoa học và Công nghệ",
    "Thông tin và Truyền thông", "Văn hóa, Thể thao và Du lịch", "Lao động - Thương binh và Xã hội",
    "Kinh tế", "Thương mại", "Kinh tế, Thương mại và Công nghiệp", "Đất đai, Hạ tầng, Giao thông và Du lịch",
    "Ngoại giao và Thương mại", "Dân tộc và Tôn giáo", "Quân đội", "Các lực lượng vũ trang", "Dầu khí",
    "Dầu mỏ", "Năng lượng", "Năng lượng và Mỏ", "Châu Âu và Ngoại giao", "châu Âu và Ngoại giao",
    "Ngoại giao, Thương mại và Phát triển", "Ngoại giao và Hợp tác quốc tế", "Đầu tư và Hợp tác quốc tế",
    "Đầu tư", "Thương mại và Công nghiệp", "Công nghiệp", "Du lịch", "Kinh tế và Tài chính", "Phát triển",
    "Ngoại thương", "Hợp tác Phát triển", "Thương mại Quốc tế", "Môi trường", "Nông nghiệp", "Văn hóa", "Giáo dục",
    "Khoa học", "Công nghệ", "Giao thông", "Truyền thông", "Lao động", "Thông tin", "Nội vụ và Truyền thông",
]  # fmt: skip
# International organisations whose officers the press names by office: "Tổng Thư ký Liên Hợp Quốc António
# Guterres", "Chủ tịch Ủy ban châu Âu Ursula von der Leyen".
ORGANISATIONS = [
    "Liên Hợp Quốc", "Liên hợp quốc", "Liên Hiệp Quốc", "Liên hiệp quốc", "LHQ",
    "ASEAN", "Ủy ban châu Âu", "Uỷ ban châu Âu", "Ủy ban Châu Âu",
    "Hội đồng châu Âu", "Nghị viện châu Âu", "Liên minh châu Âu", "EU", "Liên minh châu Phi", "NATO", "WTO",
    "Tổ chức Thương mại Thế giới", "Tổ chức Y tế Thế giới", "WHO", "Quỹ Tiền tệ Quốc tế", "IMF",
    "Ngân hàng Thế giới", "WB", "Ngân hàng Phát triển châu Á", "ADB", "Diễn đàn Kinh tế Thế giới", "WEF",
    "UNESCO", "UNICEF", "UNDP", "FAO", "OECD", "APEC", "Liên minh Nghị viện Thế giới", "IPU", "AIPA",
]  # fmt: skip

# The state and party bodies that other countries' offices are named after: "Thủ tướng Quốc vụ viện Trung Quốc",
# "Chủ tịch Duma Quốc gia Nga", "Chủ tịch Hội đồng Nhà nước Cuba", "Chánh Văn phòng Nội các Nhật Bản".
STATE_BODIES = [
    "Quốc vụ viện", "Hội đồng Nhà nước", "Hội đồng Liên bang", "Duma Quốc gia", "Nội các", "Văn phòng Nội các",
    "Ủy ban Thường vụ Nhân đại Toàn quốc", "Uỷ ban Thường vụ Nhân đại Toàn quốc", "Nhân đại Toàn quốc",
    "Ủy ban Thường vụ Quốc hội", "Uỷ ban Thường vụ Quốc hội", "Chính hiệp Toàn quốc", "Chính hiệp",
    "Ủy ban Quân sự Trung ương", "Uỷ ban Quân sự Trung ương", "Hội đồng Bộ trưởng", "Hội đồng Quốc gia",
    "Nghị viện", "Hội đồng Bảo an Quốc gia",
]  # fmt: skip

# The committees of parties and parliaments, after "Ban", "Ủy ban" or "Hội đồng": "Trưởng Ban Đối ngoại Trung
# ương", "Chủ nhiệm Ủy ban Đối ngoại của Quốc hội", "Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam".
COMMITTEES = [
    "Đối ngoại", "Liên lạc Đối ngoại", "Quan hệ Đối ngoại", "Quan hệ Quốc tế", "Tuyên giáo", "Tuyên giáo và Dân vận",
    "Tổ chức", "Kinh tế", "Nội chính", "Kiểm tra", "Dân vận", "Dân tộc", "Quốc phòng và An ninh",
    "Quốc phòng, An ninh và Đối ngoại", "Kinh tế và Tài chính", "Tài chính, Ngân sách", "Pháp luật",
    "Pháp luật và Tư pháp", "Tư pháp", "Văn hóa và Xã hội", "Văn hoá và Xã hội", "Xã hội",
    "Khoa học, Công nghệ và Môi trường", "Mặt trận Tổ quốc Việt Nam", "Hữu nghị",
]  # fmt: skip
COMMITTEE = (
    # "Trưởng ban" is an office of its own: "Trưởng Ban Đối ngoại" is that office and the committee's name
    rf"(?:(?:Văn phòng\s+)?(?:Ban|Ủy ban|Uỷ ban|Hội đồng)(?:\s+Trung ương)?\s+|(?<=ban\s))(?:{'|'.join(COMMITTEES)})"
    r"(?:\s+Trung ương)?(?:\s+(?:của\s+)?(?:Quốc hội|Thượng viện|Hạ viện))?"
)

# A degree or courtesy between the office and the name: "Thủ tướng Đức, tiến sỹ Angela Merkel", "Ngài", "Sheikh",
# "Dame", "Samdech Techo", "Datuk Seri".
ACADEMIC = (
    # (Not "Sheikh Hasina": one word after it is the name it is part of.)
    r"(?:[Tt]iến s[ỹĩ]|[Gg]iáo sư|GS\.|TS\.|PGS\.|[Bb]ác sĩ|[Nn]gài|Hoàng tử|Thái tử|Dame|Sir"
    r"|Sheikha?(?= [A-Z][\w'-]* (?:[A-Z]|bin\b|al\b))"
    r"|Samdech(?: Akka Moha Sena Padei Techo| Moha Bovor Thipadei| Techo| Thipadei)?|Moha Bovor Thipadei"
    r"|Tan Sri|Datuk(?: Seri)?|Dato['’]?(?: Sri| Seri)?)"
)
# A military rank after a command's title: "Tư lệnh Hạm đội 7 của Mỹ, Phó Đô đốc Karl Thomas".
RANK = r"(?:(?:Phó |Chuẩn )?Đô đốc|Đại tướng|Thượng tướng|Trung tướng|Thiếu tướng|Đại tá)"
# What stands between an office and its holder's name: a space, a degree or courtesy, a rank after a comma, "khi đó
# là" ("Tổng thống Kenya khi đó là Uhuru Kenyatta": the office then, and who held it).
BEFORE_NAME = (
    rf"(?:\s*,\s*(?:{ACADEMIC}|{RANK})\s+(?:{ACADEMIC}\s+)?"
    rf"|\s+(?:(?:khi|lúc) (?:đó|ấy) là\s+)?(?:{ACADEMIC}\s+){{0,2}})"
)
# Oceans and regions, which military commands are named after ("Tư lệnh Hạm đội Thái Bình Dương") and which read
# like a Vietnamese person's name.
REGIONS = [
    "Ấn Độ - Thái Bình Dương", "Ấn Độ-Thái Bình Dương", "Châu Á - Thái Bình Dương", "châu Á - Thái Bình Dương",
    "Thái Bình Dương", "Ấn Độ Dương", "Đại Tây Dương", "Bắc Băng Dương", "Đông Nam Á", "Trung Đông", "Bắc Cực",
    "Nam Cực", "Trung Á", "Nam Á", "Đông Á", "Tây Á", "Bắc Phi", "Biển Đông", "Biển Đen", "Địa Trung Hải",
]  # fmt: skip
# The bodies of armed forces: "Bộ Tư lệnh Ấn Độ - Thái Bình Dương", "Hạm đội 7", "Quân chủng Hải quân".
ARMED_BODY = r"(?:Bộ Tư lệnh|Hạm đội|Quân khu|Quân chủng|Quân đoàn|Lực lượng Phòng vệ|Hải quân|Không quân|Lục quân)"

# A state's official name before its country's: "Cộng hòa xã hội chủ nghĩa (Việt Nam)", "Hợp chúng quốc (Hoa
# Kỳ)", with words written by syllables ("Cộng hòa Ả-rập (Ai Cập)").
STATE_NAME = r"(?:Cộng h(?:òa|oà)|Hợp chúng quốc|Vương quốc|Liên bang)(?: \w+(?:-\w+)*){0,5}?"


@built_once
def office_title() -> str:
    """The pattern of a whole title: an office word and its qualifiers; only the title ignores case."""
    from .person_names import VIETNAMESE_SURNAMES  # names are read after offices: imported here, not above

    countries = any_of(country_names())
    qualifier = (
        rf"(?:Thường trực|thứ nhất|tiền nhiệm|kế nhiệm|đặc mệnh toàn quyền|Chính phủ|Quốc hội|Thượng viện|Hạ viện"
        rf"|nước chủ nhà|nước|Nhà nước"
        rf"|{STATE_NAME} (?:{countries})"
        rf"|An ninh(?: [Qq]uốc gia)?"
        # a party's full name: "Ban Chấp hành Trung ương (T.Ư) Đảng Cộng sản Việt Nam", "Đảng Nhân dân Cách mạng Lào"
        rf"|(?:Ban Chấp hành (?:Trung ương|T\.Ư\.?|TƯ|TW) )?Đảng(?: [\w]+){{0,6}}? (?:{countries})"
        # "Chủ tịch Hội đồng Nhà nước và Hội đồng Bộ trưởng Cuba": one office of two bodies
        rf"|{any_of(ORGANISATIONS)}|{any_of(STATE_BODIES)}(?:\s+và\s+{any_of(STATE_BODIES)})?|{COMMITTEE}|đắc cử"
        rf"|{ARMED_BODY}(?:\s+(?:{any_of(REGIONS)}|{ARMED_BODY}|\d+))*(?:\s+của\s+(?:{countries}))?"
        # a ministry, of one domain or several: "Bộ trưởng Phát triển và Ngoại thương Phần Lan"
        rf"|(?:Bộ\s+)?(?:{any_of(MINISTRY_DOMAINS)})(?:(?:,\s+|\s+và\s+)(?:{any_of(MINISTRY_DOMAINS)}))*"
        # a state's abbreviated name: "CHND Trung Hoa", "CHDCND Lào", "CHLB Đức"
        rf"|(?:(?:CHXHCN|CHDCND|CHND|CHLB|CH)\s+)?(?:{countries})(?:\s*\([A-Z]{{2,6}}\))?"
        # "Đại sứ tại Lào", "Trưởng Phái đoàn tại ASEAN": a place of one or two words, not the holder's surname
        rf"(?:\s+tại\s+(?:{countries}|{WORD}(?: (?!(?-i:{any_of(VIETNAMESE_SURNAMES)}) ){WORD})?))?"
        rf"|(?:tỉnh|bang|thủ đô|thành phố)\s+{UPPER_LETTER}{LOWER_LETTER}+(?:-{LOWER_LETTER}+)*"
        rf"|(?:kiêm|của)\s+(?:{any_of(TITLE_CORES)}))"
    )
    # No office begins inside a country's name: "Trung Quốc Vương Nghị" holds no "Quốc vương" (king).
    return rf"(?i:(?<!Trung ){TITLE_PREFIX}(?:{any_of(TITLE_CORES)})(?:\s+{qualifier})*)"


# An office named as a role, not as its holder: "trong nhiệm kỳ thủ tướng đầu tiên", "trên cương vị Chủ tịch nước".
AS_ROLE = re.compile(r"\b(?:nhiệm kỳ|cương vị|chức vụ|chức|ghế|vai trò)\s+$", re.IGNORECASE)


def country_of_title(title: str) -> str | None:
    """'Đại sứ Việt Nam tại Nhật Bản' -> VN; 'Bộ trưởng Ngoại giao Nhật Bản' -> JP."""
    head = re.split(r"\s+tại\s+", title)[0]
    owner = head.rsplit(" của ", 1)  # "Tư lệnh Bộ Tư lệnh Ấn Độ - Thái Bình Dương của Mỹ": the command's country
    for match in [*place_pattern().finditer(owner[-1] if len(owner) > 1 else ""), *place_pattern().finditer(head)]:
        place = places()[match.group(1)]
        if place.is_country:
            return place.country
    return None


def country_of_a_place_in(title: str) -> str | None:
    """'Bí thư Tỉnh ủy Quảng Đông' -> CN: the country of the first province or city the title names."""
    return next((places()[m.group(1)].country for m in place_pattern().finditer(title)), None)
