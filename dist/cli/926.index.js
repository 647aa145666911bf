export const id = 926;
export const ids = [926];
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

/***/ 6375:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C8: () => (/* binding */ TOKEN_PAGE),
/* harmony export */   H1: () => (/* binding */ createCloudflareClient),
/* harmony export */   Ri: () => (/* binding */ DEFAULT_API_BASE_URL),
/* harmony export */   kx: () => (/* binding */ CloudflareApiError),
/* harmony export */   tj: () => (/* binding */ apiBaseUrl)
/* harmony export */ });
/* unused harmony export explainApiError */
/* harmony import */ var cloudflare__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7605);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);


const DEFAULT_API_BASE_URL = 'https://api.cloudflare.com/client/v4';
const TOKEN_PAGE = 'https://dash.cloudflare.com/profile/api-tokens';
/** A Cloudflare API failure the user can act on, with the API's own code and status kept for callers. */
class CloudflareApiError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y {
    call;
    status;
    codes;
    network;
    constructor(message, call, status, codes, fix, cause, 
    /** The API was never reached (refused connection, DNS failure, timeout): nothing is known of the token. */
    network = false) {
        super(message, { fix, cause });
        this.call = call;
        this.status = status;
        this.codes = codes;
        this.network = network;
        this.name = 'CloudflareApiError';
    }
}
/** The innermost cause's message: the SDK's "Connection error." hides `ECONNREFUSED` / `ENOTFOUND`. */
function rootCause(error) {
    let current = error;
    const seen = new Set();
    while (current instanceof Error && current.cause !== undefined && !seen.has(current.cause)) {
        seen.add(current);
        current = current.cause;
    }
    const code = current?.code;
    const message = current instanceof Error ? current.message : String(current);
    return typeof code === 'string' && !message.includes(code) ? `${code}: ${message}` : message;
}
function apiBaseUrl(env) {
    return env.CLOUDFLARE_API_BASE_URL || DEFAULT_API_BASE_URL;
}
function isRetryable(error) {
    if (error instanceof cloudflare__WEBPACK_IMPORTED_MODULE_0__/* ["default"].APIConnectionError */ .Ay.APIConnectionError)
        return true;
    // A 2xx whose body is not JSON (a proxy or a truncated answer).
    if (error instanceof SyntaxError)
        return true;
    return (error instanceof cloudflare__WEBPACK_IMPORTED_MODULE_0__/* ["default"].APIError */ .Ay.APIError &&
        error.status !== undefined &&
        (error.status === 429 || error.status >= 500));
}
/** Retry-After (seconds or an HTTP date) or retry-after-ms, in milliseconds; null when absent. */
function retryAfterMs(error, now) {
    if (!(error instanceof cloudflare__WEBPACK_IMPORTED_MODULE_0__/* ["default"].APIError */ .Ay.APIError) || !error.headers)
        return null;
    const ms = error.headers.get('retry-after-ms');
    if (ms !== null && Number.isFinite(Number(ms)))
        return Number(ms);
    const header = error.headers.get('retry-after');
    if (header === null)
        return null;
    const seconds = Number(header);
    if (Number.isFinite(seconds))
        return seconds * 1000;
    const date = Date.parse(header);
    return Number.isFinite(date) ? Math.max(0, date - now) : null;
}
function cloudflareErrors(error) {
    if (!(error instanceof cloudflare__WEBPACK_IMPORTED_MODULE_0__/* ["default"].APIError */ .Ay.APIError))
        return [];
    return (error.errors ?? []).map((e) => ({ code: e.code ?? 0, message: e.message ?? '' }));
}
/** Turns an SDK failure into what happened (with Cloudflare's code) and what to do. */
function explainApiError(name, error, options = {}, baseUrl = DEFAULT_API_BASE_URL) {
    if (error instanceof cloudflare__WEBPACK_IMPORTED_MODULE_0__/* ["default"].APIConnectionError */ .Ay.APIConnectionError) {
        const what = error instanceof cloudflare__WEBPACK_IMPORTED_MODULE_0__/* ["default"].APIConnectionTimeoutError */ .Ay.APIConnectionTimeoutError ? 'timed out' : rootCause(error);
        return new CloudflareApiError(`Cloudflare API call "${name}" could not reach ${baseUrl} (network error: ${what}).`, name, undefined, [], `Check the network between this runner and ${new URL(baseUrl).host} (DNS, proxy, firewall) and CLOUDFLARE_API_BASE_URL, then run again; see https://www.cloudflarestatus.com. The API token was not checked.`, error, true);
    }
    const errors = cloudflareErrors(error);
    const codes = errors.map((e) => e.code);
    const status = error instanceof cloudflare__WEBPACK_IMPORTED_MODULE_0__/* ["default"].APIError */ .Ay.APIError ? error.status : undefined;
    const detail = errors.length
        ? errors.map((e) => `${e.message} [code ${e.code}]`).join('; ')
        : error instanceof Error
            ? error.message
            : String(error);
    return new CloudflareApiError(`Cloudflare API call "${name}" failed${status ? ` (HTTP ${status})` : ''}: ${detail}`, name, status, codes, fixFor(status, codes, error, options), error);
}
function fixFor(status, codes, error, options) {
    if (status === 401 || codes.some((c) => [1000, 6003, 9106, 9109].includes(c))) {
        return `Set CLOUDFLARE_API_TOKEN to an active API token (create one at ${TOKEN_PAGE}).`;
    }
    if (status === 403) {
        return options.permission
            ? `Add the permission "${options.permission}" to the API token at ${TOKEN_PAGE}, or use a token that has it.`
            : `Check the API token's permissions and account resources at ${TOKEN_PAGE}.`;
    }
    if (status === 404) {
        return 'Check CLOUDFLARE_ACCOUNT_ID and that the resource was not deleted outside this tool.';
    }
    if (isRetryable(error)) {
        return 'Cloudflare is rate limiting or failing; run again later (retries were exhausted).';
    }
    return 'Read Cloudflare’s message above; fix the named input and run again.';
}
/**
 * The official SDK client for this context. The SDK's own retries are off: `call` retries 429, 5xx,
 * dropped connections and malformed answers itself, honouring Retry-After up to a bound, so every
 * failure can name the call it came from.
 */
function createCloudflareClient(ctx, options) {
    ctx.setSecret(options.apiToken);
    const baseURL = options.baseUrl ?? apiBaseUrl(ctx.env);
    const sdk = new cloudflare__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .Ay({
        apiToken: options.apiToken,
        baseURL,
        maxRetries: 0,
        timeout: options.timeoutMs ?? 60_000,
        fetch: ctx.fetch,
    });
    const maxAttempts = options.maxAttempts ?? 5;
    const base = options.retryBaseMs ?? 500;
    const maxWait = options.maxRetryWaitMs ?? 30_000;
    const sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    return {
        sdk,
        async call(name, request, callOptions = {}) {
            for (let attempt = 1;; attempt++) {
                try {
                    return await request(sdk);
                }
                catch (error) {
                    if (!isRetryable(error) || attempt >= maxAttempts)
                        throw explainApiError(name, error, callOptions, baseURL);
                    const hinted = retryAfterMs(error, ctx.now().getTime());
                    const backoff = base * 2 ** (attempt - 1) * (0.75 + Math.random() / 2);
                    const wait = Math.min(hinted ?? backoff, maxWait);
                    ctx.log.debug(`${name}: ${describe(error)}; retrying in ${Math.round(wait)} ms`);
                    await sleep(wait);
                }
            }
        },
    };
}
function describe(error) {
    if (error instanceof cloudflare__WEBPACK_IMPORTED_MODULE_0__/* ["default"].APIError */ .Ay.APIError && error.status)
        return `HTTP ${error.status}`;
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 9767:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ deployFinding)
/* harmony export */ });
/* unused harmony export DEPLOY_RULES */
const PREVIEWS_DOCS = 'https://developers.cloudflare.com/workers/configuration/previews/';
const GRADUAL_DOCS = 'https://developers.cloudflare.com/workers/configuration/versions-and-deployments/gradual-deployments/';
const ROLLBACK_DOCS = 'https://developers.cloudflare.com/workers/configuration/versions-and-deployments/rollbacks/';
/** Deploy rules: stable ids, default severity, the fix, a docs link (report's own are in report/rules.ts). */
const DEPLOY_RULES = {
    R001: {
        severity: 'note',
        title: 'preview deployed as a separate Worker',
        fix: 'Nothing to do: the preview Worker is deleted when the pull request closes.',
        docs: PREVIEWS_DOCS,
    },
    R002: {
        severity: 'warning',
        title: 'preview alias too long',
        fix: 'Shorten the Worker name: the alias `pr-N-<name>` must fit in a 63-character DNS label.',
        docs: PREVIEWS_DOCS,
    },
    R003: {
        severity: 'note',
        title: 'fork pull request not deployed',
        fix: 'A maintainer can deploy it by pushing the branch to this repository.',
        docs: 'https://docs.github.com/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#understanding-the-risk-of-script-injections',
    },
    R004: {
        severity: 'note',
        title: 'Worker not deployable',
        fix: 'Resolve the plan’s errors (see MIGRATION.md), then deploy again.',
        docs: 'https://developers.cloudflare.com/workers/',
    },
    R010: {
        severity: 'error',
        title: 'wrangler failed',
        fix: 'Read wrangler’s message above; the hint says what usually causes it.',
        docs: 'https://developers.cloudflare.com/workers/wrangler/commands/',
    },
    R020: {
        severity: 'error',
        title: 'health check failed',
        fix: 'Open the URL and the Worker’s logs (`wrangler tail`) to see why it does not answer 2xx/3xx.',
        docs: 'https://developers.cloudflare.com/workers/observability/logs/real-time-logs/',
    },
    R023: {
        severity: 'warning',
        title: 'no URL to check the health of',
        fix: 'Keep `workers_dev` on (the default), or route the Worker to an https hostname, so the health check can reach it.',
        docs: 'https://developers.cloudflare.com/workers/configuration/routing/workers-dev/',
    },
    R021: {
        severity: 'error',
        title: 'rolled back after a failed health check',
        fix: 'Fix the failing version and deploy again; production serves the previous version meanwhile.',
        docs: ROLLBACK_DOCS,
    },
    R022: {
        severity: 'error',
        title: 'health check failed and nothing was rolled back',
        fix: 'Roll back by hand with `wrangler rollback <previous version id>` if production is broken.',
        docs: ROLLBACK_DOCS,
    },
    R030: {
        severity: 'warning',
        title: 'cleanup could not delete a resource',
        fix: 'Delete it in the Cloudflare dashboard; it is not used by production.',
        docs: 'https://developers.cloudflare.com/workers/wrangler/commands/#delete',
    },
    R050: {
        severity: 'note',
        title: 'rolled out gradually and promoted',
        fix: 'Nothing to do: the new version serves all traffic.',
        docs: GRADUAL_DOCS,
    },
    R051: {
        severity: 'error',
        title: 'rolled back during a gradual rollout',
        fix: 'Compare the two versions with `docker-to-workers monitor --since 1h` and the Worker’s logs (`wrangler tail`), fix the new version and deploy again; production serves the old version meanwhile.',
        docs: GRADUAL_DOCS,
    },
    R052: {
        severity: 'warning',
        title: 'too little traffic to judge a rollout step',
        fix: 'Lengthen --rollout-wait (rollout-wait) or lower --min-requests; the health check decided instead of the analytics.',
        docs: GRADUAL_DOCS,
    },
    R053: {
        severity: 'note',
        title: 'deployed at once instead of gradually',
        fix: 'Nothing to do; deploy Durable Object migrations separately from code changes to limit their reach.',
        docs: GRADUAL_DOCS,
    },
    R054: {
        severity: 'warning',
        title: 'an interrupted rollout was finished or reverted',
        fix: 'Nothing to do: traffic is no longer split. Check why the earlier run stopped (a cancelled job).',
        docs: GRADUAL_DOCS,
    },
};
function deployFinding(id, message, overrides = {}) {
    const rule = DEPLOY_RULES[id];
    return {
        ruleId: id,
        severity: overrides.severity ?? rule.severity,
        message,
        fix: overrides.fix ?? rule.fix,
        docs: rule.docs,
    };
}


