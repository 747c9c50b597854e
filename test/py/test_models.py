"""Built-in models, Hugging Face naming parity, summaries, and the model factory's errors."""

from __future__ import annotations

import pathlib
import sys
import textwrap
import uuid

import pytest
import torch
from torch import nn

from moqlab.errors import Code, WorkerError
from moqlab.models import BUILTIN, build_model, logits_of, summarize_model
from moqlab.models.hf import transformers_available

REPO = pathlib.Path(__file__).resolve().parents[2]
USER_MODELS = REPO / "examples" / "user_models"

SMALL_BERT = dict(vocab_size=100, hidden_size=32, num_hidden_layers=2, num_attention_heads=2,
                  intermediate_size=64, max_position_embeddings=16)


def _layer_keys(i: int) -> list[str]:
    p = f"bert.encoder.layer.{i}."
    names = [
        "attention.self.query", "attention.self.key", "attention.self.value",
        "attention.output.dense", "attention.output.LayerNorm",
        "intermediate.dense", "output.dense", "output.LayerNorm",
    ]
    return [p + n + s for n in names for s in (".weight", ".bias")]


# BertForSequenceClassification.state_dict().keys() in transformers (4.31+ and 5.x: position_ids and
# token_type_ids are non-persistent buffers), num_hidden_layers = 2.
HF_BERT_KEYS_L2 = [
    "bert.embeddings.word_embeddings.weight",
    "bert.embeddings.position_embeddings.weight",
    "bert.embeddings.token_type_embeddings.weight",
    "bert.embeddings.LayerNorm.weight",
    "bert.embeddings.LayerNorm.bias",
    *_layer_keys(0),
    *_layer_keys(1),
    "bert.pooler.dense.weight",
    "bert.pooler.dense.bias",
    "classifier.weight",
    "classifier.bias",
]


@pytest.fixture
def isolated_sys_path(monkeypatch):
    monkeypatch.setattr(sys, "path", list(sys.path))
    return sys.path


def _write_module(directory: pathlib.Path, body: str) -> str:
    name = f"user_factory_{uuid.uuid4().hex[:10]}"
    (directory / f"{name}.py").write_text(textwrap.dedent(body))
    return name


def _nparams(model: nn.Module) -> int:
    return sum(p.numel() for p in model.parameters())


# ------------------------------------------------------------------------------------------ built-ins
def test_builtin_names():
    assert BUILTIN == ("mlp", "cnn", "tiny-bert", "hf-bert", "minilm")


def test_mlp_shapes_and_params():
    model = build_model("mlp", {"num_labels": 10})
    out = model(x=torch.randn(5, 1, 28, 28))
    assert out.shape == (5, 10)
    # 784*256+256 + 256*128+128 + 128*10+10
    assert _nparams(model) == 200_960 + 32_896 + 1_290 == 235_146
    assert build_model("mlp", {"in_features": 8, "hidden": [4], "num_labels": 3})(x=torch.randn(2, 8)).shape == (2, 3)


def test_cnn_shapes_and_params():
    model = build_model("cnn", {"num_labels": 10})
    assert model(x=torch.randn(3, 1, 28, 28)).shape == (3, 10)
    # conv 1→32 3x3, conv 32→64 3x3, fc 64*7*7→128, classifier 128→10
    assert _nparams(model) == 320 + 18_496 + 401_536 + 1_290 == 421_642
    five = build_model("cnn", {"num_labels": 4, "channels": [8, 16], "hidden": 32, "kernel_size": 5})
    assert five(x=torch.randn(2, 1, 28, 28)).shape == (2, 4)


def test_tiny_bert_state_dict_matches_hf_names():
    model = build_model("tiny-bert", {"num_labels": 2})
    assert list(model.state_dict().keys()) == HF_BERT_KEYS_L2
    assert isinstance(model.bert.encoder.layer, nn.ModuleList)
    assert len(model.bert.encoder.layer) == 2


def test_tiny_bert_param_count_by_hand():
    model = build_model("tiny-bert", {"num_labels": 2})
    h, i, v, p, t = 128, 512, 30522, 512, 2
    embeddings = v * h + p * h + t * h + 2 * h
    layer = 3 * (h * h + h) + (h * h + h) + 2 * h + (h * i + i) + (i * h + h) + 2 * h
    pooler = h * h + h
    classifier = h * 2 + 2
    assert layer == 198_272
    assert _nparams(model) == embeddings + 2 * layer + pooler + classifier == 4_386_178


def test_tiny_bert_init_like_bert():
    torch.manual_seed(0)
    model = build_model("tiny-bert", {**SMALL_BERT, "num_labels": 3, "initializer_range": 0.05})
    for name, param in model.named_parameters():
        if name.endswith("LayerNorm.weight"):
            assert torch.all(param == 1), name
        elif name.endswith(".bias"):
            assert torch.all(param == 0), name
        else:
            rows = param[1:] if name.endswith("word_embeddings.weight") else param
            assert abs(rows.std().item() - 0.05) < 0.02, name
    assert torch.all(model.bert.embeddings.word_embeddings.weight[0] == 0)  # padding row


