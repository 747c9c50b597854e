// A hand-rolled controller (a bare ROUTER socket) talks to a real worker process, so the test can send
// bytes no well-behaved client would.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import * as zmq from 'zeromq';
import { encodeEnvelope } from '../../src/protocol/envelope.js';
import { PROTOCOL_VERSION, pb, typeNameOf } from '../../src/protocol/messages.js';
import { pythonRuntimeDir } from '../../src/paths.js';
import { ipcEndpoint } from '../../src/transport/router.js';
import { findPython } from '../../src/worker/python.js';

const python = findPython().executable;
const children: ChildProcess[] = [];
const sockets: zmq.Router[] = [];
afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGKILL');
  for (const s of sockets.splice(0)) s.close();
});

describe.each(['pyzmq', 'ctypes'])('worker protocol errors (%s)', (binding) => {
  it('answers garbage, unknown types, bad payloads, wrong versions and requests before Hello with errors and keeps serving; an oversized frame ends the session', async () => {
    const endpoint = ipcEndpoint(randomBytes(6).toString('hex'));
    const router = new zmq.Router({ linger: 0 });
    sockets.push(router);
    await router.bind(endpoint);
    const maxFrame = 1 << 20;
    const args = ['-m', 'moqlab', 'worker', '--connect', endpoint, '--zmq-binding', binding, '--parent-pid', String(process.pid)];
    args.push('--max-frame-bytes', String(maxFrame), '--controller-timeout', '5');
    const child = spawn(python, args, {
      env: { ...process.env, PYTHONPATH: pythonRuntimeDir() },
      stdio: 'ignore',
    });
    children.push(child);
    let peer: Buffer | null = null;
    const next = async () => {
      for (;;) {
        const [id, frame] = await router.receive();
        peer = id as Buffer;
        const env = pb.Envelope.decode(frame as Buffer);
        if (env.type !== typeNameOf(pb.Heartbeat) && env.type !== typeNameOf(pb.Log)) return env;
      }
    };
    expect((await next()).type).toBe(typeNameOf(pb.WorkerReady));
    const send = (bytes: Uint8Array) => router.send([peer as Buffer, bytes]);
    // As a controller does: the worker times out only once these stop reaching it.
    const beats = setInterval(() => void send(encodeEnvelope(pb.Heartbeat, pb.Heartbeat.create({}), { sessionId: 's' }).bytes).catch(() => undefined), 500);
    child.on('exit', () => clearInterval(beats));

    await send(new Uint8Array([0xff, 0xfe, 0x00, 0x13, 0x37]));
    let reply = await next();
    expect(reply.error?.code).toBe(pb.ErrorCode.ERROR_CODE_MALFORMED_MESSAGE);
    expect(reply.inReplyTo).toBe('');

    const unknown = pb.Envelope.create({ messageId: 'u1', type: 'moqlab.v1.NoSuchThing', protocolVersion: PROTOCOL_VERSION });
    await send(pb.Envelope.encode(unknown).finish());
    reply = await next();
    expect(reply.inReplyTo).toBe('u1');
    expect(reply.error?.code).toBe(pb.ErrorCode.ERROR_CODE_UNKNOWN_MESSAGE_TYPE);

    const badPayload = pb.Envelope.create({ messageId: 'u2', type: typeNameOf(pb.LoadModel), protocolVersion: PROTOCOL_VERSION, payload: new Uint8Array([0x0a, 0xff]) });
    await send(pb.Envelope.encode(badPayload).finish());
    reply = await next();
    expect(reply.inReplyTo).toBe('u2');
    expect(reply.error?.code).toBe(pb.ErrorCode.ERROR_CODE_MALFORMED_MESSAGE);

    const future = encodeEnvelope(pb.Ping, pb.Ping.create({}), { sessionId: 's', messageId: 'u3' });
    const env = pb.Envelope.decode(future.bytes);
    env.protocolVersion = 2;
    await send(pb.Envelope.encode(env).finish());
    reply = await next();
    expect(reply.inReplyTo).toBe('u3');
    expect(reply.error?.code).toBe(pb.ErrorCode.ERROR_CODE_PROTOCOL_VERSION_MISMATCH);

    // Issue 14 §5: nothing but Hello before Hello, whatever the request.
    for (const [codec, message, id] of [
      [pb.RunSegment, pb.RunSegment.create({ numSteps: 1 }), 'u4'],
      [pb.Ping, pb.Ping.create({}), 'u5'],
      [pb.LoadModel, pb.LoadModel.create({ spec: { name: 'os:system', kwargsJson: '{}' } }), 'u6'],
    ] as const) {
      await send(encodeEnvelope(codec as never, message as never, { sessionId: 's', messageId: id }).bytes);
      reply = await next();
      expect(reply.inReplyTo).toBe(id);
      expect(reply.error?.code).toBe(pb.ErrorCode.ERROR_CODE_FAILED_PRECONDITION);
      expect(reply.error?.message).toMatch(/before Hello: this worker serves nothing until the handshake$/);
    }
    await send(encodeEnvelope(pb.Hello, pb.Hello.create({ protocolVersion: PROTOCOL_VERSION }), { sessionId: 's', messageId: 'h' }).bytes);
    reply = await next();
    expect(reply.inReplyTo).toBe('h');
    expect(pb.HelloResult.decode(reply.payload).protocolVersion).toBe(PROTOCOL_VERSION);

    const early = encodeEnvelope(pb.RunSegment, pb.RunSegment.create({ numSteps: 1 }), { sessionId: 's', messageId: 'u7' });
    await send(early.bytes);
    reply = await next();
    expect(reply.error?.code).toBe(pb.ErrorCode.ERROR_CODE_FAILED_PRECONDITION);
    expect(reply.error?.message).toMatch(/LoadData, LoadModel and ConfigureTraining/);

    const ping = encodeEnvelope(pb.Ping, pb.Ping.create({ payload: new Uint8Array([7]) }), { sessionId: 's', messageId: 'u8' });
    await send(ping.bytes);
    reply = await next();
    expect(reply.inReplyTo).toBe('u8');
    expect([...pb.Pong.decode(reply.payload).payload]).toEqual([7]);

    // A frame over the cap never reaches the worker's memory: ZeroMQ drops it and ends that connection
    // (a protocol error), and the worker, hearing nothing more, exits after its controller timeout.
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await send(encodeEnvelope(pb.Ping, pb.Ping.create({ payload: new Uint8Array(2 * maxFrame) }), { sessionId: 's', messageId: 'big' }).bytes);
    expect(await exited).toBe(4);
  });
});
