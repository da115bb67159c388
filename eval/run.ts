import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EvalContext, EvalReport, Evaluation } from './types.js';

// The evaluation runner: `npm run eval -- NAME... [--quick] [--benchmarks DIR] [--seeds DIR] [key=value]`.
// Each NAME is a module eval/NAME.ts exporting `evaluation`. The report is printed and written to
// eval/reports/NAME.json (NAME.quick.json with --quick), committed with the script that made it.

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const KNOWN = ['seeds', 'extraction', 'ner', 'aliases', 'quotes', 'time', 'clustering', 'places'];

async function main(argv: string[]): Promise<number> {
  const names: string[] = [];
  const args: Record<string, string> = {};
  let quick = false;
  let benchmarks = resolve(REPO, '..', 'shared', 'benchmarks');
  let seeds = resolve(REPO, '..', 'shared', 'seeds');
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--quick') quick = true;
    else if (a === '--benchmarks') benchmarks = resolve(argv[++i] ?? '');
    else if (a === '--seeds') seeds = resolve(argv[++i] ?? '');
    else if (a === '--help' || a === '-h') {
      process.stdout.write(`Usage: npm run eval -- [NAME...] [--quick] [--benchmarks DIR] [--seeds DIR]\nNames: ${KNOWN.join(', ')} (default: all that exist)\n`);
      return 0;
    } else if (a.includes('=')) {
      const [k, ...v] = a.split('=');
      args[k] = v.join('=');
    } else names.push(a);
  }
  const here = dirname(fileURLToPath(import.meta.url));
  const available = KNOWN.filter((n) => existsSync(join(here, `${n}.js`)));
  const selected = names.length ? names : available;
  let failed = 0;
  for (const name of selected) {
    if (!available.includes(name)) {
      process.stderr.write(`eval: no evaluation named "${name}" (have: ${available.join(', ')})\n`);
      failed++;
      continue;
    }
    const mod = (await import(`./${name}.js`)) as { evaluation: Evaluation };
    const ctx: EvalContext = { benchmarks, seeds, quick, args, log: (m) => process.stderr.write(`[${name}] ${m}\n`) };
    const started = performance.now();
    let report: EvalReport;
    try {
      report = await mod.evaluation.run(ctx);
    } catch (error) {
      process.stderr.write(`eval ${name} failed: ${(error as Error).stack}\n`);
      failed++;
      continue;
    }
    report.seconds ??= Math.round((performance.now() - started) / 100) / 10;
    const environment = { node: process.version, platform: `${process.platform}-${process.arch}`, date: new Date().toISOString() };
    if (report.skipped) {
      process.stdout.write(`== ${name}: skipped: ${report.skipped}\n`);
      continue;
    }
    process.stdout.write(`== ${name} (${report.dataset}): ${report.headline.metric} = ${report.headline.value.toFixed(4)} in ${report.seconds}s\n${report.table}\n`);
    const out = join(REPO, 'eval', 'reports', `${name}${quick ? '.quick' : ''}.json`);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify({ ...report, environment }, null, 2)}\n`);
    process.stderr.write(`report written to ${out}\n`);
  }
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
