"""Till identity and restore (issue 10): device letters from the district, receipt numbers
unique per outlet, a restored or replacement till catching up, re-enrolment, the enrolment
rate limit and the device secret kept out of the ledger and its backups.

Against the real district server on 127.0.0.1 (SQLite and PostgreSQL), real ledger files,
and for the faults a `pos-server run` child process killed with SIGKILL."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest
import requests

from pos.db import connection
from pos.errors import NotAllowed
from pos.outlet import credentials, setup
from pos.records import backup, journal
from pos.records.ledger import open_ledger
from pos.records.verify import verify_ledger
from pos.server.storage import reports
from pos.server.tills import devices
from pos.settings import resolve_settings
from pos.sync import service
from pos.sync.client import SyncError
from tests.conftest import MANAGER_PIN, Outlet, make_outlet, run_pos
from tests.server.test_server_api import _sell
from tests.support import sync_fixtures as fx
from tests.support.sync_fixtures import District, district, make_store, server_db  # noqa: F401


def _bills(district: District, outlet: str = "G01") -> int:  # noqa: F811
    return sum(r["bills"] for r in reports.sales_report(district.store, "2000-01-01", "2100-01-01",
                                                        outlet))  # fmt: skip


def _flags(district: District, kind: str) -> list[dict[str, object]]:  # noqa: F811
    return [f for f in district.store.rows("flags") if f["kind"] == kind]


def _details() -> setup.OutletDetails:
    return setup.OutletDetails(code="G01", name_en="Gaya District Marketing Centre",
                               doc_mode="tax_invoice", gstin="23AAALZ0423G1ZB")  # fmt: skip


# ---------------------------------------------------------------- two tills, one series


def test_two_tills_set_up_with_the_default_letter_get_their_own_letters_from_the_district(
    district: District,  # noqa: F811
    tmp_path: Path,
) -> None:
    first = make_outlet(tmp_path / "a")
    second = make_outlet(tmp_path / "b")
    assert first.ledger.device.short_code == second.ledger.device.short_code == "G01A"
    fx.enrol(first, district)
    fx.enrol(second, district)
    assert (first.ledger.device.short_code, second.ledger.device.short_code) == ("G01A", "G01B")
    receipts = {_sell(first).receipt_no, _sell(second).receipt_no}
    service.sync_once(first.ledger)
    service.sync_once(second.ledger)
    assert {r[:5] for r in receipts} == {"G01A-", "G01B-"}
    assert {r["receipt_no"] for r in district.store.rows("sales")} == receipts
    assert _bills(district) == 2 and _flags(district, "receipt_reused") == []
    first.ledger.close()
    second.ledger.close()


def test_the_district_refuses_and_reports_a_receipt_number_another_till_of_the_outlet_used(
    district: District,  # noqa: F811
    tmp_path: Path,
) -> None:
    enrolled = make_outlet(tmp_path / "a")
    fx.enrol(enrolled, district)
    taken = _sell(enrolled).receipt_no
    service.sync_once(enrolled.ledger)
    standalone = make_outlet(tmp_path / "b")  # letter A too: it sold before it enrolled
    clash = _sell(standalone).receipt_no
    assert clash == taken
    fx.enrol(standalone, district)
    assert standalone.ledger.device.short_code == "G01B"
    result = service.sync_once(standalone.ledger)
    assert result.attention == 1
    [problem] = service.attention_events(standalone.ledger)
    assert f"receipt number {taken} was already used by till G01A" in problem["last_error"]
    assert [f["detail"] for f in _flags(district, "receipt_reused")] == [
        f"receipt number {taken} was already used by till G01A of this outlet: two tills share "
        "one receipt series"
    ]
    assert _bills(district) == 1
    assert _sell(standalone).receipt_no.startswith("G01B-")  # the district's letter from now
    enrolled.ledger.close()
    standalone.ledger.close()


def test_pos_init_warns_that_a_second_standalone_till_needs_another_letter(
    tmp_path: Path,
) -> None:
    made = run_pos(tmp_path / "o", "init", "--code", "G01", "--name", "Gaya", "--manager",
                   "Meena", env={"POS_PIN": MANAGER_PIN})  # fmt: skip
    assert made.code == 0, made.stderr
    assert "receipts are numbered G01A-" in made.stdout
    assert "pos init --device-letter B" in made.stdout


# ---------------------------------------------------------------- restore


def test_a_restored_till_catches_up_so_its_next_receipt_is_the_fourth_and_the_district_has_four(
    district: District,  # noqa: F811
    tmp_path: Path,
) -> None:
    outlet = make_outlet(tmp_path / "o")
    fx.enrol(outlet, district)
    first = _sell(outlet)
    service.sync_once(outlet.ledger)
    saved = backup.backup_ledger(outlet.ledger, tmp_path / "usb")
    _sell(outlet)
    third = _sell(outlet)
    service.sync_once(outlet.ledger)
    seq_before = journal.head(outlet.ledger.db).seq
    outlet.ledger.close()

    restored = run_pos(outlet.settings.data_dir, "restore", str(saved), "--json")
    assert restored.code == 0, restored.stderr
    assert restored.json()["caught_up_events"] == seq_before - _seq_in(saved)
    ledger = open_ledger(outlet.settings)
    again = Outlet(outlet.settings, ledger, outlet.manager, outlet.cashier)
    fourth = _sell(again)
    assert first.receipt_no.endswith("-000001") and third.receipt_no.endswith("-000003")
    assert fourth.receipt_no == third.receipt_no[:-6] + "000004"
    assert journal.head(ledger.db).seq == seq_before + 1
    result = service.sync_once(ledger)
    assert (result.accepted, result.attention) == (1, 0)
    assert verify_ledger(ledger).ok, verify_ledger(ledger).problems
    assert _bills(district) == 4
    assert _flags(district, "chain_break") == [] and district.store.count("event_conflicts") == 0
    ledger.close()


def _seq_in(path: Path) -> int:
    db = connection.connect(path, readonly=True)
    try:
        return int(db.execute("SELECT max(seq) FROM events").fetchone()[0])
    finally:
        db.close()


def test_a_restored_till_refuses_to_sell_until_the_killed_district_is_back_and_it_caught_up(
    server_db: str,  # noqa: F811
    tmp_path: Path,
) -> None:
    store = make_store(server_db)
    server = fx.ServerProcess(server_db, tmp_path)
    try:
        outlet = make_outlet(tmp_path / "o")
        service.enroll(outlet.ledger, server.url, store.add_outlet("G01", "Gaya"))
        _sell(outlet)
        saved = backup.backup_ledger(outlet.ledger, tmp_path / "usb")
        _sell(outlet)
        third = _sell(outlet)
        service.sync_once(outlet.ledger)
        outlet.ledger.close()
        port = server.port
        server.stop()  # kill -9: the district is down while the till is restored

        backup.restore_ledger(outlet.settings, saved)
        ledger = open_ledger(outlet.settings)
        again = Outlet(outlet.settings, ledger, outlet.manager, outlet.cashier)
        with pytest.raises(SyncError):
            service.sync_once(ledger)
        with pytest.raises(NotAllowed, match="restored from a backup"):
            _sell(again)
        shown = run_pos(outlet.settings.data_dir, "sync", "status", "--json")
        assert shown.json()["restored_waiting"] is True

        server = fx.ServerProcess(server_db, tmp_path, port=port)
        result = service.sync_once(ledger)
        assert result.caught_up == 2
        assert _sell(again).receipt_no == third.receipt_no[:-6] + "000004"
        service.sync_once(ledger)
        assert verify_ledger(ledger).ok
        assert len(store.rows("sales")) == 4 and store.count("event_conflicts") == 0
        ledger.close()
    finally:
        server.stop()
        store.close()


# ---------------------------------------------------------------- replacement, re-enrolment


def test_a_new_machine_replaces_a_dead_till_and_carries_its_history_and_series_on(
    district: District,  # noqa: F811
    tmp_path: Path,
) -> None:
    district.publish_small_catalog()
    dead = make_outlet(tmp_path / "dead")
    fx.enrol(dead, district)
    for _ in range(3):
        last = _sell(dead)
    service.sync_once(dead.ledger)
    old_id, old_head = dead.ledger.device.id, journal.head(dead.ledger.db)
    old_secret = credentials.load_secret(dead.ledger.path, old_id)
    dead.ledger.close()  # the machine dies

    code, named = devices.replacement_code(district.store, "G01A")
    assert named.device_id == old_id
    settings = resolve_settings(tmp_path / "new")
    done = setup.set_up_outlet(settings, "district", _details(), manager_name="Meena",
                               manager_pin=MANAGER_PIN, server_url=district.url,
                               enrolment_code=code)  # fmt: skip
    assert done.short_code == "G01A" and "replacing it" in done.message
    ledger = open_ledger(settings)
    assert ledger.device.id == old_id
    assert journal.head(ledger.db).seq == old_head.seq + 1  # its history, then "replaced"
    from pos.db.records import identity_q

    # the dead machine's ids (shifts, lots, users) mean nothing here: imported only
    assert [first for first, _ in identity_q.ranges_without_rows(ledger.db)] == [1]
    assert ledger.db.execute("SELECT count(*) FROM sales").fetchone()[0] == 0
    from pos.outlet import users
    from pos.selling import shifts

    cashier = users.add_user(ledger, "Ravi", "cashier", "1111")
    shifts.open_shift(ledger, cashier, 100_000)
    new = Outlet(settings, ledger, users.get_user(ledger, "Meena"), cashier)
    assert _sell(new).receipt_no == last.receipt_no[:-6] + "000004"
    result = service.sync_once(ledger)
    assert result.attention == 0 and verify_ledger(ledger).ok
    assert _bills(district) == 4 and _flags(district, "chain_break") == []
    refused = requests.get(f"{district.url}/v1/devices/{old_id}/head",
                           headers={"Authorization": f"Bearer {old_secret}"}, timeout=10)  # fmt: skip
    assert refused.status_code == 403 and "replaced" in refused.json()["detail"]
    ledger.close()


@pytest.mark.parametrize("why", ["revoked", "key_refused"])
def test_a_revoked_or_refused_till_enrols_again_with_a_fresh_code_and_pushes_the_queue_it_kept(
    district: District,  # noqa: F811
    tmp_path: Path,
    why: str,
) -> None:
    outlet = make_outlet(tmp_path / "o")
    fx.enrol(outlet, district)
    _sell(outlet)
    service.sync_once(outlet.ledger)
    if why == "revoked":
        devices.revoke(district.store, "G01A")
    else:  # a key the district does not know (401)
        credentials.store_secret(outlet.ledger.path, outlet.ledger.device.id, "not-the-key")
    _sell(outlet)
    with pytest.raises(SyncError) as refused:
        service.sync_once(outlet.ledger)
    assert refused.value.status == (403 if why == "revoked" else 401)
    _sell(outlet)
    pending = service.status(outlet.ledger).pending
    assert pending == 2
    outlet.ledger.close()

    code = devices.fresh_code(district.store, "G01")
    again = run_pos(outlet.settings.data_dir, "enroll", "--server", district.url,
                    "--code", code, "--json")  # fmt: skip
    assert again.code == 0, again.stderr
    assert again.json()["short_code"] == "G01A"
    assert (again.json()["pushed"], again.json()["pending"]) == (pending + 1, 0)  # + re-enrolled
    assert _bills(district) == 3 and [d.short_code for d in devices.list_devices(
        district.store)] == ["G01A"]  # fmt: skip


# ---------------------------------------------------------------- enrolment codes, secrets


def test_a_hundred_wrong_enrolment_codes_get_429_with_retry_after_and_then_the_right_one_waits(
    district: District,  # noqa: F811
    tmp_path: Path,
) -> None:
    right = district.enrolment_code()
    body = {"device_id": "00000000-0000-4000-8000-000000000001", "short_code": "G01A",
            "outlet_code": "G01"}  # fmt: skip
    statuses = []
    with requests.Session() as http:
        for n in range(100):
            answer = http.post(f"{district.url}/v1/enroll",
                               json={**body, "code": f"WRONG-{n:06d}"}, timeout=10)  # fmt: skip
            statuses.append(answer.status_code)
        last = http.post(f"{district.url}/v1/enroll", json={**body, "code": right}, timeout=10)
    assert (
        statuses[: devices.ENROL_FAILURES_PER_CLIENT] == [403] * devices.ENROL_FAILURES_PER_CLIENT
    )
    assert set(statuses[devices.ENROL_FAILURES_PER_CLIENT :]) == {429}
    assert last.status_code == 429
    assert 1 <= int(last.headers["Retry-After"]) <= devices.ENROL_WINDOW_S + 1
    assert district.store.count("devices") == 0


def test_the_device_secret_is_in_no_backup_and_a_backup_restored_elsewhere_must_be_replaced(
    district: District,  # noqa: F811
    tmp_path: Path,
) -> None:
    outlet = make_outlet(tmp_path / "o")
    fx.enrol(outlet, district)
    _sell(outlet)
    service.sync_once(outlet.ledger)
    device_id = outlet.ledger.device.id
    secret = credentials.load_secret(outlet.ledger.path, device_id)
    assert secret is not None
    mode = stat.S_IMODE(os.stat(credentials.secret_path(outlet.ledger.path, device_id)).st_mode)
    assert mode == 0o600
    saved = backup.backup_ledger(outlet.ledger, tmp_path / "usb")
    after_backup = _sell(outlet)
    service.sync_once(outlet.ledger)
    outlet.ledger.close()
    for path in (saved, outlet.settings.ledger_path):
        assert secret.encode() not in path.read_bytes()

    elsewhere = resolve_settings(tmp_path / "other-machine")
    backup.restore_ledger(elsewhere, saved)
    ledger = open_ledger(elsewhere)
    with pytest.raises(NotAllowed, match="device replace G01A"):
        service.sync_once(ledger)
    code, _named = devices.replacement_code(district.store, "G01A")
    service.enroll(ledger, district.url, code)
    assert service.sync_once(ledger).attention == 0
    assert service.status(ledger).pending == 0
    assert journal.head(ledger.db).seq > _seq_in(saved)  # caught up, then "replaced"
    from pos.selling import sales

    assert sales.get_sale(ledger, after_backup.receipt_no).total_paise == after_backup.total_paise
    assert verify_ledger(ledger).ok  # the sale's rows, rebuilt from this till's own backup
    stale = requests.get(f"{district.url}/v1/devices/{device_id}/head",
                         headers={"Authorization": f"Bearer {secret}"}, timeout=10)  # fmt: skip
    assert stale.status_code == 403
    ledger.close()


def test_a_ledger_that_held_its_secret_moves_it_to_its_own_file_when_migrated(
    tmp_path: Path,
) -> None:
    outlet = make_outlet(tmp_path / "o")
    db = outlet.ledger.db
    for statement in (
        "UPDATE device SET secret = 'old-secret-in-the-ledger', enrolled_at = '2026-01-01'",
        "DELETE FROM _migrations WHERE name = '0008_till_identity'",
        "DROP TABLE receipt_floors",
        "DROP TABLE journal_imports",
        "ALTER TABLE sync_state DROP COLUMN restored_at",
    ):
        db.execute(statement)
    db.conn.commit()
    path, device_id = outlet.ledger.path, outlet.ledger.device.id
    outlet.ledger.close()
    ledger = open_ledger(outlet.settings)
    assert credentials.load_secret(path, device_id) == "old-secret-in-the-ledger"
    assert ledger.db.execute("SELECT secret FROM device").fetchone()[0] is None
    ledger.close()
    assert b"old-secret-in-the-ledger" not in path.read_bytes()
    shutil.rmtree(tmp_path / "o" / "backups", ignore_errors=True)


def test_a_restored_till_refuses_a_forged_history_from_a_misbehaving_server_and_still_waits(
    district: District,  # noqa: F811
    tmp_path: Path,
) -> None:
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from pos.db.connection import transaction
    from pos.db.outlet import outlet_q

    outlet = make_outlet(tmp_path / "o")
    fx.enrol(outlet, district)
    _sell(outlet)
    service.sync_once(outlet.ledger)
    saved = backup.backup_ledger(outlet.ledger, tmp_path / "usb")
    _sell(outlet)
    service.sync_once(outlet.ledger)
    outlet.ledger.close()
    backup.restore_ledger(outlet.settings, saved)
    ledger = open_ledger(outlet.settings)
    me = ledger.device.id
    real = devices.events_after(district.store, me, _seq_in(saved))
    forged = [
        e.model_copy(update={"body": e.body.replace('"qty":2', '"qty":1')}) for e in real.events
    ]
    head = devices.device_head(district.store, me)

    class Forger(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path.endswith("/head"):
                payload = head.model_dump_json()
            else:
                payload = real.model_copy(update={"events": forged}).model_dump_json()
            data = payload.encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *_args: object) -> None:
            pass

    ThreadingHTTPServer.disable_nagle_algorithm = True  # type: ignore[attr-defined]
    server = ThreadingHTTPServer(("127.0.0.1", 0), Forger)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        with transaction(ledger.db):
            outlet_q.update_device(
                ledger.db, {"server_url": f"http://127.0.0.1:{server.server_port}"}
            )
        ledger.reload()
        events_before = journal.head(ledger.db).seq
        with pytest.raises(SyncError, match="does not check out"):
            service.sync_once(ledger)
        assert journal.head(ledger.db).seq == events_before
        again = Outlet(outlet.settings, ledger, outlet.manager, outlet.cashier)
        with pytest.raises(NotAllowed, match="restored from a backup"):
            _sell(again)
    finally:
        server.shutdown()
        server.server_close()
        ledger.close()


def test_pos_server_lists_tills_gives_a_fresh_code_and_a_replacement_code_for_a_named_till(
    tmp_path: Path,
) -> None:
    import json

    from tests.server.test_server_cli import server_cli

    db = tmp_path / "district.sqlite"
    assert server_cli(db, "init", "--district", "Gaya").returncode == 0
    first = json.loads(server_cli(db, "outlet", "add", "G01", "--name", "Gaya", "--json").stdout)
    store = make_store(str(db))
    try:
        done = devices.enrol(
            store, first["enrolment_code"], "00000000-0000-4000-8000-00000000000a", "G01"
        )
        fresh = server_cli(db, "outlet", "code", "G01", "--json")
        done_b = devices.enrol(store, json.loads(fresh.stdout)["enrolment_code"],
                               "00000000-0000-4000-8000-00000000000b", "G01")  # fmt: skip
        listed = json.loads(server_cli(db, "device", "list", "--json").stdout)["devices"]
        replaced = server_cli(db, "device", "replace", "G01B", "--json")
        unknown = server_cli(db, "device", "replace", "G09Z")
    finally:
        store.close()
    assert (done.short_code, done_b.short_code) == ("G01A", "G01B")
    assert [d["short_code"] for d in listed] == ["G01A", "G01B"]
    assert json.loads(replaced.stdout)["device_id"] == "00000000-0000-4000-8000-00000000000b"
    assert unknown.returncode == 1 and "no device 'G09Z'" in unknown.stderr
    assert server_cli(db, "outlet", "code", "G07").returncode == 1


def test_a_ledger_copied_back_by_hand_is_caught_up_by_the_nightly_pass_before_it_sells_on(
    district: District,  # noqa: F811
    tmp_path: Path,
) -> None:
    outlet = make_outlet(tmp_path / "o")
    fx.enrol(outlet, district)
    _sell(outlet)
    service.sync_once(outlet.ledger)
    saved = backup.backup_ledger(outlet.ledger, tmp_path / "usb")
    _sell(outlet)
    third = _sell(outlet)
    service.sync_once(outlet.ledger)
    outlet.ledger.close()
    for suffix in ("-wal", "-shm"):
        Path(str(outlet.settings.ledger_path) + suffix).unlink(missing_ok=True)
    shutil.copyfile(saved, outlet.settings.ledger_path)  # not `pos restore`: no mark
    ledger = open_ledger(outlet.settings)
    result = service.sync_once(ledger, do_reconcile=True)
    assert result.caught_up == 2 and result.days_differing == []
    again = Outlet(outlet.settings, ledger, outlet.manager, outlet.cashier)
    assert _sell(again).receipt_no == third.receipt_no[:-6] + "000004"
    assert service.sync_once(ledger).attention == 0 and verify_ledger(ledger).ok
    assert _bills(district) == 4
    ledger.close()


def test_a_replacement_code_tried_on_another_till_with_its_own_history_is_refused_and_not_spent(
    district: District,  # noqa: F811
    tmp_path: Path,
) -> None:
    dead = make_outlet(tmp_path / "dead")
    fx.enrol(dead, district)
    other = make_outlet(tmp_path / "other")
    fx.enrol(other, district)
    code, _named = devices.replacement_code(district.store, "G01A")
    with pytest.raises(SyncError, match="this code replaces till G01A"):
        service.enroll(other.ledger, district.url, code)
    _sell(dead)
    waiting = service.status(dead.ledger).pending
    assert service.sync_once(dead.ledger).accepted == waiting  # its key still works
    assert other.ledger.device.short_code == "G01B"
    settings = resolve_settings(tmp_path / "new")
    done = setup.set_up_outlet(settings, "district", _details(), manager_name="Meena",
                               manager_pin=MANAGER_PIN, server_url=district.url,
                               enrolment_code=code)  # fmt: skip
    assert done.short_code == "G01A"
    dead.ledger.close()
    other.ledger.close()


def test_a_restored_till_carries_the_return_series_on_and_will_not_return_a_sale_twice(
    district: District,  # noqa: F811
    tmp_path: Path,
) -> None:
    from pos.selling import sales

    outlet = make_outlet(tmp_path / "o")
    fx.enrol(outlet, district)
    first = _sell(outlet)
    saved = backup.backup_ledger(outlet.ledger, tmp_path / "usb")
    voided = sales.void_sale(outlet.ledger, first.receipt_no, cashier=outlet.cashier,
                             approver=outlet.manager, reason="wrong item")  # fmt: skip
    service.sync_once(outlet.ledger)
    outlet.ledger.close()
    backup.restore_ledger(outlet.settings, saved)
    ledger = open_ledger(outlet.settings)
    assert service.sync_once(ledger).caught_up >= 1
    again = Outlet(outlet.settings, ledger, outlet.manager, outlet.cashier)
    with pytest.raises(NotAllowed, match="was already returned"):  # the void's rows rebuilt
        sales.void_sale(ledger, first.receipt_no, cashier=again.cashier, approver=again.manager,
                        reason="again")  # fmt: skip
    second = _sell(again)
    second_void = sales.void_sale(ledger, second.receipt_no, cashier=again.cashier,
                                  approver=again.manager, reason="wrong item")  # fmt: skip
    assert voided.receipt_no.endswith("-00001")
    assert second_void.receipt_no == voided.receipt_no[:-5] + "00002"
    assert service.sync_once(ledger).attention == 0 and verify_ledger(ledger).ok
    assert len(district.store.rows("sales")) == 4
    ledger.close()


def test_six_tills_enrolling_at_the_same_moment_get_six_different_letters(
    district: District,  # noqa: F811
) -> None:
    from concurrent.futures import ThreadPoolExecutor

    codes = [district.enrolment_code() for _ in range(6)]
    ids = [f"00000000-0000-4000-8000-{n:012d}" for n in range(6)]
    with ThreadPoolExecutor(6) as pool:
        done = list(pool.map(lambda pair: devices.enrol(district.store, pair[0], pair[1], "G01"),
                             zip(codes, ids, strict=True)))  # fmt: skip
    assert sorted(d.short_code for d in done) == [f"G01{c}" for c in "ABCDEF"]


def test_a_till_killed_while_catching_up_imports_nothing_half_way_and_catches_up_next_time(
    district: District,  # noqa: F811
    tmp_path: Path,
) -> None:
    outlet = make_outlet(tmp_path / "o")
    fx.enrol(outlet, district)
    _sell(outlet)
    service.sync_once(outlet.ledger)
    saved = backup.backup_ledger(outlet.ledger, tmp_path / "usb")
    _sell(outlet)
    third = _sell(outlet)
    service.sync_once(outlet.ledger)
    outlet.ledger.close()
    backup.restore_ledger(outlet.settings, saved)

    killed = run_pos(outlet.settings.data_dir, "sync", "--once",
                     env={"POS_SYNC_CRASH_AT": "mid_catch_up"})  # fmt: skip
    assert killed.code == -9, killed.stderr
    ledger = open_ledger(outlet.settings)
    assert journal.head(ledger.db).seq == _seq_in(saved) and service.restored_pending(ledger)
    assert verify_ledger(ledger).ok
    assert service.sync_once(ledger).caught_up == 2
    again = Outlet(outlet.settings, ledger, outlet.manager, outlet.cashier)
    assert _sell(again).receipt_no == third.receipt_no[:-6] + "000004"
    ledger.close()


def test_pos_init_with_a_server_enrols_at_once_and_names_the_districts_letter(
    district: District,  # noqa: F811
    tmp_path: Path,
) -> None:
    taken = make_outlet(tmp_path / "first")
    fx.enrol(taken, district)
    taken.ledger.close()
    made = run_pos(tmp_path / "second", "init", "--code", "G01", "--name", "Gaya", "--manager",
                   "Meena", "--server", district.url, "--enrol-code", district.enrolment_code(),
                   "--json", env={"POS_PIN": MANAGER_PIN})  # fmt: skip
    assert made.code == 0, made.stderr
    assert made.json()["short_code"] == "G01B"
    ledger = open_ledger(resolve_settings(tmp_path / "second"))
    assert ledger.device.enrolled and ledger.device.short_code == "G01B"
    ledger.close()


def test_a_till_that_chose_a_free_letter_keeps_it_at_enrolment_and_a_taken_one_is_replaced(
    district: District,  # noqa: F811
) -> None:
    first = devices.enrol(district.store, district.enrolment_code(),
                          "00000000-0000-4000-8000-000000000001", "G01", short_code="G01C")  # fmt: skip
    second = devices.enrol(district.store, district.enrolment_code(),
                           "00000000-0000-4000-8000-000000000002", "G01", short_code="G01C")  # fmt: skip
    assert (first.short_code, second.short_code) == ("G01C", "G01A")
