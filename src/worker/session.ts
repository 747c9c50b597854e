/** A worker session: a local worker process we spawn and supervise, or a remote one that connects. */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { constants as osConstants } from 'node:os';
import { ErrorCode, MoqlabError } from '../errors.js';
import { decodeEnvelope } from '../protocol/envelope.js';
import { PROTOCOL_VERSION, type moqlab, pb, typeNameOf } from '../protocol/messages.js';
import { RouterSocket, ipcEndpoint } from '../transport/router.js';
import { type ClientOptions, WorkerClient } from './client.js';
import { INSTALL_HINT, findPython, pythonProcessEnv } from './python.js';
import { controllerCurve } from './keys.js';
import { type GangLaunch, launcherArgs } from './gang.js';

export enum ZmqBinding {
  Pyzmq = 'pyzmq',
  Ctypes = 'ctypes',
}

export interface WorkerExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface SessionOptions extends ClientOptions {
  /** Handshake deadline: process start, torch import and the Hello round trip. */
  handshakeTimeoutMs?: number;
}

export interface LocalWorkerOptions extends SessionOptions {
  /** Interpreter to use; default: MOQLAB_PYTHON, then the first candidate with torch. */
  python?: string;
  env?: NodeJS.ProcessEnv;
  zmqBinding?: ZmqBinding;
  /** Each line the worker writes to stderr (its log). */
  onStderr?: (line: string) => void;
  /** The worker exits when it hears nothing from the controller this long. */
  controllerTimeoutS?: number;
  /** Start the worker as a local torchrun gang of this many ranks (data parallel); default 1, a single process. */
  nprocPerNode?: number;
}

const STDERR_TAIL_LINES = 40;

/** Keeps the last lines a process wrote. */
class LineTail {
  private partial = '';
  readonly lines: string[] = [];
  constructor(private readonly onLine?: (line: string) => void) {}

  push(chunk: Buffer): void {
    const parts = (this.partial + chunk.toString('utf8')).split('\n');
    this.partial = parts.pop() ?? '';
    for (const line of parts) this.add(line);
  }

  private add(line: string): void {
    this.lines.push(line);
    if (this.lines.length > STDERR_TAIL_LINES) this.lines.shift();
    this.onLine?.(line);
  }

  text(): string {
    return [...this.lines, ...(this.partial ? [this.partial] : [])].join('\n');
  }
}

export class WorkerSession {
  private closing: Promise<void> | null = null;

  constructor(
    readonly client: WorkerClient,
    readonly hello: moqlab.v1.HelloResult,
    readonly endpoint: string,
    /** The socket this session owns and closes; null for a listener's, which the listener closes. */
    private readonly socket: RouterSocket | null,
    readonly process: ChildProcess | null,
    readonly exited: Promise<WorkerExit> | null,
    readonly python: string | null,
    /** Stops the worker's processes at once (a gang's whole process group). */
    private readonly kill: () => void = () => process?.kill('SIGKILL'),
  ) {}

  /** Ranks of the worker's torchrun gang (1 for a single process). */
  get worldSize(): number {
    return this.capabilities.worldSize || 1;
  }

  get capabilities(): moqlab.v1.Capabilities {
    return this.hello.capabilities as moqlab.v1.Capabilities;
  }

  /** Asks the worker to shut down, waits for it to exit, and kills it if it does not. Idempotent. */
  close(options: { timeoutMs?: number } = {}): Promise<void> {
    this.closing ??= this.shutDown(options.timeoutMs ?? 5000);
    return this.closing;
  }

  private async shutDown(timeoutMs: number): Promise<void> {
    // A worker that stopped answering cannot be asked to shut down: stop it at once.
    if (this.client.failed) this.kill();
    else await this.client.shutdown('session closed', { deadlineMs: timeoutMs }).catch(() => undefined);
    this.client.dispose();
    if (this.process && this.exited) {
      const exitedInTime = await Promise.race([this.exited.then(() => true), delay(timeoutMs).then(() => false)]);
      if (!exitedInTime) {
        this.kill();
        await this.exited;
      }
    }
    await this.socket?.close();
  }
}

/**
 * Stops a torchrun agent started in a process group of its own (`detached`) and its ranks. torchrun
 * starts each rank in a session of its own, so the agent's group does not reach them, and a rank that
 * cannot run (stopped, swapping) would outlive its agent: each rank's group is killed too.
 */
function killGang(agent: ChildProcess): void {
  if (agent.pid === undefined) return;
  for (const group of [...childPids(agent.pid), agent.pid]) {
    try {
      process.kill(-group, 'SIGKILL');
    } catch {
      // not a group leader, or gone already
    }
  }
}

