/**
 * Worker names: lowercase letters, digits and dashes. ≤ 54 characters so that `<alias>-<name>` preview
 * hostnames still fit the 63-character DNS label (workers-facts.md, limits table).
 */
export const MAX_WORKER_NAME = 54;

export function workerName(...parts: (string | null | undefined)[]): string {
  const raw = parts
    .filter((p): p is string => Boolean(p))
    .map((p) => p.replace(/^@/, ''))
    .join('-');
  const slug = raw
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  return slug.slice(0, MAX_WORKER_NAME).replace(/-+$/, '') || 'app';
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