def test_tiny_bert_shapes_and_regression():
    model = build_model("tiny-bert", {**SMALL_BERT, "num_labels": 1})
    ids = torch.randint(1, 100, (4, 9))
    out = model(input_ids=ids, attention_mask=torch.ones_like(ids), token_type_ids=torch.zeros_like(ids))
    assert out.shape == (4, 1)
    assert model(input_ids=ids).shape == (4, 1)  # mask and token types optional


def test_tiny_bert_padding_does_not_change_cls_logits():
    torch.manual_seed(0)
    # a wide init so that attending to the padding would visibly change the logits
    model = build_model("tiny-bert", {**SMALL_BERT, "num_labels": 2, "initializer_range": 0.3}).eval()
    ids = torch.randint(1, 100, (2, 6))
    short = model(input_ids=ids, attention_mask=torch.ones_like(ids), token_type_ids=torch.zeros_like(ids))
    padded_ids = torch.cat([ids, torch.randint(1, 100, (2, 5))], dim=1)  # garbage in padded positions
    mask = torch.cat([torch.ones_like(ids), torch.zeros(2, 5, dtype=torch.long)], dim=1)
    padded = model(input_ids=padded_ids, attention_mask=mask, token_type_ids=torch.zeros_like(padded_ids))
    torch.testing.assert_close(padded, short, atol=1e-5, rtol=1e-5)
    unmasked = model(input_ids=padded_ids, attention_mask=torch.ones_like(padded_ids))
    assert not torch.allclose(unmasked, short, atol=1e-3)


def test_tiny_bert_mask_in_bf16_is_finite():
    model = build_model("tiny-bert", {**SMALL_BERT, "num_labels": 2}).to(torch.bfloat16).eval()
    ids = torch.randint(1, 100, (2, 8))
    mask = torch.ones_like(ids)
    mask[:, 5:] = 0
    assert torch.isfinite(model(input_ids=ids, attention_mask=mask).float()).all()


def test_builtin_bad_kwargs_name_model_and_accepted():
    with pytest.raises(WorkerError) as err:
        build_model("mlp", {"hiden": [10]})
    assert err.value.code is Code.INVALID_ARGUMENT
    assert "'mlp'" in err.value.message and "hiden" in err.value.message and "dropout" in err.value.message
    with pytest.raises(WorkerError) as err:
        build_model("tiny-bert", {"hidden_size": 30, "num_attention_heads": 4})
    assert err.value.code is Code.INVALID_ARGUMENT and "multiple of num_attention_heads" in err.value.message
    with pytest.raises(WorkerError) as err:
        build_model("cnn", {"kernel_size": 4})
    assert err.value.code is Code.INVALID_ARGUMENT and "kernel_size" in err.value.message


# ------------------------------------------------------------------------------------------ hf-bert
@pytest.mark.skipif(transformers_available(), reason="transformers is importable here")
def test_hf_bert_without_transformers_is_unavailable():
    with pytest.raises(WorkerError) as err:
        build_model("hf-bert", {"config": {}, "num_labels": 2})
    assert err.value.code is Code.UNAVAILABLE
    assert "install transformers" in err.value.message and "pip install transformers" in err.value.message


def test_hf_bert_matches_tiny_bert():
    pytest.importorskip("transformers", reason="transformers is not installed; hf-bert is tested where it is")
    hf_config = {k: v for k, v in SMALL_BERT.items()}
    hf = build_model("hf-bert", {"config": hf_config, "num_labels": 3, "attn_implementation": "eager"}).eval()
    assert list(hf.state_dict().keys()) == list(build_model("tiny-bert", {**SMALL_BERT, "num_labels": 3}).state_dict())
    tiny = build_model("tiny-bert", {**SMALL_BERT, "num_labels": 3}).eval()
    tiny.load_state_dict(hf.state_dict())
    ids = torch.randint(1, 100, (2, 7))
    mask = torch.ones_like(ids)
    mask[1, 4:] = 0
    inputs = {"input_ids": ids, "attention_mask": mask, "token_type_ids": torch.zeros_like(ids)}
    out = hf(**inputs)
    assert isinstance(out, torch.Tensor) and out.shape == (2, 3)
    torch.testing.assert_close(out, tiny(**inputs), atol=1e-5, rtol=1e-4)


