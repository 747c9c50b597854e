/** Deadlines of many requests kept on one timer. */

/**
 * Each request's deadline is a time on the monotonic clock; one timer is armed for the earliest.
 * A request that settles leaves the timer as it is (when it fires, nothing is due and it re-arms for
 * the next deadline, if any), so a request costs no timer of its own. The timer holds the process
 * open only while some deadline is pending, as a timer per request would.
 */
export class Deadlines<K> {
  private readonly due = new Map<K, number>();
  private timer: NodeJS.Timeout | null = null;
  private timerAt = Infinity;

  constructor(private readonly onExpired: (key: K) => void) {}

  add(key: K, ms: number): void {
    const at = performance.now() + ms;
    this.due.set(key, at);
    if (at < this.timerAt) this.arm(at);
    else if (this.due.size === 1) this.timer?.ref();
  }

  delete(key: K): void {
    if (this.due.delete(key) && this.due.size === 0) this.timer?.unref();
  }

  clear(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.timerAt = Infinity;
    this.due.clear();
  }

  private arm(at: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timerAt = at;
    this.timer = setTimeout(() => this.fire(), Math.max(0, at - performance.now()));
  }

  private fire(): void {
    this.timer = null;
    this.timerAt = Infinity;
    const now = performance.now();
    let next = Infinity;
    for (const [key, at] of this.due) {
      if (at <= now) {
        this.due.delete(key);
        this.onExpired(key);
      } else if (at < next) next = at;
    }
    if (next !== Infinity) this.arm(next);
  }
}
