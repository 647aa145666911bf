export const id = 38;
export const ids = [38];
export const modules = {

/***/ 7758:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $J: () => (/* binding */ parseNumber),
/* harmony export */   AK: () => (/* binding */ DETECT_USAGE),
/* harmony export */   AW: () => (/* binding */ DETECT_FLAGS),
/* harmony export */   Er: () => (/* binding */ THRESHOLD_FLAGS),
/* harmony export */   O2: () => (/* binding */ PROVISION_FLAGS),
/* harmony export */   VZ: () => (/* binding */ tierFromFlag),
/* harmony export */   Wj: () => (/* binding */ buildEnvFrom),
/* harmony export */   _C: () => (/* binding */ detectOptionsFrom),
/* harmony export */   k9: () => (/* binding */ THRESHOLD_USAGE),
/* harmony export */   lX: () => (/* binding */ BUILD_ENV_USAGE),
/* harmony export */   mx: () => (/* binding */ parsePr),
/* harmony export */   pI: () => (/* binding */ thresholdsFrom)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _model_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7978);
/* harmony import */ var _validate_build_env_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2200);



/** Flags every command that runs detect accepts, parsed the same way everywhere. */
const DETECT_FLAGS = {
    dockerfile: { type: 'string' },
    compose: { type: 'string' },
    service: { type: 'string' },
    'docker-target': { type: 'string' },
    ci: { type: 'boolean' },
    verbose: { type: 'boolean' },
};
const DETECT_USAGE = '[--dockerfile F] [--compose F] [--service S] [--docker-target T] [--ci]';
function detectOptionsFrom(values) {
    return {
        dockerfile: values.dockerfile,
        compose: values.compose,
        service: values.service,
        dockerTarget: values['docker-target'],
    };
}
/**
 * `--plan free|paid` (check and plan; plan also takes its older name `--tier`): the tier the limits are
 * checked against, and whether the flag or the default (the action's too) chose it.
 */
function tierFromFlag(value, flag = '--plan') {
    if (value === undefined)
        return { tier: _model_index_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_TIER */ .NB, source: 'default' };
    const tier = _model_index_js__WEBPACK_IMPORTED_MODULE_2__/* .WORKERS_PLAN_TIERS */ .Q1.find((t) => t === value);
    if (!tier) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`Unknown ${flag} '${value}'.`, {
            fix: `Use ${flag} free or ${flag} paid (default ${_model_index_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_TIER */ .NB}, as in the action).`,
        });
    }
    return { tier, source: 'flag' };
}
/** Flags provision and deploy share: where the Workers go and how their resources are named. */
const PROVISION_FLAGS = {
    env: { type: 'string' },
    pr: { type: 'string' },
    out: { type: 'string' },
    json: { type: 'boolean' },
    'per-pr-resources': { type: 'boolean' },
    'location-hint': { type: 'string' },
    /** A variable of the environment to upload as a Worker secret (repeatable). */
    secret: { type: 'string', multiple: true },
    /** A secret whose production value previews may use (repeatable); otherwise they read PREVIEW_<NAME>. */
    'preview-secrets-from-production': { type: 'string', multiple: true },
    /** Variables of the environment for the app's build only (repeatable, comma separated). */
    'build-env': { type: 'string', multiple: true },
};
const BUILD_ENV_USAGE = "[--build-env NAME[,NAME]]... (variables of the environment given only to the app's build)";
/**
 * The values of the variables `--build-env` names, from the command's environment, registered as secrets
 * (check's build and the build before deploy get them; nothing prints them).
 */
