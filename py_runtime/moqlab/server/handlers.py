"""Request handlers: turn wire messages into calls on the training stack and results back into messages.

The training stack (torch, models, data) is imported on first use so that the server answers the
handshake and protocol errors even where torch cannot be imported.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import time
from typing import TYPE_CHECKING

from .. import __version__
from ..errors import Code, WorkerError
from ..proto import PROTOCOL_VERSION, messages, type_name
from . import capabilities
from .dispatch import RequestContext

if TYPE_CHECKING:  # the quant package imports torch, which the handshake must not wait for
    from ..quant import QuantScheme

# Worker-side events are throttled to this interval so a fast training loop does not flood the socket.
EVENT_INTERVAL_S = 0.25


@dataclasses.dataclass
class WorkerState:
    zmq_kind: str
    zmq_version: str
    device: object = None
    model: object = None
    # name, kwargs and python_path of the loaded model: an export rebuilds it to check parity.
    model_spec: dict | None = None
    data: object = None
    trainer: object = None
    # The torchrun gang this process is a rank of (training/gang.py); None for a single process.
    gang: object = None

    @property
    def optimizer_step(self) -> int | None:
        return None if self.trainer is None else self.trainer.optimizer_step

    @property
    def steps_attempted(self) -> int | None:
        return None if self.trainer is None else self.trainer.steps_attempted


def _state(ctx: RequestContext) -> WorkerState:
    return ctx.state  # type: ignore[return-value]


def _phase(name: str) -> int:
    return messages.Phase.Value("PHASE_" + name)


def _status(ctx: RequestContext, phase: str, done: int = 0, total: int = 0, detail: str = "") -> None:
    ctx.emit(messages.Status(request_id=ctx.request_id, phase=_phase(phase), done=done, total=total, detail=detail))


def hello(req, ctx: RequestContext):
    state = _state(ctx)
    caps = capabilities.probe(state.zmq_kind, state.zmq_version)
    caps.world_size = state.gang.world_size if state.gang is not None else 1
    if state.gang is not None:
        caps.distributed_backend = state.gang.backend
    return messages.HelloResult(protocol_version=PROTOCOL_VERSION, worker_version=__version__, capabilities=caps)


def _resolve_device(name: str):
    import torch

    name = (name or "auto").strip()
    if name == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    try:
        device = torch.device(name)
    except RuntimeError as e:
        raise WorkerError(Code.INVALID_ARGUMENT, f"device {name!r} is not a torch device: {e}", device=name)
    if device.type == "cuda":
        if not torch.cuda.is_available():
            raise WorkerError(Code.UNAVAILABLE, f"device {name!r} requested but CUDA is not available to this worker; use device 'cpu' or 'auto'", device=name)
        if device.index is not None and device.index >= torch.cuda.device_count():
            raise WorkerError(Code.INVALID_ARGUMENT, f"device {name!r}: this worker has {torch.cuda.device_count()} CUDA device(s)", device=name)
    return device


def _json_object(text: str, what: str) -> dict:
    if not text:
        return {}
    try:
        value = json.loads(text)
    except json.JSONDecodeError as e:
        raise WorkerError(Code.INVALID_ARGUMENT, f"{what} is not valid JSON: {e}", value=text)
    if not isinstance(value, dict):
        raise WorkerError(Code.INVALID_ARGUMENT, f"{what} must be a JSON object, got {type(value).__name__}", value=text)
    return value


def summary_message(summary: dict):
    out = messages.ModelSummary(
        model_class=summary["model_class"],
        num_parameters=float(summary["num_parameters"]),
        num_trainable=float(summary["num_trainable"]),
    )
    for module in summary["modules"]:
        kind = messages.ModuleKind.Value("MODULE_KIND_" + module["kind"].upper())
        m = out.modules.add(name=module["name"], type=module["type"], kind=kind)
        for p in module["parameters"]:
            m.parameters.add(
                name=p["name"], shape=list(p["shape"]), numel=float(p["numel"]), dtype=p["dtype"], trainable=p["trainable"], index=p["index"]
            )
    return out


def load_model(req, ctx: RequestContext):
    import torch

    from ..models import build_model, factory_accepts, summarize_model

    state = _state(ctx)
    _status(ctx, "LOADING_MODEL", detail=req.spec.name)
    device = _resolve_device(req.device)
    if state.gang is not None:
        device = state.gang.device(device)
    kwargs = _json_object(req.spec.kwargs_json, "model.kwargs")
    python_path = list(req.spec.python_path)
    if req.default_num_labels and "num_labels" not in kwargs and factory_accepts(req.spec.name, "num_labels", python_path):
        kwargs["num_labels"] = req.default_num_labels
    torch.manual_seed(req.seed)
    model = build_model(req.spec.name, kwargs, python_path)
    state.model = model.to(device)
    state.model_spec = {"name": req.spec.name, "kwargs": kwargs, "python_path": python_path}
    state.device = device
    state.trainer = None
    return messages.LoadModelResult(summary=summary_message(summarize_model(state.model)), device=str(device))


def load_data(req, ctx: RequestContext):
    from ..data import DataSpec, TaskType, load_data as load

    wire_task_types = {TaskType.CLASSIFICATION: "TASK_TYPE_CLASSIFICATION", TaskType.REGRESSION: "TASK_TYPE_REGRESSION"}
    state = _state(ctx)
    s = req.spec
    _wire_positive("LoadData.spec", s, "max_seq_len")
    _status(ctx, "LOADING_DATA", detail=s.name)
    tokenizer_dir = ""
    if req.HasField("tokenizer_model"):
        from ..models import checkpoint_of

        m = req.tokenizer_model
        tokenizer_dir = checkpoint_of(m.name, _json_object(m.kwargs_json, "model.kwargs")) or ""
        if not tokenizer_dir:
            raise WorkerError(
                Code.INVALID_ARGUMENT,
                f"LoadData names model {m.name!r} for its tokenizer, but it is not a pretrained checkpoint; set data.vocab_path",
                model=m.name,
            )
    spec = DataSpec(
        name=s.name,
        path=s.path,
        task=s.task,
        vocab_path=s.vocab_path,
        tokenizer_dir=tokenizer_dir,
        max_seq_len=s.max_seq_len,
        max_train_examples=s.max_train_examples,
        max_eval_examples=s.max_eval_examples,
        train_path=s.train_path,
        eval_path=s.eval_path,
        text_columns=tuple(s.text_columns),
        label_column=s.label_column,
        task_type={name: t for t, name in wire_task_types.items()}.get(messages.TaskType.Name(s.task_type)),
        labels=tuple(s.labels),
        format=s.format,
        strict=s.strict,
    )
    data = load(spec, req.seed)
    state.data = data
    state.trainer = None
    for dropped in data.dropped:
        # A warning reaches the controller as a Log event, which the run records.
        logging.getLogger("moqlab.worker").warning("%s", dropped)
    return messages.LoadDataResult(
        train_examples=len(data.train),
        eval_examples=len(data.eval),
        num_labels=data.num_labels,
        task_type=messages.TaskType.Value(wire_task_types[data.task_type]),
        metrics=list(data.metrics),
        eval_split=data.eval_split,
        source=data.source,
        tokenizer=data.tokenizer,
        labels=list(data.labels),
        dropped=[
            messages.DroppedRows(path=d.path, rows=d.rows, total=d.total, first_at=d.first_at, reason=d.reason, action=d.action.value)
            for d in data.dropped
        ],
    )


_PRECISIONS = {"PRECISION_FP32": "fp32", "PRECISION_FP16": "fp16", "PRECISION_BF16": "bf16"}
_NONFINITE = {"NONFINITE_POLICY_FAIL": "fail", "NONFINITE_POLICY_SKIP_STEP": "skip_step"}
_DATA_PARALLEL = {"DATA_PARALLEL_DDP": "ddp", "DATA_PARALLEL_FSDP": "fsdp"}
_KERNELS = {"QUANTIZER_KERNEL_PYTORCH": False, "QUANTIZER_KERNEL_FUSED": True}


def _wire_enum(request: str, field: str, enum_type, value: int, choices: dict):
    """The value a wire enum names. The controller's config is the one home of defaults, so an unspecified
    (or unknown) enum is an error, never a silent default of the worker's."""
    name = enum_type.Name(value) if value in enum_type.DESCRIPTOR.values_by_number else str(value)
    if name not in choices:
        raise WorkerError(
            Code.INVALID_ARGUMENT,
            f"{request}.{field} is {name}; the controller must send one of {', '.join(choices)}",
            field=field,
        )
    return choices[name]


