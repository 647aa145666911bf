export const id = 227;
export const ids = [227];
export const modules = {

/***/ 7758:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AK: () => (/* binding */ DETECT_USAGE),
/* harmony export */   AW: () => (/* binding */ DETECT_FLAGS),
/* harmony export */   O2: () => (/* binding */ PROVISION_FLAGS),
/* harmony export */   _C: () => (/* binding */ detectOptionsFrom),
/* harmony export */   mx: () => (/* binding */ parsePr)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

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
/** Flags provision and deploy share: where the Workers go and how their resources are named. */
const PROVISION_FLAGS = {
    env: { type: 'string' },
    pr: { type: 'string' },
    out: { type: 'string' },
    json: { type: 'boolean' },
    'per-pr-resources': { type: 'boolean' },
    'location-hint': { type: 'string' },
};
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

/***/ 6555:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  vx: () => (/* binding */ DEFAULT_OUT_DIR),
  Yq: () => (/* binding */ loadPlan),
  Bu: () => (/* binding */ planApp),
  pD: () => (/* reexport */ writePlan)
});

// UNUSED EXPORTS: OVERRIDES_FILE, OVERRIDES_SCHEMA, PITFALLS, RUNTIME_DATES, defaultCompatibilityDate, findPitfalls

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/model/app.ts
var model_app = __webpack_require__(5266);
;// CONCATENATED MODULE: ./src/model/plan.ts
const PLAN_VERSION = 1;

// EXTERNAL MODULE: ./src/toolchain/wrangler.ts
var wrangler = __webpack_require__(8937);
;// CONCATENATED MODULE: ./src/plan/compat.ts

/**
 * The newest compatibility date each pinned local runtime accepts: a generated config must also boot in
 * the local workerd (check's smoke boot), so the default is that date, never "today".
 * Source: /work/shared/reference/node-compat.md §1 (workerd refuses 2026-05-04 with this build).
 */
const RUNTIME_DATES = [
    { wrangler: '4.86.0', workerd: '1.20260426.1', newestDate: '2026-05-03' },
];
/** Dates where a behaviour the generated config relies on changes (workers-facts.md, node-compat.md). */
const DATE_MILESTONES = {
    /** `nodejs_compat` v2 (native modules + unenv) starts here. */
    nodejsCompatV2: '2024-09-23',
    /** `httpServerHandler` / node:http server modules on by default. */
    httpServerModules: '2025-09-01',
    /** `nodejs_compat` on by default (naming it is then reported by wrangler). */
    nodejsCompatDefault: '2026-08-04',
};
function defaultCompatibilityDate(wranglerVersion = wrangler/* PINNED_WRANGLER_VERSION */.rP) {
    const row = RUNTIME_DATES.find((r) => r.wrangler === wranglerVersion);
    // An unlisted wrangler gets the oldest listed date: every newer runtime accepts it.
    return (row ?? RUNTIME_DATES[0])?.newestDate ?? '2026-05-03';
}
function isCompatibilityDate(value) {
    return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}
/** The flags a target needs at a date (dates compare as strings: ISO format). */
function compatibilityFlags(target, date, usesHttpServerHandler) {
    if (target === 'python-worker')
        return ['python_workers'];
    const flags = [];
    if (date < DATE_MILESTONES.nodejsCompatDefault)
        flags.push('nodejs_compat');
    if (usesHttpServerHandler && date < DATE_MILESTONES.httpServerModules) {
        flags.push('enable_nodejs_http_modules', 'enable_nodejs_http_server_modules');
    }
    return flags;
}

// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(9547);
;// CONCATENATED MODULE: ./src/plan/jsonc.ts


const FORMAT = { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } };
function commentLines(text) {
    return text
        .split('\n')
        .map((line) => `  // ${line}`)
        .join('\n');
}
/**
 * Writes the config through jsonc-parser (key by key, so the output is what jsonc-parser itself
 * produces and re-parses), then puts each key's comment on the line above it.
 */
function renderJsonc(config, comments, header) {
    let text = '{}';
    for (const [key, value] of Object.entries(config)) {
        text = (0,main.applyEdits)(text, (0,main.modify)(text, [key], value, FORMAT));
    }
    const lines = text.split('\n').flatMap((line) => {
        const key = /^ {2}"([^"]+)":/.exec(line)?.[1];
        return key && comments[key] ? [commentLines(comments[key]), line] : [line];
    });
    return `${header
        .split('\n')
        .map((l) => `// ${l}`)
        .join('\n')}\n${lines.join('\n')}\n`;
}
/** Parses JSON with comments and trailing commas; a syntax error names file:line. */
function parseJsonc(text, file) {
    const errors = [];
    const value = (0,main.parse)(text, errors, { allowTrailingComma: true });
    const error = errors[0];
    if (error) {
        const line = text.slice(0, error.offset).split('\n').length;
        throw new src_errors/* UserError */.y(`${file} is not valid JSONC: ${(0,main.printParseErrorCode)(error.error)}`, {
            file,
            line,
            fix: 'Fix the syntax (wrangler reads the same file).',
        });
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new src_errors/* UserError */.y(`${file} must hold a JSON object.`, {
            file,
            fix: 'Make the top level an object.',
        });
    }
    return value;
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(2463);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/plan/overrides.ts





/** The override file read from the repository root. */
const OVERRIDES_FILE = 'docker-to-workers.yml';
const BINDING_TYPES = ['kv', 'd1', 'r2', 'hyperdrive', 'queue', 'durable-object', 'none'];
const serviceProperties = {
    name: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,53}$' },
    target: { enum: ['worker', 'python-worker', 'container'] },
    compatibility_date: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
    compatibility_flags: { type: 'array', items: { type: 'string' } },
    port: { type: 'integer', minimum: 1, maximum: 65535 },
    routes: {
        type: 'array',
        items: {
            anyOf: [
                { type: 'string' },
                {
                    type: 'object',
                    additionalProperties: false,
                    required: ['pattern'],
                    properties: {
                        pattern: { type: 'string' },
                        zone_name: { type: 'string' },
                        custom_domain: { type: 'boolean' },
                    },
                },
            ],
        },
    },
    bindings: {
        type: 'object',
        additionalProperties: {
            anyOf: [
                { enum: BINDING_TYPES },
                {
                    type: 'object',
                    additionalProperties: false,
                    required: ['type'],
                    properties: {
                        type: { enum: BINDING_TYPES },
                        binding: { type: 'string', pattern: '^[A-Z][A-Z0-9_]*$' },
                    },
                },
            ],
        },
    },
    vars: { type: 'object', additionalProperties: { type: 'string' } },
    secrets: { type: 'array', items: { type: 'string' } },
    assets: { anyOf: [{ type: 'string' }, { const: false }] },
    crons: { type: 'array', items: { type: 'string' } },
    cpu_ms: { type: 'integer', minimum: 1, maximum: 300000 },
    use_existing: { type: 'boolean' },
    container: {
        type: 'object',
        additionalProperties: false,
        properties: {
            instance_type: {
                enum: ['lite', 'basic', 'standard-1', 'standard-2', 'standard-3', 'standard-4'],
            },
            max_instances: { type: 'integer', minimum: 1 },
        },
    },
};
/** The documented schema (README "plan"); unknown keys are errors, never ignored. */
const OVERRIDES_SCHEMA = {
    type: 'object',
    additionalProperties: false,
    properties: {
        ...serviceProperties,
        services: {
            type: 'object',
            additionalProperties: {
                type: 'object',
                additionalProperties: false,
                properties: serviceProperties,
            },
        },
    },
};
let compiled;
/** Compiled on first use: most repositories have no overrides, and compiling costs ~50 ms. */
const validator = () => (compiled ??= new ajv.Ajv({ allErrors: true }).compile(OVERRIDES_SCHEMA));
function describe(error) {
    const key = error.instancePath.split('/').filter(Boolean).join('.') || '(top level)';
    if (error.keyword === 'additionalProperties') {
        return `unknown key \`${[key === '(top level)' ? '' : `${key}.`, String(error.params.additionalProperty)].join('')}\``;
    }
    if (error.keyword === 'enum')
        return `\`${key}\` must be one of ${error.params.allowedValues.join(', ')}`;
    return `\`${key}\` ${error.message ?? 'is invalid'}`;
}
/** Line of the value at an ajv instance path in a YAML document (or of the document). */
function lineOf(doc, counter, error) {
    if (!doc || !counter)
        return undefined;
    const path = error.instancePath.split('/').filter(Boolean);
    if (error.keyword === 'additionalProperties')
        path.push(String(error.params.additionalProperty));
    const node = doc.getIn(path, true);
    const parent = doc.getIn(path.slice(0, -1), true);
    const pair = (0,dist/* isMap */.jh)(parent)
        ? parent.items.find((p) => String(p.key?.value) === path.at(-1))
        : undefined;
    const offset = pair?.key?.range?.[0] ?? node?.range?.[0];
    return offset === undefined ? undefined : counter.linePos(offset).line;
}
/**
 * Validates overrides read from `where` (`file` or `file:line`; a YAML document gives each key's line);
 * a bad key throws a UserError.
 */
function validateOverrides(value, where, doc = null, counter = null) {
    const validate = validator();
    if (validate(value))
        return value;
    const [, file = where, blockLine] = /^(.*?)(?::(\d+))?$/.exec(where) ?? [];
    const first = (validate.errors ?? [])[0];
    const messages = (validate.errors ?? []).filter((e) => e.keyword !== 'anyOf').map(describe);
    throw new src_errors/* UserError */.y(`P090 invalid overrides in ${file}: ${[...new Set(messages)].join('; ')}`, {
        file,
        line: (first ? lineOf(doc, counter, first) : undefined) ??
            (blockLine ? Number(blockLine) : undefined),
        fix: 'Keys allowed: name, target, compatibility_date, compatibility_flags, port, routes, bindings, vars, secrets, assets, crons, cpu_ms, use_existing, container, services (see README "plan").',
    });
}
async function readOverridesFile(root) {
    const text = await (0,promises_.readFile)((0,external_node_path_.join)(root, OVERRIDES_FILE), 'utf8').catch(() => null);
    if (text === null)
        return null;
    const counter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: counter });
    const error = doc.errors[0];
    if (error) {
        throw new src_errors/* UserError */.y(`P090 ${OVERRIDES_FILE} is not valid YAML: ${error.message.split('\n')[0]}`, {
            file: OVERRIDES_FILE,
            line: error.linePos?.[0].line,
            fix: 'Fix the YAML syntax.',
        });
    }
    return validateOverrides(doc.toJS() ?? {}, OVERRIDES_FILE, doc, counter);
}
/** Compose `x-cloudflare` (validated, reported against the compose file), then the file on top. */
async function loadOverrides(app) {
    const fromCompose = app.composeOverrides
        ? validateOverrides(app.composeOverrides, app.sources.composeOverrides ?? app.composeFiles[0] ?? 'compose.yaml')
        : {};
    const fromFile = (await readOverridesFile(app.root)) ?? {};
    return { ...fromCompose, ...fromFile };
}
/** The overrides for one built service: `services.<name>` of the file. */
function serviceOverrides(overrides, service) {
    return overrides.services?.[service] ?? {};
}

;// CONCATENATED MODULE: ./src/plan/rules.ts
/** The plan stage's rules: one id per kind of finding, with its default severity and a docs link. */
const PLAN_RULES = {
    P001: {
        severity: 'note',
        title: 'target decided',
        docs: 'https://developers.cloudflare.com/workers/',
    },
    P002: {
        severity: 'warning',
        title: 'target forced into a known failure',
        docs: 'https://developers.cloudflare.com/containers/',
    },
    P003: {
        severity: 'note',
        title: 'Python Workers possible',
        docs: 'https://developers.cloudflare.com/workers/languages/python/',
    },
    P010: {
        severity: 'note',
        title: 'Worker name adjusted',
        docs: 'https://developers.cloudflare.com/workers/configuration/previews/',
    },
    P011: {
        severity: 'warning',
        title: 'compatibility date outside the local runtime or too old',
        docs: 'https://developers.cloudflare.com/workers/configuration/compatibility-dates/',
    },
    P020: {
        severity: 'warning',
        title: 'ambiguous port',
        docs: 'https://developers.cloudflare.com/workers/runtime-apis/nodejs/http/',
    },
    P021: {
        severity: 'warning',
        title: 'existing wrangler config not used',
        docs: 'https://developers.cloudflare.com/workers/wrangler/configuration/',
    },
    P022: {
        severity: 'warning',
        title: 'ambiguous entry',
        docs: 'https://developers.cloudflare.com/workers/wrangler/configuration/',
    },
    P030: {
        severity: 'warning',
        title: 'env var without a value',
        docs: 'https://developers.cloudflare.com/workers/configuration/environment-variables/',
    },
    P040: {
        severity: 'warning',
        title: 'volume → R2: code must change',
        docs: 'https://developers.cloudflare.com/r2/api/workers/workers-api-reference/',
    },
    P041: {
        severity: 'warning',
        title: 'database → Hyperdrive',
        docs: 'https://developers.cloudflare.com/hyperdrive/',
    },
    P042: {
        severity: 'note',
        title: 'Redis → KV or Durable Object',
        docs: 'https://developers.cloudflare.com/kv/',
    },
    P043: {
        severity: 'warning',
        title: 'SQLite → D1: code must change',
        docs: 'https://developers.cloudflare.com/d1/',
    },
    P044: {
        severity: 'warning',
        title: 'message broker → Queues: code must change',
        docs: 'https://developers.cloudflare.com/queues/',
    },
    P045: {
        severity: 'warning',
        title: 'backing service without a Workers binding',
        docs: 'https://developers.cloudflare.com/workers/databases/connecting-to-databases/',
    },
    P046: {
        severity: 'warning',
        title: 'cron → Cron Trigger: handler needed',
        docs: 'https://developers.cloudflare.com/workers/configuration/cron-triggers/',
    },
    P047: {
        severity: 'note',
        title: 'service binding between Workers',
        docs: 'https://developers.cloudflare.com/workers/runtime-apis/bindings/service-bindings/',
    },
    P050: {
        severity: 'note',
        title: 'pitfall remedied in the generated build',
        docs: 'https://github.com/cloudflare/workers-sdk/issues/9309',
    },
    P051: {
        severity: 'warning',
        title: 'pitfall needs a code change',
        docs: 'https://developers.cloudflare.com/workers/runtime-apis/nodejs/',
    },
    P052: {
        severity: 'warning',
        title: 'pitfall remedy disabled',
        docs: 'https://developers.cloudflare.com/workers/runtime-apis/nodejs/',
    },
    P060: {
        severity: 'warning',
        title: 'Next.js → OpenNext',
        docs: 'https://opennext.js.org/cloudflare',
    },
    P061: {
        severity: 'error',
        title: 'no entry to run',
        docs: 'https://developers.cloudflare.com/workers/wrangler/configuration/',
    },
    P070: {
        severity: 'error',
        title: 'existing wrangler config conflicts with the app',
        docs: 'https://developers.cloudflare.com/workers/wrangler/configuration/',
    },
    P080: {
        severity: 'warning',
        title: '--write skipped an existing file',
        docs: 'https://developers.cloudflare.com/workers/ci-cd/builds/',
    },
};
/** Builds a diagnostic for a plan rule; `source` (`file:line`) is split into file and line. */
function planDiagnostic(ruleId, finding) {
    const rule = PLAN_RULES[ruleId];
    const diagnostic = {
        ruleId,
        severity: finding.severity ?? rule.severity,
        message: finding.message,
        docs: rule.docs,
    };
    if (finding.fix)
        diagnostic.fix = finding.fix;
    if (finding.source) {
        const match = /^(.*?):(\d+)$/.exec(finding.source);
        diagnostic.file = match ? match[1] : finding.source;
        if (match)
            diagnostic.line = Number(match[2]);
    }
    return diagnostic;
}
/**
 * Ambiguity (two ports, two candidate configs…): an error in CI naming the flag or override key that
 * resolves it, a warning with the chosen default otherwise.
 */
