#!/usr/bin/env node
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { isStorylineError } from '../core/errors.js';
import { type Command, type Io, helpText, parseCommandArgs } from './args.js';
import { EXIT, exitCodeFor } from './exit-codes.js';
import { analyzeCommand } from './commands/analyze.js';
import { articlesCommand, searchCommand, statsCommand } from './commands/articles.js';
import { demoCommand } from './commands/demo.js';
import { exportCommand } from './commands/export.js';
import { ingestCommand } from './commands/ingest.js';
import { reprocessCommand } from './commands/reprocess.js';
import { serveCommand } from './commands/serve.js';
import { watchCommand } from './commands/watch.js';
import { workerCommand } from './commands/worker.js';
import { statusCommand } from './commands/status.js';
import { storiesCommand, storyCommand } from './commands/stories.js';
import { entitiesCommand, entityCommand } from './commands/entities.js';
import { quotesCommand, statementCommand } from './commands/quotes.js';
import { timelineCommand } from './commands/timeline.js';

/** Every command, in the order `storyline --help` lists them. */
export const COMMANDS: Command[] = [
  ingestCommand, watchCommand, workerCommand, statusCommand, analyzeCommand, articlesCommand, searchCommand,
  storiesCommand, storyCommand, entitiesCommand, entityCommand, quotesCommand, statementCommand, timelineCommand,
  exportCommand, statsCommand, reprocessCommand, serveCommand, demoCommand,
];

const VERSION = '0.1.0';

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length)) + 2;
  return [
    'Storyline: follow a news story across many outlets.',
    '',
    'Usage: storyline COMMAND [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    '',
    "Run 'storyline COMMAND --help' for a command's options. Documentation: docs/cli.md",
    '',
  ].join('\n');
}

/** Runs the CLI with arguments and streams; returns the exit code (never calls process.exit). */
export async function runCli(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(mainHelp());
    return name ? EXIT.OK : EXIT.USAGE;
  }
  if (name === '--version' || name === '-v') {
    io.out(`${VERSION}\n`);
    return EXIT.OK;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`storyline: unknown command "${name}". Commands: ${COMMANDS.map((c) => c.name).join(', ')}.\n`);
    return EXIT.USAGE;
  }
  try {
    const args = parseCommandArgs(command, rest);
    if (args.values.help) {
      io.out(helpText(command));
      return EXIT.OK;
    }
    return await command.run(args, io);
  } catch (error) {
    if (isStorylineError(error)) {
      io.err(`storyline ${command.name}: ${error.message} [${error.code}]\n`);
      return exitCodeFor(error.code);
    }
    io.err(`storyline ${command.name}: unexpected failure: ${(error as Error)?.stack ?? String(error)}\n`);
    return EXIT.FAILURE;
  }
}

function isMainModule(): boolean {
  if (!process.argv[1]) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;
  } catch {
    return false;
  }
}

if (isMainModule()) {
  const io: Io = {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
    isTTY: Boolean(process.stderr.isTTY),
    env: process.env,
    stdin: process.stdin,
  };
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(EXIT.OK);
  });
  runCli(process.argv.slice(2), io).then((code) => {
    process.exitCode = code;
  });
}
