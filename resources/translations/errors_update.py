"""Refresh errors_th.ts from the source and compile errors_th.qm (run after changing a refusal).

    .venv/bin/python resources/translations/errors_update.py

The headless core raises ``UserError`` subclasses with an English template and named fields
(``raise DatabaseLockedError("The database ({path}) is in use ...", path=path)``) and builds
sentence fragments with ``Phrase("...")``. This finds every such template with a literal string
in brst_desktop/ and writes them to the context "UserError" of errors_th.ts, a catalogue of its
own so it never collides with the GUI's brst_th.ts. Translations already in the .ts are kept;
new templates are added unfinished. The compiled .qm is committed: running needs no build step.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
PACKAGE = ROOT / "brst_desktop"
CONTEXT = "UserError"
TS = HERE / "errors_th.ts"
QM = HERE / "errors_th.qm"
#: Raised with a dict of per-field problems, translated by the GUI's own "Validation" context.
NOT_TEMPLATES = frozenset({"ValidationError"})


def _name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def error_classes(modules: list[ast.Module]) -> set[str]:
    """Names of every class that derives (through any chain) from UserError."""
    bases: dict[str, set[str]] = {}
    for module in modules:
        for node in ast.walk(module):
            if isinstance(node, ast.ClassDef):
                bases.setdefault(node.name, set()).update(
                    name for name in map(_name, node.bases) if name
                )
    found = {"UserError"}
    while True:
        more = {cls for cls, parents in bases.items() if parents & found} - found
        if not more:
            return found
        found |= more


def template_calls() -> Iterator[tuple[Path, ast.Call]]:
    """Every call that makes a UserError (subclass) or a Phrase, with its source file."""
    parsed = {
        path: ast.parse(path.read_text(encoding="utf-8")) for path in sorted(PACKAGE.rglob("*.py"))
    }
    makers = (error_classes(list(parsed.values())) - NOT_TEMPLATES) | {"Phrase"}
    for path, module in parsed.items():
        for node in ast.walk(module):
            if isinstance(node, ast.Call) and _name(node.func) in makers:
                yield path, node


def templates() -> list[str]:
    found: list[str] = []
    for _path, call in template_calls():
        first = call.args[0] if call.args else None
        text = first.value if isinstance(first, ast.Constant) else None
        if isinstance(text, str) and text and text not in found:
            found.append(text)
    return found


def read_ts(path: Path = TS) -> dict[str, str]:
    if not path.exists():
        return {}
    known = {}
    for context in ET.parse(path).getroot().iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.text:
                known[message.findtext("source") or ""] = translation.text
    return known


def write_ts(texts: list[str], known: dict[str, str], path: Path = TS) -> list[str]:
    root = ET.Element("TS", version="2.1", language="th_TH", sourcelanguage="en")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    missing = []
    for text in sorted(texts):
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = text
        translation = ET.SubElement(message, "translation")
        if text in known:
            translation.text = known[text]
        else:
            translation.set("type", "unfinished")
            missing.append(text)
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return missing


def main() -> int:
    missing = write_ts(templates(), read_ts())
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(TS), "-qm", str(QM)], check=True)
    for text in missing:
        print(f"untranslated: {text}")
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
