/** Exit codes of the `storyline` command; documented in docs/cli.md. */
export const EXIT = {
  OK: 0,
  /** An unexpected failure (a bug, or the system failed). */
  FAILURE: 1,
  /** Wrong arguments. */
  USAGE: 2,
  /** The command ran, but some documents were rejected (see the summary). */
  REJECTED: 3,
  /** What was asked for does not exist (article id, input path). */
  NOT_FOUND: 4,
  /** The database could not be opened or is of a newer schema. */
  DATABASE: 5,
  /** A network fetch failed. */
  NETWORK: 6,
} as const;

/** Maps an error code of the core to an exit code. */
export function exitCodeFor(code: string | undefined): number {
  if (!code) return EXIT.FAILURE;
  if (code === 'USAGE') return EXIT.USAGE;
  if (code === 'NOT_FOUND' || code === 'INPUT_NOT_FOUND') return EXIT.NOT_FOUND;
  if (code.startsWith('DB_')) return EXIT.DATABASE;
  if (code.startsWith('FETCH_') || code.startsWith('FEED_')) return EXIT.NETWORK;
  return EXIT.FAILURE;
}
