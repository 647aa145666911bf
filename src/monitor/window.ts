import { UserError } from '../errors.js';

const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000 } as const;
/** Cloudflare keeps Workers analytics for about a month of queries (the GraphQL tutorial's limit). */
const MAX_MS = 31 * UNIT_MS.d;

/** `30m`, `1h`, `7d` in milliseconds; `what` names the flag or input in the error. */
export function parseDuration(text: string, what: string): number {
  const match = /^(\d+)\s*([mhd])$/.exec(text.trim());
  const value = match ? Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS] : NaN;
  if (!Number.isFinite(value) || value <= 0 || value > MAX_MS) {
    throw new UserError(
      `${what} is '${text}'; expected a duration like 30m, 1h or 7d (at most 31d).`,
      {
        fix: `Pass ${what} as a number followed by m (minutes), h (hours) or d (days).`,
      },
    );
  }
  return value;
}
