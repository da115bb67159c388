/**
 * The wait before retry number `attempt` (1 after the first failure): exponential from `baseMs`,
 * capped at `maxMs`, with "full jitter" (a uniform draw between half and all of it) so that jobs
 * failing together do not come back together.
 */
export function retryDelayMs(attempt: number, baseMs = 2000, maxMs = 10 * 60_000, random: () => number = Math.random): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.min(30, Math.max(0, attempt - 1)));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
