"""The app's background sync: plain threads, no Qt.

Push soon after each sale, pull every few minutes, a nightly full pass (push, pull,
reconcile, backup) at a set hour plus random jitter. Failures back off exponentially with
full jitter; a server's Retry-After is honoured. The worker opens its own ledger connection;
``status()`` opens a short read of its own, so the UI thread never waits on the network.

For the counter::

    scheduler = SyncScheduler(settings, on_change=callback)   # callback(SyncStatus), any thread
    scheduler.start(); scheduler.notify_sale(); scheduler.sync_now(); scheduler.status()
    scheduler.stop()
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from pos import clock
from pos.errors import PosError
from pos.outlet import config as settings_registry
from pos.records.ledger import Ledger, open_ledger
from pos.settings import Settings
from pos.sync import service
from pos.sync.client import SyncError

log = logging.getLogger("pos.sync")


@dataclass(frozen=True)
class SchedulerConfig:
    push_delay_s: float = 5.0  # after a sale, wait this long to gather a few more
    pull_every_s: float = 300.0
    nightly_hour: int = 2  # local hour of the full pass
    nightly_jitter_s: float = 1800.0
    backoff_base_s: float = 5.0
    backoff_cap_s: float = 900.0
    orders_every_s: float = 60.0  # home delivery: look for new orders this often


SETTING_KEYS = {
    "sync_nightly_hour": "nightly_hour",
    "sync_pull_minutes": "pull_every_s",
    "sync_push_delay_seconds": "push_delay_s",
    "orders_pull_seconds": "orders_every_s",
}


def config_from_ledger(ledger: Ledger, base: SchedulerConfig | None = None) -> SchedulerConfig:
    """The schedule with the outlet's settings applied (keys in SETTING_KEYS, declared in
    pos.outlet.config; a bad stored value is ignored rather than stopping the sync)."""
    config = base or SchedulerConfig()
    changes: dict[str, Any] = {}
    for key, attribute in SETTING_KEYS.items():
        text = settings_registry.get(ledger, key)
        if not text.strip().isdigit():
            continue  # the settings are whole numbers; anything else is ignored
        value = int(text)
        if attribute == "nightly_hour":
            if value < 24:
                changes[attribute] = int(value)
        elif attribute == "pull_every_s":
            changes[attribute] = max(60, value * 60)
        elif attribute == "orders_every_s":
            changes[attribute] = max(5, value)
        else:
            changes[attribute] = value
    return replace(config, **changes)


def backoff_delay(
    failures: int, config: SchedulerConfig, retry_after: float | None = None
) -> float:
    """Full jitter: uniform over [0, min(cap, base * 2**failures)], at least Retry-After."""
    ceiling = min(config.backoff_cap_s, config.backoff_base_s * (2 ** min(failures, 20)))
    delay = random.uniform(0, ceiling)
    if retry_after is not None:
        delay = max(delay, retry_after)
    return delay


def next_nightly(now: datetime, config: SchedulerConfig) -> float:
    """Monotonic seconds from ``now`` to the next nightly hour (local) plus jitter."""
    local = clock.local(now)
    target = local.replace(hour=config.nightly_hour, minute=0, second=0, microsecond=0)
    if target <= local:
        target += timedelta(days=1)
    return (target - local).total_seconds() + random.uniform(0, config.nightly_jitter_s)


class SyncScheduler:
    def __init__(
        self,
        settings: Settings,
        config: SchedulerConfig | None = None,
        *,
        on_change: Callable[[service.SyncStatus], None] | None = None,
        on_new_orders: Callable[[list[str]], None] | None = None,
    ) -> None:
        self.settings = settings
        self.config = config or SchedulerConfig()
        if config is None:
            try:
                with open_ledger(settings, readonly=True) as ledger:
                    self.config = config_from_ledger(ledger)
            except PosError:
                pass  # no ledger yet: the defaults, and the worker reports the problem
        self.on_change = on_change
        self.on_new_orders = on_new_orders
        self._orders_due = time.monotonic()
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._running = False
        self._push_due: float | None = time.monotonic()
        self._push_asks = 0  # how many times a push was asked for (sale, order step, sync now)
        self._pull_due = time.monotonic()
        self._nightly_due = time.monotonic() + next_nightly(clock.now_utc(), self.config)
        self._blocked_until = 0.0
        self._failures = 0

    # ------------------------------------------------------------ the API for the app

    def start(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._loop, name="pos-sync", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 30.0) -> None:
        """Ask the worker to finish (a push in flight completes) and wait for it."""
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def notify_sale(self) -> None:
        """A sale was committed: push soon (after a short gathering delay)."""
        with self._lock:
            due = time.monotonic() + self.config.push_delay_s
            if self._push_due is None or self._push_due > due:
                self._push_due = due
            self._push_asks += 1
        self._wake.set()

    def notify_order_step(self) -> None:
        """An order was accepted, packed, … here: claim it and push its event now."""
        with self._lock:
            now = time.monotonic()
            self._orders_due = now
            self._push_due = now
            self._push_asks += 1
        self._wake.set()

    def sync_now(self) -> None:
        """Push and pull now, ignoring any backoff (the counter's "sync now")."""
        with self._lock:
            now = time.monotonic()
            self._push_due = now
            self._push_asks += 1
            self._pull_due = now
            self._orders_due = now
            self._blocked_until = 0.0
        self._wake.set()

    def status(self) -> service.SyncStatus:
        with open_ledger(self.settings, readonly=True) as ledger:
            return service.status(ledger, running=self._running)

    # ------------------------------------------------------------ the worker

    def _loop(self) -> None:
        while not self._stop.is_set():
            now = time.monotonic()
            with self._lock:
                push = self._push_due is not None and now >= self._push_due
                pull = now >= self._pull_due
                nightly = now >= self._nightly_due
                orders = now >= self._orders_due
                blocked = now < self._blocked_until
                wait = self._next_wake(now)
            if (push or pull or nightly or orders) and not blocked:
                self._pass(push or pull or nightly, pull or nightly, nightly, orders or pull)
                continue
            self._wake.wait(timeout=max(0.05, wait))
            self._wake.clear()

    def _next_wake(self, now: float) -> float:
        dues = [self._pull_due, self._nightly_due, self._orders_due]
        if self._push_due is not None:
            dues.append(self._push_due)
        soonest = min(dues)
        if self._blocked_until > now:
            soonest = max(soonest, self._blocked_until)
        return soonest - now

    def _pass(self, push: bool, pull: bool, nightly: bool, orders: bool = False) -> None:
        self._running = True
        with self._lock:
            asks = self._push_asks
        retry_after: float | None = None
        ok = False
        new_orders: list[str] = []
        try:
            with open_ledger(self.settings) as ledger:
                if not ledger.device.enrolled:
                    ok = True  # nothing to do until enrolled; check again at the next pull
                else:
                    result = service.sync_once(
                        ledger,
                        do_push=push,
                        do_pull=pull,
                        do_reconcile=nightly,
                        backup_dir=self.settings.backup_dir if nightly else None,
                        do_orders=orders,
                    )
                    new_orders = result.new_orders
                    ok = True
        except service.SyncBusy:
            ok = True  # another process is syncing this ledger: fine
        except SyncError as exc:
            retry_after = exc.retry_after
            log.info("sync failed: %s", exc.message)
        except PosError as exc:
            log.warning("sync failed: %s", exc.message)
        except Exception:  # a bug must not kill the worker; it is logged and retried
            log.exception("sync pass crashed")
        finally:
            self._running = False
        now = time.monotonic()
        with self._lock:
            if ok:
                self._failures = 0
                self._blocked_until = 0.0
                # a push asked for while this pass ran stands: the pass may have read the
                # outbox before that sale committed
                if push and self._push_asks == asks:
                    self._push_due = None
                if pull:
                    self._pull_due = now + self.config.pull_every_s
                if orders or pull:
                    self._orders_due = now + self.config.orders_every_s
            else:
                self._failures += 1
                self._blocked_until = now + backoff_delay(self._failures, self.config, retry_after)
            if nightly:
                self._nightly_due = (
                    now + next_nightly(clock.now_utc(), self.config) if ok else self._blocked_until
                )
        self._notify()
        if new_orders and self.on_new_orders is not None:
            try:
                self.on_new_orders(new_orders)
            except Exception:
                log.exception("new orders callback failed")

    def _notify(self) -> None:
        if self.on_change is None:
            return
        try:
            self.on_change(self.status())
        except Exception:
            log.exception("sync status callback failed")
