/** What every evaluation module gets. */
export interface EvalContext {
  /** Absolute path of the benchmarks folder (`../shared/benchmarks` by default). */
  benchmarks: string;
  /** Absolute path of the seeds folder (`../shared/seeds` by default). */
  seeds: string;
  /** `--quick`: a small, fast subset, for CI. */
  quick: boolean;
  /** Extra `key=value` arguments from the command line. */
  args: Record<string, string>;
  /** Print a progress line (stderr). */
  log(message: string): void;
}

/** What every evaluation module returns: written to `eval/reports/<name>.json` by the runner. */
export interface EvalReport {
  /** Benchmark name, e.g. `ner`. */
  name: string;
  /** Dataset(s) and split(s) scored. */
  dataset: string;
  /** The headline metric name and value (0..1). */
  headline: { metric: string; value: number };
  /** All measured numbers; nested objects allowed. */
  metrics: Record<string, unknown>;
  /** Trivial baselines and published anchors, for comparison. */
  baselines?: Record<string, unknown>;
  /** Plain-text table printed to stdout. */
  table: string;
  /** Seconds of wall time the evaluation took. */
  seconds?: number;
  /** Set when the data was missing: the report says why instead of failing. */
  skipped?: string;
}

/** An evaluation module: `eval/<name>.ts` exports one of these as `evaluation`. */
export interface Evaluation {
  name: string;
  description: string;
  run(ctx: EvalContext): Promise<EvalReport>;
}
