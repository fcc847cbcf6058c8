from datetime import date

from extract.readers import ReadError, read_paths
from tests.conftest import SEEDS


def test_seed_header_gives_title_date_url_and_publisher_from_host():
    [article] = read_paths([SEEDS / "000_e2869c1e4193f62e.txt"])
    assert article.title == "60 elite Russian paratroopers refused to fight in the invasion of Ukraine report says"
    assert article.published == date(2022, 4, 9)
    assert article.url.startswith("https://www.yahoo.com/news/")
    assert article.publisher == "Yahoo News"
    assert article.text.startswith("In a rare frank admission")


def test_plain_text_without_header_keeps_bullets_in_body():
    [article] = read_paths([SEEDS / "001_611efe0e69548312.txt"])
    assert article.title is None and article.url is None and article.publisher is None
    assert article.text.startswith("- At least 60 Russian paratroopers")


def test_jsonl_batch_reads_each_line_and_names_bad_lines(tmp_path):
    batch = tmp_path / "batch.jsonl"
    batch.write_text(
        '{"text": "The 1st Brigade lost 3 soldiers.", "url": "https://www.reuters.com/x", "date": "2023-05-01"}\n'
        "\n"
        "{not json\n"
        '{"title": "no text"}\n'
        '{"text": "Kyiv said so.", "publisher": "Kyiv Independent", "date": "20230502"}\n',
        encoding="utf-8",
    )
    items = list(read_paths([batch]))
    good = [i for i in items if not isinstance(i, ReadError)]
    bad = [i for i in items if isinstance(i, ReadError)]
    assert [a.publisher for a in good] == ["Reuters", "Kyiv Independent"]
    assert [a.published for a in good] == [date(2023, 5, 1), date(2023, 5, 2)]
    assert [str(e) for e in bad] == [
        f"{batch}:3: invalid JSON (Expecting property name enclosed in double quotes at column 2)",
        f"{batch}:4: missing or empty 'text' field",
    ]


def test_bad_files_are_named_with_reason(tmp_path):
    (tmp_path / "empty.txt").write_text("   \n")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\x00\x00")
    (tmp_path / "latin1.txt").write_bytes("Kharkiv caf\xe9".encode("latin-1"))
    (tmp_path / ".hidden.txt").write_text("ignored")
    (tmp_path / "ok.txt").write_text("Ukrainian forces said the 92nd Brigade held Kupiansk.")
    items = list(read_paths([tmp_path, tmp_path / "missing.txt"]))
    reasons = {i.source.rsplit("/", 1)[-1]: i.reason for i in items if isinstance(i, ReadError)}
    assert reasons == {
        "binary.txt": "binary file (contains NUL bytes), not an article",
        "empty.txt": "empty file",
        "latin1.txt": "not UTF-8 text (invalid byte at offset 11)",
        "missing.txt": "no such file or directory",
    }
    assert [a.source.rsplit("/", 1)[-1] for a in items if not isinstance(a, ReadError)] == ["ok.txt"]


def test_same_url_is_same_article_else_same_text():
    from extract.model import Article

    a = Article(text="one", source="a", url="https://x.org/1")
    b = Article(text="two", source="b", url="https://x.org/1")
    c = Article(text="Same  text\n", source="c")
    d = Article(text="Same text", source="d")
    assert a.key == b.key
    assert c.key == d.key != a.key


def test_a_blank_line_between_header_and_body_is_not_part_of_the_body(tmp_path):
    path = tmp_path / "gao.txt"
    path.write_text(
        "Ambush near Gao\n20240311\nhttps://www.france24.com/en/gao\n\nGao (Mali) (AFP) - Ten soldiers died.\n"
    )
    (article,) = read_paths([path])
    assert article.text.startswith("Gao (Mali) (AFP) -")