function ambiguity(ruleId, ci, finding) {
    return planDiagnostic(ruleId, {
        ...finding,
        message: ci
            ? `${finding.message} (CI mode does not guess)`
            : `${finding.message}; using ${finding.chosen}`,
        fix: `Set ${finding.resolveWith}.`,
        severity: ci ? 'error' : 'warning',
    });
}

;// CONCATENATED MODULE: ./src/plan/existing.ts






/** Binding kinds → the wrangler config key that holds them and the field with the binding name. */
const BINDING_KEYS = {
    kv: (c) => list(c.kv_namespaces).map((b) => String(b.binding)),
    d1: (c) => list(c.d1_databases).map((b) => String(b.binding)),
    r2: (c) => list(c.r2_buckets).map((b) => String(b.binding)),
    hyperdrive: (c) => list(c.hyperdrive).map((b) => String(b.binding)),
    queue: (c) => list(c.queues?.producers).map((b) => String(b.binding)),
    'durable-object': (c) => list(c.durable_objects?.bindings).map((b) => String(b.name)),
    service: (c) => list(c.services).map((b) => String(b.binding)),
};
function list(value) {
    return Array.isArray(value) ? value : [];
}
async function exists(path) {
    return (0,promises_.access)(path).then(() => true, () => false);
}
async function readExisting(root, path) {
    if (!path)
        return null;
    const text = await (0,promises_.readFile)((0,external_node_path_.join)(root, path), 'utf8').catch(() => null);
    if (text === null || path.endsWith('.toml'))
        return text === null ? null : { path, config: {} };
    return { path, config: parseJsonc(text, path) };
}
/** Where the user's config disagrees with what the app needs (each with the key to look at). */
async function conflicts(root, existing, worker, nodeApp) {
    const { config, path } = existing;
    if (path.endsWith('.toml'))
        return [
            `${path} is TOML: only wrangler.json / wrangler.jsonc can be compared and used as the base`,
        ];
    const found = [];
    const main = typeof config.main === 'string' ? config.main : null;
    if (!main && !config.assets)
        found.push('`main` is missing');
    else if (main && !(await exists((0,external_node_path_.join)(root, (0,external_node_path_.dirname)(path), main))))
        found.push(`\`main\` points at ${main}, which does not exist`);
    const date = typeof config.compatibility_date === 'string' ? config.compatibility_date : null;
    const flags = Array.isArray(config.compatibility_flags)
        ? config.compatibility_flags
        : [];
    if (nodeApp &&
        !flags.includes('nodejs_compat') &&
        (date ?? '') < DATE_MILESTONES.nodejsCompatDefault) {
        found.push('`compatibility_flags` lacks "nodejs_compat", which this Node.js app needs');
    }
    if (nodeApp && date && date < DATE_MILESTONES.nodejsCompatV2)
        found.push(`\`compatibility_date\` ${date} predates Node.js compatibility v2 (${DATE_MILESTONES.nodejsCompatV2})`);
    for (const binding of worker.bindings) {
        if (!BINDING_KEYS[binding.type]?.(config).includes(binding.binding)) {
            found.push(`no ${binding.type} binding \`${binding.binding}\` (${binding.reason}; ${binding.source})`);
        }
    }
    return found;
}
/** The user's config with its paths made relative to the worker directory in the output dir. */
function rebaseExisting(existing, root, workerDir) {
    const from = (0,external_node_path_.join)(root, (0,external_node_path_.dirname)(existing.path));
    const move = (p) => typeof p === 'string' ? external_node_path_.posix.relative(workerDir, (0,external_node_path_.join)(from, p)) || '.' : p;
    const config = { ...existing.config };
    if (config.main)
        config.main = move(config.main);
    if (config.assets && typeof config.assets === 'object')
        config.assets = {
            ...config.assets,
            directory: move(config.assets.directory),
        };
    if (Array.isArray(config.d1_databases))
        config.d1_databases = list(config.d1_databases).map((d) => d.migrations_dir ? { ...d, migrations_dir: move(d.migrations_dir) } : d);
    if (config.build && typeof config.build === 'object')
        config.build = { ...config.build, cwd: move(config.build.cwd ?? '.') };
    return config;
}
/** Diagnostics for an existing config: ambiguity when not chosen, conflicts as errors when it is the base. */
function existingDiagnostics(existing, found, useExisting, ci) {
    if (useExisting) {
        return found.map((message) => planDiagnostic('P070', {
            message: `${existing.path}: ${message}`,
            fix: 'Fix the config, or drop --use-existing to deploy the generated one.',
            source: existing.path,
        }));
    }
    return [
        ambiguity('P021', ci, {
            message: `the repository has its own ${existing.path}; plan generated a separate config${found.length ? ` (yours differs: ${found.join('; ')})` : ''}`,
            chosen: 'the generated config (yours is untouched)',
            resolveWith: `--use-existing (or \`use_existing: true\` in ${OVERRIDES_FILE}) to deploy yours, or \`use_existing: false\` to deploy the generated one`,
            source: existing.path,
        }),
    ];
}

;// CONCATENATED MODULE: ./src/plan/naming.ts
/**
 * Worker names: lowercase letters, digits and dashes. ≤ 54 characters so that `<alias>-<name>` preview
 * hostnames still fit the 63-character DNS label (workers-facts.md, limits table).
 */
const MAX_WORKER_NAME = 54;
function workerName(...parts) {
    const raw = parts
        .filter((p) => Boolean(p))
        .map((p) => p.replace(/^@/, ''))
        .join('-');
    const slug = raw
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, '-')
        .replace(/-+/g, '-')
        .replace(/^-|-$/g, '');
    return slug.slice(0, MAX_WORKER_NAME).replace(/-+$/, '') || 'app';
}
function isValidWorkerName(name) {
    return name.length <= MAX_WORKER_NAME && /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/.test(name);
}
/** A binding name the code can use: `uploads` → `UPLOADS`, `/app/data-dir` → `DATA_DIR`. */
function bindingName(raw) {
    const base = raw.split('/').filter(Boolean).pop() ?? raw;
    const name = base
        .toUpperCase()
        .replace(/[^A-Z0-9]+/g, '_')
        .replace(/^_+|_+$/g, '');
    return /^[A-Z]/.test(name) ? name : `B_${name || 'DATA'}`;
}

;// CONCATENATED MODULE: ./src/plan/assemble.ts
function verdictOf(analysis, diagnostics, codeChanges) {
    const error = diagnostics.find((d) => d.severity === 'error');
    if (error)
        return { verdict: 'unsupported', verdictReason: error.message };
    if (analysis.decision.target === 'container') {
        return { verdict: 'container', verdictReason: analysis.decision.reason };
    }
    if (analysis.strategy.kind === 'opennext') {
        return {
            verdict: 'needs-changes',
            verdictReason: 'Next.js builds with OpenNext (@opennextjs/cloudflare) first',
        };
    }
    if (codeChanges.length > 0) {
        return {
            verdict: 'needs-changes',
            verdictReason: `${codeChanges.length} code change(s) listed below`,
        };
    }
    return { verdict: 'ready', verdictReason: 'deploys as is' };
}
/** The WorkerPlan (plus its diagnostics, which planApp moves to the Plan). */
function assemble(analysis, parts) {
    const { input } = analysis;
    const diagnostics = [...analysis.diagnostics, ...parts.diagnostics];
    return {
        name: input.name,
        target: analysis.decision.target,
        targetReason: analysis.decision.reason,
        targetSource: analysis.decision.source,
        dir: input.app.packageJson?.dir ?? '.',
        compatibilityDate: analysis.date,
        compatibilityFlags: parts.flags,
        main: `${input.name}/${parts.main}`,
        port: analysis.port,
        healthcheckPath: input.app.healthcheck ?? '/',
        vars: parts.env.vars,
        secrets: parts.env.secrets,
        bindings: parts.bindings,
        assets: parts.assets,
        crons: parts.crons,
        cpuMs: input.overrides.cpu_ms ?? null,
        remedies: parts.remedies,
        codeChanges: parts.codeChanges,
        report: [...analysis.rows, ...parts.env.rows, ...parts.rows],
        ...verdictOf(analysis, diagnostics, parts.codeChanges),
        files: {
            wranglerConfig: `${input.name}/wrangler.jsonc`,
            shim: `${input.name}/${parts.main}`,
            report: 'MIGRATION.md',
        },
        service: input.service,
        container: parts.container,
        baseConfig: null,
        generated: {
            config: parts.config,
            comments: parts.comments,
            modules: parts.modules,
            vendor: parts.vendor,
        },
        diagnostics,
    };
}

;// CONCATENATED MODULE: ./src/plan/config.ts
/** Placeholder resource names/ids: provision derives real ones per environment and fills them in. */
const PLACEHOLDER_ID = '00000000000000000000000000000000';
/** Adds a key and the comment explaining it (comments are written above each key of wrangler.jsonc). */
class ConfigBuilder {
    config = {};
    comments = {};
    set(key, value, comment) {
        this.config[key] = value;
        this.comments[key] = comment;
    }
}
function bindingSections(builder, name, bindings) {
    const of = (type) => bindings.filter((b) => b.type === type);
    const kv = of('kv');
    if (kv.length)
        builder.set('kv_namespaces', kv.map((b) => ({ binding: b.binding })), `KV: ${kv.map((b) => `${b.binding} (${b.reason})`).join('; ')}. Ids are filled in per environment by provision.`);
    const d1 = of('d1');
    if (d1.length)
        builder.set('d1_databases', d1.map((b) => ({
            binding: b.binding,
            database_name: `${name}-${b.binding.toLowerCase()}`,
            ...(b.migrationsDir ? { migrations_dir: b.migrationsDir } : {}),
        })), `D1: ${d1.map((b) => b.reason).join('; ')}.`);
    const r2 = of('r2');
    if (r2.length)
        builder.set('r2_buckets', r2.map((b) => ({
            binding: b.binding,
            bucket_name: `${name}-${b.binding.toLowerCase().replace(/_/g, '-')}`,
        })), `R2: ${r2.map((b) => `${b.binding} (${b.reason})`).join('; ')}.`);
    const hyperdrive = of('hyperdrive');
    if (hyperdrive.length)
        builder.set('hyperdrive', hyperdrive.map((b) => ({ binding: b.binding, id: PLACEHOLDER_ID })), `Hyperdrive: ${hyperdrive.map((b) => `${b.binding} → ${b.engine}, origin from secret ${b.connectionSecret}`).join('; ')}. The id is a placeholder until provision creates the config.`);
    const queues = of('queue');
    if (queues.length) {
        builder.set('queues', {
            producers: queues.map((b) => ({ binding: b.binding, queue: `${name}-${b.queue}` })),
            consumers: queues.filter((b) => b.consumer).map((b) => ({ queue: `${name}-${b.queue}` })),
        }, `Queues: ${queues.map((b) => b.reason).join('; ')}.`);
    }
    const objects = of('durable-object');
    if (objects.length) {
        builder.set('durable_objects', { bindings: objects.map((b) => ({ name: b.binding, class_name: b.className })) }, `Durable Objects: ${objects.map((b) => b.reason).join('; ')}.`);
        builder.set('migrations', [{ tag: 'v1', new_sqlite_classes: [...new Set(objects.map((b) => b.className))] }], 'Creates the Durable Object classes above (SQLite-backed).');
    }
    const services = of('service');
    if (services.length)
        builder.set('services', services.map((b) => ({ binding: b.binding, service: b.service })), `Service bindings: ${services.map((b) => `${b.binding} → ${b.service} (${b.reason})`).join('; ')}.`);
}
/** The generated wrangler config for one Worker, each key with the comment that says why it is there. */
function buildConfig(parts) {
    const builder = new ConfigBuilder();
    builder.set('name', parts.name, 'Worker name: from the repository/service, ≤ 54 characters so preview aliases still fit a DNS label.');
    if (parts.main)
        builder.set('main', parts.main, 'The generated entry shim (it imports the app unchanged).');
    builder.set('compatibility_date', parts.compatibilityDate, parts.dateOverridden
        ? 'Chosen by --compatibility-date or an override.'
        : 'The newest date the pinned local workerd accepts, so the local smoke boot runs production semantics.');
    if (parts.compatibilityFlags.length)
        builder.set('compatibility_flags', parts.compatibilityFlags, 'Node.js APIs (fs, http client, crypto, process.env…) for the app and its dependencies.');
    if (Object.keys(parts.alias).length)
        builder.set('alias', parts.alias, 'Remedies: dependencies that crash in workerd replaced by fixed versions vendored beside this file.');
    if (parts.build)
        builder.set('build', parts.build, 'Builds the app before bundling (its output is what the shim imports).');
    builder.set('observability', { enabled: true }, 'Workers Logs on: console output and exceptions are kept.');
    if (Object.keys(parts.vars).length)
        builder.set('vars', parts.vars, 'Non-secret environment from the Dockerfile / compose / .env.example (secrets are set with `wrangler secret put`).');
    if (parts.assets)
        builder.set('assets', {
            directory: parts.assets.directory,
            ...(parts.assets.binding ? { binding: parts.assets.binding } : {}),
        }, 'Static files served before the Worker runs.');
    bindingSections(builder, parts.name, parts.bindings);
    if (parts.crons.length)
        builder.set('triggers', { crons: parts.crons }, 'Cron Triggers replacing the cron jobs the container ran.');
    if (parts.cpuMs !== null)
        builder.set('limits', { cpu_ms: parts.cpuMs }, 'CPU time per request, as asked.');
    if (parts.routes)
        builder.set('routes', parts.routes, 'Routes from the overrides.');
    return { config: builder.config, comments: builder.comments };
}

;// CONCATENATED MODULE: ./src/plan/env.ts

/**
 * Non-secret env with a value → `vars`; secret-like names → required secrets; variables that held a
 * backing service's address are left to the bindings. `PORT` is pinned to the port the shim serves.
 */
function planEnv(app, overrides, serviceVars, port, setSecret) {
    const plan = { vars: {}, secrets: [], rows: [], diagnostics: [] };
    for (const variable of app.env) {
        const key = `ENV ${variable.name}`;
        if (variable.secretLike && variable.value)
            setSecret(variable.value);
        if (serviceVars.includes(variable.name)) {
            plan.rows.push({
                key,
                source: variable.source,
                outcome: 'converted',
                became: 'binding',
                why: 'pointed at a compose backing service; the binding replaces it',
            });
        }
        else if (variable.secretLike) {
            if (!plan.secrets.includes(variable.name))
                plan.secrets.push(variable.name);
            plan.rows.push({
                key,
                source: variable.source,
                outcome: 'converted',
                became: `secret ${variable.name}`,
                why: 'secret-like name: set with `wrangler secret put`, never stored in the config',
            });
        }
        else if (variable.value !== null) {
            plan.vars[variable.name] = variable.value;
            plan.rows.push({
                key,
                source: variable.source,
                outcome: 'converted',
                became: `vars.${variable.name}`,
                why: 'plain configuration value',
            });
        }
        else {
            plan.rows.push({
                key,
                source: variable.source,
                outcome: 'manual',
                became: `vars.${variable.name} (no value)`,
                why: 'only the name is known',
            });
            plan.diagnostics.push(planDiagnostic('P030', {
                message: `${variable.name} has no value in the Dockerfile, compose or .env.example`,
                fix: `Add it under vars in docker-to-workers.yml, or as a secret if it is one.`,
                source: variable.source,
            }));
        }
    }
    Object.assign(plan.vars, overrides.vars ?? {});
    for (const name of overrides.secrets ?? [])
        if (!plan.secrets.includes(name))
            plan.secrets.push(name);
    for (const name of plan.secrets)
        delete plan.vars[name];
    if (port !== null)
        plan.vars.PORT = String(port);
    return plan;
}

