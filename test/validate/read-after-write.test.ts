import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/model/index.js';
import { kvReadYourWrites } from '../../src/report/entries.js';
import { resolveWrangler } from '../../src/toolchain/wrangler.js';
import { kvReadAfterWrite, readsAfterWrites } from '../../src/validate/read-after-write.js';
import { testContext } from '../support/context.js';
import { fixture } from './support.js';

const pairs = (code: string) =>
  readsAfterWrites(code).map(({ write, read }) => `${write.method}→${read.method}(${read.key})`);

describe('W706 KV read right after a write', () => {
  it.each([
    [
      'a client made here, set then get',
      'const r = new Redis();\nasync function f(k) { await r.set(k, 1); return r.get(k); }',
      ['set→get(k)'],
    ],
    [
      'createClient, hset then hgetall on the same template key',
      "const c = createClient();\nexport const f = async (id) => { await c.hset(`u:${id}`, 'a', 1); return c.hgetall(`u:${id}`); };",
      ['hset→hgetall(`u:${id}`)'],
    ],
    [
      'a client imported by name, incr then get',
      "import { redis } from './db';\nexport async function f(k) { await redis.incr(k); return redis.get(k); }",
      ['incr→get(k)'],
    ],
    [
      'a client on this',
      'class S { constructor() { this.redis = new Redis(); } async f(k) { await this.redis.set(k, 1); return this.redis.get(k); } }',
      ['set→get(k)'],
    ],
  ])('%s', (_, code, expected) => {
    expect(pairs(code)).toEqual(expected);
  });

  it.each([
    [
      'cache-aside: read, then write',
      'const r = new Redis();\nasync function f(k) { const v = await r.get(k); await r.set(k, 1); return v; }',
    ],
    [
      'another key',
      'const r = new Redis();\nasync function f(a, b) { await r.set(a, 1); return r.get(b); }',
    ],
    [
      'another function',
      'const r = new Redis();\nasync function w(k) { await r.set(k, 1); }\nasync function g(k) { return r.get(k); }',
    ],
    ['a Map, not Redis', 'const m = new Map();\nfunction f(k) { m.set(k, 1); return m.get(k); }'],
  ])('no finding for %s', (_, code) => {
    expect(pairs(code)).toEqual([]);
  });

  it('reports file:line in JavaScript and TypeScript with the fix, and feeds the report', async () => {
    const dir = fixture('kv-read-after-write');
    const wrangler = await resolveWrangler(testContext());
    const found = await kvReadAfterWrite(
      [join(dir, 'src/profiles.js'), join(dir, 'src/visits.ts')],
      dir,
      'CACHE',
      wrangler,
    );
    expect(found.map((d) => `${d.ruleId} ${d.file}:${d.line}`)).toEqual([
      'W706 src/profiles.js:7',
      'W706 src/visits.ts:10',
    ]);
    expect(found[0]?.message).toBe(
      'store.get(`profile:${id}`) reads the key store.set() wrote on line 6; on KV (binding CACHE) the read can return the old value for up to 60 s',
    );
    expect(found[0]?.fix).toContain('Durable Object');
    expect(found[0]?.docs).toBe(
      'https://developers.cloudflare.com/kv/concepts/how-kv-works/#consistency',
    );
    const other: Diagnostic = { ruleId: 'W704', severity: 'warning', message: 'state' };
    expect(kvReadYourWrites([other, ...found])).toEqual(['src/profiles.js:7', 'src/visits.ts:10']);
  });
});
