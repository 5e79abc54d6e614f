"""examples/dask_corpus.py on a small generated sharded corpus."""

import json
import pathlib
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]

pytest.importorskip("dask.bag", reason="dask is not installed: pip install 'dask[bag]' 'distributed>=2025.1'")
pytest.importorskip("dask.distributed", reason="dask.distributed is not installed: pip install 'distributed>=2025.1'")


def test_the_dask_example_writes_one_result_per_document(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    ids = []
    for shard in range(3):
        with open(corpus / f"part-{shard}.jsonl", "w", encoding="utf-8") as f:
            for k in range(40):
                doc = f"s{shard}-{k}"
                ids.append(doc)
                text = f"Item {doc} was filed. . The board met." if k % 4 == 0 else f"Item {doc} was filed."
                f.write(json.dumps({"id": doc, "text": text}) + "\n")
            # a malformed record: an error result, the others go on
            f.write('{"id": "broken-%d", "text": \n' % shard)
    out = tmp_path / "out"
    run = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "dask_corpus.py"), str(corpus / "*.jsonl"), str(out),
         "--workers", "1"],
        capture_output=True, text=True, timeout=300, check=False,
    )
    assert run.returncode == 0, run.stderr
    results = [json.loads(line) for p in sorted(out.glob("part-*.jsonl")) for line in p.read_text().splitlines()]
    good = [r for r in results if "error" not in r]
    assert sorted(r["id"] for r in good) == sorted(ids)
    assert len([r for r in results if "error" in r]) == 3
    for r in good:
        flagged = any(f["rule"] == "punctuation/doubled-punctuation" for f in r["findings"])
        assert flagged == (int(r["id"].split("-")[1]) % 4 == 0), r
    assert "123 documents" in run.stderr
