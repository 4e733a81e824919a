"""One background task runner for the counter (after Anki's ``taskman``).

Work runs on a single worker thread, in submission order, so ledger writes never overlap and
never block the screen; each result comes back on the GUI thread by signal. Code running in
the background never touches a widget.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal

log = logging.getLogger("pos.ui.shell.tasks")

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class TaskRunner(QObject):
    """Runs callables on one worker thread; ``on_done``/``on_error`` run on the GUI thread."""

    _task_did_finish = Signal(object)
    did_become_idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pos-task")
        self._pending = 0
        self._lock = threading.Lock()
        self._task_did_finish.connect(self._deliver)
        self.unhandled: Failed | None = None  # where errors without an on_error go

    @property
    def pending(self) -> int:
        return self._pending

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Done | None = None,
        on_error: Failed | None = None,
    ) -> None:
        self._pending += 1
        future = self._executor.submit(fn)
        future.add_done_callback(
            lambda f: self._task_did_finish.emit((f, on_done, on_error))  # worker thread
        )

    def _deliver(self, packed: tuple[Future[Any], Done | None, Failed | None]) -> None:
        future, on_done, on_error = packed
        self._pending -= 1
        try:
            error = future.exception()
            if error is not None:
                handler = on_error or self.unhandled
                if handler is None:
                    log.error("background task failed", exc_info=error)
                else:
                    handler(error)
            elif on_done is not None:
                on_done(future.result())
        finally:
            if self._pending == 0:
                self.did_become_idle.emit()

    def shutdown(self) -> None:
        """Finish queued work (a sale being committed must land) and stop the thread."""
        self._executor.shutdown(wait=True)
