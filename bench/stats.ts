import { performance } from 'node:perf_hooks';

export interface Measurement {
  name: string;
  samples: number[];
  /** The case this one is compared with, by name. */
  baseline?: string;
}

/**
 * Measures cases side by side: each round runs every case once, starting with a different one
 * each time, so that drift (caches, GC, the other core busy) falls on all of them alike.
 */
export async function measureInterleaved(
  cases: { name: string; fn: () => Promise<unknown>; baseline?: string }[],
  options: { warmup: number; runs: number },
): Promise<Measurement[]> {
  const results = cases.map((c) => ({ name: c.name, baseline: c.baseline, samples: [] as number[] }));
  for (let round = 0; round < options.warmup + options.runs; round++) {
    for (let k = 0; k < cases.length; k++) {
      const i = (round + k) % cases.length;
      const start = performance.now();
      await cases[i].fn();
      if (round >= options.warmup) results[i].samples.push(performance.now() - start);
    }
  }
  return results;
}

/** Nearest-rank percentile. */
export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

const ms = (value: number) => value.toFixed(1);

/** A Markdown table (readable as plain text too): case, runs, p50, p95, max, overhead vs its baseline at p50. */
export function table(measurements: Measurement[]): string {
  const byName = new Map(measurements.map((m) => [m.name, m]));
  const header = ['case', 'runs', 'p50 ms', 'p95 ms', 'max ms', 'vs baseline (p50)'];
  const rows = measurements.map((m) => {
    const p50 = percentile(m.samples, 50);
    let overhead = 'baseline';
    const base = m.baseline ? byName.get(m.baseline) : undefined;
    if (base) {
      const b50 = percentile(base.samples, 50);
      const delta = p50 - b50;
      overhead = `${delta >= 0 ? '+' : ''}${ms(delta)} ms (${delta >= 0 ? '+' : ''}${((delta / b50) * 100).toFixed(0)} %)`;
    }
    return [m.name, String(m.samples.length), ms(p50), ms(percentile(m.samples, 95)), ms(Math.max(...m.samples)), overhead];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => '| ' + cells.map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ') + ' |';
  const rule = '|' + widths.map((w, i) => (i === 0 || i === widths.length - 1 ? '-'.repeat(w + 2) : '-'.repeat(w + 1) + ':')).join('|') + '|';
  return [line(header), rule, ...rows.map(line)].join('\n');
}