function buildEnvFrom(names, command, ctx) {
    const values = (0,_validate_build_env_js__WEBPACK_IMPORTED_MODULE_1__/* .readBuildEnv */ .u1)((0,_validate_build_env_js__WEBPACK_IMPORTED_MODULE_1__/* .buildEnvNames */ .om)(names ?? []), (name) => ctx.env[name], {
        what: '--build-env',
        setValue: (unset) => `Set ${unset.join(', ')} in the environment of the command (e.g. \`${unset[0]}=… docker-to-workers ${command} …\`), or drop ${unset.length > 1 ? 'them' : 'it'} from --build-env.`,
    });
    for (const value of Object.values(values))
        ctx.setSecret(value);
    return values;
}
function parsePr(raw) {
    if (raw === undefined)
        return null;
    const pr = Number(raw);
    if (!Number.isInteger(pr) || pr <= 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`--pr must be a pull request number, not '${raw}'.`, {
            fix: 'Pass --pr 123.',
        });
    }
    return pr;
}
/** Flags monitor and a gradual deploy share: the limits production's metrics are judged against. */
const THRESHOLD_FLAGS = {
    'max-error-rate': { type: 'string' },
    'max-cpu-p99-ms': { type: 'string' },
    'min-requests': { type: 'string' },
};
const THRESHOLD_USAGE = '[--max-error-rate R] [--max-cpu-p99-ms N] [--min-requests N]';
/** A number in `[min, max]`; `R%` is read as a rate for rates. */
function parseNumber(raw, flag, min, max) {
    const value = raw.trim().endsWith('%') ? Number(raw.trim().slice(0, -1)) / 100 : Number(raw);
    if (!Number.isFinite(value) || value < min || value > max) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${flag} is '${raw}'; expected a number from ${min} to ${max}.`, {
            fix: `Pass ${flag} with a value such as ${flag === '--max-error-rate' ? '0.01 (or 1%)' : String(Math.max(min, 1) * 100)}.`,
        });
    }
    return value;
}
function thresholdsFrom(values) {
    const read = (key, min, max) => {
        const raw = values[key];
        return raw === undefined ? undefined : parseNumber(raw, `--${key}`, min, max);
    };
    return {
        maxErrorRate: read('max-error-rate', 0, 1),
        maxCpuP99Ms: read('max-cpu-p99-ms', 0, 300_000),
        minRequests: read('min-requests', 0, Number.MAX_SAFE_INTEGER),
    };
}


/***/ }),

/***/ 2232:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ envVars),
/* harmony export */   u: () => (/* binding */ secretLike)
/* harmony export */ });
const SECRET_NAME = /(TOKEN|SECRET|PASSWORD|PASSWD|PASS|KEY|CREDENTIALS?|PRIVATE|SALT|DSN)(S?)(_|$)|^AUTH/i;
const CREDENTIALS_IN_URL = /^([a-z][\w+.-]*:\/\/)([^:/@\s]*):([^@\s]+)@/i;
/** `header.payload.signature`, each base64url; the header of every JWT starts with `{"` → `eyJ`. */
const JWT = /^eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+$/;
/** Webhook URLs carry their token in the path or the query (Slack, Discord, Teams, `?token=`). */
const WEBHOOK_URL = /^https?:\/\/([^/]*\.)?(hooks\.slack\.com\/|discord(app)?\.com\/api\/webhooks\/|[^/]*webhook\.office\.com\/)|[?&](token|key|secret|sig|signature|access_token)=/i;
/**
 * Names like *TOKEN*, *SECRET*, *PASSWORD*, *_PASS, *KEY*, AUTH*, or a value that is a credential: a URL
 * with a password (`postgres://u:p@h`), a JWT, a webhook URL with its token.
 */
function secretLike(name, value) {
    if (SECRET_NAME.test(name))
        return true;
    if (value === null)
        return false;
    const trimmed = value.trim();
    return CREDENTIALS_IN_URL.test(trimmed) || JWT.test(trimmed) || WEBHOOK_URL.test(trimmed);
}
/**
 * Builds the model's env list. Values of secret-like variables never enter the model: a connection
 * URL keeps its shape with the password masked (plan needs its host), anything else becomes null.
 * They are not registered for masking: they are public in the repository, and a compose default such
 * as `postgres` would otherwise vanish from every log line of the job.
 */
function envVars(entries) {
    const byName = new Map();
    for (const { name, value, source } of entries) {
        const secret = secretLike(name, value);
        let kept = value;
        if (secret && value) {
            const url = CREDENTIALS_IN_URL.exec(value);
            kept = url ? value.replace(CREDENTIALS_IN_URL, `$1$2:***@`) : null;
        }
        byName.set(name, { name, value: kept, secretLike: secret, source });
    }
    return [...byName.values()];
}


/***/ }),

/***/ 9303:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LY: () => (/* binding */ readPackage),
/* harmony export */   Wn: () => (/* binding */ frontendBuildDir),
/* harmony export */   fj: () => (/* binding */ join),
/* harmony export */   n_: () => (/* binding */ packageManagerOf),
/* harmony export */   uY: () => (/* binding */ sourceRoot),
/* harmony export */   vm: () => (/* binding */ buildScriptName),
/* harmony export */   xq: () => (/* binding */ JsonFile)
/* harmony export */ });
/* unused harmony exports NATIVE_ADDONS, DB_CLIENTS */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9547);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8815);
/* harmony import */ var _model_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3302);
/* harmony import */ var _repo_reader_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3255);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9892);
/* harmony import */ var _tsconfig_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6508);







