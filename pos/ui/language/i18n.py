"""Hindi and English through Qt's translation system.

Screens wrap every text in ``tr("...")`` (context ``pos``); ``resources/translations/
pos_hi.ts`` holds the Hindi, built to ``.qm`` with pyside6-lrelease
(``python resources/translations/build.py``). The language follows the logged-in user.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from pos import refusals
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


_patterns: list[refusals.Pattern] | None = None


def _compiled() -> list[refusals.Pattern]:
    """The domain's message patterns as regular expressions, most specific first."""
    global _patterns
    if _patterns is None:
        from pos.ui.language.domain_messages import DOMAIN_MESSAGES

        _patterns = refusals.compile_patterns(DOMAIN_MESSAGES)
    return _patterns


def tr_error(message: str) -> str:
    """A refusal from the domain (``PosError.message``, English) in the screen's language:
    matched against the domain's message patterns, its values put into the translation (a
    value that is itself a word on screen, "over", "short", "cash", is translated too)."""
    if _current == "en" or not message:
        return message
    return refusals.translate(message, _compiled(), tr)


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


def names_label(name_en: str, name_hi: str) -> str:
    """A product's or SHG's name in a back office list: on a Hindi screen the Hindi name first
    and the English beside it (as the counter's ``item_names``), on an English one the
    English."""
    if _current == "hi" and name_hi:
        return f"{name_hi}  ·  {name_en}"
    return name_en


# the catalog's unit codes (pos.products.catalog.UNITS) as a list shows them
UNIT_WORDS = {"pc": N_("pc"), "g": N_("g"), "ml": N_("ml")}


def unit_word(unit: str) -> str:
    """A unit code ("pc", "g", "ml") in the screen's language ("नग", "ग्राम", "मि.ली.")."""
    return tr(UNIT_WORDS[unit]) if unit in UNIT_WORDS else unit
