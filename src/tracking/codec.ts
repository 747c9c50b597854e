/**
 * Lossless encodings between JavaScript values and SQLite columns. SQLite stores NaN as NULL and
 * folds -0.0 into 0, and JSON has no spelling for NaN, ±Infinity or -0; a diverging run produces
 * exactly those values, so each gets an explicit representation here.
 */
import type { ParamValue } from './store.js';

/** How `metrics.value` is to be read; stored next to it because the REAL alone cannot say. */
export enum ValueKind {
  /** `value` holds the number (finite or ±Infinity). */
  Plain = 0,
  /** `value` is NULL. */
  NaN = 1,
  /** `value` is 0. */
  NegativeZero = 2,
}

export function encodeValue(value: number): { value: number | null; kind: ValueKind } {
  if (Number.isNaN(value)) return { value: null, kind: ValueKind.NaN };
  if (Object.is(value, -0)) return { value: 0, kind: ValueKind.NegativeZero };
  return { value, kind: ValueKind.Plain };
}

export function decodeValue(value: number | null, kind: ValueKind): number {
  switch (kind) {
    case ValueKind.NaN:
      return NaN;
    case ValueKind.NegativeZero:
      return -0;
    case ValueKind.Plain:
      return value ?? NaN;
  }
}

function needsTag(value: unknown): value is number {
  return typeof value === 'number' && (!Number.isFinite(value) || Object.is(value, -0));
}

/** Tagged object for the numbers JSON cannot spell; the tag is unlikely to collide with real data. */
const NUMBER_TAG = '$moqlab.number';

function spellNumber(value: number): string {
  return Object.is(value, -0) ? '-0' : String(value);
}

/** `undefined` is stored as null, which is the one thing that does not round-trip. */
export function encodeJson(value: unknown): string {
  return (
    JSON.stringify(value, (_key, v: unknown) => (needsTag(v) ? { [NUMBER_TAG]: spellNumber(v) } : v)) ?? 'null'
  );
}

export function decodeJson(text: string): unknown {
  return JSON.parse(text, (_key, v: unknown) => {
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
      const keys = Object.keys(v);
      const spelled = (v as Record<string, unknown>)[NUMBER_TAG];
      if (keys.length === 1 && typeof spelled === 'string') return Number(spelled);
    }
    return v;
  });
}

export enum ParamType {
  String = 'string',
  Number = 'number',
  Boolean = 'boolean',
}

export function encodeParam(value: ParamValue): { type: ParamType; text: string } {
  switch (typeof value) {
    case 'string':
      return { type: ParamType.String, text: value };
    case 'number':
      return { type: ParamType.Number, text: spellNumber(value) };
    case 'boolean':
      return { type: ParamType.Boolean, text: String(value) };
  }
}

export function decodeParam(type: ParamType, text: string): ParamValue {
  switch (type) {
    case ParamType.String:
      return text;
    case ParamType.Number:
      return Number(text);
    case ParamType.Boolean:
      return text === 'true';
  }
}
