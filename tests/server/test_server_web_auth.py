"""The district office's staff accounts: sign-in, lockout, rate limit, sessions, CSRF, roles,
the audit log, and the wall between device secrets and staff sessions."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from sqlalchemy import update

from pos.server.app import create_app
from pos.server.runner import ServerThread
from pos.server.storage import schema as t
from pos.server.web import accounts
from tests.conftest import ROOT
from tests.support.office_client import PASSWORD, Office, add_staff, token_of
from tests.support.sync_fixtures import District, ServerProcess, make_store


@pytest.fixture
def office(tmp_path: Path) -> Iterator[District]:
    db = str(tmp_path / "district.sqlite")
    store = make_store(db)
    add_staff(store, "asha", "admin")
    add_staff(store, "omkar", "officer")
    add_staff(store, "vimla", "viewer")
    with ServerThread(create_app(store)) as server:
        yield District(store, server.url, db)
    store.close()


def test_a_browser_at_the_root_is_sent_to_the_sign_in_page_and_then_sees_today(
    office: District,
) -> None:
    staff = Office(office.url)
    first = staff.get("/")
    assert first.url.endswith("/office/login?next=/office/")
    signed_in = staff.sign_in("asha")
    assert signed_in.status_code == 200 and signed_in.url.endswith("/office/")
    assert "Sales today" in signed_in.text and "asha" in signed_in.text
    policy = signed_in.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in policy and "script-src 'none'" in policy
    assert signed_in.headers["x-frame-options"] == "DENY"
    assert "content-security-policy" not in staff.get("/v1/health").headers


def test_the_session_cookie_is_httponly_and_samesite_and_holds_no_password(
    office: District,
) -> None:
    staff = Office(office.url)
    page = staff.get("/office/login")
    answer = staff.http.post(
        office.url + "/office/login",
        data={"name": "asha", "password": PASSWORD, "csrf_token": token_of(page.text)},
        allow_redirects=False, timeout=30,
    )  # fmt: skip
    assert answer.status_code == 303
    cookie = next(c for c in answer.headers["set-cookie"].split(", pos_") if "pos_office=" in c)
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie
    assert "Secure" not in cookie  # plain HTTP here; set under TLS
    assert PASSWORD not in answer.headers["set-cookie"]


def test_a_wrong_password_is_refused_and_five_lock_the_account_for_fifteen_minutes(
    office: District,
) -> None:
    staff = Office(office.url)
    for _ in range(4):
        assert staff.sign_in("omkar", "wrong password!").status_code == 401
    assert staff.sign_in("omkar").status_code == 200  # four failures: not locked; resets
    for _ in range(5):
        wrong = staff.sign_in("omkar", "wrong password!")
    assert wrong.status_code == 401
    locked = staff.sign_in("omkar")  # the right password, but locked
    assert locked.status_code == 401 and "locked for 15 minutes" in locked.text
    row = office.store.rows("staff_users", name="omkar")[0]
    assert row["locked_until"] > row["created_at"]
    with office.store.tx() as conn:  # fifteen minutes later
        conn.execute(
            update(t.staff_users)
            .where(t.staff_users.c.name == "omkar")
            .values(locked_until="2000-01-01T00:00:00.000000Z")
        )
    assert staff.sign_in("omkar").url.endswith("/office/")


def test_sign_in_is_rate_limited_per_address_whatever_the_account(office: District) -> None:
    staff = Office(office.url)
    for n in range(accounts.CLIENT_FAILURES):
        assert staff.sign_in(f"nobody{n}", "x").status_code == 401
    limited = staff.sign_in("asha")
    assert limited.status_code == 429 and "wait 15 minutes" in limited.text


def test_a_viewer_is_refused_every_change_whatever_the_page_shows(office: District) -> None:
    viewer = Office(office.url)
    viewer.sign_in("vimla")
    outlets = viewer.get("/office/outlets")
    assert outlets.status_code == 200 and "Add an outlet" not in outlets.text
    posted = viewer.post(
        "/office/outlets", {"code": "G09", "name": "Sneaky"}, token_from="/office/outlets"
    )
    assert posted.status_code == 403
    assert office.store.rows("outlets", code="G09") == []
    assert viewer.get("/office/users").status_code == 403
    officer = Office(office.url)
    officer.sign_in("omkar")
    assert officer.get("/office/users").status_code == 403
    assert officer.get("/office/audit").status_code == 200


def test_a_form_posted_without_its_csrf_token_or_with_another_sessions_is_refused(
    office: District,
) -> None:
    admin = Office(office.url)
    admin.sign_in("asha")
    bare = admin.post("/office/outlets", {"code": "G05", "name": "No token"}, with_token=False)
    assert bare.status_code == 403 and "security token" in bare.text
    other = Office(office.url)
    other.sign_in("omkar")
    foreign_token = token_of(other.get("/office/outlets").text)
    forged = admin.http.post(
        office.url + "/office/outlets",
        data={"code": "G05", "name": "Forged", "csrf_token": foreign_token}, timeout=30,
    )  # fmt: skip
    assert forged.status_code == 403
    assert office.store.rows("outlets", code="G05") == []
    login_page = Office(office.url)
    no_login_token = login_page.http.post(
        office.url + "/office/login", data={"name": "asha", "password": PASSWORD}, timeout=30
    )
    assert no_login_token.status_code == 403


def test_a_session_from_before_a_password_reset_or_deactivation_no_longer_works(
    office: District,
) -> None:
    viewer = Office(office.url)
    viewer.sign_in("vimla")
    assert viewer.get("/office/").url.endswith("/office/")
    admin = Office(office.url)
    admin.sign_in("asha")
    reset = admin.post(
        "/office/users", {"action": "reset", "name": "vimla", "password": "a new password 7"}
    )
    assert reset.status_code == 303
    assert "/office/login" in viewer.get("/office/").url
    assert viewer.sign_in("vimla").status_code == 401
    assert viewer.sign_in("vimla", "a new password 7").url.endswith("/office/")
    admin.post("/office/users", {"action": "deactivate", "name": "vimla"})
    assert "/office/login" in viewer.get("/office/").url
    assert viewer.sign_in("vimla", "a new password 7").status_code == 401


def test_every_change_by_an_admin_is_in_the_audit_log_with_who_before_and_after(
    office: District,
) -> None:
    admin = Office(office.url)
    admin.sign_in("asha")
    added = admin.post(
        "/office/users",
        {"action": "add", "name": "ravi", "role": "viewer", "password": "ravi's password"},
    )
    assert added.status_code == 303
    admin.post("/office/users", {"action": "role", "name": "ravi", "role": "officer"})
    admin.post("/office/outlets", {"code": "G02", "name": "Bodh Gaya"})
    log = admin.get("/office/audit").text
    entries = accounts.audit_entries(office.store)
    by_action = {e.action: e for e in entries}
    role = by_action["user.role"]
    assert (role.actor, role.target) == ("asha", "ravi")
    assert role.before == '{"role": "viewer"}' and role.after == '{"role": "officer"}'
    assert by_action["outlet.code"].target == "G02"
    assert "user.role" in log and "outlet.code" in log and "ravi&#39;s" not in log
    assert "ravi's password" not in str([e.after for e in entries])


def test_a_device_secret_opens_no_staff_page_and_a_staff_session_no_device_endpoint(
    office: District,
) -> None:
    code = office.enrolment_code()
    device_id = "0b6f3c1e-4a7d-4f7e-9a51-2f0c9d3e8a11"
    enrolled = requests.post(
        office.url + "/v1/enroll",
        json={"code": code, "device_id": device_id, "short_code": "G01A", "outlet_code": "G01"},
        timeout=30,
    ).json()
    bearer = {"Authorization": f"Bearer {enrolled['secret']}"}
    page = requests.get(office.url + "/office/", headers=bearer, timeout=30)
    assert page.url.endswith("/office/login?next=/office/")
    refused = requests.post(
        office.url + "/office/outlets", headers=bearer, data={"code": "G07"}, timeout=30,
        allow_redirects=False,
    )  # fmt: skip
    assert refused.status_code == 401
    staff = Office(office.url)
    staff.sign_in("asha")
    assert staff.get("/v1/catalog/changes").status_code == 401
    assert requests.get(office.url + "/v1/catalog/changes", headers=bearer, timeout=30).ok


def test_pos_server_user_add_takes_the_password_from_the_environment_or_a_prompt(
    tmp_path: Path,
) -> None:
    db = tmp_path / "d.sqlite"
    run = [sys.executable, "-m", "pos.server.cli", "--db", str(db)]
    subprocess.run([*run, "init", "--district", "Gaya"], check=True, cwd=ROOT,
                   capture_output=True)  # fmt: skip
    env = {**os.environ, "POS_SERVER_PASSWORD": "first admin pass"}
    added = subprocess.run(
        [*run, "user", "add", "asha", "--role", "admin", "--json"], env=env, cwd=ROOT,
        capture_output=True, text=True, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert '"role": "admin"' in added.stdout
    short = subprocess.run(
        [*run, "user", "add", "b", "--role", "viewer"], cwd=ROOT, capture_output=True, text=True,
        env={**os.environ, "POS_SERVER_PASSWORD": "short"},
    )  # fmt: skip
    assert short.returncode == 1 and "at least 10 characters" in short.stderr
    no_arg = subprocess.run([*run, "user", "add", "c", "--role", "viewer", "--password", "x"],
                            cwd=ROOT, capture_output=True, text=True)  # fmt: skip
    assert no_arg.returncode == 2
    store = make_store(str(db))
    stored = store.rows("staff_users", name="asha")[0]["password_hash"]
    store.close()
    assert stored.startswith("scrypt$") and "first admin pass" not in stored


def test_two_server_processes_on_one_postgresql_share_the_staff_session(
    postgres,
    tmp_path: Path,
) -> None:
    db = postgres.new_database()
    store = make_store(db)
    add_staff(store, "asha", "admin")
    store.close()
    one, two = ServerProcess(db, tmp_path), ServerProcess(db, tmp_path)
    try:
        staff = Office(one.url)
        assert staff.sign_in("asha").url.endswith("/office/")
        staff.url = two.url  # the load balancer sends the next request elsewhere
        assert staff.get("/office/").url == two.url + "/office/"
        made = staff.post("/office/outlets", {"code": "G03", "name": "Sherghati"})
        assert made.status_code == 303 and "enrolment-code" in staff.get("/office/code").text
        staff.url = one.url
        assert "G03" in staff.get("/office/outlets").text
    finally:
        one.stop()
        two.stop()


def test_pos_server_run_with_two_workers_serves_every_request_and_leaves_no_orphans(
    tmp_path: Path,
) -> None:
    db = str(tmp_path / "district.sqlite")
    store = make_store(db)
    add_staff(store, "asha", "admin")
    store.close()
    port_file = tmp_path / "port"
    proc = subprocess.Popen(
        [sys.executable, "-m", "pos.server.cli", "--db", db, "run", "--port", "0",
         "--port-file", str(port_file), "--workers", "2"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        while not port_file.exists():
            assert proc.poll() is None
            time.sleep(0.02)
        url = f"http://127.0.0.1:{port_file.read_text()}"
        children = _children(proc.pid)
        deadline = time.monotonic() + 30
        while len(children) < 1 and time.monotonic() < deadline:
            time.sleep(0.05)
            children = _children(proc.pid)
        assert len(children) == 1  # the parent serves too
        staff = Office(url)
        for _ in range(100):  # the server may not answer yet: wait for it
            try:
                staff.get("/v1/health")
                break
            except requests.ConnectionError:
                time.sleep(0.05)
        assert staff.sign_in("asha").url.endswith("/office/")
        cookie = staff.http.cookies.get("pos_office")
        for _ in range(20):  # a fresh connection each time: both workers take some
            answer = requests.get(url + "/office/outlets", cookies={"pos_office": cookie},
                                  headers={"Connection": "close"}, timeout=30)  # fmt: skip
            assert answer.status_code == 200 and "Outlets and tills" in answer.text
    finally:
        proc.kill()
        proc.wait(timeout=10)
    deadline = time.monotonic() + 10
    while any(Path(f"/proc/{pid}").exists() for pid in children) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(_alive(pid) for pid in children)


def _children(pid: int) -> list[int]:
    found = []
    for status in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = status.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(status.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_under_tls_the_session_cookie_is_also_secure(tmp_path: Path) -> None:
    from tests.sync.test_sync_scheduler import _make_ca

    ca, cert, key = _make_ca(tmp_path)
    store = make_store(str(tmp_path / "d.sqlite"))
    add_staff(store, "asha", "admin")
    ssl = {"certfile": str(cert), "keyfile": str(key)}
    with ServerThread(create_app(store), ssl=ssl) as server:
        staff = Office(server.url)
        page = staff.get("/office/login", verify=str(ca))
        answer = staff.http.post(
            server.url + "/office/login",
            data={"name": "asha", "password": PASSWORD, "csrf_token": token_of(page.text)},
            allow_redirects=False, timeout=30, verify=str(ca),
        )  # fmt: skip
        assert answer.status_code == 303
        cookie = answer.headers["set-cookie"]
        session = cookie[cookie.index("pos_office=") :].split(", ")[0]
        assert "Secure" in session and "HttpOnly" in session
    store.close()
