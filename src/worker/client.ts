/** Typed requests to one worker over a RouterSocket: replies, events, deadlines, heartbeats. */
import { ErrorCode, MoqlabError } from '../errors.js';
import { decodePayload, encodeEnvelope, replyError, decodeEnvelope, type Envelope } from '../protocol/envelope.js';
import { type Decoder, type Encoder, PROTOCOL_VERSION, moqlab, pb, typeNameOf } from '../protocol/messages.js';
import type { RouterSocket } from '../transport/router.js';
import { packageVersion } from '../paths.js';
import { Deadlines } from './deadlines.js';

type M = typeof moqlab.v1;

export interface WorkerEventHandlers {
  onMetrics?(batch: moqlab.v1.MetricBatch): void;
  onLog?(log: moqlab.v1.Log): void;
  onStatus?(status: moqlab.v1.Status): void;
  onHeartbeat?(beat: moqlab.v1.Heartbeat): void;
  /**
   * An error envelope that answers no pending request (e.g. the worker could not parse something), an
   * event that did not decode, or an event handler that threw: the event is dropped and counted.
   */
  onUnsolicitedError?(error: MoqlabError): void;
}

export interface ClientOptions {
  heartbeatIntervalMs?: number;
  /** Fail every request when the worker is silent this long. */
  heartbeatTimeoutMs?: number;
}

export interface CallOptions {
  /** Reject with DeadlineExceeded when no reply arrives in time; none by default. */
  deadlineMs?: number;
}

interface Pending {
  type: string;
  codec: Decoder<unknown>;
  resolve(value: unknown): void;
  reject(error: Error): void;
  deadlineMs?: number;
}

export const DEFAULT_HEARTBEAT_INTERVAL_MS = 1000;
export const DEFAULT_HEARTBEAT_TIMEOUT_MS = 15_000;

export class WorkerClient {
  private readonly pending = new Map<string, Pending>();
  private readonly deadlines = new Deadlines<string>((id) => this.expire(id));
  private readonly listeners = new Set<WorkerEventHandlers>();
  private failure: MoqlabError | null = null;
  // A monotonic clock: a wall clock that is stepped (NTP, a suspended VM) must not read as silence.
  private lastHeard = performance.now();
  private readonly ticker: NodeJS.Timeout;
  readonly heartbeatIntervalMs: number;
  private readonly heartbeatTimeoutMs: number;
  lastHeartbeat: moqlab.v1.Heartbeat | null = null;
  /** Events dropped because they did not decode or a handler threw on them. */
  droppedEvents = 0;

  constructor(
    private readonly socket: RouterSocket,
    private readonly peer: Buffer,
    readonly sessionId: string,
    options: ClientOptions = {},
  ) {
    this.heartbeatIntervalMs = options.heartbeatIntervalMs ?? DEFAULT_HEARTBEAT_INTERVAL_MS;
    this.heartbeatTimeoutMs = options.heartbeatTimeoutMs ?? DEFAULT_HEARTBEAT_TIMEOUT_MS;
    this.ticker = setInterval(() => this.tick(), this.heartbeatIntervalMs);
    this.ticker.unref();
  }

  /** Registers event handlers; returns a function that removes them. */
  on(handlers: WorkerEventHandlers): () => void {
    this.listeners.add(handlers);
    return () => this.listeners.delete(handlers);
  }

  get failed(): MoqlabError | null {
    return this.failure;
  }

  /** Requests in flight, by message type (for error reports). */
  pendingTypes(): string[] {
    return [...this.pending.values()].map((p) => p.type);
  }

  /** Sends one request and resolves with its decoded result, or rejects with a typed error. */
  call<Req, Res>(reqCodec: Encoder<Req>, request: Req, resCodec: Decoder<Res>, options: CallOptions = {}): Promise<Res> {
    if (this.failure) return Promise.reject(this.failure);
    const { id, bytes } = encodeEnvelope(reqCodec, request, { sessionId: this.sessionId });
    const type = typeNameOf(reqCodec);
    return new Promise<Res>((resolve, reject) => {
      // Sent before the bookkeeping, which then overlaps the round trip: the reply is read on a later turn.
      this.socket.send(this.peer, bytes).catch((e: Error) => {
        this.settle(id)?.reject(new MoqlabError(ErrorCode.WorkerDied, `could not send ${type} to the worker: ${e.message}`, { cause: e }));
      });
      this.pending.set(id, { type, codec: resCodec, resolve: resolve as (v: unknown) => void, reject, deadlineMs: options.deadlineMs });
      if (options.deadlineMs !== undefined) this.deadlines.add(id, options.deadlineMs);
    });
  }

  /** Sends an event that expects no reply. */
  notify<P>(codec: Encoder<P>, message: P): void {
    if (this.failure || this.socket.isClosed) return;
    const { bytes } = encodeEnvelope(codec, message, { sessionId: this.sessionId });
    this.socket.send(this.peer, bytes).catch(() => undefined);
  }