/***/ }),

/***/ 7474:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bx: () => (/* binding */ chooseTarget),
/* harmony export */   lK: () => (/* binding */ previewAlias),
/* harmony export */   ow: () => (/* binding */ previewWorkerName)
/* harmony export */ });
/* unused harmony export MAX_LABEL */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9767);


/** A workers.dev hostname label (`<alias>-<name>`, `<name>`) is at most 63 characters. */
const MAX_LABEL = 63;
function previewAlias(pullRequest) {
    return `pr-${pullRequest}`;
}
/** `<name>-pr-N`, shortened with a hash of the full name when it would not fit in a DNS label. */
function previewWorkerName(name, pullRequest) {
    const suffix = `-pr-${pullRequest}`;
    const full = `${name}${suffix}`;
    if (full.length <= MAX_LABEL)
        return full;
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(name).digest('hex').slice(0, 6);
    return `${name.slice(0, MAX_LABEL - suffix.length - hash.length - 1)}-${hash}${suffix}`;
}
/** Why a preview alias on the Worker itself cannot work for this Worker, or null when it can. */
function aliasBlocker(worker) {
    const durableObject = worker.bindings.find((b) => b.type === 'durable-object');
    if (durableObject) {
        return `it binds the Durable Object ${durableObject.binding}: a version upload cannot apply Durable Object migrations, and an alias would share production's Durable Object instances and their stored state`;
    }
    if (worker.secrets.length > 0) {
        return `it has secrets (${worker.secrets.join(', ')}): secrets belong to the Worker script, so setting preview values on the production Worker would change production`;
    }
    if (worker.target === 'container') {
        return 'it runs a Container: container changes (image, instances) only roll out with `wrangler deploy`, not with a version upload';
    }
    return null;
}
/**
 * Where a Worker goes: production; with Worker Previews (`workerPreviews`, from `hasWorkerPreviews`) the
 * Preview `pr-N` of the Worker itself, which has its own secrets and isolates Durable Objects and Containers;
 * with an older wrangler a `pr-N` preview alias, or a separate `<name>-pr-N` Worker.
 */
function chooseTarget(worker, environment, pullRequest, workerPreviews = false) {
    if (environment === 'production' || pullRequest === null) {
        return {
            scriptName: worker.name,
            mode: 'production',
            modeReason: 'production deploy',
            alias: null,
            diagnostics: [],
        };
    }
    const alias = previewAlias(pullRequest);
    if (workerPreviews) {
        return {
            scriptName: worker.name,
            mode: 'worker-preview',
            modeReason: `Worker Preview ${alias} of ${worker.name} (its own bindings and secrets, a stable Preview URL)`,
            alias,
            diagnostics: [],
        };
    }
    const separate = (reason, diagnostics = []) => ({
        scriptName: previewWorkerName(worker.name, pullRequest),
        mode: 'preview-worker',
        modeReason: reason,
        alias: null,
        diagnostics: [
            ...diagnostics,
            (0,_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .deployFinding */ .P)('R001', `${worker.name}: preview deployed as a separate Worker because ${reason}.`),
        ],
    });
    const blocker = aliasBlocker(worker);
    if (blocker)
        return separate(blocker);
    if (`${alias}-${worker.name}`.length > MAX_LABEL) {
        const reason = `the alias hostname ${alias}-${worker.name} is longer than ${MAX_LABEL} characters`;
        return separate(reason, [(0,_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .deployFinding */ .P)('R002', `${worker.name}: ${reason}.`)]);
    }
    return {
        scriptName: worker.name,
        mode: 'preview-alias',
        modeReason: `preview alias ${alias} on the Worker (a stable URL per pull request)`,
        alias,
        diagnostics: [],
    };
}


/***/ }),

/***/ 577:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  wi: () => (/* reexport */ cleanupPreviewResources),
  mg: () => (/* binding */ provision),
  xL: () => (/* reexport */ secrets/* readSecretValues */.xL),
  kx: () => (/* reexport */ permissions/* requiredPermissions */.kx),
  Gs: () => (/* reexport */ scriptNameFor),
  $S: () => (/* reexport */ secrets/* secretsFromEnvironment */.$S)
});

// UNUSED EXPORTS: PREVIEW_PREFIX, PROVISION_RULES

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/plan/build-env.ts
var build_env = __webpack_require__(7733);
// EXTERNAL MODULE: ./src/toolchain/wrangler.ts
var toolchain_wrangler = __webpack_require__(8937);
// EXTERNAL MODULE: ./src/cloudflare/client.ts
var cloudflare_client = __webpack_require__(6375);
// EXTERNAL MODULE: ./src/provision/permissions.ts
var permissions = __webpack_require__(9967);
;// CONCATENATED MODULE: ./src/provision/api.ts


const PER_PAGE = 100;
/**
 * Every item of a page/per_page list. Stops at `total_pages` (or a short page), so a list of N
 * items costs ceil(N / 100) calls and not one more, unlike the SDK's iterator.
 */
async function listAllPages(api, name, group, fetchPage) {
    const items = [];
    for (let page = 1;; page++) {
        const response = await api.client.call(`${name} (page ${page})`, (sdk) => Promise.resolve(fetchPage(sdk, page, PER_PAGE)), {
            permission: (0,permissions/* permissionLabel */.Ck)(group),
        });
        items.push(...response.result);
        const totalPages = response.result_info?.total_pages;
        const done = totalPages !== undefined ? page >= totalPages : response.result.length < PER_PAGE;
        if (done || response.result.length === 0)
            return items;
    }
}
/** True when a create failed because the name is taken (the resource's own code, or its wording). */
function isAlreadyExists(error, conflictCodes) {
    if (!(error instanceof cloudflare_client/* CloudflareApiError */.kx))
        return false;
    if (error.status !== 400 && error.status !== 409)
        return false;
    return (error.codes.some((c) => conflictCodes.includes(c)) ||
        /already (exists|taken)/i.test(error.message));
}
/**
 * Like Promise.all, but waits for every promise before failing: a failed run returns only when
 * none of its requests is still in flight (so a rerun never races the run that failed).
 */
async function allSettledOrThrow(promises) {
    const settled = await Promise.allSettled(promises);
    const failed = settled.find((s) => s.status === 'rejected');
    if (failed)
        throw failed.reason;
    return settled.map((s) => s.value);
}

// EXTERNAL MODULE: ./src/plan/naming.ts
var naming = __webpack_require__(387);
;// CONCATENATED MODULE: ./src/provision/names.ts


/** The suffix of a run's resource names: the environment, or `pr-N` for a per-PR preview set. */
function resourceSet(environment, pr, perPrResources) {
    return perPrResources && pr !== null ? `pr-${pr}` : (0,naming/* slug */.yR)(environment);
}
/** `<worker>-<binding>-<set>`, lowercase letters, digits and dashes, ≤ 63 characters. */
function baseName(worker, binding, set, withHash) {
    const tail = withHash ? `${(0,naming/* shortHash */.BC)(`${worker}\0${binding}`)}-${set}` : set;
    const head = `${(0,naming/* slug */.yR)(worker)}-${(0,naming/* slug */.yR)(binding)}`;
    const room = naming/* MAX_RESOURCE_NAME */.It - tail.length - 1;
    if (head.length <= room)
        return `${head}-${tail}`;
    // Too long: keep the start and mark the cut with a hash so two long names cannot meet.
    const hashedTail = withHash ? tail : `${(0,naming/* shortHash */.BC)(`${worker}\0${binding}`)}-${set}`;
    const cut = head.slice(0, naming/* MAX_RESOURCE_NAME */.It - hashedTail.length - 1).replace(/-+$/, '');
    return `${cut}-${hashedTail}`;
}
/**
 * Deterministic resource names for one Worker's bindings in one resource set. Bindings whose
 * sanitised names would collide (`API_CACHE` and `api-cache`) each get a short hash.
 */
