"""A FUSE file system that loses what was not synced, the way a power cut does.

``python -m tests.cutfs BACKING MOUNTPOINT`` mounts BACKING at MOUNTPOINT (foreground, one
thread) and serves it through an overlay held in this process's memory:

- a write or a truncate changes only the overlay: readers (every process, through the
  mount) see it at once, as they would see the page cache;
- ``fsync``/``fdatasync`` of a file writes its overlay into BACKING and fsyncs it there:
  only then is the data durable;
- names (create, unlink, rename, mkdir) go straight to BACKING, so they survive a cut
  at once: a journalling file system commits them within seconds, and SQLite fsyncs the
  directory after it creates its journal anyway (``fsyncdir`` is a no-op here);
- a cut is ``kill -9`` of this process: every unsynced write and truncate is gone,
  whatever was closed or flushed; the dead mount is removed with ``fusermount3 -u -z``.

Unlike ``kill -9`` of the writer, which keeps the kernel's page cache and so never loses an
unsynced write, this loses all of them: a stricter disk than a real one, never a kinder one.
Locks are the kernel's own (no ``lock`` operation: FUSE then keeps POSIX locks locally), and
SQLite's ``-shm`` file is mmap'd through the kernel's page cache of the mount as usual.

Test-only (mfusepy over libfuse 3; see tests/test_power_cut.py).
"""

from __future__ import annotations

import errno
import os
import sys
from dataclasses import dataclass, field
from typing import Any

import mfusepy

PAGE = 4096
_STAT_KEYS = (
    "st_mode", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime", "st_ctime",
    "st_ino", "st_blocks", "st_blksize",
)  # fmt: skip


@dataclass
class _Overlay:
    """The unsynced state of one file: its size, the lowest size it was cut to since its
    last sync (backing bytes at or past ``low`` read as zeros) and the pages written."""

    size: int
    low: int
    pages: dict[int, bytes] = field(default_factory=dict)


