"""Word lists the extractors reason with, loaded once from ``data/vocab.json``."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any


class Vocab:
    """Attribute access to the lists, as frozensets of lower-case words."""

    def __init__(self, data: dict[str, Any]) -> None:
        for name, value in data.items():
            if name.startswith("_"):
                continue
            setattr(self, name, dict(value) if isinstance(value, dict) else frozenset(value))

    def __getattr__(self, name: str) -> Any:  # only reached for a missing list
        raise AttributeError(f"vocab.json has no list named {name!r}")


@lru_cache(maxsize=1)
def vocab() -> Vocab:
    text = resources.files("extract.data").joinpath("vocab.json").read_text(encoding="utf-8")
    return Vocab(json.loads(text))
