/**
 * A benchmark suite. `run` prepares inputs and asks the harness to measure named steps;
 * each step runs in a fresh Node process, so its time and peak memory are its own.
 * Adding a suite: write bench/suites/<name>.ts exporting one BenchSuite whose name is
 * <name> (the file is what a measuring process imports), and add it to the list in
 * bench/suites/index.ts.
 */
export interface BenchSuite {
  name: string;
  description: string;
  run(ctx: BenchContext): Promise<void>;
  /** Measured steps, by name. `input` is whatever `run` passed to `ctx.measure`. */
  steps: Record<string, (input: string) => Promise<StepDetail | void> | StepDetail | void>;
}

/** Anything a step wants printed next to its figures (counts, sizes). */
export type StepDetail = Record<string, string | number>;

export interface Measurement {
  ms: number;
  /** Peak resident set size of the whole process that ran the step. */
  peakRssBytes: number;
  detail: StepDetail;
}

export interface BenchContext {
  /** Arguments after the suite names, e.g. --sizes=1000,10000. */
  args: Map<string, string>;
  /** Runs `step` of this suite in a fresh process and returns its figures. */
  measure(step: string, input: string): Promise<Measurement>;
  /** A temporary directory removed when the suite ends. */
  tempDir(): string;
  print(line: string): void;
}