function resourceNames(worker, bindings, set) {
    const plain = bindings.map((b) => baseName(worker, b.binding, set, false));
    return new Map(bindings.map((b, i) => {
        const clashes = plain.filter((name) => name === plain[i]).length > 1;
        return [b.binding, clashes ? baseName(worker, b.binding, set, true) : plain[i]];
    }));
}
/** The Worker script an environment deploys to: the plan's name in production, `<name>-<env>` elsewhere. */
function scriptNameFor(worker, environment) {
    return environment === 'production' ? worker : `${worker}-${(0,naming/* slug */.yR)(environment)}`;
}

// EXTERNAL MODULE: ./src/provision/secrets.ts
var secrets = __webpack_require__(358);
;// CONCATENATED MODULE: ./src/provision/handlers/d1.ts


const permission = (0,permissions/* permissionLabel */.Ck)('D1');
const d1Handler = {
    type: 'd1',
    label: 'D1 database',
    permission: 'D1',
    conflictCodes: [7502],
    listKey: () => 'd1',
    async list(api) {
        const databases = await listAllPages(api, 'list D1 databases', 'D1', (sdk, page, per_page) => sdk.d1.database.list({ account_id: api.accountId, page, per_page }));
        return databases.flatMap((d) => (d.name && d.uuid ? [{ name: d.name, id: d.uuid }] : []));
    },
    async create(api, name, _binding, inputs) {
        const created = await api.client.call(`create D1 database ${name}`, (sdk) => sdk.d1.database.create({
            account_id: api.accountId,
            name,
            ...(inputs.locationHint
                ? {
                    primary_location_hint: inputs.locationHint,
                }
                : {}),
        }), { permission });
        return { name, id: created.uuid ?? '' };
    },
    async remove(api, resource) {
        await api.client.call(`delete D1 database ${resource.name}`, (sdk) => sdk.d1.database.delete(resource.id, { account_id: api.accountId }), { permission });
    },
    configEntries: (binding, resource) => [
        {
            section: ['d1_databases'],
            key: 'binding',
            entry: { binding: binding.binding, database_name: resource.name, database_id: resource.id },
        },
    ],
};

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/provision/rules.ts
var rules = __webpack_require__(488);
;// CONCATENATED MODULE: ./src/provision/handlers/hyperdrive.ts




const hyperdrive_permission = (0,permissions/* permissionLabel */.Ck)('Hyperdrive');
/** Reads `postgres://user:password@host:port/db`; the message names the secret, never its value. */
function parseConnectionString(value, secretName) {
    const invalid = (what) => (0,rules/* provisionError */.U)('C021', `The connection string in ${secretName} ${what}.`, `Set ${secretName} to a URL like postgres://user:password@host:5432/database`);
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw invalid('is not a URL');
    }
    const scheme = url.protocol.replace(/:$/, '');
    if (scheme !== 'postgres' && scheme !== 'postgresql' && scheme !== 'mysql') {
        throw invalid('must start with postgres://, postgresql:// or mysql://');
    }
    const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
    if (!url.hostname || !url.username || !url.password || !database) {
        throw invalid('needs a user, a password, a host and a database');
    }
    return {
        scheme,
        host: url.hostname,
        port: url.port ? Number(url.port) : scheme === 'mysql' ? 3306 : 5432,
        database,
        user: decodeURIComponent(url.username),
        password: decodeURIComponent(url.password),
    };
}
function origin(inputs) {
    if (!inputs.connectionString)
        throw new Error('Hyperdrive inputs were not read before provisioning.');
    return parseConnectionString(inputs.connectionString, 'the connection secret');
}
/** What the API shows of an origin (never the password). */
function visibleOrigin(o) {
    return {
        scheme: o.scheme === 'postgresql' ? 'postgres' : o.scheme,
        host: o.host,
        port: o.port,
        database: o.database,
        user: o.user,
    };
}
/** Salted with the config id: the digest says "changed or not" and nothing about the value. */
function fingerprint(existing, inputs) {
    return (0,external_node_crypto_.createHash)('sha256')
        .update(`${existing.id}\0${inputs.connectionString ?? ''}`)
        .digest('hex');
}
function toExisting(config) {
    return {
        name: config.name,
        id: config.id,
        details: visibleOrigin(config.origin),
    };
}
const hyperdriveHandler = {
    type: 'hyperdrive',
    label: 'Hyperdrive config',
    permission: 'Hyperdrive',
    conflictCodes: [2017],
    listKey: () => 'hyperdrive',
    async list(api) {
        const configs = await listAllPages(api, 'list Hyperdrive configs', 'Hyperdrive', (sdk, page, per_page) => sdk.hyperdrive.configs.list({ account_id: api.accountId, page, per_page }));
        return configs.map(toExisting);
    },
    async create(api, name, _binding, inputs) {
        const created = await api.client.call(`create Hyperdrive config ${name}`, (sdk) => sdk.hyperdrive.configs.create({ account_id: api.accountId, name, origin: origin(inputs) }), { permission: hyperdrive_permission });
        return toExisting(created);
    },
    needsUpdate(existing, inputs, previousFingerprint) {
        const changedVisibly = JSON.stringify(existing.details) !== JSON.stringify(visibleOrigin(origin(inputs)));
        // The API never shows the password, so without our record of it (a fresh runner) it may have been
        // rotated: the origin is written again rather than kept until the database refuses connections.
        const changedSecretly = previousFingerprint === undefined || previousFingerprint !== fingerprint(existing, inputs);
        return changedVisibly || changedSecretly;
    },
    async update(api, existing, inputs) {
        const updated = await api.client.call(`update Hyperdrive config ${existing.name}`, (sdk) => sdk.hyperdrive.configs.update(existing.id, {
            account_id: api.accountId,
            name: existing.name,
            origin: origin(inputs),
        }), { permission: hyperdrive_permission });
        return toExisting(updated);
    },
    fingerprint,
    async remove(api, resource) {
        await api.client.call(`delete Hyperdrive config ${resource.name}`, (sdk) => sdk.hyperdrive.configs.delete(resource.id, { account_id: api.accountId }), { permission: hyperdrive_permission });
    },
    configEntries: (binding, resource) => [
        {
            section: ['hyperdrive'],
            key: 'binding',
            entry: { binding: binding.binding, id: resource.id },
        },
    ],
};

;// CONCATENATED MODULE: ./src/provision/handlers/kv.ts


const kv_permission = (0,permissions/* permissionLabel */.Ck)('Workers KV Storage');
const kvHandler = {
    type: 'kv',
    label: 'KV namespace',
    permission: 'Workers KV Storage',
    conflictCodes: [10014],
    listKey: () => 'kv',
    async list(api) {
        const namespaces = await listAllPages(api, 'list KV namespaces', 'Workers KV Storage', (sdk, page, per_page) => sdk.kv.namespaces.list({ account_id: api.accountId, page, per_page }));
        return namespaces.map((n) => ({ name: n.title, id: n.id }));
    },
    async create(api, name) {
        const created = await api.client.call(`create KV namespace ${name}`, (sdk) => sdk.kv.namespaces.create({ account_id: api.accountId, title: name }), { permission: kv_permission });
        return { name: created.title, id: created.id };
    },
    async remove(api, resource) {
        await api.client.call(`delete KV namespace ${resource.name}`, (sdk) => sdk.kv.namespaces.delete(resource.id, { account_id: api.accountId }), { permission: kv_permission });
    },
    configEntries: (binding, resource) => [
        {
            section: ['kv_namespaces'],
            key: 'binding',
            entry: { binding: binding.binding, id: resource.id },
        },
    ],
};

;// CONCATENATED MODULE: ./src/provision/handlers/queue.ts

const queue_permission = (0,permissions/* permissionLabel */.Ck)('Queues');
/**
 * Queues. The consumer is declared in the generated config rather than created here: the API
 * attaches a consumer to an existing Worker, and `wrangler deploy` attaches it after the upload.
 */
const queueHandler = {
    type: 'queue',
    label: 'queue',
    permission: 'Queues',
    conflictCodes: [11009],
    listKey: () => 'queue',
    async list(api) {
        const page = await api.client.call('list queues', (sdk) => sdk.queues.list({ account_id: api.accountId }), {
            permission: queue_permission,
        });
        return page.result.flatMap((q) => q.queue_name && q.queue_id ? [{ name: q.queue_name, id: q.queue_id }] : []);
    },
    async create(api, name) {
        const created = await api.client.call(`create queue ${name}`, (sdk) => sdk.queues.create({ account_id: api.accountId, queue_name: name }), { permission: queue_permission });
        return { name, id: created.queue_id ?? '' };
    },
    async remove(api, resource) {
        await api.client.call(`delete queue ${resource.name}`, (sdk) => sdk.queues.delete(resource.id, { account_id: api.accountId }), { permission: queue_permission });
    },
    configEntries(binding, resource) {
        const producer = {
            section: ['queues', 'producers'],
            key: 'binding',
            entry: { binding: binding.binding, queue: resource.name },
        };
        if (!binding.consumer)
            return [producer];
        return [
            producer,
            { section: ['queues', 'consumers'], key: 'queue', entry: { queue: resource.name } },
        ];
    },
};

;// CONCATENATED MODULE: ./src/provision/handlers/r2.ts

