export const id = 857;
export const ids = [857];
export const modules = {

/***/ 3631:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Im: () => (/* binding */ queryInvocations),
/* harmony export */   zK: () => (/* binding */ analyticsConnection)
/* harmony export */ });
/* unused harmony exports invocationsQuery, scriptStats, seriesBucket */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6375);


const WEEK_MS = 7 * 24 * 3600_000;
/** The most rows one selection may return (Cloudflare's cap for adaptive datasets). */
const ROW_LIMIT = 10_000;
/**
 * The one query this product sends to Cloudflare's GraphQL Analytics API (`POST <API base>/graphql`).
 * Dataset, filter and fields as Cloudflare documents them in "Querying Workers Metrics with GraphQL"
 * (https://developers.cloudflare.com/analytics/graphql-api/tutorials/querying-workers-metrics/):
 * `workersInvocationsAdaptive(filter: { scriptName, datetime_geq, datetime_leq })` with
 * `sum { requests errors subrequests }`, `quantiles { cpuTimeP50 cpuTimeP99 }` (microseconds) and
 * `dimensions { datetime scriptName status }`. `scriptVersion` (the version id), `datetimeHour`, `date`
 * and `wallTimeP50/P99` belong to the same dataset (its schema, see
 * https://developers.cloudflare.com/analytics/graphql-api/features/discovery/introspection/).
 * One request for every Worker: totals per Worker and version, and (aliased `series`) per Worker and bucket.
 */
function invocationsQuery(bucket) {
    const filter = '{ scriptName_in: $scripts, datetime_geq: $since, datetime_leq: $until }';
    return `query WorkerInvocations($accountTag: string!, $scripts: [string!]!, $since: Time!, $until: Time!) {
  viewer {
    accounts(filter: { accountTag: $accountTag }) {
      workersInvocationsAdaptive(limit: ${ROW_LIMIT}, filter: ${filter}) {
        sum { requests errors subrequests }
        quantiles { cpuTimeP50 cpuTimeP99 wallTimeP50 wallTimeP99 }
        dimensions { scriptName scriptVersion }
      }
      series: workersInvocationsAdaptive(limit: ${ROW_LIMIT}, filter: ${filter}, orderBy: [${bucket}_ASC]) {
        sum { requests errors }
        quantiles { cpuTimeP99 }
        dimensions { scriptName ${bucket} }
      }
    }
  }
}`;
}
const ms = (us) => (us === undefined ? null : Math.round(us / 10) / 100);
const rate = (errors, requests) => (requests > 0 ? errors / requests : null);
function invocationStats(row) {
    return {
        requests: row.sum.requests,
        errors: row.sum.errors,
        errorRate: rate(row.sum.errors, row.sum.requests),
        subrequests: row.sum.subrequests ?? 0,
        cpuP50Ms: ms(row.quantiles.cpuTimeP50),
        cpuP99Ms: ms(row.quantiles.cpuTimeP99),
        wallP50Ms: ms(row.quantiles.wallTimeP50),
        wallP99Ms: ms(row.quantiles.wallTimeP99),
    };
}
function seriesPoint(row, bucket) {
    const at = row.dimensions[bucket] ?? '';
    return {
        at: bucket === 'date' ? `${at}T00:00:00Z` : at,
        requests: row.sum.requests,
        errors: row.sum.errors,
        errorRate: rate(row.sum.errors, row.sum.requests),
        cpuP99Ms: ms(row.quantiles.cpuTimeP99),
    };
}
/** Groups both selections by Worker; Workers without invocations get empty lists. */
function scriptStats(scripts, account, bucket) {
    return scripts.map((scriptName) => {
        const mine = (rows) => (rows ?? []).filter((r) => r.dimensions.scriptName === scriptName);
        const versions = mine(account?.workersInvocationsAdaptive)
            .map((row) => ({ version: row.dimensions.scriptVersion ?? '', ...invocationStats(row) }))
            .sort((a, b) => b.requests - a.requests);
        const series = mine(account?.series)
            .map((row) => seriesPoint(row, bucket))
            .sort((a, b) => a.at.localeCompare(b.at));
        return { scriptName, versions, series };
    });
}
function seriesBucket(since, until) {
    return until.getTime() - since.getTime() <= WEEK_MS ? 'datetimeHour' : 'date';
}
/**
 * Every listed Worker's invocations in the window, per version and per bucket, in one API request.
 * GraphQL reports failures as `errors[]` with HTTP 200; those fail the call with Cloudflare's message.
 * 429 and 5xx are retried by the client like any other call.
 */