def test_hf_bert_needs_path_or_config(tmp_path):
    pytest.importorskip("transformers", reason="transformers is not installed; hf-bert is tested where it is")
    with pytest.raises(WorkerError) as err:
        build_model("hf-bert", {"num_labels": 2})
    assert err.value.code is Code.INVALID_ARGUMENT
    with pytest.raises(WorkerError) as err:
        build_model("hf-bert", {"path": str(tmp_path / "absent"), "num_labels": 2})
    assert err.value.code is Code.NOT_FOUND


# ------------------------------------------------------------------------------------------ summaries
def test_summarize_model():
    model = build_model("mlp", {"in_features": 6, "hidden": [4], "num_labels": 2})
    model.hidden[0].bias.requires_grad_(False)
    s = summarize_model(model)
    assert s["model_class"] == "MLP"
    assert s["num_parameters"] == 6 * 4 + 4 + 4 * 2 + 2
    assert s["num_trainable"] == s["num_parameters"] - 4
    by_name = {m["name"]: m for m in s["modules"]}
    assert by_name[""]["type"] == "MLP" and by_name[""]["parameters"] == []
    assert by_name["hidden"]["type"] == "ModuleList"
    assert by_name["hidden.0"]["type"] == "Linear"
    assert by_name["hidden.0"]["parameters"] == [
        {"name": "hidden.0.weight", "shape": [4, 6], "numel": 24, "dtype": "float32", "trainable": True, "index": 0},
        {"name": "hidden.0.bias", "shape": [4], "numel": 4, "dtype": "float32", "trainable": False, "index": 1},
    ]
    assert [p["name"] for p in by_name["classifier"]["parameters"]] == ["classifier.weight", "classifier.bias"]
    assert [p["index"] for p in by_name["classifier"]["parameters"]] == [2, 3]
    assert {m["name"]: m["kind"] for m in s["modules"]} == {"": "other", "hidden": "other", "hidden.0": "linear", "dropout": "other", "classifier": "linear"}


def test_module_kinds_are_isinstance_facts():
    from torch import nn

    class MyLinear(nn.Linear):
        pass

    model = nn.Sequential(MyLinear(3, 3), nn.Conv2d(1, 2, 3), nn.Conv1d(1, 1, 1), nn.Embedding(5, 2), nn.LayerNorm(3))
    kinds = [m["kind"] for m in summarize_model(model)["modules"][1:]]
    assert kinds == ["linear", "conv", "conv", "embedding", "other"]


def test_tied_parameters_keep_the_index_of_their_first_occurrence():
    from torch import nn

    emb = nn.Embedding(10, 4)
    head = nn.Linear(4, 10, bias=False)
    head.weight = emb.weight
    s = summarize_model(nn.ModuleDict({"emb": emb, "head": head}))
    by_name = {p["name"]: p["index"] for m in s["modules"] for p in m["parameters"]}
    assert by_name == {"emb.weight": 0, "head.weight": 0}
    assert s["num_parameters"] == 40


def test_summarize_tiny_bert_counts():
    s = summarize_model(build_model("tiny-bert", {"num_labels": 2}))
    assert s["num_parameters"] == s["num_trainable"] == 4_386_178
    names = [p["name"] for m in s["modules"] for p in m["parameters"]]
    assert names == HF_BERT_KEYS_L2
    types = {m["name"]: m["type"] for m in s["modules"]}
    assert types["bert.encoder.layer"] == "ModuleList"
    assert types["bert.encoder.layer.0.attention.self.query"] == "Linear"
    assert types["bert.embeddings.word_embeddings"] == "Embedding"


# ------------------------------------------------------------------------------------------ logits_of
def test_logits_of():
    t = torch.randn(2, 3)

    class Out:
        logits = t

    assert logits_of(t) is t
    assert logits_of(Out()) is t
    assert logits_of((t, torch.zeros(1))) is t
    assert logits_of([t]) is t
    assert logits_of({"logits": t, "loss": None}) is t
    with pytest.raises(WorkerError) as err:
        logits_of("nope")
    assert err.value.code is Code.INVALID_ARGUMENT


# ------------------------------------------------------------------------------------------ user factories
def test_user_example_factory_builds_and_runs(isolated_sys_path):
    model = build_model("my_models:wide_mlp", {"hidden": 64, "num_labels": 10}, python_path=[str(USER_MODELS)])
    assert model(x=torch.randn(3, 1, 28, 28)).shape == (3, 10)
    assert summarize_model(model)["num_parameters"] == 784 * 64 + 64 + 64 * 10 + 10


def test_user_factory_python_path_prepended_once(tmp_path, isolated_sys_path):
    name = _write_module(tmp_path, """
        from torch import nn
        def make(width=3):
            return nn.Linear(2, width)
    """)
    model = build_model(f"{name}:make", {"width": 5}, python_path=[str(tmp_path)])
    assert isinstance(model, nn.Linear) and model.out_features == 5
    build_model(f"{name}:make", {}, python_path=[str(tmp_path)])
    assert sys.path[0] == str(tmp_path)
    assert sys.path.count(str(tmp_path)) == 1


