/** Facts about processes on this machine, shared by the run leases and the socket directory. */

/** Whether a process with this pid exists here (one of another user counts: it exists). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
