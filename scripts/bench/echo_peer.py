"""Raw ZeroMQ echo peer for `npm run bench:rpc`: the same socket type and binding as the worker, no
protobuf, no dispatch. Usage: python echo_peer.py ENDPOINT [pyzmq|ctypes]"""

import sys

from moqlab.server.zmqlib import DEALER, open_context

ctx = open_context(sys.argv[2] if len(sys.argv) > 2 else None)
sock = ctx.socket(DEALER)
sock.connect(sys.argv[1])
sock.send([b"ready"])
while True:
    frames = sock.recv()
    if frames == [b"stop"]:
        break
    sock.send(frames)
sock.close()
ctx.term()
