// Measures how the Node API table (src/validate/node-apis.ts) behaves in the installed workerd: one Worker
// calls every row's API, bundled by the real `wrangler deploy --dry-run` and booted through
// src/toolchain/workerd.ts (miniflare 5). Prints each row's prediction at the date beside what happened.
// Public reference: https://developers.cloudflare.com/workers/runtime-apis/nodejs/
// Usage: WRANGLER_SEND_METRICS=false npm exec -- tsx scripts/node-api-probe.ts [YYYY-MM-DD] [--flags a,b]
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Context } from '../src/context.js';
import { bootWorker, supportedCompatibilityDate } from '../src/toolchain/workerd.js';
import { resolveWrangler, runWrangler, type Wrangler } from '../src/toolchain/wrangler.js';
import { NODE_APIS, type NodeApi } from '../src/validate/node-apis.js';
import { quietContext } from '../bench/context.js';

/**
 * Per table row (`module.member`), a call that returns only when the API does what it does on Node, and
 * throws (or times out) when it is a stub, a no-op or a fake. `D` is the module's default export (or its
 * namespace), `ev` waits for an event, `PORT` is a local HTTP server.
 */
export const PROBE_CALLS: Record<string, string> = {
  'child_process.*': `return D.execSync('ls').toString();`,
  'cluster.fork': `return await ev(D.fork(), ['online', 'exit']);`,
  'worker_threads.Worker': `return await ev(new D.Worker('1', { eval: true }), ['online', 'exit']);`,
  'wasi.WASI': `return typeof new D.WASI({ version: 'preview1' }).wasiImport;`,
  'http2.*': `return await ev(D.connect('http://127.0.0.1:PORT'), ['connect']);`,
  // Listening is not enough: a connection to the port must reach it, as on a container.
  'net.createServer': `const s = D.createServer((c) => c.end('hi')); s.listen(9000); await ev(s, ['listening']); const c = D.createConnection({ host: '127.0.0.1', port: 9000 }); return await ev(c, ['data']);`,
  'tls.createServer': `const s = D.createServer({}, () => {}); s.listen(8443); return await ev(s, ['listening']);`,
  'dgram.createSocket': `const s = D.createSocket('udp4'); s.bind(41234); return await ev(s, ['listening']);`,
  'inspector.*': `new D.Session().connect(); return 'connected';`,
  'repl.start': `return typeof D.start({ prompt: '> ' });`,
  'v8.serialize': `return D.serialize({ a: 1 }).length;`,
  'v8.deserialize': `const v = D.deserialize(new Uint8Array([0xff, 0x0f, 0x49, 0x02])); if (v !== 1) throw new Error('returned ' + v); return v;`,
  'v8.setFlagsFromString': `D.setFlagsFromString('--expose-gc'); return 'set';`,
  'vm.*': `return D.runInNewContext('a + 1', { a: 1 });`,
  'fs.watch': `return typeof D.watch('/tmp');`,
  'fs.watchFile': `D.watchFile('/tmp/probe.txt', () => {}); return 'watching';`,
  'util.parseArgs': `return D.parseArgs({ args: ['--x'], options: { x: { type: 'boolean' } } }).values.x;`,
  'console.Console': `const S = await import('node:stream'); new D.Console({ stdout: new S.Writable({ write: (c, e, cb) => cb() }) }).log('x'); return 'logged';`,
  'perf_hooks.monitorEventLoopDelay': `return typeof D.monitorEventLoopDelay().mean;`,
  'domain.create': `return D.create().run(() => 4);`,
  'process.dlopen': `D.dlopen({ exports: {} }, '/bundle/addon.node'); return 'loaded';`,
  'readline.createInterface': `const S = await import('node:stream'); const rl = D.createInterface({ input: S.Readable.from(['a\\nb\\n']) }); return await ev(rl, ['close']);`,
  'async_hooks.createHook': `let n = 0; const h = D.createHook({ init() { n++; } }).enable(); await new Promise((r) => setTimeout(r, 1)); h.disable(); if (n === 0) throw new Error('init never called'); return n;`,
  'trace_events.createTracing': `D.createTracing({ categories: ['node'] }).enable(); const on = D.getEnabledCategories(); if (!on) throw new Error('no categories enabled'); return on;`,
  'dns.*': `return await new Promise((res, rej) => D.lookup('localhost', (e, a) => (e ? rej(e) : res(a))));`,
  'fs.*': `return D.readdirSync('/').length;`,
  'http.request': `return await new Promise((res, rej) => { const q = D.request('http://127.0.0.1:PORT/', (r) => res(r.statusCode)); q.on('error', rej); q.end(); });`,
  'http.get': `return await new Promise((res, rej) => D.get('http://127.0.0.1:PORT/', (r) => res(r.statusCode)).on('error', rej));`,
  'https.request': `return await new Promise((res) => { const q = D.request('https://127.0.0.1:PORT/', () => res('answered')); q.on('error', (e) => res('implemented: ' + e.message)); q.end(); });`,
  'https.get': `return await new Promise((res) => D.get('https://127.0.0.1:PORT/', () => res('answered')).on('error', (e) => res('implemented: ' + e.message)));`,
  'http.createServer': `const s = D.createServer((q, r) => r.end('hi')); s.listen(8080); return await ev(s, ['listening']);`,
};