;// CONCATENATED MODULE: ./src/plan/memory.ts



/** A Worker isolate's memory (workers-facts.md, limits table). */
const ISOLATE_MEMORY_MB = 128;
/** Cloudflare Containers instance types by memory (MiB), smallest first. */
const INSTANCE_TYPES = [
    { type: 'lite', memoryMb: 256 },
    { type: 'basic', memoryMb: 1024 },
    { type: 'standard-1', memoryMb: 4096 },
    { type: 'standard-2', memoryMb: 6144 },
    { type: 'standard-3', memoryMb: 8192 },
    { type: 'standard-4', memoryMb: 12288 },
];
const UNITS = { b: 1 / 1048576, k: 1 / 1024, m: 1, g: 1024 };
/** Compose memory strings: `512m`, `1g`, `1.5G`, `268435456` (bytes). */
function parseMemory(value) {
    const match = /^(\d+(?:\.\d+)?)\s*([bkmg])?(?:i?b)?$/i.exec(value.trim());
    if (!match)
        return null;
    const unit = (match[2] ?? 'b').toLowerCase();
    return Number(match[1]) * (UNITS[unit] ?? 1);
}
/** `deploy.resources.limits.memory` (or `mem_limit`) of the app's compose service, with its line. */
async function declaredMemory(app) {
    if (!app.composeService)
        return null;
    let found = null;
    for (const file of app.composeFiles) {
        const text = await (0,promises_.readFile)((0,external_node_path_.join)(app.root, file), 'utf8').catch(() => null);
        if (text === null)
            continue;
        const counter = new dist/* LineCounter */.HN();
        const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: counter });
        const service = ['services', app.composeService];
        const node = (doc.getIn([...service, 'deploy', 'resources', 'limits', 'memory'], true) ??
            doc.getIn([...service, 'mem_limit'], true));
        if (!node || !(0,dist/* isScalar */.jn)(node) || (0,dist/* isMap */.jh)(node))
            continue;
        const megabytes = parseMemory(String(node.value));
        const line = node.range ? counter.linePos(node.range[0]).line : undefined;
        if (megabytes !== null)
            found = { megabytes, source: line ? `${file}:${line}` : file };
    }
    return found;
}
/** The smallest instance type with at least the declared memory (`basic` when nothing is declared). */
function instanceTypeFor(memory) {
    if (!memory)
        return 'basic';
    return ((INSTANCE_TYPES.find((t) => t.memoryMb >= memory.megabytes) ?? INSTANCE_TYPES.at(-1))?.type ??
        'basic');
}

;// CONCATENATED MODULE: ./src/plan/container.ts




/** The library the router Worker uses; installed beside the router like a remedy's package. */
const CONTAINERS_PACKAGE = {
    name: '@cloudflare/containers',
    version: '0.3.7',
};
const CONTAINER_CLASS = 'AppContainer';
const CONTAINER_BINDING = 'APP_CONTAINER';
function containerPlan(app, overrides, port, memory) {
    return {
        className: CONTAINER_CLASS,
        dockerfile: app.dockerfile?.path ?? 'Dockerfile',
        instanceType: overrides.container?.instance_type ?? instanceTypeFor(memory),
        maxInstances: overrides.container?.max_instances ?? 3,
        port,
    };
}
/** The config keys a container target adds (comments beside them in wrangler.jsonc). */
function containerConfig(plan, imagePath) {
    return {
        config: {
            containers: [
                {
                    class_name: plan.className,
                    image: imagePath,
                    instance_type: plan.instanceType,
                    max_instances: plan.maxInstances,
                },
            ],
            durable_objects: { bindings: [{ name: CONTAINER_BINDING, class_name: plan.className }] },
            migrations: [{ tag: 'v1', new_sqlite_classes: [plan.className] }],
        },
        comments: {
            containers: `The user's Dockerfile, built and run on Cloudflare Containers (${plan.instanceType}, at most ${plan.maxInstances} instances).`,
            durable_objects: 'Each container instance is driven by a Durable Object of this class.',
            migrations: 'Creates the container class (SQLite-backed Durable Object).',
        },
    };
}
/** The router Worker: forwards every request to the container's port. */
function renderRouter(plan, envVars) {
    return [
        '// Generated by docker-to-workers: routes requests to the app running in its container.',
        "import { Container, getContainer } from '@cloudflare/containers';",
        '',
        `export class ${plan.className} extends Container {`,
        `  defaultPort = ${plan.port};`,
        "  sleepAfter = '10m';",
        `  envVars = ${JSON.stringify(envVars)};`,
        '}',
        '',
        'export default {',
        '  fetch(request, env) {',
        `    return getContainer(env.${CONTAINER_BINDING}).fetch(request);`,
        '  },',
        '};',
        '',
    ].join('\n');
}
/** The `container` target: the user's image behind a router Worker; its env goes to the container. */
function containerParts(analysis) {
    const { input, workerDir } = analysis;
    const { app, overrides } = input;
    const env = planEnv(app, overrides, [], null, input.setSecret);
    const container = containerPlan(app, overrides, analysis.port ?? 8080, analysis.memory);
    const base = buildConfig({
        name: input.name,
        main: 'router.mjs',
        compatibilityDate: analysis.date,
        dateOverridden: Boolean(input.options.compatibilityDate ?? overrides.compatibility_date),
        compatibilityFlags: [],
        vars: {},
        bindings: [],
        assets: null,
        crons: [],
        cpuMs: null,
        alias: {},
        build: null,
        routes: overrides.routes ?? null,
    });
    const extra = containerConfig(container, external_node_path_.posix.relative(workerDir, (0,external_node_path_.join)(app.root, container.dockerfile)));
    return {
        flags: [],
        // The container gets the env (vars in the router's envVars); secrets stay names to set.
        env: { ...env, vars: {} },
        rows: [],
        codeChanges: [],
        diagnostics: env.diagnostics,
        remedies: [],
        bindings: [],
        assets: null,
        crons: [],
        container,
        config: { ...base.config, ...extra.config },
        comments: { ...base.comments, ...extra.comments },
        modules: { 'router.mjs': renderRouter(container, env.vars) },
        vendor: [CONTAINERS_PACKAGE],
        main: 'router.mjs',
    };
}

;// CONCATENATED MODULE: ./src/plan/entry.ts


const FETCH_NATIVE = new Set(['hono']);
const DEFAULT_EXPORT = /^\s*export\s+default\b/m;
const RELATIVE_IMPORT = /^\s*import\s+\w+\s+from\s+['"](\.{1,2}\/[^'"]+)['"]/gm;
async function read(root, file) {
    return (0,promises_.readFile)((0,external_node_path_.join)(root, file), 'utf8').catch(() => null);
}
/** The module that default-exports a fetch app: the entry itself, or a file it imports the app from. */
async function fetchModule(root, entry) {
    const text = await read(root, entry);
    if (text === null)
        return null;
    if (DEFAULT_EXPORT.test(text))
        return entry;
    for (const match of text.matchAll(RELATIVE_IMPORT)) {
        const candidate = external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(entry), match[1] ?? ''));
        const imported = await read(root, candidate);
        if (imported !== null && DEFAULT_EXPORT.test(imported))
            return candidate;
    }
    return null;
}
async function entryStrategy(app) {
    if (app.framework === 'next')
        return { kind: 'opennext' };
    if (app.runtime === 'static')
        return { kind: 'assets-only' };
    if (app.runtime === 'python')
        return app.entry ? { kind: 'python', file: app.entry, build: null } : { kind: 'none' };
    const entry = app.entry ?? app.runFile;
    if (!entry)
        return { kind: 'none' };
    if (FETCH_NATIVE.has(app.framework)) {
        const module = await fetchModule(app.root, entry);
        if (module)
            return { kind: 'fetch', file: module, build: null };
    }
    // Nest needs decorator metadata, which only its own build (tsc) emits: run it and import the output.
    if (app.framework === 'nestjs' && app.runFile && app.packageJson?.build) {
        const cwd = app.packageJson.dir;
        return {
            kind: 'http-server',
            file: app.runFile,
            build: { command: `npm run ${app.packageJson.build.script}`, cwd },
        };
    }
    return { kind: 'http-server', file: entry, build: null };
}
/** An import specifier from the worker directory to a file under the root (always starts with `.`). */
function importFrom(fromDir, root, file) {
    const target = (0,external_node_path_.join)(root, file);
    const rel = external_node_path_.posix.relative(fromDir.split('\\').join('/'), target.split('\\').join('/'));
    return rel.startsWith('.') ? rel : `./${rel}`;
}

// EXTERNAL MODULE: ./src/plan/installed.ts
var plan_installed = __webpack_require__(4089);
// EXTERNAL MODULE: ./src/plan/sources.ts
var plan_sources = __webpack_require__(6645);
;// CONCATENATED MODULE: ./src/plan/assets.ts



