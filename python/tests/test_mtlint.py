"""The Python API: check, fix, score, Detector, errors, and check against the CLI."""

import json
import os
import pathlib
import subprocess
from concurrent.futures import ThreadPoolExecutor

import pytest

import mtlint

ROOT = pathlib.Path(__file__).resolve().parents[2]
CLI = pathlib.Path(os.environ.get("MTLINT_BIN", ROOT / "target" / "release" / "mtlint"))
KEYS = [
    "rule", "category", "severity", "message", "start", "end", "line", "column",
    "end_line", "end_column", "text", "fixes",
]


def test_check_gives_the_cli_object_without_a_path_unless_given():
    findings = mtlint.check("The soil. . is dry.")
    assert [f["rule"] for f in findings] == ["punctuation/doubled-punctuation"]
    assert list(findings[0]) == KEYS
    assert findings[0]["text"] == ". ."
    assert findings[0]["fixes"] == [
        {"applicability": "safe", "edits": [{"start": 9, "end": 11, "replacement": ""}]}
    ]
    with_path = mtlint.check("The soil. . is dry.", path="a.txt")
    assert list(with_path[0]) == ["path"] + KEYS and with_path[0]["path"] == "a.txt"


def test_clean_text_has_no_findings():
    assert mtlint.check("The council approved the budget on Tuesday.") == []


def test_markup_keeps_code_out():
    text = "Run `a. . b` first.\n"
    assert mtlint.check(text, markup="markdown") == []
    assert mtlint.check(text) != []
    assert mtlint.check(text, markup="auto", path="notes.md") == []


def test_enable_disable_and_config_choose_the_rules():
    text = "The soil. . is dry."
    assert mtlint.check(text, disable=["punctuation"]) == []
    assert mtlint.check(text, disable=["punctuation"], enable=["punctuation/doubled-punctuation"])
    config = '[rules]\n"punctuation/doubled-punctuation" = "error"\n'
    (f,) = mtlint.check(text, config=config)
    assert f["severity"] == "error"
    excluded = 'exclude = ["drafts/**"]\n'
    assert mtlint.check(text, config=excluded, path="drafts/a.txt") == []
    assert mtlint.check(text, config=excluded, path="final/a.txt") != []


def test_errors_are_mtlint_errors_with_the_rust_message():
    with pytest.raises(mtlint.Error, match="unknown rule or family `punctuation/nope`"):
        mtlint.check("x", enable=["punctuation/nope"])
    with pytest.raises(ValueError, match=r"mtlint.toml:2: unknown field `bogus`"):
        mtlint.Detector(config='accept = ["a"]\nbogus = 1\n')
    with pytest.raises(mtlint.Error, match="unknown markup `rtf`"):
        mtlint.check("x", markup="rtf")
    with pytest.raises(TypeError):
        mtlint.check("x", enable="punctuation")  # a string is not a list of rules


def test_fix_applies_safe_fixes_and_unsafe_ones_when_asked():
    assert mtlint.fix("The soil. . is dry.") == "The soil. is dry."
    # a period after a semicolon: which mark to keep is a person's call
    text = "The vote ended;. The count began."
    assert mtlint.check(text)[0]["fixes"][0]["applicability"] == "unsafe"
    assert mtlint.fix(text) == text
    assert mtlint.fix(text, unsafe=True) == "The vote ended; The count began."


SCORE_KEYS = [
    "words", "score", "machine_translated", "verdict", "thin", "evidence", "translation",
    "page", "disclaimer", "top_findings", "findings", "by_category", "per_1000_words",
]


def test_score_is_the_cli_score_object():
    s = mtlint.score("The soil. . is dry.")
    assert list(s) == SCORE_KEYS
    assert s["words"] == 4 and s["findings"] == 1 and s["by_category"] == {"punctuation": 1}
    assert s["thin"] is True  # 4 words
    assert s["verdict"] == ("machine-translated" if s["machine_translated"] else "thin")
    assert mtlint.score("The council met.")["verdict"] == "thin"
    assert s["top_findings"] == [
        {"rule": "punctuation/doubled-punctuation", "line": 1, "column": 9, "text": ". ."}
    ]
    assert s["translation"][0]["kind"] == "stray-marks"
    assert s["translation"][0]["findings"] == 1 and s["translation"][0]["contribution"] > 0
    assert s["page"] == {"score": 0.0, "kinds": []}
    with_path = mtlint.score("x", path="a.txt")
    assert list(with_path) == ["path"] + SCORE_KEYS and with_path["path"] == "a.txt"
    # page evidence is reported apart, and never counted
    page = mtlint.score("Fish &amp; chips.\nBack to top button\n")
    assert page["page"]["score"] > 0 and page["evidence"] == 0
    assert {k["kind"] for k in page["page"]["kinds"]} == {"entity", "debris"}


