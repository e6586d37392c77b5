"""Every audit event the services write has words in English and Urdu, in one place, and an
entry's details read as text: no code, no JSON, no fingerprint."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

import desk_app.services
from desk_app.services.audit_words import (
    DETAILS,
    EVENT_KINDS,
    EVENTS,
    actions_of_kind,
    details_text,
    event_text,
    kind_text,
)

SERVICES = Path(desk_app.services.__file__).parent


def _strings(node: ast.AST) -> Iterator[str]:
    """The string constants an expression can be (both sides of an ``a if c else b``)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.value
    elif isinstance(node, ast.IfExp):
        yield from _strings(node.body)
        yield from _strings(node.orelse)


def _name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _audits(call: ast.Call) -> bool:
    return (
        isinstance(call.func, ast.Attribute)
        and call.func.attr == "append"
        and (isinstance(call.func.value, ast.Name) and call.func.value.id == "audit")
    )


def _passes_action(call: ast.Call, index: int | None) -> bool:
    """Whether ``call`` hands its caller's ``action`` parameter on (by keyword or position)."""
    if any(
        k.arg == "action" and isinstance(k.value, ast.Name) and k.value.id == "action"
        for k in call.keywords
    ):
        return True
    return index is not None and any(
        isinstance(a, ast.Name) and a.id == "action" for a in call.args
    )


def _written_events() -> set[str]:
    """Every action the services hand to the audit: ``audit.append(action="code")``, an
    ``action = "a" if c else "b"`` handed to it, and codes passed to a function that hands its
    ``action`` parameter on to the audit (``_audit(session, "code")``, ``_change_status``)."""
    found: set[str] = set()
    for path in SERVICES.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        functions = [
            node
            for node in ast.walk(tree)
            if isinstance(node, ast.FunctionDef) and "action" in [a.arg for a in node.args.args]
        ]
        auditing: dict[str, int] = {}
        grown = True
        while grown:  # a function that passes "action" to one that audits it audits it too
            grown = False
            for function in functions:
                if function.name in auditing:
                    continue
                calls = [n for n in ast.walk(function) if isinstance(n, ast.Call)]
                if any(
                    (_audits(c) or _name(c) in auditing) and _passes_action(c, 0) for c in calls
                ):
                    names = [a.arg for a in function.args.args]
                    auditing[function.name] = names.index("action") - (names[0] in ("self", "cls"))
                    grown = True
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == "action" for t in node.targets
            ):
                found.update(_strings(node.value))
            if not isinstance(node, ast.Call):
                continue
            if _audits(node):
                for keyword in node.keywords:
                    if keyword.arg == "action":
                        found.update(_strings(keyword.value))
            index = auditing.get(_name(node))
            if index is not None and index < len(node.args):
                found.update(_strings(node.args[index]))
    return found


def test_the_scan_finds_the_events_it_should() -> None:
    written = _written_events()
    for code in ("login", "recover", "complaint.view", "complaint.void", "referral.create"):
        assert code in written
    assert "account.passwd" in written and "directory.add" in written


def test_every_event_the_services_write_has_words() -> None:
    missing = _written_events() - set(EVENTS)
    assert not missing, f"give these audit events words in audit_words.EVENTS: {missing}"


@pytest.mark.parametrize("lang", ["en", "ur"])
def test_every_event_kind_and_detail_has_words_in_each_language(lang: str) -> None:
    for code in EVENTS:
        assert event_text(code, lang) and event_text(code, lang) != code
    for kind in EVENT_KINDS:
        assert kind_text(kind, lang) and actions_of_kind(kind) <= set(EVENTS)
    for words in DETAILS.values():
        assert all(words)
    urdu = [words[1] for words in EVENTS.values()]
    assert all(any("\u0600" <= ch <= "\u06ff" for ch in text) for text in urdu)


def test_every_event_belongs_to_one_kind() -> None:
    kinds = [kind for code in EVENTS for kind in EVENT_KINDS if code in actions_of_kind(kind)]
    assert len(kinds) == len(EVENTS)


def test_details_read_as_text() -> None:
    line = details_text("print", {"document": "receipt", "format": "80mm", "lang": "both"}, "en")
    assert line == "Document: Receipt; Paper: 80 mm roll; Language: Urdu and English"
    referral = details_text(
        "referral.create",
        {
            "referral": 3,
            "service": "medical_care",
            "status": "referred",
            "override": True,
            "override_reason_sha256": "ab" * 32,
        },
        "en",
        status=lambda action, code: f"<{action}:{code}>",
    )
    assert "ab" * 32 not in referral and "recorded" in referral
    assert "Status: <referral.create:referred>" in referral
    assert "Override" not in referral or "override" in referral.lower()
    assert "{" not in referral and "_" not in referral
    urdu = details_text("complaint.edit", {"fields": ["survivor.name"]}, "ur")
    assert urdu.startswith("بدلے گئے خانے: ")


def test_an_unknown_event_is_shown_as_its_code() -> None:
    assert event_text("something.new") == "something.new"