/** `express.static('public')`, `serveStatic(path.join(__dirname, 'public'))`, `koa-static('public')`. */
const STATIC_CALL = /(?:express\.static|serveStatic|serve|koaStatic|fastifyStatic)\(\s*(?:path\.(?:join|resolve)\(\s*__dirname\s*,\s*)?['"]\.?\/?([\w./-]+)['"]/;
/** Where static web servers serve from inside an image. */
const STATIC_ROOTS = /^\/(?:usr\/share\/nginx\/html|var\/www(?:\/html)?|usr\/local\/apache2\/htdocs|srv)\/?$/;
async function assets_exists(path) {
    return (0,promises_.access)(path).then(() => true, () => false);
}
/** The static directory the app serves: an override, a static middleware call, or an nginx-style COPY. */
async function planAssets(app, overrides, sources) {
    if (overrides.assets === false)
        return null;
    if (typeof overrides.assets === 'string') {
        const row = {
            key: 'assets (override)',
            source: 'docker-to-workers.yml',
            outcome: 'converted',
            became: `assets.directory ${overrides.assets}`,
            why: 'set by override',
        };
        return { directory: overrides.assets, source: 'docker-to-workers.yml', row };
    }
    for (const hit of (0,plan_sources/* findInSources */.lC)(sources, STATIC_CALL)) {
        const directory = external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(hit.file), hit.match[1] ?? '.'));
        if (await assets_exists((0,external_node_path_.join)(app.root, directory))) {
            const row = {
                key: hit.text,
                source: (0,plan_sources/* hitRef */.bm)(hit),
                outcome: 'converted',
                became: `assets.directory ${directory}`,
                why: 'served by Workers static assets before the app runs (no CPU time)',
            };
            return { directory, source: (0,plan_sources/* hitRef */.bm)(hit), row };
        }
    }
    for (const copy of app.dockerfile?.copies ?? []) {
        const from = copy.sources[0];
        if (!STATIC_ROOTS.test(copy.destination) || copy.sources.length !== 1 || !from)
            continue;
        const directory = external_node_path_.posix.normalize(from.replace(/^\/(?:app|src|usr\/src\/app)\//, ''));
        const source = `${app.dockerfile?.path ?? 'Dockerfile'}:${copy.line}`;
        const row = {
            key: `COPY ${copy.from ? `--from=${copy.from} ` : ''}${from} ${copy.destination}`,
            source,
            outcome: 'converted',
            became: `assets.directory ${directory}`,
            why: copy.from
                ? 'static build output served by Workers static assets (run the build first)'
                : 'static files served by Workers static assets',
        };
        return { directory, source, row };
    }
    return null;
}

;// CONCATENATED MODULE: ./src/plan/binding-result.ts

function emptyResult() {
    return {
        bindings: [],
        replacedVars: {},
        serviceVars: [],
        rows: [],
        codeChanges: [],
        diagnostics: [],
    };
}
/** Binding names already used in this Worker: a second `UPLOADS` becomes `UPLOADS_2`. */
function uniqueNames() {
    const taken = new Set();
    return (name) => {
        let candidate = name;
        for (let n = 2; taken.has(candidate); n++)
            candidate = `${name}_${n}`;
        taken.add(candidate);
        return candidate;
    };
}
/** The override for a compose service / volume (by any of its names), as `{ type, binding? }`. */
function choiceFor(overrides, ...keys) {
    for (const key of keys) {
        const choice = key ? overrides.bindings?.[key] : undefined;
        if (choice)
            return typeof choice === 'string' ? { type: choice } : choice;
    }
    return null;
}
function firstHit(sources, pattern) {
    return (0,plan_sources/* findInSources */.lC)(sources, pattern)[0] ?? null;
}

;// CONCATENATED MODULE: ./src/plan/volumes.ts






const FS_WRITES = /\b(?:writeFile|writeFileSync|createWriteStream|appendFile|appendFileSync)\(|\bmulter\(/;
const SQLITE_FILE = /\.(?:db|sqlite3?)$/;
const SQLITE_CLIENTS = ['better-sqlite3', 'sqlite3', 'sqlite', '@libsql/client'];
const MIGRATION_DIRS = [
    'migrations',
    'db/migrations',
    'prisma/migrations',
    'drizzle',
    'sql/migrations',
];
/** Container paths that hold dependencies or build output in dev setups: not application state. */
const NON_STATE_VOLUME = /(?:^|\/)(?:node_modules|\.next|dist|build)$/;
/** The env var that carries a service's address (`DATABASE_URL=postgres://…@db:5432/…`). */
async function migrationsDir(root, dir) {
    for (const candidate of MIGRATION_DIRS) {
        const path = dir === '.' ? candidate : `${dir}/${candidate}`;
        const files = await (0,promises_.readdir)((0,external_node_path_.join)(root, path)).catch(() => null);
        if (files && files.length > 0)
            return path;
    }
    return null;
}
/** A volume the app writes → an R2 bucket (unless it holds the SQLite file or only dependencies). */
function planVolume(app, volume, overrides, sources, result, unique) {
    const key = volume.type === 'anonymous'
        ? `VOLUME ${volume.target}`
        : `volume ${volume.source ?? ''}:${volume.target}`;
    const choice = choiceFor(overrides, volume.source, volume.target);
    const sqliteFile = app.env.find((e) => e.value?.startsWith(`${volume.target.replace(/\/$/, '')}/`) && SQLITE_FILE.test(e.value));
    if (!choice && sqliteFile && app.dbClients.some((c) => SQLITE_CLIENTS.includes(c))) {
        result.rows.push({
            key,
            source: volume.source_ref,
            outcome: 'converted',
            became: 'D1 (see the SQLite row)',
            why: `holds the SQLite database ${sqliteFile.value ?? ''} (${sqliteFile.name})`,
        });
        return;
    }
    if (choice?.type === 'none' || NON_STATE_VOLUME.test(volume.target)) {
        result.rows.push({
            key,
            source: volume.source_ref,
            outcome: 'dropped',
            became: 'nothing',
            why: choice ? 'bindings override says none' : 'holds dependencies or build output, not state',
        });
        return;
    }
    const binding = unique(choice?.binding ??
        bindingName(volume.source && volume.type === 'named' ? volume.source : volume.target));
    const write = firstHit(sources, FS_WRITES);
    const reason = `the container wrote files under ${volume.target}; Workers have no persistent disk`;
    result.bindings.push({ type: 'r2', binding, reason, source: volume.source_ref });
    result.rows.push({
        key,
        source: volume.source_ref,
        outcome: 'approximated',
        became: `R2 bucket ${binding}`,
        why: write
            ? `code writes with \`${write.file}:${write.line}\`; change to env.${binding}.put()`
            : reason,
    });
    const change = `write with env.${binding}.put(key, body) and read with env.${binding}.get(key) instead of the filesystem`;
    result.codeChanges.push({
        file: write?.file ?? app.entry ?? 'package.json',
        line: write?.line ?? null,
        change,
        why: reason,
    });
    result.diagnostics.push(planDiagnostic('P040', {
        message: `volume ${volume.source ?? volume.target} → R2 bucket ${binding}`,
        fix: change,
        source: write ? (0,plan_sources/* hitRef */.bm)(write) : volume.source_ref,
    }));
}
/** SQLite (a client in the dependencies) → D1, with the migrations directory when there is one. */
async function planSqlite(app, overrides, sources, result, unique) {
    const client = app.dbClients.find((c) => SQLITE_CLIENTS.includes(c));
    if (!client || choiceFor(overrides, client, 'sqlite')?.type === 'none')
        return;
    const dir = app.packageJson?.dir ?? '.';
    const migrations = await migrationsDir(app.root, dir);
    const binding = unique(choiceFor(overrides, client, 'sqlite')?.binding ?? 'DB');
    const hit = firstHit(sources, new RegExp(`['"]${client}['"]`));
    const source = hit ? (0,plan_sources/* hitRef */.bm)(hit) : (app.sources.dbClients ?? 'package.json');
    const reason = `SQLite (${client}) → D1: SQLite semantics, one writer, 10 GB cap`;
    result.bindings.push({ type: 'd1', binding, migrationsDir: migrations, reason, source });
    result.rows.push({
        key: `dependency ${client}`,
        source,
        outcome: 'approximated',
        became: `D1 database ${binding}${migrations ? ` (migrations: ${migrations})` : ''}`,
        why: reason,
    });
    const change = `replace ${client} with env.${binding}.prepare(sql).bind(...).all() (D1 is asynchronous)`;
    result.codeChanges.push({
        file: hit?.file ?? 'package.json',
        line: hit?.line ?? null,
        change,
        why: reason,
    });
    result.diagnostics.push(planDiagnostic('P043', {
        message: `SQLite via ${client} → D1 ${binding}${migrations ? `, migrations from ${migrations}` : ''}`,
        fix: change,
        source,
    }));
}

;// CONCATENATED MODULE: ./src/plan/bindings.ts





/** Redis used for locks, counters or pub/sub needs strong consistency: a Durable Object, not KV. */
const REDIS_COORDINATION = /\.(?:incr|incrby|decr|publish|subscribe|psubscribe|setnx|watch|multi)\(|['"]NX['"]|redlock/i;
function envForService(app, service) {
    const pattern = new RegExp(`[@/]${service.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?::\\d+)?(?:/|$)`);
    return app.env.find((e) => e.value !== null && pattern.test(e.value))?.name ?? null;
}
/** Whether the app refers to a backing service by its compose hostname (env values or code). */
function referenced(app, service, sources) {
    const host = new RegExp(`[@/]${service.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?::\\d+)?\\b`);
    return envForService(app, service) !== null || (0,plan_sources/* findInSources */.lC)(sources, host).length > 0;
}
/**
 * Bindings for the app's state. With several built services in one compose file, a Worker gets only
 * the backing services it refers to (each compose service sees the same list).
 */
async function planBindings(app, overrides, sources) {
    const result = emptyResult();
    const unique = uniqueNames();
    const shared = app.builtServices.length > 0;
    for (const service of app.services.filter((s) => !shared || referenced(app, s, sources))) {
        const choice = choiceFor(overrides, service.name);
        const envVar = envForService(app, service);
        const key = `services.${service.name} (${service.image ?? service.kind})`;
        if (envVar)
            result.serviceVars.push(envVar);
        if (choice?.type === 'none') {
            result.rows.push({
                key,
                source: service.source,
                outcome: 'dropped',
                became: 'nothing',
                why: 'bindings override says none',
            });
            continue;
        }
        const type = choice?.type ?? defaultBindingType(service, sources);
        if (type === null) {
            result.rows.push({
                key,
                source: service.source,
                outcome: 'manual',
                became: 'kept outside Cloudflare',
                why: `${service.kind} has no Workers binding: keep it reachable over the internet`,
            });
            result.diagnostics.push(planDiagnostic('P045', {
                message: `${service.kind} service \`${service.name}\` has no Workers equivalent`,
                fix: service.kind === 'mongo'
                    ? 'Connect per request to a hosted MongoDB, keep it behind an HTTP API, or use --target container.'
                    : 'Expose it over HTTPS and call it with fetch, or use --target container.',
                source: service.source,
            }));
            continue;
        }
        const binding = unique(choice?.binding ?? defaultBindingName(type, service));
        const reason = bindingReason(type, service, sources);
        result.bindings.push(makeBinding(type, binding, service, envVar, reason));
        if (type === 'hyperdrive') {
            const secret = envVar ?? `${binding}_ORIGIN`;
            if (envVar)
                result.replacedVars[envVar] = binding;
            result.diagnostics.push(planDiagnostic('P041', {
                message: `${service.kind} \`${service.name}\` → Hyperdrive ${binding}; its origin connection string comes from secret ${secret}`,
                fix: `Set the secret ${secret} to the production database URL; the Worker reads env.${binding}.connectionString (the shim also puts it in process.env.${envVar ?? secret}).`,
                source: service.source,
            }));
        }
        result.rows.push({
            key,
            source: service.source,
            outcome: type === 'hyperdrive' ? 'converted' : 'approximated',
            became: `${type} binding ${binding}`,
            why: reason,
        });
        const usage = usageHit(type, sources);
        if (type !== 'hyperdrive') {
            result.codeChanges.push({
                file: usage?.file ?? app.entry ?? 'package.json',
                line: usage?.line ?? null,
                change: codeChangeFor(type, binding, service.kind),
                why: reason,
            });
            result.diagnostics.push(planDiagnostic(type === 'queue' ? 'P044' : 'P042', {
                message: `${service.kind} \`${service.name}\` → ${type} ${binding}: ${reason}`,
                fix: codeChangeFor(type, binding, service.kind),
                source: usage ? (0,plan_sources/* hitRef */.bm)(usage) : service.source,
            }));
        }
    }
    for (const volume of app.volumes)
        planVolume(app, volume, overrides, sources, result, unique);
    await planSqlite(app, overrides, sources, result, unique);
    return result;
}
function defaultBindingType(service, sources) {
    switch (service.kind) {
        case 'postgres':
        case 'mysql':
            return 'hyperdrive';
        case 'redis':
            return firstHit(sources, REDIS_COORDINATION) ? 'durable-object' : 'kv';
        case 'memcached':
            return 'kv';
        case 'rabbitmq':
        case 'nats':
        case 'kafka':
            return 'queue';
        case 's3':
            return 'r2';
        default:
            return null;
    }
}
function defaultBindingName(type, service) {
    const byType = {
        hyperdrive: 'HYPERDRIVE',
        kv: 'CACHE',
        'durable-object': 'STATE',
        queue: 'QUEUE',
        r2: 'BUCKET',
        d1: 'DB',
    };
    return byType[type] ?? bindingName(service.name);
}
function bindingReason(type, service, sources) {
    if (service.kind === 'redis' && type === 'durable-object') {
        const hit = firstHit(sources, REDIS_COORDINATION);
        return `Redis used for locks/counters/pub-sub${hit ? ` (${(0,plan_sources/* hitRef */.bm)(hit)})` : ''}: needs the strong consistency of a Durable Object`;
    }
    if (service.kind === 'redis')
        return 'Redis used as a cache/session store: KV (eventually consistent, ~60 s)';
    if (type === 'hyperdrive')
        return `${service.kind} stays where it is; Hyperdrive pools connections to it from the edge`;
    if (type === 'queue')
        return `${service.kind} messages → Cloudflare Queues (producer and consumer in this Worker)`;
    return `${service.kind} → ${type}`;
}
function makeBinding(type, binding, service, envVar, reason) {
    const source = service.source;
    switch (type) {
        case 'hyperdrive':
            return {
                type,
                binding,
                connectionSecret: envVar ?? `${binding}_ORIGIN`,
                engine: service.kind === 'mysql' ? 'mysql' : 'postgres',
                reason,
                source,
            };
        case 'queue':
            return { type, binding, queue: service.name, consumer: true, reason, source };
        case 'durable-object':
            return { type, binding, className: 'RedisState', reason, source };
        case 'd1':
            return { type, binding, migrationsDir: null, reason, source };
        case 'kv':
        case 'r2':
            return { type, binding, reason, source };
        default:
            return { type: 'kv', binding, reason, source };
    }
}
function usageHit(type, sources) {
    const patterns = {
        kv: /\bnew Redis\(|createClient\(|ioredis|['"]redis['"]/,
        'durable-object': /\bnew Redis\(|createClient\(|ioredis|['"]redis['"]/,
        queue: /amqplib|kafkajs|['"]nats['"]|bullmq|\bnew Queue\(/,
        r2: /S3Client|aws-sdk|minio/,
    };
    const pattern = patterns[type];
    return pattern ? firstHit(sources, pattern) : null;
}
function codeChangeFor(type, binding, kind) {
    switch (type) {
        case 'kv':
            return `replace the ${kind} client with env.${binding}.get(key) / env.${binding}.put(key, value, { expirationTtl })`;
        case 'durable-object':
            return `replace the ${kind} client with the generated RedisState Durable Object: env.${binding}.getByName('main').incr(key) / get / set`;
        case 'queue':
            return `publish with env.${binding}.send(message); consume in the Worker's queue() handler`;
        case 'r2':
            return `use env.${binding}.put(key, body) / get(key) instead of the S3 client (or keep the S3 client pointed at R2's S3 endpoint)`;
        default:
            return `use env.${binding}`;
    }
}

;// CONCATENATED MODULE: ./src/plan/calls.ts


/** HTTP clients that do not go through globalThis.fetch, so the shim cannot route their calls. */
const NON_FETCH_CLIENT = /\b(?:axios|got|superagent|needle|request|https?\.(?:get|request))\b/;
function calls_escape(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/**
 * Internal hostnames this app calls another built service by (`http://api:3000`) → service bindings.
 * Plain `fetch` calls are routed by the shim; other HTTP clients need the listed change.
 */
function planServiceCalls(app, others, sources) {
    const calls = { bindings: [], hosts: {}, rows: [], codeChanges: [] };
    for (const { service, worker } of others) {
        const pattern = new RegExp(`https?://(${service.hostnames.map(calls_escape).join('|')})(?::(\\d+))?`);
        const inEnv = app.env.find((e) => e.value !== null && pattern.test(e.value));
        const inCode = (0,plan_sources/* findInSources */.lC)(sources, pattern);
        const firstCall = inCode[0];
        if (!inEnv && !firstCall)
            continue;
        const binding = bindingName(service.name);
        const source = inEnv?.source ?? (firstCall ? (0,plan_sources/* hitRef */.bm)(firstCall) : service.source);
        const reason = `calls compose service \`${service.name}\` by its internal hostname`;
        calls.bindings.push({ type: 'service', binding, service: worker, reason, source });
        for (const host of service.hostnames)
            calls.hosts[host] = binding;
        calls.rows.push({
            key: inEnv ? `ENV ${inEnv.name}` : `http://${service.name}`,
            source,
            outcome: 'converted',
            became: `service binding ${binding} → Worker ${worker}`,
            why: `${reason}; plain fetch() calls are routed by the shim`,
        });
        for (const hit of inCode.filter((h) => NON_FETCH_CLIENT.test(h.text))) {
            calls.codeChanges.push({
                file: hit.file,
                line: hit.line,
                change: `call env.${binding}.fetch(request) instead of ${hit.match[0]} (this client is not fetch, so the shim cannot route it)`,
                why: reason,
            });
        }
    }
    return calls;
}

;// CONCATENATED MODULE: ./src/plan/crons.ts
const LOCAL_HTTP = /\b(?:curl|wget)\b.*?https?:\/\/(?:localhost|127\.0\.0\.1)(?::\d+)?(\/[^\s'"]*)?/;
function planCrons(app, overrides) {
    const plan = {
        schedules: [...(overrides.crons ?? [])],
        paths: {},
        rows: [],
        codeChanges: [],
    };
    for (const cron of app.crons) {
        if (!plan.schedules.includes(cron.schedule))
            plan.schedules.push(cron.schedule);
        const local = LOCAL_HTTP.exec(cron.command);
        const [file = cron.source, line] = cron.source.split(':');
        if (local) {
            plan.paths[cron.schedule] = local[1] ?? '/';
            plan.rows.push({
                key: `cron ${cron.schedule}`,
                source: cron.source,
                outcome: 'converted',
                became: `triggers.crons + scheduled() → GET ${local[1] ?? '/'}`,
                why: 'the job called the app over HTTP; the shim forwards the trigger to the same path',
            });
        }
        else {
            plan.rows.push({
                key: `cron ${cron.schedule}`,
                source: cron.source,
                outcome: 'manual',
                became: 'triggers.crons',
                why: `\`${cron.command}\` must move into the Worker's scheduled() handler`,
            });
            plan.codeChanges.push({
                file,
                line: line ? Number(line) : null,
                change: `run \`${cron.command}\` from a scheduled(controller, env, ctx) handler (or expose it as a route)`,
                why: 'no cron daemon or processes on Workers; Cron Triggers call scheduled()',
            });
        }
    }
    return plan;
}

;// CONCATENATED MODULE: ./src/plan/remedies.ts

/** Where a vendored package lands, relative to `<outDir>/<worker>/` (and so to wrangler.jsonc). */
function vendorPath(name) {
    return `./node_modules/${name}`;
}
function locate(hit) {
    const match = hit.source ? /^(.*?)(?::(\d+))?$/.exec(hit.source) : null;
    return { file: match?.[1] ?? 'package.json', line: match?.[2] ? Number(match[2]) : null };
}
/**
 * Remedies the generated build can apply (aliases to fixed versions vendored into the output directory,
 * so the user's files stay untouched); the rest become code changes with their file:line.
 * `--no-remedies` turns every remedy into a reported code change.
 */
function planRemedies(hits, disabled) {
    const plan = { alias: {}, vendor: [], applied: [], codeChanges: [], diagnostics: [] };
    const seen = new Set();
    for (const hit of hits) {
        const { pitfall } = hit;
        const remedy = pitfall.remedy;
        if (remedy.kind === 'container')
            continue;
        if (remedy.kind === 'alias' && !disabled) {
            if (seen.has(pitfall.id))
                continue;
            seen.add(pitfall.id);
            plan.alias[remedy.package] = vendorPath(remedy.replacement.name);
            plan.vendor.push(remedy.replacement);
            plan.applied.push({
                pitfallId: pitfall.id,
                description: `${pitfall.title} — ${hit.evidence}: ${remedy.description}`,
            });
            plan.diagnostics.push(planDiagnostic('P050', {
                message: `${pitfall.title} (${hit.evidence}) would ${pitfall.effect}; remedied: ${remedy.description}`,
                source: hit.source,
            }));
            continue;
        }
        const change = remedy.kind === 'alias'
            ? `upgrade ${remedy.package} to ${remedy.replacement.version} (e.g. "overrides": { "${remedy.package}": "^${remedy.replacement.version}" } in package.json)`
            : remedy.change;
        plan.codeChanges.push({ ...locate(hit), change, why: `${pitfall.title}: ${pitfall.effect}` });
        plan.diagnostics.push(planDiagnostic(remedy.kind === 'alias' ? 'P052' : 'P051', {
            message: `${pitfall.title} (${hit.evidence}): ${pitfall.effect}${remedy.kind === 'alias' ? ' (remedy disabled by --no-remedies)' : ''}`,
            fix: change,
            source: hit.source,
        }));
    }
    return plan;
}

;// CONCATENATED MODULE: ./src/plan/shim.ts
const HEADER = '// Generated by docker-to-workers. Edit the source app, not this file; re-run `docker-to-workers plan`.\n';
/** The prelude's export that copies Hyperdrive connection strings into process.env. */
const HYPERDRIVE_ENV = 'useHyperdriveEnv';
function prelude(input) {
    const lines = [];
    const env = Object.entries(input.hyperdriveEnv);
    const hosts = Object.entries(input.serviceHosts);
    if (env.length === 0 && hosts.length === 0)
        return null;
    lines.push(HEADER, "// Imported by the entry before the app, so the app's modules load with this in place.", "import { env } from 'cloudflare:workers';");
    if (env.length > 0) {
        lines.push("import process from 'node:process';", '', 
        // Not done here: a binding's connectionString throws "Disallowed operation called within
        // global scope", where this module runs, so the Worker would not start.
        '// Called by the entry as each request or cron event starts, before the app reads process.env.', `export function ${HYPERDRIVE_ENV}() {`);
        for (const [name, binding] of env) {
            lines.push(`  // ${name} pointed at the compose database; Hyperdrive ${binding} pools connections to it.`, 
            // Guarded: a local boot without the binding keeps the var as it was.
            `  if (env[${JSON.stringify(binding)}]) process.env[${JSON.stringify(name)}] = env[${JSON.stringify(binding)}].connectionString;`);
        }
        lines.push('}');
    }
    if (hosts.length > 0) {
        lines.push('', '// Compose service hostnames the app calls → service bindings (no public network hop).', `const SERVICE_HOSTS = ${JSON.stringify(Object.fromEntries(hosts))};`, 'const originalFetch = globalThis.fetch;', 'globalThis.fetch = (input, init) => {', '  const request = new Request(input, init);', 
        // By hostname, not host: `http://api:3000` must match whichever port the service listens on,
        // and compose often publishes none (the port is only the Dockerfile's EXPOSE).
        '  const binding = SERVICE_HOSTS[new URL(request.url).hostname];', '  return binding && env[binding] ? env[binding].fetch(request) : originalFetch(request);', '};');
    }
    return `${lines.join('\n')}\n`;
}
function scheduled(input, first) {
    const paths = Object.entries(input.cronPaths);
    if (paths.length === 0)
        return [];
    return [
        "  // Cron Triggers replace the container's cron jobs that called the app over HTTP.",
        '  async scheduled(controller, env, ctx) {',
        ...first,
        `    const path = ${JSON.stringify(Object.fromEntries(paths))}[controller.cron];`,
        "    if (path) await app.fetch(new Request(new URL(path, 'http://localhost')), env, ctx);",
        '  },',
    ];
}
const REDIS_STATE = [
    '',
    '// Replaces Redis where it was used for counters/locks: one strongly consistent object per name.',
    'export class RedisState extends DurableObject {',
    '  async get(key) { return (await this.ctx.storage.get(key)) ?? null; }',
    '  async set(key, value) { await this.ctx.storage.put(key, value); return "OK"; }',
    '  async incr(key, by = 1) { const next = ((await this.ctx.storage.get(key)) ?? 0) + by; await this.ctx.storage.put(key, next); return next; }',
    '  async del(key) { return (await this.ctx.storage.delete(key)) ? 1 : 0; }',
    '}',
];
function javascriptEntry(input, hasPrelude) {
    const lines = [HEADER];
    const hyperdrive = Object.keys(input.hyperdriveEnv).length > 0;
    if (hyperdrive)
        lines.push(`import { ${HYPERDRIVE_ENV} } from './prelude.mjs';`);
    else if (hasPrelude)
        lines.push("import './prelude.mjs';");
    if (input.redisStateClass)
        lines.push("import { DurableObject } from 'cloudflare:workers';");
    const first = hyperdrive ? [`    ${HYPERDRIVE_ENV}();`] : [];
    const extra = scheduled(input, first);
    // The app's handler is wrapped when something must run before it on each event.
    const wrapped = [
        'export default {',
        '  fetch(request, env, ctx) {',
        ...first,
        '    return app.fetch(request, env, ctx);',
        '  },',
        ...extra,
        '};',
    ];
    const wrap = hyperdrive || extra.length > 0;
    if (input.kind === 'http-server') {
        lines.push(`// The app itself, unchanged: it calls listen(${input.port}) at load time.`, `import ${JSON.stringify(input.appImport)};`, "import { httpServerHandler } from 'cloudflare:node';", '', `// Requests reach the server the app started on port ${input.port}.`);
        if (!wrap)
            lines.push(`export default httpServerHandler({ port: ${input.port} });`);
        else
            lines.push(`const app = httpServerHandler({ port: ${input.port} });`, ...wrapped);
    }
    else if (!wrap) {
        lines.push("// The app's own fetch handler (Hono / itty / a `fetch` export), unchanged.", `export { default } from ${JSON.stringify(input.appImport)};`);
    }
    else {
        lines.push(`import app from ${JSON.stringify(input.appImport)};`, '', ...wrapped);
    }
    if (input.redisStateClass)
        lines.push(...REDIS_STATE);
    return `${lines.join('\n')}\n`;
}
function pythonEntry(input) {
    const [module, attribute] = (input.pythonApp ?? 'main:app').split(':');
    return [
        '# Generated by docker-to-workers: runs the ASGI app on Python Workers (Pyodide).',
        'from workers import WorkerEntrypoint',
        'import asgi',
        `from ${module} import ${attribute} as app`,
        '',
        '',
        'class Default(WorkerEntrypoint):',
        '    async def fetch(self, request):',
        '        return await asgi.fetch(app, request, self.env)',
        '',
    ].join('\n');
}
/** The files of the entry: `entry.mjs` (or `entry.py`) and, when needed, `prelude.mjs`. */
function renderShim(input) {
    if (input.kind === 'python')
        return { main: 'entry.py', modules: { 'entry.py': pythonEntry(input) } };
    const before = prelude(input);
    const modules = { 'entry.mjs': javascriptEntry(input, before !== null) };
    if (before)
        modules['prelude.mjs'] = before;
    return { main: 'entry.mjs', modules };
}

;// CONCATENATED MODULE: ./src/plan/wasm.ts


/** A Rust crate built with workers-rs (`worker` crate): it already is a Worker, built by worker-build. */
async function usesWorkersRs(app) {
    if (app.runtime !== 'rust')
        return false;
    const cargo = await (0,promises_.readFile)((0,external_node_path_.join)(app.root, 'Cargo.toml'), 'utf8').catch(() => '');
    return /^\s*worker\s*=/m.test(cargo);
}
function kib(bytes) {
    return `${(bytes / 1024).toFixed(1)} KiB`;
}
/** Existing Wasm modules are kept as modules; their size counts toward the script limit, so wasm-opt them. */
function wasmRows(wasm) {
    return wasm.map((file) => ({
        key: `wasm ${file.path} (${kib(file.bytes)})`,
        source: file.path,
        outcome: 'converted',
        became: 'a CompiledWasm module imported by the bundle',
        why: `kept as is; run \`wasm-opt -Oz ${file.path} -o ${file.path}\` before deploying (it counts toward the 3 MB / 10 MB gzip limit)`,
    }));
}

;// CONCATENATED MODULE: ./src/plan/isolate.ts













const OPEN_NEXT_CONFIG = "import { defineCloudflareConfig } from '@opennextjs/cloudflare';\n\nexport default defineCloudflareConfig();\n";
/** Python Workers upload the modules in main's directory: the entry must sit beside the app's package. */
function pythonPlacement(analysis) {
    if (analysis.strategy.kind !== 'python')
        return [];
    return [
        {
            file: 'entry.py',
            line: null,
            change: 'run plan with --write so entry.py and wrangler.jsonc sit at the repository root beside the app package, and vendor requirements with pywrangler',
            why: 'Python Workers bundle only the modules next to main; the output directory holds none of the app',
        },
    ];
}
function entryDiagnostics(analysis) {
    if (analysis.strategy.kind === 'none') {
        return [
            planDiagnostic('P061', {
                message: 'no server entry found (CMD, package.json start/main)',
                fix: 'Give the Dockerfile a CMD that runs the server file, or set "main" in package.json.',
            }),
        ];
    }
    if (analysis.strategy.kind === 'opennext') {
        return [
            planDiagnostic('P060', {
                message: 'Next.js runs on Workers through OpenNext (@opennextjs/cloudflare), not its standalone server',
                fix: 'npm install -D @opennextjs/cloudflare, copy the generated open-next.config.ts into the app, then build with `npx opennextjs-cloudflare build`.',
            }),
        ];
    }
    return [];
}
/** The `worker` / `python-worker` targets: bindings, env, assets, crons, remedies, the shim and the config. */
async function isolateParts(analysis) {
    const { input, workerDir, sources, strategy, port } = analysis;
    const { app, overrides } = input;
    const fromWorker = (path) => external_node_path_.posix.relative(workerDir, (0,external_node_path_.join)(app.root, path)) || '.';
    const serves = strategy.kind === 'http-server';
    const bindings = await planBindings(app, overrides, sources);
    const calls = planServiceCalls(app, input.others, sources);
    const assets = await planAssets(app, overrides, sources);
    const crons = planCrons(app, overrides);
    const remedies = planRemedies(analysis.hits, input.options.noRemedies ?? false);
    const env = planEnv(app, overrides, bindings.serviceVars, serves ? port : null, input.setSecret);
    const allBindings = [...bindings.bindings, ...calls.bindings];
    const shim = strategy.kind === 'http-server' || strategy.kind === 'fetch' || strategy.kind === 'python'
        ? renderShim({
            kind: strategy.kind,
            appImport: importFrom(workerDir, app.root, strategy.file),
            port: port ?? 8080,
            hyperdriveEnv: bindings.replacedVars,
            serviceHosts: calls.hosts,
            cronPaths: crons.paths,
            redisStateClass: allBindings.some((b) => b.type === 'durable-object'),
            pythonApp: app.startCommand?.match(/([\w.]+:\w+)/)?.[1],
        })
        : null;
    const appDir = app.packageJson?.dir ?? '.';
    const opennext = strategy.kind === 'opennext';
    const rust = strategy.kind === 'workers-rs';
    const main = opennext
        ? fromWorker(external_node_path_.posix.join(appDir, '.open-next/worker.js'))
        : rust
            ? fromWorker(external_node_path_.posix.join(appDir, 'build/worker/shim.mjs'))
            : (shim?.main ?? null);
    const assetsConfig = opennext
        ? { directory: fromWorker(external_node_path_.posix.join(appDir, '.open-next/assets')), binding: 'ASSETS' }
        : assets
            ? { directory: fromWorker(assets.directory) }
            : null;
    const build = opennext
        ? { command: 'npx opennextjs-cloudflare build', cwd: fromWorker(appDir) }
        : rust
            ? {
                command: 'cargo install -q worker-build && worker-build --release',
                cwd: fromWorker(appDir),
            }
            : 'build' in strategy && strategy.build
                ? { command: strategy.build.command, cwd: fromWorker(strategy.build.cwd) }
                : null;
    const flags = [
        ...new Set([
            ...compatibilityFlags(analysis.decision.target, analysis.date, serves),
            ...(overrides.compatibility_flags ?? []),
        ]),
    ];
    const { config, comments } = buildConfig({
        name: input.name,
        main,
        compatibilityDate: analysis.date,
        dateOverridden: Boolean(input.options.compatibilityDate ?? overrides.compatibility_date),
        compatibilityFlags: flags,
        vars: env.vars,
        bindings: allBindings.map((b) => b.type === 'd1' && b.migrationsDir ? { ...b, migrationsDir: fromWorker(b.migrationsDir) } : b),
        assets: assetsConfig,
        crons: crons.schedules,
        cpuMs: overrides.cpu_ms ?? null,
        alias: remedies.alias,
        build,
        routes: overrides.routes ?? null,
    });
    return {
        flags,
        env,
        rows: [
            ...bindings.rows,
            ...calls.rows,
            ...crons.rows,
            ...(assets ? [assets.row] : []),
            ...wasmRows(analysis.wasm),
        ],
        codeChanges: [
            ...pythonPlacement(analysis),
            ...bindings.codeChanges,
            ...calls.codeChanges,
            ...crons.codeChanges,
            ...remedies.codeChanges,
        ],
        diagnostics: [
            ...bindings.diagnostics,
            ...env.diagnostics,
            ...remedies.diagnostics,
            ...entryDiagnostics(analysis),
        ],
        remedies: remedies.applied,
        bindings: allBindings,
        assets: assets ? { directory: assets.directory } : null,
        crons: crons.schedules,
        container: null,
        config,
        comments,
        modules: {
            ...(shim?.modules ?? {}),
            ...(opennext ? { 'open-next.config.ts': OPEN_NEXT_CONFIG } : {}),
        },
        vendor: remedies.vendor,
        main: main ?? '',
    };
}

// EXTERNAL MODULE: ./src/plan/pitfalls.ts
var pitfalls = __webpack_require__(986);
;// CONCATENATED MODULE: ./src/plan/rows.ts
const INSTALL = /\b(?:npm (?:ci|install|i)\b|yarn(?: install)?\b|pnpm (?:install|i)\b|bun install)/;
const SYSTEM = /\b(?:apt-get|apk|yum|dnf)\b/;
/** Filesystem and user setup only (`mkdir -p /app/uploads && chown node /app/uploads`). */
const SETUP_ONLY = /^(?:\s*(?:mkdir|chown|chmod|ln|addgroup|adduser|useradd|groupadd|rm|touch)\b[^&;|]*(?:&&|;|$))+\s*$/;
/**
 * The kompose-style rows for the Dockerfile: each instruction the app uses and what became of it.
 * (Env, volumes, services and crons add their own rows where they are planned.)
 */
function dockerfileRows(app, target, entryImport, port) {
    const facts = app.dockerfile;
    if (!facts)
        return [];
    const at = (line) => (line ? `${facts.path}:${line}` : facts.path);
    if (target === 'container') {
        return [
            {
                key: `FROM ${facts.baseImage}`,
                source: at(facts.stages[facts.finalStage]?.line),
                outcome: 'converted',
                became: 'containers[0].image (the Dockerfile, unchanged)',
                why: 'runs as is on Cloudflare Containers',
            },
        ];
    }
    const rows = facts.stages.map((stage, index) => index === facts.finalStage
        ? {
            key: `FROM ${stage.image}`,
            source: at(stage.line),
            outcome: 'converted',
            became: target === 'python-worker' ? 'Python Workers (Pyodide)' : 'workerd with nodejs_compat',
            why: 'a V8 isolate replaces the container',
        }
        : {
            key: `FROM ${stage.image}${stage.name ? ` AS ${stage.name}` : ''}`,
            source: at(stage.line),
            outcome: 'approximated',
            became: 'wrangler bundling (esbuild)',
            why: 'build stages are replaced by the bundle build',
        });
    if (facts.workdir)
        rows.push({
            key: `WORKDIR ${facts.workdir}`,
            source: at(undefined),
            outcome: 'dropped',
            became: 'nothing',
            why: 'the bundle has no working directory (fs sees /bundle read-only, /tmp writable)',
        });
    if (facts.user)
        rows.push({
            key: `USER ${facts.user}`,
            source: at(undefined),
            outcome: 'dropped',
            became: 'nothing',
            why: 'no OS users in an isolate',
        });
    for (const run of facts.runCommands) {
        if (INSTALL.test(run.command))
            rows.push({
                key: `RUN ${run.command}`,
                source: at(run.line),
                outcome: 'converted',
                became: 'dependencies bundled by wrangler',
                why: 'node_modules are bundled into the Worker',
            });
        else if (SYSTEM.test(run.command))
            rows.push({
                key: `RUN ${run.command}`,
                source: at(run.line),
                outcome: 'dropped',
                became: 'nothing',
                why: 'no system packages in an isolate; native code needs the Container target',
            });
        else if (SETUP_ONLY.test(run.command))
            rows.push({
                key: `RUN ${run.command}`,
                source: at(run.line),
                outcome: 'dropped',
                became: 'nothing',
                why: 'directory and user setup; an isolate has no filesystem of its own to prepare',
            });
        else
            rows.push({
                key: `RUN ${run.command}`,
                source: at(run.line),
                outcome: 'approximated',
                became: 'the build before bundling',
                why: "run it in CI before the plan's bundle step",
            });
    }
    for (const copy of facts.copies) {
        rows.push({
            key: `COPY ${copy.from ? `--from=${copy.from} ` : ''}${copy.sources.join(' ')} ${copy.destination}`,
            source: at(copy.line),
            outcome: 'converted',
            became: 'bundle inputs',
            why: 'wrangler bundles what the entry imports',
        });
    }
    if (port !== null)
        rows.push({
            key: `EXPOSE ${app.ports.join(' ')}`,
            source: app.sources.ports ?? at(undefined),
            outcome: 'converted',
            became: `httpServerHandler({ port: ${port} })`,
            why: 'the shim hands each request to the server the app started',
        });
    const command = [...(facts.entrypoint ?? []), ...(facts.cmd ?? [])].join(' ');
    if (command)
        rows.push({
            key: `CMD ${command}`,
            source: app.sources.startCommand ?? at(undefined),
            outcome: 'converted',
            became: entryImport ? `main: entry shim importing ${entryImport}` : 'main: entry shim',
            why: 'the Worker entry replaces the process start command',
        });
    if (app.healthcheck)
        rows.push({
            key: `HEALTHCHECK ${app.healthcheck}`,
            source: app.sources.healthcheck ?? at(undefined),
            outcome: 'approximated',
            became: `smoke check GET ${app.healthcheck}`,
            why: 'the check stage boots the Worker and requests this path',
        });
    return rows;
}

;// CONCATENATED MODULE: ./src/plan/target.ts


/** Native addons with a Workers alternative the user can switch to (so they do not force a container). */
const ADDON_ALTERNATIVES = {
    bcrypt: 'bcryptjs (same API, pure JavaScript)',
    'better-sqlite3': 'D1 (env.DB.prepare(...))',
    sqlite3: 'D1 (env.DB.prepare(...))',
};
/** Python packages that are not needed (or not possible) on Python Workers: the server itself. */
const PYTHON_SERVER_PACKAGES = new Set([
    'uvicorn',
    'gunicorn',
    'hypercorn',
    'waitress',
    'uvloop',
    'httptools',
]);
/** Packages Pyodide ships or that are pure Python (a small, conservative list). */
const PYODIDE_FRIENDLY = new Set([
    'fastapi',
    'starlette',
    'pydantic',
    'pydantic-core',
    'flask',
    'werkzeug',
    'jinja2',
    'itsdangerous',
    'click',
    'markupsafe',
    'httpx',
    'anyio',
    'sniffio',
    'idna',
    'python-dotenv',
    'python-multipart',
    'typing-extensions',
    'annotated-types',
    'orjson',
    'ujson',
    'pyyaml',
    'requests',
    'certifi',
    'attrs',
]);
const JS_RUNTIMES = new Set(['node', 'bun', 'deno']);
function containerPitfall(hits) {
    return hits.find((h) => h.pitfall.remedy.kind === 'container');
}
/** Whether every requirement is a server (dropped) or in the Pyodide-friendly set. */
function pythonWorkerFits(app, requirements) {
    if (app.framework !== 'fastapi' && app.framework !== 'flask')
        return false;
    return requirements.every((name) => PYTHON_SERVER_PACKAGES.has(name) || PYODIDE_FRIENDLY.has(name));
}
function natural(app, hits, pythonFits, facts) {
    const runtimeSource = app.sources.runtime ?? app.dockerfile?.path ?? null;
    if (facts.memory && facts.memory.megabytes > ISOLATE_MEMORY_MB && app.runtime !== 'static') {
        return {
            target: 'container',
            reason: `declared memory ${Math.round(facts.memory.megabytes)} MB is above the ${ISOLATE_MEMORY_MB} MB of a Worker isolate`,
            source: facts.memory.source,
        };
    }
    if (facts.workersRs) {
        return {
            target: 'worker',
            reason: 'Rust crate built with workers-rs: compiles to a Wasm Worker',
            source: 'Cargo.toml',
        };
    }
    if (app.runtime === 'static') {
        return {
            target: 'worker',
            reason: 'static site: served as Workers static assets',
            source: runtimeSource,
        };
    }
    if (JS_RUNTIMES.has(app.runtime)) {
        const blocking = containerPitfall(hits);
        if (blocking) {
            return {
                target: 'container',
                reason: `${blocking.pitfall.title}: ${blocking.pitfall.effect}`,
                source: blocking.source,
            };
        }
        const addon = app.nativeAddons.find((name) => !(name in ADDON_ALTERNATIVES));
        if (addon) {
            return {
                target: 'container',
                reason: `native addon \`${addon}\` has no Workers build or drop-in alternative`,
                source: app.sources.nativeAddons ?? 'package.json',
            };
        }
        return {
            target: 'worker',
            reason: `${app.runtime} app (${app.framework}) runs on workerd with nodejs_compat`,
            source: runtimeSource,
        };
    }
    if (app.runtime === 'python') {
        return {
            target: 'container',
            reason: pythonFits
                ? 'Python app: Cloudflare Containers by default (Python Workers are possible: --target python-worker)'
                : 'Python app with dependencies outside the Pyodide package set',
            source: runtimeSource,
        };
    }
    if (app.runtime === 'unknown' && !app.dockerfile) {
        return {
            target: 'worker',
            reason: 'runtime not recognised and no Dockerfile to run',
            source: null,
        };
    }
    return {
        target: 'container',
        reason: `${app.runtime === 'unknown' ? 'unrecognised' : app.runtime} runtime: runs as the user's image on Cloudflare Containers`,
        source: runtimeSource,
    };
}
/** worker / python-worker / container, with the reason and where it comes from. */
function decideTarget(app, hits, facts, forced) {
    const pythonFits = pythonWorkerFits(app, facts.requirements);
    const decided = natural(app, hits, pythonFits, facts);
    const diagnostics = [];
    if (pythonFits && decided.target === 'container') {
        diagnostics.push(planDiagnostic('P003', {
            message: `${app.framework} app with Pyodide-compatible requirements: it can run as a Python Worker`,
            fix: 'Try `--target python-worker` (or `target: python-worker` in docker-to-workers.yml).',
            source: 'requirements.txt',
        }));
    }
    if (!forced || forced.target === decided.target)
        return { ...decided, diagnostics };
    const knownToFail = (forced.target === 'worker' && decided.target === 'container') ||
        (forced.target === 'python-worker' && app.runtime !== 'python');
    if (knownToFail) {
        diagnostics.push(planDiagnostic('P002', {
            message: `${forced.by} forces target ${forced.target}, but ${decided.reason}`,
            fix: `Expect the check stage to fail; remove ${forced.by} to get ${decided.target}.`,
            source: decided.source,
        }));
    }
    return { target: forced.target, reason: `forced by ${forced.by}`, source: null, diagnostics };
}

;// CONCATENATED MODULE: ./src/plan/worker.ts

















const worker_JS_RUNTIMES = new Set(['node', 'bun', 'deno', 'static', 'unknown']);
async function requirements(app) {
    if (app.runtime !== 'python')
        return [];
    const text = await (0,promises_.readFile)((0,external_node_path_.join)(app.root, 'requirements.txt'), 'utf8').catch(() => '');
    return text
        .split('\n')
        .map((line) => (line
        .replace(/#.*/, '')
        .trim()
        .split(/[\s=<>!~[;]/)[0] ?? '')
        .toLowerCase()
        .replace(/_/g, '-'))
        .filter(Boolean);
}
function compatibilityDate(input, diagnostics) {
    const newest = defaultCompatibilityDate();
    const chosen = input.options.compatibilityDate ?? input.overrides.compatibility_date ?? newest;
    if (!isCompatibilityDate(chosen)) {
        throw new src_errors/* UserError */.y(`Invalid compatibility date '${chosen}'.`, {
            fix: 'Use YYYY-MM-DD, e.g. --compatibility-date 2026-05-03.',
        });
    }
    if (chosen > newest) {
        diagnostics.push(planDiagnostic('P011', {
            message: `compatibility date ${chosen} is newer than the local workerd accepts (${newest}): the smoke boot will refuse it`,
            fix: `Use ${newest} or older, or pin a newer wrangler.`,
        }));
    }
    return chosen;
}
/** Node inspector ports: published for debugging, never the one the app serves on. */
const DEBUG_PORTS = new Set([9229, 9230, 5858]);
function choosePort(input, needsPort, diagnostics) {
    const { app, overrides, ci } = input;
    if (overrides.port)
        return overrides.port;
    const ports = app.ports.filter((p) => !DEBUG_PORTS.has(p));
    const [first] = ports;
    if (ports.length === 1 && first !== undefined)
        return first;
    const resolveWith = `\`port\` in ${OVERRIDES_FILE}${input.service ? ` (services.${input.service}.port)` : ''} or \`x-cloudflare: { port }\` in compose`;
    if (ports.length > 1) {
        diagnostics.push(ambiguity('P020', ci, {
            message: `the app exposes several ports (${ports.join(', ')})`,
            chosen: `port ${String(first)}`,
            resolveWith,
            source: app.sources.ports,
        }));
        return first ?? null;
    }
    if (!needsPort)
        return null;
    diagnostics.push(ambiguity('P020', ci, {
        message: 'no port found (EXPOSE, compose ports or an unset variable)',
        chosen: 'port 8080',
        resolveWith,
        source: app.dockerfile?.path,
    }));
    return 8080;
}
/** Plans one Worker: reads what every target needs, then the target's planner adds its parts. */
async function planWorker(input) {
    const { app, overrides } = input;
    const packageDir = app.packageJson?.dir ?? '.';
    const { files: sources, wasm } = await (0,plan_sources/* readSources */.tW)(app.root, packageDir, app.packageJson?.build?.outDir ?? null);
    const dependencies = app.packageJson?.dependencies ?? {};
    const installed = app.packageJson
        ? await (0,plan_installed/* installedTree */.d)((0,external_node_path_.join)(app.root, packageDir), dependencies)
        : [];
    const hits = worker_JS_RUNTIMES.has(app.runtime)
        ? (0,pitfalls/* findPitfalls */.J)({ installed, dependencies, sources })
        : [];
    const forced = input.options.target
        ? { target: input.options.target, by: '--target' }
        : overrides.target
            ? { target: overrides.target, by: `target in ${OVERRIDES_FILE}` }
            : null;
    const workersRs = await usesWorkersRs(app);
    const memory = await declaredMemory(app);
    const decision = decideTarget(app, hits, { requirements: await requirements(app), workersRs, memory }, forced);
    const diagnostics = [
        ...decision.diagnostics,
        planDiagnostic('P001', {
            message: `target ${decision.target}: ${decision.reason}`,
            source: decision.source,
        }),
    ];
    const date = compatibilityDate(input, diagnostics);
    const strategy = decision.target === 'container'
        ? { kind: 'none' }
        : decision.target === 'python-worker'
            ? { kind: 'python', file: app.entry ?? 'main.py', build: null }
            : workersRs
                ? { kind: 'workers-rs' }
                : await entryStrategy(app);
    const port = choosePort(input, decision.target === 'container' || strategy.kind === 'http-server', diagnostics);
    const rows = dockerfileRows(app, decision.target, 'file' in strategy ? strategy.file : null, strategy.kind === 'http-server' ? port : null);
    const analysis = {
        input,
        workerDir: (0,external_node_path_.join)(input.outDir, input.name),
        sources,
        wasm,
        memory,
        hits,
        decision,
        date,
        port,
        strategy,
        rows,
        diagnostics,
    };
    return assemble(analysis, decision.target === 'container' ? containerParts(analysis) : await isolateParts(analysis));
}

// EXTERNAL MODULE: ./src/toolchain/npm.ts
var npm = __webpack_require__(2494);
// EXTERNAL MODULE: ./src/toolchain/store.ts
var toolchain_store = __webpack_require__(1270);
;// CONCATENATED MODULE: ./src/plan/report.ts
const VERDICT_TEXT = {
    ready: 'ready — deploys as is',
    'needs-changes': 'needs changes',
    container: 'container — runs as the image on Cloudflare Containers',
    unsupported: 'unsupported',
};
function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
function table(headers, rows) {
    return [
        `| ${headers.join(' | ')} |`,
        `|${headers.map(() => '---').join('|')}|`,
        ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
    ];
}
/** Secrets the user sets: the Worker's own, plus each Hyperdrive origin (read by provision). */
function secretsToSet(worker) {
    const hyperdrive = worker.bindings.filter((b) => b.type === 'hyperdrive');
    return [
        ...worker.secrets.map((name) => ({ name, purpose: 'Worker secret (`wrangler secret put`)' })),
        ...hyperdrive.map((b) => ({
            name: b.connectionSecret,
            purpose: `origin connection string for Hyperdrive ${b.binding} (provision creates the config from it)`,
        })),
    ];
}
function workerSection(worker) {
    const lines = [
        `## ${worker.name}${worker.service ? ` (compose service \`${worker.service}\`)` : ''}`,
        '',
        `- **Verdict:** ${VERDICT_TEXT[worker.verdict]}${worker.verdict === 'ready' ? '' : ` (${worker.verdictReason})`}`,
        `- **Target:** \`${worker.target}\` — ${worker.targetReason}${worker.targetSource ? ` (${worker.targetSource})` : ''}`,
        `- **Compatibility:** ${worker.compatibilityDate}${worker.compatibilityFlags.length ? `, flags ${worker.compatibilityFlags.map((f) => `\`${f}\``).join(', ')}` : ''}`,
        `- **Files:** \`${worker.files.wranglerConfig}\`, \`${worker.files.shim}\`${worker.baseConfig ? ` (based on your \`${worker.baseConfig}\`)` : ''}`,
        '',
        '### Conversion',
        '',
        ...table(['Docker / compose', 'Source', 'Outcome', 'Became', 'Why'], worker.report.map((r) => [`\`${r.key}\``, r.source, r.outcome, r.became, r.why])),
        '',
    ];
    if (worker.remedies.length) {
        lines.push('### Remedies applied in the generated build (your files are untouched)', '', ...worker.remedies.map((r) => `- \`${r.pitfallId}\`: ${r.description}`), '');
    }
    lines.push('### Code changes', '');
    lines.push(...(worker.codeChanges.length
        ? worker.codeChanges.map((c) => `- \`${c.file}${c.line ? `:${c.line}` : ''}\`: ${c.change} — ${c.why}`)
        : ['None.']), '');
    const secrets = secretsToSet(worker);
    lines.push('### Secrets to set', '', ...(secrets.length ? secrets.map((s) => `- \`${s.name}\`: ${s.purpose}`) : ['None.']), '');
    return lines;
}
/** MIGRATION.md: a summary, then per Worker the kompose-style table, code changes, secrets and verdict. */
function renderMigration(plan) {
    const lines = [
        '# Migration to Cloudflare Workers',
        '',
        `Generated by \`docker-to-workers plan\` for \`${plan.root}\`. Regenerate it rather than editing it.`,
        '',
        ...table(['Worker', 'Target', 'Verdict', 'Bindings'], plan.workers.map((w) => [
            w.name,
            w.target,
            w.verdict,
            w.bindings.map((b) => `${b.type} ${b.binding}`).join(', ') || '—',
        ])),
        '',
    ];
    for (const worker of plan.workers)
        lines.push(...workerSection(worker));
    const findings = plan.diagnostics.filter((d) => d.severity !== 'note');
    if (findings.length) {
        lines.push('## Findings', '', ...findings.map((d) => `- ${d.severity} ${d.ruleId}${d.file ? ` \`${d.file}${d.line ? `:${d.line}` : ''}\`` : ''}: ${d.message}${d.fix ? ` — ${d.fix}` : ''}`), '');
    }
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/plan/write.ts








const write_HEADER = (worker) => `Generated by docker-to-workers for ${worker.name} (target ${worker.target}).\nSee MIGRATION.md for what each key replaces. Regenerate with \`docker-to-workers plan\` rather than editing.`;
async function write_exists(path) {
    return (0,promises_.access)(path).then(() => true, () => false);
}
async function installedVersion(dir, name) {
    const text = await (0,promises_.readFile)((0,external_node_path_.join)(dir, 'node_modules', name, 'package.json'), 'utf8').catch(() => null);
    return text ? (JSON.parse(text).version ?? null) : null;
}
/**
 * `npm install --prefix <worker>` for packages not already there at that version (imports from the
 * shim resolve them), downloading into the package store when there is one; returns what it installed.
 */
async function installVendor(dir, packages, ctx) {
    const missing = [];
    for (const pkg of packages)
        if ((await installedVersion(dir, pkg.name)) !== pkg.version)
            missing.push(pkg);
    if (missing.length === 0)
        return [];
    const specs = missing.map((p) => `${p.name}@${p.version}`);
    const store = ctx.env.DOCKER_TO_WORKERS_STORE;
    const env = store ? (0,toolchain_store/* storeSettings */.l)('npm', store, false).env : {};
    const failure = await (0,npm/* installInto */.a)(ctx, dir, specs, 180_000, env);
    if (failure !== null) {
        throw new src_errors/* UserError */.y(`Could not install ${specs.join(', ')} for the generated build: ${failure}`, {
            fix: 'Check that the npm registry is reachable, or run plan with --no-remedies and make the listed code changes.',
        });
    }
    return specs;
}
/** Relative imports in a generated module, re-pointed from one directory to another. */
function moveImports(source, fromDir, toDir) {
    return source.replace(/((?:from|import)\s+)"(\.{1,2}\/[^"]+)"/g, (_m, prefix, spec) => {
        const moved = external_node_path_.posix.relative(toDir, external_node_path_.posix.join(fromDir, spec));
        return `${prefix}"${moved.startsWith('.') ? moved : `./${moved}`}"`;
    });
}
/** `--write`: the config (paths re-pointed) and shim into the service directory, skipping existing files. */
async function writeIntoRepo(plan, worker, workerDir) {
    const generated = worker.generated;
    if (!generated || worker.baseConfig)
        return;
    const targetDir = (0,external_node_path_.join)(plan.root, worker.dir);
    // Generated modules are written beside the config; other paths are re-pointed from the output dir.
    const move = (p) => typeof p === 'string' && p in generated.modules
        ? p
        : typeof p === 'string'
            ? external_node_path_.posix.relative(targetDir, external_node_path_.posix.join(workerDir, p)) || '.'
            : p;
    const config = {
        ...generated.config,
        main: move(generated.config.main),
    };
    if (!generated.config.main)
        delete config.main;
    for (const key of ['assets', 'build']) {
        const value = generated.config[key];
        if (value)
            config[key] = {
                ...value,
                ...(value.directory ? { directory: move(value.directory) } : {}),
                ...(value.cwd ? { cwd: move(value.cwd) } : {}),
            };
    }
    if (generated.config.alias)
        config.alias = Object.fromEntries(Object.entries(generated.config.alias).map(([k, v]) => [
            k,
            move(v),
        ]));
    const files = {
        'wrangler.jsonc': renderJsonc(config, generated.comments, write_HEADER(worker)),
    };
    for (const [name, source] of Object.entries(generated.modules))
        files[name] = moveImports(source, workerDir, targetDir);
    plan.written ??= { created: [], skipped: [] };
    for (const [name, text] of Object.entries(files)) {
        const path = external_node_path_.posix.join(worker.dir, name);
        if (await write_exists((0,external_node_path_.join)(plan.root, path))) {
            plan.written.skipped.push(path);
            plan.diagnostics.push(planDiagnostic('P080', {
                message: `--write left ${path} alone: it already exists`,
                fix: `Compare it with ${worker.files.wranglerConfig} in the output directory and merge by hand.`,
                source: path,
            }));
        }
        else {
            await (0,promises_.writeFile)((0,external_node_path_.join)(plan.root, path), text);
            plan.written.created.push(path);
        }
    }
}
/**
 * Writes plan.json, MIGRATION.md and each Worker's wrangler.jsonc + shim into the output directory;
 * returns the packages it installed for the generated builds (`name@version`).
 */
async function writePlan(plan, ctx, options = {}) {
    const installed = [];
    for (const worker of plan.workers) {
        const workerDir = (0,external_node_path_.join)(plan.outDir, worker.name);
        await (0,promises_.mkdir)(workerDir, { recursive: true });
        const generated = worker.generated;
        if (!generated)
            continue;
        await (0,promises_.writeFile)((0,external_node_path_.join)(workerDir, 'wrangler.jsonc'), renderJsonc(generated.config, generated.comments, write_HEADER(worker)));
        for (const [name, source] of Object.entries(generated.modules)) {
            await (0,promises_.mkdir)((0,external_node_path_.dirname)((0,external_node_path_.join)(workerDir, name)), { recursive: true });
            await (0,promises_.writeFile)((0,external_node_path_.join)(workerDir, name), source);
        }
        if (options.install !== false && generated.vendor.length)
            installed.push(...(await installVendor(workerDir, generated.vendor, ctx)));
        if (options.intoRepo)
            await writeIntoRepo(plan, worker, workerDir);
    }
    await (0,promises_.writeFile)((0,external_node_path_.join)(plan.outDir, 'MIGRATION.md'), renderMigration(plan));
    await (0,promises_.writeFile)((0,external_node_path_.join)(plan.outDir, 'plan.json'), `${JSON.stringify(plan, null, 2)}\n`);
    return installed;
}

;// CONCATENATED MODULE: ./src/plan/index.ts













const DEFAULT_OUT_DIR = '.docker-to-workers';
function named(raw, parts, diagnostics) {
    const name = workerName(...parts);
    const wanted = parts.filter(Boolean).join('-');
    if (name !== wanted) {
        diagnostics.push(planDiagnostic('P010', {
            message: `Worker name \`${wanted}\` became \`${name}\` (${raw})`,
            fix: 'Set `name` in docker-to-workers.yml to choose it.',
        }));
    }
    return name;
}
function takeDiagnostics(worker) {
    const { diagnostics = [], ...rest } = worker;
    return { worker: rest, diagnostics };
}
/** Applies the repository's own wrangler config: compared always, used as the base with --use-existing. */
async function applyExisting(app, plan, worker, useExisting, ci) {
    const existing = await readExisting(app.root, app.wranglerConfig);
    if (!existing)
        return;
    const found = await conflicts(app.root, existing, worker, app.runtime === 'node');
    if (useExisting === false)
        return;
    plan.diagnostics.push(...existingDiagnostics(existing, found, useExisting === true, ci));
    if (!useExisting || !worker.generated || existing.path.endsWith('.toml'))
        return;
    const workerDir = (0,external_node_path_.join)(plan.outDir, worker.name);
    worker.baseConfig = existing.path;
    worker.generated = {
        config: rebaseExisting(existing, app.root, workerDir),
        comments: {},
        modules: {},
        vendor: [],
    };
    worker.main = `${worker.name}/${String(worker.generated.config.main ?? '')}`;
    worker.files.shim = worker.main;
    worker.codeChanges.push(...worker.remedies.map((r) => ({
        file: existing.path,
        line: null,
        change: `not applied to your config: ${r.description}`,
        why: 'plan merges nothing into an existing config',
    })));
    worker.remedies = [];
    if (found.length > 0) {
        worker.verdict = 'unsupported';
        worker.verdictReason = `${existing.path} conflicts with the app: ${found.join('; ')}`;
    }
}
/** Decides how the detected app runs on Cloudflare and what to generate (no files are written here). */
async function planApp(app, options, ctx) {
    if (app.version !== model_app/* APP_MODEL_VERSION */.H) {
        throw new src_errors/* UserError */.y(`This app model has version ${String(app.version)}; plan reads version ${model_app/* APP_MODEL_VERSION */.H}.`, { fix: 'Run detect and plan from the same release.' });
    }
    const overrides = await loadOverrides(app);
    const outDir = (0,external_node_path_.resolve)(app.root, options.outDir ?? DEFAULT_OUT_DIR);
    const diagnostics = [];
    const others = app.builtServices.filter((s) => s.name !== app.composeService);
    const project = overrides.name ??
        (others.length > 0 ? (0,external_node_path_.basename)(app.root) : (app.packageJson?.name ?? (0,external_node_path_.basename)(app.root)));
    const mainName = others.length > 0 && !overrides.name
        ? named('project + compose service', [project, app.composeService], diagnostics)
        : named(overrides.name ? 'name override' : 'package/directory name', [project], diagnostics);
    const serviceWorkers = others.map((service) => {
        const own = serviceOverrides(overrides, service.name);
        return {
            service,
            overrides: own,
            worker: own.name ??
                named('project + compose service', [(0,external_node_path_.basename)(app.root), service.name], diagnostics),
        };
    });
    const common = { options, ci: ctx.ci, outDir, setSecret: ctx.setSecret };
    const plan = {
        version: PLAN_VERSION,
        root: app.root,
        outDir,
        tier: options.tier ?? 'paid',
        workers: [],
        app,
        diagnostics,
    };
    const main = takeDiagnostics(await planWorker({
        ...common,
        app,
        name: mainName,
        service: app.composeService,
        overrides,
        others: serviceWorkers,
    }));
    plan.workers.push(main.worker);
    diagnostics.push(...main.diagnostics);
    await applyExisting(app, plan, main.worker, options.useExisting ?? overrides.use_existing, ctx.ci);
    for (const { service, overrides: own, worker } of serviceWorkers) {
        if (!options.detectService) {
            diagnostics.push(planDiagnostic('P047', {
                message: `compose service \`${service.name}\` is built from source but was not planned here`,
                fix: `Run \`docker-to-workers plan --service ${service.name}\` for it.`,
                source: service.source,
            }));
            continue;
        }
        const serviceApp = await options.detectService(service);
        const planned = takeDiagnostics(await planWorker({
            ...common,
            app: serviceApp,
            name: worker,
            service: service.name,
            overrides: own,
            others: serviceWorkers.filter((s) => s.service !== service),
        }));
        plan.workers.push(planned.worker);
        diagnostics.push(...planned.diagnostics);
    }
    for (const d of diagnostics)
        (d.severity === 'error'
            ? ctx.log.error
            : d.severity === 'warning'
                ? ctx.log.warn
                : ctx.log.debug)(`${d.ruleId} ${d.message}`);
    return plan;
}
/** Reads `plan.json` from an output directory, so later stages can run from a saved plan. */
async function loadPlan(outDir) {
    const path = (0,external_node_path_.join)((0,external_node_path_.resolve)(outDir), 'plan.json');
    const text = await (0,promises_.readFile)(path, 'utf8').catch(() => null);
    if (text === null) {
        throw new src_errors/* UserError */.y(`No saved plan at ${path}.`, {
            fix: 'Run `docker-to-workers plan DIR` first (or pass the --out directory it used).',
        });
    }
    let plan;
    try {
        plan = JSON.parse(text);
    }
    catch (error) {
        throw new src_errors/* UserError */.y(`${path} is not valid JSON.`, {
            fix: 'Re-run `docker-to-workers plan`.',
            cause: error,
        });
    }
    if (plan.version !== PLAN_VERSION) {
        throw new src_errors/* UserError */.y(`${path} has plan version ${String(plan.version)}; this release reads version ${PLAN_VERSION}.`, { fix: 'Re-run `docker-to-workers plan` with this release.' });
    }
    return plan;
}


/***/ }),

/***/ 4089:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ installedTree)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


async function readManifest(dir) {
    try {
        return JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'package.json'), 'utf8'));
    }
    catch {
        return null;
    }
}
/** Node's lookup: `<dir>/node_modules/<name>`, then each parent directory (a monorepo root's install counts). */
async function resolvePackage(name, fromDir) {
    let dir = fromDir;
    for (;;) {
        const candidate = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'node_modules', name);
        const manifest = await readManifest(candidate);
        if (manifest)
            return { dir: candidate, manifest };
        const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir);
        if (parent === dir)
            return null;
        dir = parent;
    }
}
/** The installed dependency tree reachable from `dependencies` (breadth-first, each directory once). */
async function installedTree(packageDir, dependencies) {
    const seen = new Set();
    const found = [];
    let queue = Object.keys(dependencies).map((name) => ({ name, from: packageDir, via: name }));
    while (queue.length > 0) {
        const resolved = await Promise.all(queue.map(async (item) => ({ item, hit: await resolvePackage(item.name, item.from) })));
        queue = [];
        for (const { item, hit } of resolved) {
            if (!hit || seen.has(hit.dir))
                continue;
            seen.add(hit.dir);
            found.push({
                name: item.name,
                version: hit.manifest.version ?? '0.0.0',
                dir: hit.dir,
                via: item.via,
            });
            for (const dep of Object.keys(hit.manifest.dependencies ?? {})) {
                queue.push({ name: dep, from: hit.dir, via: `${item.via} > ${dep}` });
            }
        }
    }
    return found;
}


/***/ }),

/***/ 986:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ findPitfalls)
/* harmony export */ });
/* unused harmony export PITFALLS */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _sources_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6645);


const PITFALLS = [
    {
        id: 'iconv-lite-0.4',
        title: 'iconv-lite 0.4 (via express 4 / body-parser 1 / raw-body 2 / co-body)',
        detect: {
            installed: [{ name: 'iconv-lite', range: '<0.5.0' }],
            declared: [
                { name: 'express', range: '4.x' },
                { name: 'body-parser', range: '1.x' },
                { name: 'raw-body', range: '2.x' },
                { name: 'koa-bodyparser', range: '*' },
                { name: 'co-body', range: '<7' },
            ],
        },
        effect: "start-up crash `TypeError: require_streams(...) is not a function` (the bundler takes iconv-lite 0.4's browser field)",
        remedy: {
            kind: 'alias',
            package: 'iconv-lite',
            replacement: { name: 'iconv-lite', version: '0.6.3' },
            description: 'wrangler `alias` points `iconv-lite` at iconv-lite 0.6.3 installed into the output directory',
        },
        docs: 'https://github.com/cloudflare/workers-sdk/issues/9309',
    },
    {
        id: 'fastify-timers',
        title: 'Fastify under httpServerHandler',
        detect: {
            installed: [{ name: 'fastify', range: '*' }],
            declared: [{ name: 'fastify', range: '*' }],
        },
        effect: 'does not boot: pino and avvio start timers in global scope',
        remedy: {
            kind: 'code',
            change: 'use `--target container`, or port the routes to a fetch-native framework (Hono)',
        },
        docs: 'https://github.com/cloudflare/workerd/issues/5087',
    },
    {
        id: 'joi-browser-build',
        title: 'joi 17 resolves to its browser build',
        detect: {
            installed: [{ name: 'joi', range: '>=17 <18' }],
            declared: [{ name: 'joi', range: '17.x' }],
        },
        effect: '`window is not defined` or missing symbols at start-up',
        remedy: { kind: 'code', change: 'pin the server build with a wrangler alias or switch to zod' },
    },
    {
        id: 'native-addon',
        title: 'native addon without a Workers build',
        // Declared ranges are taken from these names when nothing is installed.
        detect: {
            installed: [
                { name: 'sharp', range: '*' },
                { name: 'canvas', range: '*' },
                { name: 'bcrypt', range: '*' },
                { name: 'better-sqlite3', range: '*' },
                { name: 'sqlite3', range: '*' },
            ],
        },
        effect: '`.node` files cannot load in workerd',
        remedy: {
            kind: 'code',
            change: 'bcrypt → bcryptjs; sqlite → D1; sharp → Images binding; otherwise the Container target',
        },
    },
    {
        id: 'mongodb',
        title: 'MongoDB driver',
        detect: {
            declared: [
                { name: 'mongodb', range: '*' },
                { name: 'mongoose', range: '*' },
            ],
        },
        effect: 'no binding; the driver works only over a per-request connection (~300 ms)',
        remedy: {
            kind: 'code',
            change: 'connect per request, keep Mongo behind an HTTP API, or use the Container target',
        },
    },
    {
        id: 'dirname-at-load',
        title: '`__dirname` / `__filename` in bundled code',
        detect: { pattern: /\b__(?:dirname|filename)\b/ },
        effect: '`ReferenceError` at start-up when used at load time',
        remedy: {
            kind: 'code',
            change: 'derive the path from `import.meta.url`, or serve the directory as static assets',
        },
    },
    {
        id: 'global-scope-io',
        title: 'I/O or timers in global scope',
        detect: {
            pattern: /^(?:await\s(?!\S+\.listen\()|setInterval\(|setTimeout\(|\w+\.connect\(\))/,
        },
        effect: '"Disallowed operation called within global scope": start-up fails or the connection never happens',
        remedy: { kind: 'code', change: 'create clients and timers lazily inside the request path' },
    },
    {
        id: 'shared-db-client',
        title: 'database client created once at load time and shared by requests',
        detect: {
            pattern: /^(?:export\s+)?(?:const|let|var)\s+\w+\s*=\s*(?:new\s+(?:\w+\.)?(?:Pool|Client|Redis)\(|(?:\w+\.)?createPool\()/,
        },
        effect: 'sockets belong to the request that opened them: later requests fail or hang',
        remedy: {
            kind: 'code',
            change: 'create the client per request (Hyperdrive makes that cheap for Postgres/MySQL)',
        },
    },
    {
        id: 'request-time-eval',
        title: 'code generation at request time',
        detect: {
            pattern: /\bmorgan\(\s*['"]dev['"]|\bnew Function\(|\beval\(|Handlebars\.compile\(|\bajv\.compile\(/,
        },
        effect: '`EvalError: Code generation from strings disallowed` inside handlers',
        remedy: { kind: 'code', change: 'precompile at build time, or compile at start-up' },
    },
    {
        id: 'dynamic-view-engine',
        title: 'view engine loaded by dynamic require',
        detect: { pattern: /\.set\(\s*['"]view engine['"]/ },
        effect: '`Dynamic require of "<engine>" is not supported` on first render',
        remedy: {
            kind: 'code',
            change: 'import the engine statically and register it with `app.engine()`',
        },
    },
    {
        id: 'child-process',
        title: 'child processes, cluster or worker threads',
        detect: { pattern: /['"](?:node:)?(?:child_process|cluster|worker_threads)['"]/ },
        effect: 'the module builds as a stub and throws at run time',
        remedy: { kind: 'container', change: 'runs only in a container' },
    },
    {
        id: 'background-loop',
        title: 'long-running background loop',
        detect: { pattern: /^\s*(?:while\s*\(\s*(?:true|1)\s*\)|for\s*\(\s*;\s*;\s*\))/ },
        effect: 'a Worker runs per request (or per trigger); nothing keeps a loop alive between them',
        remedy: {
            kind: 'container',
            change: 'runs in a container; or move the work to Cron Triggers, Queues or Workflows',
        },
    },
    {
        id: 'websocket-server',
        title: 'WebSocket server on node:http upgrade',
        detect: { pattern: /new\s+(?:WebSocket\.Server|WebSocketServer)\(|\.on\(\s*['"]upgrade['"]/ },
        effect: 'no upgrade event reaches a node:http server in workerd',
        remedy: {
            kind: 'container',
            change: 'runs in a container; or move the sockets to a Durable Object',
        },
    },
];
function installedHit(pitfall, input) {
    for (const rule of pitfall.detect.installed ?? []) {
        const copy = input.installed.find((p) => p.name === rule.name &&
            semver__WEBPACK_IMPORTED_MODULE_0___default().satisfies(p.version, rule.range, { includePrerelease: true }));
        if (copy)
            return { pitfall, evidence: `${copy.name}@${copy.version} (${copy.via})`, source: null };
    }
    return null;
}
function declaredHit(pitfall, input) {
    const rules = pitfall.detect.declared ??
        (pitfall.detect.installed ?? []).map((r) => ({ name: r.name, range: '*' }));
    for (const rule of rules) {
        const declared = input.dependencies[rule.name];
        const range = declared ? semver__WEBPACK_IMPORTED_MODULE_0___default().validRange(declared) : null;
        if (range && semver__WEBPACK_IMPORTED_MODULE_0___default().intersects(range, rule.range)) {
            return {
                pitfall,
                evidence: `${rule.name}@${declared} (declared; not installed)`,
                source: null,
            };
        }
    }
    return null;
}
/** Every pitfall the app shows: by installed tree when there is one, by declared ranges otherwise. */
function findPitfalls(input) {
    const hasInstall = input.installed.length > 0;
    return PITFALLS.flatMap((pitfall) => {
        if (pitfall.detect.pattern) {
            return (0,_sources_js__WEBPACK_IMPORTED_MODULE_1__/* .findInSources */ .lC)(input.sources, pitfall.detect.pattern)
                .slice(0, 5)
                .map((hit) => ({ pitfall, evidence: `\`${hit.text}\``, source: (0,_sources_js__WEBPACK_IMPORTED_MODULE_1__/* .hitRef */ .bm)(hit) }));
        }
        const hit = hasInstall && pitfall.detect.installed
            ? installedHit(pitfall, input)
            : declaredHit(pitfall, input);
        return hit ? [hit] : [];
    });
}


/***/ }),

/***/ 6645:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bm: () => (/* binding */ hitRef),
/* harmony export */   lC: () => (/* binding */ findInSources),
/* harmony export */   tW: () => (/* binding */ readSources)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


const SOURCE_EXTENSIONS = /\.(?:[cm]?[jt]s|[jt]sx)$/;
const SKIPPED_DIRS = new Set([
    'node_modules',
    '.git',
    '.docker-to-workers',
    '.wrangler',
    '.next',
    '.open-next',
    'coverage',
    'test',
    'tests',
    '__tests__',
]);
/** Source files above this size are generated or vendored; patterns in them are not the app's code. */
const MAX_SOURCE_BYTES = 512 * 1024;
async function walk(dir, out) {
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
        if (entry.isDirectory()) {
            if (!SKIPPED_DIRS.has(entry.name) && !entry.name.startsWith('.')) {
                await walk((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, entry.name), out);
            }
        }
        else if (entry.isFile() && entry.name.endsWith('.wasm')) {
            out.wasm.push((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, entry.name));
        }
        else if (entry.isFile() &&
            SOURCE_EXTENSIONS.test(entry.name) &&
            !entry.name.endsWith('.d.ts')) {
            out.sources.push((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, entry.name));
        }
    }
}
function repoPath(root, path) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join(node_path__WEBPACK_IMPORTED_MODULE_1__.posix.sep);
}
/**
 * Reads the sources under `dir` and lists its Wasm modules, minus `skip` (a build's output directory:
 * its code is the sources').
 */
async function readSources(root, dir, skip = null) {
    const found = { sources: [], wasm: [] };
    await walk((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, dir), found);
    const skipped = skip ? `${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, dir, skip)}${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}` : null;
    const kept = skipped ? found.sources.filter((p) => !p.startsWith(skipped)) : found.sources;
    const files = await Promise.all(kept.map(async (path) => ({ path: repoPath(root, path), text: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8') })));
    const wasm = await Promise.all(found.wasm.map(async (path) => ({
        path: repoPath(root, path),
        bytes: (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path)).size,
    })));
    return { files: files.filter((f) => f.text.length <= MAX_SOURCE_BYTES), wasm };
}
/** Every line matching `pattern` (no `g` flag needed), as `file:line` hits. */
function findInSources(files, pattern) {
    const hits = [];
    // A whole-file pre-test skips most files; multiline so `^` still means "start of a line".
    const anyLine = pattern.multiline ? pattern : new RegExp(pattern.source, `${pattern.flags}m`);
    for (const file of files) {
        if (!anyLine.test(file.text))
            continue;
        file.text.split('\n').forEach((text, index) => {
            const match = pattern.exec(text);
            if (match)
                hits.push({ file: file.path, line: index + 1, text: text.trim(), match });
        });
    }
    return hits;
}
function hitRef(hit) {
    return `${hit.file}:${hit.line}`;
}


/***/ }),

/***/ 2494:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ installInto)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);

/**
 * `npm install` of exact packages into `<dir>/node_modules`, touching no package.json or lockfile:
 * how tools (wrangler) and generated-build packages (remedies) are installed. Returns npm's last error
 * line, or null on success.
 */
async function installInto(ctx, dir, specs, timeoutMs, env = {}) {
    ctx.log.info(`Installing ${specs.join(', ')} into ${dir}`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
    const result = await ctx.exec('npm', [
        'install',
        '--no-save',
        '--no-audit',
        '--no-fund',
        '--no-package-lock',
        '--prefer-offline',
        '--prefix',
        dir,
        ...specs,
    ], { timeoutMs, env });
    return result.exitCode === 0 ? null : (result.stderr.trim().split('\n').pop() ?? 'npm failed');
}


/***/ }),

/***/ 5134:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ findPackageDir)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/**
 * Node's lookup of `name` from `fromDir`: the nearest `node_modules/<name>` up the tree. Done by hand
 * because the bundler rewrites `require.resolve`/`createRequire` calls at build time.
 */
async function findPackageDir(fromDir, name) {
    let dir = fromDir;
    for (;;) {
        const candidate = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'node_modules', name);
        const found = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.access)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(candidate, 'package.json')).then(() => true, () => false);
        if (found)
            return candidate;
        const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir);
        if (parent === dir)
            return null;
        dir = parent;
    }
}


/***/ }),

/***/ 1270:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ storeSettings)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Points a package manager's download store at `<store>/<manager>` (`DOCKER_TO_WORKERS_STORE`), as
 * arguments and environment for its install: the action restores and saves that directory, keyed on
 * the lockfiles.
 */
function storeSettings(manager, store, yarnBerry) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(store, manager);
    switch (manager) {
        case 'npm':
            return { args: [], env: { npm_config_cache: dir } };
        case 'pnpm':
            return { args: ['--store-dir', dir], env: {} };
        case 'bun':
            return { args: [], env: { BUN_INSTALL_CACHE_DIR: dir } };
        case 'yarn':
            // Yarn 2+ keeps its cache in the global folder by default (enableGlobalCache).
            return {
                args: [],
                env: yarnBerry ? { YARN_GLOBAL_FOLDER: dir } : { YARN_CACHE_FOLDER: dir },
            };
    }
}


/***/ }),

/***/ 8937:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IZ: () => (/* binding */ runWrangler),
/* harmony export */   L9: () => (/* binding */ resolveWrangler),
/* harmony export */   rP: () => (/* binding */ PINNED_WRANGLER_VERSION)
/* harmony export */ });
/* unused harmony export readOutputRecords */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _npm_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2494);
/* harmony import */ var _packages_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5134);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3916);