@pytest.mark.parametrize("bad", ["resnet", "pkg.mod", "pkg.mod:", ":fn", "a:b:c", "pkg..mod:fn", "1pkg:fn", "", "hf:"])
def test_unknown_name_lists_builtins_and_syntax(bad):
    with pytest.raises(WorkerError) as err:
        build_model(bad)
    assert err.value.code is Code.INVALID_ARGUMENT
    assert "mlp, cnn, tiny-bert, hf-bert, minilm" in err.value.message
    assert "hf:<dir>" in err.value.message and "package.module:function" in err.value.message


def test_user_factory_module_not_found(tmp_path, isolated_sys_path):
    with pytest.raises(WorkerError) as err:
        build_model("no_such_module_xyz.sub:make", {}, python_path=[str(tmp_path)])
    assert err.value.code is Code.NOT_FOUND
    assert "no_such_module_xyz.sub" in err.value.message and str(tmp_path) in err.value.message


def test_user_factory_missing_dependency(tmp_path, isolated_sys_path):
    name = _write_module(tmp_path, "import not_installed_dep_xyz\n")
    with pytest.raises(WorkerError) as err:
        build_model(f"{name}:make", {}, python_path=[str(tmp_path)])
    assert err.value.code is Code.NOT_FOUND and "not_installed_dep_xyz" in err.value.message


def test_user_factory_import_error_is_reported(tmp_path, isolated_sys_path):
    name = _write_module(tmp_path, "raise RuntimeError('boom at import')\n")
    with pytest.raises(WorkerError) as err:
        build_model(f"{name}:make", {}, python_path=[str(tmp_path)])
    assert err.value.code is Code.INVALID_ARGUMENT and "boom at import" in err.value.message


def test_user_factory_function_missing(tmp_path, isolated_sys_path):
    name = _write_module(tmp_path, "def other():\n    pass\n")
    with pytest.raises(WorkerError) as err:
        build_model(f"{name}:make", {}, python_path=[str(tmp_path)])
    assert err.value.code is Code.NOT_FOUND and "'make'" in err.value.message


def test_user_factory_rejects_kwarg(tmp_path, isolated_sys_path):
    name = _write_module(tmp_path, """
        from torch import nn
        def make(width=3):
            return nn.Linear(2, width)
        def make_kw(**kwargs):
            if "depth" in kwargs:
                raise TypeError("make_kw() got an unexpected keyword argument 'depth'")
            return nn.Linear(2, 2)
    """)
    with pytest.raises(WorkerError) as err:
        build_model(f"{name}:make", {"width": 2, "num_labels": 4}, python_path=[str(tmp_path)])
    assert err.value.code is Code.INVALID_ARGUMENT
    assert "num_labels" in err.value.message and "width" in err.value.message
    with pytest.raises(WorkerError) as err:
        build_model(f"{name}:make_kw", {"depth": 2}, python_path=[str(tmp_path)])
    assert err.value.code is Code.INVALID_ARGUMENT and "depth" in err.value.message


def test_user_factory_must_return_module(tmp_path, isolated_sys_path):
    name = _write_module(tmp_path, "def make():\n    return 42\n")
    with pytest.raises(WorkerError) as err:
        build_model(f"{name}:make", {}, python_path=[str(tmp_path)])
    assert err.value.code is Code.INVALID_ARGUMENT and "nn.Module" in err.value.message


@pytest.mark.parametrize("name", ["os:system", "subprocess:getoutput", "json:loads"])
def test_a_factory_outside_python_path_is_refused_before_importing(name, tmp_path, isolated_sys_path):
    # Issue 14 §5: a peer that can send LoadModel must not be able to run os:system.
    with pytest.raises(WorkerError) as err:
        build_model(name, {}, python_path=[str(tmp_path)])
    assert err.value.code is Code.INVALID_ARGUMENT and "is not in the config's python_path" in err.value.message


def test_python_path_naming_the_workers_own_library_is_refused(isolated_sys_path):
    import os as os_module

    stdlib = os_module.path.dirname(os_module.__file__)
    with pytest.raises(WorkerError) as err:
        build_model("os:system", {}, python_path=[stdlib])
    assert err.value.code is Code.INVALID_ARGUMENT and "holds the worker Python's own library" in err.value.message


def test_the_workers_machine_can_allow_an_installed_package(monkeypatch, isolated_sys_path):
    from moqlab.models.factory import ENV_FACTORY_MODULES

    with pytest.raises(WorkerError):
        build_model("torch.nn:Identity", {})
    monkeypatch.setenv(ENV_FACTORY_MODULES, "torchvision, torch")
    assert isinstance(build_model("torch.nn:Identity", {}), torch.nn.Identity)
