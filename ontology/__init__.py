"""The conflict-kg ontology and SHACL shapes, shipped as Turtle files beside this module."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def path(name: str) -> Path:
    return Path(str(resources.files("ontology").joinpath(name)))


ONTOLOGY_FILE = path("ckg.ttl")
SHAPES_FILE = path("shapes.ttl")
