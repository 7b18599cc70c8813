"""What a person's name is in Vietnamese news text: its words (initials, particles, a regnal number), the
surnames that open a Vietnamese name, and the words, countries and oceans that only look like a name."""

from __future__ import annotations

import re

from .cleaning import LOWER_LETTER, UPPER_LETTER, WORD
from .names import known_name
from .offices import MINISTRY_DOMAINS, REGIONS
from .reference import iso_of

# Words that open an organisation or a common noun, never a person's name.
NOT_NAME_START = {
    "Bộ", "Ủy", "Uỷ", "Ban", "Hội", "Đảng", "Quốc", "Chính", "Thượng", "Hạ", "Đại", "Tổng", "Sở", "Viện",
    "Trung", "Liên", "Hiệp", "Công", "Tập", "Ngân", "Phủ", "Nhà", "Thủ", "Văn", "Phòng", "Cục", "Vụ",
    "Cơ", "Cộng", "Tổ", "Tòa", "Toà", "Học", "Trường", "Báo", "Đài", "Thông", "Hai", "Các", "Những", "Theo", "Tại",
    "Trong", "Nhân", "Ngày", "Sáng", "Chiều", "Tối", "Việt", "Ông", "Bà", "Phái", "Đoàn", "Tỉnh",
    "Thành", "Châu", "Hoàng", "Lãnh", "Chủ", "Phó", "Thứ", "Tham", "Người", "Đây", "Đó", "Này", "Cùng",
    "Và", "Với", "Cảm", "Xin", "Asean", "ASEAN", "APEC", "OECD", "WEF", "G7", "G20", "EU", "LHQ",
    "Covid-19", "Tokyo", "Hà", "Lễ", "Đối", "Khu", "Nhóm", "Quỹ", "Hạm", "Diễn", "Cấp", "Nghị", "Phân", "Tiểu", "Bắc",
} | {domain.split()[0] for domain in MINISTRY_DOMAINS if len(domain.split()[0]) > 1}  # fmt: skip
VIETNAMESE_SURNAMES = {
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
    "Dương", "Lý", "Vương", "Trịnh", "Đinh", "Lâm", "Mai", "Tô", "Tôn", "Hà", "Đào", "Lương", "Trương",
    "Châu", "Cao", "Lưu", "Quách", "Thái", "Triệu", "Kiều", "La", "Từ", "Đoàn", "Hứa", "Chu", "Giang",
    "Mạc", "Doãn", "Khúc", "Lại", "Nghiêm", "Phùng", "Tạ", "Thân", "Tống", "Viên", "Lò",
    "Y", "Nông", "Đàm", "Đồng", "Ninh", "Bạch", "Lục", "Âu", "Khổng", "Hầu", "Kim", "Quan",
}  # fmt: skip

# A surname opens a name even where the same word opens an organisation ("Hoàng", "Hà", "Châu").
NOT_NAME_START -= VIETNAMESE_SURNAMES

# A surname written with a capital inside: "McConnell", "MacArthur", "O'Neill", "D'Alema".
NAME_WORD = rf"(?:(?:Ma?c|O['’]|D['’])(?={UPPER_LETTER}))?{WORD}"
# Initials glued to the name or spaced ("S.M.Krishna", "Đ.Gô-mét", "S. Jaishankar") belong to it.
INITIALS = rf"(?:{UPPER_LETTER}[hrg]?\.\s?){{1,3}}"  # "M. Xinh", "Ph. Ô-lăng" (a Vietnamese digraph)
# Syllables joined by hyphens in any order of case: "Xéc-gây", "Giăng-Mác", "Giăng-Nô-en".
# A regnal or generation number: "Benigno Aquino III", "Charles III", "Felipe VI", "Leo XIV" (not a lone "I", nor
# the initial "V." of "V. Muraleedharan").
REGNAL = r"(?:(?=[IVX]{2})(?:X{0,3}(?:IX|IV|V?I{1,3}|V)|X{2,3})|[VX](?![\w.]))(?!\w)"
NAME_TOKEN = (
    rf"(?:(?:Jr|Sr)\.(?!\w)|{REGNAL}|(?:{INITIALS})?{NAME_WORD}(?:['’-]{LOWER_LETTER}*|-{WORD})*|{UPPER_LETTER}\.)"
)
# Lower-case particles inside a name ("Mohammed bin Salman", "Ursula von der Leyen", "Lula da Silva"); not
# "do", "la", "y", which Vietnamese writes after a name as words of its own; transliterated: "Lu-la đa Xin-va".
PARTICLES = r"(?:bin|bint|ibn|von|van|der|den|de|del|della|da|dos|das|di|du|al|el|ter|zu|đa|đơ)"
# An Arabic article glued to the word it qualifies: "Abdel Fattah el-Sisi", "Mohammed al-Sudani".
GLUED_ARTICLE = r"(?:al|el)-"
# ("Tổng thống al-Sisi": the article may open the name a short form keeps.)
NAME_START = rf"(?:{GLUED_ARTICLE})?{NAME_TOKEN}"
NAME = rf"{NAME_START}(?![\w-])(?:(?: {PARTICLES})* (?:{GLUED_ARTICLE})?{NAME_TOKEN}(?![\w-])){{0,4}}"
BRACKET = r"(?:\s*\((?P<bracket>[^()]{2,60})\))?"
WHOLE_NAME = re.compile(NAME)
# Three syllables or more joined by hyphens: a Vietnamese transliteration ("Phi-li-pin"), not a Latin name.
SYLLABLES = re.compile(r"\w+-\w+-\w+")
# Initials alone, an abbreviation: "T.Ư", "T.W".
ABBREVIATION = re.compile(rf"^(?:{UPPER_LETTER}\.)+{UPPER_LETTER}\.?$")
# A name in Latin letters only: "Taro Kono", the original of a transliteration in brackets.
# Latin letters with the accents of European languages ("Lénárt Bálint", "Inácio"), not Vietnamese's own (ă, đ, ơ,
# ư, and the tone marks of Latin Extended Additional).
_LATIN = "A-Za-zÀ-ÖØ-öø-ÿĀ-ĂĄ-ĐĒ-ĨĪ-ŨŪ-ſ"
LATIN_NAME = re.compile(rf"^[A-ZÀ-ÖØ-Þ][{_LATIN}'.-]*(?: (?:{PARTICLES} )*[A-ZÀ-ÖØ-Þ][{_LATIN}'.-]*){{0,4}}$")


