import semver from 'semver';
import type { Target } from '../model/index.js';

/** Dates where a behaviour the generated config relies on changes (Cloudflare's compatibility-flags docs). */
export const DATE_MILESTONES = {
  /** `nodejs_compat` v2 (native modules + unenv) starts here. */
  nodejsCompatV2: '2024-09-23',
  /** `httpServerHandler` / node:http server modules on by default. */
  httpServerModules: '2025-09-01',
  /** `nodejs_compat` on by default (wrangler 4.164's `NODEJS_COMPAT_DEFAULT_ON_DATE`): no flag needed. */
  nodejsCompatDefault: '2026-08-04',
} as const;

/**
 * Whether Node.js APIs are on for a date and flags, as wrangler decides it (`resolveNodejsCompat` in
 * workers-sdk's workers-utils/src/compatibility-date.ts): the flag, or the date from 2026-08-04 unless
 * `no_nodejs_compat` turns it off.
 */
export function nodejsCompatEnabled(date: string, flags: readonly string[]): boolean {
  if (flags.includes('nodejs_compat')) return true;
  return date >= DATE_MILESTONES.nodejsCompatDefault && !flags.includes('no_nodejs_compat');
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

/** `secrets.required` in the wrangler config: wrangler 4.77 and newer check it before a deploy. */
export function supportsRequiredSecrets(wranglerVersion: string): boolean {
  return semver.gte(wranglerVersion, '4.77.0');
}