async function queryInvocations(client, query) {
    const bucket = seriesBucket(query.since, query.until);
    const name = 'read Workers analytics (GraphQL)';
    const response = await client.call(name, (sdk) => sdk.post('/graphql', {
        body: {
            query: invocationsQuery(bucket),
            variables: {
                accountTag: query.accountId,
                scripts: query.scripts,
                since: query.since.toISOString(),
                until: query.until.toISOString(),
            },
        },
    }), { permission: 'Account › Account Analytics › Read' });
    if (response.errors?.length || !response.data) {
        const detail = (response.errors ?? []).map((e) => e.message).join('; ') || 'no data';
        throw new _client_js__WEBPACK_IMPORTED_MODULE_1__/* .CloudflareApiError */ .kx(`Cloudflare API call "${name}" failed: ${detail}`, name, 200, [], 'Give the API token the permission "Account › Account Analytics › Read" (https://dash.cloudflare.com/profile/api-tokens) and check CLOUDFLARE_ACCOUNT_ID; otherwise read Cloudflare’s message above.', null);
    }
    return scriptStats(query.scripts, response.data.viewer.accounts[0], bucket);
}
/** The Cloudflare client and account from the environment, or a clear error naming what is missing. */
function analyticsConnection(ctx, options) {
    const accountId = ctx.env.CLOUDFLARE_ACCOUNT_ID;
    const apiToken = ctx.env.CLOUDFLARE_API_TOKEN;
    if (!accountId || (!options.client && !apiToken)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${!accountId ? 'CLOUDFLARE_ACCOUNT_ID' : 'CLOUDFLARE_API_TOKEN'} is not set; reading Workers analytics needs both.`, {
            fix: `Set CLOUDFLARE_API_TOKEN (a token with Account › Account Analytics › Read, from ${_client_js__WEBPACK_IMPORTED_MODULE_1__/* .TOKEN_PAGE */ .C8}) and CLOUDFLARE_ACCOUNT_ID.`,
        });
    }
    const client = options.client ??
        (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .createCloudflareClient */ .H1)(ctx, {
            ...options.clientOptions,
            apiToken: apiToken,
            baseUrl: options.clientOptions?.baseUrl ?? (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .apiBaseUrl */ .tj)(ctx.env),
        });
    return { client, accountId };
}


/***/ }),

/***/ 9771:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ workerNames),
/* harmony export */   m: () => (/* binding */ removePreviews)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _provision_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(577);
/* harmony import */ var _toolchain_wrangler_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8937);
/* harmony import */ var _toolchain_wrangler_errors_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8581);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9767);
/* harmony import */ var _target_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7474);
/* harmony import */ var _worker_preview_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4724);
/* harmony import */ var _wrangler_run_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4101);










function isPlan(source) {
    return 'version' in source;
}
/** Runs `use` with a config that only names the Worker: the PR's own config is not checked out. */
async function withNameConfig(scriptName, use) {
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'dtw-cleanup-'));
    try {
        const config = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'wrangler.json');
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(config, JSON.stringify({ name: scriptName, compatibility_date: '2025-01-01' }));
        return await use(config, dir);
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
    }
}
/** Deletes `<name>-pr-N` if it exists (a Worker with an alias preview or a Worker Preview has none). */
async function deletePreviewWorker(ctx, wrangler, scriptName, transcript) {
    return withNameConfig(scriptName, async (config, dir) => {
        const step = { config, cwd: dir, action: `delete the preview Worker ${scriptName}` };
        const run = await (0,_wrangler_run_js__WEBPACK_IMPORTED_MODULE_8__/* .runStep */ .eg)(ctx, wrangler, ['delete', '--name', scriptName, '--force'], step, transcript);
        if ((0,_toolchain_wrangler_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .failedWith */ .Mf)(run, _toolchain_wrangler_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .WORKER_NOT_FOUND */ .ej))
            return false;
        (0,_wrangler_run_js__WEBPACK_IMPORTED_MODULE_8__/* .assertSucceeded */ .sf)(run, step);
        return true;
    });
}
/** The Worker names of a saved plan or of the names given. */
function workerNames(source) {
    return isPlan(source) ? source.workers.map((w) => w.name) : source.workers;
}
/**
 * Removes a closed pull request's previews: the Worker Previews, the separate preview Workers and the
 * per-PR resources provision created (only names of that PR's set). Needs only the saved plan, or just
 * the Worker names. GitHub's side (deployments, comment) is the report stage's.
 */
async function removePreviews(source, options, ctx) {
    const pr = options.pullRequest;
    const plan = isPlan(source) ? source : null;
    const names = workerNames(source);
    const wrangler = options.wrangler ?? (await (0,_toolchain_wrangler_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveWrangler */ .L9)(ctx));
    const result = {
        pullRequest: pr,
        deletedWorkers: [],
        deletedPreviews: [],
        deletedResources: [],
        deactivatedDeployments: 0,
        diagnostics: [],
    };
    const transcript = new _wrangler_run_js__WEBPACK_IMPORTED_MODULE_8__/* .Transcript */ .ju();
    const previewName = (0,_target_js__WEBPACK_IMPORTED_MODULE_6__/* .previewAlias */ .lK)(pr);
    for (const name of names) {
        const scriptName = (0,_target_js__WEBPACK_IMPORTED_MODULE_6__/* .previewWorkerName */ .ow)(name, pr);
        try {
            // A PR may have previews of both kinds when wrangler was upgraded while it was open.
            if ((0,_toolchain_wrangler_js__WEBPACK_IMPORTED_MODULE_4__/* .hasWorkerPreviews */ .Cw)(wrangler) &&
                (await withNameConfig(name, (config, cwd) => (0,_worker_preview_js__WEBPACK_IMPORTED_MODULE_7__/* .deleteWorkerPreview */ .Y)(ctx, wrangler, previewName, { config, cwd, action: `delete the Preview ${previewName} of ${name}` }, transcript)))) {
                result.deletedPreviews.push(`${name}/${previewName}`);
            }
            if (await deletePreviewWorker(ctx, wrangler, scriptName, transcript)) {
                result.deletedWorkers.push(scriptName);
            }
        }
        catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            result.diagnostics.push((0,_rules_js__WEBPACK_IMPORTED_MODULE_5__/* .deployFinding */ .P)('R030', message));
        }
    }
    if (plan) {
        result.deletedResources = await (0,_provision_index_js__WEBPACK_IMPORTED_MODULE_3__/* .cleanupPreviewResources */ .wi)(plan, { ...options.connection, pr }, ctx);
    }
    return result;
}


/***/ }),

/***/ 1873:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ns: () => (/* binding */ checkHealth),
/* harmony export */   gZ: () => (/* binding */ healthUrl),
/* harmony export */   vy: () => (/* binding */ firstHttpsUrl)
/* harmony export */ });
const defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * The first https URL of a list (wrangler's, or ours), the only kind the health check requests. wrangler's
 * deploy targets mix URLs with scheme-less route patterns (`example.com/*`) and custom domains
 * (`api.example.com`), which are not URLs to request and which `new URL` would reject.
 */
function firstHttpsUrl(urls) {
    return (urls?.find((u) => u !== null && /^https:\/\/[^/*]+(?:\/[^*]*)?$/.test(u)) ?? null);
}
/** The healthcheck URL: the path resolved against the deployment's URL (an https URL). */
function healthUrl(baseUrl, path) {
    return new URL(path.startsWith('/') ? path : `/${path}`, baseUrl).href;
}
/**
 * Requests the URL until it answers 2xx/3xx or the attempts run out; reports the last status and the
 * latency of the last attempt. Never throws.
 */
async function checkHealth(url, options) {
    const attempts = options.attempts ?? 5;
    const sleep = options.sleep ?? defaultSleep;
    let result = { url, status: null, latencyMs: null, attempts: 0, ok: false };
    for (let attempt = 1; attempt <= attempts; attempt++) {
        if (attempt > 1)
            await sleep((options.delayMs ?? 2000) * (attempt - 1));
        const started = performance.now();
        try {
            const response = await options.fetch(url, {
                redirect: 'manual',
                signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
                headers: { 'user-agent': 'docker-to-workers-health-check' },
            });
            await response.body?.cancel();
            const latencyMs = Math.round(performance.now() - started);
            const ok = response.status >= 200 && response.status < 400;
            result = { url, status: response.status, latencyMs, attempts: attempt, ok };
        }
        catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            result = { url, status: null, latencyMs: null, attempts: attempt, ok: false, error: message };
        }
        if (result.ok)
            return result;
    }
    return result;
}


/***/ }),

/***/ 4578:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  O1: () => (/* binding */ defaultProvisioner),
  de: () => (/* binding */ deployWorkers),
  uE: () => (/* reexport */ parseRolloutSteps)
});

// UNUSED EXPORTS: removePreviews, targetOptions

// EXTERNAL MODULE: ./src/toolchain/wrangler.ts
var toolchain_wrangler = __webpack_require__(8937);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/provision/index.ts + 18 modules
var provision = __webpack_require__(577);
// EXTERNAL MODULE: ./src/deploy/rules.ts
var rules = __webpack_require__(9767);
// EXTERNAL MODULE: ./src/deploy/target.ts
var deploy_target = __webpack_require__(7474);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/toolchain/wrangler-errors.ts
var wrangler_errors = __webpack_require__(8581);
// EXTERNAL MODULE: ./src/deploy/health.ts
var deploy_health = __webpack_require__(1873);
;// CONCATENATED MODULE: ./src/deploy/result.ts
/** A deploy result with nothing deployed yet: no URLs, versions, health or output. */
function newDeployResult(head) {
    return {
        worker: head.worker,
        scriptName: head.scriptName,
        environment: head.environment,
        mode: head.mode,
        modeReason: head.modeReason,
        status: head.status,
        deploymentUrl: null,
        previewUrl: null,
        previewAliasUrl: null,
        versionId: null,
        previousVersionId: null,
        rolledBack: false,
        health: null,
        migration: { startupMs: null, gzipBytes: null, production: null, kvReadYourWrites: [] },
        commandOutput: '',
        commandStderr: '',
        diagnostics: head.diagnostics,
        durationMs: 0,
    };
}
/** The result for a Worker that was not (or could not be) deployed. */
function skippedResult(worker, environment, status, diagnostic) {
    return newDeployResult({
        worker: worker.name,
        scriptName: worker.name,
        environment,
        mode: 'skipped',
        modeReason: diagnostic.message,
        status,
        diagnostics: [diagnostic],
    });
}

// EXTERNAL MODULE: ./src/cloudflare/analytics.ts
var analytics = __webpack_require__(3631);
// EXTERNAL MODULE: ./src/monitor/assess.ts
var assess = __webpack_require__(6566);
// EXTERNAL MODULE: ./src/deploy/wrangler-run.ts
var wrangler_run = __webpack_require__(4101);
;// CONCATENATED MODULE: ./src/deploy/rollout.ts






const MARKER = 'docker-to-workers rollout of ';
/** Why a Worker cannot be split by percentage, or null when it can. */
function unsplittable(worker) {
    const durableObject = worker.bindings.find((b) => b.type === 'durable-object');
    if (durableObject) {
        return `it binds the Durable Object ${durableObject.binding}: a version with Durable Object migrations cannot be uploaded without deploying, and each object runs one version`;
    }
    if (worker.target === 'container') {
        return 'it runs a Container: container changes roll out with `wrangler deploy`, not by percentage';
    }
    return null;
}
/** Parses `1,10,50,100` into ascending percentages that end at 100. */
function parseRolloutSteps(text, what) {
    const steps = text.split(',').map((s) => Number(s.trim().replace(/%$/, '')));
    const ascending = steps.every((s, i) => i === 0 || s > steps[i - 1]);
    if (!steps.length ||
        steps.some((s) => !Number.isInteger(s) || s <= 0 || s > 100) ||
        !ascending ||
        steps.at(-1) !== 100) {
        throw new errors/* UserError */.y(`${what} is '${text}'; expected ascending percentages ending at 100.`, {
            fix: `Pass ${what} like 10,50,100.`,
        });
    }
    return steps;
}
/** The live deployment (`wrangler deployments status --json`), or null for a Worker never deployed. */
async function liveSplit(ctx, wrangler, scriptName, step) {
    const run = await (0,wrangler_run/* runStep */.eg)(ctx, wrangler, ['deployments', 'status', '--json', '--name', scriptName], step, new wrangler_run/* Transcript */.ju());
    if (run.exitCode !== 0)
        return null;
    try {
        const status = JSON.parse(run.stdout);
        if (!status.versions?.length)
            return null;
        return {
            versions: status.versions,
            message: status.annotations?.['workers/message'] ?? '',
            createdOn: status.created_on ?? null,
        };
    }
    catch {
        return null;
    }
}
class Rollout {
    ctx;
    input;
    step;
    transcript;
    deployResult;
    result;
    sleep;
    constructor(ctx, input, step, transcript, deployResult) {
        this.ctx = ctx;
        this.input = input;
        this.step = step;
        this.transcript = transcript;
        this.deployResult = deployResult;
        this.result = {
            newVersionId: null,
            oldVersionId: null,
            decision: 'promoted',
            finalPercentage: 0,
            steps: [],
            resumed: null,
            reason: '',
        };
        this.sleep = input.rollout.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    }
    /** `versions deploy` with the new version at `percentage` and the old one taking the rest. */
    async split(newId, oldId, percentage, message) {
        const specs = percentage >= 100
            ? [`${newId}@100%`]
            : [`${newId}@${percentage}%`, `${oldId}@${100 - percentage}%`];
        const action = `deploy ${this.input.scriptName} at ${specs.join(' ')}`;
        const run = await (0,wrangler_run/* runStep */.eg)(this.ctx, this.input.wrangler, [
            'versions',
            'deploy',
            ...specs,
            '--name',
            this.input.scriptName,
            '--message',
            message,
            '--yes',
        ], { ...this.step, action }, this.transcript);
        (0,wrangler_run/* assertSucceeded */.sf)(run, { ...this.step, action });
    }
    /** The new and old version's invocations since `since`, from one analytics request. */
    async stats(since, newId, oldId) {
        const { client, accountId } = this.input.rollout.analytics;
        const [script] = await (0,analytics/* queryInvocations */.Im)(client, {
            accountId,
            scripts: [this.input.scriptName],
            since,
            until: this.ctx.now(),
        });
        const find = (id) => script?.versions.find((v) => v.version === id);
        return [find(newId), find(oldId)];
    }
    /** Too little traffic: the new version alone answers the health check (its preview URL). */
    async healthOf(previewUrl) {
        if (!previewUrl) {
            return { ok: false, note: 'and the new version has no preview URL to health-check' };
        }
        const health = await (0,deploy_health/* checkHealth */.Ns)((0,deploy_health/* healthUrl */.gZ)(previewUrl, this.input.worker.healthcheckPath), {
            ...this.input.health,
            fetch: this.ctx.fetch,
        });
        this.deployResult.health = health;
        const answer = health.status === null ? (health.error ?? 'no answer') : `HTTP ${health.status}`;
        return {
            ok: health.ok,
            note: `so the health check decided: ${health.url} answered ${answer}`,
        };
    }
    /** Runs one step: split, wait, judge. Returns false when it rolled back. */
    async advance(newId, oldId, percentage, previewUrl) {
        const { rollout } = this.input;
        const last = percentage >= 100;
        await this.split(newId, oldId, percentage, `${MARKER}${newId} at ${percentage}%`);
        this.result.finalPercentage = percentage;
        if (last) {
            return this.record({
                percentage,
                outcome: 'promoted',
                judgedBy: 'nothing (last step)',
                newStats: null,
                oldStats: null,
                note: `${newId} serves 100 % of traffic`,
            });
        }
        const started = this.ctx.now();
        await this.sleep(rollout.waitSeconds * 1000);
        const [newStats, oldStats] = await this.stats(started, newId, oldId);
        const comparison = (0,assess/* compareVersions */.Zy)(newStats, oldStats, rollout.thresholds);
        let ok = comparison.verdict === 'no-worse';
        let note = comparison.summary;
        let judgedBy = 'analytics';
        if (comparison.verdict === 'too-little-traffic') {
            const health = await this.healthOf(previewUrl);
            ok = health.ok;
            judgedBy = 'health check';
            note = `${comparison.summary}, ${health.note}`;
            this.deployResult.diagnostics.push((0,rules/* deployFinding */.P)('R052', `${this.input.worker.name} at ${percentage} %: ${note}.`));
        }
        if (!ok) {
            await this.split(oldId, newId, 100, `docker-to-workers rollback of ${newId}`);
            this.result.finalPercentage = 0;
            this.result.decision = 'rolled-back';
            const metric = comparison.failing.map((f) => f.metric).join(' and ') || 'health check';
            this.result.reason = `rolled back from ${newId} to ${oldId} at ${percentage} % because of the ${metric}: ${note}`;
            this.deployResult.rolledBack = true;
            this.deployResult.status = 'failed';
            this.deployResult.diagnostics.push((0,rules/* deployFinding */.P)('R051', `${this.input.worker.name}: ${this.result.reason}.`));
        }
        return this.record({
            percentage,
            outcome: ok ? 'promoted' : 'rolled-back',
            judgedBy,
            newStats: newStats ?? null,
            oldStats: oldStats ?? null,
            note,
        });
    }
    async record(step) {
        this.result.steps.push(step);
        this.ctx.log.info(`${this.input.worker.name} rollout ${step.percentage} %: ${step.outcome} (${step.note})`);
        await this.input.onStep?.(step, this.result);
        return step.outcome === 'promoted';
    }
    /** Walks the steps from the first; stops at the first rollback. */
    async walk(newId, oldId, previewUrl, steps) {
        this.result.newVersionId = newId;
        this.result.oldVersionId = oldId;
        for (const percentage of steps) {
            try {
                if (!(await this.advance(newId, oldId, percentage, previewUrl)))
                    return;
            }
            catch (error) {
                if (error instanceof errors/* UserError */.y)
                    await this.revertAfter(error, newId, oldId, percentage);
                throw error;
            }
        }
        this.result.decision = 'promoted';
        this.result.reason = `promoted ${newId} to 100 % in ${steps.length} step${steps.length === 1 ? '' : 's'} (${steps.join(', ')} %), replacing ${oldId}`;
        this.deployResult.diagnostics.push((0,rules/* deployFinding */.P)('R050', `${this.input.worker.name}: ${this.result.reason}.`));
    }
    /** A step that could not be judged (the analytics failed) never leaves traffic split. */
    async revertAfter(error, newId, oldId, percentage) {
        if (this.result.finalPercentage === 0 || this.result.finalPercentage >= 100)
            return;
        await this.split(oldId, newId, 100, `docker-to-workers rollback of ${newId}`);
        this.result.finalPercentage = 0;
        this.result.decision = 'rolled-back';
        this.result.reason = `rolled back from ${newId} to ${oldId} at ${percentage} % because the step could not be judged: ${error.message}`;
        this.deployResult.rolledBack = true;
    }
    /**
     * A split left by an interrupted run: the newer version (named in our deployment message, else the
     * smaller share) is judged over the time since that split; it is finished (100 %) or reverted (0 %).
     */
    async resolveInterrupted(split) {
        const sorted = [...split.versions].sort((a, b) => a.percentage - b.percentage);
        const named = split.message.startsWith(MARKER)
            ? split.versions.find((v) => split.message.includes(v.version_id))
            : undefined;
        const candidate = named ?? sorted[0];
        const other = split.versions.find((v) => v !== candidate);
        // Since the split was made, and at least one step's wait back.
        const stepStart = this.ctx.now().getTime() - this.input.rollout.waitSeconds * 1000;
        const made = split.createdOn ? Date.parse(split.createdOn) : NaN;
        const since = new Date(Number.isNaN(made) ? stepStart : Math.min(made, stepStart));
        const [newStats, oldStats] = await this.stats(since, candidate.version_id, other.version_id);
        const comparison = (0,assess/* compareVersions */.Zy)(newStats, oldStats, this.input.rollout.thresholds);
        const finish = comparison.verdict === 'no-worse';
        const [winner, loser] = finish ? [candidate, other] : [other, candidate];
        await this.split(winner.version_id, loser.version_id, 100, `docker-to-workers: ${finish ? 'finished' : 'reverted'} an interrupted rollout`);
        const what = `found traffic split between ${candidate.version_id} (${candidate.percentage} %) and ${other.version_id} (${other.percentage} %), left by an interrupted rollout; ${finish ? 'finished it' : 'reverted it'}: ${winner.version_id} now serves 100 % (${comparison.summary})`;
        this.result.resumed = what;
        this.deployResult.diagnostics.push((0,rules/* deployFinding */.P)('R054', `${this.input.worker.name}: ${what}.`));
        return winner.version_id;
    }
}
/**
 * Resolves a split an interrupted run left, then returns the version serving all traffic (null for a
 * Worker never deployed) and the controller for this run's steps.
 */
async function startRollout(ctx, input, step, transcript, result) {
    const rollout = new Rollout(ctx, input, step, transcript, result);
    result.rollout = rollout.result;
    const split = await liveSplit(ctx, input.wrangler, input.scriptName, step);
    let liveVersion = split?.versions[0]?.version_id ?? null;
    if (split && split.versions.length > 1)
        liveVersion = await rollout.resolveInterrupted(split);
    return {
        liveVersion,
        controller: {
            walk: (newId, oldId, previewUrl) => rollout.walk(newId, oldId, previewUrl, input.rollout.steps),
            atOnce: (reason) => {
                rollout.result.decision = 'deployed-at-once';
                rollout.result.finalPercentage = 100;
                rollout.result.reason = reason;
                result.diagnostics.push((0,rules/* deployFinding */.P)('R053', `${input.worker.name}: ${reason}.`));
            },
        },
    };
}

// EXTERNAL MODULE: ./src/deploy/worker-preview.ts
var worker_preview = __webpack_require__(4724);
;// CONCATENATED MODULE: ./src/deploy/worker.ts












function record(run, type) {
    return run.records.find((r) => r.type === type) ?? null;
}
/** Gzip size of what wrangler uploaded (its `--outdir`), source maps excluded. */
async function gzipSize(dir) {
    const entries = await (0,promises_.readdir)(dir, { recursive: true, withFileTypes: true }).catch(() => null);
    if (!entries)
        return null;
    let total = 0;
    for (const entry of entries) {
        if (!entry.isFile() || entry.name.endsWith('.map'))
            continue;
        total += (0,external_node_zlib_.gzipSync)(await (0,promises_.readFile)((0,external_node_path_.join)(entry.parentPath, entry.name))).length;
    }
    return total;
}
/**
 * The version production served before `newVersionId` (the one deployed before it, by `wrangler deployments
 * list --json`, oldest first), or null for a Worker with no earlier deployment. Asked only when a rollback
 * needs it, so a healthy deploy starts one wrangler process fewer.
 */
async function versionBefore(ctx, input, newVersionId, step, transcript) {
    const run = await (0,wrangler_run/* runStep */.eg)(ctx, input.wrangler, ['deployments', 'list', '--json', '--name', input.target.scriptName], step, new wrangler_run/* Transcript */.ju());
    if (run.exitCode !== 0) {
        transcript.stderr += run.stderr;
        return null;
    }
    try {
        const deployments = JSON.parse(run.stdout);
        const ours = deployments.findIndex((d) => d.versions.some((v) => v.version_id === newVersionId));
        const earlier = ours === -1 ? deployments : deployments.slice(0, ours);
        const versions = [...(earlier.at(-1)?.versions ?? [])].sort((a, b) => b.percentage - a.percentage);
        return versions[0]?.version_id ?? null;
    }
    catch {
        return null;
    }
}
/**
 * The upload itself: `versions upload --preview-alias` for an alias preview (falling back to a
 * separate preview Worker when the Worker was never deployed), `deploy` otherwise.
 */
async function uploadWorker(ctx, input, result, { step, transcript, uploadDir, message, rollout }) {
    const { worker, target } = input;
    let run;
    if (target.mode === 'worker-preview' && target.alias) {
        return (0,worker_preview/* uploadWorkerPreview */.u)(ctx, {
            wrangler: input.wrangler,
            workerName: worker.name,
            previewName: target.alias,
            message,
            secrets: input.previewSecrets,
            step,
            transcript,
        }, result);
    }
    if (target.mode === 'preview-alias' && target.alias) {
        run = await (0,wrangler_run/* runStep */.eg)(ctx, input.wrangler, [
            'versions',
            'upload',
            '--preview-alias',
            target.alias,
            '--outdir',
            uploadDir,
            '--message',
            message,
        ], step, transcript);
        if ((0,wrangler_errors/* isNewWorker */.no)(run) && input.pullRequest) {
            // The Worker has never been deployed, so it has no versions to alias: use a preview Worker.
            result.mode = 'preview-worker';
            result.scriptName = (0,deploy_target/* previewWorkerName */.ow)(worker.name, input.pullRequest);
            result.modeReason = `${worker.name} has no production deployment yet to attach a preview alias to`;
            result.diagnostics.push((0,rules/* deployFinding */.P)('R001', `${worker.name}: preview deployed as a separate Worker because ${result.modeReason}.`));
            run = await (0,wrangler_run/* runStep */.eg)(ctx, input.wrangler, ['deploy', '--name', result.scriptName, '--outdir', uploadDir, '--message', message], step, transcript);
        }
    }
    else if (rollout?.gradual) {
        result.previousVersionId = rollout.liveVersion;
        run = await (0,wrangler_run/* runStep */.eg)(ctx, input.wrangler, ['versions', 'upload', '--outdir', uploadDir, '--message', message], step, transcript);
    }
    else {
        if (target.mode === 'production')
            result.previousVersionId = rollout?.liveVersion ?? null;
        const name = target.mode === 'preview-worker' ? ['--name', target.scriptName] : [];
        run = await (0,wrangler_run/* runStep */.eg)(ctx, input.wrangler, ['deploy', ...name, '--outdir', uploadDir, '--message', message], step, transcript);
    }
    return run;
}
/** Uploads one Worker to its target, checks its health and, in production, rolls back on failure. */
async function deployWorker(ctx, input) {
    const started = performance.now();
    const { worker, target } = input;
    const transcript = new wrangler_run/* Transcript */.ju();
    const uploadDir = (0,external_node_path_.join)((0,external_node_path_.dirname)(input.configPath), 'upload');
    await (0,promises_.rm)(uploadDir, { recursive: true, force: true });
    const step = {
        config: input.configPath,
        cwd: (0,external_node_path_.dirname)(input.configPath),
        action: `deploy ${target.scriptName} (${input.environment})`,
    };
    const result = newDeployResult({
        worker: worker.name,
        scriptName: target.scriptName,
        environment: input.environment,
        mode: target.mode,
        modeReason: target.modeReason,
        status: 'ready',
        diagnostics: [...target.diagnostics],
    });
    const message = input.pullRequest
        ? `docker-to-workers PR #${input.pullRequest}`
        : 'docker-to-workers';
    try {
        const rollout = await prepareRollout(ctx, input, step, transcript, result);
        const run = await uploadWorker(ctx, input, result, {
            step,
            transcript,
            uploadDir,
            message,
            rollout,
        });
        (0,wrangler_run/* assertSucceeded */.sf)(run, step);
        if (target.mode !== 'worker-preview') {
            const upload = record(run, 'version-upload');
            const deployed = record(run, 'deploy');
            result.versionId = upload?.version_id ?? deployed?.version_id ?? null;
            result.previewUrl = upload?.preview_url ?? null;
            result.previewAliasUrl = upload?.preview_alias_url ?? null;
            result.deploymentUrl = (0,deploy_health/* firstHttpsUrl */.vy)(deployed?.targets);
        }
        result.migration.startupMs = (0,wrangler_run/* reportedStartupMs */.BB)(run.stdout);
        result.migration.gzipBytes = await gzipSize(uploadDir);
        await input.onUploaded?.(result);
        if (rollout?.gradual && result.versionId && rollout.liveVersion) {
            const previewUrl = (0,deploy_health/* firstHttpsUrl */.vy)([result.previewUrl]);
            await rollout.controller.walk(result.versionId, rollout.liveVersion, previewUrl);
            return result;
        }
        if (rollout)
            rollout.controller.atOnce(rollout.atOnceReason);
        // Only an https URL is requested: never a route or custom domain wrangler wrote without a scheme.
        const url = (0,deploy_health/* firstHttpsUrl */.vy)([result.previewAliasUrl, result.previewUrl, result.deploymentUrl]);
        if (input.healthCheck && url) {
            result.health = await (0,deploy_health/* checkHealth */.Ns)((0,deploy_health/* healthUrl */.gZ)(url, worker.healthcheckPath), {
                ...input.health,
                fetch: ctx.fetch,
            });
            if (!result.health.ok)
                await onUnhealthy(ctx, input, step, transcript, result, result.health);
        }
        else if (input.healthCheck) {
            result.diagnostics.push((0,rules/* deployFinding */.P)('R023', `${worker.name}: not health-checked, wrangler reported no https URL for ${result.scriptName} (only routes or custom domains, or workers.dev off).`));
        }
    }
    catch (error) {
        if (!(error instanceof errors/* UserError */.y))
            throw error;
        result.status = 'failed';
        result.diagnostics.push((0,rules/* deployFinding */.P)('R010', error.message, { fix: error.fix }));
    }
    finally {
        result.commandOutput = transcript.stdout;
        result.commandStderr = transcript.stderr;
        result.durationMs = Math.round(performance.now() - started);
    }
    return result;
}
/**
 * For a production rollout: resolves a split an earlier run left, and decides whether this Worker can
 * be split by percentage (not with Durable Object migrations or Containers, nor on its first deploy).
 */
async function prepareRollout(ctx, input, step, transcript, result) {
    if (!input.rollout || input.target.mode !== 'production')
        return null;
    const { controller, liveVersion } = await startRollout(ctx, {
        worker: input.worker,
        scriptName: input.target.scriptName,
        wrangler: input.wrangler,
        health: input.health,
        rollout: input.rollout,
        onStep: input.onRolloutStep,
    }, step, transcript, result);
    const blocker = unsplittable(input.worker);
    const atOnceReason = blocker
        ? `cannot be rolled out by percentage because ${blocker}; deployed at once after the health check`
        : 'first deploy, no earlier version to split traffic with; deployed at once after the health check';
    return { controller, liveVersion, gradual: !blocker && liveVersion !== null, atOnceReason };
}
function describeHealth(health) {
    const answer = health.status === null ? (health.error ?? 'no answer') : `HTTP ${health.status}`;
    return `health check of ${health.url} failed (${answer} after ${health.attempts} attempt${health.attempts === 1 ? '' : 's'})`;
}
async function onUnhealthy(ctx, input, step, transcript, result, health) {
    result.status = 'failed';
    const what = `${result.worker}: ${describeHealth(health)}`;
    if (result.mode !== 'production') {
        result.diagnostics.push((0,rules/* deployFinding */.P)('R020', `${what}. Production is not affected.`));
        return;
    }
    if (input.rollback && !result.previousVersionId) {
        result.previousVersionId = await versionBefore(ctx, input, result.versionId, step, transcript);
    }
    const previous = result.previousVersionId;
    if (!input.rollback || !previous) {
        const why = !input.rollback
            ? '--no-rollback was given'
            : 'there is no earlier version to roll back to';
        result.diagnostics.push((0,rules/* deployFinding */.P)('R022', `${what}; version ${result.versionId ?? '?'} stays live because ${why}.`));
        return;
    }
    const rollback = await (0,wrangler_run/* runStep */.eg)(ctx, input.wrangler, [
        'rollback',
        previous,
        '--name',
        result.scriptName,
        '--message',
        'docker-to-workers: failed health check',
        '--yes',
    ], { ...step, action: `roll back ${result.scriptName} to ${previous}` }, transcript);
    (0,wrangler_run/* assertSucceeded */.sf)(rollback, { ...step, action: `roll back ${result.scriptName} to ${previous}` });
    result.rolledBack = true;
    if (result.rollout)
        Object.assign(result.rollout, { decision: 'rolled-back', finalPercentage: 0 });
    result.diagnostics.push((0,rules/* deployFinding */.P)('R021', `${what}; rolled back from version ${result.versionId ?? '?'} to the previous version ${previous}.`));
}

// EXTERNAL MODULE: ./src/deploy/cleanup.ts
var cleanup = __webpack_require__(9771);
;// CONCATENATED MODULE: ./src/deploy/index.ts











/** The provision options that follow from where deploy uploads each Worker. */
function targetOptions(plan, target) {
    return {
        scriptName: (worker) => target(worker).scriptName,
        workerPreview: plan.workers.some((worker) => target(worker).mode === 'worker-preview'),
    };
}
/** Provision through src/provision, each Worker's config naming the script deploy uploads to. */
function defaultProvisioner(options = {}) {
    return (plan, environment, pullRequest, ctx, target) => (0,provision/* provision */.mg)(plan, { ...options, environment, pr: pullRequest, ...targetOptions(plan, target) }, ctx);
}
const NO_EVENTS = {
    building: async () => { },
    provisionFailed: async () => { },
    uploaded: async () => { },
    rolloutStep: async () => { },
    workerDone: async () => { },
    done: async () => { },
};
const LIVE_WINDOW_MS = 3_600_000;
/**
 * Production's busiest version per Worker over the last hour (one analytics request), for a preview's
 * comment. Best effort: without the analytics permission the comment simply has no such figures.
 */
async function productionLive(workers, ctx) {
    const live = new Map();
    const since = new Date(ctx.now().getTime() - LIVE_WINDOW_MS);
    try {
        const { client, accountId } = (0,analytics/* analyticsConnection */.zK)(ctx, {});
        const scripts = workers.map((w) => (0,deploy_target/* chooseTarget */.bx)(w, 'production', null).scriptName);
        const stats = await (0,analytics/* queryInvocations */.Im)(client, { accountId, scripts, since, until: ctx.now() });
        for (const [i, worker] of workers.entries()) {
            const busiest = stats[i]?.versions[0];
            if (busiest)
                live.set(worker.name, { ...busiest, since: since.toISOString() });
        }
    }
    catch (error) {
        if (!(error instanceof errors/* UserError */.y))
            throw error;
        ctx.log.warn(`Production analytics for the comment are not available: ${error.message}`);
    }
    return live;
}
/** The rollout settings for one Worker (its CPU limit is its own), with the analytics connection. */
function rolloutFor(worker, plan, gradual, ctx) {
    return {
        steps: gradual.steps,
        waitSeconds: gradual.waitSeconds,
        thresholds: (0,assess/* thresholdsFor */.sx)(worker, plan.tier, gradual.thresholds),
        analytics: (0,analytics/* analyticsConnection */.zK)(ctx, { clientOptions: gradual.clientOptions }),
        sleep: gradual.sleep,
    };
}
function configFor(results, worker) {
    const found = results.find((r) => r.worker === worker);
    if (!found) {
        throw new errors/* UserError */.y(`Provisioning returned no deploy config for the Worker ${worker}.`, {
            fix: 'Run `docker-to-workers provision` for this environment and check its output.',
        });
    }
    return found.configPath;
}
/** A Worker Preview's secret values: `PREVIEW_<NAME>`, production's only where the workflow allows it. */
function previewSecretValues(worker, options, ctx) {
    const provided = options.secrets ?? (0,provision/* secretsFromEnvironment */.$S)(ctx.env);
    const values = (0,provision/* readSecretValues */.xL)([{ ...worker, bindings: [] }], provided, ctx, {
        preview: true,
        fromProduction: options.previewSecretsFromProduction,
    });
    return Object.fromEntries(values);
}
/**
 * Start-up time and gzip size from this run's check. `wrangler preview` prints no start-up time and writes no
 * bundle to measure, so a Worker Preview's figures must come from check (wrangler's CPU profile of the same
 * bundle, and its size); production takes check's start-up too when there is one, so the comment compares a
 * preview with production by one measure. Without a check, what wrangler printed stands.
 */
function withCheckedFigures(result, checks) {
    const checked = checks?.find((c) => c.worker === result.worker);
    result.migration.startupMs = checked?.startup?.cpuMs ?? result.migration.startupMs;
    result.migration.gzipBytes ??= checked?.bundle?.gzipBytes ?? null;
}
/** One Worker: upload, health and rollback, announced to the events as it goes. */
async function deployOne(worker, run, ctx) {
    const target = run.target(worker);
    const input = {
        worker,
        target,
        configPath: configFor(run.provisioned, worker.name),
        environment: run.options.environment,
        pullRequest: run.pr,
        rollback: run.options.rollback ?? true,
        healthCheck: run.options.healthCheck ?? true,
        health: run.options.health ?? {},
        wrangler: run.wrangler,
        previewSecrets: target.mode === 'worker-preview' ? previewSecretValues(worker, run.options, ctx) : {},
        onUploaded: (uploaded) => {
            withCheckedFigures(uploaded, run.options.checks);
            return run.events.uploaded(worker, uploaded);
        },
        rollout: run.options.environment === 'production' && run.options.rollout
            ? rolloutFor(worker, run.plan, run.options.rollout, ctx)
            : null,
        onRolloutStep: (step) => run.events.rolloutStep(worker, step),
    };
    let result;
    try {
        result = await deployWorker(ctx, input);
    }
    catch (error) {
        // The reporter closes what it opened for this Worker (never "in progress"); then the host reports it.
        await run.events.workerDone(worker, {
            error: error instanceof Error ? error.message : String(error),
        });
        throw error;
    }
    result.migration.productionLive = run.live.get(worker.name) ?? null;
    await run.events.workerDone(worker, { result });
    return result;
}
/**
 * Deploys every Worker of the plan to production or to a pull request's preview, checks health and rolls
 * production back on failure; `options.events` hears each step. Fork pull requests are never deployed.
 */
async function deployWorkers(plan, options, ctx) {
    const events = options.events ?? NO_EVENTS;
    const pr = options.pullRequest ?? null;
    if (options.environment === 'preview' && pr === null) {
        throw new errors/* UserError */.y('A preview deploy needs a pull request number.', {
            fix: 'Pass --pr N, or run on a pull_request event.',
        });
    }
    if (options.environment === 'preview' && options.fork) {
        const results = plan.workers.map((w) => skippedResult(w, 'preview', 'skipped (fork)', (0,rules/* deployFinding */.P)('R003', `${w.name}: pull request #${pr} comes from a fork; it is not deployed because secrets are not available to untrusted code.`)));
        await events.done(results);
        return results;
    }
    const deployable = plan.workers.filter((w) => w.verdict !== 'unsupported');
    const wrangler = options.wrangler ?? (await (0,toolchain_wrangler/* resolveWrangler */.L9)(ctx));
    const workerPreviews = (0,toolchain_wrangler/* hasWorkerPreviews */.Cw)(wrangler);
    const target = (worker) => (0,deploy_target/* chooseTarget */.bx)(worker, options.environment, pr, workerPreviews);
    await events.building(deployable);
    let provisioned = [];
    try {
        if (deployable.length) {
            const secretOptions = {
                secrets: options.secrets,
                previewSecretsFromProduction: options.previewSecretsFromProduction,
                buildEnv: options.buildEnv,
            };
            provisioned = await (options.provisioner ?? defaultProvisioner(secretOptions))(plan, options.environment, pr, ctx, target);
        }
    }
    catch (error) {
        // Leave no row "building" forever: say it failed, then let the host report the error.
        if (error instanceof errors/* UserError */.y)
            await events.provisionFailed(deployable, error.message);
        throw error;
    }
    const live = options.environment === 'preview' && options.productionAnalytics !== false
        ? await productionLive(deployable, ctx)
        : new Map();
    const results = [];
    for (const worker of plan.workers) {
        if (worker.verdict === 'unsupported') {
            results.push(skippedResult(worker, options.environment, 'skipped', (0,rules/* deployFinding */.P)('R004', `${worker.name}: not deployed, the plan's verdict is unsupported (${worker.verdictReason}).`)));
            continue;
        }
        results.push(await deployOne(worker, { plan, live, options, events, pr, provisioned, wrangler, target }, ctx));
    }
    await events.done(results);
    return results;
}


/***/ }),