/** A JSON(C) file kept with its text so any key can be traced to its line. */
class JsonFile {
    path;
    text;
    tree;
    value;
    constructor(path, text, tree, value) {
        this.path = path;
        this.text = text;
        this.tree = tree;
        this.value = value;
    }
    static async read(reader, path, findings) {
        const text = await reader.readText(path);
        if (text === null)
            return null;
        const isPackage = path.endsWith('package.json');
        const tooDeep = deeperThan(text, MAX_JSON_DEPTH);
        if (tooDeep !== null) {
            if (isPackage) {
                const detail = `nested deeper than ${MAX_JSON_DEPTH} levels`;
                findings.add('D030', { file: path, detail }, { file: path, line: (0,_text_js__WEBPACK_IMPORTED_MODULE_5__/* .lineAt */ .mh)(text, tooDeep) });
            }
            return new JsonFile(path, text, undefined, {});
        }
        const errors = [];
        const tree = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_1__.parseTree)(text, errors, { allowTrailingComma: true });
        const value = tree ? evaluate(tree) : undefined;
        if (errors.length > 0 && isPackage) {
            const first = errors[0];
            findings.add('D030', { file: path, detail: (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_1__.printParseErrorCode)(first.error) }, { file: path, line: (0,_text_js__WEBPACK_IMPORTED_MODULE_5__/* .lineAt */ .mh)(text, first.offset) });
        }
        const object = isRecord(value) ? value : {};
        if (errors.length === 0 && isPackage && !isRecord(value)) {
            findings.add('D033', { field: 'the top level', expected: 'an object', actual: kindOf(value) }, { file: path });
        }
        return new JsonFile(path, text, tree, object);
    }
    /** `file:line` of a key path (e.g. `['scripts', 'start']`), or of the file. */
    at(...path) {
        const node = this.tree ? (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_1__.findNodeAtLocation)(this.tree, path) : undefined;
        const offset = node?.parent?.type === 'property' ? node.parent.offset : node?.offset;
        return offset === undefined ? this.path : (0,_model_index_js__WEBPACK_IMPORTED_MODULE_6__/* .sourceRef */ .$)(this.path, (0,_text_js__WEBPACK_IMPORTED_MODULE_5__/* .lineAt */ .mh)(this.text, offset));
    }
    record(key) {
        const value = this.value[key];
        if (typeof value !== 'object' || value === null || Array.isArray(value))
            return {};
        return Object.fromEntries(Object.entries(value).filter(([, v]) => typeof v === 'string'));
    }
}
/** Real configuration is a few levels deep; the parser and `evaluate` recurse once per level. */
const MAX_JSON_DEPTH = 512;
/** Offset where brackets nest deeper than `max` (strings skipped), or null. */
function deeperThan(text, max) {
    let depth = 0;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (inString) {
            if (ch === '\\')
                i++;
            else if (ch === '"')
                inString = false;
        }
        else if (ch === '"')
            inString = true;
        else if (ch === '{' || ch === '[') {
            if (++depth > max)
                return i;
        }
        else if (ch === '}' || ch === ']')
            depth--;
    }
    return null;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function kindOf(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
/** package.json fields detect reads, and the JSON type npm gives each. */
const PACKAGE_FIELDS = [
    ['name', 'string'],
    ['main', 'string'],
    ['type', 'string'],
    ['scripts', 'object'],
    ['dependencies', 'object'],
    ['devDependencies', 'object'],
    ['optionalDependencies', 'object'],
    ['peerDependencies', 'object'],
    ['engines', 'object'],
    ['workspaces', 'workspaces'],
];
/** D033 for each field of the wrong type (it is then read as absent), at its line. */
function checkFieldTypes(file, findings) {
    for (const [field, expected] of PACKAGE_FIELDS) {
        const value = file.value[field];
        if (value === undefined)
            continue;
        const ok = expected === 'string'
            ? typeof value === 'string'
            : expected === 'object'
                ? isRecord(value)
                : Array.isArray(value) || isRecord(value);
        if (ok)
            continue;
        const want = { string: 'a string', object: 'an object', workspaces: 'an array' }[expected];
        findings.add('D033', { field: `"${field}"`, expected: want, actual: kindOf(value) }, (0,_text_js__WEBPACK_IMPORTED_MODULE_5__/* .splitRef */ .Mn)(file.at(field)));
    }
}
function evaluate(node) {
    switch (node.type) {
        case 'object':
            return Object.fromEntries((node.children ?? [])
                .filter((p) => p.children?.[0] && p.children[1])
                .map((p) => [String(p.children[0].value), evaluate(p.children[1])]));
        case 'array':
            return (node.children ?? []).map(evaluate);
        default:
            return node.value;
    }
}
/** Framework dependencies, most specific first (Nest and Next sit on top of Express/Node). */
const FRAMEWORKS = [
    ['@nestjs/core', 'nestjs'],
    ['next', 'next'],
    ['nuxt', 'nuxt'],
    ['@remix-run/node', 'remix'],
    ['@remix-run/serve', 'remix'],
    ['@react-router/serve', 'remix'],
    ['@sveltejs/kit', 'sveltekit'],
    ['astro', 'astro'],
    ['hono', 'hono'],
    ['fastify', 'fastify'],
    ['koa', 'koa'],
    ['@hapi/hapi', 'hapi'],
    ['express', 'express'],
];
/** Frontend toolchains whose build is static files, and the directory their build writes by default. */
const FRONTEND_BUILDS = [
    ['react-scripts', 'build'],
    ['vite', 'dist'],
    ['@vue/cli-service', 'dist'],
    ['parcel', 'dist'],
];
/**
 * Where a frontend package's build writes its static files (relative to the package), or null when it
 * is not one: a frontend toolchain with a build script and no server framework (its dev server, as
 * `react-scripts start` or `vite`, only serves the files while developing).
 */
function frontendBuildDir(facts) {
    const has = (name) => name in facts.dependencies || name in facts.devDependencies;
    if (!facts.scripts.build || FRAMEWORKS.some(([name]) => has(name)))
        return null;
    const found = FRONTEND_BUILDS.find(([name]) => has(name));
    if (!found)
        return null;
    return found[0] === 'vite' && facts.build?.tool === 'vite' && facts.build.outDir
        ? facts.build.outDir
        : found[1];
}
const NATIVE_ADDONS = [
    'bcrypt',
    'sharp',
    'sqlite3',
    'better-sqlite3',
    'canvas',
    'argon2',
    'node-sass',
    'bufferutil',
    'utf-8-validate',
    're2',
    'cpu-features',
    'leveldown',
    'zeromq',
    'serialport',
    'usb',
    'microtime',
    'farmhash',
    'kerberos',
    'isolated-vm',
    'lmdb',
    'libxmljs',
    'libxmljs2',
    '@tensorflow/tfjs-node',
    'node-pty',
    'grpc',
];
const DB_CLIENTS = [
    'pg',
    'postgres',
    '@neondatabase/serverless',
    'mysql',
    'mysql2',
    'mongoose',
    'mongodb',
    'redis',
    'ioredis',
    '@prisma/client',
    'prisma',
    'knex',
    'sequelize',
    'typeorm',
    'drizzle-orm',
    'kysely',
    'sqlite3',
    'better-sqlite3',
    '@planetscale/database',
    '@upstash/redis',
    'memjs',
];
async function readPackage(reader, dir, findings) {
    const file = await JsonFile.read(reader, join(dir, 'package.json'), findings);
    if (!file)
        return null;
    checkFieldTypes(file, findings);
    const dependencies = file.record('dependencies');
    const devDependencies = file.record('devDependencies');
    const scripts = file.record('scripts');
    const depSource = (name) => name in dependencies ? file.at('dependencies', name) : file.at('devDependencies', name);
    const frameworkDep = FRAMEWORKS.find(([name]) => name in dependencies || name in devDependencies);
    const facts = {
        dir,
        name: typeof file.value.name === 'string' ? file.value.name : null,
        scripts,
        dependencies,
        devDependencies,
        esm: file.value.type === 'module',
        workspaces: workspaceGlobs(file.value.workspaces) ?? (await pnpmWorkspaces(reader, dir)),
        build: await buildOf(reader, dir, scripts),
    };
    return {
        facts,
        file,
        framework: frameworkDep ? { name: frameworkDep[1], source: depSource(frameworkDep[0]) } : null,
        nativeAddons: NATIVE_ADDONS.filter((n) => n in dependencies).map((name) => ({
            name,
            source: depSource(name),
        })),
        dbClients: DB_CLIENTS.filter((n) => n in dependencies).map((name) => ({
            name,
            source: depSource(name),
        })),
    };
}
/** npm/yarn `workspaces` (an array, or `{ packages }`); undefined when the field is absent. */
function workspaceGlobs(value) {
    if (value === undefined)
        return undefined;
    const list = typeof value === 'object' && value !== null && !Array.isArray(value)
        ? value.packages
        : value;
    return Array.isArray(list) ? list.filter((g) => typeof g === 'string') : [];
}
/** pnpm keeps its workspace globs in pnpm-workspace.yaml (`packages:`). */
async function pnpmWorkspaces(reader, dir) {
    const text = await reader.readText(join(dir, 'pnpm-workspace.yaml'));
    if (text === null)
        return [];
    const document = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parseDocument */ .Tp)(text);
    const packages = document.errors.length === 0 ? document.get('packages') : null;
    return (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isSeq */ .oP)(packages)
        ? packages.items
            .map((item) => String((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(item) ? item.value : item))
            .filter((g) => !g.startsWith('!'))
        : [];
}
/** What `npm install` runs in the package's own directory (https://docs.npmjs.com/cli/v10/using-npm/scripts#npm-install). */
const INSTALL_HOOKS = ['preinstall', 'install', 'postinstall', 'prepare'];
const COMPILER = /\b(?:tsc|nest build|tsup|esbuild|vite build)\b/;
const SCRIPT_CALL = /\b(?:npm|pnpm|yarn|bun)\s+run(?:-script)?\s+([\w:.-]+)/g;
/** A script's text with the scripts it calls (`npm run tsc`) written out, a few levels deep. */
function expandedScript(scripts, name, depth = 0) {
    const text = scripts[name] ?? '';
    if (depth >= 4)
        return text;
    return text.replace(SCRIPT_CALL, (call, called) => called in scripts && called !== name ? expandedScript(scripts, called, depth + 1) : call);
}
/**
 * The script that builds the package: `build`, else an install hook that compiles (`"postinstall":
 * "npm run tsc"`), which the image's `npm install` runs.
 */
function buildScriptName(scripts) {
    if (scripts.build)
        return 'build';
    return (INSTALL_HOOKS.find((hook) => hook in scripts && COMPILER.test(expandedScript(scripts, hook))) ??
        null);
}
/**
 * The steps a start script runs before the server (`npx tsc && node dist/index`): the build, when the
 * package has no build script of its own.
 */
function buildBeforeStart(start) {
    const steps = start?.split('&&').map((step) => step.trim()) ?? [];
    const before = steps.slice(0, -1).join(' && ');
    return /\btsc\b/.test(before) ? before : undefined;
}
/** The build that produces the run file: its tool, output directory and the script that runs it. */
async function buildOf(reader, dir, scripts) {
    const name = buildScriptName(scripts);
    const script = name
        ? name === 'build'
            ? scripts.build
            : expandedScript(scripts, name)
        : buildBeforeStart(scripts.start);
    if (!script)
        return null;
    const words = script.split(/\s+/);
    const flag = (...names) => {
        const index = words.findIndex((w) => names.some((n) => w === n || w.startsWith(`${n}=`)));
        if (index === -1)
            return null;
        const word = words[index];
        return word.includes('=') ? word.slice(word.indexOf('=') + 1) : (words[index + 1] ?? null);
    };
    if (/\bnest build\b/.test(script)) {
        return {
            tool: 'nest',
            outDir: (await tsconfigOutDir(reader, dir, 'tsconfig.json')) ?? 'dist',
            script,
        };
    }
    if (/\btsc\b/.test(script)) {
        const outDir = flag('--outDir') ??
            (await tsconfigOutDir(reader, dir, flag('-p', '--project') ?? 'tsconfig.json'));
        return { tool: 'tsc', outDir: outDir ? clean(outDir) : null, script };
    }
    if (/\btsup\b/.test(script))
        return { tool: 'tsup', outDir: clean(flag('-d', '--out-dir') ?? 'dist'), script };
    if (/\besbuild\b/.test(script)) {
        const outfile = flag('--outfile');
        return {
            tool: 'esbuild',
            outDir: clean(flag('--outdir') ?? (outfile ? node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(outfile) : 'dist')),
            script,
        };
    }
    if (/\bvite build\b/.test(script))
        return { tool: 'vite', outDir: clean(flag('--outDir') ?? 'dist'), script };
    return { tool: 'other', outDir: null, script };
}
/** The tsconfig's `outDir` (its `extends` chain followed), relative to the package directory. */
async function tsconfigOutDir(reader, dir, project) {
    // Package bases live in node_modules, which detect does not read (they set no paths in practice).
    const options = await (0,_tsconfig_js__WEBPACK_IMPORTED_MODULE_4__/* .tsconfigOptions */ .A)((path) => reader.readText(path), dir, project);
    return typeof options?.outDir === 'string' ? clean(options.outDir) : null;
}
/** The tsconfig `rootDir` (or the `sourceRoot` of nest-cli.json), which the build mirrors into outDir. */
async function sourceRoot(reader, dir, findings) {
    const options = await (0,_tsconfig_js__WEBPACK_IMPORTED_MODULE_4__/* .tsconfigOptions */ .A)((path) => reader.readText(path), dir, 'tsconfig.json');
    const rootDir = options?.rootDir;
    if (typeof rootDir === 'string')
        return clean(rootDir);
    const nest = await JsonFile.read(reader, join(dir, 'nest-cli.json'), findings);
    return typeof nest?.value.sourceRoot === 'string' ? clean(nest.value.sourceRoot) : null;
}
const LOCKFILES = [
    ['package-lock.json', 'npm'],
    ['npm-shrinkwrap.json', 'npm'],
    ['pnpm-lock.yaml', 'pnpm'],
    ['yarn.lock', 'yarn'],
    ['bun.lock', 'bun'],
    ['bun.lockb', 'bun'],
];
/** Package manager from the nearest lockfile (the package's directory, then up to the root). */
async function packageManagerOf(reader, dir) {
    for (let current = dir;; current = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(current)) {
        for (const [file, name] of LOCKFILES) {
            const path = join(current, file);
            if (await reader.exists(path))
                return { name, source: path };
        }
        if (current === '.' || current === '/' || current === '')
            return null;
    }
}
function join(dir, path) {
    return _repo_reader_js__WEBPACK_IMPORTED_MODULE_3__/* .RepoReader */ .W.normalise(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(dir, path)) ?? path;
}
function clean(path) {
    return _repo_reader_js__WEBPACK_IMPORTED_MODULE_3__/* .RepoReader */ .W.normalise(path) ?? path;
}


/***/ }),

