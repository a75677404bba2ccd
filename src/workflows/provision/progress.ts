// Progress of a long run of writes: operations done, left, and the time left at the pace so
// far. Writes are spaced (GitHub asks at least a second between mutative requests), so 500
// operations take minutes, and a silent job looks stuck.

/** Runs shorter than this print nothing: they end before anyone wonders. */
export const PROGRESS_FROM = 20;
/** At most one line this often, and one at the end. */
export const PROGRESS_EVERY_MS = 15_000;

export class Progress {
  private done = 0;
  private readonly started: number;
  private lastPrinted: number;

  constructor(
    private readonly total: number,
    private readonly print: (line: string) => void,
    private readonly clock: () => number = Date.now,
  ) {
    this.started = clock();
    this.lastPrinted = this.started;
  }

  /** One more operation finished. */
  tick(): void {
    this.done += 1;
    if (this.total < PROGRESS_FROM) return;
    const now = this.clock();
    if (this.done < this.total && now - this.lastPrinted < PROGRESS_EVERY_MS) return;
    this.lastPrinted = now;
    this.print(this.line(now));
  }

  line(now: number): string {
    const left = this.total - this.done;
    const elapsed = now - this.started;
    const eta = this.done === 0 ? undefined : (elapsed / this.done) * left;
    return (
      `progress: ${this.done} of ${this.total} operations done, ${left} left` +
      (left === 0
        ? `, in ${duration(elapsed)}`
        : eta === undefined
          ? ''
          : `, about ${duration(eta)} to go`)
    );
  }
}

function duration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${String(seconds % 60).padStart(2, '0')} s`;
}
