/** A run's checkpoints on disk: the one a stopped run continues from, and removing those no run needs. */
import { existsSync, readdirSync, rmSync, rmdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Store } from '../tracking/index.js';
import { ArtifactKind, EventKind, storedPayload } from '../tracking/events.js';

export interface CheckpointOnDisk {
  path: string;
  /** The optimizer step it holds, from the run's checkpoint event; null for a checkpoint without one. */
  step: number | null;
  /** The SHA-256 recorded when it was written; '' for a checkpoint without one (older runs). */
  sha256: string;
}

/** The run's recorded checkpoints that are still on disk, newest first. */
export function checkpointsOnDisk(store: Store, runId: string): CheckpointOnDisk[] {
  const events = store.getEvents(runId, EventKind.Checkpoint);
  return store
    .getArtifacts(runId)
    .filter((a) => a.kind === ArtifactKind.Checkpoint && existsSync(a.path))
    .reverse()
    .map(({ path }) => {
      const event = events.findLast((e) => storedPayload(e, EventKind.Checkpoint).path === path);
      const sha256 = event && storedPayload(event, EventKind.Checkpoint).sha256;
      return { path, step: event?.step ?? null, sha256: typeof sha256 === 'string' ? sha256 : '' };
    });
}

/** The run's last recorded checkpoint that is still on disk; null when none is. */
export function latestCheckpoint(store: Store, runId: string): CheckpointOnDisk | null {
  return checkpointsOnDisk(store, runId)[0] ?? null;
}

/**
 * Deletes the run's checkpoint files, all of them or all but the latest on disk, and their
 * directory once it is empty. The artifact records stay: they say what was written, and readers
 * check that a checkpoint exists before using it.
 */
export function removeCheckpoints(store: Store, runId: string, keepLatest: boolean): void {
  const latest = keepLatest ? latestCheckpoint(store, runId)?.path : undefined;
  const paths = store
    .getArtifacts(runId)
    .filter((a) => a.kind === ArtifactKind.Checkpoint && a.path !== latest && existsSync(a.path))
    .map((a) => a.path);
  for (const path of paths) rmSync(path, { force: true });
  for (const dir of new Set(paths.map((path) => dirname(path)))) {
    if (existsSync(dir) && readdirSync(dir).length === 0) rmdirSync(dir);
  }
}
