/**
 * `npx tsx packages/core/bench/time-parse.ts [events]`: median of 5 runs (after 2 warm-ups) of
 * findDatasetIssues' parts, parseDataset and prepareTimeline on a synthetic dataset (seed 1), with
 * the load average, since the machine is shared. A script, not a test: it prints figures, asserts nothing.
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { safeParse } from 'valibot';
import { datasetSchema, generateSyntheticDataset, parseDataset, prepareTimeline } from '../src/index.js';
import { isWellFormedDataset } from '../src/validate/is-well-formed-dataset.js';
import { checkRules } from '../src/validate/check-rules.js';
import { STOP_AT_FIRST_ISSUE } from '../src/validate/issue-sink.js';
import type { DatasetIssue } from '../src/validate/dataset-error.js';

const size = Number(process.argv[2] ?? 100_000);
const dataset = JSON.parse(JSON.stringify(generateSyntheticDataset({ events: size, seed: 1 }))) as unknown;

// Wall time, and this process's CPU time: on a shared, loaded machine the CPU time is the steadier figure.
function median(name: string, run: () => unknown): void {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    run();
    const c1 = process.cpuUsage(c0);
    if (i >= 2) {
      wall.push(performance.now() - t0);
      cpu.push((c1.user + c1.system) / 1000);
    }
  }
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  console.log(`${name.padEnd(32)} wall median ${wall[2]!.toFixed(1).padStart(7)} ms (min ${wall[0]!.toFixed(1)}, max ${wall[4]!.toFixed(1)}); ` +
    `CPU median ${cpu[2]!.toFixed(1).padStart(7)} ms`);
}

console.log(`${size.toLocaleString('en')} events, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
median('valibot safeParse (full)', () => safeParse(datasetSchema, dataset));
median('valibot safeParse (abortEarly)', () => safeParse(datasetSchema, dataset, { abortEarly: true }));
median('isWellFormedDataset (compiled)', () => isWellFormedDataset(dataset));
median('checkRules (all, one walk)', () => checkRules(dataset, [] as DatasetIssue[]));
median('checkRules (stop at first)', () => checkRules(dataset, STOP_AT_FIRST_ISSUE));
median('parseDataset', () => parseDataset(dataset));
const valid = parseDataset(dataset);
median('prepareTimeline', () => prepareTimeline(valid));
