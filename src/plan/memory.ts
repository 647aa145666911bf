import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LineCounter, parseDocument, isMap, isScalar, type Node } from 'yaml';
import type { AppModel } from '../model/index.js';

/** A Worker isolate's memory (workers-facts.md, limits table). */
export const ISOLATE_MEMORY_MB = 128;

/** Cloudflare Containers instance types by memory (MiB), smallest first. */
const INSTANCE_TYPES: readonly { type: string; memoryMb: number }[] = [
  { type: 'lite', memoryMb: 256 },
  { type: 'basic', memoryMb: 1024 },
  { type: 'standard-1', memoryMb: 4096 },
  { type: 'standard-2', memoryMb: 6144 },
  { type: 'standard-3', memoryMb: 8192 },
  { type: 'standard-4', memoryMb: 12288 },
];

export interface DeclaredMemory {
  megabytes: number;
  source: string;
}

const UNITS: Record<string, number> = { b: 1 / 1048576, k: 1 / 1024, m: 1, g: 1024 };

/** Compose memory strings: `512m`, `1g`, `1.5G`, `268435456` (bytes). */
export function parseMemory(value: string): number | null {
  const match = /^(\d+(?:\.\d+)?)\s*([bkmg])?(?:i?b)?$/i.exec(value.trim());
  if (!match) return null;
  const unit = (match[2] ?? 'b').toLowerCase();
  return Number(match[1]) * (UNITS[unit] ?? 1);
}

/** `deploy.resources.limits.memory` (or `mem_limit`) of the app's compose service, with its line. */
export async function declaredMemory(app: AppModel): Promise<DeclaredMemory | null> {
  if (!app.composeService) return null;
  let found: DeclaredMemory | null = null;
  for (const file of app.composeFiles) {
    const text = await readFile(join(app.root, file), 'utf8').catch(() => null);
    if (text === null) continue;
    const counter = new LineCounter();
    const doc = parseDocument(text, { lineCounter: counter });
    const service = ['services', app.composeService];
    const node = (doc.getIn([...service, 'deploy', 'resources', 'limits', 'memory'], true) ??
      doc.getIn([...service, 'mem_limit'], true)) as Node | undefined;
    if (!node || !isScalar(node) || isMap(node)) continue;
    const megabytes = parseMemory(String(node.value));
    const line = node.range ? counter.linePos(node.range[0]).line : undefined;
    if (megabytes !== null) found = { megabytes, source: line ? `${file}:${line}` : file };
  }
  return found;
}

/** The smallest instance type with at least the declared memory (`basic` when nothing is declared). */
export function instanceTypeFor(memory: DeclaredMemory | null): string {
  if (!memory) return 'basic';
  return (
    (INSTANCE_TYPES.find((t) => t.memoryMb >= memory.megabytes) ?? INSTANCE_TYPES.at(-1))?.type ??
    'basic'
  );
}
