/**
 * A tiny declarative schema for JSON configs. A schema is plain data: builders return field
 * descriptions, `validate` walks raw JSON against them, and `Infer` gives the TypeScript type of
 * a valid value, so the type and the checks cannot drift apart. A field without a default is
 * required.
 */

export enum FieldKind {
  Object = 'object',
  Number = 'number',
  Integer = 'integer',
  String = 'string',
  Boolean = 'boolean',
  Enum = 'enum',
  Array = 'array',
  Record = 'record',
  /** Any JSON value, passed through unchecked (model kwargs). */
  Json = 'json',
  /** Another field that may be absent or null; absent and null both resolve to null. */
  Optional = 'optional',
}

/** What a custom check or an object rule reports; `validate` adds the path and the value. */
export interface Check {
  message: string;
  hint?: string;
}

interface FieldBase<T> {
  /** One sentence for generated documentation and error hints. */
  readonly doc: string;
  /** Used when the key is absent. Absent without a default is a "required" problem. */
  readonly default?: T;
  /** Runs on given values once the kind's own checks pass; defaults are trusted. */
  check?(value: T): Check | undefined;
}

export interface NumberField extends FieldBase<number> {
  readonly kind: FieldKind.Number | FieldKind.Integer;
  readonly min?: number;
  readonly max?: number;
  /** The bound itself is invalid (`lr > 0` rather than `lr >= 0`). */
  readonly exclusiveMin?: boolean;
  readonly exclusiveMax?: boolean;
}

export interface StringField extends FieldBase<string> {
  readonly kind: FieldKind.String;
}

export interface BooleanField extends FieldBase<boolean> {
  readonly kind: FieldKind.Boolean;
}

export interface EnumField<E extends string = string> extends FieldBase<E> {
  readonly kind: FieldKind.Enum;
  readonly values: readonly E[];
}

/** `T` is the item type; it is carried by `default` and `check`, and fixed by `array()`. */
export interface ArrayField<T = unknown> extends FieldBase<T[]> {
  readonly kind: FieldKind.Array;
  readonly items: Field;
  readonly minItems?: number;
  readonly maxItems?: number;
}

export interface RecordField<T = unknown> extends FieldBase<Record<string, T>> {
  readonly kind: FieldKind.Record;
  readonly values: Field;
}

export interface JsonField extends FieldBase<unknown> {
  readonly kind: FieldKind.Json;
}

/**
 * A setting with no default value, where "not given" means something of its own (a per-group
 * override that falls back to the shared value, a whole optional section). `T` is the inner type.
 */
export interface OptionalField<T = unknown> extends FieldBase<T | null> {
  readonly kind: FieldKind.Optional;
  readonly field: Field;
}

export type Shape = { readonly [key: string]: Field };

export interface RuleProblem extends Check {
  /**
   * The child key the problem is about, or the path of keys to a field further down (a rule on a
   * section that relates fields of different sub-objects); absent when it is about the object as a whole.
   */
  key?: string | readonly string[];
}

/**
 * `T` is the object's value type, fixed by `object()`. An absent object is validated as `{}`, so
 * it gets its children's defaults and their "required" problems, each at its exact path.
 */
export interface ObjectField<T = unknown> {
  readonly kind: FieldKind.Object;
  readonly doc: string;
  readonly fields: Shape;
  /**
   * Cross-field constraints, run only when every child is valid; `given` tells a key written in
   * the file from one filled in by its default (`given('algo', 'q_type')` looks further down).
   */
  rules?(value: T, given: (key: keyof T & string, ...below: string[]) => boolean): RuleProblem[];
}

// `any` lets a field of any value type stand in the union; `Infer` recovers the precise type.
export type Field =
  | NumberField
  | StringField
  | BooleanField
  | EnumField<any>
  | ArrayField<any>
  | RecordField<any>
  | JsonField
  | OptionalField<any>
  | ObjectField<any>;

export type InferShape<S extends Shape> = { [K in keyof S]: Infer<S[K]> };