/***/ 3255:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ RepoReader)
/* harmony export */ });
/* unused harmony export DEFAULT_MAX_FILE_BYTES */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/** Detect reads configuration and entry files, never bundles: 1 MB is far above any real one. */
const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;
const utf8 = new TextDecoder('utf-8', { fatal: true });
/**
 * Folders that only tools write (installed packages, framework build output, our own plan): never the
 * repository a CI checkout has, so a local run that built before reads the same repository as CI.
 */
const GENERATED_DIRS = new Set([
    'node_modules',
    '.next',
    '.open-next',
    '.nuxt',
    '.output',
    '.svelte-kit',
    '.wrangler',
    '.docker-to-workers',
]);
const isGenerated = (relativePath) => relativePath.split('/').some((segment) => GENERATED_DIRS.has(segment));
/**
 * The only way detect touches the file system. Every path is relative to the repository root and is
 * confined to it: `..`, absolute paths, symlinks that resolve outside, generated folders, files over the
 * size cap and binary files are refused with a finding instead of being read.
 */
class RepoReader {
    root;
    findings;
    maxBytes;
    /** Repository-relative paths whose contents were read (the benchmark checks node_modules is absent). */
    filesRead = [];
    refused = new Set();
    realRoot = null;
    constructor(root, findings, maxBytes = DEFAULT_MAX_FILE_BYTES) {
        this.root = root;
        this.findings = findings;
        this.maxBytes = maxBytes;
    }
    /** Normalises a repository path (`./a/../b` → `b`, `.` for the root), or null when it leaves the root. */
    static normalise(path) {
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(path))
            return null;
        const clean = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.normalize)(path).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/').replace(/\/+$/, '');
        if (clean === '..' || clean.startsWith('../'))
            return null;
        return clean === '' ? '.' : clean;
    }
    /** Reads a UTF-8 text file; null (with a finding for anything but "absent") when it cannot be used. */
    async readText(path, maxBytes = this.maxBytes) {
        const file = await this.confine(path);
        if (!file)
            return null;
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(file.absolute).catch(() => null);
        if (!info?.isFile())
            return null;
        if (info.size > maxBytes) {
            this.refuse('D011', file.relative, {
                size: (info.size / 1024 / 1024).toFixed(1),
                limit: maxBytes / 1024 / 1024,
            });
            return null;
        }
        let bytes;
        try {
            bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file.absolute);
        }
        catch (error) {
            this.refuse('D014', file.relative, {
                reason: error.code ?? 'error',
            });
            return null;
        }
        this.filesRead.push(file.relative);
        if (bytes.includes(0))
            return this.refuse('D012', file.relative, {});
        try {
            return utf8.decode(bytes);
        }
        catch {
            return this.refuse('D012', file.relative, {});
        }
    }
    /** True when a regular file (or directory, with `kind`) exists inside the repository. Reads no content. */
    async exists(path, kind = 'file') {
        const file = await this.confine(path, { quiet: true });
        if (!file)
            return false;
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(file.absolute).catch(() => null);
        return kind === 'file' ? Boolean(info?.isFile()) : Boolean(info?.isDirectory());
    }
    /** Names of the files directly in a directory (reads no content); never lists generated folders. */
    async fileNames(path) {
        const dir = await this.confine(path, { quiet: true });
        if (!dir)
            return [];
        const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir.absolute, { withFileTypes: true }).catch(() => []);
        return entries
            .filter((entry) => entry.isFile())
            .map((entry) => entry.name)
            .sort();
    }
    /** Names of the subdirectories of a directory (for workspace globs); never lists generated folders. */
    async subdirectories(path) {
        const dir = await this.confine(path, { quiet: true });
        if (!dir)
            return [];
        const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir.absolute, { withFileTypes: true }).catch(() => []);
        return entries
            .filter((entry) => entry.isDirectory() && !GENERATED_DIRS.has(entry.name))
            .map((entry) => entry.name)
            .sort();
    }
    async confine(path, options = {}) {
        const relativePath = RepoReader.normalise(path);
        if (relativePath === null) {
            if (!options.quiet)
                this.refuse('D013', path, {});
            return null;
        }
        if (isGenerated(relativePath))
            return null;
        const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.root, relativePath);
        const link = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(absolute).catch(() => null);
        if (!link)
            return null;
        this.realRoot ??= await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(this.root);
        const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(absolute).catch(() => null);
        if (real === null) {
            // A dangling link: refuse it loudly only when it points out of the repository.
            const target = link.isSymbolicLink() ? await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readlink)(absolute).catch(() => '') : '';
            if (target && !isWithin(this.root, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(absolute), target))) {
                this.refuse('D010', relativePath, {});
            }
            return null;
        }
        if (!isWithin(this.realRoot, real)) {
            if (!options.quiet || link.isSymbolicLink())
                this.refuse('D010', relativePath, {});
            return null;
        }
        return { absolute, relative: relativePath };
    }
    refuse(ruleId, file, params) {
        if (!this.refused.has(file)) {
            this.refused.add(file);
            this.findings.add(ruleId, { file, ...params }, { file });
        }
        return null;
    }
}
function isWithin(root, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel));
}


