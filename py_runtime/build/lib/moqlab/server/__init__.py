"""The worker's serving side: socket loop, dispatch table, heartbeat and parent-death watchdog.

Nothing here imports torch at module level, so the handshake and protocol errors work even where
torch is broken; handlers import the training stack when they first need it.
"""
