/** The generated message classes of the wire contract, and a registry from class to full type name. */
import { moqlab } from './gen/moqlab.js';

export { moqlab };
export const pb = moqlab.v1;

export const PROTOCOL_VERSION = 1;
const PACKAGE = 'moqlab.v1';

/** The encoding half of a generated message class; `P` is what it accepts. */
export interface Encoder<P> {
  encode(message: P): { finish(): Uint8Array };
}

/** The decoding half of a generated message class. */
export interface Decoder<T> {
  decode(bytes: Uint8Array): T;
}

const names = new Map<unknown, string>();
const byName = new Map<string, Decoder<unknown>>();
for (const [key, value] of Object.entries(pb)) {
  if (typeof value === 'function' && 'decode' in value) {
    names.set(value, `${PACKAGE}.${key}`);
    byName.set(`${PACKAGE}.${key}`, value as unknown as Decoder<unknown>);
  }
}

/** Full type name of a generated message class, e.g. "moqlab.v1.Hello". */
export function typeNameOf(codec: object): string {
  const name = names.get(codec);
  if (name === undefined) throw new TypeError('not a moqlab.v1 message class');
  return name;
}

export function codecFor(typeName: string): Decoder<unknown> | undefined {
  return byName.get(typeName);
}

/** Enum value -> name without its prefix, e.g. ErrorCode 4 -> "INVALID_ARGUMENT". */
export function enumName(enumObject: Record<string, number>, value: number, prefix: string): string {
  const entry = Object.entries(enumObject).find(([, v]) => v === value);
  return entry ? entry[0].slice(prefix.length) : String(value);
}
