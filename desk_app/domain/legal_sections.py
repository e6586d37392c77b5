"""What each legal section the desk suggests is about: its heading, in English and Urdu.

A code alone ("PPC 337-A") means little at the desk; wherever sections are listed they show
as code and title ("PPC 337-A: Shajjah (hurt to the head or face)"). The titles are the
statutes' headings, shortened; like the sections themselves (taxonomy.json, sections_verified)
they are a guide: confirm them locally. The code is what is stored; a section typed by the
officer that is not here is shown as she typed it.

Law abbreviations: PPC, the Pakistan Penal Code 1860; PECA, the Prevention of Electronic
Crimes Act 2016; CMRA, the Child Marriage Restraint Act 1929.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

# the Urdu titles are written as the Urdu translation of the Penal Code words them, shortened

_TITLES: dict[str, tuple[str, str]] = {
    "PPC 302": ("Qatl-i-amd (intentional murder)", "قتلِ عمد"),
    "PPC 310-A": (
        "Giving a woman in badal-e-sulh, wanni or swara",
        "بدلِ صلح، ونی یا سوارہ میں عورت دینا",
    ),
    "PPC 311": (
        "Ta'zir after waiver of qisas (fasad-fil-arz, as in honour killing)",
        "قصاص کی معافی کے بعد تعزیر (فساد فی الارض، جیسے غیرت کے نام پر قتل)",
    ),
    "PPC 324": ("Attempt to commit qatl-i-amd", "قتلِ عمد کا اقدام"),
    "PPC 328-A": ("Cruelty to a child", "بچے پر ظلم"),
    "PPC 336-A": ("Hurt by a corrosive substance (acid)", "تیزاب یا سنکنار مادے سے ضرر"),
    "PPC 336-B": (
        "Punishment for hurt by a corrosive substance",
        "تیزاب یا سنکنار مادے سے ضرر کی سزا",
    ),
    "PPC 337-A": ("Shajjah (hurt to the head or face)", "شجّہ (سر یا چہرے پر زخم)"),
    "PPC 337-L": ("Other hurt", "دیگر ضرر"),
    "PPC 354": (
        "Assault or force to outrage a woman's modesty",
        "عورت کی عزت پر حملے کی نیت سے حملہ یا مجرمانہ طاقت",
    ),
    "PPC 365": (
        "Kidnapping or abduction to confine a person secretly",
        "کسی شخص کو خفیہ اور ناجائز قید میں رکھنے کے لیے اغوا",
    ),
    "PPC 365-B": (
        "Kidnapping or abducting a woman to compel marriage",
        "عورت کو شادی پر مجبور کرنے کے لیے اغوا",
    ),
    "PPC 371-A": ("Selling a person for prostitution", "عصمت فروشی کے لیے کسی شخص کو بیچنا"),
    "PPC 371-B": ("Buying a person for prostitution", "عصمت فروشی کے لیے کسی شخص کو خریدنا"),
    "PPC 375": ("Rape", "زنا بالجبر"),
    "PPC 376": ("Punishment for rape", "زنا بالجبر کی سزا"),
    "PPC 377-A": ("Sexual abuse of a person under 18", "اٹھارہ سال سے کم عمر سے جنسی زیادتی"),
    "PPC 377-B": ("Punishment for sexual abuse", "جنسی زیادتی کی سزا"),
    "PPC 498-A": ("Depriving a woman of her inheritance", "عورت کو وراثت سے محروم کرنا"),
    "PPC 498-B": ("Forced marriage", "جبری شادی"),
    "PPC 506": ("Criminal intimidation", "مجرمانہ دھمکی"),
    "PPC 509": (
        "Insulting a woman's modesty or sexual harassment",
        "عورت کی عزت کی توہین یا جنسی ہراسانی",
    ),
    "PECA 20": ("Offences against the dignity of a person", "کسی شخص کے وقار کے خلاف جرائم"),
    "PECA 21": (
        "Offences against the modesty of a person or a minor (sexual images, blackmail)",
        "کسی شخص یا نابالغ کی عزت کے خلاف جرائم (نازیبا تصاویر، بلیک میل)",
    ),
    "PECA 24": ("Cyber stalking", "سائبر تعاقب (سائبر اسٹاکنگ)"),
    "CMRA 4": ("An adult man marrying a child", "بالغ مرد کا کم عمر سے نکاح"),
    "CMRA 5": ("Solemnising a child marriage", "کم عمری کا نکاح پڑھانا"),
    "CMRA 6": (
        "A parent or guardian concerned in a child marriage",
        "کم عمری کے نکاح میں شریک والدین یا سرپرست",
    ),
}

TITLES: Mapping[str, tuple[str, str]] = MappingProxyType(_TITLES)


def _key(code: str) -> str:
    """ "ppc  337-a" and "PPC 337-A" are the same section."""
    return " ".join(code.split()).upper()


def section_title(code: str, lang: str = "en") -> str | None:
    """The section's heading, or None for a section not in the list."""
    words = _TITLES.get(_key(code))
    if words is None:
        return None
    return words[1] if lang == "ur" else words[0]


def section_label(code: str, lang: str = "en") -> str:
    """Code and title, "PPC 506: Criminal intimidation"; the code alone when unknown."""
    title = section_title(code, lang)
    return f"{code}: {title}" if title else code