/** The children of process `pid` (Linux's /proc; none elsewhere). */
function childPids(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8')
        .split(' ')
        .filter((p) => /^\d+$/.test(p))
        .map(Number),
    );
  } catch {
    return [];
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

function describeExit(exit: WorkerExit): string {
  return exit.signal ? `was killed by ${exit.signal}` : `exited with status ${exit.code}`;
}

/**
 * The rank whose failure ended a torchrun gang, from the "Root Cause" of torchrun's summary on stderr
 * ("rank : 1 (local_rank: 1)" then "exitcode : -9"); null when the text names none.
 */
export function failedRank(stderr: string): { rank: number; exitCode: number } | null {
  const rootCause = stderr.lastIndexOf('Root Cause');
  if (rootCause < 0) return null;
  const match = /rank\s*:\s*(\d+)\s*\(local_rank:\s*\d+\)\s*\n\s*exitcode\s*:\s*(-?\d+)/.exec(stderr.slice(rootCause));
  return match ? { rank: Number(match[1]), exitCode: Number(match[2]) } : null;
}

function describeRankExit(exitCode: number): string {
  if (exitCode >= 0) return `exited with status ${exitCode}`;
  const signal = Object.entries(osConstants.signals).find(([, n]) => n === -exitCode)?.[0];
  return `was killed by ${signal ?? `signal ${-exitCode}`}`;
}

/**
 * Reads a ROUTER socket: the frames of each worker that announced itself (WorkerReady) and was
 * attached go to its client; announced workers wait in line for `next`; anything else is ignored.
 */
class PeerRouter {
  private readonly clients = new Map<string, WorkerClient>();
  private readonly announced = new Set<string>();
  private readonly waiting: Buffer[] = [];
  private readonly takers: Array<(peer: Buffer) => void> = [];

  constructor(socket: RouterSocket) {
    const readyType = typeNameOf(pb.WorkerReady);
    socket.listen((peer, frame) => {
      const key = peer.toString('hex');
      const client = this.clients.get(key);
      if (client) return client.dispatch(frame);
      if (this.announced.has(key)) return;
      try {
        if (decodeEnvelope(frame).type !== readyType) return;
      } catch {
        return; // not one of ours
      }
      this.announced.add(key);
      const id = Buffer.from(peer);
      const take = this.takers.shift();
      if (take) take(id);
      else this.waiting.push(id);
    });
  }

  /** The next worker that announces itself (or already did and was not taken); null after `timeoutMs`. */
  next(timeoutMs: number): Promise<Buffer | null> {
    const peer = this.waiting.shift();
    if (peer) return Promise.resolve(peer);
    return new Promise((resolve) => {
      const take = (id: Buffer) => {
        clearTimeout(timer);
        resolve(id);
      };
      const timer = setTimeout(() => {
        this.takers.splice(this.takers.indexOf(take), 1);
        resolve(null);
      }, timeoutMs);
      timer.unref();
      this.takers.push(take);
    });
  }

  attach(peer: Buffer, client: WorkerClient): void {
    this.clients.set(peer.toString('hex'), client);
  }
}

async function handshake(client: WorkerClient, timeoutMs: number, describe: () => string): Promise<moqlab.v1.HelloResult> {
  let hello: moqlab.v1.HelloResult;
  try {
    hello = await client.hello({ deadlineMs: timeoutMs });
  } catch (e) {
    throw new MoqlabError(ErrorCode.WorkerStartFailed, `the worker did not complete the handshake: ${(e as Error).message}${describe()}`, { cause: e });
  }
  if (hello.protocolVersion !== PROTOCOL_VERSION) {
    throw new MoqlabError(ErrorCode.ProtocolMismatch, `the worker speaks protocol v${hello.protocolVersion}, this controller v${PROTOCOL_VERSION}`, {
      hint: 'install the same moqlab version on the controller and the worker machine',
    });
  }
  const caps = hello.capabilities;
  if (!caps?.torchVersion) {
    throw new MoqlabError(ErrorCode.WorkerStartFailed, `the worker's Python (${caps?.pythonExecutable}) cannot import torch: ${caps?.torchError}`, {
      hint: INSTALL_HINT,
    });
  }
  return hello;
}

/** Spawns a worker process on this machine, connects it over a private ipc endpoint, and shakes hands. */
export async function startLocalWorker(options: LocalWorkerOptions = {}): Promise<WorkerSession> {
  const env = options.env ?? process.env;
  const python = options.python ?? findPython(env).executable;
  const sessionId = randomBytes(8).toString('hex');
  const socket = await RouterSocket.bind(ipcEndpoint(sessionId));
  const handshakeTimeoutMs = options.handshakeTimeoutMs ?? 120_000;
  const heartbeatMs = options.heartbeatIntervalMs ?? 1000;
  const ranks = options.nprocPerNode ?? 1;
  // A gang: torchrun starts the ranks (rank 0 connects here) and stops them all when one fails.
  const args = [...launcherArgs({ nprocPerNode: ranks }), 'moqlab', 'worker', '--connect', socket.endpoint, '--session', sessionId, '--parent-pid', String(process.pid)];
  args.push('--heartbeat-ms', String(heartbeatMs), '--controller-timeout', String(options.controllerTimeoutS ?? 60));
  if (options.zmqBinding) args.push('--zmq-binding', options.zmqBinding);
  const { child, tail, exited } = spawnWorker(python, args, env, ranks > 1, options.onStderr);
  const kill = () => (ranks > 1 ? killGang(child) : child.kill('SIGKILL'));
  const spawnError = new Promise<Error>((resolve) => child.on('error', resolve));
  const stderrNote = () => {
    const text = tail.text().trim();
    return text ? `\n--- worker stderr (last lines) ---\n${text}` : '';
  };
  const fail = async (message: string, cause?: unknown): Promise<never> => {
    kill();
    await socket.close();
    throw new MoqlabError(ErrorCode.WorkerStartFailed, message + stderrNote(), { cause, hint: INSTALL_HINT, details: { python } });
  };

  const router = new PeerRouter(socket);
  const first = await Promise.race([
    router.next(handshakeTimeoutMs).then((peer) => (peer ? { peer } : { timeout: true as const })),
    exited.then((exit) => ({ exit })),
    spawnError.then((error) => ({ error })),
  ]);
  if ('error' in first) return fail(`could not start ${python}: ${first.error.message}`, first.error);
  if ('exit' in first) return fail(`the worker (${python}) ${describeExit(first.exit)} before connecting`);
  if ('timeout' in first) return fail(`the worker (${python}) did not connect within ${handshakeTimeoutMs} ms`);

  const client = new WorkerClient(socket, first.peer, sessionId, options);
  router.attach(first.peer, client);
  void exited.then((exit) => {
    const pending = client.pendingTypes();
    const rank = ranks > 1 ? failedRank(tail.text()) : null;
    const who = rank ? `rank ${rank.rank} of the worker's ${ranks}-rank gang ${describeRankExit(rank.exitCode)}, and the gang (pid ${child.pid}) stopped` : `the worker (pid ${child.pid}) ${describeExit(exit)}`;
    client.fail(
      new MoqlabError(
        ErrorCode.WorkerDied,
        `${who}${pending.length ? ` while running ${pending.join(', ')}` : ''}${stderrNote()}`,
        { details: { exitCode: String(exit.code), signal: String(exit.signal), stderrTail: tail.text(), ...(rank ? { rank: String(rank.rank) } : {}) } },
      ),
    );
  });
  let hello: moqlab.v1.HelloResult;
  try {
    hello = await handshake(client, handshakeTimeoutMs, stderrNote);
    const world = hello.capabilities?.worldSize || 1;
    if (world !== ranks) {
      throw new MoqlabError(ErrorCode.WorkerStartFailed, `asked for a gang of ${ranks} ranks, but the worker reports a world size of ${world}`, {
        hint: 'a WORLD_SIZE in the environment of the controller reaches the worker; unset it',
      });
    }
  } catch (e) {
    kill();
    await socket.close();
    throw e;
  }
  return new WorkerSession(client, hello, socket.endpoint, socket, child, exited, python, kill);
}

/**
 * A bound endpoint that a worker started elsewhere (`moqlab worker --connect ENDPOINT`) connects to.
 * Bind first, tell the user the endpoint, then accept.
 */
/** A torchrun agent of a gang that spans machines, started by the controller on its own machine. */
export interface GangAgent {
  /** Waits up to `graceMs` for the agent to exit (its rank 0 exits when the controller says so), then kills the gang. */
  stop(graceMs?: number): Promise<void>;
}

/**
 * Starts this machine's share of a gang over `gang.nnodes` machines: `moqlab worker` under torchrun, which
 * meets the other machines' agents at the rendezvous; whichever process becomes rank 0 connects to
 * `endpoint` (a listener of this controller). The ranks exit with this process.
 */
export function startGangAgent(
  gang: GangLaunch,
  endpoint: string,
  options: { serverKey: string | null; env?: NodeJS.ProcessEnv; onStderr?: (line: string) => void; onFailed?: (message: string) => void },
): GangAgent {
  const env = options.env ?? process.env;
  const access = options.serverKey === null ? (endpoint.startsWith('tcp://') ? ['--insecure'] : []) : ['--server-key', options.serverKey];
  const args = [...launcherArgs(gang), 'moqlab', 'worker', '--connect', endpoint, ...access, '--parent-pid', String(process.pid)];
  const { child, tail, exited } = spawnWorker(findPython(env).executable, args, env, true, options.onStderr);
  let stopping = false;
  void exited.then((exit) => {
    const text = tail.text().trim();
    if (!stopping && exit.code !== 0) options.onFailed?.(`this machine's torchrun agent ${describeExit(exit)}${text ? `:\n${text}` : ''}`);
  });
  return {
    async stop(graceMs = 10_000) {
      stopping = true;
      const inTime = await Promise.race([exited.then(() => true), delay(graceMs).then(() => false)]);
      killGang(child);
      if (!inTime) await exited;
    },
  };
}

/**
 * `python args` with the worker's environment, its output kept in a tail; `detached` gives it a process
 * group of its own (a gang: stopping it reaches every rank, and the terminal's Ctrl-C reaches the
 * controller only, which checkpoints before it stops the gang).
 */
function spawnWorker(python: string, args: string[], env: NodeJS.ProcessEnv, detached: boolean, onStderr?: (line: string) => void) {
  const child = spawn(python, args, { env: pythonProcessEnv(env), stdio: ['ignore', 'pipe', 'pipe'], detached });
  const tail = new LineTail(onStderr);
  child.stderr?.on('data', (chunk: Buffer) => tail.push(chunk));
  child.stdout?.on('data', (chunk: Buffer) => tail.push(chunk));
  const exited = new Promise<WorkerExit>((resolve) => {
    child.on('exit', (code, signal) => resolve({ code, signal }));
    child.on('error', () => resolve({ code: null, signal: null }));
  });
  return { child, tail, exited };
}

export class WorkerListener {
  private constructor(
    private readonly socket: RouterSocket,
    private readonly router: PeerRouter,
    /** The public key workers pass as --server-key; null without CURVE. */
    readonly serverKey: string | null,
  ) {}

  /**
   * Binds e.g. tcp://0.0.0.0:5555 (port 0 picks a free port; `endpoint` then has the real one). Any
   * number of workers may connect; each `accept` takes the next. A tcp endpoint is a CURVE server by default: the worker must know this controller's public key
   * (`serverKey`) and its own key must be authorized here (`moqlab keys --authorize`). `insecure` turns
   * that off, for networks where nobody else can reach the port.
   */
  static async bind(listen: string, options: { insecure?: boolean; env?: NodeJS.ProcessEnv; admit?: readonly string[] } = {}): Promise<WorkerListener> {
    const curve = listen.startsWith('tcp://') && !options.insecure ? controllerCurve(options.env, options.admit) : undefined;
    const socket = await RouterSocket.bind(listen, curve);
    return new WorkerListener(socket, new PeerRouter(socket), curve?.keys.public ?? null);
  }

  get endpoint(): string {
    return this.socket.endpoint;
  }

  /** The next worker that connects, after the handshake. Its session leaves the socket open: close the listener when done. */
  async accept(options: SessionOptions & { connectTimeoutMs?: number } = {}): Promise<WorkerSession> {
    const timeoutMs = options.connectTimeoutMs ?? 600_000;
    const peer = await this.router.next(timeoutMs);
    if (!peer) {
      throw new MoqlabError(ErrorCode.WorkerStartFailed, `no worker connected to ${this.endpoint} within ${timeoutMs / 1000} s`, {
        hint: `on the worker machine run: moqlab worker --connect ${this.endpoint.replace('0.0.0.0', 'THIS_HOST')}`,
      });
    }
    const sessionId = randomBytes(8).toString('hex');
    const client = new WorkerClient(this.socket, peer, sessionId, options);
    this.router.attach(peer, client);
    try {
      const hello = await handshake(client, options.handshakeTimeoutMs ?? 120_000, () => '');
      return new WorkerSession(client, hello, this.endpoint, null, null, null, null);
    } catch (e) {
      client.dispose();
      throw e;
    }
  }

  close(): Promise<void> {
    return this.socket.close();
  }
}
