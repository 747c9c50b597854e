/** What a run records about where it ran: controller, git state, worker capabilities. */
import { execFileSync } from 'node:child_process';
import { cpus, hostname, platform, release } from 'node:os';
import { enumName, type moqlab, pb } from '../protocol/messages.js';
import { packageVersion } from '../paths.js';

function git(args: string[], cwd: string): string | null {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000 }).trim();
  } catch {
    return null;
  }
}

export function controllerEnvironment(cwd = process.cwd()): Record<string, unknown> {
  const commit = git(['rev-parse', 'HEAD'], cwd);
  return {
    moqlab: packageVersion(),
    node: process.version,
    platform: `${platform()} ${release()}`,
    host: hostname(),
    cpus: cpus().length,
    cwd,
    git: commit ? { commit, dirty: (git(['status', '--porcelain'], cwd) ?? '') !== '' } : null,
  };
}

export function workerEnvironment(caps: moqlab.v1.Capabilities, device: string): Record<string, unknown> {
  return {
    python: caps.pythonVersion,
    pythonExecutable: caps.pythonExecutable,
    torch: caps.torchVersion,
    cuda: caps.cudaAvailable ? caps.cudaVersion : null,
    protobuf: `${caps.protobufVersion} (${caps.protobufImplementation})`,
    zmq: caps.zmqVersion,
    zmqBinding: enumName(pb.ZmqBinding as unknown as Record<string, number>, caps.zmqBinding, 'ZMQ_BINDING_').toLowerCase(),
    transformers: caps.transformersVersion || null,
    host: caps.hostname,
    pid: caps.pid,
    threads: caps.numThreads,
    device,
    devices: caps.devices.map((d) => ({ name: d.name, description: d.description, memoryBytes: d.totalMemoryBytes })),
  };
}
