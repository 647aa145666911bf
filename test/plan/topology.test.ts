// A compose stack as Cloudflare sees it: one Worker for the app's own code; the proxy becomes routing,
// the frontend's build becomes assets, copies and dev tools are dropped, dev mounts are not state.
import { cp, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/index.js';
import { staticSiteOf } from '../../src/plan/assets.js';
import { bootWorker } from '../../src/toolchain/workerd.js';
import { smokeBoot } from '../../src/validate/smoke.js';
import { nodeAppModel } from '../support/app-model.js';
import { testContext } from '../support/context.js';
import { useTempDirs } from '../support/temp-dirs.js';
import { FIXTURES } from './support.js';
import { bootAndGet, bootOptions, dryRun, planned, wrangler } from './workers.js';

const { dir, repo } = useTempDirs('dtw-topology-');

/** The fixture copied away: the generated build writes web/dist and web/node_modules. */
async function stack(): Promise<string> {
  const root = join(await dir(), 'shop');
  await cp(join(FIXTURES, 'compose-topology'), root, { recursive: true });
  return root;
}

describe('compose topology', () => {
  it('detect: roles, proxy routes, copies, dev-only mounts and dev tools, each with file:line', async () => {
    const model = await detect(join(FIXTURES, 'compose-topology'), {}, testContext());
    expect(model.composeService).toBe('api');
    expect(model.builtServices.map((s) => [s.name, s.role, s.copyOf ?? null, s.source])).toEqual([
      ['web', 'static', null, 'compose.yaml:11'],
      ['api-copy', 'app', 'api', 'compose.yaml:26'],
    ]);
    expect(model.services.map((s) => [s.name, s.kind])).toEqual([
      ['proxy', 'nginx'],
      ['db', 'postgres'],
      ['mailpit', 'mail'],
      ['adminer', 'admin'],
    ]);
    expect(model.services[0]?.routes).toEqual([
      { path: '/api/', upstream: 'http://backend', service: 'api', source: 'proxy/nginx.conf:9' },
      { path: '/', upstream: 'http://web:80', service: 'web', source: 'proxy/nginx.conf:13' },
    ]);
    expect(model.volumes.map((v) => [v.target, v.devOnly ?? null, v.source_ref])).toEqual([
      ['/app/src', 'source', 'compose.yaml:20'],
      ['/app/package.json', 'source', 'compose.yaml:21'],
      ['/app/node_modules', 'dependencies', 'compose.yaml:22'],
      ['/app/uploads', null, 'compose.yaml:23'],
    ]);
    // `command: npm run dev` (nodemon) gives way to the image's CMD; replicas are one Worker.
    expect([model.entry, model.startCommand]).toEqual(['api/src/server.js', 'node src/server.js']);
    expect(model.diagnostics.map((d) => `${d.ruleId} ${d.file ?? ''}:${String(d.line)}`)).toEqual([
      'D063 compose.yaml:25',
      'D062 api/package.json:5',
    ]);
  });

  it('plan: one Worker with the frontend as SPA assets, the proxy as routes; it bundles and boots', async () => {
    const plan = await planned(await stack());
    expect(plan.workers.map((w) => w.name)).toEqual(['shop-api']);
    const [worker] = plan.workers;
    if (!worker) throw new Error('no worker');
    expect(worker.bindings.map((b) => `${b.type} ${b.binding}`)).toEqual([
      'hyperdrive HYPERDRIVE',
      'r2 UPLOADS',
    ]);
    const config = worker.generated!.config;
    const fromWorker = (path: string) =>
      relative(join(plan.outDir, worker.name), join(plan.root, path));
    expect(config.assets).toEqual({
      directory: fromWorker('web/dist'),
      not_found_handling: 'single-page-application',
      run_worker_first: ['/api/*'],
    });
    expect(config.build).toEqual({ command: 'npm ci && npm run build', cwd: fromWorker('web') });
    const rows = Object.fromEntries(worker.report.map((r) => [r.key, [r.outcome, r.source]]));
    expect(rows).toMatchObject({
      'services.proxy (nginx:1.27-alpine)': ['dropped', 'compose.yaml:4'],
      'proxy: /api/ → http://backend': ['converted', 'proxy/nginx.conf:9'],
      'proxy: / → http://web:80': ['converted', 'proxy/nginx.conf:13'],
      'static files web/dist': ['converted', 'web/Dockerfile:10'],
      'services.api-copy': ['dropped', 'compose.yaml:26'],
      'replicas: 2': ['dropped', 'compose.yaml:25'],
      'services.mailpit (axllent/mailpit:latest)': ['dropped', 'compose.yaml:33'],
      'services.adminer (adminer:4)': ['dropped', 'compose.yaml:35'],
      'volume api/src:/app/src': ['dropped', 'compose.yaml:20'],
      'volume api/package.json:/app/package.json': ['dropped', 'compose.yaml:21'],
      'volume uploads:/app/uploads': ['approximated', 'compose.yaml:23'],
    });
    expect(plan.diagnostics.map((d) => d.ruleId)).toEqual(
      expect.arrayContaining(['P048', 'P049', 'P049']),
    );

    // wrangler runs the frontend's build, bundles the API; workerd serves both.
    const bundle = await dryRun(plan, worker);
    const assetsDirectory = join(plan.root, 'web', 'dist');
    expect(await readFile(join(assetsDirectory, 'index.html'), 'utf8')).toContain('<title>Shop');
    const booted = await bootWorker(await wrangler(), {
      ...(await bootOptions(worker, bundle)),
      assetsDirectory,
      assetsRouting: { notFoundHandling: 'single-page-application', runWorkerFirst: ['/api/*'] },
    });
    try {
      const items = await booted.fetch('/api/items');
      expect([items.status, items.body]).toEqual([200, '["lamp","mug"]']);
      const page = await booted.fetch('/cart/42', { headers: { 'sec-fetch-mode': 'navigate' } });
      expect([page.status, page.body]).toEqual([200, expect.stringContaining('<title>Shop')]);
      expect((await booted.fetch('/assets/app.js')).body).toContain("fetch('/api/items')");
      expect((await booted.fetch('/api/nothing')).status).toBe(404);
    } finally {
      await booted.dispose();
    }
    // check's smoke boot serves the assets too: `/` is the frontend, not the API's 404.
    const entry = join(bundle, 'entry.js');
    const { smoke } = await smokeBoot(await wrangler(), {
      files: { entry, modules: [entry] },
      worker,
      root: plan.root,
      startupLimitMs: 60_000,
    });
    expect([smoke.path, smoke.status]).toEqual(['/', 200]);
  });

  it('a proxy built FROM nginx is not a Worker: the backend is, and it bundles', async () => {
    const root = await repo({
      'compose.yaml': [
        'services:',
        '  gateway:',
        '    build: ./gateway',
        '  backend:',
        '    build: ./backend',
      ].join('\n'),
      'gateway/Dockerfile': 'FROM nginx:alpine\nCOPY default.conf /etc/nginx/conf.d/default.conf\n',
      'gateway/default.conf': 'server {\n  location / { proxy_pass http://backend:8080; }\n}\n',
      'backend/Dockerfile':
        'FROM node:22-alpine\nWORKDIR /app\nCOPY . .\nEXPOSE 8080\nCMD ["node", "server.js"]\n',
      'backend/package.json': '{ "name": "backend" }',
      'backend/server.js':
        'require("node:http").createServer((q, s) => s.end("hi")).listen(8080);\n',
    });
    const plan = await planned(root);
    expect(plan.workers.map((w) => w.service)).toEqual(['backend']);
    const [worker] = plan.workers;
    if (!worker) throw new Error('no worker');
    expect(worker.report).toContainEqual(
      expect.objectContaining({
        key: 'gateway: / → http://backend:8080',
        source: 'gateway/default.conf:2',
        became: `Worker ${worker.name}`,
      }),
    );
    expect(await bootAndGet(plan, worker, ['/'])).toEqual([200]);
  });

  it('a frontend-only image becomes an assets-only Worker that builds first and falls back to index.html', async () => {
    const root = await repo({
      Dockerfile: [
        'FROM node:22-alpine AS build',
        'WORKDIR /app',
        'COPY . .',
        'RUN npm ci && npm run build',
        'FROM nginx:1.27-alpine',
        'COPY --from=build /app/dist /usr/share/nginx/html',
      ].join('\n'),
      'package.json': '{ "name": "landing", "scripts": { "build": "node build.mjs" } }',
      'package-lock.json':
        '{ "name": "landing", "lockfileVersion": 3, "requires": true, "packages": { "": { "name": "landing" } } }',
      'build.mjs':
        "import { mkdir, writeFile } from 'node:fs/promises';\nawait mkdir('dist', { recursive: true });\nawait writeFile('dist/index.html', '<h1>Landing</h1>');\n",
    });
    const plan = await planned(root);
    const [worker] = plan.workers;
    if (!worker) throw new Error('no worker');
    const config = worker.generated!.config;
    expect(config.main).toBeUndefined();
    expect(config.assets).toMatchObject({ not_found_handling: 'single-page-application' });
    expect(config.build).toMatchObject({ command: 'npm ci && npm run build' });
    await dryRun(plan, worker);
    expect(await readFile(join(root, 'dist', 'index.html'), 'utf8')).toBe('<h1>Landing</h1>');
  });

  it('a built frontend without a lockfile installs as its image does (npm ci refuses to run without one)', () => {
    const frontend = (packageManager: 'npm' | null) =>
      nodeAppModel(join(FIXTURES, 'frontend'), 'server.js', {
        packageManager,
        packageJson: { dir: 'frontend', scripts: { build: 'vite build' } },
        staticSite: { directory: 'frontend/dist', built: true, source: 'frontend/Dockerfile:8' },
      });
    expect(staticSiteOf(frontend(null))?.build).toEqual({
      command: 'npm install && npm run build',
      cwd: 'frontend',
    });
    expect(staticSiteOf(frontend('npm'))?.build?.command).toBe('npm ci && npm run build');
  });
});