/***/ 4724:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ deleteWorkerPreview),
/* harmony export */   u: () => (/* binding */ uploadWorkerPreview)
/* harmony export */ });
/* harmony import */ var _cloudflare_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6375);
/* harmony import */ var _provision_secret_digests_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(119);
/* harmony import */ var _toolchain_wrangler_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8581);
/* harmony import */ var _health_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1873);
/* harmony import */ var _wrangler_run_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4101);





/**
 * The Preview's latest deployment (`GET …/previews/{name}/deployments/latest`, as wrangler's
 * deploy-helpers/src/preview/api.ts `getPreviewDeployment`): after `preview secret bulk` it is the one with
 * the secrets, whose URL wrangler prints but writes to no output file. Null when it cannot be read.
 */
async function latestDeployment(ctx, workerName, previewName) {
    const account = ctx.env.CLOUDFLARE_ACCOUNT_ID;
    const token = ctx.env.CLOUDFLARE_API_TOKEN;
    if (!account || !token)
        return null;
    const url = `${(0,_cloudflare_client_js__WEBPACK_IMPORTED_MODULE_0__/* .apiBaseUrl */ .tj)(ctx.env)}/accounts/${account}/workers/workers/${encodeURIComponent(workerName)}/previews/${encodeURIComponent(previewName)}/deployments/latest`;
    try {
        const response = await ctx.fetch(url, {
            headers: { authorization: `Bearer ${token}` },
            signal: AbortSignal.timeout(30_000),
        });
        const body = (await response.json());
        return body.success && body.result ? body.result : null;
    }
    catch {
        return null;
    }
}
/**
 * The secrets the Preview lacks or whose value changed since its latest deployment recorded their digests
 * (the var provision writes into the `previews` block); all of them for a new Preview.
 */