/***/ }),

/***/ 9892:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CQ: () => (/* binding */ splitShellWords),
/* harmony export */   MS: () => (/* binding */ joinShellWords),
/* harmony export */   Mn: () => (/* binding */ splitRef),
/* harmony export */   cA: () => (/* binding */ lineOf),
/* harmony export */   mh: () => (/* binding */ lineAt)
/* harmony export */ });
/** 1-based line number of a character offset. */
function lineAt(text, offset) {
    let line = 1;
    for (let i = 0; i < offset && i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            line++;
    return line;
}
/** 1-based line of the first match of `pattern`, or undefined. */
function lineOf(text, pattern) {
    const match = pattern.exec(text);
    return match ? lineAt(text, match.index) : undefined;
}
/**
 * Splits a shell command into words the way /bin/sh would for simple commands: quotes and
 * backslashes are honoured; `&&`, `||` and `;` become separate words so callers can split chains.
 */
function splitShellWords(command) {
    const words = [];
    let current = '';
    let inWord = false;
    let quote = null;
    for (let i = 0; i < command.length; i++) {
        const ch = command[i];
        if (quote) {
            if (ch === quote)
                quote = null;
            else if (ch === '\\' && quote === '"' && i + 1 < command.length)
                current += command[++i];
            else
                current += ch;
            continue;
        }
        if (ch === '"' || ch === "'") {
            quote = ch;
            inWord = true;
        }
        else if (ch === '\\' && i + 1 < command.length) {
            current += command[++i];
            inWord = true;
        }
        else if (/\s/.test(ch)) {
            if (inWord)
                words.push(current);
            current = '';
            inWord = false;
        }
        else if (ch === ';' || ((ch === '&' || ch === '|') && command[i + 1] === ch)) {
            if (inWord)
                words.push(current);
            words.push(ch === ';' ? ';' : ch + ch);
            if (ch !== ';')
                i++;
            current = '';
            inWord = false;
        }
        else {
            current += ch;
            inWord = true;
        }
    }
    if (inWord)
        words.push(current);
    return words;
}
/** Joins argv back into one readable command line, quoting only where needed. */
function joinShellWords(argv) {
    return argv
        .map((word) => (/^[\w@%+=:,./-]+$/.test(word) ? word : JSON.stringify(word)))
        .join(' ');
}
/** `file:line` → `{ file, line }` for a diagnostic. */
function splitRef(ref) {
    const match = /^(.*):(\d+)$/.exec(ref);
    return match ? { file: match[1], line: Number(match[2]) } : { file: ref };
}


/***/ }),

