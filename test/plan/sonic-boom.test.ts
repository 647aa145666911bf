// The sonic-boom stand-in (a generated CommonJS module) as pino uses it, in Node: lines reach the
// console, one call per line; the stream keeps sonic-boom's events and methods. The boot in workerd
// is in test/validate/browser-builds.test.ts. Also: sonic-boom is found as Node finds it, beside
// a symlinked pino's real path (pnpm's layout).
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { installedTree } from '../../src/plan/installed.js';
import { SONIC_BOOM_STAND_IN } from '../../src/plan/sonic-boom.js';
import { useTempDirs } from '../support/temp-dirs.js';

const temps = useTempDirs('dtw-sonic-');

interface Stream {
  write(data: string): boolean;
  flush(cb: (error: Error | null) => void): void;
  end(): void;
  once(event: string, listener: () => void): void;
  fd: number;
}
type StandIn = ((opts: unknown, minLength?: number, sync?: boolean) => Stream) &
  (new (opts: unknown) => Stream);

function load(): StandIn {
  const module = { exports: {} as StandIn };
  const run = new Function('require', 'module', 'exports', SONIC_BOOM_STAND_IN) as (
    r: NodeJS.Require,
    m: typeof module,
    e: unknown,
  ) => void;
  run(createRequire(import.meta.url), module, module.exports);
  return module.exports;
}

afterEach(() => vi.restoreAllMocks());

describe('sonic-boom stand-in', () => {
  it('takes pino lines to console.log (fd 1) and console.error (fd 2), one call per line', () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const SonicBoom = load();
    const logger = pino({ base: null, timestamp: false }, new SonicBoom({ dest: 1, sync: true }));
    logger.info({ path: '/' }, 'request');
    expect(log.mock.calls).toEqual([['{"level":30,"path":"/","msg":"request"}']]);
    // sonic-boom 0.x's (fd, minLength, sync), called without `new`.
    SonicBoom(2, 0, true).write('a\nb\n');
    expect(error.mock.calls).toEqual([['a'], ['b']]);
  });

  it("keeps sonic-boom's flush callback and end's finish and close events", async () => {
    const stream = new (load())({ fd: 1 });
    await new Promise<void>((done) => stream.flush(() => done()));
    const closed = new Promise<void>((done) => stream.once('close', done));
    stream.end();
    await closed;
    expect(() => stream.write('late\n')).toThrow('SonicBoom destroyed');
  });

  it('finds a dependency beside a symlinked package’s real path, as Node does', async () => {
    const root = await temps.dir();
    const store = join(root, 'node_modules/.pnpm/pino@6.11.3/node_modules');
    await mkdir(join(store, 'pino'), { recursive: true });
    await mkdir(join(store, 'sonic-boom'), { recursive: true });
    await writeFile(
      join(store, 'pino/package.json'),
      JSON.stringify({ version: '6.11.3', dependencies: { 'sonic-boom': '^1.0.2' } }),
    );
    await writeFile(join(store, 'sonic-boom/package.json'), JSON.stringify({ version: '1.4.1' }));
    await symlink(join(store, 'pino'), join(root, 'node_modules/pino'), 'dir');
    const tree = await installedTree(root, { pino: '^6.11.3' });
    expect(tree.map((p) => [p.name, p.version, p.via])).toEqual([
      ['pino', '6.11.3', 'pino'],
      ['sonic-boom', '1.4.1', 'pino > sonic-boom'],
    ]);
  });
});