function changedPreviewSecrets(ctx, upload, latest) {
    const names = Object.keys(upload.secrets);
    if (!latest)
        return names;
    const env = Object.entries(latest.env ?? {}).map(([name, binding]) => ({ name, ...binding }));
    const digests = (0,_provision_secret_digests_js__WEBPACK_IMPORTED_MODULE_1__/* .secretDigests */ .OJ)(ctx.env.CLOUDFLARE_API_TOKEN ?? '', upload.workerName, upload.secrets);
    return (0,_provision_secret_digests_js__WEBPACK_IMPORTED_MODULE_1__/* .changedSecrets */ .Ss)(digests, {
        names: new Set(env.filter((b) => b.type === 'secret_text').map((b) => b.name)),
        digests: (0,_provision_secret_digests_js__WEBPACK_IMPORTED_MODULE_1__/* .digestsIn */ .V4)(env),
    });
}
/** `wrangler preview secret bulk --name pr-N` for the named secrets (values on stdin). */
async function setPreviewSecrets(ctx, upload, names) {
    const { wrangler, previewName, message, step, transcript } = upload;
    const secretsStep = { ...step, action: `set the secrets of the Preview ${previewName}` };
    const secrets = await (0,_wrangler_run_js__WEBPACK_IMPORTED_MODULE_2__/* .runStep */ .eg)(ctx, wrangler, ['preview', 'secret', 'bulk', '--name', previewName, '--message', `${message}: secrets`], secretsStep, transcript, JSON.stringify(Object.fromEntries(names.map((name) => [name, upload.secrets[name]]))));
    (0,_wrangler_run_js__WEBPACK_IMPORTED_MODULE_2__/* .assertSucceeded */ .sf)(secrets, secretsStep);
}
/**
 * Creates or updates the Worker Preview `pr-N` (`wrangler preview --name pr-N`) and sets only the secrets it
 * lacks or whose value changed (`wrangler preview secret bulk --name pr-N`). An existing Preview gets them
 * first: `wrangler preview` then carries every secret of the latest deployment over (`inherit`, wrangler
 * 4.164's preview deployment request) and records the new digests, so a digest never describes a secret
 * that failed to upload. A new Preview gets them after, which makes a new deployment of the same code that
 * has them. Fills in the Preview URL (`previewAliasUrl`), the Deployment URL (`previewUrl`) and the
 * deployment id (`versionId`). Production's secrets and deployments are never touched.
 */
async function uploadWorkerPreview(ctx, upload, result) {
    const { wrangler, previewName, message, step, transcript } = upload;
    const before = Object.keys(upload.secrets).length
        ? await latestDeployment(ctx, upload.workerName, previewName)
        : null;
    const changed = changedPreviewSecrets(ctx, upload, before);
    const kept = Object.keys(upload.secrets).filter((name) => !changed.includes(name));
    if (kept.length > 0) {
        ctx.log.info(`Preview ${previewName}: secrets unchanged, not uploaded: ${kept.join(', ')}`);
    }
    if (before && changed.length > 0)
        await setPreviewSecrets(ctx, upload, changed);
    const run = await (0,_wrangler_run_js__WEBPACK_IMPORTED_MODULE_2__/* .runStep */ .eg)(ctx, wrangler, ['preview', '--name', previewName, '--message', message], step, transcript);
    (0,_wrangler_run_js__WEBPACK_IMPORTED_MODULE_2__/* .assertSucceeded */ .sf)(run, step);
    const record = run.records.find((r) => r.type === 'preview');
    result.previewAliasUrl = (0,_health_js__WEBPACK_IMPORTED_MODULE_3__/* .firstHttpsUrl */ .vy)(record?.preview_urls);
    result.previewUrl = (0,_health_js__WEBPACK_IMPORTED_MODULE_3__/* .firstHttpsUrl */ .vy)(record?.deployment_urls);
    result.versionId = record?.deployment_id ?? null;
    if (before || changed.length === 0)
        return run;
    await setPreviewSecrets(ctx, upload, changed);
    const latest = await latestDeployment(ctx, upload.workerName, previewName);
    if (latest) {
        result.versionId = latest.id;
        result.previewUrl = (0,_health_js__WEBPACK_IMPORTED_MODULE_3__/* .firstHttpsUrl */ .vy)(latest.urls) ?? result.previewUrl;
    }
    return run;
}
/** Deletes the Worker Preview `pr-N` (`wrangler preview delete`); false when it did not exist. */
async function deleteWorkerPreview(ctx, wrangler, previewName, step, transcript) {
    const run = await (0,_wrangler_run_js__WEBPACK_IMPORTED_MODULE_2__/* .runStep */ .eg)(ctx, wrangler, ['preview', 'delete', '--name', previewName, '--skip-confirmation'], step, transcript);
    if ((0,_toolchain_wrangler_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .failedWith */ .Mf)(run, _toolchain_wrangler_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .PREVIEW_NOT_FOUND */ .GV))
        return false;
    (0,_wrangler_run_js__WEBPACK_IMPORTED_MODULE_2__/* .assertSucceeded */ .sf)(run, step);
    return true;
}


/***/ }),

/***/ 4101:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BB: () => (/* binding */ reportedStartupMs),
/* harmony export */   eg: () => (/* binding */ runStep),
/* harmony export */   ju: () => (/* binding */ Transcript),
/* harmony export */   sf: () => (/* binding */ assertSucceeded)
/* harmony export */ });
/* unused harmony exports cloudflareEnv, wranglerError */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _toolchain_wrangler_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8937);
/* harmony import */ var _toolchain_wrangler_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8581);



/** Environment wrangler needs to reach Cloudflare; only these are passed on from the host. */
const CLOUDFLARE_ENV = [
    'CLOUDFLARE_API_TOKEN',
    'CLOUDFLARE_ACCOUNT_ID',
    'CLOUDFLARE_API_BASE_URL',
];
/** Every wrangler command's console output for one Worker, kept for `command-output`/`command-stderr`. */
class Transcript {
    stdout = '';
    stderr = '';
}
function cloudflareEnv(ctx) {
    const token = ctx.env.CLOUDFLARE_API_TOKEN;
    if (token)
        ctx.setSecret(token);
    return Object.fromEntries(CLOUDFLARE_ENV.map((name) => [name, ctx.env[name]]));
}
function lineLogger(log) {
    let pending = '';
    return (chunk) => {
        const lines = (pending + chunk).split('\n');
        pending = lines.pop() ?? '';
        for (const line of lines)
            if (line.trim())
                log((0,_toolchain_wrangler_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .stripAnsi */ .aJ)(line));
    };
}
/** Runs wrangler with the Cloudflare environment, streaming its console to the log. */
async function runStep(ctx, wrangler, args, step, transcript, 
/** Standard input (secret values: never in argv or a file). */
input) {
    ctx.log.info(`$ wrangler ${args.join(' ')}`);
    const run = await (0,_toolchain_wrangler_js__WEBPACK_IMPORTED_MODULE_1__/* .runWranglerRetrying */ .Mm)(ctx, wrangler, args, {
        config: step.config,
        cwd: step.cwd,
        input,
        env: cloudflareEnv(ctx),
        onStdout: lineLogger((line) => ctx.log.info(line)),
        onStderr: lineLogger((line) => ctx.log.warn(line)),
    });
    transcript.stdout += (0,_toolchain_wrangler_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .stripAnsi */ .aJ)(run.stdout);
    transcript.stderr += (0,_toolchain_wrangler_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .stripAnsi */ .aJ)(run.stderr);
    return run;
}
/** A failed wrangler run as one clear error: what we did, wrangler's own text, and what usually causes it. */
function wranglerError(run, step) {
    const failure = (0,_toolchain_wrangler_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .explainFailure */ .SP)(run);
    const said = failure.detail ? `\n  wrangler said: ${failure.detail}` : '';
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`wrangler could not ${step.action}: ${failure.message}${said}`, {
        fix: failure.fix,
        file: step.config,
    });
}
/** Throws wranglerError unless the run succeeded. */
function assertSucceeded(run, step) {
    if ((0,_toolchain_wrangler_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .hasFailed */ .WN)(run))
        throw wranglerError(run, step);
}
/**
 * The start-up time wrangler reports after an upload. Wrangler 4.86 writes it to the console only (its
 * output file has no such field), so this one figure is read from the console text; it is informational.
 */