# a spaced percent sign: a rule off by default, evidence for the score all the same
OFF_BY_DEFAULT = "Prices rose 12 % in May, and the mayor said on Monday (4) that the plan was late."


def test_the_score_starts_from_every_rule_as_the_cli_does():
    s = mtlint.score(OFF_BY_DEFAULT)
    assert "percent-space" in {k["kind"] for k in s["translation"]}
    assert all(f["rule"] != "locale/space-before-percent" for f in mtlint.check(OFF_BY_DEFAULT))
    # a rule turned off is not evidence
    off = mtlint.Detector(disable=["locale/space-before-percent"]).score(OFF_BY_DEFAULT)
    assert "percent-space" not in {k["kind"] for k in off["translation"]}


@pytest.mark.parametrize("fixture", ["fixtures/mt/punctuation.txt", "fixtures/clean/harbour-report.txt"])
def test_score_is_the_clis_json(fixture):
    if not CLI.exists():
        if os.environ.get("MTLINT_REQUIRE_CLI"):
            pytest.fail(f"no release CLI at {CLI}")
        pytest.skip(f"no release CLI at {CLI}: cargo build --release first")
    out = subprocess.run(
        [str(CLI), "score", "--format", "json", fixture],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )
    assert out.returncode == 0, out.stderr
    (cli,) = json.loads(out.stdout)
    text = (ROOT / fixture).read_text(encoding="utf-8")
    assert mtlint.score(text, path=fixture) == cli
    assert list(mtlint.score(text, path=fixture)) == list(cli)


def test_a_detector_is_shared_between_threads():
    detector = mtlint.Detector(disable=["names"])
    texts = [f"Report {k} was filed. . The council met." for k in range(200)]
    alone = [detector.check(t) for t in texts]
    with ThreadPoolExecutor(4) as pool:
        together = list(pool.map(detector.check, texts))
    assert together == alone
    assert all(f[0]["rule"] == "punctuation/doubled-punctuation" for f in alone)
    assert "punctuation/doubled-punctuation" in detector.rule_ids()
    assert not any(r.startswith("names/") for r in detector.rule_ids())
    assert detector.fix(texts[0]) == "Report 0 was filed. The council met."
    assert detector.score(texts[0])["findings"] == 1
    both = detector.analyze(texts[0])
    score = detector.score(texts[0])
    # the score's object, its count of findings replaced by check's list, written last
    assert list(both) == [k for k in SCORE_KEYS if k != "findings"] + ["findings"]
    assert both["findings"] == alone[0]
    assert {k: v for k, v in both.items() if k != "findings"} == {
        k: v for k, v in score.items() if k != "findings"
    }
    assert list(detector.analyze(texts[0], path="a.txt"))[0] == "path"


def test_analyze_scores_with_every_rule_and_lists_checks_findings():
    both = mtlint.Detector().analyze(OFF_BY_DEFAULT)
    assert {k: v for k, v in both.items() if k != "findings"} == {
        k: v for k, v in mtlint.score(OFF_BY_DEFAULT).items() if k != "findings"
    }
    assert both["findings"] == mtlint.check(OFF_BY_DEFAULT)


def fixture_files():
    return sorted(
        p for p in (ROOT / "fixtures").rglob("*")
        if p.suffix in {".txt", ".md", ".html"}
    )


@pytest.mark.parametrize("fixture", fixture_files(), ids=lambda p: p.name)
def test_check_is_the_clis_json(fixture):
    if not CLI.exists():
        if os.environ.get("MTLINT_REQUIRE_CLI"):
            pytest.fail(f"no release CLI at {CLI}")
        pytest.skip(f"no release CLI at {CLI}: cargo build --release first")
    rel = fixture.relative_to(ROOT).as_posix()
    out = subprocess.run(
        [str(CLI), "check", "--format", "json", rel],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )
    assert out.returncode in (0, 1), out.stderr
    cli = json.loads(out.stdout)
    with open(fixture, encoding="utf-8", newline="") as f:
        text = f.read()
    assert mtlint.check(text, path=rel, markup="auto") == cli
    # the same objects in the same key order
    assert [list(f) for f in mtlint.check(text, path=rel, markup="auto")] == [list(f) for f in cli]
