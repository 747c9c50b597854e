/** Envelope encoding and decoding, and the mapping of wire errors to typed errors. */
import { randomUUID } from 'node:crypto';
import { ErrorCode, MoqlabError } from '../errors.js';
import { type Decoder, type Encoder, PROTOCOL_VERSION, codecFor, enumName, moqlab, pb, typeNameOf } from './messages.js';

export type Envelope = moqlab.v1.Envelope;

// Message ids only need to be unique per sender: a random prefix per process and a counter.
const ID_PREFIX = randomUUID().replace(/-/g, '').slice(0, 12);
let idCounter = 0;

export function newMessageId(): string {
  idCounter += 1;
  return ID_PREFIX + idCounter.toString(16);
}

export function encodeEnvelope<P>(
  codec: Encoder<P>,
  message: P,
  options: { sessionId: string; messageId?: string; inReplyTo?: string },
): { id: string; bytes: Uint8Array } {
  const id = options.messageId ?? newMessageId();
  // encode takes the fields as a plain object; an Envelope instance (create) would only be copied from it.
  const envelope: moqlab.v1.Envelope.$Properties = {
    messageId: id,
    type: typeNameOf(codec),
    protocolVersion: PROTOCOL_VERSION,
    sessionId: options.sessionId,
    inReplyTo: options.inReplyTo ?? '',
    payload: codec.encode(message).finish(),
    sentAt: Date.now() / 1000,
  };
  return { id, bytes: pb.Envelope.encode(envelope).finish() };
}

export function decodeEnvelope(bytes: Uint8Array): Envelope {
  try {
    return pb.Envelope.decode(bytes);
  } catch (e) {
    throw new MoqlabError(ErrorCode.ProtocolMismatch, `${bytes.length} bytes from the worker did not decode as an Envelope: ${(e as Error).message}`, { cause: e });
  }
}

/** Decodes the payload of `envelope`, which must carry a `codec` message. */
export function decodePayload<T>(envelope: Envelope, codec: Decoder<T>): T {
  const expected = typeNameOf(codec);
  if (envelope.type !== expected) {
    throw new MoqlabError(ErrorCode.ProtocolMismatch, `expected a ${expected} from the worker, got ${envelope.type || 'an untyped message'}`);
  }
  return codec.decode(envelope.payload);
}

export function isKnownType(typeName: string): boolean {
  return codecFor(typeName) !== undefined;
}

/** Wire error code without its prefix ("INVALID_ARGUMENT"). */
export function wireErrorCode(error: moqlab.v1.Error.$Properties): string {
  return enumName(pb.ErrorCode as unknown as Record<string, number>, error.code ?? 0, 'ERROR_CODE_');
}

/** A failed reply as a typed error; the wire code and the worker's details travel in `details`. */
export function replyError(error: moqlab.v1.Error.$Properties, request: string): MoqlabError {
  const wireCode = wireErrorCode(error);
  const details: Record<string, string> = { ...(error.details ?? {}), wireCode, request };
  const code = wireCode === 'PROTOCOL_VERSION_MISMATCH' ? ErrorCode.ProtocolMismatch : ErrorCode.WorkerError;
  return new MoqlabError(code, error.message || `${request} failed (${wireCode})`, { details });
}
