"""What this worker can do, reported in the handshake."""

from __future__ import annotations

import os
import platform
import socket
import sys

from ..proto import messages


def _protobuf_info() -> tuple[str, str]:
    import google.protobuf
    from google.protobuf.internal import api_implementation

    return google.protobuf.__version__, api_implementation.Type()


def probe(zmq_kind: str, zmq_version: str):
    caps = messages.Capabilities(
        python_version=platform.python_version(),
        python_executable=sys.executable,
        zmq_version=zmq_version,
        zmq_binding=messages.ZmqBinding.Value("ZMQ_BINDING_" + zmq_kind.upper()),
        pid=os.getpid(),
        hostname=socket.gethostname(),
        platform=platform.platform(),
    )
    caps.protobuf_version, caps.protobuf_implementation = _protobuf_info()
    try:
        import torch
    except Exception as e:  # a broken torch install raises more than ImportError
        caps.torch_error = f"{type(e).__name__}: {e}"
        return caps
    caps.torch_version = torch.__version__
    caps.num_threads = torch.get_num_threads()
    caps.devices.append(messages.Device(name="cpu", description=platform.processor() or platform.machine(), dtypes=["float32", "bfloat16"]))
    caps.cuda_available = torch.cuda.is_available()
    if caps.cuda_available:
        caps.cuda_version = torch.version.cuda or ""
        for i in range(torch.cuda.device_count()):
            props = torch.cuda.get_device_properties(i)
            dtypes = ["float32", "float16"] + (["bfloat16"] if torch.cuda.is_bf16_supported() else [])
            caps.devices.append(
                messages.Device(name=f"cuda:{i}", description=props.name, total_memory_bytes=float(props.total_memory), dtypes=dtypes)
            )
    try:
        import transformers

        caps.transformers_version = transformers.__version__
    except Exception:
        pass
    return caps
