"""The till's device secret, kept out of the ledger and its backups.

The secret lives in a file beside the ledger, ``device-<device id>.key``, created readable
and writable by the till's user only (mode 0600; on Windows the data folder's own ACL, the
user's profile, applies). Backups copy the ledger file alone, so a backup on a USB stick
carries no credentials: a backup restored on another machine has no key there and must be
enrolled as the replacement of its till (`pos-server device replace`, then `pos enroll
--replacement`). Rule source: issue 10, "the device secret out of the ledger".
"""

from __future__ import annotations

import os
from pathlib import Path

from pos.errors import StorageError


def secret_path(ledger_path: Path, device_id: str) -> Path:
    return ledger_path.with_name(f"device-{device_id}.key")


def store_secret(ledger_path: Path, device_id: str, secret: str) -> Path:
    """Write the secret (replacing any older one) atomically, mode 0600."""
    target = secret_path(ledger_path, device_id)
    partial = target.with_name(target.name + ".new")
    try:
        partial.unlink(missing_ok=True)
        handle = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(handle, "w", encoding="ascii") as out:
            out.write(secret)
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, target)
    except OSError as exc:
        raise StorageError(f"cannot store this till's key in {target.parent}: {exc}") from exc
    return target


def load_secret(ledger_path: Path, device_id: str) -> str | None:
    """The stored secret, or None when this machine has none for the device."""
    try:
        text = secret_path(ledger_path, device_id).read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return text or None