/** The wrangler version this release is tested with; the action installs it unless told otherwise. */
const PINNED_WRANGLER_VERSION = '4.86.0';
/** What wrangler 4's `bin/wrangler.js` passes to Node before `wrangler-dist/cli.js`. */
const CLI_NODE_FLAGS = ['--no-warnings', '--experimental-vm-modules'];
async function exists(path) {
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.access)(path).then(() => true, () => false);
}
async function fromPackageDir(packageDir) {
    const pkgPath = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(packageDir, 'package.json');
    if (!(await exists(pkgPath)))
        return null;
    const pkg = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(pkgPath, 'utf8'));
    const bin = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(packageDir, 'bin', 'wrangler.js');
    const cli = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(packageDir, 'wrangler-dist', 'cli.js');
    // Another layout (an older or newer wrangler than the pinned one): go through its bin.
    const nodeArgs = (await exists(cli)) ? [...CLI_NODE_FLAGS, cli] : [bin];
    return { version: pkg.version, packageDir, bin, nodeArgs };
}
/** The wrangler next to this program (a devDependency in this repository), if any. */
async function bundledWrangler() {
    const dir = await (0,_packages_js__WEBPACK_IMPORTED_MODULE_5__/* .findPackageDir */ .h)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(import.meta.url)), 'wrangler');
    return dir ? fromPackageDir(dir) : null;
}
function cacheRoot(ctx) {
    return (ctx.env.DOCKER_TO_WORKERS_CACHE ??
        (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(ctx.env.RUNNER_TOOL_CACHE ?? ctx.env.XDG_CACHE_HOME ?? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), '.cache'), 'docker-to-workers'));
}
/**
 * Finds (or installs once, into a per-version cache directory) the wrangler to run.
 * Order: `DOCKER_TO_WORKERS_WRANGLER_DIR` → the copy beside this program when its version matches →
 * the cache → `npm install` into the cache.
 */