function reportedStartupMs(stdout) {
    const match = /Worker Startup Time:\s*(\d+(?:\.\d+)?)\s*ms/.exec((0,_toolchain_wrangler_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .stripAnsi */ .aJ)(stdout));
    return match ? Number(match[1]) : null;
}


/***/ }),

/***/ 6566:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $9: () => (/* binding */ assessWorker),
/* harmony export */   KC: () => (/* binding */ cpuLimitMs),
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   sx: () => (/* binding */ thresholdsFor)
/* harmony export */ });
/* unused harmony exports DEFAULT_MAX_ERROR_RATE, DEFAULT_MIN_REQUESTS, describeBreach, breachesOf */
/* harmony import */ var _util_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2693);
/* harmony import */ var _validate_limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1752);


/** 1 % of requests failing; below 100 requests a version is not judged. */
const DEFAULT_MAX_ERROR_RATE = 0.01;
const DEFAULT_MIN_REQUESTS = 100;
/** The CPU time a request may use: the plan's `limits.cpu_ms`, else the Workers plan's default. */
function cpuLimitMs(worker, tier) {
    return worker.cpuMs ?? _validate_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .TIER_LIMITS */ .AK[tier].cpuMsPerRequest;
}
function thresholdsFor(worker, tier, given = {}) {
    return {
        maxErrorRate: given.maxErrorRate ?? DEFAULT_MAX_ERROR_RATE,
        maxCpuP99Ms: given.maxCpuP99Ms ?? cpuLimitMs(worker, tier),
        minRequests: given.minRequests ?? DEFAULT_MIN_REQUESTS,
    };
}
function describeBreach(breach) {
    const show = breach.metric === 'error rate' ? _util_format_js__WEBPACK_IMPORTED_MODULE_1__/* .percent */ .K : (v) => `${v} ms`;
    return `${breach.metric} ${show(breach.value)} is over the limit ${show(breach.limit)} (version ${breach.version || 'unknown'})`;
}
/** The metrics of one version over their limits. */
function breachesOf(stats, thresholds) {
    const breaches = [];
    if (stats.errorRate !== null && stats.errorRate > thresholds.maxErrorRate) {
        breaches.push({
            metric: 'error rate',
            version: stats.version,
            value: stats.errorRate,
            limit: thresholds.maxErrorRate,
        });
    }
    if (stats.cpuP99Ms !== null && stats.cpuP99Ms > thresholds.maxCpuP99Ms) {
        breaches.push({
            metric: 'CPU p99',
            version: stats.version,
            value: stats.cpuP99Ms,
            limit: thresholds.maxCpuP99Ms,
        });
    }
    return breaches;
}
/**
 * Judges each version that had enough requests; a Worker whose versions all had too few is
 * `too-little-traffic`, never healthy.
 */
function assessWorker(input) {
    const { stats, thresholds } = input;
    const judged = stats.versions.filter((v) => v.requests >= thresholds.minRequests);
    const breaches = judged.flatMap((v) => breachesOf(v, thresholds));
    const requests = stats.versions.reduce((n, v) => n + v.requests, 0);
    const verdict = breaches.length > 0 ? 'breached' : judged.length === 0 ? 'too-little-traffic' : 'healthy';
    const summary = verdict === 'breached'
        ? `${input.worker}: ${breaches.map(describeBreach).join('; ')}.`
        : verdict === 'too-little-traffic'
            ? `${input.worker}: too little traffic to judge: ${requests} request${requests === 1 ? '' : 's'} since ${input.since}, at least ${thresholds.minRequests} per version needed.`
            : `${input.worker}: healthy over ${requests} requests (error rate at most ${(0,_util_format_js__WEBPACK_IMPORTED_MODULE_1__/* .percent */ .K)(thresholds.maxErrorRate)}, CPU p99 at most ${thresholds.maxCpuP99Ms} ms).`;
    return {
        worker: input.worker,
        scriptName: input.scriptName,
        cpuLimitMs: input.cpuLimitMs,
        thresholds,
        currentVersion: input.deployed?.versionId ?? stats.versions[0]?.version ?? null,
        startupMs: input.deployed?.startupMs ?? null,
        versions: stats.versions,
        series: stats.series,
        verdict,
        breaches,
        summary,
    };
}
function figures(stats) {
    if (!stats)
        return 'no requests';
    return `${stats.requests} requests, error rate ${stats.errorRate === null ? '–' : (0,_util_format_js__WEBPACK_IMPORTED_MODULE_1__/* .percent */ .K)(stats.errorRate)}, CPU p99 ${stats.cpuP99Ms ?? '–'} ms`;
}
/**
 * The new version is worse on a metric when it is over the limit there and higher than the old version
 * (an old version already over the limit does not make an equally bad new one fail). Below
 * `minRequests` to the new version it is not judged.
 */
function compareVersions(candidate, baseline, thresholds) {
    const requests = candidate?.requests ?? 0;
    if (!candidate || requests < thresholds.minRequests) {
        return {
            verdict: 'too-little-traffic',
            failing: [],
            summary: `too little traffic to judge: ${requests} request${requests === 1 ? '' : 's'} to the new version, at least ${thresholds.minRequests} needed`,
        };
    }
    const failing = breachesOf(candidate, thresholds).filter((breach) => {
        const old = breach.metric === 'error rate' ? baseline?.errorRate : baseline?.cpuP99Ms;
        return old === null || old === undefined || breach.value > old;
    });
    const both = `new: ${figures(candidate)}; old: ${figures(baseline)}`;
    return failing.length
        ? { verdict: 'worse', failing, summary: `${failing.map(describeBreach).join('; ')} (${both})` }
        : { verdict: 'no-worse', failing, summary: `no worse than the old version (${both})` };
}


/***/ }),

/***/ 9697:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  d: () => (/* binding */ monitor),
  E: () => (/* reexport */ parseDuration)
});

// EXTERNAL MODULE: ./src/cloudflare/analytics.ts
var analytics = __webpack_require__(3631);
// EXTERNAL MODULE: ./src/deploy/target.ts
var target = __webpack_require__(7474);
// EXTERNAL MODULE: ./src/monitor/assess.ts
var assess = __webpack_require__(6566);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
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
    const results = [];
    for (const [i, worker] of workers.entries()) {
        results.push((0,assess/* assessWorker */.$9)({
            worker: worker.name,
            scriptName: scripts[i],
            cpuLimitMs: (0,assess/* cpuLimitMs */.KC)(worker, plan.tier),
            thresholds: (0,assess/* thresholdsFor */.sx)(worker, plan.tier, options.thresholds),
            stats: stats[i],
            deployed: (await options.deployed?.(worker.name)) ?? null,
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


/***/ }),

/***/ 3857:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  tP: () => (/* reexport */ cleanup_cleanup),
  gg: () => (/* reexport */ deploy_deploy),
  dm: () => (/* reexport */ monitor_monitor)
});

// EXTERNAL MODULE: ./src/deploy/index.ts + 3 modules
var deploy = __webpack_require__(4578);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(2413);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/github/context.ts


function pullRequestFrom(event, repository) {
    const pr = event.pull_request;
    if (!pr)
        return null;
    const headRepo = pr.head?.repo?.full_name ?? null;
    const baseRepo = pr.base?.repo?.full_name ?? repository;
    return {
        number: pr.number,
        title: pr.title ?? '',
        headRef: pr.head?.ref ?? '',
        headSha: pr.head?.sha ?? '',
        headRepo,
        baseRepo,
        // A deleted head repository is treated as a fork: we cannot tell it was trusted.
        fork: headRepo === null || headRepo.toLowerCase() !== baseRepo.toLowerCase(),
        author: pr.user?.login ?? '',
        closed: pr.state === 'closed',
        merged: pr.merged === true,
    };
}
/** Pure: the GitHub context from environment variables and the parsed event payload. */
function parseGitHubContext(env, event) {
    const repository = env.GITHUB_REPOSITORY ?? '';
    const [owner, repo] = repository.split('/');
    if (!owner || !repo) {
        throw new errors/* UserError */.y(`GITHUB_REPOSITORY is '${repository}', expected 'owner/name'.`, {
            fix: 'Run inside GitHub Actions, or set GITHUB_REPOSITORY=owner/name.',
        });
    }
    const pullRequest = typeof event === 'object' && event !== null
        ? pullRequestFrom(event, repository)
        : null;
    return {
        owner,
        repo,
        sha: pullRequest?.headSha || env.GITHUB_SHA || '',
        ref: pullRequest?.headRef || env.GITHUB_REF || '',
        eventName: env.GITHUB_EVENT_NAME ?? '',
        apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
        serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, ''),
        runId: env.GITHUB_RUN_ID ?? null,
        actor: env.GITHUB_ACTOR ?? '',
        pullRequest,
    };
}
/**
 * The GitHub context when the environment has one (`GITHUB_REPOSITORY` set), else null.
 * Reads the event payload from `GITHUB_EVENT_PATH`.
 */
async function loadGitHubContext(ctx) {
    if (!ctx.env.GITHUB_REPOSITORY)
        return null;
    const eventPath = ctx.env.GITHUB_EVENT_PATH;
    let event = null;
    if (eventPath) {
        const text = await (0,promises_.readFile)(eventPath, 'utf8').catch((cause) => {
            throw new errors/* UserError */.y(`Cannot read the GitHub event payload ${eventPath}.`, {
                fix: 'GITHUB_EVENT_PATH must name the event JSON file the runner wrote.',
                cause,
            });
        });
        try {
            event = JSON.parse(text);
        }
        catch (cause) {
            throw new errors/* UserError */.y(`The GitHub event payload ${eventPath} is not JSON.`, { cause });
        }
    }
    return parseGitHubContext(ctx.env, event);
}
/** The pull request number for this run: `--pr` wins over the event. */
function pullRequestNumber(gh, explicit) {
    return explicit ?? gh?.pullRequest?.number ?? null;
}

;// CONCATENATED MODULE: ./src/github/client.ts


/**
 * An Octokit for this run, or null without `GITHUB_TOKEN`. The base URL comes from the context
 * (`GITHUB_API_URL`, so GitHub Enterprise Server works) and requests go through `ctx.fetch`, so tests
 * (and proxies) see every call.
 */
function createGitHubClient(ctx, context) {
    const token = ctx.env.GITHUB_TOKEN;
    if (!token)
        return null;
    ctx.setSecret(token);
    const octokit = (0,github/* getOctokit */.Q)(token, {
        baseUrl: context.apiUrl,
        request: { fetch: ctx.fetch, retries: 0 },
        log: {
            debug: (message) => ctx.log.debug(message),
            info: (message) => ctx.log.debug(message),
            warn: (message) => ctx.log.warn(message),
            error: (message) => ctx.log.debug(message),
        },
    });
    return { octokit, context };
}
/** The client for the GitHub context in the environment, or null outside GitHub Actions / without a token. */
async function githubFromEnvironment(ctx) {
    const context = await loadGitHubContext(ctx);
    return context ? createGitHubClient(ctx, context) : null;
}

