"""Conformance peer for test/integration/conformance.test.ts.

Reads length-prefixed (type name, bytes) records written by TypeScript, decodes each with the Python
classes, re-encodes it, and writes the records back; then appends messages built here, for TypeScript
to check field by field.
"""

import math
import struct
import sys

sys.path.insert(0, sys.argv[3])
from moqlab.proto import by_type_name, messages  # noqa: E402


def read_records(path):
    data = open(path, "rb").read()
    pos = 0
    while pos < len(data):
        (name_len,) = struct.unpack_from("<I", data, pos)
        pos += 4
        name = data[pos : pos + name_len].decode()
        pos += name_len
        (size,) = struct.unpack_from("<I", data, pos)
        pos += 4
        yield name, data[pos : pos + size]
        pos += size


def write_record(out, name, payload):
    out.write(struct.pack("<I", len(name)) + name.encode() + struct.pack("<I", len(payload)) + payload)


with open(sys.argv[2], "wb") as out:
    for name, payload in read_records(sys.argv[1]):
        message = by_type_name[name].FromString(payload)
        write_record(out, name, message.SerializeToString())
    caps = messages.Capabilities(
        python_version="3.x", torch_version="2.11.0+cu130", zmq_binding=messages.ZmqBinding.ZMQ_BINDING_CTYPES, pid=4242,
        hostname="gpü-box",
    )
    caps.devices.add(name="cuda:0", description="NVIDIA H100", total_memory_bytes=85520809984.0, dtypes=["float32", "bfloat16"])
    caps.kernels.add(name="w4a16", available=False, reason="no triton")
    write_record(out, "moqlab.v1.Capabilities", caps.SerializeToString())
    batch = messages.MetricBatch(request_id="r1")
    for i, v in enumerate([0.1 + 0.2, math.nan, math.inf, -math.inf, 5e-324]):
        batch.points.add(name="train/loss", step=i, wall_time=1763790000.123456, value=v)
    write_record(out, "moqlab.v1.MetricBatch", batch.SerializeToString())
    err = messages.Error(code=messages.ErrorCode.ERROR_CODE_OUT_OF_MEMORY, message="CUDA out of memory", details={"traceback": "line 1\nline 2", "device": "cuda:0"})
    write_record(out, "moqlab.v1.Error", err.SerializeToString())
