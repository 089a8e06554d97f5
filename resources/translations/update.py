"""Refresh brst_th.ts from the source and compile brst_th.qm (run after changing GUI strings).

    .venv/bin/python resources/translations/update.py

Finds every string the GUI translates: ``self.tr("...")`` (context: the class),
``_tr("...")`` (context: the one its module's ``_tr`` passes to ``QCoreApplication.translate``),
``N_("...")`` (context "Fields"), ``_msg("...")`` (context "Validation") and literal
``QCoreApplication.translate("Context", "...")``. Translations already in the .ts are kept;
new strings are added unfinished. The compiled .qm is committed, so running the program needs
no build step.

A string holding ``%n`` is a plural ("numerus") message, translated with its count:
``self.tr("%n record(s)", "", count)``. Thai has one form. English gets its singular and plural
from ``brst_en.ts`` (plural messages only, Qt's way of saying "1 record" but "2 records"), also
compiled here.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SOURCES = [
    *sorted((ROOT / "brst_desktop" / "gui").rglob("*.py")),
    ROOT / "brst_desktop" / "core" / "services" / "validation.py",
    ROOT / "brst_desktop" / "core" / "services" / "people.py",
]
#: Qt's own strings on our screens (Qt ships no Thai catalogue for them).
QT_STRINGS = {
    "QPlatformTheme": [
        "OK",
        "Cancel",
        "Close",
        "Yes",
        "No",
        "Open",
        "Save",
        "Apply",
        "Reset",
        "Discard",
        "Help",
        "Abort",
        "Retry",
        "Ignore",
        "Yes to All",
        "No to All",
    ],
    "QMessageBox": ["Show Details...", "Hide Details..."],
    "QLineEdit": ["&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All"],
    "QWidgetTextControl": ["&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All"],
    "QUndoStack": ["Undo %1", "Redo %1"],
    "QFileDialog": [
        "Look in:",
        "File &name:",
        "Files of type:",
        "&Open",
        "&Save",
        "Cancel",
        "Back",
        "Forward",
        "Parent Directory",
        "Create New Folder",
        "List View",
        "Detail View",
        "All Files (*)",
        "Save As",
        "Open",
        "Directories",
        "Directory:",
        "Name",
        "Size",
        "Type",
        "Date Modified",
        "My Computer",
        "Computer",
    ],
    "QProgressDialog": ["Cancel"],
}


def _translate_context(module: ast.Module) -> str | None:
    for node in ast.walk(module):
        if isinstance(node, ast.FunctionDef) and node.name == "_tr":
            for call in ast.walk(node):
                if (
                    isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Attribute)
                    and call.func.attr == "translate"
                    and call.args
                    and isinstance(call.args[0], ast.Constant)
                ):
                    return str(call.args[0].value)
    return None


def extract(path: Path) -> list[tuple[str, str]]:
    module = ast.parse(path.read_text(encoding="utf-8"))
    module_context = _translate_context(module)
    found: list[tuple[str, str]] = []

    def visit(node: ast.AST, cls: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                visit(child, child.name)
                continue
            if isinstance(child, ast.Call):
                func, args = child.func, child.args
                first = args[0] if args else None
                text = first.value if isinstance(first, ast.Constant) else None
                if (
                    isinstance(func, ast.Attribute)
                    and func.attr == "tr"
                    and cls
                    and isinstance(text, str)
                ):
                    found.append((cls, text))
                elif isinstance(func, ast.Name) and func.id == "_tr" and isinstance(text, str):
                    if module_context is None:
                        raise SystemExit(f"{path}: _tr used without a translate context")
                    found.append((module_context, text))
                elif (
                    getattr(func, "id", None) == "N_" or getattr(func, "attr", None) == "N_"
                ) and (isinstance(text, str)):
                    found.append(("Fields", text))
                elif isinstance(func, ast.Name) and func.id == "_msg" and isinstance(text, str):
                    found.append(("Validation", text))
                elif (
                    isinstance(func, ast.Attribute)
                    and func.attr == "translate"
                    and len(args) >= 2
                    and isinstance(args[0], ast.Constant)
                    and isinstance(args[1], ast.Constant)
                ):
                    found.append((str(args[0].value), str(args[1].value)))
            visit(child, cls)

    visit(module, None)
    return found


def collect() -> dict[str, list[str]]:
    contexts: dict[str, list[str]] = {}
    for path in SOURCES:
        for context, text in extract(path):
            texts = contexts.setdefault(context, [])
            if text not in texts:
                texts.append(text)
    for context, texts in QT_STRINGS.items():
        known = contexts.setdefault(context, [])
        known.extend(t for t in texts if t not in known)
    return contexts


def is_plural(text: str) -> bool:
    """A message translated with a count (its forms chosen by the language's plural rules)."""
    return "%n" in text


#: The number of plural forms each catalogue's language has (Qt's rules for th and en).
FORMS = {"th_TH": 1, "en_GB": 2}


def read_ts(path: Path) -> dict[tuple[str, str], str | list[str]]:
    """Known translations: a text, or for a plural message its list of forms."""
    if not path.exists():
        return {}
    known: dict[tuple[str, str], str | list[str]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            key = (name, message.findtext("source") or "")
            if translation is None:
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")]
            if message.get("numerus") == "yes":
                if forms and all(forms):
                    known[key] = forms
            elif translation.text:
                known[key] = translation.text
    return known


def write_ts(
    path: Path,
    contexts: dict[str, list[str]],
    known: dict[tuple[str, str], str | list[str]],
    language: str,
) -> list[tuple[str, str]]:
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    missing = []
    for name in sorted(contexts):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for text in contexts[name]:
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = text
            translation = ET.SubElement(message, "translation")
            found = known.get((name, text))
            if is_plural(text):
                message.set("numerus", "yes")
                forms = found if isinstance(found, list) else []
                forms = forms[: FORMS[language]]
                for form in forms or [""] * FORMS[language]:
                    ET.SubElement(translation, "numerusform").text = form
                if len(forms) != FORMS[language]:
                    translation.set("type", "unfinished")
                    missing.append((name, text))
            elif isinstance(found, str):
                translation.text = found
            else:
                translation.set("type", "unfinished")
                missing.append((name, text))
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return missing


def plurals_only(contexts: dict[str, list[str]]) -> dict[str, list[str]]:
    """The plural messages: all the English catalogue holds (the source is English already)."""
    found = {name: [t for t in texts if is_plural(t)] for name, texts in contexts.items()}
    return {name: texts for name, texts in found.items() if texts}


def main() -> int:
    contexts = collect()
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    missing = []
    for code, language, wanted in (
        ("th", "th_TH", contexts),
        ("en", "en_GB", plurals_only(contexts)),
    ):
        ts = HERE / f"brst_{code}.ts"
        missing += [(code, *m) for m in write_ts(ts, wanted, read_ts(ts), language)]
        qm = HERE / f"brst_{code}.qm"
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    for code, context, text in missing:
        print(f"untranslated ({code}): [{context}] {text}")
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