/***/ 6508:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ tsconfigOptions)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9547);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_1__);


/** Options whose value is a path, relative to the config file that sets it (TypeScript's rule). */
const PATH_OPTIONS = ['outDir', 'rootDir', 'baseUrl', 'declarationDir'];
const MAX_DEPTH = 8;
/** The files an `extends` entry may name, in TypeScript's order (`./base` → `./base`, `./base.json`). */
function candidates(spec, fromFile, dir) {
    if (spec.startsWith('.') || spec.startsWith('/')) {
        const path = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(fromFile), spec);
        return path.endsWith('.json') ? [path] : [path, `${path}.json`];
    }
    // A package base (`@tsconfig/node20/tsconfig.json`, `@tsconfig/strictest`): node_modules upward from
    // the package directory, as Node resolution looks.
    const files = spec.endsWith('.json')
        ? [spec]
        : [`${spec}.json`, node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(spec, 'tsconfig.json')];
    const found = [];
    for (let current = dir;; current = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(current)) {
        for (const file of files)
            found.push(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(current, 'node_modules', file));
        if (current === '.' || current === '/' || current === '')
            return found;
    }
}
async function options(read, file, dir, packages, depth) {
    const text = depth > MAX_DEPTH ? null : await read(file);
    if (text === null)
        return null;
    const config = ((0,jsonc_parser__WEBPACK_IMPORTED_MODULE_1__.parse)(text) ?? {});
    const bases = (Array.isArray(config.extends) ? config.extends : [config.extends]).filter((spec) => typeof spec === 'string' && (packages || spec.startsWith('.') || spec.startsWith('/')));
    let merged = {};
    for (const spec of bases) {
        for (const candidate of candidates(spec, file, dir)) {
            const base = await options(read, candidate, dir, packages, depth + 1);
            if (base) {
                merged = { ...merged, ...base };
                break;
            }
        }
    }
    const own = { ...(config.compilerOptions ?? {}) };
    for (const key of PATH_OPTIONS) {
        const value = own[key];
        if (typeof value === 'string')
            own[key] = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(file), value);
    }
    return { ...merged, ...own };
}
/**
 * A tsconfig's `compilerOptions` with its `extends` chain merged (relative files always; package bases
 * in node_modules when `packages` is set), path options (outDir, rootDir, baseUrl, declarationDir)
 * made relative to the package directory `dir`. `project` is relative to `dir`.
 * https://www.typescriptlang.org/tsconfig/#extends
 */
