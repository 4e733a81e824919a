"""Keep the counter's translations in step with the code, then build the .qm files.

    python resources/translations/build.py          # update the .ts sources, build .qm
    python resources/translations/build.py --check  # exit 1 if a text lacks a translation

Texts are found in pos/ui as ``tr("...")``, ``N_("...")`` and the literal first argument of a
button or dialog (``ActionButton("...")``, ``_button("...")``, ``super().__init__("...")``,
``ok_text = "..."``, ``set_source_text("...")``). The domain's refusals (``raise
NotAllowed(f"...")`` anywhere in pos/ outside ui, cli and server) are found too, as patterns
with ``{0}``, ``{1}``… for their values: the counter shows a refusal in the cashier's language
by matching it against these patterns (``pos.ui.language.i18n.tr_error``); they are also written to
``pos/ui/language/domain_messages.py`` so a frozen bundle has them. New texts are added to each
``.ts`` as unfinished; translators edit the ``.ts`` (Qt Linguist works) and this script runs
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
    for path in sorted((ROOT / "pos" / "ui").rglob("*.py")):  # with pos/ui/backoffice/
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
    return found + [t for t in setting_words() if t not in found]


def setting_words() -> list[str]:
    """The labels and choice labels of ``Word(key, label, kind, choices)`` in
    pos/outlet/settings_words.py: the Settings screen shows them translated."""
    tree = ast.parse((ROOT / "pos" / "outlet" / "settings_words.py").read_text(encoding="utf-8"))
    found: list[str] = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and _called(node) == "Word" and len(node.args) > 1):
            continue
        texts = [node.args[1]]
        if len(node.args) > 3 and isinstance(node.args[3], ast.Tuple):
            texts += [pair.elts[1] for pair in node.args[3].elts if isinstance(pair, ast.Tuple)]
        for text in texts:  # a label already in Devanagari ("हिंदी") is shown as it is
            if (
                isinstance(text, ast.Constant)
                and isinstance(text.value, str)
                and not any("\u0900" <= c <= "\u097f" for c in text.value)
                and text.value not in found
            ):
                found.append(text.value)
    return found


ERRORS = {"PosError", "InvalidInput", "NotFound", "NotAllowed", "ApprovalRequired",
          "AuthFailed", "LockedOut", "ClockBehind", "StorageError", "LedgerCorrupt"}  # fmt: skip
MESSAGES_MODULE = ROOT / "pos" / "ui" / "language" / "domain_messages.py"


def _pattern(node: ast.expr) -> str | None:
    """A message's text with ``{0}``, ``{1}``… where an f-string puts values."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value.replace("{", "{{").replace("}", "}}")
    if isinstance(node, ast.JoinedStr):
        out, n = [], 0
        for value in node.values:
            if isinstance(value, ast.Constant):
                out.append(str(value.value).replace("{", "{{").replace("}", "}}"))
            else:
                out.append(f"{{{n}}}")
                n += 1
        return "".join(out)
    return None


def _domain_trees() -> list[ast.Module]:
    trees = []
    for path in sorted((ROOT / "pos").rglob("*.py")):
        if path.relative_to(ROOT / "pos").parts[0] not in ("ui", "cli", "server"):
            trees.append(ast.parse(path.read_text(encoding="utf-8")))
    return trees


def error_classes(trees: list[ast.Module]) -> set[str]:
    """PosError and every class that descends from it (PrinterError, SyncError…)."""
    bases: dict[str, set[str]] = {}
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases[node.name] = {getattr(b, "id", getattr(b, "attr", "")) for b in node.bases}
    found = set(ERRORS)
    while True:
        more = {name for name, parents in bases.items() if parents & found} - found
        if not more:
            return found
        found |= more