def _wire_positive(request: str, req, *fields: str) -> None:
    """Settings whose 0 (proto3's "not sent") is never valid: the controller sends every one."""
    missing = [f for f in fields if not getattr(req, f)]
    if missing:
        raise WorkerError(
            Code.INVALID_ARGUMENT,
            f"{request} lacks {', '.join(missing)}: the controller sends every setting (its config holds the defaults)",
            fields=missing,
        )


def training_config(req):
    """The TrainingConfig of a ConfigureTraining request: every value comes from the wire (the controller's
    config is the one home of their defaults), checked here once."""
    from ..training import DataParallel, NonfinitePolicy, Precision, TrainingConfig

    what = "ConfigureTraining"
    _wire_positive(what, req, "lr", "eps", "batch_size", "gradient_accumulation_steps", "initial_loss_scale", "loss_scale_window", "max_nonfinite_steps")
    return TrainingConfig(
        lr=req.lr,
        weight_decay=req.weight_decay,
        beta1=req.beta1,
        beta2=req.beta2,
        eps=req.eps,
        warmup_steps=req.warmup_steps,
        total_steps=req.total_steps,
        batch_size=req.batch_size,
        gradient_accumulation_steps=req.gradient_accumulation_steps,
        max_grad_norm=req.max_grad_norm,
        precision=Precision(_wire_enum(what, "precision", messages.Precision, req.precision, _PRECISIONS)),
        seed=req.seed,
        initial_loss_scale=req.initial_loss_scale,
        loss_scale_window=req.loss_scale_window,
        num_threads=req.num_threads,
        on_nonfinite=NonfinitePolicy(_wire_enum(what, "on_nonfinite", messages.NonfinitePolicy, req.on_nonfinite, _NONFINITE)),
        max_nonfinite_steps=req.max_nonfinite_steps,
        data_parallel=DataParallel(_wire_enum(what, "data_parallel", messages.DataParallel, req.data_parallel, _DATA_PARALLEL)),
    )


