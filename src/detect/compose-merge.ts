/** Docker Compose's merge rules for one service defined in several files (or through `extends`). */
export type ComposeObject = Record<string, unknown>;

const MAP_KEYS = new Set(['environment', 'labels', 'extra_hosts', 'annotations', 'sysctls']);
const APPEND_KEYS = new Set([
  'ports',
  'expose',
  'env_file',
  'dns',
  'dns_search',
  'cap_add',
  'cap_drop',
  'external_links',
  'tmpfs',
  'devices',
]);
const BY_TARGET_KEYS = new Set(['volumes', 'secrets', 'configs']);

export function isObject(value: unknown): value is ComposeObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Later wins for scalars and for `command`/`entrypoint`; maps merge by key; lists follow compose's rules. */
export function mergeService(base: ComposeObject, override: ComposeObject): ComposeObject {
  const merged: ComposeObject = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const current = merged[key];
    if (current === undefined || value === null) merged[key] = value;
    else if (MAP_KEYS.has(key)) merged[key] = { ...toMap(current), ...toMap(value) };
    else if (APPEND_KEYS.has(key)) merged[key] = unique([...toList(current), ...toList(value)]);
    else if (BY_TARGET_KEYS.has(key)) merged[key] = mergeByTarget(toList(current), toList(value));
    else if (key === 'depends_on')
      merged[key] = { ...dependsOnMap(current), ...dependsOnMap(value) };
    else if (key === 'build')
      merged[key] = { ...normaliseBuild(current), ...normaliseBuild(value) };
    else if (key !== 'command' && key !== 'entrypoint' && isObject(current) && isObject(value)) {
      merged[key] = deepMerge(current, value);
    } else merged[key] = value;
  }
  return merged;
}

function deepMerge(base: ComposeObject, override: ComposeObject): ComposeObject {
  const merged: ComposeObject = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const current = merged[key];
    merged[key] = isObject(current) && isObject(value) ? deepMerge(current, value) : value;
  }
  return merged;
}

/** `environment` / `labels` as a map; list entries `KEY=value` (or bare `KEY`, value null). */
export function toMap(value: unknown): Record<string, string | null> {
  if (Array.isArray(value)) {
    return Object.fromEntries(
      value.map((item) => {
        const text = String(item);
        const eq = text.indexOf('=');
        return eq === -1 ? [text, null] : [text.slice(0, eq), text.slice(eq + 1)];
      }),
    );
  }
  if (isObject(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, v === null || v === undefined ? null : String(v)]),
    );
  }
  return {};
}

export function toList(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  return value === undefined || value === null ? [] : [value];
}

export function dependsOnMap(value: unknown): Record<string, unknown> {
  if (Array.isArray(value)) return Object.fromEntries(value.map((name) => [String(name), {}]));
  return isObject(value) ? value : {};
}

export function normaliseBuild(value: unknown): ComposeObject {
  if (typeof value === 'string') return { context: value };
  return isObject(value) ? value : {};
}

/** Container path of a volume / secret / config entry, short or long syntax. */
export function mountTarget(entry: unknown): string {
  if (isObject(entry)) return String(entry.target ?? entry.source ?? '');
  const parts = String(entry).split(':');
  return parts.length === 1 ? parts[0]! : parts[1]!;
}

function mergeByTarget(base: unknown[], override: unknown[]): unknown[] {
  const byTarget = new Map<string, unknown>();
  for (const entry of [...base, ...override]) byTarget.set(mountTarget(entry), entry);
  return [...byTarget.values()];
}

function unique(values: unknown[]): unknown[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const key = JSON.stringify(v);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
