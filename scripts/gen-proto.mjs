// Generates the codecs of the wire contract from proto/moqlab/v1/*.proto:
//   src/protocol/gen/moqlab.{js,d.ts}           protobufjs static module (TypeScript controller)
//   py_runtime/moqlab/proto/moqlab_v1.binpb      FileDescriptorSet (Python worker)
// The Python side builds its classes from the descriptor set at import time instead of using
// protoc-generated modules, which are tied to a protobuf runtime range; this works from 4.21 to 7.x.
// Usage: node scripts/gen-proto.mjs [OUT_ROOT]   (default: the repository root)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import protobuf from 'protobufjs';
import descriptor from 'protobufjs/ext/descriptor/index.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const protoDir = path.join(repo, 'proto', 'moqlab', 'v1');
const PACKAGE = 'moqlab.v1';

export const GENERATED = [
  'src/protocol/gen/moqlab.js',
  'src/protocol/gen/moqlab.d.ts',
  'py_runtime/moqlab/proto/moqlab_v1.binpb',
];

function protoFiles() {
  return fs
    .readdirSync(protoDir)
    .filter((f) => f.endsWith('.proto'))
    .sort()
    .map((f) => path.join(protoDir, f));
}

const SCALAR = {
  double: 1, float: 2, int64: 3, uint64: 4, int32: 5, fixed64: 6, fixed32: 7, bool: 8,
  string: 9, bytes: 12, uint32: 13, sfixed32: 15, sfixed64: 16, sint32: 17, sint64: 18,
};
const TYPE_MESSAGE = 11;
const TYPE_ENUM = 14;
const LABEL_OPTIONAL = 1;
const LABEL_REPEATED = 3;

function fieldType(field) {
  if (field.resolvedType instanceof protobuf.Type) return { type: TYPE_MESSAGE, typeName: '.' + field.resolvedType.fullName.slice(1) };
  if (field.resolvedType instanceof protobuf.Enum) return { type: TYPE_ENUM, typeName: '.' + field.resolvedType.fullName.slice(1) };
  const t = SCALAR[field.type];
  if (t === undefined) throw new Error(`unsupported field type ${field.type} in ${field.fullName}`);
  return { type: t };
}

function pascal(name) {
  return name.replace(/(^|_)([a-z0-9])/g, (_, __, c) => c.toUpperCase());
}

function enumProto(e) {
  return { name: e.name, value: Object.entries(e.values).map(([name, number]) => ({ name, number })) };
}

function messageProto(type) {
  const out = { name: type.name, field: [], nestedType: [], enumType: [], oneofDecl: [] };
  const oneofs = type.oneofsArray;
  for (const o of oneofs) {
    if (o.name.startsWith('_')) throw new Error(`proto3 'optional' is not used in the contract (${type.fullName})`);
    out.oneofDecl.push({ name: o.name });
  }
  for (const field of type.fieldsArray) {
    field.resolve();
    const f = { name: field.name, number: field.id, jsonName: field.name.replace(/_([a-z])/g, (_, c) => c.toUpperCase()) };
    if (field.map) {
      // A map<K,V> field is a repeated nested "<Field>Entry" message with map_entry set.
      const entryName = pascal(field.name) + 'Entry';
      const value = fieldType(field);
      out.nestedType.push({
        name: entryName,
        field: [
          { name: 'key', number: 1, label: LABEL_OPTIONAL, type: SCALAR[field.keyType], jsonName: 'key' },
          { name: 'value', number: 2, label: LABEL_OPTIONAL, ...value, jsonName: 'value' },
        ],
        options: { mapEntry: true },
      });
      Object.assign(f, { label: LABEL_REPEATED, type: TYPE_MESSAGE, typeName: `.${type.fullName.slice(1)}.${entryName}` });
    } else {
      Object.assign(f, { label: field.repeated ? LABEL_REPEATED : LABEL_OPTIONAL, ...fieldType(field) });
    }
    if (field.partOf) f.oneofIndex = oneofs.indexOf(field.partOf);
    out.field.push(f);
  }
  for (const nested of type.nestedArray) {
    if (nested instanceof protobuf.Type) out.nestedType.push(messageProto(nested));
    else if (nested instanceof protobuf.Enum) out.enumType.push(enumProto(nested));
  }
  return out;
}

function descriptorSet(files) {
  const root = new protobuf.Root();
  root.loadSync(files, { keepCase: true });
  root.resolveAll();
  const ns = root.lookup(PACKAGE);
  const file = { name: 'moqlab/v1/moqlab.proto', package: PACKAGE, messageType: [], enumType: [], syntax: 'proto3' };
  for (const nested of ns.nestedArray) {
    if (nested instanceof protobuf.Type) file.messageType.push(messageProto(nested));
    else if (nested instanceof protobuf.Enum) file.enumType.push(enumProto(nested));
  }
  return descriptor.FileDescriptorSet.encode(descriptor.FileDescriptorSet.fromObject({ file: [file] })).finish();
}

export function generate(outRoot = repo) {
  const files = protoFiles();
  const bin = (name) => path.join(repo, 'node_modules', '.bin', name);
  const js = path.join(outRoot, GENERATED[0]);
  const dts = path.join(outRoot, GENERATED[1]);
  const binpb = path.join(outRoot, GENERATED[2]);
  for (const f of [js, dts, binpb]) fs.mkdirSync(path.dirname(f), { recursive: true });
  execFileSync(bin('pbjs'), ['-t', 'static-module', '-w', 'es6', '--es6', '--force-number', '--no-delimited', '--no-typeurl', '--no-service', '-o', js, ...files], { stdio: 'inherit' });
  execFileSync(bin('pbts'), ['-o', dts, js], { stdio: 'inherit' });
  fs.writeFileSync(binpb, descriptorSet(files));
  return GENERATED.map((g) => path.join(outRoot, g));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const f of generate(process.argv[2] ? path.resolve(process.argv[2]) : repo)) console.log('wrote', path.relative(process.cwd(), f));
}