def configure_training(req, ctx: RequestContext):
    from ..training import Trainer

    state = _state(ctx)
    missing = [what for what, value in (("LoadData", state.data), ("LoadModel", state.model)) if value is None]
    if missing:
        raise WorkerError(Code.FAILED_PRECONDITION, f"ConfigureTraining needs {' and '.join(missing)} first")
    if state.trainer is not None:
        # The trainer cast the model to its working dtype; a second one would start from those weights.
        raise WorkerError(Code.FAILED_PRECONDITION, "ConfigureTraining was already applied to this model; send LoadModel again to start from fresh weights")
    state.trainer = Trainer(state.model, state.data, state.device, training_config(req), gang=state.gang)
    working = state.trainer.working_dtype
    return messages.ConfigureTrainingResult(device=str(state.device), working_dtype=str(working).replace("torch.", ""))


def _trainer(ctx: RequestContext, what: str):
    trainer = _state(ctx).trainer
    if trainer is None:
        raise WorkerError(Code.FAILED_PRECONDITION, f"{what} needs LoadData, LoadModel and ConfigureTraining first")
    return trainer


class _MetricStream:
    """Buffers per-step metric points and sends them, with a Status, at most every EVENT_INTERVAL_S."""

    def __init__(self, ctx: RequestContext, total: int) -> None:
        self.ctx = ctx
        self.total = total
        self.done = 0
        self.points: list = []
        self.last_flush = time.monotonic()

    def on_step(self, record) -> None:
        self.done += 0 if record.skipped else 1
        step, t = record.optimizer_step, record.wall_time
        add = self.points.append
        add(messages.MetricPoint(name="train/loss", step=step, wall_time=t, value=record.loss))
        add(messages.MetricPoint(name="train/lr", step=step, wall_time=t, value=record.lr))
        add(messages.MetricPoint(name="train/grad_norm", step=step, wall_time=t, value=record.grad_norm))
        if record.loss_scale is not None:
            add(messages.MetricPoint(name="train/loss_scale", step=step, wall_time=t, value=record.loss_scale))
        if time.monotonic() - self.last_flush >= EVENT_INTERVAL_S:
            self.flush()

    def on_quant_error(self, tensor: str, step: int, error) -> None:
        t = time.time()
        for key in ("sqnr_db", "rel_mse"):
            self.points.append(messages.MetricPoint(name=f"quant/{key}/{tensor}", step=step, wall_time=t, value=float(error[key])))

    def flush(self) -> None:
        if self.points:
            self.ctx.emit(messages.MetricBatch(request_id=self.ctx.request_id, points=self.points))
            self.points = []
        _status(self.ctx, "TRAINING", self.done, self.total)
        self.last_flush = time.monotonic()


