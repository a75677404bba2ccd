// Progress of a long run: operations done, left, and the time left at the pace so far. Writes
// are spaced (GitHub asks at least a second between mutative requests), so 500 operations take
// minutes, and a silent job looks stuck; so does an expiry run judging many old changes.

/** Runs of fewer steps than this, or over within PROGRESS_EVERY_MS, print nothing. */
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
    /** What a step is, with its verb: "operations done". */
    private readonly steps = 'operations done',
  ) {
    this.started = clock();
    this.lastPrinted = this.started;
  }

  /** One more operation finished. */
  tick(): void {
    this.done += 1;
    if (this.total < PROGRESS_FROM) return;
    const now = this.clock();
    if (now - this.lastPrinted < PROGRESS_EVERY_MS)
      if (this.done < this.total || this.lastPrinted === this.started) return;
    this.lastPrinted = now;
    this.print(this.line(now));
  }

  line(now: number): string {
    const left = this.total - this.done;
    const elapsed = now - this.started;
    const eta = this.done === 0 ? undefined : (elapsed / this.done) * left;
    return (
      `progress: ${this.done} of ${this.total} ${this.steps}, ${left} left` +
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
