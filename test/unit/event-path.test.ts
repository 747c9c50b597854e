// Issue 14 §1: nothing on the controller's event path may throw out of the socket reader. A bad event or
// a failing handler is dropped and counted; store writes the store refuses are retried, then fatal.
import { describe, expect, it } from 'vitest';
import { ErrorCode, MoqlabError } from '../../src/errors.js';
import { EventRecorder } from '../../src/experiment/recorder.js';
import { encodeEnvelope } from '../../src/protocol/envelope.js';
import { pb } from '../../src/protocol/messages.js';
import type { RouterSocket } from '../../src/transport/router.js';
import { WorkerClient } from '../../src/worker/client.js';

const socket = { send: () => Promise.resolve(), isClosed: false } as unknown as RouterSocket;

function client(): WorkerClient {
  return new WorkerClient(socket, Buffer.from('peer'), 'session', { heartbeatIntervalMs: 3_600_000 });
}

/** An event envelope whose payload is not the message its type names. */
function malformed(type: string): Buffer {
  const envelope = pb.Envelope.create({ messageId: 'm', type, protocolVersion: 1, sessionId: 'session', payload: Uint8Array.from([0xff, 0xff, 0xff]) });
  return Buffer.from(pb.Envelope.encode(envelope).finish());
}

const storeRefused = () => new MoqlabError(ErrorCode.StoreWrite, 'the tracking store s.db refused a write: database is locked (SQLITE_BUSY)');

describe('the worker client on bad events', () => {
  it('drops an event that does not decode, reports it, and keeps dispatching', () => {
    const c = client();
    const errors: string[] = [];
    const beats: number[] = [];
    c.on({ onUnsolicitedError: (e) => errors.push(e.message), onHeartbeat: (b) => beats.push(b.optimizerStep) });
    expect(() => c.dispatch(malformed('moqlab.v1.Heartbeat'))).not.toThrow();
    c.dispatch(Buffer.from(encodeEnvelope(pb.Heartbeat, { optimizerStep: 7 }, { sessionId: 'session' }).bytes));
    expect(errors).toEqual([expect.stringMatching(/^dropped a malformed moqlab\.v1\.Heartbeat event from the worker: /)]);
    expect(beats).toEqual([7]);
    expect(c.droppedEvents).toBe(1);
  });

  it('survives a handler that throws, and one error handler that throws too', () => {
    const c = client();
    const errors: string[] = [];
    c.on({
      onMetrics: () => {
        throw new Error('disk full');
      },
      onUnsolicitedError: (e) => {
        errors.push(e.message);
        throw new Error('and this one too');
      },
    });
    const batch = encodeEnvelope(pb.MetricBatch, { requestId: 'r', points: [] }, { sessionId: 'session' }).bytes;
    expect(() => c.dispatch(Buffer.from(batch))).not.toThrow();
    expect(errors).toEqual(['the onMetrics handler failed on a worker event: disk full']);
    expect(c.droppedEvents).toBe(2);
  });
});

describe('EventRecorder', () => {
  it('retries writes the store refuses, in order, and settles once they land', async () => {
    const written: number[] = [];
    let refusals = 2;
    const recorder = new EventRecorder({ onFatal: () => expect.unreachable(), onDropped: () => expect.unreachable(), retryDelaysMs: [1, 1, 1] });
    recorder.write(() => {
      if (refusals-- > 0) throw storeRefused();
      written.push(1);
    });
    recorder.write(() => written.push(2));
    expect(written).toEqual([]);
    expect(await recorder.settled()).toBeNull();
    expect(written).toEqual([1, 2]);
  });

  it('gives the store error to onFatal when the retries run out, and drops a write that can never succeed', async () => {
    const fatal: string[] = [];
    const dropped: string[] = [];
    const recorder = new EventRecorder({ onFatal: (e) => fatal.push(e.code), onDropped: (e) => dropped.push((e as Error).message), retryDelaysMs: [1, 1] });
    recorder.write(() => {
      throw new Error('a metric point with step NaN');
    });
    let tries = 0;
    recorder.write(() => {
      tries += 1;
      throw storeRefused();
    });
    recorder.write(() => expect.unreachable());
    expect((await recorder.settled())?.code).toBe(ErrorCode.StoreWrite);
    expect(tries).toBe(3);
    expect(fatal).toEqual([ErrorCode.StoreWrite]);
    expect(dropped).toEqual(['a metric point with step NaN']);
    expect(recorder.dropped).toBe(1);
    recorder.write(() => expect.unreachable()); // a failed recorder writes nothing more
  });
});