  /** Handles one frame from this worker. */
  dispatch(frame: Buffer): void {
    this.lastHeard = performance.now();
    let envelope: Envelope;
    try {
      envelope = decodeEnvelope(frame);
    } catch (e) {
      this.emit('onUnsolicitedError', e as MoqlabError);
      return;
    }
    if (envelope.inReplyTo) {
      const entry = this.settle(envelope.inReplyTo);
      if (!entry) return; // late reply to a request that already timed out
      if (envelope.error) entry.reject(replyError(envelope.error, entry.type));
      else {
        try {
          entry.resolve(decodePayload(envelope, entry.codec));
        } catch (e) {
          entry.reject(e as Error);
        }
      }
      return;
    }
    if (envelope.error) {
      this.emit('onUnsolicitedError', replyError(envelope.error, 'unknown request'));
      return;
    }
    this.dispatchEvent(envelope);
  }

  /** Never throws: it runs in the socket's one reader, and a bad event must not end the session. */
  private dispatchEvent(envelope: Envelope): void {
    try {
      this.decodeEvent(envelope);
    } catch (e) {
      this.droppedEvents += 1;
      this.emit('onUnsolicitedError', new MoqlabError(ErrorCode.WorkerError, `dropped a malformed ${envelope.type} event from the worker: ${(e as Error).message}`, { cause: e }));
    }
  }

  private decodeEvent(envelope: Envelope): void {
    switch (envelope.type) {
      case typeNameOf(pb.Heartbeat): {
        const beat = pb.Heartbeat.decode(envelope.payload);
        this.lastHeartbeat = beat;
        this.emit('onHeartbeat', beat);
        break;
      }
      case typeNameOf(pb.MetricBatch):
        this.emit('onMetrics', pb.MetricBatch.decode(envelope.payload));
        break;
      case typeNameOf(pb.Log):
        this.emit('onLog', pb.Log.decode(envelope.payload));
        break;
      case typeNameOf(pb.Status):
        this.emit('onStatus', pb.Status.decode(envelope.payload));
        break;
      default:
        break; // WorkerReady repeats and future event types are safe to ignore
    }
  }

  private emit<K extends keyof WorkerEventHandlers>(kind: K, value: Parameters<NonNullable<WorkerEventHandlers[K]>>[0]): void {
    for (const l of this.listeners) {
      try {
        (l[kind] as ((v: typeof value) => void) | undefined)?.(value);
      } catch (e) {
        this.droppedEvents += 1;
        // A handler of errors that throws has nowhere left to report to.
        if (kind !== 'onUnsolicitedError') {
          this.emit('onUnsolicitedError', new MoqlabError(ErrorCode.WorkerError, `the ${kind} handler failed on a worker event: ${(e as Error).message}`, { cause: e }));
        }
      }
    }
  }

  private settle(id: string): Pending | undefined {
    const entry = this.pending.get(id);
    if (!entry) return undefined;
    this.pending.delete(id);
    if (entry.deadlineMs !== undefined) this.deadlines.delete(id);
    return entry;
  }

  private expire(id: string): void {
    const entry = this.settle(id);
    entry?.reject(new MoqlabError(ErrorCode.DeadlineExceeded, `${entry.type} got no reply within ${entry.deadlineMs} ms`, { details: { request: entry.type } }));
  }

  private tick(): void {
    if (this.failure) return;
    const silent = performance.now() - this.lastHeard;
    if (silent > this.heartbeatTimeoutMs) {
      this.fail(
        new MoqlabError(ErrorCode.WorkerUnresponsive, `the worker sent nothing for ${(silent / 1000).toFixed(1)} s (no heartbeat)`, {
          hint: 'it may be frozen, swapping, or cut off from the network; check the worker host',
          details: { pending: this.pendingTypes().join(',') },
        }),
      );
      return;
    }
    // A gang's rank 0 answers for every rank; a rank whose pulse stopped (stopped, swapping, cut off)
    // would otherwise only show as a stall, much later and without its name.
    const ranks = (this.lastHeartbeat?.ranks ?? []) as moqlab.v1.RankPulse[]; // decoded: every field is set
    const quiet = ranks.find((r) => r.silentSeconds * 1000 > this.heartbeatTimeoutMs);
    if (quiet) {
      this.fail(
        new MoqlabError(
          ErrorCode.WorkerUnresponsive,
          `rank ${quiet.rank} of the worker's ${ranks.length}-rank gang sent no pulse for ${quiet.silentSeconds.toFixed(1)} s (last seen at ${quiet.at || 'an unknown place'}, after ${quiet.stepsAttempted} steps)`,
          { hint: 'that process may be stopped, swapping, or its machine cut off from the others; check it', details: { rank: String(quiet.rank) } },
        ),
      );
      return;
    }
    this.notify(pb.Heartbeat, pb.Heartbeat.create({ uptimeSeconds: process.uptime() }));
  }