export const rowKey = (api: Pick<NodeApi, 'module' | 'member'>) => `${api.module}.${api.member}`;

export interface ProbeOutcome {
  works: boolean;
  /** The value returned, or the error / timeout. */
  detail: string;
}

/** The Worker: every probe in parallel, each against a timeout, answered as JSON. */
function probeWorker(keys: string[], port: number): string {
  const modules = [...new Set(keys.map((k) => k.split('.')[0]!))];
  const imports = modules.map((m, i) => `import * as m${i} from 'node:${m}';`).join('\n');
  const calls = keys.map((key) => {
    const index = modules.indexOf(key.split('.')[0]!);
    const body = PROBE_CALLS[key]!.replaceAll('PORT', String(port));
    return `  [${JSON.stringify(key)}, async () => { const D = m${index}.default ?? m${index}; ${body} }],`;
  });
  return `${imports}
const ev = (em, names, ms = 2000) => new Promise((resolve, reject) => {
  const timer = setTimeout(() => reject(new Error('no ' + names.join('/') + ' event within ' + ms + ' ms')), ms);
  for (const n of names) em.on(n, () => { clearTimeout(timer); resolve('event ' + n); });
  em.on('error', (e) => { clearTimeout(timer); reject(e); });
});
const CALLS = [
${calls.join('\n')}
];
async function run([key, fn]) {
  let timer;
  const timeout = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error('no result within 4000 ms')), 4000); });
  try {
    return [key, { works: true, detail: String(await Promise.race([fn(), timeout])) }];
  } catch (e) {
    return [key, { works: false, detail: (e && (e.code ? e.code + ': ' : '') + e.message) || String(e) }];
  } finally { clearTimeout(timer); }
}
export default {
  async fetch() {
    const results = Object.fromEntries(await Promise.all(CALLS.map(run)));
    return new Response(JSON.stringify(results), { headers: { 'content-type': 'application/json' } });
  },
};
`;
}

/** Bundles and boots the probe Worker at `date` with `flags`; each key's outcome. */
export async function probeNodeApis(
  ctx: Context,
  wrangler: Wrangler,
  options: { date: string; flags: string[]; keys: string[] },
): Promise<Record<string, ProbeOutcome>> {
  const server = createServer((_req, res) => res.end('ok'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const dir = await mkdtemp(join(tmpdir(), 'dtw-node-probe-'));
  try {
    const port = (server.address() as AddressInfo).port;
    await writeFile(join(dir, 'index.js'), probeWorker(options.keys, port));
    const config = join(dir, 'wrangler.jsonc');
    await writeFile(
      config,
      JSON.stringify({
        name: 'node-api-probe',
        main: 'index.js',
        compatibility_date: options.date,
        compatibility_flags: options.flags,
      }),
    );
    const out = join(dir, 'out');
    const bundled = await runWrangler(ctx, wrangler, ['deploy', '--dry-run', '--outdir', out], {
      config,
      cwd: dir,
    });
    if (bundled.exitCode !== 0) throw new Error(`wrangler failed:\n${bundled.stderr}`);
    const worker = await bootWorker(wrangler, {
      scriptPath: join(out, 'index.js'),
      compatibilityDate: options.date,
      compatibilityFlags: options.flags,
      onRuntimeOutput: () => undefined,
    });
    try {
      const response = await worker.fetch('/');
      return JSON.parse(response.body) as Record<string, ProbeOutcome>;
    } finally {
      await worker.dispose();
    }
  } finally {
    server.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** What the table says of a row at `date`: broken unless workerd implements it from `worksFrom`. */
export const tablePredictsBroken = (api: NodeApi, date: string): boolean =>
  !(api.worksFrom && date >= api.worksFrom);

async function main() {
  const ctx = quietContext();
  const wrangler = await resolveWrangler(ctx);
  const args = process.argv.slice(2);
  const date =
    args.find((a) => /^\d{4}-\d{2}-\d{2}$/.test(a)) ?? (await supportedCompatibilityDate(wrangler));
  const flagsAt = args.indexOf('--flags');
  const flags = flagsAt >= 0 ? (args[flagsAt + 1] ?? '').split(',').filter(Boolean) : [];
  const outcomes = await probeNodeApis(ctx, wrangler, {
    date,
    flags,
    keys: NODE_APIS.map(rowKey),
  });
  console.log(
    `wrangler ${wrangler.version}, compatibility date ${date}, flags [${flags.join(', ')}]`,
  );
  for (const api of NODE_APIS) {
    const outcome = outcomes[rowKey(api)]!;
    const predicted = tablePredictsBroken(api, date) ? 'broken' : 'works';
    const observed = outcome.works ? 'works' : 'broken';
    const mark = predicted === observed ? '  ' : '≠ ';
    console.log(
      `${mark}${rowKey(api).padEnd(34)} table ${predicted.padEnd(6)} workerd ${observed.padEnd(6)} ${outcome.detail.slice(0, 110)}`,
    );
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
