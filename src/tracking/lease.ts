/**
 * Who drives a run. The controller that trains a run holds its lease (pid, host, start time) and
 * renews a heartbeat in the store; any later command tells a live controller's run from a dead one's
 * (`crashed`) without asking it. Pure except `localProbe` and `processAlive`, which look at this machine.
 */
import { hostname } from 'node:os';
import { processAlive } from '../processes.js';

export interface Holder {
  pid: number;
  host: string;
  /** Milliseconds since the epoch when the holder took the lease. */
  startedAt: number;
}

export interface Lease extends Holder {
  /** Milliseconds since the epoch of the last renewal. */
  heartbeatAt: number;
}

/** How often a controller renews its lease. */
export const LEASE_RENEW_MS = 5_000;
/**
 * A lease not renewed for this long is dead even where its pid exists: a controller on another machine
 * that crashed, a pid reused by another process, a controller stopped for a minute. Generous, so that a
 * loaded machine does not make a live run look crashed.
 */
export const LEASE_STALE_MS = 60_000;

/** What liveness is judged against: this machine's name, the time, and whether a local pid exists. */
export interface Probe {
  host: string;
  now: number;
  pidAlive(pid: number): boolean;
}

export function localProbe(now: number = Date.now()): Probe {
  return { host: hostname(), now, pidAlive: processAlive };
}

/** This process as a lease holder. */
export function thisProcess(now: number = Date.now()): Holder {
  return { pid: process.pid, host: hostname(), startedAt: now };
}

/**
 * A lease is alive while its heartbeat is fresh and, on this machine, its process exists: a controller
 * killed with -9 is seen at once here, and after LEASE_STALE_MS from anywhere.
 */
export function leaseAlive(lease: Lease, probe: Probe): boolean {
  if (probe.now - lease.heartbeatAt > LEASE_STALE_MS) return false;
  return lease.host !== probe.host || probe.pidAlive(lease.pid);
}