const r2_permission = (0,permissions/* permissionLabel */.Ck)('Workers R2 Storage');
function jurisdictionOf(binding) {
    return (binding.jurisdiction ?? 'default');
}
const r2Handler = {
    type: 'r2',
    label: 'R2 bucket',
    permission: 'Workers R2 Storage',
    conflictCodes: [10004],
    listKey: (binding) => `r2:${jurisdictionOf(binding)}`,
    async list(api, binding) {
        const jurisdiction = jurisdictionOf(binding);
        const names = [];
        let cursor;
        for (let page = 1;; page++) {
            const response = await api.client.call(`list R2 buckets (page ${page})`, (sdk) => sdk.get(`/accounts/${api.accountId}/r2/buckets`, {
                query: { per_page: 1000, ...(cursor ? { cursor } : {}) },
                headers: { 'cf-r2-jurisdiction': jurisdiction },
            }), { permission: r2_permission });
            names.push(...(response.result.buckets ?? []).flatMap((b) => (b.name ? [b.name] : [])));
            cursor = response.result_info?.cursor;
            if (!cursor)
                return names.map((name) => ({ name, id: name }));
        }
    },
    async create(api, name, binding) {
        await api.client.call(`create R2 bucket ${name}`, (sdk) => sdk.r2.buckets.create({
            account_id: api.accountId,
            name,
            'cf-r2-jurisdiction': jurisdictionOf(binding),
        }), { permission: r2_permission });
        return { name, id: name };
    },
    async remove(api, resource) {
        await api.client.call(`delete R2 bucket ${resource.name}`, (sdk) => sdk.r2.buckets.delete(resource.name, {
            account_id: api.accountId,
            'cf-r2-jurisdiction': jurisdictionOf(resource),
        }), { permission: r2_permission });
    },
    configEntries: (binding, resource) => [
        {
            section: ['r2_buckets'],
            key: 'binding',
            entry: {
                binding: binding.binding,
                bucket_name: resource.name,
                ...(binding.jurisdiction ? { jurisdiction: binding.jurisdiction } : {}),
            },
        },
    ],
};

;// CONCATENATED MODULE: ./src/provision/handlers/index.ts





const HANDLERS = {
    kv: kvHandler,
    d1: d1Handler,
    r2: r2Handler,
    queue: queueHandler,
    hyperdrive: hyperdriveHandler,
};
function isProvisionable(binding) {
    return binding.type in HANDLERS;
}
function handlerFor(binding) {
    return HANDLERS[binding.type];
}
function handlerForType(type) {
    return HANDLERS[type];
}

;// CONCATENATED MODULE: ./src/provision/preflight.ts





/** Verifies the token: as a user token, else as an account-owned token of the given account. */
async function verifyToken(client, accountId) {
    let status;
    try {
        status = (await client.call('verify API token', (sdk) => sdk.user.tokens.verify())).status;
    }
    catch (error) {
        // Unreachable is not rejected: the network error names the API base URL as it is.
        if (error instanceof cloudflare_client/* CloudflareApiError */.kx && error.network)
            throw error;
        if (!(error instanceof cloudflare_client/* CloudflareApiError */.kx) || error.status !== 401 || !accountId) {
            throw (0,rules/* provisionError */.U)('C001', `The API token was not accepted${error instanceof cloudflare_client/* CloudflareApiError */.kx ? `: ${error.message}` : ''}.`, accountId
                ? `Set CLOUDFLARE_API_TOKEN to an active token from ${cloudflare_client/* TOKEN_PAGE */.C8}.`
                : `Set CLOUDFLARE_API_TOKEN to an active token from ${cloudflare_client/* TOKEN_PAGE */.C8}; for an account-owned token also set CLOUDFLARE_ACCOUNT_ID.`, error);
        }
        status = (await client.call('verify account API token', (sdk) => sdk.accounts.tokens.verify({ account_id: accountId }))).status;
    }
    if (status !== 'active') {
        throw (0,rules/* provisionError */.U)('C002', `The API token is ${status}.`, `Create or re-enable a token at ${cloudflare_client/* TOKEN_PAGE */.C8}.`);
    }
}
/** The account to use: the given one, or the token's only account. */
async function resolveAccount(client, accountId) {
    if (accountId)
        return accountId;
    const accounts = [];
    for await (const account of client.sdk.accounts.list({ per_page: 50 }))
        accounts.push(account);
    if (accounts.length === 1)
        return accounts[0].id;
    if (accounts.length === 0) {
        throw (0,rules/* provisionError */.U)('C003', 'The API token cannot see any account.', `Set CLOUDFLARE_ACCOUNT_ID, and give the token "${(0,permissions/* permissionLabel */.Ck)('Account Settings', 'Read')}" or account resources at ${cloudflare_client/* TOKEN_PAGE */.C8}.`);
    }
    const list = accounts.map((a) => `${a.name} (${a.id})`).join(', ');
    throw (0,rules/* provisionError */.U)('C003', `The API token can use ${accounts.length} accounts: ${list}.`, 'Set CLOUDFLARE_ACCOUNT_ID (or the account-id input) to the one to deploy to.');
}
/** Null when the call worked (or failed for another reason than a 403); the permission when forbidden. */
async function forbiddenPermission(request, label) {
    try {
        await request;
        return null;
    }
    catch (error) {
        if (error instanceof cloudflare_client/* CloudflareApiError */.kx && error.status === 403)
            return label;
        // A Worker that does not exist yet is fine: the probe only asks whether the token may look.
        if (error instanceof cloudflare_client/* CloudflareApiError */.kx && error.status === 404)
            return null;
        throw error;
    }
}
/**
 * Lists each resource type the plan binds, once, and reads the secrets of each Worker that gets
 * secrets. These reads double as permission probes: a 403 on any of them fails the run before
 * any change, naming every missing permission. (A read proves Read; Cloudflare has no cheaper
 * way to ask for Edit, so a Read-only token still fails later, on the create, with the same name.)
 */
async function takeInventory(api, bindings, scriptsWithSecrets) {
    const inventory = new Map();
    const probes = [];
    for (const binding of bindings) {
        const handler = handlerFor(binding);
        const key = handler.listKey(binding);
        if (inventory.has(key))
            continue;
        const listing = handler.list(api, binding);
        inventory.set(key, listing);
        probes.push(forbiddenPermission(listing, (0,permissions/* permissionLabel */.Ck)(handler.permission)));
    }
    for (const script of scriptsWithSecrets) {
        const secrets = api.client.call(`list secrets of Worker ${script}`, (sdk) => sdk.workers.scripts.secrets.list(script, { account_id: api.accountId }));
        probes.push(forbiddenPermission(secrets, (0,permissions/* permissionLabel */.Ck)('Workers Scripts')));
    }
    const forbidden = new Set((await allSettledOrThrow(probes)).filter((p) => p !== null));
    if (forbidden.size > 0) {
        const missing = [...forbidden].map((p) => `"${p}"`).join(', ');
        throw (0,rules/* provisionError */.U)('C010', `The API token lacks ${missing}; nothing was changed.`, `Add ${missing} to the token at ${cloudflare_client/* TOKEN_PAGE */.C8} (run with --print-permissions for the full list).`);
    }
    return inventory;
}
async function preflight(client, accountIdHint, bindings, scriptsWithSecrets, ctx) {
    await verifyToken(client, accountIdHint);
    const accountId = await resolveAccount(client, accountIdHint);
    ctx.log.debug(`Cloudflare account ${accountId}`);
    const api = { client, accountId };
    return { api, inventory: await takeInventory(api, bindings, scriptsWithSecrets) };
}

;// CONCATENATED MODULE: ./src/provision/session.ts




/** Workers provision acts on: everything the plan can deploy. */
function deployableWorkers(plan) {
    return plan.workers.filter((w) => w.verdict !== 'unsupported');
}
function provisionableBindings(worker) {
    return worker.bindings.filter(isProvisionable);
}
/** Token check, account, and one listing per resource type: everything before the first change. */
async function openSession(plan, options, ctx, 
/** Workers that will get secrets: their access is probed too. */
scriptsWithSecrets = []) {
    const apiToken = options.apiToken ?? ctx.env.CLOUDFLARE_API_TOKEN;
    if (!apiToken) {
        throw (0,rules/* provisionError */.U)('C001', 'CLOUDFLARE_API_TOKEN is not set.', `Create a token at ${cloudflare_client/* TOKEN_PAGE */.C8} with the permissions --print-permissions lists, and set CLOUDFLARE_API_TOKEN.`);
    }
    const baseUrl = options.client?.baseUrl ?? (0,cloudflare_client/* apiBaseUrl */.tj)(ctx.env);
    const client = (0,cloudflare_client/* createCloudflareClient */.H1)(ctx, { ...options.client, apiToken, baseUrl });
    const bindings = deployableWorkers(plan).flatMap(provisionableBindings);
    const checked = await preflight(client, options.accountId ?? ctx.env.CLOUDFLARE_ACCOUNT_ID ?? null, bindings, scriptsWithSecrets, ctx);
    return {
        ...checked,
        wranglerEnv: {
            CLOUDFLARE_API_TOKEN: apiToken,
            CLOUDFLARE_ACCOUNT_ID: checked.api.accountId,
            CLOUDFLARE_API_BASE_URL: baseUrl === cloudflare_client/* DEFAULT_API_BASE_URL */.Ri ? undefined : baseUrl,
        },
    };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/plan/jsonc.ts
var jsonc = __webpack_require__(8148);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/provision/files.ts



/** Writes through a temp file and a rename, so a reader never sees half a file. */
async function writeFileAtomic(path, text) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    const temp = `${path}.${process.pid}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`;
    try {
        await (0,promises_.writeFile)(temp, text);
        await (0,promises_.rename)(temp, path);
    }
    catch (error) {
        await (0,promises_.rm)(temp, { force: true });
        throw error;
    }
}
async function readTextIfExists(path) {
    return (0,promises_.readFile)(path, 'utf8').catch((error) => {
        if (error.code === 'ENOENT')
            return null;
        throw error;
    });
}

;// CONCATENATED MODULE: ./src/provision/config.ts



