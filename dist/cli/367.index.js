export const id = 367;
export const ids = [367];
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

/***/ 6330:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  monitorCommand: () => (/* binding */ monitorCommand),
  monitorExitCode: () => (/* binding */ monitorExitCode)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/cloudflare/analytics.ts
var analytics = __webpack_require__(3631);
// EXTERNAL MODULE: ./src/deploy/target.ts
var target = __webpack_require__(7474);
// EXTERNAL MODULE: ./src/github/client.ts
var github_client = __webpack_require__(6584);
// EXTERNAL MODULE: ./src/report/deployments.ts
var deployments = __webpack_require__(2238);
// EXTERNAL MODULE: ./src/report/github-reporter.ts + 6 modules
var github_reporter = __webpack_require__(8624);
// EXTERNAL MODULE: ./src/monitor/assess.ts
var assess = __webpack_require__(6566);
;// CONCATENATED MODULE: ./src/monitor/window.ts

const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000 };
/** Cloudflare keeps Workers analytics for about a month of queries (the GraphQL tutorial's limit). */
const MAX_MS = 31 * UNIT_MS.d;
/** `30m`, `1h`, `7d` in milliseconds; `what` names the flag or input in the error. */
function parseDuration(text, what) {
    const match = /^(\d+)\s*([mhd])$/.exec(text.trim());
    const value = match ? Number(match[1]) * UNIT_MS[match[2]] : NaN;
    if (!Number.isFinite(value) || value <= 0 || value > MAX_MS) {
        throw new errors/* UserError */.y(`${what} is '${text}'; expected a duration like 30m, 1h or 7d (at most 31d).`, {
            fix: `Pass ${what} as a number followed by m (minutes), h (hours) or d (days).`,
        });
    }
    return value;
}

;// CONCATENATED MODULE: ./src/monitor/index.ts







const monitored = (plan) => plan.workers.filter((w) => w.verdict !== 'unsupported');
/**
 * Production's health per Worker and version over `[since, now]`: one analytics request for all Workers,
 * judged against the thresholds (the CPU limit defaults to the plan's).
 */
async function monitor(plan, options, ctx) {
    const { client, accountId } = (0,analytics/* analyticsConnection */.zK)(ctx, options);
    const workers = monitored(plan);
    const until = ctx.now();
    const scripts = workers.map((w) => (0,target/* chooseTarget */.bx)(w, 'production', null).scriptName);
    const stats = await (0,analytics/* queryInvocations */.Im)(client, {
        accountId,
        scripts,
        since: options.since,
        until,
    });
    const github = options.github === undefined && !options.uploads
        ? await (0,github_client/* githubFromEnvironment */.B)(ctx)
        : (options.github ?? null);
    const reporter = new github_reporter/* GitHubReporter */.J(github, {}, ctx);
    const results = [];
    for (const [i, worker] of workers.entries()) {
        const deployed = options.uploads?.find((u) => u.worker === worker.name) ??
            (await reporter.productionMetrics((0,deployments/* deploymentEnvironment */.pB)('production', null, worker.name, plan.workers.length)));
        results.push((0,assess/* assessWorker */.$9)({
            worker: worker.name,
            scriptName: scripts[i],
            cpuLimitMs: (0,assess/* cpuLimitMs */.KC)(worker, plan.tier),
            thresholds: (0,assess/* thresholdsFor */.sx)(worker, plan.tier, options.thresholds),
            stats: stats[i],
            deployed,
            since: options.since.toISOString(),
        }));
    }
    return {
        environment: 'production',
        since: options.since.toISOString(),
        until: until.toISOString(),
        apiRequests: 1,
        workers: results,
    };
}

;// CONCATENATED MODULE: ./src/report/monitor.ts

