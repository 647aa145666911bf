export const id = 49;
export const ids = [49];
export const modules = {

/***/ 3567:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ printResult)
/* harmony export */ });
/** Prints a stage's result: JSON alone on stdout with `--json`, otherwise the human text. */
function printResult(json, value, human) {
    process.stdout.write(json ? `${JSON.stringify(value, null, 2)}\n` : `${human()}\n`);
}


/***/ }),

/***/ 1879:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  detectCommand: () => (/* binding */ detectCommand)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/detect/index.ts + 24 modules
var detect = __webpack_require__(8550);
;// CONCATENATED MODULE: ./src/detect/table.ts
/** The AppModel as a readable table for the terminal: each fact, its value and where it was read. */
function formatAppModel(model) {
    const rows = [];
    const fact = (name, value) => {
        const text = value === null || value === undefined || (Array.isArray(value) && value.length === 0)
            ? '—'
            : Array.isArray(value)
                ? value.join(', ')
                : String(value);
        rows.push([name, text, model.sources[name] ?? '']);
    };
    fact('runtime', model.runtime);
    fact('framework', model.framework);
    fact('entry', model.entry);
    fact('runFile', model.runFile);
    fact('startCommand', model.startCommand);
    fact('ports', model.ports);
    fact('healthcheck', model.healthcheck);
    fact('packageManager', model.packageManager);
    fact('nativeAddons', model.nativeAddons);
    fact('dbClients', model.dbClients);
    fact('wranglerConfig', model.wranglerConfig);
    fact('composeService', model.composeService);
    for (const service of model.services)
        rows.push([
            `service ${service.name}`,
            `${service.kind} (${service.image ?? 'no image'})`,
            service.source,
        ]);
    for (const service of model.builtServices)
        rows.push([`built ${service.name}`, service.context, service.source]);
    for (const volume of model.volumes)
        rows.push([
            `volume ${volume.target}`,
            `${volume.type}${volume.source ? ` ${volume.source}` : ''}`,
            volume.source_ref,
        ]);
    for (const env of model.env)
        rows.push([`env ${env.name}`, env.secretLike ? '(secret)' : (env.value ?? '—'), env.source]);
    return [
        table(['fact', 'value', 'source'], rows),
        ...model.diagnostics.map(formatDiagnostic),
    ].join('\n');
}
function table(header, rows) {
    const all = [header, ...rows];
    const widths = header.map((_, column) => Math.min(48, Math.max(...all.map((row) => row[column].length))));
    const line = (row) => row
        .map((cell, column) => cell.padEnd(widths[column]))
        .join('  ')
        .trimEnd();
    return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
function formatDiagnostic(diagnostic) {
    const where = diagnostic.file
        ? `${diagnostic.file}${diagnostic.line ? `:${diagnostic.line}` : ''}: `
        : '';
    return `${diagnostic.severity} ${diagnostic.ruleId} ${where}${diagnostic.message}${diagnostic.fix ? `\n  fix: ${diagnostic.fix}` : ''}`;
}

// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
// EXTERNAL MODULE: ./src/cli/flags.ts
var flags = __webpack_require__(7758);
;// CONCATENATED MODULE: ./src/cli/detect.ts





const detectCommand = {
    usage: `Usage: docker-to-workers detect [DIR] ${flags/* DETECT_USAGE */.AK} [--json]`,
    async run(args, ctx) {
        const { values, positionals } = (0,external_node_util_.parseArgs)({
            args,
            allowPositionals: true,
            options: {
                json: { type: 'boolean' },
                ...flags/* DETECT_FLAGS */.AW,
            },
        });
        const model = await (0,detect/* detect */.o)(positionals[0] ?? '.', (0,flags/* detectOptionsFrom */._C)(values), ctx);
        (0,command/* printResult */.R)(values.json ?? false, model, () => formatAppModel(model));
        return model.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
    },
};


/***/ }),

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
/* harmony export */   D: () => (/* binding */ isToolCredential),
/* harmony export */   W: () => (/* binding */ credentialsIn)
/* harmony export */ });
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


const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
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
        if (!ENV_NAME.test(name))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${source.what} lists '${name}', which is not a variable name.`, {
                fix: `List variable names only (the values come from the environment), e.g. DATABASE_URL.`,
            });
        if ((0,_util_credentials_js__WEBPACK_IMPORTED_MODULE_1__/* .isToolCredential */ .D)(name))
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
    return hints.length > 0 ? hints.join(' ') : null;
}


/***/ })

};
