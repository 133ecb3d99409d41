import { performance } from 'node:perf_hooks';

export interface Latency {
  iterations: number;
  meanMs: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
}

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;

/** Times `run` after `warmup` untimed runs; awaits it when it returns a promise. */
export async function measure(run: () => unknown, iterations: number, warmup: number): Promise<Latency> {
  for (let i = 0; i < warmup; i++) await run();
  const durations: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    await run();
    durations.push(performance.now() - start);
  }
  durations.sort((a, b) => a - b);
  return {
    iterations,
    meanMs: round(durations.reduce((sum, d) => sum + d, 0) / durations.length),
    p50Ms: round(percentile(durations, 0.5)),
    p95Ms: round(percentile(durations, 0.95)),
    p99Ms: round(percentile(durations, 0.99)),
  };
}
