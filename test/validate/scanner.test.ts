import { describe, expect, it } from 'vitest';
import { scanModule, startupFindings, type ScanOptions } from '../../src/validate/scanner.js';

const modern: ScanOptions = {
  compatibilityDate: '2026-05-03',
  nodejsCompat: true,
  userCode: true,
  cpuMsPerRequest: 10,
};

const rules = (code: string, options: Partial<ScanOptions> = {}) =>
  scanModule(code, { ...modern, ...options }).findings.map((f) => `${f.rule}:${f.line}`);

describe('scanner', () => {
  it.each([
    ["const cluster = require('cluster');\nif (cluster.isPrimary) cluster.fork();", 'W102:2'],
    ["import { Worker } from 'node:worker_threads';\nnew Worker('./job.js');", 'W102:2'],
    ["import net from 'node:net';\nnet.createServer(() => {}).listen(9000);", 'W103:2'],
    ["const http2 = require('http2');\nhttp2.createSecureServer({});", 'W103:2'],
    ["import vm from 'node:vm';\nexport const run = (c) => vm.runInNewContext(c, {});", 'W104:2'],
    ["import { watch } from 'node:fs';\nwatch('./config.json', () => {});", 'W104:2'],
    ["import v8 from 'v8';\nexport const copy = (x) => v8.deserialize(v8.serialize(x));", 'W104:2'],
    [
      "import { promises as dns } from 'node:dns';\nexport const ip = () => dns.lookup('db');",
      'W110:2',
    ],
    ['module.exports = (name) => require(name);', 'W111:1'],
    ["app.set('view engine', 'hbs');", 'W111:1'],
    ["const views = require('path').join(__dirname, 'views');", 'W112:1'],
    ['(async () => {\n  await client.connect();\n})();', 'W201:2'],
    ['db.connect().then(() => app.listen(3000));', 'W201:1'],
    ["const config = fetch('http://config/');", 'W203:1'],
    ["import crypto from 'node:crypto';\nconst secret = crypto.randomBytes(32);", 'W204:2'],
    ['const id = crypto.randomUUID();', 'W204:1'],
    ['export const load = (b) => WebAssembly.compile(b);', 'W303:1'],
    [
      "const bcrypt = require('bcryptjs');\nexport const hash = (p) => bcrypt.hashSync(p, 12);",
      'W601:2',
    ],
    [
      "import { pbkdf2Sync } from 'node:crypto';\nexport const k = (p) => pbkdf2Sync(p, 's', 600000, 32, 'sha256');",
      'W601:2',
    ],
    ["app.get('/quit', () => process.exit(1));", 'W701:1'],
    ["process.on('SIGTERM', () => server.close());", 'W702:1'],
    ["const multer = require('multer');\nconst upload = multer({ dest: 'uploads/' });", 'W703:2'],
    ["import session from 'express-session';\napp.use(session({ secret: 'x' }));", 'W704:2'],
    ["const { Server } = require('socket.io');\nconst io = new Server(server);", 'W113:2'],
    ["const io = require('socket.io')(server);", 'W113:1'],
    ["import { WebSocketServer } from 'ws';\nnew WebSocketServer({ server });", 'W113:2'],
    [
      "const WebSocket = require('ws');\nconst wss = new WebSocket.Server({ noServer: true });",
      'W113:2',
    ],
    ["server.on('upgrade', (req, socket) => socket.destroy());", 'W113:1'],
    [
      "const mysql = require('mysql2/promise');\nexport const pool = mysql.createPool({ uri, ssl: {} });",
      'W104:2',
    ],
    ["const morgan = require('morgan');\napp.use(morgan('dev'));", 'W302:2'],
    ["import Redis from 'ioredis';\nconst redis = new Redis(process.env.REDIS_URL);", 'W201:2'],
    ['app.listen(3000, async () => {\n  await mongoose.connect(url);\n});', 'W201:2'],
    // example-voting-app's result: async.retry runs its task at once, at load.
    [
      "const async = require('async');\nasync.retry({ times: 10 }, (cb) => {\n  pool.connect(cb);\n});",
      'W201:3',
    ],
  ])('%s → %s', (code, expected) => {
    expect(rules(code)).toContain(expected);
  });

  it.each([
    ['setTimeout inside a handler', "app.get('/', (req, res) => setTimeout(() => res.end(), 10));"],
    ['eval at start-up from 2025-06-01', "const add = new Function('a', 'b', 'return a + b');"],
    ['the global-object idiom', "function g() { return Function('return this')(); }"],
    [
      'fs writes into /tmp',
      "import fs from 'node:fs';\nexport const w = () => fs.writeFileSync('/tmp/x', '1');",
    ],
    [
      'session with a store',
      "import session from 'express-session';\napp.use(session({ store, secret }));",
    ],
    [
      'fs and the http client from their dates on',
      "import fs from 'node:fs';\nimport https from 'node:https';\nexport const r = () => [fs.readFileSync('/bundle/a'), https.get('https://x')];",
    ],
    [
      'the ws client',
      "import WebSocket from 'ws';\nexport const c = () => new WebSocket('wss://x');",
    ],
    ['morgan with another format', "const morgan = require('morgan');\napp.use(morgan('tiny'));"],
    [
      'a connect inside a route handler',
      "app.get('/', async (req, res) => { await client.connect(); res.end(); });",
    ],
    [
      'a cost below the threshold',
      "const bcrypt = require('bcryptjs');\nexport const h = (p) => bcrypt.hashSync(p, 8);",
    ],
  ])('does not flag %s', (_name, code) => {
    expect(rules(code)).toEqual([]);
  });

  it.each([
    ["import { CronJob } from 'cron';\nexport const job = new CronJob(expr, tick);", 'W707:2'],
    ["const { CronJob } = require('cron');\nCronJob.from({ cronTime: expr, onTick });", 'W707:2'],
    ["const cron = require('node-cron');\ncron.schedule('0 * * * *', tick);", 'W707:2'],
    [
      "import { Cron } from '@nestjs/schedule';\nexport const tick = __decorateClass([Cron('0 * * * *')], Jobs.prototype, 'tick');",
      'W707:2',
    ],
    ["import schedule from 'node-schedule';\nschedule.scheduleJob('* * * * *', tick);", 'W707:2'],
    [
      "import { PrismaClient } from '@prisma/client';\nexport const db = new PrismaClient();",
      'W401:2',
    ],
    [
      "import { PrismaModule } from 'nestjs-prisma';\nexport const imports = [PrismaModule.forRoot({ isGlobal: true })];",
      'W401:2',
    ],
    [
      "import { PrismaClient } from '@prisma/client';\nexport class Db extends PrismaClient {\n  async onModuleInit() { await this.$connect(); }\n}",
      'W401:2',
    ],
  ])('names in-process cron jobs and Prisma without a driver adapter: %s', (code, expected) => {
    expect(rules(code)).toContain(expected);
  });

  it('names the Prisma subclass TypeScript compiles a decorated class to', () => {
    const code = [
      "import { PrismaClient } from '@prisma/client';",
      'let PrismaService = class extends PrismaClient {};',
    ].join('\n');
    expect(scanModule(code, modern).findings[0]?.message).toMatch(
      /^class PrismaService extends PrismaClient without a driver adapter/,
    );
  });

  it('Prisma with a driver adapter (constructed or passed to super) is not a native engine', () => {
    const adapter = [
      "import { PrismaClient } from '@prisma/client';",
      'export const db = new PrismaClient({ adapter });',
      'export class Db extends PrismaClient {',
      '  constructor() { super({ adapter: new PrismaPg(pool) }); }',
      '}',
      "import { PrismaModule } from 'nestjs-prisma';",
      'PrismaModule.forRoot({ prismaServiceOptions: { prismaOptions: { adapter } } });',
    ].join('\n');
    expect(rules(adapter)).toEqual([]);
  });

  it('flags date-gated APIs before the date they work from, citing it', () => {
    const old = { compatibilityDate: '2024-09-23' };
    const found = scanModule(
      "import fs from 'node:fs';\nexport const r = () => fs.readFileSync('a');\nconst u = process.env.DB_URL;",
      { ...modern, ...old },
    ).findings;
    expect(found.map((f) => `${f.rule}:${f.line}`)).toEqual(['W106:2', 'W106:3']);
    expect(found[0]!.message).toContain('2025-09-01');
    expect(found[1]!.message).toContain('2025-04-01');
  });

  it('W112 still names __dirname the config defines: files read through it are not in /bundle', () => {
    const code = "const views = require('path').join(__dirname, 'views');";
    const [undefinedName] = scanModule(code, modern).findings;
    const [defined] = scanModule(code, { ...modern, defined: ['__dirname'] }).findings;
    expect(undefinedName?.message).toContain('ReferenceError');
    expect(defined).toMatchObject({ rule: 'W112', line: 1 });
    expect(defined?.message).toContain('/bundle');
    expect(defined?.message).not.toContain('ReferenceError');
  });

  it('W701: process.exit() in start-up code (module scope, a listen callback) is a note, not a handler', () => {
    const exits = (code: string) =>
      scanModule(code, modern)
        .findings.filter((f) => f.rule === 'W701')
        .map((f) => `${f.line}:${f.severity ?? 'warning'}:${f.message.includes('start-up')}`);
    // api-aulas: the error branch of fastify's listen callback.
    const listen = [
      'server.listen({ port, host }, (err, address) => {',
      '  if (err) {',
      '    console.error(err);',
      '    process.exit(1);',
      '  }',
      '});',
    ].join('\n');
    expect(exits(listen)).toEqual(['4:note:true']);
    expect(exits('if (!process.env.SECRET) process.exit(1);')).toEqual(['1:note:true']);
    expect(exits('main().catch(() => process.exit(1));')).toEqual(['1:note:true']);
    // In a route or event handler it fails the request.
    expect(exits("app.get('/quit', () => process.exit(1));")).toEqual(['1:warning:false']);
    expect(exits("process.on('uncaughtException', () => process.exit(1));")).toEqual([
      '1:warning:false',
    ]);
  });

  it('no W112 for a __dirname the code defines itself (OpenNext sets it on globalThis)', () => {
    const use = "var NEXT_DIR = path.join(__dirname, '.next');";
    expect(rules(`globalThis.__dirname ??= "";\n${use}`)).toEqual([]);
    expect(rules(`function initRuntime() { global.__dirname = ''; }\n${use}`)).toEqual([]);
    expect(rules(`var __dirname = '/app';\n${use}`)).toEqual([]);
    expect(
      rules(
        `import { dirname } from 'node:path';\nimport { fileURLToPath } from 'node:url';\nconst __dirname = dirname(fileURLToPath(import.meta.url));\n${use}`,
      ),
    ).toEqual([]);
    // Setting another name, or a property of some other object, defines nothing.
    expect(rules(`globalThis.__filename ??= '';\n${use}`)).toEqual(['W112:2']);
    expect(rules(`config.__dirname = '/app';\n${use}`)).toEqual(['W112:2']);
  });
  it('flags module-scope eval before 2025-06-01 only', () => {
    const code = "const f = new Function('return 1');";
    expect(rules(code, { compatibilityDate: '2025-05-31' })).toEqual(['W301:1']);
    expect(rules(code, { compatibilityDate: '2025-06-01' })).toEqual([]);
  });

  it('W301 inside try/catch (a probe or a fallback) is a note; outside, or in a callback defined there, an error', () => {
    const severities = (code: string) =>
      scanModule(code, modern).findings.map((f) => `${f.rule}:${f.line}:${f.severity ?? 'rule'}`);
    // is-generator-function's guarded probe; reflect-metadata's global detection (`return this;`).
    const probe =
      "export function gen() {\n  try {\n    return Function('return function*() {}')();\n  } catch (e) {}\n}";
    expect(severities(probe)).toEqual(['W301:3:note']);
    expect(
      severities(
        'export function g() {\n  try { return Function("return this;")(); } catch (_) {}\n}',
      ),
    ).toEqual([]);
    expect(severities("export const run = (c) => new Function('x', c);")).toEqual(['W301:1:rule']);
    // A try/finally catches nothing; a function made inside try runs later, outside it.
    expect(
      severities('export function f(c) {\n  try { return eval(c); } finally { done(); }\n}'),
    ).toEqual(['W301:2:rule']);
    expect(
      severities('export function f(c) {\n  try { return () => eval(c); } catch {}\n}'),
    ).toEqual(['W301:2:rule']);
  });

  it('needs nodejs_compat for built-ins', () => {
    expect(
      rules("import fs from 'node:fs';\nfs.existsSync('x');", { nodejsCompat: false }),
    ).toEqual(['W109:2']);
  });

  it('skips parsing dependency files no rule can match, and applies only library rules to them', () => {
    const quiet = scanModule('module.exports = function add(a, b) { return a + b; };', {
      ...modern,
      userCode: false,
    });
    expect(quiet.parsed).toBe(false);
    const dep =
      "process.exit(1);\nconst cp = require('child_process');\nexports.run = () => cp.spawn('x');";
    expect(rules(dep, { userCode: false })).toEqual(['W101:3']);
  });

  it('parses old sloppy-mode CommonJS (with statements, octal literals)', () => {
    expect(
      rules("with (obj) { x = 010; }\nrequire('child_process').execSync('ls');", {
        userCode: false,
      }),
    ).toEqual(['W101:2']);
  });

  it('collects listen ports for the one-port rule', () => {
    expect(scanModule('app.listen(3000);\nadmin.listen(9090);', modern).listenPorts).toEqual([
      '3000',
      '9090',
    ]);
  });
});