async function resolveWrangler(ctx, version = PINNED_WRANGLER_VERSION) {
    const explicit = ctx.env.DOCKER_TO_WORKERS_WRANGLER_DIR;
    if (explicit) {
        const found = await fromPackageDir((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(explicit, 'node_modules', 'wrangler'));
        if (!found) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`No wrangler install in DOCKER_TO_WORKERS_WRANGLER_DIR (${explicit}).`, {
                fix: 'Point it at a directory where `npm install wrangler` ran, or unset it.',
            });
        }
        return found;
    }
    const bundled = await bundledWrangler();
    if (bundled && bundled.version === version)
        return bundled;
    const installDir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(cacheRoot(ctx), `wrangler-${version}`);
    const cached = await fromPackageDir((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(installDir, 'node_modules', 'wrangler'));
    if (cached)
        return cached;
    const failure = await (0,_npm_js__WEBPACK_IMPORTED_MODULE_4__/* .installInto */ .a)(ctx, installDir, [`wrangler@${version}`], 300_000);
    const installed = await fromPackageDir((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(installDir, 'node_modules', 'wrangler'));
    if (failure !== null || !installed) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`Could not install wrangler@${version}: ${failure ?? 'no wrangler package after install'}`, {
            fix: 'Check the version exists (`npm view wrangler versions`) and that the npm registry is reachable.',
        });
    }
    return installed;
}
/** Runs `wrangler <args> -c <config>` and returns its console output and its output-file records. */
async function runWrangler(ctx, wrangler, args, options) {
    const outputDir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'dtw-wrangler-'));
    const outputFile = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(outputDir, 'output.ndjson');
    try {
        const result = await ctx.exec(process.execPath, [...wrangler.nodeArgs, ...args, '-c', options.config], {
            cwd: options.cwd,
            input: options.input,
            onStdout: options.onStdout,
            onStderr: options.onStderr,
            env: {
                WRANGLER_SEND_METRICS: 'false',
                WRANGLER_OUTPUT_FILE_PATH: outputFile,
                // Keep wrangler from prompting or opening a browser in CI.
                CI: 'true',
                ...options.env,
            },
        });
        return { ...result, records: await readOutputRecords(outputFile) };
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(outputDir, { recursive: true, force: true });
    }
}
async function readOutputRecords(path) {
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8').catch(() => '');
    return text
        .split('\n')
        .filter((line) => line.trim() !== '')
        .flatMap((line) => {
        try {
            return [JSON.parse(line)];
        }
        catch {
            return [];
        }
    });
}


/***/ })

};