def quant_scheme(t) -> QuantScheme:
    """The typed scheme of one QuantizedTensorSpec: built here once, so nothing below the server sees the wire."""
    from ..quant import Grid, QuantScheme, Rounding

    request = "QuantizedTensorSpec"
    return QuantScheme(
        symmetric=_wire_enum(request, "q_type", messages.QuantType, t.q_type, {
            "QUANT_TYPE_SYMMETRIC": True, "QUANT_TYPE_ASYMMETRIC": False}),
        rounding=_wire_enum(request, "rounding", messages.QuantRounding, t.rounding, {
            "QUANT_ROUNDING_NEAREST": Rounding.NEAREST, "QUANT_ROUNDING_STOCHASTIC": Rounding.STOCHASTIC}),
        grid=_wire_enum(request, "grid", messages.QuantGrid, t.grid, {
            "QUANT_GRID_STANDARD": Grid.STANDARD, "QUANT_GRID_DEEPSPEED": Grid.DEEPSPEED}),
        groups=t.quantize_groups if t.quantize_groups > 1 else None,
        group_size=t.group_size or None,
    )


def configure_quantization(req, ctx: RequestContext):
    from ..training import QuantSpec

    trainer = _trainer(ctx, "ConfigureQuantization")
    specs = {t.name: QuantSpec(index=t.index, scheme=quant_scheme(t)) for t in req.tensors}
    fused = _wire_enum("ConfigureQuantization", "quantizer_kernel", messages.QuantizerKernel, req.quantizer_kernel, _KERNELS)
    trainer.configure_quantization(specs, req.seed, fused_kernel=fused)
    if fused:
        from ..kernels.fake_quant import fused_available

        if not fused_available(trainer.device):
            logging.getLogger("moqlab.worker").warning(
                "quantizer_kernel: the fused Triton rewrite needs CUDA and triton; this run on %s uses the PyTorch "
                "rewrite, which computes the same weights", trainer.device,
            )
    numel = sum(p.numel() for name, p in trainer.master_weights().items() if name in specs)
    return messages.ConfigureQuantizationResult(quantized_parameters=float(numel))


def run_segment(req, ctx: RequestContext):
    from ..training import TensorPlan

    trainer = _trainer(ctx, "RunSegment")
    plan = {
        p.name: TensorPlan(bits=p.bits, mixing=p.mixing, mix_count=p.mix_count, change_ratio=p.change_ratio, report_error=p.report_error)
        for p in req.plan
    }
    stream = _MetricStream(ctx, req.num_steps)
    try:
        summary = trainer.run_steps(
            req.num_steps,
            on_step=stream.on_step,
            should_stop=ctx.cancelled,
            plan=plan,
            quant_counter=req.quant_counter,
            on_quant_error=stream.on_quant_error,
        )
    finally:
        # The steps measured before a failure (the non-finite one included) reach the store too.
        stream.flush()
    if summary.steps_run < req.num_steps and ctx.cancelled():
        ctx.cancel.clear()  # this request took the Cancel; the next one (a checkpoint) runs
        raise WorkerError(Code.CANCELLED, f"segment cancelled after {summary.steps_run} of {req.num_steps} steps", optimizer_step=summary.optimizer_step)
    return messages.RunSegmentResult(
        optimizer_step=summary.optimizer_step,
        steps_run=summary.steps_run,
        skipped_steps=summary.skipped_steps,
        nonfinite_steps=summary.nonfinite_steps,
        mean_loss=summary.mean_loss,
        seconds=summary.seconds,
        examples=summary.examples,
        epoch=summary.epoch,
    )