describe("start-up work reached through the app's functions", () => {
  const reached = (modules: Record<string, string>) => {
    const summaries = new Map(
      Object.entries(modules).map(([file, code]) => [file, scanModule(code, modern).startup!]),
    );
    const resolve = (_from: string, specifier: string) => specifier.replace('./', '');
    return startupFindings(summaries, resolve).map(
      (r) => `${r.work.rule} ${r.file}:${r.work.line} via ${r.chain.join(' → ')}`,
    );
  };

  it('follows start() → connectDb() across modules, and async IIFEs', () => {
    expect(
      reached({
        'server.js': [
          "const { connectDb } = require('./db.js');",
          'async function start() {',
          '  await connectDb();',
          '}',
          'start();',
        ].join('\n'),
        'db.js': [
          "const { Pool } = require('pg');",
          'const pool = new Pool();',
          'async function connectDb() {',
          '  await pool.connect();',
          '  setInterval(() => pool.query("select 1"), 1000);',
          '}',
          'module.exports = { connectDb };',
        ].join('\n'),
      }),
    ).toEqual([
      'W201 db.js:4 via server.js:5 start() → server.js:3 connectDb()',
      'W202 db.js:5 via server.js:5 start() → server.js:3 connectDb()',
    ]);
  });

  it('follows a query callback that re-arms a timer (a poll loop started at load)', () => {
    expect(
      reached({
        'server.js': [
          "const async = require('async');",
          'async.retry({ times: 10 }, (done) => pool.connect(done), (err, client) => {',
          '  poll(client);',
          '});',
          'function poll(client) {',
          "  client.query('SELECT 1', [], (err, result) => {",
          "    io.emit('scores', result);",
          '    setTimeout(() => poll(client), 1000);',
          '  });',
          '}',
        ].join('\n'),
      }),
    ).toEqual(['W202 server.js:8 via server.js:3 poll()']);
  });

  it('follows ESM exports, main().catch() and listen callbacks; not route handlers', () => {
    expect(
      reached({
        'index.js': [
          "import boot from './boot.js';",
          "import { watchConfig } from './config.js';",
          'async function main() { await boot(); }',
          'main().catch(console.error);',
          'app.listen(3000, () => { watchConfig(); });',
        ].join('\n'),
        'boot.js': [
          "import amqp from 'amqplib';",
          'export default async function boot() {',
          '  const channel = await (await amqp.connect(url)).createChannel();',
          "  app.get('/', () => channel.consume('q', handle));",
          '}',
        ].join('\n'),
        'config.js': [
          "import chokidar from 'chokidar';",
          "export const watchConfig = () => chokidar.watch('config.json');",
        ].join('\n'),
      }),
    ).toEqual([
      'W201 boot.js:3 via index.js:4 main() → index.js:3 boot()',
      'W201 config.js:2 via index.js:5 watchConfig()',
    ]);
  });
});
