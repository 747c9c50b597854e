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
  it('answers garbage, unknown types, bad payloads and wrong versions with errors, and keeps serving', async () => {
    const endpoint = ipcEndpoint(randomBytes(6).toString('hex'));
    const router = new zmq.Router({ linger: 0 });
    sockets.push(router);
    await router.bind(endpoint);
    const child = spawn(python, ['-m', 'moqlab', 'worker', '--connect', endpoint, '--zmq-binding', binding, '--parent-pid', String(process.pid)], {
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

    const early = encodeEnvelope(pb.RunSegment, pb.RunSegment.create({ numSteps: 1 }), { sessionId: 's', messageId: 'u4' });
    await send(early.bytes);
    reply = await next();
    expect(reply.error?.code).toBe(pb.ErrorCode.ERROR_CODE_FAILED_PRECONDITION);
    expect(reply.error?.message).toMatch(/LoadData, LoadModel and ConfigureTraining/);

    const ping = encodeEnvelope(pb.Ping, pb.Ping.create({ payload: new Uint8Array([7]) }), { sessionId: 's', messageId: 'u5' });
    await send(ping.bytes);
    reply = await next();
    expect(reply.inReplyTo).toBe('u5');
    expect([...pb.Pong.decode(reply.payload).payload]).toEqual([7]);
  });
});
