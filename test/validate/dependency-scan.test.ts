import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/model/index.js';
import { resolveWrangler } from '../../src/toolchain/wrangler.js';
import { bundleInputs } from '../../src/validate/bundle.js';
import { finding } from '../../src/validate/rules.js';
import { afterBoot, scanBundle } from '../../src/validate/scan-bundle.js';
import { scanModule, type ScanOptions } from '../../src/validate/scanner.js';
import { startedCleanly } from '../../src/validate/smoke.js';
import { testContext } from '../support/context.js';

const library: ScanOptions = {
  compatibilityDate: '2026-11-17',
  nodejsCompat: true,
  userCode: false,
  cpuMsPerRequest: 10,
};

const found = (code: string) =>
  scanModule(code, library).findings.map(
    (f) => `${f.rule}:${f.line}${f.deferred ? ':deferred' : ''}`,
  );

describe("a library's use of Node stubs", () => {
  it('a feature test or a wrapped prototype is no finding; a call is', () => {
    // monitor-event-loop-delay's pattern: the stub is a function (typeof passes), calling it throws.
    const probe = [
      "const perf = require('perf_hooks');",
      "if (typeof perf.monitorEventLoopDelay !== 'function') throw new Error('no');",
      'module.exports = (o) => perf.monitorEventLoopDelay(o);',
    ].join('\n');
    expect(found(probe)).toEqual(['W104:3:deferred']);
    // An APM agent's patching: reads ChildProcess.prototype (readable in workerd), calls nothing.
    const patch = [
      "const cp = require('child_process');",
      "if (cp.ChildProcess) wrap(cp.ChildProcess.prototype, 'spawn', (f) => f);",
    ].join('\n');
    expect(found(patch)).toEqual([]);
  });

  it('marks findings inside functions as deferred, not those run at load (module scope, IIFE)', () => {
    const code = [
      "const cp = require('child_process');",
      "cp.execSync('a');",
      "(function () { cp.execSync('b'); })();",
      "exports.later = function () { return cp.execSync('c'); };",
    ].join('\n');
    expect(found(code)).toEqual(['W101:2', 'W101:3', 'W101:4:deferred']);
  });
});

/** Writes files under a new temporary directory; returns it. */
async function tree(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'dtw-depscan-'));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
  return root;
}

const brief = (d: Diagnostic) =>
  `${d.severity} ${d.ruleId} ${d.file ?? ''}:${d.line ?? ''}${d.package ? ` ${d.package}` : ''}`;

describe('code generation in a try/catch', () => {
  it('is caught unless the catch rethrows', () => {
    const compile = (handler: string) =>
      scanModule(
        `exports.compile = (src) => {\n  try { return new Function(src); } catch (e) { ${handler} }\n};`,
        library,
      ).findings.map((f) => `${f.rule}:${f.line}:${f.severity ?? 'rule'}`);
    expect(compile('return null;')).toEqual(['W301:2:note']);
    // ajv's compile: logs the generated code, then throws the EvalError on.
    expect(compile("console.error('compiling', src);\n throw e;")).toEqual(['W301:2:rule']);
  });
});

