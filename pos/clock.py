"""Time at the outlet: UTC timestamps for the record, local dates for the business day."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone, tzinfo

try:
    from zoneinfo import ZoneInfo

    LOCAL_TZ: tzinfo = ZoneInfo("Asia/Kolkata")
except Exception:  # pragma: no cover - a machine without tz data
    LOCAL_TZ = timezone(timedelta(hours=5, minutes=30), "IST")


def now_utc() -> datetime:
    return datetime.now(UTC)


def to_iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def from_iso(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)


def local(moment: datetime) -> datetime:
    return moment.astimezone(LOCAL_TZ)


def business_date(moment: datetime) -> str:
    return local(moment).date().isoformat()


def local_minute(moment: datetime) -> str:
    """Local date-time to the minute, the form of price and rate effective_from."""
    return local(moment).strftime("%Y-%m-%dT%H:%M")


def financial_year(day: date) -> str:
    """India's financial year April-March as four digits: 2025-04-01 -> "2526"."""
    start = day.year if day.month >= 4 else day.year - 1
    return f"{start % 100:02d}{(start + 1) % 100:02d}"
