"""Hindi and English through Qt's translation system.

Screens wrap every text in ``tr("...")`` (context ``pos``); ``resources/translations/
pos_hi.ts`` holds the Hindi, built to ``.qm`` with pyside6-lrelease
(``python resources/translations/build.py``). The language follows the logged-in user.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QTranslator

from pos.resources import resource_path

CONTEXT = "pos"
LANGUAGES = ("en", "hi")
TRANSLATIONS = resource_path("translations")

_installed: QTranslator | None = None
_current = "en"


def N_(text: str) -> str:
    """Mark a text for translation where it is defined; ``tr`` translates it where shown."""
    return text


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


_patterns: list[tuple[re.Pattern[str], str]] | None = None


def _compiled() -> list[tuple[re.Pattern[str], str]]:
    """The domain's message patterns as regular expressions, most specific first."""
    global _patterns
    if _patterns is None:
        from pos.ui.domain_messages import DOMAIN_MESSAGES

        compiled = []
        for pattern in DOMAIN_MESSAGES:
            pieces = re.split(r"(\{\d+\})", pattern)
            regex = "".join(
                "(.*?)" if re.fullmatch(r"\{\d+\}", piece)
                else re.escape(piece.replace("{{", "{").replace("}}", "}"))
                for piece in pieces
            )  # fmt: skip
            compiled.append((re.compile(f"^{regex}$", re.DOTALL), pattern))
        compiled.sort(key=lambda p: -len(re.sub(r"\{\d+\}", "", p[1])))
        _patterns = compiled
    return _patterns


def _fill(translated: str, values: tuple[str, ...]) -> str:
    """Put the values matched in the English message into its translation's {0}, {1}…"""

    def value(match: re.Match[str]) -> str:
        n = int(match.group(1))
        return values[n] if n < len(values) else ""

    escaped = translated.replace("{{", "\x00").replace("}}", "\x01")
    return re.sub(r"\{(\d+)\}", value, escaped).replace("\x00", "{").replace("\x01", "}")


def tr_error(message: str) -> str:
    """A refusal from the domain (``PosError.message``, English) in the screen's language:
    matched against the domain's message patterns, its values put into the translation."""
    if _current == "en" or not message:
        return message
    direct = tr(message)
    if direct != message:
        return direct
    for regex, pattern in _compiled():
        found = regex.match(message)
        if found is None:
            continue
        translated = tr(pattern)
        if translated == pattern:
            return message
        # a value that is itself a word on screen ("over", "short", "cash") or a refusal
        # ("MRP: {0}" around the amount's own message) is translated too
        return _fill(translated, tuple(_value(v) for v in found.groups()))
    return message


def _value(value: str) -> str:
    """A value inside a refusal: a word or a whole refusal of its own (with its values)."""
    direct = tr(value)
    if direct != value or len(value) < 8 or " " not in value.strip():
        return direct  # a code, a number, an SKU: as it is
    return tr_error(value)


def current_language() -> str:
    return _current


def set_language(language: str) -> bool:
    """Install the translator for ``language``; returns True when the language changed."""
    global _installed, _current
    if language not in LANGUAGES:
        language = "en"
    if language == _current and (_installed is not None or language == "en"):
        return False
    app = QCoreApplication.instance()
    if _installed is not None and app is not None:
        app.removeTranslator(_installed)
        _installed = None
    if language != "en" and app is not None:
        translator = QTranslator(app)
        if translator.load(str(TRANSLATIONS / f"pos_{language}.qm")):
            app.installTranslator(translator)
            _installed = translator
    _current = language
    return True


def item_names(name_en: str, name_hi: str, language: str) -> tuple[str, str]:
    """(primary, secondary): the user's language first, the other beside it."""
    if language == "hi" and name_hi:
        return name_hi, name_en
    return name_en, name_hi
