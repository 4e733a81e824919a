"""A staff member's browser session against the district office, over plain HTTP (requests):
sign in through the real form, read each form's CSRF token from the page, post forms."""

from __future__ import annotations

import re

import requests

from pos.server.storage.store import Store
from pos.server.web import accounts

PASSWORD = "correct horse 42"
_TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')


def add_staff(store: Store, name: str, role: str, password: str = PASSWORD) -> None:
    accounts.ensure_tables(store)
    accounts.add_staff(store, name, role, password)


def token_of(html: str) -> str:
    found = _TOKEN.search(html)
    assert found, "the page has no form with a csrf_token"
    return found.group(1)


class Office:
    def __init__(self, url: str) -> None:
        self.url = url
        self.http = requests.Session()

    def get(self, path: str, **kw: object) -> requests.Response:
        return self.http.get(self.url + path, timeout=30, **kw)  # type: ignore[arg-type]

    def sign_in(self, name: str, password: str = PASSWORD) -> requests.Response:
        page = self.get("/office/login")
        return self.http.post(
            self.url + "/office/login",
            data={"name": name, "password": password, "csrf_token": token_of(page.text),
                  "next": "/office/"},
            timeout=30,
        )  # fmt: skip

    def post(self, path: str, data: dict[str, str], *, token_from: str | None = None,
             with_token: bool = True) -> requests.Response:  # fmt: skip
        """Post a form, with the CSRF token read from the page ``token_from`` (default: the
        page posted to)."""
        body = dict(data)
        if with_token:
            body["csrf_token"] = token_of(self.get(token_from or path).text)
        return self.http.post(self.url + path, data=body, timeout=30, allow_redirects=False)
