"""The error family of Sarv POS.

Every ``PosError`` carries a message a cashier or a manager can read; the CLI prints it and
exits 1, the UI shows it in one dialog. Anything else reaching the top is a bug (exit 3).
"""

from __future__ import annotations


def phrase(text: str) -> str:
    """Mark an English phrase that is put inside a refusal (``"{what} needs a manager's
    approval"``): returns ``text`` unchanged; resources/translations/build.py collects every
    ``phrase("...")`` so the screen translates the phrase as well as the message around it."""
    return text


class PosError(Exception):
    """A refusal the user can understand and act on."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InvalidInput(PosError):
    """Input that cannot be accepted: a bad amount, quantity, file row or code."""


class NotFound(PosError):
    """A product, barcode, receipt, user or SHG that does not exist."""


class NotAllowed(PosError):
    """The action is refused by a business rule (above MRP, over-return, closed shift...)."""


class ApprovalRequired(NotAllowed):
    """A manager must approve this action."""


class DrawerShort(NotAllowed):
    """A cash refund larger than the cash the drawer holds; UPI can pay it instead."""

    def __init__(self, message: str, in_drawer_paise: int) -> None:
        super().__init__(message)
        self.in_drawer_paise = in_drawer_paise


class AuthFailed(PosError):
    """A wrong PIN or an unknown user."""


class LockedOut(AuthFailed):
    """Too many wrong PINs: the user is locked for a while."""


class ClockBehind(NotAllowed):
    """The device clock is earlier than the last journal event."""


class StorageError(PosError):
    """The ledger file cannot be written (read-only folder, full disk) or read."""


class LedgerCorrupt(PosError):
    """The ledger file fails an integrity check or its journal does not verify."""


class CatalogImportError(InvalidInput):
    """A catalog file with one or more bad rows; nothing was imported."""

    def __init__(self, problems: list[tuple[int, str]], partial: object = None) -> None:
        self.problems = problems
        self.partial = partial  # the file's good rows (pos.products.catalog.CatalogData)
        lines = "\n".join(f"  line {n}: {why}" for n, why in problems)
        super().__init__(f"catalog not imported: {len(problems)} bad row(s)\n{lines}")
