"""The command line as users run it."""

from __future__ import annotations

import json

from tests.conftest import SEEDS, ckg


def test_batch_with_bad_files_lands_good_ones_and_names_bad_ones(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text((SEEDS / "000_e2869c1e4193f62e.txt").read_text())
    (folder / "b.txt").write_bytes(b"\xff\xfe\x00binary")
    (folder / "c.txt").write_text("")
    (folder / "d.jsonl").write_text('{"text": "NATO said the 3rd Assault Brigade lost 12 soldiers."}\n{oops\n')
    store = tmp_path / "s"
    result = ckg("ingest", str(folder), "--store", str(store))
    assert result.returncode == 1
    assert sorted(result.stderr.strip().splitlines()) == [
        f"ckg: {folder}/b.txt: binary file (contains NUL bytes), not an article",
        f"ckg: {folder}/c.txt: empty file",
        f"ckg: {folder}/d.jsonl:2: invalid JSON (Expecting property name enclosed in double quotes at column 2)",
    ]
    assert "ingested 2 articles (0 replaced)" in result.stdout
    assert "3 failed" in result.stdout
    counts = json.loads(ckg("stats", "--store", str(store), "--json").stdout)
    assert counts["articles"] == 2


def test_store_from_environment(tmp_path):
    env = {"CKG_STORE": str(tmp_path / "env-store"), "PATH": "/usr/bin:/bin"}
    result = ckg("ingest", str(SEEDS / "001_611efe0e69548312.txt"), env=env)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "env-store").is_dir()


def test_unknown_model_is_one_line(tmp_path):
    result = ckg("ingest", str(SEEDS), "--store", str(tmp_path / "s"), "--model", "no_such_model")
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "ckg: spaCy model 'no_such_model' is not installed; install it or set CKG_SPACY_MODEL to an installed model"
    )


def test_help_on_every_command():
    for command in ("ingest", "export", "stats"):
        result = ckg(command, "--help")
        assert result.returncode == 0 and "--store" in result.stdout