def clean_name(name: str, title: str = "") -> str | None:
    """Drop tokens that are not part of a name; None when nothing name-like is left."""
    if known_name(name):
        return name  # a leader the names reference knows ("Tập Cận Bình": "Tập" also opens "Tập đoàn")
    tokens = name.split()
    # "Bộ trưởng Ngoại giao Nhật | Bản": the title's country runs on into what looked like a name.
    last_title_word = title.split()[-1] if title else ""
    for k in (2, 1):
        if len(tokens) >= k and last_title_word and iso_of(" ".join([last_title_word, *tokens[:k]])):
            tokens = tokens[k:]
            break
    tokens = tokens[_country_words(tokens) :]  # "Tổng thống Thổ Nhĩ Kỳ": a country, not a name
    vietnamese = bool(tokens) and tokens[0] in VIETNAMESE_SURNAMES and not any("-" in token for token in tokens)
    tokens = tokens[: next((at for at in range(2, len(tokens)) if _country_begins(tokens, at, vietnamese)), None)]
    while len(tokens) > 1 and not vietnamese:
        # "Thủ tướng Kishida Nhật Bản": a country after a foreign name
        trailing = next((k for k in COUNTRY_WORDS if len(tokens) > k and iso_of(" ".join(tokens[-k:]))), 0)
        if not trailing:
            break
        tokens = tokens[:-trailing]
    # "M.", or an abbreviation of initials ("trụ sở T.Ư Đảng": Trung ương)
    lone_initial = len(tokens) == 1 and (tokens[0].endswith(".") or bool(ABBREVIATION.match(tokens[0])))
    # "Thái Bình Dương" is an ocean, however like a name it reads.
    if not tokens or tokens[0] in NOT_NAME_START or lone_initial or " ".join(tokens) in REGIONS:
        return None
    if tokens[0].isalpha() and tokens[0].isupper() and len(tokens[0]) > 1:  # an acronym: "ASEAN", "OECD"
        return None
    return " ".join(tokens[:5])


def _country_begins(tokens: list[str], at: int, vietnamese: bool) -> bool:
    """ "Tô Lâm Indonesia Prabowo Subianto" (a line of tags): a name ends where a country's name begins; not at a
    short word that is also a Vietnamese given name ("Lê Hoàng Anh", "Nguyễn Thị Nga")."""
    words = _country_words(tokens[at:])
    return bool(words) and not (vietnamese and words == 1 and len(tokens[at]) <= 4)


# How many words a country's name may have, longest first: "Ả Rập Xê Út", "Thổ Nhĩ Kỳ", "Lào".
COUNTRY_WORDS = (5, 4, 3, 2, 1)


def _country_words(tokens: list[str]) -> int:
    """How many leading tokens name countries ("Thổ Nhĩ Kỳ", "Ấn Độ", "Nhật Bản Nga")."""
    at = 0
    while at < len(tokens):
        k = next((k for k in COUNTRY_WORDS if at + k <= len(tokens) and iso_of(" ".join(tokens[at : at + k]))), 0)
        if not k:
            break
        at += k
    return at


def split_bracket(name: str, bracket: str | None) -> tuple[str, str]:
    """(name, alias): the Latin-script form is the name, the transliteration the alias."""
    if not bracket:
        return name, ""
    bracket = bracket.strip()
    if not any(ch.islower() for ch in bracket):
        return name, ""  # an acronym: "Hiệp định … I-xra-en (VIFTA)", "Lực lượng … Bô-li-va (FBT)"
    # "Sin-dô A-bê (Shinzo Abe)", "Pắc Cưn Hê (Park Geun-hye)": a transliteration, or a Sino-Vietnamese reading.
    transliterated = "-" in name or (" " in bracket and not _latin(name))
    if _latin(bracket) and transliterated:
        return bracket, name
    if WHOLE_NAME.fullmatch(bracket) and "-" in bracket and not _latin(bracket) and _latin(name):
        return name, bracket
    return name, ""


def _latin(name: str) -> bool:
    """A name in Latin letters, not a transliteration into them ("Ha-tô-y-a-ma")."""
    return bool(LATIN_NAME.match(name)) and not SYLLABLES.search(name)


def is_vietnamese(name: str) -> bool:
    """Opened by a Vietnamese surname, and written in syllables: "Kim Dae-jung" is Korean, "Lý Hiển Long"
    Singaporean only by what else is known."""
    return name.split()[0] in VIETNAMESE_SURNAMES and len(name.split()) >= 2 and "-" not in name
