/**
 * npm packages the checks know by name: native addons with their Workers alternative, libraries that
 * generate code while serving requests, and CPU-heavy libraries. Sources: real apps booted in workerd,
 * https://developers.cloudflare.com/workers/runtime-apis/nodejs/ and each library's documentation.
 */

/** Native-addon packages → what to use on Workers instead. */
export const NATIVE_ALTERNATIVES: Record<string, string> = {
  bcrypt: 'bcryptjs (pure JavaScript; keep the cost low, see W601)',
  sharp:
    'the Cloudflare Images binding (https://developers.cloudflare.com/images/transform-images/bindings/)',
  'better-sqlite3': 'D1 (SQLite semantics; the plan can bind one)',
  sqlite3: 'D1 (SQLite semantics; the plan can bind one)',
  canvas: '@napi-rs/canvas is native too: render on the client, or use the Container target',
  argon2: 'hash-wasm (argon2 in WebAssembly)',
  'node-sass': 'sass (Dart Sass in JavaScript), at build time',
  bufferutil: 'nothing: ws works without it (and Workers use WebSocketPair instead of ws servers)',
  'utf-8-validate': 'nothing: ws works without it',
};

/** Loader packages whose presence in a package's dependencies means it ships a native addon. */
export const NATIVE_LOADERS = new Set([
  'node-gyp-build',
  'prebuild-install',
  'node-pre-gyp',
  '@mapbox/node-pre-gyp',
  'bindings',
  'nan',
  'node-addon-api',
]);

export interface CodegenLibrary {
  /** What it compiles at run time. */
  what: string;
  fix: string;
  /** An identifier in the user's sources that turns the behaviour off (e.g. mysql2's `disableEval`). */
  disabledBy?: string;
  /** Packages that compile with it while serving requests when the app uses them (view engines). */
  usedThrough?: string[];
}

export const CODEGEN_LIBRARIES: Record<string, CodegenLibrary> = {
  mysql2: {
    what: 'row parsers with new Function for every query shape',
    fix: 'Pass `disableEval: true` to createConnection/createPool (mysql2 ≥ 3.13).',
    disabledBy: 'disableEval',
  },
  ajv: {
    what: 'validators with new Function in `compile`',
    fix: 'Compile schemas at module scope (allowed at start-up) or generate standalone validators at build time (ajv/dist/standalone).',
  },
  handlebars: {
    what: 'templates with new Function in `compile`',
    fix: 'Precompile templates at build time (`handlebars -c`) and import handlebars/runtime.',
    // Both compile each view on its first render: https://github.com/express-handlebars/express-handlebars
    // and https://github.com/pillarjs/hbs (their READMEs).
    usedThrough: ['express-handlebars', 'hbs'],
  },
  ejs: {
    what: 'templates with new Function',
    fix: 'Precompile templates at build time or use a template engine that does not eval (e.g. JSX via hono/jsx).',
  },
  pug: {
    what: 'templates with new Function',
    fix: 'Compile templates to functions at build time (pug-cli --client).',
  },
};

/**
 * Packages whose `new Function` is not a request-time failure, and why. Measured: express 4 boots and
 * serves with these in its bundle.
 */
export const HARMLESS_CODEGEN: Record<string, string> = {
  // Wraps deprecated functions while modules load: allowed at start-up from 2025-06-01.
  depd: 'start-up only',
  // A Function.prototype.bind polyfill: index.js uses the native bind, which Workers have.
  'function-bind': 'fallback never used',
  // Only the 'dev' format compiles while serving; the app's `morgan('dev')` call is reported (W302).
  morgan: "request-time only for the 'dev' format",
  // Fastify's router compiles as routes are added, which Fastify allows only before it listens: as the
  // Worker starts (measured, fastify 5; plan gives an app that would load on the first request its image).
  'find-my-way': 'start-up only (routes are added before listen)',
};

/** Libraries that do CPU-heavy work per call. */
export const CPU_HEAVY_PACKAGES: Record<string, string> = {
  sharp: 'image processing',
  jimp: 'image processing in JavaScript',
  pdfkit: 'PDF generation',
  'pdf-lib': 'PDF manipulation',
  'fluent-ffmpeg': 'video processing (spawns ffmpeg)',
  puppeteer: 'a headless browser (use Browser Rendering instead)',
};

/** Synchronous hashing/KDF calls and the argument index holding their cost. */
export const CPU_COST_CALLS: Record<string, { argument: number; threshold: number; unit: string }> =
  {
    hashSync: { argument: 1, threshold: 10, unit: 'bcrypt cost' },
    hash: { argument: 1, threshold: 10, unit: 'bcrypt cost' },
    genSaltSync: { argument: 0, threshold: 10, unit: 'bcrypt cost' },
    genSalt: { argument: 0, threshold: 10, unit: 'bcrypt cost' },
    pbkdf2Sync: { argument: 2, threshold: 10_000, unit: 'PBKDF2 iterations' },
    pbkdf2: { argument: 2, threshold: 10_000, unit: 'PBKDF2 iterations' },
  };

/** Packages whose hash functions take the bcrypt cost arguments above. */
export const BCRYPT_PACKAGES = new Set(['bcrypt', 'bcryptjs']);

/** Session middleware that keeps sessions in process memory unless given a `store`. */
export const MEMORY_SESSION_PACKAGES = new Set([
  'express-session',
  'koa-session',
  'fastify-session',
  '@fastify/session',
]);

/** Upload middleware storing on disk with a `dest`/diskStorage. */
export const DISK_UPLOAD_PACKAGES = new Set(['multer', 'formidable']);

/**
 * WebSocket server APIs per package ('' = the package's export called itself): workerd's node:http
 * server never emits 'upgrade' (cloudflare/workerd: `assignSocket` is not implemented).
 */
export const WEBSOCKET_SERVERS: Record<string, string[]> = {
  'socket.io': ['', 'Server'],
  ws: ['Server', 'WebSocketServer'],
};

/**
 * In-process cron schedulers per package ('' = the package's export called itself): the job's timers
 * need a process that keeps running; on Workers a Cron Trigger calls scheduled() instead.
 */
export const CRON_SCHEDULERS: Record<string, string[]> = {
  cron: ['CronJob', 'job'],
  'node-cron': ['schedule'],
  'node-schedule': ['scheduleJob'],
  croner: ['', 'Cron'],
  // Decorators: `@Cron('0 * * * *')` on a provider's method.
  '@nestjs/schedule': ['Cron', 'Interval'],
};
