// `npm run bench`: runs every case in tests/bench/cases/, prints one table and writes bench/results.json.
// Benchmarks are measurements, not tests: nothing here fails on a slow number.
import { mkdtempSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchCase, BenchRow } from './bench-types';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const quick = process.argv.includes('--quick');
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);

function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Math.abs(value) >= 100) return value.toFixed(0);
  if (Math.abs(value) >= 1) return value.toFixed(2);
  return value.toPrecision(3);
}

async function main(): Promise<void> {
  const caseFiles = readdirSync(path.join(here, 'cases')).filter((f) => f.endsWith('.ts')).sort();
  const workDir = mkdtempSync(path.join(tmpdir(), 'landlink-bench-'));
  const results: { case: string; rows: BenchRow[]; error?: string }[] = [];
  try {
    for (const file of caseFiles) {
      if (only && !file.includes(only)) continue;
      const module = (await import(pathToFileURL(path.join(here, 'cases', file)).href)) as { default?: BenchCase };
      const bench = module.default;
      // Helper modules shared by cases (no default BenchCase) live beside them.
      if (!bench || typeof bench.run !== 'function') continue;
      process.stderr.write(`bench: ${bench.title} …\n`);
      try {
        results.push({ case: bench.title, rows: await bench.run({ workDir, quick }) });
      } catch (error) {
        results.push({ case: bench.title, rows: [], error: error instanceof Error ? error.message : String(error) });
      }
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }

  const lines: string[][] = [['case', 'figure', 'value', 'anchor', 'ratio', 'goal']];
  for (const result of results) {
    if (result.error) lines.push([result.case, `FAILED: ${result.error}`, '', '', '', '']);
    for (const row of result.rows) {
      lines.push([
        result.case,
        row.name,
        `${formatNumber(row.value)} ${row.unit}`,
        row.anchor ? `${row.anchor.name}: ${formatNumber(row.anchor.value)} ${row.anchor.unit}` : '',
        row.ratio === undefined ? '' : `${formatNumber(row.ratio)}×`,
        row.goal ?? '',
      ]);
    }
  }
  const widths = lines[0]!.map((_, i) => Math.max(...lines.map((l) => [...(l[i] ?? '')].length)));
  for (const line of lines) console.log(line.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd());

  mkdirSync(path.join(root, 'bench'), { recursive: true });
  const machine = { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version };
  writeFileSync(path.join(root, 'bench', 'results.json'), JSON.stringify({ date: new Date().toISOString(), quick, machine, results }, null, 2));
  console.log(`\nwritten: bench/results.json`);
  if (results.some((r) => r.error)) process.exitCode = 1;
}

await main();
