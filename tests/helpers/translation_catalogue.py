"""Reading the window's Qt catalogue (.ts) and finding what is wrong with it.

A message is *missing* when the code has it and the catalogue does not, *unfinished* when the
catalogue has it without a translation, *obsolete* when the catalogue has it and the code no
longer does. Placeholders ({name}, %1, %n) and the keyboard mnemonic (&) of a translation must
match its source's, or the window would show a raw brace or lose a shortcut.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
WINDOW_SOURCES = PROJECT / "desk_app" / "ui"
_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%\d")
# A mnemonic is a single "&" before a character; "&&" is a literal ampersand.
_MNEMONIC = re.compile(r"(?<!&)&(?!&)(?=\S)")


@dataclass(frozen=True)
class Message:
    """One message of a .ts file.

    Attributes:
        context: the class whose tr() asked for it.
        source: the English text.
        translations: the Urdu text (one per plural form for a %n message).
        state: "" when finished, else the .ts type ("unfinished", "vanished", "obsolete").
    """

    context: str
    source: str
    translations: tuple[str, ...]
    state: str

    @property
    def name(self) -> str:
        return f"{self.context}: {self.source!r}"


def read_catalogue(path: Path) -> list[Message]:
    messages: list[Message] = []
    # The project's own catalogue file, not input from outside.
    for context in ET.parse(path).getroot().iter("context"):  # noqa: S314 -- our own file
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            translation = element.find("translation")
            assert translation is not None, f"{name}: a message without <translation>"
            forms = [form.text or "" for form in translation.iter("numerusform")]
            texts = tuple(forms) if forms else (translation.text or "",)
            state = translation.get("type", "")
            if not state and not all(texts):
                state = "unfinished"
            messages.append(Message(name, element.findtext("source") or "", texts, state))
    return messages


def qt_tool(name: str) -> str:
    """PySide6's lupdate or lrelease: beside this Python, else on the PATH."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    found = str(beside) if beside.exists() else shutil.which(f"pyside6-{name}")
    if found is None:
        raise FileNotFoundError(f"pyside6-{name} is not installed (it ships with PySide6)")
    return found


def refreshed_from_code(catalogue: Path, work: Path) -> list[Message]:
    """The catalogue as `make translations` would leave it, obsolete entries kept and marked."""
    work.mkdir(parents=True, exist_ok=True)
    copy = work / catalogue.name
    shutil.copyfile(catalogue, copy)
    sources = sorted(str(path) for path in WINDOW_SOURCES.rglob("*.py"))
    subprocess.run(
        [qt_tool("lupdate"), "-locations", "none", *sources, "-ts", str(copy)],
        check=True,
        capture_output=True,
    )
    return read_catalogue(copy)


@dataclass(frozen=True)
class CatalogueProblems:
    missing: list[str]
    unfinished: list[str]
    obsolete: list[str]


def compare(committed: list[Message], refreshed: list[Message]) -> CatalogueProblems:
    have = {(m.context, m.source) for m in committed}
    stale = {"vanished", "obsolete"}
    return CatalogueProblems(
        missing=[m.name for m in refreshed if (m.context, m.source) not in have],
        unfinished=[m.name for m in committed if m.state == "unfinished"],
        obsolete=[m.name for m in committed if m.state in stale]
        + [m.name for m in refreshed if m.state in stale and (m.context, m.source) in have],
    )


def placeholder_problems(message: Message) -> list[str]:
    """What a finished translation drops or adds against its source."""
    problems: list[str] = []
    wanted = Counter(_PLACEHOLDER.findall(message.source))
    mnemonic = bool(_MNEMONIC.search(message.source))
    for text in message.translations:
        got = Counter(_PLACEHOLDER.findall(text))
        if got != wanted:
            problems.append(
                f"{message.name}: placeholders {sorted(wanted.elements())} in English, "
                f"{sorted(got.elements())} in {text!r}"
            )
        if bool(_MNEMONIC.search(text)) != mnemonic:
            problems.append(f"{message.name}: the & shortcut is in one language only: {text!r}")
    return problems


def strip_markup(text: str) -> str:
    """Text without placeholders and mnemonics, for matching words."""
    return _MNEMONIC.sub("", _PLACEHOLDER.sub(" ", text))