def evaluate(req, ctx: RequestContext):
    trainer = _trainer(ctx, "Evaluate")
    _wire_positive("Evaluate", req, "batch_size")
    last = [0.0]

    def progress(done: int, total: int) -> None:
        now = time.monotonic()
        if now - last[0] >= EVENT_INTERVAL_S or done == total:
            last[0] = now
            _status(ctx, "EVALUATING", done, total)

    result = trainer.evaluate(req.batch_size, req.max_examples, on_progress=progress)
    return messages.EvaluateResult(
        metrics=result.metrics,
        examples=result.examples,
        loss=result.loss,
        seconds=result.seconds,
        optimizer_step=result.optimizer_step,
    )


def resolve_blocks(req, ctx: RequestContext):
    from ..eigen import resolve_blocks as resolve

    state = _state(ctx)
    if state.model is None:
        raise WorkerError(Code.FAILED_PRECONDITION, "ResolveBlocks needs LoadModel first")
    result = messages.ResolveBlocksResult()
    for index, (name, params) in enumerate(resolve(state.model, req.layer_name, req.layer_num)):
        result.blocks.add(index=index, name=name, parameters=[p for p, _ in params])
    return result


def compute_eigenvalues(req, ctx: RequestContext):
    from ..eigen import EigenConfig

    trainer = _trainer(ctx, "ComputeEigenvalues")
    started = time.perf_counter()
    config = EigenConfig(max_iter=req.max_iter or EigenConfig.max_iter, tol=req.tol or EigenConfig.tol, stability=req.stability)
    blocks = trainer.compute_block_eigenvalues(req.layer_name, req.layer_num, config, req.seed, req.counter)
    result = messages.ComputeEigenvaluesResult(seconds=time.perf_counter() - started)
    for b in blocks:
        result.blocks.add(
            block=b.block, name=b.name, eigenvalue=b.eigenvalue, iterations=b.iterations, converged=b.converged, seconds=b.seconds, hvps=b.hvps
        )
    return result


_DTYPES = {"float16": "float16", "bfloat16": "bfloat16", "float32": "float32"}


def _dtype(name: str, what: str):
    import torch

    if name not in _DTYPES:
        raise WorkerError(Code.INVALID_ARGUMENT, f"{what} {name!r}: expected float16, bfloat16 or float32", value=name)
    return getattr(torch, _DTYPES[name])


