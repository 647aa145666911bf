import { createHash } from 'node:crypto';

/**
 * Worker names: lowercase letters, digits and dashes. ≤ 54 characters so that `<alias>-<name>` preview
 * hostnames still fit the 63-character DNS label (Cloudflare docs, Workers preview URLs).
 */
export const MAX_WORKER_NAME = 54;

/**
 * Names of the resources plan puts in wrangler.jsonc (R2 buckets, D1 databases, queues): the rule
 * wrangler checks for bucket names (`/^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/`, its `isValidR2BucketName`),
 * which also meets the queue rule (lowercase letters, digits and dashes, no dash at either end,
 * ≤ 63 characters: create-cloudflare's `validateQueueName`) and D1's.
 */
export const MAX_RESOURCE_NAME = 63;
const RESOURCE_NAME = /^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/;

/** Lowercase letters, digits and single dashes, no dash at either end (`My_App.v2` → `my-app-v2`). */
export function slug(text: string): string {
  return text
    .replace(/^@/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 6);
}

/** Joins parts into a slug of at most `max` characters; a cut name ends in a hash of the whole. */
function boundedSlug(parts: (string | null | undefined)[], max: number, fallback: string): string {
  const whole = parts
    .filter((p): p is string => Boolean(p))
    .map(slug)
    .filter(Boolean)
    .join('-');
  if (whole.length <= max) return whole || fallback;
  const hash = shortHash(whole);
  return `${whole.slice(0, max - hash.length - 1).replace(/-+$/, '')}-${hash}`;
}

export function workerName(...parts: (string | null | undefined)[]): string {
  return boundedSlug(parts, MAX_WORKER_NAME, 'app');
}

/** `<worker>-<what>` for a bucket, database or queue: always valid, at least 3 characters. */
export function resourceName(worker: string, what: string): string {
  const name = boundedSlug([worker, what], MAX_RESOURCE_NAME, 'data');
  return name.length >= 3 ? name : `${name}-data`;
}

export function isValidResourceName(name: string): boolean {
  return RESOURCE_NAME.test(name);
}

export function isValidWorkerName(name: string): boolean {
  return name.length <= MAX_WORKER_NAME && /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/.test(name);
}

/** A binding name the code can use: `uploads` → `UPLOADS`, `/app/data-dir` → `DATA_DIR`. */
export function bindingName(raw: string): string {
  const base = raw.split('/').filter(Boolean).pop() ?? raw;
  const name = base
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return /^[A-Z]/.test(name) ? name : `B_${name || 'DATA'}`;
}
