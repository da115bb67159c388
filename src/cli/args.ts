import { parseArgs, type ParseArgsConfig } from 'node:util';
import { StorylineError } from '../core/errors.js';

/** An option of a command, for parsing and for `--help`. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  description: string;
  /** Placeholder shown in help (`FILE`, `DATE`). */
  value?: string;
}

/** A command: its usage line, what it does, its options, and how it runs. */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  description?: string;
  options: Record<string, OptionSpec>;
  /** Runs the command; returns the exit code. */
  run(args: ParsedArgs, io: Io): Promise<number>;
}

/** Parsed options and positional arguments. */
export interface ParsedArgs {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

/** Where a command writes: stdout for data, stderr for progress and messages. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** True when stderr is a terminal (progress bars only then). */
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
  stdin: NodeJS.ReadableStream;
}

/** Options every command accepts. */
export const COMMON_OPTIONS: Record<string, OptionSpec> = {
  help: { type: 'boolean', short: 'h', description: 'show this help' },
};

/** The database option shared by commands that use the store. */
export const DB_OPTION: Record<string, OptionSpec> = {
  db: { type: 'string', value: 'PATH|URL', description: 'SQLite file or postgres://… URL (?schema=NAME) (default: $STORYLINE_DB, else ./storyline.db)' },
};

/** Filters shared by list, search and export. */
export const FILTER_OPTIONS: Record<string, OptionSpec> = {
  outlet: { type: 'string', value: 'NAME', description: 'only articles of this outlet' },
  language: { type: 'string', value: 'CODE', description: 'only articles in this language (ISO 639-1)' },
  since: { type: 'string', value: 'DATE', description: 'published on or after this date' },
  until: { type: 'string', value: 'DATE', description: 'published on or before this date' },
};

/** Parses argv for a command; unknown options are a usage error naming the option. */
export function parseCommandArgs(command: Command, argv: string[]): ParsedArgs {
  const options: ParseArgsConfig['options'] = {};
  for (const [name, spec] of Object.entries({ ...command.options, ...COMMON_OPTIONS })) {
    options[name] = { type: spec.type, ...(spec.short ? { short: spec.short } : {}), ...(spec.multiple ? { multiple: true } : {}) };
  }
  try {
    const parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    return { values: parsed.values as ParsedArgs['values'], positionals: parsed.positionals };
  } catch (error) {
    throw new StorylineError('USAGE', `${(error as Error).message}. See 'storyline ${command.name} --help'.`);
  }
}

/** The `--help` text of a command. */
export function helpText(command: Command): string {
  const lines = [`Usage: ${command.usage}`, '', command.summary];
  if (command.description) lines.push('', command.description);
  const all = { ...command.options, ...COMMON_OPTIONS };
  lines.push('', 'Options:');
  const rows = Object.entries(all).map(([name, spec]) => {
    const flag = `${spec.short ? `-${spec.short}, ` : '    '}--${name}${spec.type === 'string' ? ` ${spec.value ?? 'VALUE'}` : ''}`;
    return [flag, spec.description + (spec.multiple ? ' (repeatable)' : '')];
  });
  const width = Math.max(...rows.map((r) => r[0].length)) + 2;
  for (const [flag, desc] of rows) lines.push(`  ${flag.padEnd(width)}${desc}`);
  return lines.join('\n') + '\n';
}

/** A string option, or undefined. */
export function str(args: ParsedArgs, name: string): string | undefined {
  const v = args.values[name];
  return typeof v === 'string' ? v : undefined;
}

/** A repeatable string option as a list. */
export function list(args: ParsedArgs, name: string): string[] {
  const v = args.values[name];
  return Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
}

/** A positive integer option with a default; a usage error when it is not one. */
export function int(args: ParsedArgs, name: string, fallback: number): number {
  const v = str(args, name);
  if (v === undefined) return fallback;
  if (!/^\d+$/.test(v)) throw new StorylineError('USAGE', `--${name} takes a whole number, found "${v}"`);
  return Number(v);
}

/** A date option (YYYY-MM-DD or ISO date-time); a usage error when it is not one. */
export function date(args: ParsedArgs, name: string): string | undefined {
  const v = str(args, name);
  if (v === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(v) || Number.isNaN(Date.parse(v))) {
    throw new StorylineError('USAGE', `--${name} takes a date like 2025-08-27, found "${v}"`);
  }
  return v;
}

/** The database location (a SQLite path or a postgres:// URL): `--db`, else `$STORYLINE_DB`, else `./storyline.db`. */
export function dbPath(args: ParsedArgs, env: NodeJS.ProcessEnv): string {
  return str(args, 'db') || env.STORYLINE_DB || 'storyline.db';
}