describe('scanning what the bundle holds', () => {
  it('reads no JSON module as code, and judges a dependency by whether the app calls into it', async () => {
    const root = await tree({
      'package.json': JSON.stringify({
        name: 'app',
        dependencies: { logger: '1', templates: '1', 'express-handlebars': '1' },
      }),
      // Like koa-rest-api-boilerplate's `require('../../package.json')` for its version.
      'server.js': [
        "const { version } = require('./package.json');",
        "const logger = require('logger');",
        "const templates = require('templates');",
        'exports.page = (name) => templates.compile(`<h1>${name} ${version}</h1>`);',
      ].join('\n'),
      // The app's logger uses a redactor only when given paths (pino and fast-redact's pattern).
      'node_modules/logger/index.js':
        "const redact = require('redactor');\nmodule.exports = (o) => (o.paths ? redact(o.paths) : JSON.stringify);",
      'node_modules/redactor/index.js':
        "module.exports = (paths) => Function('o', 'return o.' + paths[0]);",
      // A template engine the app itself compiles with while serving requests.
      'node_modules/templates/index.js':
        "exports.compile = (t) => new Function('d', 'return `' + t + '`');",
      // A code generator bundled only for another package (ajv inside fast-json-stringify).
      'node_modules/ajv/index.js': 'module.exports = class Ajv {};',
      // Compiled on each view's first render by the view engine the app declares.
      'node_modules/handlebars/index.js': 'exports.compile = () => {};',
    });
    const out = join(root, '.docker-to-workers', 'app');
    const inputs = bundleInputs(
      {
        inputs: {
          '../../server.js': {
            bytes: 1,
            imports: [
              { path: '../../package.json' },
              { path: '../../node_modules/logger/index.js' },
              { path: '../../node_modules/templates/index.js' },
            ],
          },
          '../../node_modules/logger/index.js': {
            bytes: 1,
            imports: [
              { path: '../../node_modules/redactor/index.js' },
              { path: '../../node_modules/ajv/index.js' },
            ],
          },
        },
        outputs: {
          'bundle/entry.js': {
            bytes: 1,
            inputs: Object.fromEntries(
              [
                'server.js',
                'package.json',
                'node_modules/logger/index.js',
                'node_modules/redactor/index.js',
                'node_modules/templates/index.js',
                'node_modules/ajv/index.js',
                'node_modules/handlebars/index.js',
              ].map((file) => [`../../${file}`, { bytesInOutput: 1 }]),
            ),
          },
        },
      },
      out,
    );
    const scan = await scanBundle(inputs, join(root, '.docker-to-workers'), {
      root,
      dir: root,
      wrangler: await resolveWrangler(testContext()),
      scan: { ...library },
    });
    expect(scan.diagnostics.map(brief).sort()).toEqual([
      'error W301 node_modules/templates/index.js:1 templates',
      'error W302 : handlebars',
      'note W301 node_modules/redactor/index.js:1 redactor',
      'note W302 : ajv',
    ]);
    const redactor = scan.diagnostics.find((d) => d.package === 'redactor')!;
    expect(redactor.message).toMatch(/which the app does not import itself/);
  });

  it("reports dependency code the app's own build inlined at the dependency's file, with the library rules", async () => {
    // alislam's pattern: its esbuild build writes dist/dev.js (with a source map) holding
    // google-auth-library's child_process calls and ws's client `req.on('upgrade')`.
    const map = {
      version: 3,
      sources: ['../src/app.js', '../node_modules/auth/index.js'],
      names: [],
      // Line 1 from src/app.js:1, line 2 from node_modules/auth/index.js:5.
      mappings: 'AAAA;ACIA',
    };
    const root = await tree({
      'package.json': JSON.stringify({ name: 'app' }),
      'dist/server.js': [
        "const http = require('node:http'); http.createServer((q, s) => s.end('ok')).listen(3000);",
        "const cp = require('child_process'); exports.run = () => cp.execSync('gcloud'); exports.ws = (req) => req.on('upgrade', () => {});",
        '//# sourceMappingURL=server.js.map',
      ].join('\n'),
      'dist/server.js.map': JSON.stringify(map),
    });
    const scan = await scanBundle(
      [{ path: join(root, 'dist/server.js'), package: null, bytesInOutput: 1 }],
      join(root, '.docker-to-workers'),
      { root, dir: root, wrangler: await resolveWrangler(testContext()), scan: { ...library } },
    );
    expect(scan.diagnostics.map(brief)).toEqual(['note W101 node_modules/auth/index.js:5 auth']);
  });

  it("settles a library's stub server constructor by the boot: a clean start did not call it", async () => {
    // fastify's getServerInstance: the constructor chosen once, at start-up, by the `http2`/`https` options.
    const root = await tree({
      'package.json': JSON.stringify({ name: 'app', dependencies: { server: '1' } }),
      'node_modules/server/index.js': [
        "const http = require('node:http');",
        "const http2 = require('node:http2');",
        'exports.create = (options, handler) => {',
        '  if (options.http2) return options.https ? http2.createSecureServer(options.https, handler) : http2.createServer(handler);',
        '  return http.createServer(handler);',
        '};',
        // A client session is no server: the boot says nothing about it.
        'exports.push = (url) => http2.connect(url);',
      ].join('\n'),
    });
    const scan = await scanBundle(
      [
        {
          path: join(root, 'node_modules/server/index.js'),
          package: 'server',
          bytesInOutput: 1,
          importedByApp: true,
        },
      ],
      join(root, '.docker-to-workers'),
      { root, dir: root, wrangler: await resolveWrangler(testContext()), scan: { ...library } },
    );
    expect(scan.diagnostics.map(brief)).toEqual([
      'error W103 node_modules/server/index.js:4 server',
      'error W103 node_modules/server/index.js:7 server',
    ]);
    const boot = (status: number | null, crash?: string) => ({
      smoke: { status, startupMs: 1, error: crash ?? null, path: '/' },
      diagnostics: crash ? [finding('W901', crash)] : [],
    });
    // An app whose options choose HTTP/2 fails to start in workerd (or, imported on the first event,
    // answers 500): the error stays.
    for (const failed of [
      boot(null, 'ERR_METHOD_NOT_IMPLEMENTED'),
      boot(500),
      boot(200, 'Uncaught'),
    ])
      expect(afterBoot(scan, startedCleanly(failed)).map(brief)).toEqual(
        scan.diagnostics.map(brief),
      );
    const booted = afterBoot(scan, startedCleanly(boot(200)));
    expect(booted.map(brief)).toEqual([
      'note W103 node_modules/server/index.js:4 server',
      'error W103 node_modules/server/index.js:7 server',
    ]);
    expect(booted[0]!.message).toMatch(/not the server that ran/);
  });
});
