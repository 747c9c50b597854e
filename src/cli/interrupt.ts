/**
 * Ctrl-C, `kill` (SIGTERM) and a closed terminal (SIGHUP) all stop a command the same way: the
 * workers are stopped and the runs recorded as interrupted, so none is left `running`.
 */
export const STOP_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

export interface Interrupt {
  readonly signal: AbortSignal;
  /** Stops listening: the process's default for these signals applies again. */
  dispose(): void;
}

/**
 * Aborts `signal` at the first stop signal, after `say` tells the user what happens now. Only the
 * first is caught: a second Ctrl-C ends the process at once, for a stop that hangs.
 */
export function onInterrupt(say: (line: string) => void, what: string): Interrupt {
  const controller = new AbortController();
  const dispose = () => {
    for (const name of STOP_SIGNALS) process.off(name, stop);
  };
  function stop(name: NodeJS.Signals): void {
    dispose();
    say(`${name === 'SIGINT' ? 'interrupt' : name}: stopping ${what}...`);
    controller.abort();
  }
  for (const name of STOP_SIGNALS) process.on(name, stop);
  return { signal: controller.signal, dispose };
}
