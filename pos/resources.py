"""Where the bundled resources (fonts, translations, demo data) are, in a checkout or frozen.

One place for the lookup: ``resource_path("fonts", "X.ttf")``. In a source checkout (or an
editable install) that is ``<repo>/resources/...``; in the PyInstaller bundle (build.spec) the
same tree sits under ``sys._MEIPASS`` (one-folder bundles: ``dist/pos/_internal``).
``POS_RESOURCES_DIR`` overrides both (a packager's layout, or a test).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

RESOURCES_ENV = "POS_RESOURCES_DIR"


def resources_root() -> Path:
    """The folder holding ``fonts/``, ``translations/`` and ``sample/``."""
    override = os.environ.get(RESOURCES_ENV)
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """A path under the resources folder (it may not exist: callers say what is missing)."""
    return resources_root().joinpath(*parts)


def is_frozen() -> bool:
    """True inside the PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False))
