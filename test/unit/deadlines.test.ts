// Request deadlines share one timer (src/worker/deadlines.ts); each request must still expire on time,
// and a request that settled must never expire.
import { describe, expect, it } from 'vitest';
import { ErrorCode, MoqlabError } from '../../src/errors.js';
import { encodeEnvelope } from '../../src/protocol/envelope.js';
import { pb } from '../../src/protocol/messages.js';
import type { RouterSocket } from '../../src/transport/router.js';
import { Deadlines } from '../../src/worker/deadlines.js';
import { WorkerClient } from '../../src/worker/client.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('Deadlines', () => {
  it('expires each key at its own deadline, in order, whatever the order they were added in', async () => {
    const expired: Array<[string, number]> = [];
    const start = performance.now();
    const deadlines = new Deadlines<string>((key) => expired.push([key, performance.now() - start]));
    deadlines.add('late', 120);
    deadlines.add('early', 30);
    deadlines.add('middle', 70);
    await sleep(200);
    expect(expired.map(([key]) => key)).toEqual(['early', 'middle', 'late']);
    for (const [key, at] of expired) expect(at).toBeGreaterThanOrEqual({ early: 30, middle: 70, late: 120 }[key]! - 1);
  });

  it('never expires a key that was deleted, and keeps the others', async () => {
    const expired: string[] = [];
    const deadlines = new Deadlines<string>((key) => expired.push(key));
    deadlines.add('answered', 20);
    deadlines.add('lost', 60);
    deadlines.delete('answered');
    await sleep(100);
    expect(expired).toEqual(['lost']);
  });

  it('expires nothing after clear', async () => {
    const expired: string[] = [];
    const deadlines = new Deadlines<string>((key) => expired.push(key));
    deadlines.add('a', 20);
    deadlines.clear();
    await sleep(50);
    expect(expired).toEqual([]);
  });
});

describe('the worker client with deadlines', () => {
  const sent: Uint8Array[] = [];
  const socket = { send: (_peer: Buffer, frame: Uint8Array) => (sent.push(frame), Promise.resolve()), isClosed: false } as unknown as RouterSocket;

  it('rejects an unanswered request with DeadlineExceeded and resolves an answered one', async () => {
    const c = new WorkerClient(socket, Buffer.from('peer'), 'session', { heartbeatIntervalMs: 3_600_000 });
    const lost = c.ping(new Uint8Array(), { deadlineMs: 40 });
    const answered = c.ping(new Uint8Array(), { deadlineMs: 20 });
    const id = pb.Envelope.decode(sent.at(-1)!).messageId;
    c.dispatch(Buffer.from(encodeEnvelope(pb.Pong, pb.Pong.create({}), { sessionId: 'session', inReplyTo: id }).bytes));
    await expect(answered).resolves.toBeInstanceOf(pb.Pong);
    const error = await lost.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MoqlabError);
    expect((error as MoqlabError).code).toBe(ErrorCode.DeadlineExceeded);
    expect((error as MoqlabError).message).toBe('moqlab.v1.Ping got no reply within 40 ms');
    expect(c.pendingTypes()).toEqual([]);
    c.dispose();
  });
});