/** `<out>/<worker>/wrangler.<env>.jsonc`, next to the plan's `wrangler.jsonc`. */
function envConfigPath(plan, worker, environment) {
    return (0,external_node_path_.join)((0,external_node_path_.dirname)((0,external_node_path_.join)(plan.outDir, worker.files.wranglerConfig)), `wrangler.${environment}.jsonc`);
}
/** The plan's generated config, or (for a plan that was never written) one built from the plan. */
async function readBaseConfig(plan, worker) {
    const path = (0,external_node_path_.join)(plan.outDir, worker.files.wranglerConfig);
    const text = await readTextIfExists(path);
    if (text !== null)
        return (0,jsonc/* parseJsonc */.p)(text, path);
    return {
        name: worker.name,
        main: (0,external_node_path_.relative)((0,external_node_path_.dirname)(path), (0,external_node_path_.join)(plan.outDir, worker.main)),
        compatibility_date: worker.compatibilityDate,
        compatibility_flags: worker.compatibilityFlags,
        ...(Object.keys(worker.vars).length ? { vars: worker.vars } : {}),
    };
}
const ID_KEYS = {
    kv: 'id',
    d1: 'database_id',
    r2: 'bucket_name',
    queue: 'queue',
    hyperdrive: 'id',
};
const SECTIONS = {
    kv: 'kv_namespaces',
    d1: 'd1_databases',
    r2: 'r2_buckets',
    queue: 'queues',
    hyperdrive: 'hyperdrive',
};
const REAL_ID = /^(?:[0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;
/** The plan writes an all-zero id where provision must fill one in. */
const PLACEHOLDER = /^[0-]+$/;
/** An id the user's config already pins for a binding (KV, D1, Hyperdrive), used as is in production. */
function pinnedId(config, binding) {
    const section = config[SECTIONS[binding.type]];
    if (!Array.isArray(section))
        return null;
    const entry = section.find((e) => e.binding === binding.binding);
    const id = entry?.[ID_KEYS[binding.type]];
    return typeof id === 'string' && REAL_ID.test(id) && !PLACEHOLDER.test(id) ? id : null;
}
function sectionArray(config, path) {
    let holder = config;
    for (const key of path.slice(0, -1)) {
        holder[key] ??= {};
        holder = holder[key];
    }
    const last = path[path.length - 1];
    if (!Array.isArray(holder[last]))
        holder[last] = [];
    return holder[last];
}
/**
 * Settings that act on production traffic or production infrastructure: a preview never carries them.
 * Routes and custom domains would take over production hostnames, crons would run twice, a queue allows one
 * consumer, and tail consumers and Logpush would mix preview events into production's pipelines.
 */
const PRODUCTION_ONLY = ['routes', 'route', 'triggers', 'tail_consumers', 'logpush'];
function stripProductionOnly(config) {
    for (const key of PRODUCTION_ONLY)
        delete config[key];
    if (config.queues)
        delete config.queues.consumers;
}
/** What a Worker Preview takes from the `previews` block (wrangler 4.164's config validation of `previews`). */
const PREVIEW_BINDING_KEYS = [
    'vars',
    'kv_namespaces',
    'd1_databases',
    'r2_buckets',
    'queues',
    'hyperdrive',
    'durable_objects',
    'services',
];
/** A `previews` block for a config that has none: its (already preview) bindings and vars. */
function previewsFrom(config) {
    return Object.fromEntries(PREVIEW_BINDING_KEYS.filter((key) => config[key] !== undefined).map((key) => [
        key,
        structuredClone(config[key]),
    ]));
}
function applyEntries(config, entries) {
    for (const { section, entry, key } of entries) {
        const array = sectionArray(config, section);
        const at = array.findIndex((e) => e[key] === entry[key]);
        if (at >= 0)
            array[at] = { ...array[at], ...entry };
        else
            array.push(entry);
    }
}
/** The environment's config: the base with our Worker name and every resolved binding filled in. */
function environmentConfig(base, environment, scriptName, entries, shape = { preview: false, workerPreview: false }) {
    const { env, ...top } = structuredClone(base);
    // A wrangler `env.<name>` block of the base applies on top, as wrangler would apply it.
    const config = {
        ...top,
        ...(env?.[environment] ?? {}),
    };
    config.name = scriptName;
    // The build runs before deploy without credentials (build.ts), not inside `wrangler deploy`.
    delete config.build;
    // The plan's consumers name placeholder queues; the resolved ones replace them all.
    if (entries.some((e) => e.section[1] === 'consumers') && config.queues) {
        delete config.queues.consumers;
    }
    applyEntries(config, entries);
    if (shape.preview)
        stripProductionOnly(config);
    if (shape.workerPreview) {
        const previews = config.previews ?? previewsFrom(config);
        config.previews = previews;
        applyEntries(previews, entries);
        stripProductionOnly(previews);
    }
    else {
        // Only `wrangler preview` reads it; another deploy keeps the config free of it.
        delete config.previews;
    }
    return config;
}
async function writeEnvironmentConfig(path, environment, config) {
    const header = `// Generated by docker-to-workers provision for the "${environment}" environment: resource ids filled in.\n// Regenerated on every run; edit the plan or the compose x-cloudflare block instead.\n`;
    await writeFileAtomic(path, `${header}${JSON.stringify(config, null, 2)}\n`);
}

// EXTERNAL MODULE: ./src/util/redact.ts
var redact = __webpack_require__(767);
;// CONCATENATED MODULE: ./src/provision/build.ts



/**
 * Runs the config's `build.command` (the app's own build script) before deploy, with no credential in
 * its environment. wrangler would run it itself during `wrangler deploy`, inside the process that holds
 * the API token, so the environment configs leave `build` out and the build runs here instead. It gets
 * the build environment check's build got (`buildEnvFor`): only this process does, never wrangler; the
 * user's values are scrubbed from what it prints.
 */
async function buildApp(ctx, config, configDir, env) {
    const build = config.build;
    if (typeof build?.command !== 'string' || build.command.trim() === '')
        return;
    // The plan writes `npm run <script>`: an argv without a shell.
    const [command, ...args] = build.command.trim().split(/\s+/);
    const cwd = (0,external_node_path_.resolve)(configDir, typeof build.cwd === 'string' ? build.cwd : '.');
    const scrub = (text) => (0,redact/* scrubValues */._9)(text, env.secrets);
    ctx.log.info(`$ ${build.command} (in ${cwd}, without credentials)`);
    const result = await ctx.exec(command, args, {
        cwd,
        env: env.values,
        onStdout: (chunk) => ctx.log.info(scrub(chunk.trimEnd())),
        onStderr: (chunk) => ctx.log.warn(scrub(chunk.trimEnd())),
    });
    if (result.exitCode !== 0) {
        throw (0,rules/* provisionError */.U)('C060', `The app's build \`${build.command}\` failed (exit ${result.exitCode}): ${scrub(result.stderr).trim().split('\n').slice(-3).join(' ')}`, 'Run the build locally (the same command, in the same directory) and fix what it reports.');
    }
}

;// CONCATENATED MODULE: ./src/provision/migrations.ts





/** The table wrangler's `d1 migrations apply` keeps; sharing it keeps both tools in agreement. */
const MIGRATIONS_TABLE = 'd1_migrations';
async function migrationFiles(dir) {
    const entries = await (0,promises_.readdir)(dir).catch(() => []);
    return entries.filter((name) => name.endsWith('.sql')).sort();
}
async function query(api, databaseId, name, sql) {
    const page = await api.client.call(name, (sdk) => sdk.d1.database.query(databaseId, { account_id: api.accountId, sql }), { permission: (0,permissions/* permissionLabel */.Ck)('D1') });
    return page.result;
}
/** Names already applied; null when the table does not exist yet. */
async function appliedMigrations(api, databaseId) {
    try {
        const results = await query(api, databaseId, 'read applied D1 migrations', `SELECT * FROM ${MIGRATIONS_TABLE} ORDER BY id`);
        return new Set((results[0]?.results ?? []).map((row) => String(row.name)));
    }
    catch (error) {
        if (error instanceof cloudflare_client/* CloudflareApiError */.kx && /no such table/i.test(error.message))
            return null;
        throw error;
    }
}
/**
 * Applies the directory's unapplied `.sql` files in order, as `wrangler d1 migrations apply --remote`
 * does (same table, same bookkeeping), through the API. Returns the files applied (or, in a dry
 * run, the files that would be).
 */
async function applyMigrations(api, database, dir, dryRun) {
    const files = await migrationFiles(dir);
    if (files.length === 0)
        return [];
    if (!database)
        return files;
    // Read first, create the table only when missing: a rerun with nothing to apply costs one read.
    const done = await appliedMigrations(api, database.id);
    const pending = files.filter((f) => !done?.has(f));
    if (dryRun || pending.length === 0)
        return pending;
    if (!done) {
        await query(api, database.id, 'create D1 migrations table', `CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE}(id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT UNIQUE, applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL);`);
    }
    const applied = [];
    for (const file of pending) {
        const sql = await (0,promises_.readFile)((0,external_node_path_.join)(dir, file), 'utf8');
        try {
            await query(api, database.id, `apply D1 migration ${file} to ${database.name}`, `${sql}\nINSERT INTO ${MIGRATIONS_TABLE} (name) values ('${file.replace(/'/g, "''")}');`);
            applied.push(file);
        }
        catch (error) {
            // A concurrent run applied it first (D1 runs the file and its bookkeeping as one batch).
            if ((await appliedMigrations(api, database.id))?.has(file))
                continue;
            throw (0,rules/* provisionError */.U)('C040', `Migration ${file} failed on D1 database ${database.name}: ${error instanceof Error ? error.message : String(error)}`, 'Fix the SQL in that file and run again; earlier migrations stay applied.', error);
        }
    }
    return applied;
}

;// CONCATENATED MODULE: ./src/provision/resolve.ts



/**
 * Decides one binding, in the ProvisionResourceHandler order: fully specified → existing by name →
 * create. A create that loses a race (name already exists) reads the list again and uses the winner.
 */
async function resolveBinding(api, inventory, request) {
    const { binding, name, inputs, dryRun } = request;
    const handler = handlerFor(binding);
    const row = (outcome, resource, ownedByUs) => ({
        binding: binding.binding,
        type: binding.type,
        name: resource?.name ?? name,
        id: resource?.id ?? null,
        outcome,
        ownedByUs,
    });
    if (request.pinnedId) {
        const resource = { name, id: request.pinnedId };
        return { row: row('found', resource, false), resource };
    }
    const ownedBefore = request.claimByName || request.previous?.name === name;
    const listed = await inventory.get(handler.listKey(binding));
    const existing = listed.find((r) => r.name === name);
    if (existing) {
        const fingerprint = handler.fingerprint?.(existing, inputs);
        if (!handler.needsUpdate?.(existing, inputs, request.previous?.fingerprint)) {
            return { row: row('found', existing, ownedBefore), resource: existing, fingerprint };
        }
        if (dryRun)
            return { row: row('would update', existing, ownedBefore), resource: existing };
        const updated = await handler.update(api, existing, inputs);
        return { row: row('updated', updated, ownedBefore), resource: updated, fingerprint };
    }
    if (dryRun)
        return { row: row('would create', null, false), resource: null };
    try {
        const created = await handler.create(api, name, binding, inputs);
        return {
            row: row('created', created, true),
            resource: created,
            fingerprint: handler.fingerprint?.(created, inputs),
        };
    }
    catch (error) {
        if (!isAlreadyExists(error, handler.conflictCodes))
            throw error;
        // Another run (or our own retried request) created it first: use that one.
        const winner = (await handler.list(api, binding)).find((r) => r.name === name);
        if (!winner) {
            throw (0,rules/* provisionError */.U)('C030', `The ${handler.label} name ${name} is taken, but no ${handler.label} of that name is visible to this token.`, 'Delete or rename the conflicting resource (it may belong to another account or jurisdiction), or rename the binding.', error);
        }
        return {
            row: row('found', winner, true),
            resource: winner,
            fingerprint: handler.fingerprint?.(winner, inputs),
        };
    }
}

// EXTERNAL MODULE: ./src/provision/secret-digests.ts
var secret_digests = __webpack_require__(119);
;// CONCATENATED MODULE: ./src/provision/state.ts



/** `<out>/<worker>/provision-state.json`: the resources this tool created, per resource set. */
function statePath(outDir, worker) {
    return (0,external_node_path_.join)(outDir, worker, 'provision-state.json');
}
async function readState(outDir, worker) {
    const path = statePath(outDir, worker);
    const text = await readTextIfExists(path);
    if (!text)
        return { version: 1, sets: {} };
    let state = null;
    try {
        state = JSON.parse(text);
    }
    catch {
        // Reported below with the shape errors.
    }
    const sets = state?.sets;
    const valid = typeof sets === 'object' &&
        sets !== null &&
        Object.values(sets).every((set) => Array.isArray(set?.resources));
    if (!valid) {
        // Never guess: the file says which resources this tool owns (and may delete).
        throw new errors/* UserError */.y('is not a provision state file this release can read (truncated or edited?).', {
            file: path,
            fix: 'Restore it from the previous run (the CI cache or artifact), or delete it if no resources were created.',
        });
    }
    return state;
}
/** Records what a run created (merged with what earlier runs recorded for the same set). */
async function recordOwned(outDir, worker, set, accountId, owned) {
    const state = await readState(outDir, worker);
    const before = state.sets[set]?.accountId === accountId ? state.sets[set].resources : [];
    const same = (a, b) => a.type === b.type && a.binding === b.binding;
    const kept = before.filter((old) => !owned.some((o) => same(o, old)));
    // A resource found again keeps the time it was first recorded: a rerun changes nothing.
    const updated = owned.map((o) => {
        const old = before.find((b) => same(b, o) && b.id === o.id);
        return old ? { ...o, createdAt: old.createdAt } : o;
    });
    const text = (value) => `${JSON.stringify(value, null, 2)}\n`;
    const previous = text(state);
    state.sets[set] = { accountId, resources: [...kept, ...updated] };
    if (text(state) !== previous)
        await writeFileAtomic(statePath(outDir, worker), text(state));
}
async function forgetOwned(outDir, worker, set, removed) {
    const state = await readState(outDir, worker);
    const entry = state.sets[set];
    if (!entry)
        return;
    entry.resources = entry.resources.filter((r) => !removed.some((x) => x.type === r.type && x.name === r.name));
    if (entry.resources.length === 0)
        delete state.sets[set];
    await writeFileAtomic(statePath(outDir, worker), `${JSON.stringify(state, null, 2)}\n`);
}

;// CONCATENATED MODULE: ./src/provision/worker.ts











async function readWorkerFiles(plan, worker) {
    const [base, state] = await Promise.all([
        readBaseConfig(plan, worker),
        readState(plan.outDir, worker.name),
    ]);
    return { base, state };
}
/** Preview sets are ours by name alone (`…-preview`, `…-pr-N`): CI runners start without the state file. */
function ownedByName(set) {
    return set === 'preview' || /^pr-\d+$/.test(set);
}
function inputsFor(binding, run) {
    if (binding.type === 'hyperdrive')
        return { connectionString: run.secretValues.get(binding.connectionSecret) };
    if (binding.type === 'd1' && run.locationHint)
        return { locationHint: run.locationHint };
    return {};
}
function ownedRecord(binding, resolved, now) {
    const { row, resource } = resolved;
    if (!row.ownedByUs || !resource || row.outcome.startsWith('would'))
        return [];
    return [
        {
            type: row.type,
            binding: row.binding,
            name: resource.name,
            id: resource.id,
            createdAt: now,
            ...(binding.type === 'r2' && binding.jurisdiction
                ? { jurisdiction: binding.jurisdiction }
                : {}),
            ...(resolved.fingerprint ? { fingerprint: resolved.fingerprint } : {}),
        },
    ];
}
/** Provisions one Worker for one environment: resources, then config, then migrations and secrets. */
async function provisionWorker(session, run, ctx) {
    const { plan, worker, set, dryRun } = run;
    const bindings = provisionableBindings(worker);
    const { base, state } = await run.files;
    // Before the first change: a failing build leaves nothing half-provisioned.
    if (!dryRun)
        await buildApp(ctx, base, (0,external_node_path_.dirname)(envConfigPath(plan, worker, run.environment)), run.buildEnv);
    const previous = state.sets[set]?.accountId === session.api.accountId ? state.sets[set].resources : [];
    const names = resourceNames(worker.name, bindings, set);
    const settled = await Promise.allSettled(bindings.map((binding) => resolveBinding(session.api, session.inventory, {
        binding,
        name: names.get(binding.binding),
        inputs: inputsFor(binding, run),
        pinnedId: run.environment === 'production' ? pinnedId(base, binding) : null,
        previous: previous.find((p) => p.type === binding.type && p.binding === binding.binding),
        claimByName: ownedByName(set),
        dryRun,
    })));
    // Resources this run created are removed again if the run cannot finish (a token that may read but
    // not write, a failed migration or secret upload): nothing is left half-provisioned.
    const created = settled.flatMap((s, i) => s.status === 'fulfilled' && s.value.row.outcome === 'created'
        ? ownedRecord(bindings[i], s.value, ctx.now().toISOString()).map((owned) => ({
            binding: bindings[i],
            owned,
        }))
        : []);
    try {
        return await finishWorker(session, run, settled, ctx);
    }
    catch (error) {
        await removeCreated(session, run, created, ctx);
        throw error;
    }
}
/** Removes what this run created, newest first; a removal that fails is reported, not thrown. */
async function removeCreated(session, run, created, ctx) {
    if (created.length === 0)
        return;
    const removed = [];
    for (const { binding, owned: resource } of [...created].reverse()) {
        try {
            await handlerFor(binding).remove(session.api, resource);
            removed.push(resource);
        }
        catch (error) {
            ctx.log.warn(`Could not remove ${resource.type} ${resource.name}, which this failed run created: ${error instanceof Error ? error.message : String(error)}. The next run adopts it by its name, and cleanup removes it.`);
        }
    }
    ctx.log.warn(`The run failed; removed what it created: ${removed.map((r) => `${r.type} ${r.name}`).join(', ') || 'nothing'}.`);
    await forgetOwned(run.plan.outDir, run.worker.name, run.set, removed);
}
/** The Worker's secret values and their digests, or null when it has no secrets. */
function secretPlan(session, run) {
    if (run.worker.secrets.length === 0)
        return null;
    const values = Object.fromEntries(run.worker.secrets.map((name) => [name, run.secretValues.get(name)]));
    const token = session.wranglerEnv.CLOUDFLARE_API_TOKEN ?? '';
    return { values, digests: (0,secret_digests/* secretDigests */.OJ)(token, run.scriptName, values) };
}
/** Config, ownership state, D1 migrations and secrets, once every binding has a resource. */
async function finishWorker(session, run, settled, ctx) {
    const { plan, worker, set, dryRun } = run;
    const bindings = provisionableBindings(worker);
    const { base } = await run.files;
    const failed = settled.find((s) => s.status === 'rejected');
    if (failed)
        throw failed.reason;
    const resolved = settled.map((s) => s.value);
    const configPath = envConfigPath(plan, worker, run.environment);
    const entries = resolved.flatMap(({ resource }, i) => resource ? handlerFor(bindings[i]).configEntries(bindings[i], resource) : []);
    const secrets = dryRun ? null : secretPlan(session, run);
    if (!dryRun) {
        // Written only once every binding has an id, so the file is never half-filled.
        const now = ctx.now().toISOString();
        const config = environmentConfig(base, run.environment, run.scriptName, entries, run.shape);
        // Deploy publishes the digests with the Worker (or the Preview), so the next run, on any runner,
        // can compare.
        const block = (run.shape.workerPreview ? config.previews : config);
        if (secrets) {
            const vars = block.vars;
            block.vars = { ...vars, [secret_digests/* SECRET_DIGESTS_VAR */.P1]: JSON.stringify(secrets.digests) };
        }
        await Promise.all([
            writeEnvironmentConfig(configPath, run.environment, config),
            recordOwned(plan.outDir, worker.name, set, session.api.accountId, bindings.flatMap((b, i) => ownedRecord(b, resolved[i], now))),
        ]);
    }
    const configDir = (0,external_node_path_.dirname)(configPath);
    const migrations = allSettledOrThrow(bindings.map((binding, i) => binding.type === 'd1' && binding.migrationsDir
        ? applyMigrations(session.api, resolved[i].resource, (0,external_node_path_.resolve)(configDir, binding.migrationsDir), dryRun)
        : Promise.resolve([])));
    // A Worker Preview's secrets belong to the Preview: deploy sets them along with `wrangler preview`.
    const uploads = secrets && !run.shape.workerPreview
        ? (0,secret_digests/* uploadChangedSecrets */.J6)(ctx, session, run.wrangler, configPath, run.scriptName, secrets)
        : Promise.resolve([]);
    await allSettledOrThrow([migrations, uploads]);
    const [applied, secretsSet] = [await migrations, await uploads];
    for (const row of resolved.map((r) => r.row)) {
        ctx.log.info(`${worker.name} ${row.type} ${row.binding}: ${row.outcome} ${row.name}${row.id ? ` (${row.id})` : ''}`);
    }
    return {
        worker: worker.name,
        environment: run.environment,
        accountId: session.api.accountId,
        resources: resolved.map((r) => r.row),
        secretsSet,
        migrationsApplied: dryRun ? [] : applied.flat(),
        ...(dryRun ? { migrationsPending: applied.flat() } : {}),
        configPath,
        dryRun,
        scriptName: run.scriptName,
        resourceSet: set,
    };
}

;// CONCATENATED MODULE: ./src/provision/cleanup.ts





/**
 * Deletes the per-PR resources provision created for a closed pull request (`--per-pr-resources`).
 * Only names of that PR's set are candidates, so production and the shared preview set can never
 * match; a resource is ours when the state file recorded it or, on a fresh runner, by that name.
 */
async function cleanupPreviewResources(plan, options, ctx) {
    const set = resourceSet('preview', options.pr, true);
    const session = await openSession(plan, options, ctx);
    const rows = [];
    for (const worker of deployableWorkers(plan)) {
        const bindings = provisionableBindings(worker);
        const names = resourceNames(worker.name, bindings, set);
        const recorded = (await readState(plan.outDir, worker.name)).sets[set]?.resources ?? [];
        const removed = [];
        await allSettledOrThrow(bindings.map(async (binding) => {
            const handler = handlerFor(binding);
            const name = names.get(binding.binding);
            const listed = await session.inventory.get(handler.listKey(binding));
            const existing = listed.find((r) => r.name === name);
            if (!existing)
                return;
            const owned = recorded.find((r) => r.type === binding.type && r.name === name) ?? {
                type: binding.type,
                binding: binding.binding,
                name,
                id: existing.id,
                createdAt: ctx.now().toISOString(),
                ...(binding.type === 'r2' && binding.jurisdiction
                    ? { jurisdiction: binding.jurisdiction }
                    : {}),
            };
            if (!options.dryRun) {
                await handler.remove(session.api, { ...owned, id: existing.id });
                removed.push(owned);
            }
            rows.push({
                binding: binding.binding,
                type: binding.type,
                name,
                id: existing.id,
                outcome: options.dryRun ? 'would delete' : 'deleted',
                ownedByUs: true,
            });
            ctx.log.info(`${worker.name} ${binding.type} ${binding.binding}: ${options.dryRun ? 'would delete' : 'deleted'} ${name}`);
        }));
        if (removed.length > 0)
            await forgetOwned(plan.outDir, worker.name, set, removed);
    }
    return rows;
}

;// CONCATENATED MODULE: ./src/provision/index.ts













/**
 * Makes the account match the plan for one environment: finds or creates each binding's resource,
 * writes `<out>/<worker>/wrangler.<env>.jsonc` with the ids, applies D1 migrations and sets secrets.
 * Every check (token, account, permissions, secrets) runs before the first change.
 */
async function provision(plan, options, ctx) {
    const environment = options.environment ?? 'production';
    const pr = options.pr ?? null;
    if (options.perPrResources && pr === null) {
        throw new errors/* UserError */.y('--per-pr-resources needs the pull request number.', {
            fix: 'Pass --pr N.',
        });
    }
    const workers = deployableWorkers(plan);
    const preview = environment === 'preview';
    const secretValues = (0,secrets/* readSecretValues */.xL)(workers, options.secrets ?? (0,secrets/* secretsFromEnvironment */.$S)(ctx.env), ctx, { preview, fromProduction: options.previewSecretsFromProduction });
    const scriptName = (worker) => (options.scriptName ?? ((w, env) => scriptNameFor(w.name, env)))(worker, environment);
    const withSecrets = workers.filter((w) => w.secrets.length > 0).map(scriptName);
    const files = new Map(workers.map((w) => [w, readWorkerFiles(plan, w)]));
    // Unhandled until provisionWorker awaits them; a failing session must not leave them dangling.
    for (const pending of files.values())
        pending.catch(() => undefined);
    const session = await openSession(plan, options, ctx, withSecrets);
    let wrangler;
    const results = await allSettledOrThrow(workers.map((worker) => provisionWorker(session, {
        plan,
        worker,
        environment,
        set: resourceSet(environment, pr, options.perPrResources ?? false),
        scriptName: scriptName(worker),
        files: files.get(worker),
        dryRun: options.dryRun ?? false,
        secretValues,
        shape: { preview, workerPreview: preview && (options.workerPreview ?? false) },
        locationHint: options.locationHint,
        buildEnv: (0,build_env/* buildEnvFor */.hO)(worker.build, options.buildEnv),
        wrangler: () => (wrangler ??= (0,toolchain_wrangler/* resolveWrangler */.L9)(ctx)),
    }, ctx)));
    return results;
}


/***/ }),

