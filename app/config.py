"""Service settings: command-line options, else environment variables, else defaults."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from graph.store import default_path


def _env(name: str, default: str) -> str:
    return os.environ.get(f"CKG_{name}", default)


@dataclass(frozen=True)
class Settings:
    store: Path = field(default_factory=default_path)
    host: str = field(default_factory=lambda: _env("HOST", "127.0.0.1"))
    port: int = field(default_factory=lambda: int(_env("PORT", "8000")))
    workers: int = field(default_factory=lambda: int(_env("WORKERS", "2")))  # query worker processes
    token: str | None = field(default_factory=lambda: os.environ.get("CKG_TOKEN") or None)
    query_timeout: float = field(default_factory=lambda: float(_env("QUERY_TIMEOUT", "10")))
    max_rows: int = field(default_factory=lambda: int(_env("MAX_ROWS", "10000")))
    max_body: int = field(default_factory=lambda: int(_env("MAX_BODY", str(5 * 1024 * 1024))))
    cors_origins: tuple[str, ...] = field(
        default_factory=lambda: tuple(o for o in _env("CORS_ORIGINS", "").split(",") if o.strip())
    )
    model: str | None = field(default_factory=lambda: os.environ.get("CKG_SPACY_MODEL") or None)