async function tsconfigOptions(read, dir, project, packages = false) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(dir, project.endsWith('.json') ? project : node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(project, 'tsconfig.json'));
    const merged = await options(read, file, dir, packages, 0);
    if (!merged)
        return null;
    for (const key of PATH_OPTIONS) {
        const value = merged[key];
        if (typeof value === 'string')
            merged[key] = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.relative(dir, value) || '.';
    }
    return merged;
}


/***/ }),

/***/ 3188:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ readYaml)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);

/**
 * Parses YAML text into a value, never throwing: a syntax error gives its message and line, and an
 * alias bomb ("billion laughs": aliases of aliases that expand exponentially) is refused when the
 * `yaml` package's alias budget is spent (`maxAliasCount`, https://eemeli.org/yaml/#tojs-options).
 */
function readYaml(text, options = {}) {
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const document = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter: lines, ...options });
    const error = document.errors[0];
    if (error) {
        const line = error.linePos?.[0]?.line;
        return { ok: false, message: error.message.split('\n')[0], ...(line ? { line } : {}) };
    }
    try {
        return { ok: true, value: document.toJS({ maxAliasCount: 100 }), document, lines };
    }
    catch (error) {
        const excessive = /alias count/i.test(error.message);
        return {
            ok: false,
            message: excessive
                ? 'its aliases expand to too many nodes (a YAML alias bomb?)'
                : error.message.split('\n')[0],
        };
    }
}


/***/ }),

/***/ 5266:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ APP_MODEL_VERSION)
/* harmony export */ });
/**
 * What detect read from the repository, as it is. Versioned: later stages and saved plans check it.
 * Paths are relative to `root` and use forward slashes.
 */
const APP_MODEL_VERSION = 1;


/***/ }),

/***/ 3302:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ sourceRef)
/* harmony export */ });
function sourceRef(file, line) {
    return line === undefined ? file : `${file}:${line}`;
}


/***/ }),

/***/ 7978:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NB: () => (/* binding */ DEFAULT_TIER),
/* harmony export */   Q1: () => (/* binding */ WORKERS_PLAN_TIERS),
/* harmony export */   Ze: () => (/* binding */ PLAN_VERSION)
/* harmony export */ });
const PLAN_VERSION = 1;
const WORKERS_PLAN_TIERS = ['free', 'paid'];
/**
 * The tier when none is chosen, for the CLI and the action alike: the free plan's limits are the
 * stricter, so what passes there passes on either plan.
 */
const DEFAULT_TIER = 'free';


/***/ }),

/***/ 2970:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G1: () => (/* binding */ ENV_NAME),
/* harmony export */   WN: () => (/* binding */ isToolCredential),
/* harmony export */   Wr: () => (/* binding */ credentialsIn)
/* harmony export */ });
/** What a shell and the runner accept as an environment variable's name. */
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/**
 * The tool's own credentials and the runner's internals. They are never uploaded to a Worker (as a
 * secret or a var, under any name) and never given to a child process that does not need them.
 */
const TOOL_NAMES = new Set([
    'CLOUDFLARE_API_TOKEN',
    'CLOUDFLARE_ACCOUNT_ID',
    'CLOUDFLARE_API_KEY',
    'CLOUDFLARE_EMAIL',
    'GITHUB_TOKEN',
    'GH_TOKEN',
]);
/** `INPUT_*` holds the action's inputs (the API token among them); `ACTIONS_*` / `RUNNER_*` the runner's. */
const TOOL_PREFIXES = ['INPUT_', 'ACTIONS_', 'RUNNER_'];
function isToolCredential(name) {
    const upper = name.toUpperCase();
    return TOOL_NAMES.has(upper) || TOOL_PREFIXES.some((prefix) => upper.startsWith(prefix));
}
/** Shorter values (`Linux`, `.`) are not credentials and would match by chance. */
const MIN_CREDENTIAL_LENGTH = 16;
/** Names of the tool credentials whose value `value` contains (to refuse them under any other name). */
function credentialsIn(env, value) {
    return Object.entries(env)
        .filter(([name, v]) => isToolCredential(name) && (v?.length ?? 0) >= MIN_CREDENTIAL_LENGTH)
        .filter(([, v]) => value.includes(v))
        .map(([name]) => name);
}