/***/ 9967:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ck: () => (/* binding */ permissionLabel),
/* harmony export */   kx: () => (/* binding */ requiredPermissions)
/* harmony export */ });
/* unused harmony export permissionFor */
function permissionLabel(group, level = 'Edit') {
    return `Account › ${group} › ${level}`;
}
const GROUP_BY_BINDING = {
    kv: 'Workers KV Storage',
    d1: 'D1',
    r2: 'Workers R2 Storage',
    queue: 'Queues',
    hyperdrive: 'Hyperdrive',
};
function permissionFor(type) {
    return GROUP_BY_BINDING[type] ?? null;
}
/**
 * The least-privilege permission list for provisioning, deploying and monitoring this plan: Workers
 * Scripts always, one group per resource type the plan binds, Account Analytics Read for the GraphQL
 * Analytics API (the monitor stage, a gradual rollout's judgement, a preview's view of production:
 * https://developers.cloudflare.com/analytics/graphql-api/getting-started/authentication/api-token-auth/),
 * and Account Settings only to look the account up when none is given.
 */
function requiredPermissions(plan, options) {
    const groups = new Set(['Workers Scripts']);
    for (const worker of plan.workers) {
        for (const binding of worker.bindings) {
            const group = permissionFor(binding.type);
            if (group)
                groups.add(group);
        }
    }
    const labels = [
        ...[...groups].map((g) => permissionLabel(g)),
        permissionLabel('Account Analytics', 'Read'),
    ];
    return options.accountGiven ? labels : [...labels, permissionLabel('Account Settings', 'Read')];
}


