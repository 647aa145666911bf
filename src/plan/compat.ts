import { PINNED_WRANGLER_VERSION } from '../toolchain/wrangler.js';
import type { Target } from '../model/index.js';

/**
 * The newest compatibility date each pinned local runtime accepts: a generated config must also boot in
 * the local workerd (check's smoke boot), so the default is that date, never "today".
 * Source: /work/shared/reference/node-compat.md §1 (workerd refuses 2026-05-04 with this build).
 */
export const RUNTIME_DATES: readonly { wrangler: string; workerd: string; newestDate: string }[] = [
  { wrangler: '4.86.0', workerd: '1.20260426.1', newestDate: '2026-05-03' },
];

/** Dates where a behaviour the generated config relies on changes (workers-facts.md, node-compat.md). */
export const DATE_MILESTONES = {
  /** `nodejs_compat` v2 (native modules + unenv) starts here. */
  nodejsCompatV2: '2024-09-23',
  /** `httpServerHandler` / node:http server modules on by default. */
  httpServerModules: '2025-09-01',
  /** `nodejs_compat` on by default (naming it is then reported by wrangler). */
  nodejsCompatDefault: '2026-08-04',
} as const;

export function defaultCompatibilityDate(wranglerVersion = PINNED_WRANGLER_VERSION): string {
  const row = RUNTIME_DATES.find((r) => r.wrangler === wranglerVersion);
  // An unlisted wrangler gets the oldest listed date: every newer runtime accepts it.
  return (row ?? RUNTIME_DATES[0])?.newestDate ?? '2026-05-03';
}

export function isCompatibilityDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}

/** The flags a target needs at a date (dates compare as strings: ISO format). */
export function compatibilityFlags(
  target: Target,
  date: string,
  usesHttpServerHandler: boolean,
): string[] {
  if (target === 'python-worker') return ['python_workers'];
  const flags: string[] = [];
  if (date < DATE_MILESTONES.nodejsCompatDefault) flags.push('nodejs_compat');
  if (usesHttpServerHandler && date < DATE_MILESTONES.httpServerModules) {
    flags.push('enable_nodejs_http_modules', 'enable_nodejs_http_server_modules');
  }
  return flags;
}
