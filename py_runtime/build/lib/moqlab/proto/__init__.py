"""Message classes of the wire contract, built at import time from the committed descriptor set.

`scripts/gen-proto.mjs` writes `moqlab_v1.binpb` from proto/moqlab/v1/*.proto. Building classes from
descriptors (instead of protoc-generated modules) works unchanged on protobuf runtimes 4.21 to 7.x.
"""

from __future__ import annotations

import pathlib
import types

from google.protobuf import descriptor_pb2, descriptor_pool, message_factory

PROTOCOL_VERSION = 1
PACKAGE = "moqlab.v1"

_pool = descriptor_pool.DescriptorPool()
_set = descriptor_pb2.FileDescriptorSet.FromString(
    (pathlib.Path(__file__).with_name("moqlab_v1.binpb")).read_bytes()
)
for _file in _set.file:
    _pool.Add(_file)
_file_descriptor = _pool.FindFileByName(_set.file[0].name)


def _message_class(descriptor):
    get = getattr(message_factory, "GetMessageClass", None)  # protobuf >= 4.22
    if get is not None:
        return get(descriptor)
    return message_factory.MessageFactory(_pool).GetPrototype(descriptor)


class _Enum:
    """Name <-> number access to a proto enum, without generated code."""

    def __init__(self, descriptor) -> None:
        self.DESCRIPTOR = descriptor
        for value in descriptor.values:
            setattr(self, value.name, value.number)

    def Name(self, number: int) -> str:
        return self.DESCRIPTOR.values_by_number[number].name

    def Value(self, name: str) -> int:
        return self.DESCRIPTOR.values_by_name[name].number


messages = types.SimpleNamespace(
    **{name: _message_class(d) for name, d in _file_descriptor.message_types_by_name.items()},
    **{name: _Enum(d) for name, d in _file_descriptor.enum_types_by_name.items()},
)

# Full name -> class, for decoding an Envelope's payload by its `type`.
by_type_name = {d.full_name: getattr(messages, name) for name, d in _file_descriptor.message_types_by_name.items()}


def type_name(message) -> str:
    return message.DESCRIPTOR.full_name
