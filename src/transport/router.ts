/** The controller's ROUTER socket: bytes in, bytes out, one reader, no message types. */
import { lstatSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as zmq from 'zeromq';
import { ErrorCode, MoqlabError } from '../errors.js';
import { processAlive } from '../processes.js';
import { type CurveServer, serveZap, ZAP_DOMAIN } from './curve.js';

export type FrameHandler = (peer: Buffer, frame: Buffer) => void;

/**
 * The largest frame accepted from a worker (the worker caps what it accepts the same way). Events and
 * replies are small, since tensors never travel; ZeroMQ drops a larger frame with its connection
 * instead of letting a peer grow this process's memory.
 */
export const MAX_FRAME_BYTES = 64 * 1024 * 1024;

export class RouterSocket {
  private readonly socket: zmq.Router;
  private sending: Promise<void> = Promise.resolve();
  private unsent = 0;
  private closed = false;
  private reader: Promise<void> | null = null;

  private constructor(
    socket: zmq.Router,
    readonly endpoint: string,
    private readonly releaseZap: () => void,
  ) {
    this.socket = socket;
  }

  /**
   * Binds `endpoint` (ipc://path, or tcp://host:port with port 0 for any free port). With `curve`, the
   * socket is a CURVE server: traffic is encrypted, and only clients whose key it admits connect.
   */
  static async bind(endpoint: string, curve?: CurveServer): Promise<RouterSocket> {
    const secure = curve === undefined ? {} : { curveServer: true, curveSecretKey: curve.keys.secret, curvePublicKey: curve.keys.public, zapDomain: ZAP_DOMAIN };
    const releaseZap = curve === undefined ? () => undefined : await serveZap((key) => curve.admits(key));
    const socket = new zmq.Router({ linger: 0, sendHighWaterMark: 0, receiveHighWaterMark: 0, mandatory: true, maxMessageSize: MAX_FRAME_BYTES, ...secure });
    try {
      await socket.bind(endpoint);
    } catch (e) {
      socket.close();
      releaseZap();
      throw e;
    }
    return new RouterSocket(socket, socket.lastEndpoint ?? endpoint, releaseZap);
  }

  /** Starts the single reader loop; it ends when the socket closes. */
  listen(handler: FrameHandler): void {
    if (this.reader) throw new Error('RouterSocket already has a reader');
    this.reader = (async () => {
      try {
        while (!this.socket.closed) {
          const frames = await this.socket.receive();
          const peer = frames[0];
          const frame = frames[frames.length - 1];
          if (peer !== undefined && frame !== undefined && frames.length >= 2) handler(peer, frame);
          // Whoever this frame woke (a request's caller) runs first: arming the next read is a native call
          // that would otherwise sit between a reply and its caller.
          await null;
        }
      } catch (e) {
        if (!this.closed) throw e;
      }
    })();
  }

  /**
   * Sends one frame to `peer`. zeromq.js allows one pending send per socket, so a send waits for the
   * ones before it; with none in progress it goes out at once.
   */
  send(peer: Buffer, frame: Uint8Array): Promise<void> {
    const next = this.unsent === 0 ? this.sendNow(peer, frame) : this.sending.then(() => this.socket.send([peer, frame]));
    this.unsent += 1;
    this.sending = next.then(this.sent, this.sent);
    return next;
  }

  private sendNow(peer: Buffer, frame: Uint8Array): Promise<void> {
    try {
      return this.socket.send([peer, frame]);
    } catch (e) {
      return Promise.reject(e);
    }
  }

  private readonly sent = (): void => {
    this.unsent -= 1;
  };

  get isClosed(): boolean {
    return this.closed;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.socket.close();
    this.releaseZap();
    await this.reader?.catch(() => undefined);
    if (this.endpoint.startsWith('ipc://')) await unlink(this.endpoint.slice('ipc://'.length)).catch(() => undefined);
  }
}

let socketDirectory: string | null = null;

/**
 * This user's socket directory, `$TMPDIR/moqlab-<uid>`, mode 0700 so that no other user can reach a
 * worker's socket. Made once per process, which also removes the sockets that controllers killed with
 * -9 left behind (their pid, the file name's prefix, is gone).
 */
export function socketDir(): string {
  if (socketDirectory !== null) return socketDirectory;
  const dir = join(tmpdir(), `moqlab-${process.getuid?.() ?? 'user'}`);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const stat = lstatSync(dir);
  if (!stat.isDirectory() || (process.getuid !== undefined && stat.uid !== process.getuid()) || (stat.mode & 0o077) !== 0) {
    throw new MoqlabError(ErrorCode.WorkerStartFailed, `${dir} is not a directory only this user can open, so worker sockets cannot be kept private there`, {
      hint: `remove it (it is recreated with mode 0700), or point TMPDIR at a directory of your own`,
    });
  }
  for (const file of readdirSync(dir)) {
    const pid = Number(/^(\d+)-.*\.sock$/.exec(file)?.[1]);
    if (Number.isSafeInteger(pid) && pid !== process.pid && !processAlive(pid)) rmSync(join(dir, file), { force: true });
  }
  socketDirectory = dir;
  return dir;
}

/** A fresh ipc endpoint in this user's socket directory (short: Unix socket paths are limited to ~107 bytes). */
export function ipcEndpoint(name: string): string {
  return `ipc://${join(socketDir(), `${process.pid}-${name}.sock`)}`;
}
