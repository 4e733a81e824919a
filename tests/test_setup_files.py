"""The set-up's files agree with each other: the lock files pin every dependency that
pyproject.toml names (a dependency added without `bash scripts/lock.sh` fails here), a till
installs no test machine's package, and the licences are where pyproject.toml says."""

from __future__ import annotations

import re
import subprocess
import tomllib

from tests.conftest import ROOT

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def name_of(requirement: str) -> str:
    return re.split(r"[\s\[<>=!~;]", requirement.strip(), maxsplit=1)[0].lower().replace("_", "-")


def pins(lock: str) -> dict[str, str]:
    """{package: version} of a lock file (the first pin where markers split a package)."""
    text = (ROOT / "requirements" / lock).read_text(encoding="utf-8")
    found: dict[str, str] = {}
    for name, version in re.findall(r"^([A-Za-z0-9._-]+)==([^\s;]+)", text, re.M):
        found.setdefault(name.lower().replace("_", "-"), version)
    return found


def hashes_per_pin(lock: str) -> list[int]:
    text = (ROOT / "requirements" / lock).read_text(encoding="utf-8")
    blocks = re.split(r"^(?=[A-Za-z0-9._-]+==)", text, flags=re.M)[1:]
    return [block.count("--hash=sha256:") for block in blocks]


def test_the_till_lock_pins_every_dependency_with_hashes() -> None:
    till = pins("till.lock")
    for requirement in PYPROJECT["project"]["dependencies"]:
        assert name_of(requirement) in till, f"{requirement}: run bash scripts/lock.sh"
    assert min(hashes_per_pin("till.lock")) >= 1


def test_the_dev_lock_holds_the_till_lock_and_the_dev_extra() -> None:
    till, dev = pins("till.lock"), pins("dev.lock")
    for requirement in PYPROJECT["project"]["optional-dependencies"]["dev"]:
        assert name_of(requirement) in dev, f"{requirement}: run bash scripts/lock.sh"
    assert {name: dev.get(name) for name in till} == till
    assert min(hashes_per_pin("dev.lock")) >= 1


def test_pyside6_stays_below_6_12_on_python_3_11_in_the_locks() -> None:
    for lock in ("till.lock", "dev.lock"):
        text = (ROOT / "requirements" / lock).read_text(encoding="utf-8")
        pinned = re.findall(
            r"^pyside6-essentials==(\S+) ; python_full_version < '3.12'", text, re.M
        )
        assert pinned and not pinned[0].startswith("6.12"), (lock, pinned)


def apt_list(name: str) -> set[str]:
    listing = subprocess.run(
        ["bash", "-c", f'source <(sed -n "/^{name}=(/,/^)/p" scripts/setup.sh); echo "${{{name}[@]}}"'],
        capture_output=True, text=True, cwd=ROOT, check=True,
    )  # fmt: skip
    return set(listing.stdout.split())


def test_a_till_installs_no_test_machine_package() -> None:
    till, test = apt_list("TILL_PACKAGES"), apt_list("TEST_PACKAGES")
    assert {"python3", "python3-venv", "libxcb-cursor0", "xvfb"} <= till
    assert {"postgresql", "libpython3.11", "chromium", "chromium-driver", "xdotool", "openbox",
            "fuse3", "poppler-utils", "zbar-tools"} <= test  # fmt: skip
    assert not till & {"postgresql", "nodejs", "npm", "chromium", "libpython3.11", "binutils"}


def test_the_licences_are_where_pyproject_says() -> None:
    assert PYPROJECT["project"]["license"] == "MIT"
    assert (ROOT / "LICENSE").read_text().startswith("MIT License")
    for font in ("NotoSans", "NotoSansDevanagari"):
        ofl = (ROOT / "resources" / "fonts" / f"OFL-{font}.txt").read_text()
        assert "SIL OPEN FONT LICENSE Version 1.1" in ofl
    assert sorted(PYPROJECT["project"]["license-files"]) == ["LICENSE", "resources/fonts/OFL-*.txt"]


def test_the_repository_does_not_point_outside_itself_for_its_design() -> None:
    for path in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        assert "../shared" not in path.read_text(encoding="utf-8"), path
    assert (ROOT / "docs" / "architecture.md").exists()
