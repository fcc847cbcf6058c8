"""Turn files, folders and request bodies into `Article`s, naming every input that fails.

Three shapes are read: the seed format (title, ``YYYYMMDD`` date, URL, then the body),
plain text with no header, and JSON Lines with ``text``/``title``/``url``/``date``/``publisher``.
A bad input never stops a batch: it becomes a `ReadError` and the rest goes on.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from extract.gazetteer import publisher_for_url
from extract.model import Article

JSONL_SUFFIXES = {".jsonl", ".ndjson"}
_DATE_LINE = re.compile(r"^\d{8}$")
_URL_LINE = re.compile(r"^https?://\S+$", re.I)


@dataclass(frozen=True)
class ReadError:
    """An input that yielded no article, and why, in words a user can act on."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


def parse_date(value: str | None) -> date | None:
    """Accept ``YYYYMMDD`` (the seed header) and ISO dates or timestamps."""
    if not value:
        return None
    value = value.strip()
    for fmt in ("%Y%m%d", "%Y-%m-%d"):
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            pass
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError as exc:
        raise ValueError(f"unreadable date {value!r} (expected YYYYMMDD or YYYY-MM-DD)") from exc


def article_from_text(text: str, source: str) -> Article:
    """Read the seed header when the first three lines are title, date and URL."""
    lines = text.split("\n", 3)
    if len(lines) >= 3 and _DATE_LINE.match(lines[1].strip()) and _URL_LINE.match(lines[2].strip()):
        url = lines[2].strip()
        body = lines[3].lstrip() if len(lines) > 3 else ""  # a blank line may part header and body
        return Article(
            text=body,
            source=source,
            title=lines[0].strip() or None,
            url=url,
            published=parse_date(lines[1]),
            publisher=publisher_for_url(url),
        )
    return Article(text=text, source=source)


def article_from_record(record: object, source: str) -> Article:
    """Build an article from one JSON object; raise ValueError naming what is wrong."""
    if not isinstance(record, dict):
        raise ValueError("expected a JSON object with a 'text' field")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ValueError("missing or empty 'text' field")
    for name in ("title", "url", "date", "publisher"):
        if record.get(name) is not None and not isinstance(record[name], str):
            raise ValueError(f"field {name!r} must be a string")
    url = (record.get("url") or "").strip() or None
    return Article(
        text=text,
        source=source,
        title=(record.get("title") or "").strip() or None,
        url=url,
        published=parse_date(record.get("date")),
        publisher=(record.get("publisher") or "").strip() or publisher_for_url(url),
    )


def decode(data: bytes) -> str:
    """Decode UTF-8 text, refusing binary data rather than guessing an encoding."""
    if b"\x00" in data:
        raise ValueError("binary file (contains NUL bytes), not an article")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(f"not UTF-8 text (invalid byte at offset {exc.start})") from exc
    if not text.strip():
        raise ValueError("empty file")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_jsonl(text: str, source: str) -> Iterator[Article | ReadError]:
    """One article per non-blank line; a bad line is reported with its number."""
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            yield article_from_record(json.loads(line), where)
        except json.JSONDecodeError as exc:
            yield ReadError(where, f"invalid JSON ({exc.msg} at column {exc.colno})")
        except ValueError as exc:
            yield ReadError(where, str(exc))


def read_file(path: Path) -> Iterator[Article | ReadError]:
    source = str(path)
    try:
        text = decode(path.read_bytes())
    except OSError as exc:
        yield ReadError(source, f"cannot read file ({exc.strerror or exc})")
        return
    except ValueError as exc:
        yield ReadError(source, str(exc))
        return
    if path.suffix.lower() in JSONL_SUFFIXES:
        yield from read_jsonl(text, source)
        return
    try:
        yield article_from_text(text, source)
    except ValueError as exc:
        yield ReadError(source, str(exc))


def expand(paths: Iterable[Path]) -> Iterator[Path | ReadError]:
    """Files as given, folders as every visible file below them in name order."""
    for path in paths:
        if path.is_dir():
            yield from sorted(
                p
                for p in path.rglob("*")
                if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
        elif path.exists():
            yield path
        else:
            yield ReadError(str(path), "no such file or directory")


def read_paths(paths: Iterable[Path]) -> Iterator[Article | ReadError]:
    for item in expand(paths):
        if isinstance(item, ReadError):
            yield item
        else:
            yield from read_file(item)