export type Infer<F> =
  F extends OptionalField<infer T>
    ? T | null
    : F extends ObjectField<infer T>
      ? T
      : F extends ArrayField<infer T>
        ? T[]
        : F extends RecordField<infer T>
          ? Record<string, T>
          : F extends EnumField<infer E>
            ? E
            : F extends NumberField
              ? number
              : F extends StringField
                ? string
                : F extends BooleanField
                  ? boolean
                  : unknown;

type Spec<F> = Omit<F, 'kind'>;

export function number(spec: Spec<NumberField>): NumberField {
  return { kind: FieldKind.Number, ...spec };
}

/** The largest value of the wire's 32-bit integer fields: the range of an integer field unless it says otherwise. */
export const MAX_UINT32 = 0xffff_ffff;
/** The largest integer a JSON number holds exactly: the range of a field that travels as 64 bits (seeds). */
export const MAX_EXACT_INTEGER = Number.MAX_SAFE_INTEGER;

/**
 * Integers travel as uint32 unless a field names a wider `max`, so a value the wire would truncate
 * (batch 2^32 + 1 arriving as 1) is refused at its path instead of trained as something else.
 */
export function integer(spec: Spec<NumberField>): NumberField {
  return { kind: FieldKind.Integer, ...spec, max: spec.max ?? MAX_UINT32 };
}

export function string(spec: Spec<StringField>): StringField {
  return { kind: FieldKind.String, ...spec };
}

export function boolean(spec: Spec<BooleanField>): BooleanField {
  return { kind: FieldKind.Boolean, ...spec };
}

/** Takes a TypeScript string enum, so the accepted spellings are the enum's values. */
export function enumOf<E extends string>(values: Record<string, E>, spec: Omit<Spec<EnumField<E>>, 'values'>): EnumField<E> {
  return { kind: FieldKind.Enum, values: Object.values(values), ...spec };
}

export function array<I extends Field>(items: I, spec: Omit<Spec<ArrayField<Infer<I>>>, 'items'>): ArrayField<Infer<I>> {
  return { kind: FieldKind.Array, items, ...spec };
}

export function record<V extends Field>(values: V, spec: Omit<Spec<RecordField<Infer<V>>>, 'values'>): RecordField<Infer<V>> {
  return { kind: FieldKind.Record, values, ...spec };
}

export function json(spec: Spec<JsonField>): JsonField {
  return { kind: FieldKind.Json, ...spec };
}

/** Absent or null resolves to null; anything else must satisfy `field`. */
export function optional<F extends Field>(field: F): OptionalField<Infer<F>> {
  return { kind: FieldKind.Optional, field, doc: field.doc, default: null };
}

export function object<S extends Shape>(
  fields: S,
  spec: Omit<Spec<ObjectField<InferShape<S>>>, 'fields'>,
): ObjectField<InferShape<S>> {
  return { kind: FieldKind.Object, fields, ...spec };
}

/**
 * A valid value as a file would write it: keys whose value is their default (or null, for an optional
 * field) are left out, and an object left empty goes too, since an absent key resolves to the same.
 * Validating the result gives `value` back; rules that ask whether a key was written see only the
 * keys the value needs.
 */
export function withoutDefaults(field: Field, value: unknown): unknown {
  switch (field.kind) {
    case FieldKind.Object: {
      const given = value as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(field.fields)) {
        if (!(key in given)) continue;
        const v = given[key];
        if (child.kind !== FieldKind.Object && 'default' in child && JSON.stringify(v) === JSON.stringify(child.default)) continue;
        const written = withoutDefaults(child, v);
        if (child.kind === FieldKind.Object && Object.keys(written as object).length === 0) continue;
        out[key] = written;
      }
      return out;
    }
    case FieldKind.Optional:
      return value === null ? null : withoutDefaults(field.field, value);
    case FieldKind.Record:
      return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([key, v]) => [key, withoutDefaults(field.values, v)]));
    case FieldKind.Array:
      return (value as unknown[]).map((item) => withoutDefaults(field.items, item));
    default:
      return value;
  }
}
