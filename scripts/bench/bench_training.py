"""The training settings the Python benchmarks train with: their own choices, listed in full because the
worker's TrainingConfig has no defaults (moqlab's defaults live in the controller's config)."""

from moqlab.training import DataParallel, NonfinitePolicy, Precision, TrainingConfig

BENCH_SETTINGS = dict(
    lr=1e-3, weight_decay=0.01, beta1=0.9, beta2=0.999, eps=1e-8, warmup_steps=0, total_steps=0, batch_size=32,
    gradient_accumulation_steps=1, max_grad_norm=1.0, precision=Precision.FP32, seed=0, initial_loss_scale=65536.0,
    loss_scale_window=1000, num_threads=0, on_nonfinite=NonfinitePolicy.FAIL, max_nonfinite_steps=10, data_parallel=DataParallel.DDP,
)


def bench_training(**chosen) -> TrainingConfig:
    return TrainingConfig(**{**BENCH_SETTINGS, **chosen})