  /** Marks the worker lost: every pending and future request rejects with `error`. */
  fail(error: MoqlabError): void {
    if (this.failure) return;
    this.failure = error;
    clearInterval(this.ticker);
    this.deadlines.clear();
    for (const [id, entry] of [...this.pending]) {
      this.settle(id);
      entry.reject(error);
    }
  }

  /** Stops timers without failing pending requests (used after a clean shutdown). */
  dispose(): void {
    clearInterval(this.ticker);
    this.fail(new MoqlabError(ErrorCode.WorkerDied, 'the worker session is closed'));
  }

  // --- typed requests ----------------------------------------------------------------------------

  hello(options: CallOptions = {}): Promise<moqlab.v1.HelloResult> {
    const req = pb.Hello.create({ protocolVersion: PROTOCOL_VERSION, controllerVersion: packageVersion(), heartbeatIntervalMs: this.heartbeatIntervalMs });
    return this.call(pb.Hello, req, pb.HelloResult, options);
  }

  ping(payload: Uint8Array = new Uint8Array(), options: CallOptions = { deadlineMs: 10_000 }): Promise<moqlab.v1.Pong> {
    return this.call(pb.Ping, pb.Ping.create({ payload }), pb.Pong, options);
  }

  loadModel(request: Parameters<M['LoadModel']['create']>[0], options?: CallOptions): Promise<moqlab.v1.LoadModelResult> {
    return this.call(pb.LoadModel, pb.LoadModel.create(request), pb.LoadModelResult, options);
  }

  loadData(request: Parameters<M['LoadData']['create']>[0], options?: CallOptions): Promise<moqlab.v1.LoadDataResult> {
    return this.call(pb.LoadData, pb.LoadData.create(request), pb.LoadDataResult, options);
  }

  configureTraining(request: Parameters<M['ConfigureTraining']['create']>[0], options?: CallOptions): Promise<moqlab.v1.ConfigureTrainingResult> {
    return this.call(pb.ConfigureTraining, pb.ConfigureTraining.create(request), pb.ConfigureTrainingResult, options);
  }

  configureQuantization(request: Parameters<M['ConfigureQuantization']['create']>[0], options?: CallOptions): Promise<moqlab.v1.ConfigureQuantizationResult> {
    return this.call(pb.ConfigureQuantization, pb.ConfigureQuantization.create(request), pb.ConfigureQuantizationResult, options);
  }

  resolveBlocks(request: Parameters<M['ResolveBlocks']['create']>[0], options?: CallOptions): Promise<moqlab.v1.ResolveBlocksResult> {
    return this.call(pb.ResolveBlocks, pb.ResolveBlocks.create(request), pb.ResolveBlocksResult, options);
  }

  computeEigenvalues(request: Parameters<M['ComputeEigenvalues']['create']>[0], options?: CallOptions): Promise<moqlab.v1.ComputeEigenvaluesResult> {
    return this.call(pb.ComputeEigenvalues, pb.ComputeEigenvalues.create(request), pb.ComputeEigenvaluesResult, options);
  }

  export(request: Parameters<M['Export']['create']>[0], options?: CallOptions): Promise<moqlab.v1.ExportResult> {
    return this.call(pb.Export, pb.Export.create(request), pb.ExportResult, options);
  }

  runSegment(request: Parameters<M['RunSegment']['create']>[0], options?: CallOptions): Promise<moqlab.v1.RunSegmentResult> {
    return this.call(pb.RunSegment, pb.RunSegment.create(request), pb.RunSegmentResult, options);
  }

  evaluate(request: Parameters<M['Evaluate']['create']>[0], options?: CallOptions): Promise<moqlab.v1.EvaluateResult> {
    return this.call(pb.Evaluate, pb.Evaluate.create(request), pb.EvaluateResult, options);
  }

  /** `controllerState` (e.g. the serialized bit schedule) is stored in the checkpoint and given back by loadCheckpoint. */
  saveCheckpoint(path: string, controllerState = '', options?: CallOptions): Promise<moqlab.v1.SaveCheckpointResult> {
    return this.call(pb.SaveCheckpoint, pb.SaveCheckpoint.create({ path, controllerState }), pb.SaveCheckpointResult, options);
  }

  /** `sha256`: the checksum recorded when the file was written ('' skips the check). */
  loadCheckpoint(path: string, sha256 = '', options?: CallOptions): Promise<moqlab.v1.LoadCheckpointResult> {
    return this.call(pb.LoadCheckpoint, pb.LoadCheckpoint.create({ path, sha256 }), pb.LoadCheckpointResult, options);
  }

  /** Asks the worker to stop the request in flight at its next safe point (a RunSegment answers CANCELLED). */
  cancel(): void {
    this.notify(pb.Cancel, pb.Cancel.create({}));
  }

  shutdown(reason: string, options: CallOptions = { deadlineMs: 10_000 }): Promise<moqlab.v1.ShutdownResult> {
    return this.call(pb.Shutdown, pb.Shutdown.create({ reason }), pb.ShutdownResult, options);
  }
}
