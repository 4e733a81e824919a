"""Keep the counter's translations in step with the code, then build the .qm files.

    python resources/translations/build.py          # update the .ts sources, build .qm
    python resources/translations/build.py --check  # exit 1 if a text lacks a translation

Texts are found in pos/ui as ``tr("...")``, ``N_("...")`` and the literal first argument of a
button or dialog (``ActionButton("...")``, ``_button("...")``, ``super().__init__("...")``,
``ok_text = "..."``, ``set_source_text("...")``). New texts are added to each ``.ts`` as
unfinished; translators edit the ``.ts`` (Qt Linguist works) and this script runs
pyside6-lrelease (from the PySide6 wheel) to build ``pos_<lang>.qm`` beside them.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
CONTEXT = "pos"
LANGUAGES = {"hi": "hi_IN", "en": "en_IN"}
CALLS = {"tr", "N_", "ActionButton", "_button", "set_source_text"}


def _called(node: ast.Call) -> str | None:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        if func.attr == "__init__" and isinstance(func.value, ast.Call):
            return "super().__init__"
        return func.attr
    return None


def texts_in_code() -> list[str]:
    found: list[str] = []
    for path in sorted((ROOT / "pos" / "ui").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            text = None
            if isinstance(node, ast.Call) and node.args:
                name = _called(node)
                first = node.args[0]
                if (name in CALLS or name == "super().__init__") and isinstance(
                    first, ast.Constant
                ):
                    text = first.value
            elif (
                isinstance(node, ast.Assign)
                and isinstance(node.value, ast.Constant)
                and any(isinstance(t, ast.Name) and t.id == "ok_text" for t in node.targets)
            ):
                text = node.value.value
            # "हिंदी / English" is shown as is in both languages
            if isinstance(text, str) and text.strip() and text not in [*found, "हिंदी / English"]:
                found.append(text)
    return found


def read_ts(path: Path) -> dict[str, tuple[str, bool]]:
    """source -> (translation, finished)"""
    if not path.exists():
        return {}
    out = {}
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        node = message.find("translation")
        text = node.text or "" if node is not None else ""
        # a text that left the code keeps its translation (marked vanished) for its return
        finished = node is not None and node.get("type") != "unfinished" and bool(text)
        out[source] = (text, finished)
    return out


def write_ts(
    path: Path, language: str, texts: list[str], known: dict[str, tuple[str, bool]]
) -> None:
    root = ET.Element("TS", version="2.1", language=LANGUAGES[language])
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    gone = [t for t in known if t not in texts and known[t][1]]
    for text in [*texts, *gone]:
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = text
        translation, finished = known.get(text, ("", False))
        if language == "en" and not translation:
            translation, finished = text, True
        node = ET.SubElement(message, "translation")
        node.text = translation
        if text in gone:
            node.set("type", "vanished")
        elif not finished:
            node.set("type", "unfinished")
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def lrelease() -> str:
    exe = Path(sys.executable).with_name("pyside6-lrelease")
    found = str(exe) if exe.exists() else shutil.which("pyside6-lrelease")
    if not found:
        raise SystemExit("pyside6-lrelease not found: install PySide6-Essentials in this venv")
    return found


def build(ts: Path, qm: Path) -> None:
    subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)


def missing(language: str) -> list[str]:
    known = read_ts(HERE / f"pos_{language}.ts")
    return [t for t in texts_in_code() if not known.get(t, ("", False))[1]]


def main(argv: list[str]) -> int:
    if "--check" in argv:
        gaps = missing("hi")
        for text in gaps:
            print(f"no Hindi for: {text!r}")
        return 1 if gaps else 0
    texts = texts_in_code()
    for language in LANGUAGES:
        ts = HERE / f"pos_{language}.ts"
        write_ts(ts, language, texts, read_ts(ts))
        build(ts, HERE / f"pos_{language}.qm")
    gaps = missing("hi")
    print(f"{len(texts)} texts; {len(gaps)} without Hindi")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