/***/ }),

/***/ 488:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ provisionError)
/* harmony export */ });
/* unused harmony export PROVISION_RULES */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

const TOKENS_DOCS = 'https://developers.cloudflare.com/fundamentals/api/get-started/create-token/';
/** Provision rules: stable ids, what went wrong, the docs. Errors carry the id in their message. */
const PROVISION_RULES = {
    C001: { title: 'API token missing or invalid', docs: TOKENS_DOCS },
    C002: { title: 'API token not active', docs: TOKENS_DOCS },
    C003: {
        title: 'account not chosen',
        docs: 'https://developers.cloudflare.com/fundamentals/account/find-account-and-zone-ids/',
    },
    C010: { title: 'API token lacks a permission the plan needs', docs: TOKENS_DOCS },
    C020: {
        title: 'required secret missing',
        docs: 'https://developers.cloudflare.com/workers/configuration/secrets/',
    },
    C022: {
        title: "the tool's own credential requested as a Worker secret",
        docs: 'https://developers.cloudflare.com/workers/configuration/secrets/',
    },
    C021: {
        title: 'Hyperdrive connection string invalid',
        docs: 'https://developers.cloudflare.com/hyperdrive/get-started/',
    },
    C030: {
        title: 'resource name taken by something this tool cannot read',
        docs: 'https://developers.cloudflare.com/workers/wrangler/configuration/#bindings',
    },
    C040: {
        title: 'D1 migration failed',
        docs: 'https://developers.cloudflare.com/d1/reference/migrations/',
    },
    C041: {
        title: 'secret upload failed',
        docs: 'https://developers.cloudflare.com/workers/wrangler/commands/#secret-bulk',
    },
    C050: {
        title: 'cleanup refused',
        docs: 'https://developers.cloudflare.com/workers/configuration/previews/',
    },
    C060: {
        title: "the app's build failed",
        docs: 'https://developers.cloudflare.com/workers/wrangler/custom-builds/',
    },
};
function provisionError(ruleId, message, fix, cause) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${message} [${ruleId}]`, {
        fix: `${fix} (${PROVISION_RULES[ruleId].docs})`,
        cause,
    });
}


/***/ }),

/***/ 119:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J6: () => (/* binding */ uploadChangedSecrets),
/* harmony export */   OJ: () => (/* binding */ secretDigests),
/* harmony export */   P1: () => (/* binding */ SECRET_DIGESTS_VAR),
/* harmony export */   Ss: () => (/* binding */ changedSecrets),
/* harmony export */   V4: () => (/* binding */ digestsIn)
/* harmony export */ });
/* unused harmony export publishedSecrets */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _cloudflare_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6375);
/* harmony import */ var _permissions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9967);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(358);




/**
 * A plain-text var of the Worker that records, per secret, a keyed digest of the value last uploaded.
 * Cloudflare never returns a secret's value, but it returns a var's text (the script settings' bindings:
 * https://developers.cloudflare.com/api/resources/workers/subresources/scripts/subresources/script_and_version_settings/methods/get/),
 * so a fresh runner can tell an unchanged secret from a changed one without any local state.
 */
const SECRET_DIGESTS_VAR = 'DOCKER_TO_WORKERS_SECRET_DIGESTS';
/**
 * HMAC-SHA256 keyed with the API token: whoever reads the var (the Worker's code, a Workers Scripts Read
 * token) cannot test guesses of a value without that token, which already lets its holder deploy code
 * that reads the secrets. A rotated token re-uploads every secret once.
 */
function secretDigests(apiToken, scriptName, values) {
    const hmacKey = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update('docker-to-workers secret digest\0')
        .update(apiToken)
        .digest();
    return Object.fromEntries(Object.keys(values)
        .sort()
        .map((name) => [
        name,
        (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', hmacKey)
            .update(`${scriptName}\0${name}\0${values[name]}`)
            .digest('base64url')
            .slice(0, 22),
    ]));
}
function parseDigests(text) {
    try {
        const parsed = JSON.parse(String(text));
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
            return {};
        return Object.fromEntries(Object.entries(parsed).filter((e) => typeof e[1] === 'string'));
    }
    catch {
        // Edited or truncated: every secret counts as changed.
        return {};
    }
}
/** Null for a Worker that does not exist yet (404): it has no secrets. */
async function unlessMissing(request) {
    try {
        return await request;
    }
    catch (error) {
        if (error instanceof _cloudflare_client_js__WEBPACK_IMPORTED_MODULE_1__/* .CloudflareApiError */ .kx && error.status === 404)
            return null;
        throw error;
    }
}
/**
 * The secret names Cloudflare lists for the Worker (`GET …/scripts/{name}/secrets`, `[{ name, type }]`)
 * and the digests its deployed var holds (`GET …/scripts/{name}/settings`, whose `plain_text` bindings
 * carry their `text`, as wrangler 4.164's convertWorkerMetadataBindingsToFlatBindings reads them).
 */
async function publishedSecrets(api, scriptName) {
    const permission = (0,_permissions_js__WEBPACK_IMPORTED_MODULE_2__/* .permissionLabel */ .Ck)('Workers Scripts');
    const account = { account_id: api.accountId };
    const [secrets, settings] = await Promise.all([
        unlessMissing(api.client.call(`list secrets of Worker ${scriptName}`, async (sdk) => (await sdk.workers.scripts.secrets.list(scriptName, account)).result, { permission })),
        unlessMissing(api.client.call(`read settings of Worker ${scriptName}`, (sdk) => sdk.workers.scripts.scriptAndVersionSettings.get(scriptName, account), { permission })),
    ]);
    return {
        names: new Set((secrets ?? []).map((s) => s.name).filter((n) => Boolean(n))),
        digests: digestsIn(settings?.bindings ?? []),
    };
}
/** The digests a Worker's (or a Preview deployment's) bindings record; none when the var is absent. */
function digestsIn(bindings) {
    const record = bindings.find((b) => b.type === 'plain_text' && b.name === SECRET_DIGESTS_VAR);
    return record && 'text' in record ? parseDigests(record.text) : {};
}
/** The secrets to upload: missing at Cloudflare, or with a value other than the one recorded. */
function changedSecrets(digests, published) {
    return Object.keys(digests).filter((name) => !published.names.has(name) || published.digests[name] !== digests[name]);
}
/**
 * Uploads (`wrangler secret bulk`) only the secrets Cloudflare lacks or whose value changed since the
 * digests were published; returns their names. An unchanged rerun uploads nothing.
 */
async function uploadChangedSecrets(ctx, session, wrangler, configPath, scriptName, secrets) {
    const changed = changedSecrets(secrets.digests, await publishedSecrets(session.api, scriptName));
    const kept = Object.keys(secrets.values).filter((name) => !changed.includes(name));
    if (kept.length > 0) {
        ctx.log.info(`${scriptName}: secrets unchanged at Cloudflare, not uploaded: ${kept.join(', ')}`);
    }
    if (changed.length === 0)
        return [];
    await (0,_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .uploadSecrets */ .lO)(ctx, await wrangler(), configPath, Object.fromEntries(changed.map((name) => [name, secrets.values[name]])), session.wranglerEnv);
    return changed;
}


/***/ }),

/***/ 358:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $S: () => (/* binding */ secretsFromEnvironment),
/* harmony export */   lO: () => (/* binding */ uploadSecrets),
/* harmony export */   xL: () => (/* binding */ readSecretValues)
/* harmony export */ });
/* unused harmony exports SECRETS_LIST_VARIABLE, PREVIEW_PREFIX */
/* harmony import */ var _toolchain_wrangler_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8937);
/* harmony import */ var _toolchain_wrangler_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8581);
/* harmony import */ var _util_credentials_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2970);
/* harmony import */ var _util_redact_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(767);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(488);





/** Names listed in `DOCKER_TO_WORKERS_SECRETS` (comma, space or newline separated): the CLI's env list. */
const SECRETS_LIST_VARIABLE = 'DOCKER_TO_WORKERS_SECRETS';
/**
 * The secret values the workflow passes: the named variables of the environment (`--secret NAME` plus
 * the `DOCKER_TO_WORKERS_SECRETS` list), each with its preview value `PREVIEW_<NAME>` when set.
 * Nothing else of the environment can become a secret.
 */
function secretsFromEnvironment(env, names = []) {
    const listed = (env[SECRETS_LIST_VARIABLE] ?? '').split(/[\s,]+/).filter(Boolean);
    const values = {};
    for (const name of [...names, ...listed]) {
        for (const variable of [name, PREVIEW_PREFIX + name]) {
            const value = env[variable];
            if (value !== undefined && value !== '')
                values[variable] = value;
        }
    }
    return values;
}
/**
 * The repository may ask for a secret but never for the tool's own credentials, under any name; a var
 * is checked the same way (its value is written into the Worker's config).
 */
function refuseToolCredentials(workers, values, ctx) {
    const uploads = [
        ...[...values].map(([name, value]) => ({ kind: 'secret', name, value })),
        ...workers.flatMap((w) => Object.entries(w.vars).map(([name, value]) => ({ kind: 'var', name, value }))),
    ];
    for (const { kind, name, value } of uploads) {
        const carried = (0,_util_credentials_js__WEBPACK_IMPORTED_MODULE_1__/* .isToolCredential */ .WN)(name) ? [name] : (0,_util_credentials_js__WEBPACK_IMPORTED_MODULE_1__/* .credentialsIn */ .Wr)(ctx.env, value);
        if (carried.length === 0)
            continue;
        throw (0,_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .provisionError */ .U)('C022', `The plan asks for the Worker ${kind} ${name}, which ${carried[0] === name ? 'is' : 'carries the value of'} ${carried.join(', ')}: the tool's own credentials are never uploaded to a Worker; nothing was changed.`, `Remove ${name} from docker-to-workers.yml, x-cloudflare or the workflow (the Worker's code must not hold the deploy credentials), or give the Worker a separate, narrower credential under its own name.`);
    }
}
/** The prefix of a secret's preview value: `PREVIEW_DATABASE_URL` is `DATABASE_URL` in previews. */
const PREVIEW_PREFIX = 'PREVIEW_';
/** The variable that holds a secret's value in this scope, tried in order. */
function sourcesOf(name, scope) {
    if (!scope.preview)
        return [name];
    return scope.fromProduction?.includes(name)
        ? [PREVIEW_PREFIX + name, name]
        : [PREVIEW_PREFIX + name];
}
/**
 * The values of a Worker's required secrets (and Hyperdrive connection strings), taken only from the
 * map the workflow passed (the action's `secrets` input, the CLI's `--secret`): a repository file can
 * ask for a secret by name but never supply or select its value. A preview gets `PREVIEW_<NAME>`
 * values (so a preview never receives a production secret or database unless the workflow says so).
 * Every value is registered with ctx.setSecret before anything else sees it. Missing ones fail the
 * run, by name, before any change.
 */
function readSecretValues(workers, provided, ctx, scope = { preview: false }) {
    const names = new Set();
    for (const worker of workers) {
        for (const name of worker.secrets)
            names.add(name);
        for (const b of worker.bindings)
            if (b.type === 'hyperdrive')
                names.add(b.connectionSecret);
    }
    const values = new Map();
    const missing = [];
    for (const name of names) {
        const sources = sourcesOf(name, scope);
        const value = sources
            .map((source) => (Object.hasOwn(provided, source) ? provided[source] : undefined))
            .find(Boolean);
        if ((0,_util_credentials_js__WEBPACK_IMPORTED_MODULE_1__/* .isToolCredential */ .WN)(name) || (value !== undefined && value !== ''))
            values.set(name, value ?? '');
        else
            missing.push(sources[0]);
    }
    refuseToolCredentials(workers, values, ctx);
    for (const value of values.values())
        ctx.setSecret(value);
    if (missing.length > 0) {
        const previewNote = scope.preview
            ? ` Previews read ${PREVIEW_PREFIX}<NAME> so that they never get production values; to let a preview use the production value, name the secret in \`preview-secrets-from-production\` (CLI: --preview-secrets-from-production NAME).`
            : '';
        throw (0,_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .provisionError */ .U)('C020', `Required secret${missing.length > 1 ? 's' : ''} ${missing.join(', ')} not passed by the workflow; nothing was changed.`, `In the action, list ${missing.join(', ')} in the secrets input and set ${missing.length > 1 ? 'their values' : 'its value'} in the step's env; on the command line, pass --secret ${missing.join(' --secret ')} (or list the names in ${SECRETS_LIST_VARIABLE}) with the values in the environment.${previewNote}`);
    }
    return values;
}
/**
 * Sets the Worker's secrets for one environment with `wrangler secret bulk` (values on stdin,
 * never in a file or argv), against the environment's own config, so each environment's Worker
 * gets its own values and a preview never touches production's.
 */
async function uploadSecrets(ctx, wrangler, configPath, values, credentials) {
    const run = await (0,_toolchain_wrangler_js__WEBPACK_IMPORTED_MODULE_0__/* .runWranglerRetrying */ .Mm)(ctx, wrangler, ['secret', 'bulk'], {
        config: configPath,
        cwd: configPath.replace(/[/\\][^/\\]*$/, ''),
        input: JSON.stringify(values),
        env: credentials,
    });
    if (run.exitCode !== 0) {
        const failure = (0,_toolchain_wrangler_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .explainFailure */ .SP)(run);
        throw (0,_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .provisionError */ .U)('C041', `wrangler secret bulk failed for ${Object.keys(values).join(', ')}: ${(0,_util_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .scrubValues */ ._9)(failure.message, Object.values(values))}`, failure.fix);
    }
}


/***/ })

};