class CutFs(mfusepy.Operations):  # type: ignore[misc]
    use_ns = True

    def __init__(self, backing: str) -> None:
        self.backing = os.path.realpath(backing)
        self.overlays: dict[str, _Overlay] = {}
        self.fds: dict[str, int] = {}
        self.handles = 0

    # ------------------------------------------------------------ helpers

    def _real(self, path: str) -> str:
        return os.path.join(self.backing, path.lstrip("/"))

    def _fd(self, path: str) -> int:
        fd = self.fds.get(path)
        if fd is None:
            fd = os.open(self._real(path), os.O_RDWR)
            self.fds[path] = fd
        return fd

    def _forget(self, path: str) -> None:
        fd = self.fds.pop(path, None)
        if fd is not None:
            os.close(fd)
        self.overlays.pop(path, None)

    def _overlay(self, path: str) -> _Overlay:
        found = self.overlays.get(path)
        if found is None:
            size = os.fstat(self._fd(path)).st_size
            found = self.overlays[path] = _Overlay(size, size)
        return found

    def _page(self, path: str, over: _Overlay, number: int) -> bytes:
        page = over.pages.get(number)
        if page is not None:
            return page
        base = number * PAGE
        data = os.pread(self._fd(path), PAGE, base) if base < over.low else b""
        data = data[: max(0, over.low - base)]
        return data + bytes(PAGE - len(data))

    # ------------------------------------------------------------ data

    def open(self, path: str, flags: int) -> int:
        self._fd(path)
        if flags & os.O_TRUNC:
            self.truncate(path, 0)
        self.handles += 1
        return self.handles

    def create(self, path: str, mode: int, fi: Any = None) -> int:
        os.close(os.open(self._real(path), os.O_CREAT | os.O_WRONLY, mode))
        self.handles += 1
        return self.handles

    def read(self, path: str, size: int, offset: int, fh: int) -> bytes:
        over = self.overlays.get(path)
        if over is None:
            return os.pread(self._fd(path), size, offset)
        end = min(offset + size, over.size)
        out = bytearray()
        at = offset
        while at < end:
            number, within = divmod(at, PAGE)
            take = min(PAGE - within, end - at)
            out += self._page(path, over, number)[within : within + take]
            at += take
        return bytes(out)

    def write(self, path: str, data: bytes, offset: int, fh: int) -> int:
        over = self._overlay(path)
        done = 0
        while done < len(data):
            number, within = divmod(offset + done, PAGE)
            take = min(PAGE - within, len(data) - done)
            page = bytearray(self._page(path, over, number))
            page[within : within + take] = data[done : done + take]
            over.pages[number] = bytes(page)
            done += take
        over.size = max(over.size, offset + len(data))
        return len(data)

    def truncate(self, path: str, length: int, fh: int | None = None) -> int:
        over = self._overlay(path)
        over.size = length
        over.low = min(over.low, length)
        for number in [n for n in over.pages if n * PAGE >= length]:
            del over.pages[number]
        number, within = divmod(length, PAGE)
        if within:
            page = bytearray(self._page(path, over, number))
            page[within:] = bytes(PAGE - within)
            over.pages[number] = bytes(page)
        return 0

    def fsync(self, path: str, datasync: int, fh: int) -> int:
        fd = self._fd(path)
        over = self.overlays.pop(path, None)
        if over is not None:
            if over.low < os.fstat(fd).st_size:
                os.ftruncate(fd, over.low)
            for number, page in sorted(over.pages.items()):
                base = number * PAGE
                if base < over.size:
                    os.pwrite(fd, page[: over.size - base], base)
            os.ftruncate(fd, over.size)
        os.fsync(fd)
        return 0

    def fsyncdir(self, path: str, datasync: int, fh: int) -> int:
        return 0  # names are durable at once (see the module docstring)

    def flush(self, path: str, fh: int) -> int:
        return 0  # close() makes nothing durable

    def release(self, path: str, fh: int) -> int:
        return 0  # the overlay outlives the handle, as the page cache outlives a close

    # ------------------------------------------------------------ names and attributes

    def getattr(self, path: str, fh: int | None = None) -> dict[str, Any]:
        st = os.lstat(self._real(path))
        attrs = {key: getattr(st, key) for key in _STAT_KEYS}
        for key in ("st_atime", "st_mtime", "st_ctime"):
            attrs[key] = getattr(st, key + "_ns")
        over = self.overlays.get(path)
        if over is not None:
            attrs["st_size"] = over.size
        return attrs

    def readdir(self, path: str, fh: int) -> list[str]:
        return [".", "..", *os.listdir(self._real(path))]

    def mkdir(self, path: str, mode: int) -> int:
        os.mkdir(self._real(path), mode)
        return 0

    def rmdir(self, path: str) -> int:
        os.rmdir(self._real(path))
        return 0

    def unlink(self, path: str) -> int:
        self._forget(path)
        os.unlink(self._real(path))
        return 0

    def rename(self, old: str, new: str) -> int:
        self._forget(new)
        fd = self.fds.pop(old, None)
        over = self.overlays.pop(old, None)
        os.rename(self._real(old), self._real(new))
        if fd is not None:
            self.fds[new] = fd
        if over is not None:
            self.overlays[new] = over
        return 0

    def chmod(self, path: str, mode: int) -> int:
        os.chmod(self._real(path), mode)
        return 0

    def chown(self, path: str, uid: int, gid: int) -> int:
        os.chown(self._real(path), uid, gid)
        return 0

    def utimens(self, path: str, times: tuple[int, int] | None = None) -> int:
        os.utime(self._real(path), ns=times) if times else os.utime(self._real(path))
        return 0

    def access(self, path: str, amode: int) -> int:
        if not os.access(self._real(path), amode):
            raise mfusepy.FuseOSError(errno.EACCES)
        return 0

    def statfs(self, path: str) -> dict[str, int]:
        st = os.statvfs(self._real(path))
        keys = ("f_bavail", "f_bfree", "f_blocks", "f_bsize", "f_favail", "f_ffree", "f_files",
                "f_flag", "f_frsize", "f_namemax")  # fmt: skip
        return {key: getattr(st, key) for key in keys}


def main() -> None:
    backing, mountpoint = sys.argv[1], sys.argv[2]
    mfusepy.FUSE(CutFs(backing), mountpoint, foreground=True, nothreads=True)


if __name__ == "__main__":
    main()