;// CONCATENATED MODULE: ./src/report/deployments.ts
/** The GitHub environment name for a Worker's deployment. */
function deploymentEnvironment(environment, pullRequest, worker, workerCount) {
    const base = environment === 'production' ? 'production' : `preview/pr-${pullRequest ?? 0}`;
    // One environment per Worker in a monorepo, so one Worker's success does not deactivate another's.
    return workerCount > 1 ? `${base}/${worker}` : base;
}
async function listDeploymentIds(github, environment) {
    const { owner, repo } = github.context;
    const deployments = await github.octokit.paginate(github.octokit.rest.repos.listDeployments, {
        owner,
        repo,
        environment,
        per_page: 100,
    });
    return deployments.map((d) => d.id);
}
async function setStatus(github, deploymentId, state, extra = {}) {
    const { owner, repo } = github.context;
    await github.octokit.rest.repos.createDeploymentStatus({
        owner,
        repo,
        deployment_id: deploymentId,
        state,
        auto_inactive: false,
        ...(extra.environmentUrl ? { environment_url: extra.environmentUrl } : {}),
        ...(extra.description ? { description: extra.description.slice(0, 140) } : {}),
        ...(github.context.runId
            ? {
                log_url: `${github.context.serverUrl}/${owner}/${repo}/actions/runs/${github.context.runId}`,
            }
            : {}),
    });
}
/** Creates the deployment and marks it in progress; returns its id. */
async function startDeployment(github, target) {
    const { owner, repo } = github.context;
    const { data } = await github.octokit.rest.repos.createDeployment({
        owner,
        repo,
        ref: target.ref,
        environment: target.environment,
        description: target.description.slice(0, 140),
        transient_environment: target.transient,
        production_environment: target.production,
        auto_merge: false,
        // Our own job is the check that matters; do not wait for other commit statuses.
        required_contexts: [],
        payload: { ...target.metrics },
    });
    if (!('id' in data))
        throw new Error(`GitHub did not create the deployment: ${data.message}`);
    await setStatus(github, data.id, 'in_progress', { description: target.description });
    return data.id;
}
/** Success or failure; on success every earlier deployment of the environment becomes inactive. */
async function finishDeployment(github, deploymentId, environment, outcome) {
    await setStatus(github, deploymentId, outcome.ok ? 'success' : 'failure', outcome);
    if (!outcome.ok)
        return;
    for (const id of await listDeploymentIds(github, environment)) {
        if (id !== deploymentId)
            await setStatus(github, id, 'inactive');
    }
}
/** Marks every deployment of an environment inactive (a closed pull request's previews). */
async function deactivateEnvironment(github, environment) {
    const ids = await listDeploymentIds(github, environment);
    for (const id of ids)
        await setStatus(github, id, 'inactive', { description: 'Preview removed' });
    return ids.length;
}
function isMetrics(value) {
    return (typeof value === 'object' && value !== null && 'startupMs' in value && 'gzipBytes' in value);
}
/** The metrics of the newest successful deployment of an environment, or null. */
async function latestSuccessfulMetrics(github, environment) {
    const { owner, repo } = github.context;
    const { data: deployments } = await github.octokit.rest.repos.listDeployments({
        owner,
        repo,
        environment,
        per_page: 10,
    });
    for (const deployment of deployments) {
        const { data: statuses } = await github.octokit.rest.repos.listDeploymentStatuses({
            owner,
            repo,
            deployment_id: deployment.id,
            per_page: 1,
        });
        const latest = statuses[0]?.state;
        if (latest === 'success' && isMetrics(deployment.payload)) {
            return deployment.payload;
        }
    }
    return null;
}

;// CONCATENATED MODULE: ./src/report/entries.ts
/** The migration report's outcome counts and the manual steps, for the comment and summary. */
function migrationSummary(worker) {
    const count = (outcome) => worker.report.filter((row) => row.outcome === outcome).length;
    return {
        verdict: worker.verdict,
        converted: count('converted'),
        approximated: count('approximated'),
        dropped: count('dropped'),
        manual: count('manual'),
        manualItems: [
            ...worker.report
                .filter((row) => row.outcome === 'manual')
                .map((row) => `${row.key}: ${row.became}`),
            ...worker.codeChanges.map((change) => `${change.file}${change.line ? `:${change.line}` : ''}: ${change.change}`),
        ],
        deployButton: worker.deployButton ?? null,
    };
}
/**
 * Code paths that read a key right after writing it where the plan moved Redis to KV (check's W706),
 * as `file:line`: KV is eventually consistent, so the read can see the old value.
 */
function kvReadYourWrites(findings) {
    return findings
        .filter((f) => f.ruleId === 'W706')
        .map((f) => `${f.file ?? '?'}${f.line ? `:${f.line}` : ''}`);
}
function findingsFor(worker, checks) {
    return checks?.find((c) => c.worker === worker)?.diagnostics ?? [];
}
function toCommentFinding(d) {
    return { ruleId: d.ruleId, severity: d.severity, message: d.message, file: d.file, line: d.line };
}
/** One Worker's comment entry from its plan, its check findings and (when deployed) its result. */
function commentEntry(input) {
    const findings = [
        ...findingsFor(input.worker.name, input.checks),
        ...(input.result?.diagnostics ?? []).filter((d) => d.severity !== 'note'),
    ];
    const failure = input.result?.diagnostics.find((d) => d.severity === 'error');
    return {
        worker: input.worker.name,
        status: input.status,
        commit: input.commit,
        previewUrl: input.result ? (input.result.previewUrl ?? input.result.deploymentUrl) : null,
        aliasUrl: input.result?.previewAliasUrl ?? null,
        updatedAt: input.now.toISOString(),
        note: input.note ?? failure?.message ?? null,
        findings: findings.map(toCommentFinding),
        migration: migrationSummary(input.worker),
        health: input.result?.migration ?? null,
    };
}

;// CONCATENATED MODULE: ./src/report/deploy-report.ts


/**
 * Follows a deploy on GitHub: the preview's sticky comment (building → each Worker's result) and one
 * Deployment per Worker, created when its upload succeeds and always finished, success or failure.
 */
class DeployReport {
    reporter;
    input;
    deployments = new Map();
    constructor(reporter, input) {
        this.reporter = reporter;
        this.input = input;
    }
    get commentsOn() {
        return this.input.environment === 'preview' ? this.input.pullRequest : null;
    }
    environmentOf(worker) {
        const { environment, pullRequest, plan } = this.input;
        return deploymentEnvironment(environment, pullRequest, worker.name, plan.workers.length);
    }
    entry(worker, status, result, note) {
        const { commit, checks, now } = this.input;
        return commentEntry({ worker, status, commit, now: now(), result, note, checks });
    }
    async comment(entries) {
        const pr = this.commentsOn;
        if (pr !== null)
            await this.reporter.comment(pr, entries);
    }
    /** The payload keeps start-up time and size, so later previews can compare against production. */
    async start(worker, result) {
        if (this.deployments.has(worker.name))
            return this.deployments.get(worker.name) ?? null;
        // Read before this run's deployment exists: production's last success, not this upload.
        const production = await this.reporter.productionMetrics(worker.name, this.input.plan.workers.length);
        result.migration.production = production
            ? { startupMs: production.startupMs, gzipBytes: production.gzipBytes }
            : null;
        const id = await this.reporter.startDeployment({
            environment: this.environmentOf(worker),
            ref: this.input.commit || 'HEAD',
            transient: this.input.environment === 'preview',
            production: this.input.environment === 'production',
            description: `${worker.name} → ${result.scriptName}`,
            metrics: {
                worker: worker.name,
                versionId: result.versionId,
                startupMs: result.migration.startupMs,
                gzipBytes: result.migration.gzipBytes,
            },
        });
        this.deployments.set(worker.name, id);
        return id;
    }
    async building(workers) {
        await this.comment(workers.map((worker) => this.entry(worker, 'building')));
    }
    async provisionFailed(workers, message) {
        const note = `provisioning failed: ${message}`;
        await this.comment(workers.map((worker) => this.entry(worker, 'failed', undefined, note)));
    }
    async uploaded(worker, result) {
        await this.start(worker, result);
    }
    async rolloutStep(worker, step) {
        await this.reporter.progressDeployment(this.deployments.get(worker.name) ?? null, `${worker.name}: ${step.percentage} % ${step.outcome} (${step.judgedBy})`);
    }
    /** Never leaves a Deployment "in progress"; a failed upload still gets a (failed) one. */
    async workerDone(worker, outcome) {
        const environment = this.environmentOf(worker);
        if ('error' in outcome) {
            const id = this.deployments.get(worker.name) ?? null;
            await this.reporter.finishDeployment(id, environment, {
                ok: false,
                environmentUrl: null,
                description: outcome.error,
            });
            return;
        }
        const { result } = outcome;
        const id = await this.start(worker, result);
        result.migration.kvReadYourWrites = kvReadYourWrites(findingsFor(worker.name, this.input.checks));
        await this.reporter.finishDeployment(id, environment, {
            ok: result.status === 'ready',
            environmentUrl: result.previewAliasUrl ?? result.deploymentUrl ?? result.previewUrl,
            description: result.status === 'ready'
                ? `${worker.name} is live`
                : (result.diagnostics.find((d) => d.severity === 'error')?.message ?? 'failed'),
        });
    }
    async done(results) {
        await this.comment(this.input.plan.workers.map((worker, i) => this.entry(worker, results[i].status, results[i])));
    }
}
/**
 * A closed pull request on GitHub after cleanup: its preview deployments inactive, its comment rows
 * "cleaned up". Returns how many deployments became inactive.
 */
async function reportCleanup(reporter, input) {
    const { pullRequest, workers } = input;
    let deactivated = 0;
    for (const name of workers) {
        deactivated += await reporter.deactivate(deploymentEnvironment('preview', pullRequest, name, workers.length));
    }
    await reporter.comment(pullRequest, workers.map((worker) => ({
        worker,
        status: 'cleaned up',
        commit: '',
        previewUrl: null,
        aliasUrl: null,
        updatedAt: input.now.toISOString(),
        note: null,
        findings: [],
        migration: null,
        health: null,
    })));
    return deactivated;
}

;// CONCATENATED MODULE: ./src/github/identity.ts
/** The workflow's `GITHUB_TOKEN` writes as this bot (the GitHub Actions app). */
const ACTIONS_BOT = { login: 'github-actions[bot]', app: 'github-actions' };
function botIdentity(login) {
    const app = /^(.+)\[bot\]$/.exec(login)?.[1];
    return { login, app: app ?? null };
}
/**
 * Who the token is. A personal token answers `GET /user`; an installation token (`GITHUB_TOKEN`, an
 * app's token) is refused there ("Resource not accessible by integration") but answers GraphQL
 * `viewer { login }` with `<app-slug>[bot]`. When neither answers, it is the workflow's token.
 */
async function resolveIdentity(github) {
    try {
        const { data } = await github.octokit.rest.users.getAuthenticated();
        if (data.type !== 'Bot')
            return { login: data.login, app: null };
        return botIdentity(data.login);
    }
    catch {
        // An installation token: ask GraphQL below.
    }
    try {
        const { viewer } = await github.octokit.graphql('query { viewer { login } }');
        if (viewer.login)
            return botIdentity(viewer.login);
    }
    catch {
        // Neither answered: the default token.
    }
    return ACTIONS_BOT;
}
/** The identity a comment we just created was written as (the API's word beats our guess). */
function authorOf(comment, guess) {
    const login = comment.user?.login;
    if (!login || login === guess.login)
        return guess;
    return comment.user?.type === 'Bot'
        ? { login, app: comment.performed_via_github_app?.slug ?? botIdentity(login).app }
        : { login, app: null };
}
/**
 * Whether a comment was written by us. A login ending in `[bot]` cannot be registered by a person; an
 * app's comment must also say it was performed via that app (a person using an app's user token has
 * their own login, so it never matches).
 */
function writtenBy(comment, identity) {
    if (comment.user?.login !== identity.login)
        return false;
    if (identity.app === null)
        return comment.user.type !== 'Bot';
    if (comment.user.type !== undefined && comment.user.type !== 'Bot')
        return false;
    const via = comment.performed_via_github_app?.slug;
    return via === undefined || via === identity.app;
}

// EXTERNAL MODULE: ./src/util/format.ts
var format = __webpack_require__(2693);
;// CONCATENATED MODULE: ./src/report/markdown.ts
/**
 * Markdown helpers for text we do not control (PR titles, branch names, wrangler messages, names from
 * the user's repository): escaped so it cannot add Markdown, HTML, table cells or @mentions.
 */
const ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
    '|': '&#124;',
    '`': '&#96;',
};
const MARKDOWN_PUNCTUATION = /[\\*_[\]()#!~{}+\-.:=]/;
const MAX_INLINE_LENGTH = 300;
/** One line of plain text, safe anywhere inline (also inside a table cell). */
function escapeInline(text, maxLength = MAX_INLINE_LENGTH) {
    const oneLine = text.replace(/\s+/g, ' ').trim();
    const clipped = oneLine.length > maxLength ? `${oneLine.slice(0, maxLength - 1)}…` : oneLine;
    let out = '';
    for (const char of clipped) {
        if (char in ENTITIES)
            out += ENTITIES[char];
        else if (char === '@')
            out += '@&#8203;'; // a zero-width space after @ stops the mention
        else if (MARKDOWN_PUNCTUATION.test(char))
            out += `\\${char}`;
        else
            out += char;
    }
    return out;
}
/** A link for an http(s) URL, or escaped text when it is anything else. */
function markdown_link(url, label) {
    if (!url)
        return '—';
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return escapeInline(url);
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
        return escapeInline(url);
    const href = parsed.href.replace(/[()<>"'|\s`]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
    return `[${escapeInline(label ?? parsed.host + parsed.pathname.replace(/\/$/, ''))}](${href})`;
}
function formatBytes(bytes) {
    if (bytes === null)
        return '—';
    if (bytes < 1024)
        return `${bytes} B`;
    if (bytes < 1024 * 1024)
        return `${(bytes / 1024).toFixed(1)} KiB`;
    return `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
}
function formatMs(ms) {
    return ms === null ? '—' : `${Math.round(ms)} ms`;
}
/** Growth beyond this share of the production value is flagged. */
const NOTABLE_GROWTH = 0.25;
/** `+12%` / `-3%` against a baseline, flagged when it grows notably; `—` without one. */
function formatChange(value, baseline) {
    if (value === null || baseline === null || baseline === 0)
        return '—';
    const change = (value - baseline) / baseline;
    const percent = `${change >= 0 ? '+' : ''}${Math.round(change * 100)}%`;
    return change > NOTABLE_GROWTH ? `${percent} ⚠️` : percent;
}
/** `<details>` with a Markdown body (blank lines keep GitHub rendering Markdown inside). */
function details(summary, body) {
    return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
function table(header, rows) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

// EXTERNAL MODULE: ./src/util/redact.ts
var redact = __webpack_require__(767);
;// CONCATENATED MODULE: ./src/report/comment-entry.ts

/**
 * Validation of the rows stored in the comment's hidden data. Even our own comment can be edited by
 * anyone with write access, so every field is checked and rebuilt; a row that fails is dropped.
 */
const SEVERITIES = new Set(['error', 'warning', 'note']);
const MAX_TEXT = 2000;
/** Runners' clocks differ a little; a row further ahead than this is from the future. */
const CLOCK_SKEW_MS = 10 * 60 * 1000;
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const comment_entry_text = (value, max = MAX_TEXT) => typeof value === 'string' && value.length <= max;
const count = (value) => typeof value === 'number' && Number.isFinite(value) && value >= 0;
const countOrNull = (value) => value === null || count(value);
/** A web URL (the only kind the renderer links), null, or undefined when it is anything else. */
function webUrl(value) {
    if (value === null)
        return null;
    if (!comment_entry_text(value))
        return undefined;
    try {
        return ['https:', 'http:'].includes(new URL(value).protocol) ? value : undefined;
    }
    catch {
        return undefined;
    }
}
function finding(value) {
    if (!isObject(value))
        return null;
    const { ruleId, severity, message, file, line } = value;
    if (!comment_entry_text(ruleId, 20) || !comment_entry_text(message) || typeof severity !== 'string')
        return null;
    if (!SEVERITIES.has(severity))
        return null;
    if (file !== undefined && !comment_entry_text(file, 500))
        return null;
    if (line !== undefined && !count(line))
        return null;
    return {
        ruleId,
        severity: severity,
        message,
        ...(file === undefined ? {} : { file }),
        ...(line === undefined ? {} : { line }),
    };
}
function migration(value) {
    if (value === null)
        return null;
    if (!isObject(value))
        return undefined;
    const { verdict, converted, approximated, dropped, manual, manualItems } = value;
    if (!comment_entry_text(verdict, 50) || !count(converted) || !count(approximated))
        return undefined;
    if (!count(dropped) || !count(manual) || !Array.isArray(manualItems))
        return undefined;
    if (!manualItems.every((item) => comment_entry_text(item)))
        return undefined;
    return { verdict, converted, approximated, dropped, manual, manualItems };
}
/** Production's last hour (absent in rows written before it existed), or undefined when malformed. */
function productionLive(value) {
    if (value === null || value === undefined)
        return null;
    if (!isObject(value))
        return undefined;
    const { version, since, requests, errors, subrequests } = value;
    if (!comment_entry_text(version, 100) || !comment_entry_text(since, 40) || Number.isNaN(Date.parse(since)))
        return undefined;
    if (!count(requests) || !count(errors) || !count(subrequests))
        return undefined;
    const { errorRate, cpuP50Ms, cpuP99Ms, wallP50Ms, wallP99Ms } = value;
    const rates = { errorRate, cpuP50Ms, cpuP99Ms, wallP50Ms, wallP99Ms };
    if (!Object.values(rates).every(countOrNull))
        return undefined;
    return { version, since, requests, errors, subrequests, ...rates };
}
function health(value) {
    if (value === null)
        return null;
    if (!isObject(value))
        return undefined;
    const { startupMs, gzipBytes, production, kvReadYourWrites } = value;
    if (!countOrNull(startupMs) || !countOrNull(gzipBytes))
        return undefined;
    const live = productionLive(value.productionLive);
    if (live === undefined)
        return undefined;
    if (!Array.isArray(kvReadYourWrites) || !kvReadYourWrites.every((b) => comment_entry_text(b, 100))) {
        return undefined;
    }
    if (production !== null) {
        if (!isObject(production))
            return undefined;
        if (!countOrNull(production.startupMs) || !countOrNull(production.gzipBytes))
            return undefined;
    }
    return {
        startupMs,
        gzipBytes,
        production: production === null
            ? null
            : {
                startupMs: production.startupMs,
                gzipBytes: production.gzipBytes,
            },
        kvReadYourWrites: kvReadYourWrites,
        productionLive: live,
    };
}
/** A timestamp no later than `now` plus the clock skew: a row from the future would win every merge. */
function clampedTimestamp(value, now) {
    if (!comment_entry_text(value, 40))
        return null;
    const time = Date.parse(value);
    if (Number.isNaN(time))
        return null;
    return time > now.getTime() + CLOCK_SKEW_MS ? now.toISOString() : new Date(time).toISOString();
}
/** The row rebuilt from checked fields, or null when any field is missing or malformed. */
function validEntry(value, now) {
    if (!isObject(value))
        return null;
    const { worker, status, commit, note, findings } = value;
    if (!comment_entry_text(worker, 100) || !/^[\w.-]+$/.test(worker))
        return null;
    if (typeof status !== 'string' || !Object.hasOwn(STATUS_ICON, status))
        return null;
    if (!comment_entry_text(commit, 64) || !/^[0-9a-f]*$/i.test(commit))
        return null;
    if (note !== null && !comment_entry_text(note))
        return null;
    if (!Array.isArray(findings) || findings.length > 500)
        return null;
    const updatedAt = clampedTimestamp(value.updatedAt, now);
    const previewUrl = webUrl(value.previewUrl);
    const aliasUrl = webUrl(value.aliasUrl);
    const checkedFindings = findings.map(finding);
    const checkedMigration = migration(value.migration);
    const checkedHealth = health(value.health);
    if (updatedAt === null || previewUrl === undefined || aliasUrl === undefined)
        return null;
    if (checkedMigration === undefined || checkedHealth === undefined)
        return null;
    if (checkedFindings.some((f) => f === null))
        return null;
    return {
        worker,
        status: status,
        commit,
        previewUrl,
        aliasUrl,
        updatedAt,
        note,
        findings: checkedFindings,
        migration: checkedMigration,
        health: checkedHealth,
    };
}

;// CONCATENATED MODULE: ./src/report/comment.ts




/** The hidden marker that identifies our sticky comment (changesets/action's approach). */
const COMMENT_MARKER = '<!-- docker-to-workers:pr-comment -->';
const DATA_PREFIX = '<!-- docker-to-workers:data ';
const DATA_SUFFIX = ' -->';
/** Only plain links to Cloudflare's deploy page are rendered as a button (stored data is not trusted). */
const DEPLOY_BUTTON_PREFIX = 'https://deploy.workers.cloudflare.com/';
const DEPLOY_BUTTON_LINK = /^https:\/\/deploy\.workers\.cloudflare\.com\/\?url=https:\/\/[^\s()<>[\]"']+$/;
const STATUS_ICON = {
    building: '⏳',
    ready: '✅',
    failed: '❌',
    skipped: '⏭️',
    'skipped (fork)': '⏭️',
    'cleaned up': '🧹',
};
function updatedCell(iso) {
    const date = new Date(iso);
    return Number.isNaN(date.getTime())
        ? '—'
        : `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
function row(entry) {
    const status = `${STATUS_ICON[entry.status]} ${entry.status}`;
    return [
        entry.note ? `${status}<br>${escapeInline(entry.note)}` : status,
        escapeInline(entry.worker),
        escapeInline(entry.commit.slice(0, 7)) || '—',
        markdown_link(entry.previewUrl),
        markdown_link(entry.aliasUrl),
        updatedCell(entry.updatedAt),
    ];
}
function findingLine(finding) {
    const where = finding.file
        ? ` (${escapeInline(finding.line ? `${finding.file}:${finding.line}` : finding.file)})`
        : '';
    return `- **${finding.severity}** ${escapeInline(finding.ruleId)}: ${escapeInline(finding.message)}${where}`;
}
function findingsSection(entries) {
    const withFindings = entries.filter((e) => e.findings.length > 0);
    if (withFindings.length === 0)
        return null;
    const count = withFindings.reduce((n, e) => n + e.findings.length, 0);
    const body = withFindings
        .map((e) => `**${escapeInline(e.worker)}**\n\n${e.findings.map(findingLine).join('\n')}`)
        .join('\n\n');
    return details(`Check findings (${count})`, body);
}
function migrationSection(entries) {
    const withSummary = entries.filter((e) => e.migration !== null);
    if (withSummary.length === 0)
        return null;
    const rows = withSummary.map((e) => {
        const m = e.migration;
        return [
            escapeInline(e.worker),
            escapeInline(m.verdict),
            String(m.converted),
            String(m.approximated),
            String(m.dropped),
            String(m.manual),
        ];
    });
    const todo = withSummary.flatMap((e) => e.migration.manualItems.map((item) => `- ${escapeInline(e.worker)}: ${escapeInline(item)}`));
    const buttons = withSummary.flatMap((e) => {
        const url = e.migration.deployButton;
        return url && DEPLOY_BUTTON_LINK.test(url)
            ? [
                `- ${escapeInline(e.worker)}: [![Deploy to Cloudflare](${DEPLOY_BUTTON_PREFIX}button)](${url})`,
            ]
            : [];
    });
    const body = [
        table(['Worker', 'Verdict', 'Converted', 'Approximated', 'Dropped', 'Manual'], rows),
        ...(todo.length ? [`**To do**\n\n${todo.join('\n')}`] : []),
        ...(buttons.length
            ? [
                `**Deploy to Cloudflare** (once \`docker-to-workers plan --write\` is committed)\n\n${buttons.join('\n')}`,
            ]
            : []),
    ].join('\n\n');
    return details('Migration summary', body);
}
/** Start-up time and gzip size against production, so a PR that doubles them shows before merge. */
function healthTable(entries) {
    const withHealth = entries.filter((e) => e.health !== null);
    if (withHealth.length === 0)
        return null;
    const rows = withHealth.map((e) => {
        const h = e.health;
        return [
            escapeInline(e.worker),
            formatMs(h.startupMs),
            formatChange(h.startupMs, h.production?.startupMs ?? null),
            formatBytes(h.gzipBytes),
            formatChange(h.gzipBytes, h.production?.gzipBytes ?? null),
        ];
    });
    return table(['Worker', 'Start-up', 'vs production', 'gzip size', 'vs production'], rows);
}
/** CPU and wall times keep their decimals (a 1.2 ms p50 is not 1 ms). */
const msCell = (ms) => (ms === null ? '—' : `${ms} ms`);
/** Production's last hour (Cloudflare analytics) beside the preview's own start-up time. */
function productionLiveTable(entries) {
    const withLive = entries.filter((e) => e.health?.productionLive);
    if (withLive.length === 0)
        return null;
    const rows = withLive.map((e) => {
        const live = e.health.productionLive;
        return [
            escapeInline(e.worker),
            formatMs(e.health.startupMs),
            String(live.requests),
            live.errorRate === null ? '—' : (0,format/* percent */.K)(live.errorRate),
            `${msCell(live.cpuP50Ms)} / ${msCell(live.cpuP99Ms)}`,
            `${msCell(live.wallP50Ms)} / ${msCell(live.wallP99Ms)}`,
        ];
    });
    return `**Production, last hour** (Cloudflare analytics, busiest version)\n\n${table(['Worker', 'Preview start-up', 'Requests', 'Error rate', 'CPU p50 / p99', 'Wall p50 / p99'], rows)}`;
}
/** Eventual consistency warnings: code that reads a KV-backed key right after writing it (W706). */
function kvWarnings(entries) {
    const lines = entries.flatMap((e) => (e.health?.kvReadYourWrites ?? []).map((where) => `> ${escapeInline(e.worker)}: ${escapeInline(where)} reads a key right after writing it (W706). KV is eventually consistent: the read may return the old value for up to 60 seconds. Use the value just written, or keep the key in a Durable Object or D1 (the Cache API for same-location reads).`));
    return lines.length ? ['> [!WARNING]', ...lines].join('\n>\n') : null;
}
function encodeEntries(entries) {
    // Base64 cannot contain `-->`, so user text in the data can never end the hidden comment.
    return `${DATA_PREFIX}${Buffer.from(JSON.stringify(entries), 'utf8').toString('base64')}${DATA_SUFFIX}`;
}
/** Wrangler's messages quote `/accounts/<id>/…`; a PR comment never shows the account id. */
function withoutAccountIds(entry) {
    return {
        ...entry,
        note: entry.note === null ? null : (0,redact/* redactAccountIds */.LA)(entry.note),
        findings: entry.findings.map((f) => ({ ...f, message: (0,redact/* redactAccountIds */.LA)(f.message) })),
    };
}
/** Pure: the whole comment body for a pull request. */
function renderComment(doc) {
    const entries = doc.entries
        .map(withoutAccountIds)
        .sort((a, b) => a.worker.localeCompare(b.worker));
    const sections = [
        COMMENT_MARKER,
        `### Cloudflare Workers preview for #${doc.pullRequest}`,
        `${escapeInline(doc.title)}${doc.branch ? ` (branch ${escapeInline(doc.branch)})` : ''}`,
        table(['Status', 'Worker', 'Commit', 'Preview URL', 'Alias URL', 'Updated'], entries.map(row)),
        healthTable(entries),
        productionLiveTable(entries),
        kvWarnings(entries),
        findingsSection(entries),
        migrationSection(entries),
        encodeEntries(entries),
    ];
    return sections.filter((s) => s !== null && s !== '').join('\n\n');
}
/**
 * The entries stored in a comment body we rendered; [] for anything else. Rows are validated field by
 * field and timestamps from the future are clamped to `now`.
 */
function parseCommentEntries(body, now = new Date()) {
    const start = body.indexOf(DATA_PREFIX);
    if (start < 0)
        return [];
    const end = body.indexOf(DATA_SUFFIX, start + DATA_PREFIX.length);
    if (end < 0)
        return [];
    try {
        const decoded = JSON.parse(Buffer.from(body.slice(start + DATA_PREFIX.length, end), 'base64').toString('utf8'));
        if (!Array.isArray(decoded))
            return [];
        return decoded
            .map((value) => validEntry(value, now))
            .filter((e) => e !== null);
    }
    catch {
        return [];
    }
}
/**
 * Our entries replace the stored ones for the same Worker unless the stored one is newer (a later job
 * already wrote it); everyone else's rows are kept.
 */
function mergeEntries(stored, ours) {
    const byWorker = new Map(stored.map((e) => [e.worker, e]));
    for (const entry of ours) {
        const existing = byWorker.get(entry.worker);
        if (!existing || Date.parse(existing.updatedAt) <= Date.parse(entry.updatedAt)) {
            byWorker.set(entry.worker, entry);
        }
    }
    return [...byWorker.values()];
}

;// CONCATENATED MODULE: ./src/report/comment-poster.ts


/** Rounds of re-read → merge → write before giving up on a comment another job keeps rewriting. */
const MAX_ROUNDS = 5;
/**
 * All our marker comments on the pull request, oldest first, across every page. Only comments written
 * by our identity count: anyone can paste the marker and hidden data into a comment of their own.
 */
async function findMarkerComments(github, pullRequest, identity) {
    const { owner, repo } = github.context;
    const comments = await github.octokit.paginate(github.octokit.rest.issues.listComments, {
        owner,
        repo,
        issue_number: pullRequest,
        per_page: 100,
    });
    return comments
        .filter((c) => c.body?.includes(COMMENT_MARKER) && writtenBy(c, identity))
        .sort((a, b) => a.id - b.id);
}
/** Every entry of ours is stored as written, or superseded by a strictly newer one. */
function containsAll(body, ours, now) {
    const stored = parseCommentEntries(body, now);
    return ours.every((mine) => stored.some((s) => s.worker === mine.worker &&
        (Date.parse(s.updatedAt) > Date.parse(mine.updatedAt) ||
            JSON.stringify(s) === JSON.stringify(mine))));
}
/**
 * Creates the sticky comment once, or updates it in place. The comment is re-read right before each
 * update and our rows merged into what is there, so concurrent jobs (one per Worker) keep each other's
 * rows; after writing we read back and repeat if another job overwrote ours in between.
 */
async function upsertComment(github, options, ctx) {
    const { owner, repo } = github.context;
    const render = (entries) => renderComment({
        pullRequest: options.pullRequest,
        title: options.title,
        branch: options.branch,
        entries,
    });
    let identity = await resolveIdentity(github);
    const now = ctx.now();
    let [target, ...duplicates] = await findMarkerComments(github, options.pullRequest, identity);
    let created = false;
    if (!target) {
        const body = render(options.entries);
        const { data } = await github.octokit.rest.issues.createComment({
            owner,
            repo,
            issue_number: options.pullRequest,
            body,
        });
        created = true;
        identity = authorOf(data, identity);
        // Two jobs may both have found no comment: the oldest wins, the others fold into it.
        [target, ...duplicates] = await findMarkerComments(github, options.pullRequest, identity);
        target ??= { id: data.id, body };
    }
    for (const duplicate of duplicates) {
        await github.octokit.rest.issues
            .deleteComment({ owner, repo, comment_id: duplicate.id })
            .catch(() => ctx.log.debug(`Comment ${duplicate.id} was already removed.`));
    }
    const carried = duplicates.flatMap((d) => parseCommentEntries(d.body ?? '', now));
    const ours = mergeEntries(carried, options.entries);
    // Our rows as a read-back gives them (fields checked and rebuilt in their own order): what to look for.
    const expected = parseCommentEntries(render(ours), now);
    for (let round = 1;; round++) {
        const { data: current } = await github.octokit.rest.issues.getComment({
            owner,
            repo,
            comment_id: target.id,
        });
        if (containsAll(current.body ?? '', expected, now)) {
            return { id: target.id, created, body: current.body ?? '' };
        }
        const body = render(mergeEntries(parseCommentEntries(current.body ?? '', now), ours));
        await github.octokit.rest.issues.updateComment({ owner, repo, comment_id: target.id, body });
        if (round === MAX_ROUNDS) {
            ctx.log.warn(`The PR comment ${target.id} kept changing while we updated it; our rows may lag.`);
            return { id: target.id, created, body };
        }
    }
}

;// CONCATENATED MODULE: ./src/report/rules.ts
/** Report rules: stable ids, default severity, the fix, a docs link (deploy's own are in deploy/rules.ts). */
const REPORT_RULES = {
    R040: {
        severity: 'warning',
        title: 'reporting to GitHub failed',
        fix: 'Give the workflow `pull-requests: write` and `deployments: write` permissions.',
        docs: 'https://docs.github.com/actions/writing-workflows/choosing-what-your-workflow-does/controlling-permissions-for-github_token',
    },
};
function reportFinding(id, message) {
    const rule = REPORT_RULES[id];
    return { ruleId: id, severity: rule.severity, message, fix: rule.fix, docs: rule.docs };
}

;// CONCATENATED MODULE: ./src/report/github-reporter.ts



/**
 * Reports to GitHub when there is a client. A failed GitHub call never fails the deploy: it becomes an
 * R040 warning (usually a missing `pull-requests: write` or `deployments: write` permission).
 */
class GitHubReporter {
    github;
    options;
    ctx;
    diagnostics = [];
    constructor(github, options, ctx) {
        this.github = github;
        this.options = options;
        this.ctx = ctx;
    }
    get pullRequest() {
        return this.github?.context.pullRequest ?? null;
    }
    async guard(what, call) {
        if (!this.github)
            return null;
        try {
            return await call(this.github);
        }
        catch (error) {
            const status = error.status;
            const message = `Could not ${what} on GitHub${status ? ` (HTTP ${status})` : ''}: ${error instanceof Error ? error.message : String(error)}`;
            this.ctx.log.warn(message);
            this.diagnostics.push(reportFinding('R040', message));
            return null;
        }
    }
    async comment(pullRequest, entries) {
        if (this.options.comment === false)
            return;
        const pr = this.pullRequest;
        await this.guard('update the pull request comment', (github) => upsertComment(github, {
            pullRequest,
            title: pr?.number === pullRequest ? pr.title : '',
            branch: pr?.number === pullRequest ? pr.headRef : '',
            entries,
        }, this.ctx));
    }
    async startDeployment(target) {
        if (this.options.deployments === false)
            return null;
        return this.guard('create a deployment', (github) => startDeployment(github, target));
    }
    /** An `in_progress` status with a description (each step of a gradual rollout). */
    async progressDeployment(id, description) {
        if (id === null)
            return;
        await this.guard('update a deployment', (github) => setStatus(github, id, 'in_progress', { description }));
    }
    async finishDeployment(id, environment, outcome) {
        if (id === null)
            return;
        await this.guard('update a deployment', (github) => finishDeployment(github, id, environment, outcome));
    }
    /** What the last successful production deploy of `worker` (one of `workers` Workers) recorded. */
    async productionMetrics(worker, workers) {
        if (this.options.deployments === false)
            return null;
        const environment = deploymentEnvironment('production', null, worker, workers);
        return this.guard('read the production deployment', (github) => latestSuccessfulMetrics(github, environment));
    }
    async deactivate(environment) {
        if (this.options.deployments === false)
            return 0;
        return ((await this.guard('deactivate deployments', (github) => deactivateEnvironment(github, environment))) ?? 0);
    }
}

;// CONCATENATED MODULE: ./src/pipeline/deploy.ts





/**
 * Deploys the plan (src/deploy) while the report stage follows it on GitHub when it can: the sticky PR
 * comment and GitHub Deployments. GitHub reporting problems concern the run, not one Worker: they ride
 * on the first result.
 */
async function deploy_deploy(plan, options, ctx) {
    const github = options.github === undefined ? await githubFromEnvironment(ctx) : options.github;
    const reporter = new GitHubReporter(github, options.report ?? {}, ctx);
    const pullRequest = pullRequestNumber(github?.context ?? null, options.pullRequest);
    const events = new DeployReport(reporter, {
        plan,
        environment: options.environment,
        pullRequest,
        commit: github?.context.sha ?? ctx.env.GITHUB_SHA ?? '',
        checks: options.checks,
        now: () => ctx.now(),
    });
    const fork = reporter.pullRequest?.fork ?? false;
    const results = await (0,deploy/* deployWorkers */.de)(plan, { ...options, pullRequest, fork, events }, ctx);
    results[0]?.diagnostics.push(...reporter.diagnostics);
    return results;
}

// EXTERNAL MODULE: ./src/deploy/cleanup.ts
var cleanup = __webpack_require__(9771);
;// CONCATENATED MODULE: ./src/pipeline/cleanup.ts




/**
 * A closed pull request: its previews and per-PR resources removed (src/deploy), then its GitHub
 * deployments made inactive and its comment rows marked "cleaned up" (src/report).
 */
async function cleanup_cleanup(source, options, ctx) {
    const github = options.github === undefined ? await githubFromEnvironment(ctx) : options.github;
    const reporter = new GitHubReporter(github, options.report ?? {}, ctx);
    const result = await (0,cleanup/* removePreviews */.m)(source, options, ctx);
    result.deactivatedDeployments = await reportCleanup(reporter, {
        pullRequest: options.pullRequest,
        workers: (0,cleanup/* workerNames */.L)(source),
        now: ctx.now(),
    });
    result.diagnostics.push(...reporter.diagnostics);
    return result;
}

// EXTERNAL MODULE: ./src/monitor/index.ts + 1 modules
var monitor = __webpack_require__(9697);
// EXTERNAL MODULE: ./src/report/monitor.ts
var report_monitor = __webpack_require__(848);
;// CONCATENATED MODULE: ./src/pipeline/monitor.ts




/**
 * Production's health (src/monitor), each Worker's current version and start-up time taken from this
 * run's uploads when given, else from its last GitHub Deployment (src/report).
 */
async function monitor_monitor(plan, options, ctx) {
    return (0,monitor/* monitor */.d)(plan, { ...options, deployed: await lastDeploys(plan, options, ctx) }, ctx);
}
async function lastDeploys(plan, { uploads, github }, ctx) {
    const client = github === undefined && !uploads ? await githubFromEnvironment(ctx) : (github ?? null);
    const records = (0,report_monitor/* productionRecords */.I$)(new GitHubReporter(client, {}, ctx), plan.workers.length);
    return async (worker) => uploads?.find((u) => u.worker === worker) ?? (await records(worker));
}

;// CONCATENATED MODULE: ./src/pipeline/index.ts
/**
 * Stages composed for the hosts (src/cli, src/action): deploy, cleanup and monitor, each with the report
 * stage on GitHub. Stages never import each other back up the stack; this layer wires them.
 */





/***/ }),

/***/ 848:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   As: () => (/* binding */ renderMonitorText),
/* harmony export */   I$: () => (/* binding */ productionRecords)
/* harmony export */ });
/* unused harmony exports cpuBar, downsample, renderMonitorMarkdown */
/* harmony import */ var _util_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2693);