def export(req, ctx: RequestContext):
    import torch

    from ..export import TensorExport, export_packed, load_quantized, loaded_form, parity
    from ..kernels import REFERENCE, QuantLinear
    from ..memory import BuiltModel
    from ..models import build_model
    from ..quant import stochastic_generator

    state = _state(ctx)
    trainer = _trainer(ctx, "Export")
    if trainer.sharded:
        raise WorkerError(
            Code.FAILED_PRECONDITION,
            "an FSDP gang holds each weight in shards; export the run's checkpoint in one process (moqlab export RUN does)",
        )
    specs = trainer._rewriter.specs if trainer._rewriter is not None else {}
    masters = trainer.master_weights()
    tensors = []
    for t in req.tensors:
        spec = specs.get(t.name)
        if spec is None:
            raise WorkerError(Code.INVALID_ARGUMENT, f"Export names {t.name}, which ConfigureQuantization did not declare", tensor=t.name)
        generator = stochastic_generator(trainer._rewriter.seed, req.quant_counter, spec.index, masters[t.name].device) if spec.scheme.stochastic else None
        tensors.append(TensorExport(t.name, t.bits, spec.scheme, generator))
    dtype = _dtype(req.dtype, "Export.dtype")  # the controller sends it: its config holds the default
    scale_dtype = _dtype(req.scale_dtype, "scale_dtype") if req.scale_dtype else None
    _status(ctx, "CHECKPOINTING", detail=f"export to {req.out_dir}")
    written = export_packed(trainer.model, masters, tensors, req.out_dir, dtype=dtype, scale_dtype=scale_dtype, model_spec=state.model_spec)
    spec = state.model_spec
    fresh = build_model(spec["name"], spec["kwargs"], spec["python_path"]).to(state.device)
    built = BuiltModel(fresh)
    packed = load_quantized(fresh, req.out_dir)
    n = min(req.parity_examples, len(trainer.data.eval))  # 0: the controller asked for no parity check
    inputs = trainer._to_device(trainer.data.eval.batch(torch.arange(n))[0]) if n else None
    if inputs is not None:
        with torch.no_grad():  # the default backends run once, so that their layouts count in memory
            packed.eval()(**inputs)
    report = built.report(packed)
    memory = {t.name: t for t in report.tensors}
    result = messages.ExportResult(
        out_dir=req.out_dir, bytes=float(written["bytes"]), fp16_bytes=float(written["fp16_bytes"]),
        resident_bytes=float(report.resident), fp32_resident_bytes=float(report.fp32), fp16_resident_bytes=float(report.fp16),
    )
    for t in written["tensors"]:
        held = memory.get(t["name"])
        result.tensors.add(
            name=t["name"], kind=t["kind"], bits=t.get("bits") or 0, packing=t["packing"] or "", bytes=float(t["bytes"]),
            fp16_bytes=float(t["fp16_bytes"]), note=t.get("note", ""),
            loaded_as=loaded_form(packed, t["name"]),
            resident_bytes=float(held.resident if held else 0), fp32_bytes=float(held.fp32 if held else 0),
        )
    if inputs is not None:
        # parity checks the export itself, so it reads the packed weights with the exact oracle; the CPU
        # kernels' bfloat16 activations differ from it by a few 1e-3 (kernels/cpu_backend.py)
        for module in packed.modules():
            if isinstance(module, QuantLinear):
                module.backend = REFERENCE
        checked = parity(trainer.model, packed, inputs)
        result.max_abs, result.sqnr_db, result.agreement, result.parity_examples = checked["max_abs"], checked["sqnr_db"], checked["agreement"], n
    return result


def save_checkpoint(req, ctx: RequestContext):
    trainer = _trainer(ctx, "SaveCheckpoint")
    if not req.path:
        raise WorkerError(Code.INVALID_ARGUMENT, "SaveCheckpoint needs a path")
    _status(ctx, "CHECKPOINTING", detail=req.path)
    from ..training import checkpoint

    size = trainer.save_checkpoint(req.path, req.controller_state)
    if trainer.gang is not None and not trainer.gang.leader:
        return messages.SaveCheckpointResult(path=req.path, optimizer_step=trainer.optimizer_step)
    return messages.SaveCheckpointResult(
        path=req.path, bytes=float(size), optimizer_step=trainer.optimizer_step, sha256=checkpoint.checksum(req.path)
    )


def load_checkpoint(req, ctx: RequestContext):
    import os

    trainer = _trainer(ctx, "LoadCheckpoint")
    if not os.path.isfile(req.path):
        raise WorkerError(Code.NOT_FOUND, f"checkpoint {req.path!r} does not exist", path=req.path)
    _status(ctx, "CHECKPOINTING", detail=req.path)
    controller_state = trainer.load_checkpoint(req.path, req.sha256)
    return messages.LoadCheckpointResult(optimizer_step=trainer.optimizer_step, controller_state=controller_state)


HANDLERS = {
    type_name(messages.Hello): hello,
    type_name(messages.LoadModel): load_model,
    type_name(messages.LoadData): load_data,
    type_name(messages.ConfigureTraining): configure_training,
    type_name(messages.ConfigureQuantization): configure_quantization,
    type_name(messages.RunSegment): run_segment,
    type_name(messages.ResolveBlocks): resolve_blocks,
    type_name(messages.ComputeEigenvalues): compute_eigenvalues,
    type_name(messages.Export): export,
    type_name(messages.Evaluate): evaluate,
    type_name(messages.SaveCheckpoint): save_checkpoint,
    type_name(messages.LoadCheckpoint): load_checkpoint,
}