const VERDICT_LABEL = {
    healthy: 'healthy',
    breached: 'THRESHOLD BREACHED',
    'too-little-traffic': 'too little traffic to judge',
};
const msText = (value) => (value === null ? '–' : `${value} ms`);
const rateText = (value) => (value === null ? '–' : (0,assess/* percent */.KN)(value));
const shortVersion = (id) => (id ? id.slice(0, 8) : '(unknown)');
/** `[████░░░░░░] 40 % of 10 ms`: the CPU p99 against the limit. */
function cpuBar(p99, limit, width = 10) {
    if (p99 === null)
        return '–';
    const share = p99 / limit;
    const filled = Math.min(width, Math.round(share * width));
    return `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${Math.round(share * 100)} % of ${limit} ms`;
}
const COLUMNS = [
    {
        head: 'version',
        cell: (v, w) => `${shortVersion(v.version)}${v.version === w.currentVersion ? ' (current)' : ''}`,
    },
    { head: 'requests', cell: (v) => String(v.requests) },
    { head: 'errors', cell: (v) => String(v.errors) },
    { head: 'error rate', cell: (v) => rateText(v.errorRate) },
    { head: 'CPU p50', cell: (v) => msText(v.cpuP50Ms) },
    { head: 'CPU p99 vs limit', cell: (v, w) => cpuBar(v.cpuP99Ms, w.cpuLimitMs) },
    { head: 'wall p50', cell: (v) => msText(v.wallP50Ms) },
    { head: 'wall p99', cell: (v) => msText(v.wallP99Ms) },
    { head: 'subrequests', cell: (v) => String(v.subrequests) },
];
function startup(worker) {
    return worker.startupMs === null
        ? 'start-up time: not recorded (no GitHub deployment of the last upload)'
        : `start-up time: ${worker.startupMs} ms (last upload)`;
}
function textTable(worker) {
    const rows = worker.versions.map((v) => COLUMNS.map((c) => c.cell(v, worker)));
    const widths = COLUMNS.map((c, i) => Math.max(c.head.length, ...rows.map((r) => r[i].length)));
    const line = (cells) => `  ${cells.map((c, i) => c.padEnd(widths[i])).join('  ')}`.trimEnd();
    return rows.length
        ? [line(COLUMNS.map((c) => c.head)), ...rows.map(line)]
        : ['  no invocations in the window'];
}
/** The CLI's text: per Worker a verdict line, a table of versions and the start-up time. */
function renderMonitorText(report) {
    const blocks = report.workers.map((w) => [
        `${w.worker} (${w.scriptName}): ${VERDICT_LABEL[w.verdict]}`,
        `  ${w.summary}`,
        ...textTable(w),
        `  ${startup(w)}`,
    ].join('\n'));
    return [
        `${report.environment} from ${report.since} to ${report.until}`,
        '',
        blocks.join('\n\n'),
    ].join('\n');
}
/** At most `max` points: neighbouring buckets merged (requests summed, the p99 the highest). */
function downsample(series, max = 48) {
    if (series.length <= max)
        return series;
    const size = Math.ceil(series.length / max);
    const merged = [];
    for (let i = 0; i < series.length; i += size) {
        const group = series.slice(i, i + size);
        const requests = group.reduce((n, p) => n + p.requests, 0);
        const errors = group.reduce((n, p) => n + p.errors, 0);
        const p99s = group.map((p) => p.cpuP99Ms).filter((v) => v !== null);
        merged.push({
            at: group[0].at,
            requests,
            errors,
            errorRate: requests ? errors / requests : null,
            cpuP99Ms: p99s.length ? Math.max(...p99s) : null,
        });
    }
    return merged;
}
const label = (iso, daily) => (daily ? iso.slice(5, 10) : iso.slice(11, 16));
/** A Mermaid `xychart-beta` line chart (GitHub renders it in markdown). */
function chart(title, axis, labels, values) {
    const top = Math.max(1, ...values) * 1.1;
    return [
        '```mermaid',
        'xychart-beta',
        `  title "${title}"`,
        `  x-axis [${labels.map((l) => `"${l}"`).join(', ')}]`,
        `  y-axis "${axis}" 0 --> ${Number(top.toFixed(2))}`,
        `  line [${values.map((v) => Number(v.toFixed(3))).join(', ')}]`,
        '```',
    ].join('\n');
}
function markdownTable(worker) {
    const rows = worker.versions.map((v) => `| ${COLUMNS.map((c) => c.cell(v, worker).replace(/\|/g, '\\|')).join(' | ')} |`);
    if (!rows.length)
        return '_No invocations in the window._';
    return [
        `| ${COLUMNS.map((c) => c.head).join(' | ')} |`,
        `|${COLUMNS.map(() => '---').join('|')}|`,
        ...rows,
    ].join('\n');
}
/** The job summary's section: the same tables, plus charts of the CPU p99 and error rate. */
function renderMonitorMarkdown(report) {
    const sections = report.workers.map((w) => {
        const points = downsample(w.series);
        const daily = points.length > 1 && Date.parse(points[1].at) - Date.parse(points[0].at) >= 86_400_000;
        const labels = points.map((p) => label(p.at, daily));
        const charts = points.length
            ? [
                chart(`${w.worker}: CPU p99 (ms), limit ${w.cpuLimitMs} ms`, 'ms', labels, points.map((p) => p.cpuP99Ms ?? 0)),
                chart(`${w.worker}: error rate (%)`, '%', labels, points.map((p) => (p.errorRate ?? 0) * 100)),
            ]
            : [];
        return [
            `### ${w.worker}: ${VERDICT_LABEL[w.verdict]}`,
            w.summary,
            markdownTable(w),
            startup(w),
            ...charts,
        ].join('\n\n');
    });
    return [`## Production health (${report.since} → ${report.until})`, ...sections].join('\n\n');
}

// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
// EXTERNAL MODULE: ./src/cli/flags.ts
var flags = __webpack_require__(7758);
// EXTERNAL MODULE: ./src/cli/planning.ts
var planning = __webpack_require__(1070);
;// CONCATENATED MODULE: ./src/cli/monitor.ts







const monitorCommand = {
    usage: 'Usage: docker-to-workers monitor [DIR] [--env production] [--since 1h] [--json]\n' +
        `         ${flags/* THRESHOLD_USAGE */.k9} [--out DIR] ${flags/* DETECT_USAGE */.AK}\n` +
        'Per Worker and version: requests, errors, CPU and wall time p50/p99 (against the plan’s CPU limit),\n' +
        'subrequests, from Cloudflare’s GraphQL Analytics API. Exits 1 when a threshold is breached, else 3 when\n' +
        'a Worker had too little traffic to judge. Credentials: CLOUDFLARE_API_TOKEN (Account Analytics Read),\n' +
        'CLOUDFLARE_ACCOUNT_ID; with GITHUB_TOKEN it also reads the last deploy’s start-up time.',
    async run(args, ctx) {
        const { values, positionals } = (0,external_node_util_.parseArgs)({
            args,
            allowPositionals: true,
            options: {
                env: { type: 'string' },
                since: { type: 'string' },
                json: { type: 'boolean' },
                out: { type: 'string' },
                ...flags/* THRESHOLD_FLAGS */.Er,
                ...flags/* DETECT_FLAGS */.AW,
            },
        });
        if ((values.env ?? 'production') !== 'production') {
            throw new errors/* UserError */.y(`--env is '${values.env}'; monitor watches production only.`, {
                fix: 'Drop --env, or pass --env production.',
            });
        }
        const since = new Date(ctx.now().getTime() - parseDuration(values.since ?? '1h', '--since'));
        const thresholds = (0,flags/* thresholdsFrom */.pI)(values);
        const plan = await (0,planning/* planFor */.b)(positionals[0] ?? '.', (0,flags/* detectOptionsFrom */._C)(values), values.out, ctx);
        const report = await monitor(plan, { since, thresholds }, ctx);
        (0,command/* printResult */.R)(values.json ?? false, report, () => renderMonitorText(report));
        return monitorExitCode(report);
    },
};
/** 1 when a threshold is breached, else 3 when a Worker had too little traffic to judge, else 0. */
function monitorExitCode(report) {
    if (report.workers.some((w) => w.verdict === 'breached'))
        return 1;
    if (report.workers.some((w) => w.verdict === 'too-little-traffic'))
        return 3;
    return 0;
}


/***/ }),

/***/ 1070:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ preparePlan),
/* harmony export */   b: () => (/* binding */ planFor)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _plan_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4630);
/* harmony import */ var _plan_repository_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3787);




/** detect → plan → write the plan into the output directory: what `check` and `dev` start from. */
async function preparePlan(dir, detectOptions, options, ctx) {
    const plan = await (0,_plan_repository_js__WEBPACK_IMPORTED_MODULE_3__/* .planRepository */ ._)(dir, detectOptions, { noRemedies: options.noRemedies, outDir: options.out, tier: options.tier }, ctx);
    await (0,_plan_index_js__WEBPACK_IMPORTED_MODULE_2__/* .writePlan */ .pD)(plan, ctx);
    return plan;
}
/** The saved plan in the output directory (deploy can run from it), or a fresh, written one. */
async function planFor(dir, detectOptions, out, ctx) {
    const outDir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(out ?? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, _plan_index_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_OUT_DIR */ .vx));
    const saved = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.access)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(outDir, 'plan.json')).then(() => true, () => false);
    if (saved)
        return (0,_plan_index_js__WEBPACK_IMPORTED_MODULE_2__/* .loadPlan */ .Yq)(outDir);
    ctx.log.info(`No saved plan in ${outDir}: running detect and plan.`);
    return preparePlan(dir, detectOptions, { out }, ctx);
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

/***/ 3787:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ planRepository)
/* harmony export */ });
/* harmony import */ var _detect_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8626);
/* harmony import */ var _index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4630);


/**
 * detect → plan for a directory, the way every host starts: other services the compose file builds
 * are detected as apps of their own (`--service`) so each becomes a Worker.
 */
async function planRepository(dir, detectOptions, options, ctx) {
    const app = await (0,_detect_index_js__WEBPACK_IMPORTED_MODULE_0__/* .detect */ .o)(dir, detectOptions, ctx);
    return (0,_index_js__WEBPACK_IMPORTED_MODULE_1__/* .planApp */ .Bu)(app, {
        ...options,
        detectService: (service) => (0,_detect_index_js__WEBPACK_IMPORTED_MODULE_0__/* .detect */ .o)(dir, { ...detectOptions, service: service.name }, ctx),
    }, ctx);
}


/***/ })

};
