/**
 * CURVE for tcp endpoints: the controller's ROUTER is the CURVE server, and a ZAP handler (ZeroMQ's
 * authentication protocol, served in-process) admits only the worker keys it is told to. Keys are Z85
 * text, 40 characters; the key files are the worker module's business.
 */
import * as zmq from 'zeromq';

export interface KeyPair {
  public: string;
  secret: string;
}

export function newKeyPair(): KeyPair {
  const { publicKey, secretKey } = zmq.curveKeyPair();
  return { public: publicKey, secret: secretKey };
}

const Z85 = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#';

/** Z85 text of `bytes` (a multiple of 4 long, as CURVE keys are), as ZeroMQ writes it. */
export function z85Encode(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 4) {
    let value = ((bytes[i]! << 24) >>> 0) + (bytes[i + 1]! << 16) + (bytes[i + 2]! << 8) + bytes[i + 3]!;
    let chunk = '';
    for (let j = 0; j < 5; j++) {
      chunk = Z85[value % 85]! + chunk;
      value = Math.floor(value / 85);
    }
    out += chunk;
  }
  return out;
}

export function isZ85Key(text: string): boolean {
  return text.length === 40 && [...text].every((c) => Z85.includes(c));
}

/** What a CURVE server socket needs: its own pair, and which client keys it admits. */
export interface CurveServer {
  keys: KeyPair;
  admits(clientKey: string): boolean;
}

export const ZAP_DOMAIN = 'moqlab';
const ZAP_ENDPOINT = 'inproc://zeromq.zap.01';

interface ZapHandler {
  socket: zmq.Reply;
  users: number;
  admits: (key: string) => boolean;
}

/** The process's one ZAP handler (being started, or running); it serves the CURVE sockets bound while it runs. */
let zap: Promise<ZapHandler> | null = null;
/** The last handler's unbind: the inproc endpoint is free only once it has finished (binding sooner fails
 * with "Address already in use"). */
let zapClosing: Promise<void> = Promise.resolve();

async function startZap(): Promise<ZapHandler> {
  await zapClosing;
  const socket = new zmq.Reply({ linger: 0 });
  await socket.bind(ZAP_ENDPOINT);
  const handler: ZapHandler = { socket, users: 0, admits: () => false };
  void (async () => {
    try {
      for await (const [version, requestId, , , , mechanism, clientKey] of socket) {
        const key = clientKey === undefined ? '' : z85Encode(clientKey);
        const ok = mechanism?.toString() === 'CURVE' && key !== '' && handler.admits(key);
        await socket.send([version!, requestId!, ok ? '200' : '400', ok ? 'OK' : 'this worker key is not authorized', ok ? key : '', '']);
      }
    } catch {
      // the socket was closed with its last user
    }
  })();
  return handler;
}

/** Starts (or shares) the ZAP handler for a socket that admits `admits`; returns its release. */
export async function serveZap(admits: (clientKey: string) => boolean): Promise<() => void> {
  zap ??= startZap();
  const starting = zap;
  let handler: ZapHandler;
  try {
    handler = await starting;
  } catch (e) {
    if (zap === starting) zap = null;
    throw e;
  }
  handler.admits = admits;
  handler.users += 1;
  return () => {
    handler.users -= 1;
    if (handler.users === 0 && zap === starting) {
      zap = null;
      zapClosing = handler.socket
        .unbind(ZAP_ENDPOINT)
        .catch(() => undefined)
        .finally(() => handler.socket.close());
    }
  };
}
