"""Sarv POS. ``__version__`` is the app's version, the same as pyproject.toml's (a test checks);
the till reports it to the district with each push."""

__version__ = "0.1.0"