def domain_messages() -> list[str]:
    """The refusals the domain raises (PosError family), as patterns, in source order."""
    found: list[str] = []
    trees = _domain_trees()
    errors = error_classes(trees)
    for tree in trees:
        for node in ast.walk(tree):
            text = None
            if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
                func = node.exc.func
                name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
                if name in errors and node.exc.args:
                    text = _pattern(node.exc.args[0])
            elif _is_row_problem(node):  # a catalog row's refusal, shown at its field
                assert isinstance(node, ast.Call)
                text = _pattern(node.args[1])
            elif _is_phrase(node):  # a phrase put inside a refusal (pos.errors.phrase)
                assert isinstance(node, ast.Call)
                text = _pattern(node.args[0])
            texts = [text, *_row_list_texts(node), *_problem_returns(node)]
            for one in texts:
                if one and one.strip() and one not in found:
                    found.append(one)
    return found


def _row_list_texts(node: ast.AST) -> list[str | None]:
    """``CatalogImportError([(line, "…")])``: a whole file refused, as (line, why) rows."""
    if not (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "CatalogImportError"
            and node.args and isinstance(node.args[0], ast.List)):  # fmt: skip
        return []
    return [_pattern(row.elts[1]) for row in node.args[0].elts
            if isinstance(row, ast.Tuple) and len(row.elts) == 2]  # fmt: skip


def _problem_returns(node: ast.AST) -> list[str | None]:
    """The texts a ``def …_problem(…) -> str | None`` returns: why a value is refused
    (``pos.products.barcodes.gtin_problem``), which callers show as a refusal."""
    if not (isinstance(node, ast.FunctionDef) and node.name.endswith("_problem")):
        return []
    return [_pattern(ret.value) for ret in ast.walk(node)
            if isinstance(ret, ast.Return) and ret.value is not None]  # fmt: skip


def _is_phrase(node: ast.AST) -> bool:
    """``phrase("…")``: an English phrase the domain puts into a refusal's ``{0}``."""
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "phrase"
        and len(node.args) == 1
    )


def _is_row_problem(node: ast.AST) -> bool:
    """``problems.add(line, "…")``: one bad row of a catalog file (pos.products.catalog)."""
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "add"
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id == "problems"
        and len(node.args) == 2
    )


def messages_module(patterns: list[str]) -> str:
    body = "".join(f"    {p!r},\n" for p in patterns)
    return (
        '"""The domain\'s refusals as patterns: generated by resources/translations/build.py,\n'
        "do not edit. Each is a ``raise PosError(...)`` text with ``{0}``, ``{1}``… for its\n"
        'values; pos_hi.ts holds the Hindi of each."""\n\n'
        "# ruff: noqa: E501\n# fmt: off\n"
        f"DOMAIN_MESSAGES: tuple[str, ...] = (\n{body})\n"
    )


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


def all_texts() -> list[str]:
    texts = texts_in_code()
    return texts + [m for m in domain_messages() if m not in texts]


def missing(language: str) -> list[str]:
    known = read_ts(HERE / f"pos_{language}.ts")
    return [t for t in all_texts() if not known.get(t, ("", False))[1]]


def stale_messages_module() -> bool:
    current = MESSAGES_MODULE.read_text(encoding="utf-8") if MESSAGES_MODULE.exists() else ""
    return current != messages_module(domain_messages())


def main(argv: list[str]) -> int:
    if "--check" in argv:
        gaps = missing("hi")
        for text in gaps:
            print(f"no Hindi for: {text!r}")
        if stale_messages_module():
            print(f"{MESSAGES_MODULE.name} is out of date: run build.py")
        return 1 if gaps or stale_messages_module() else 0
    texts = all_texts()
    MESSAGES_MODULE.write_text(messages_module(domain_messages()), encoding="utf-8")
    for language in LANGUAGES:
        ts = HERE / f"pos_{language}.ts"
        write_ts(ts, language, texts, read_ts(ts))
        build(ts, HERE / f"pos_{language}.qm")
    gaps = missing("hi")
    print(f"{len(texts)} texts; {len(gaps)} without Hindi")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
