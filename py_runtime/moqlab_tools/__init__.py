"""Developer tools for moqlab's kernels, kept out of the runtime package (ARCHITECTURE.md): the worker
never imports them.

- :mod:`.bench`: ``QuantLinear`` against ``F.linear`` over the spec's shapes (``moqlab bench kernels``);
- :mod:`.sass`: the Triton kernels compiled for an NVIDIA GPU without one, and their machine code read;
- :mod:`.tune`: the tile tuner that writes ``moqlab/kernels/tuned/*.json`` on a GPU.

Each is ``python -m moqlab_tools.<tool> --help``; :mod:`.cli` is their shared scaffold.
"""