/***/ }),

/***/ 2200:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R5: () => (/* binding */ buildOutputHint),
/* harmony export */   om: () => (/* binding */ buildEnvNames),
/* harmony export */   u1: () => (/* binding */ readBuildEnv)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _util_credentials_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2970);


/** Names in a list: comma, space or newline separated, `#` lines skipped (`build-env` input, `--build-env A,B`). */
function buildEnvNames(values) {
    return [values]
        .flat()
        .flatMap((value) => value.split(/\r?\n/))
        .filter((line) => !line.trim().startsWith('#'))
        .flatMap((line) => line.split(/[\s,]+/))
        .filter((name) => name !== '');
}
/**
 * The values of the variables the user lists for the app's build, from the job's environment: secrets that
 * reach only the build (check passes them to the build's process, nothing else). A name that is not a
 * variable name, a credential of this tool, or unset is an error naming it.
 */
function readBuildEnv(names, valueOf, source) {
    const values = {};
    const unset = [];
    for (const name of names) {
        if (!_util_credentials_js__WEBPACK_IMPORTED_MODULE_1__/* .ENV_NAME */ .G1.test(name))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${source.what} lists '${name}', which is not a variable name.`, {
                fix: `List variable names only (the values come from the environment), e.g. DATABASE_URL.`,
            });
        if ((0,_util_credentials_js__WEBPACK_IMPORTED_MODULE_1__/* .isToolCredential */ .WN)(name))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${source.what} lists ${name}, a credential of this tool or the runner; it is never given to the app's build.`, {
                fix: `Remove ${name}; if the build needs a credential, give it a separate one under its own name.`,
            });
        const value = valueOf(name);
        if (value === undefined || value === '')
            unset.push(name);
        else
            values[name] = value;
    }
    if (unset.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${source.what} lists ${unset.join(', ')}, but ${unset.length > 1 ? 'they are' : 'it is'} not set in the environment.`, { fix: source.setValue(unset) });
    return values;
}
/** `NAME environment variable is not set`, `Missing environment variable: NAME`, `NAME is required`. */
const MISSING_VARIABLE = [
    /\b([A-Z][A-Z0-9_]+[A-Z0-9])(?: environment variable| env var(?:iable)?)? (?:is )?(?:not set|missing|required|must be (?:set|defined|provided))\b/g,
    /[Ee]nv(?:ironment)? var(?:iable)?s? ["'`]?([A-Z][A-Z0-9_]*[A-Z0-9])["'`]? (?:is )?(?:not set|not defined|undefined|missing|required)\b/g,
    /[Mm]issing (?:required )?env(?:ironment)? var(?:iable)?s?:? ["'`]?([A-Z][A-Z0-9_]*[A-Z0-9])/g,
    /process\.env\.([A-Za-z_]\w*)\b[^\n]{0,40}?\b(?:is not defined|is undefined|is not set|is required|is missing)\b/g,
];
/** A name lookup or connection that failed: the build reached for the network. */
const NETWORK_FAILURE = /\b(?:ENOTFOUND|EAI_AGAIN|ENETUNREACH|ETIMEDOUT|ECONNREFUSED)\b|getaddrinfo|fetch failed/;
const UNRESOLVED_HOST = /(?:getaddrinfo \w+|ENOTFOUND) ([\w.-]+\.[a-z]{2,})\b/;
/**
 * webpack before 5.61 (react-scripts before 5) hashes with md4, which OpenSSL 3 in Node 17 and later
 * refuses (https://github.com/webpack/webpack/issues/14532).
 */
const LEGACY_HASH = /ERR_OSSL_EVP_UNSUPPORTED|digital envelope routines::unsupported/;
/**
 * What the failed build's output says it lacked, as a sentence for the fix: the environment variables it
 * names as missing (with how to pass them), or the network (a build that fetches at build time).
 */
function buildOutputHint(output) {
    const names = [
        ...new Set(MISSING_VARIABLE.flatMap((pattern) => [...output.matchAll(pattern)].map((m) => m[1]))),
    ];
    const hints = [];
    if (names.length > 0) {
        const list = names.join(', ');
        hints.push(`The build's output says ${list} ${names.length > 1 ? 'are' : 'is'} not set: the image's build gets ${names.length > 1 ? 'them' : 'it'} from its environment (.env, --build-arg), check's build only from \`build-env\` — list ${list} in the action's \`build-env\` input with the value in the step's env (CLI: \`--build-env ${names.join(',')}\`).`);
    }
    if (NETWORK_FAILURE.test(output)) {
        const host = UNRESOLVED_HOST.exec(output)?.[1];
        hints.push(`The build's output shows a network failure${host ? ` (${host})` : ''}: the build needs the network at build time (it fetches or connects while building, e.g. while prerendering pages); run it where ${host ?? 'the network'} is reachable, or make the build not depend on it.`);
    }
    if (LEGACY_HASH.test(output)) {
        hints.push("The build's output shows ERR_OSSL_EVP_UNSUPPORTED: its webpack hashes with md4, which Node 17 and later refuse; upgrade webpack to 5.61 or later (react-scripts to 5), build with the Node version the image pins, or give the build NODE_OPTIONS=--openssl-legacy-provider (`build-env`).");
    }
    return hints.length > 0 ? hints.join(' ') : null;
}


/***/ })

};