/** The monitor's source of each Worker's last production deploy: its GitHub Deployment's record. */
const productionRecords = (reporter, workers) => (worker) => reporter.productionMetrics(worker, workers);
const VERDICT_LABEL = {
    healthy: 'healthy',
    breached: 'THRESHOLD BREACHED',
    'too-little-traffic': 'too little traffic to judge',
};
const msText = (value) => (value === null ? '–' : `${value} ms`);
const rateText = (value) => (value === null ? '–' : (0,_util_format_js__WEBPACK_IMPORTED_MODULE_0__/* .percent */ .K)(value));
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


/***/ }),

/***/ 2693:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ percent)
/* harmony export */ });
/** A rate (0–1) as a percentage, with more digits for rates below 0.1 % so they do not read as zero. */
const percent = (rate) => `${(rate * 100).toFixed(rate < 0.001 && rate > 0 ? 3 : 2)} %`;


/***/ }),

/***/ 1752:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AK: () => (/* binding */ TIER_LIMITS),
/* harmony export */   Hm: () => (/* binding */ LIMITS_SOURCE),
/* harmony export */   xf: () => (/* binding */ SIZE_WARNING_RATIO)
/* harmony export */ });
/**
 * Workers limits the checks compare against, per plan tier.
 * Source: https://developers.cloudflare.com/workers/platform/limits/ (Worker size 64 MiB on every plan
 * since the compressed 3 MB / 10 MB limits were removed in 2026, as wrangler 4.164's size reporter
 * `MAX_UNCOMPRESSED_SIZE_BYTES`; start-up 1 s; memory 128 MB).
 */
const LIMITS_SOURCE = 'https://developers.cloudflare.com/workers/platform/limits/';
const MiB = 1024 * 1024;
const TIER_LIMITS = {
    free: { scriptBytes: 64 * MiB, startupMs: 1000, cpuMsPerRequest: 10 },
    paid: { scriptBytes: 64 * MiB, startupMs: 1000, cpuMsPerRequest: 30_000 },
};
/** Share of the size limit above which a bundle is reported as close to it. */
const SIZE_WARNING_RATIO = 0.8;


/***/ })

};
