export const id = 551;
export const ids = [551];
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

/***/ 6584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ githubFromEnvironment)
/* harmony export */ });
/* unused harmony export createGitHubClient */
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2413);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9556);


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
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, {
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
    const context = await (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .loadGitHubContext */ .rF)(ctx);
    return context ? createGitHubClient(ctx, context) : null;
}


/***/ }),

/***/ 9556:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kd: () => (/* binding */ pullRequestNumber),
/* harmony export */   rF: () => (/* binding */ loadGitHubContext)
/* harmony export */ });
/* unused harmony export parseGitHubContext */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);


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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`GITHUB_REPOSITORY is '${repository}', expected 'owner/name'.`, {
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
        const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(eventPath, 'utf8').catch((cause) => {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`Cannot read the GitHub event payload ${eventPath}.`, {
                fix: 'GITHUB_EVENT_PATH must name the event JSON file the runner wrote.',
                cause,
            });
        });
        try {
            event = JSON.parse(text);
        }
        catch (cause) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`The GitHub event payload ${eventPath} is not JSON.`, { cause });
        }
    }
    return parseGitHubContext(ctx.env, event);
}
/** The pull request number for this run: `--pr` wins over the event. */
function pullRequestNumber(gh, explicit) {
    return explicit ?? gh?.pullRequest?.number ?? null;
}


/***/ }),

/***/ 6566:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $9: () => (/* binding */ assessWorker),
/* harmony export */   KC: () => (/* binding */ cpuLimitMs),
/* harmony export */   KN: () => (/* binding */ percent),
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   sx: () => (/* binding */ thresholdsFor)
/* harmony export */ });
/* unused harmony exports DEFAULT_MAX_ERROR_RATE, DEFAULT_MIN_REQUESTS, describeBreach, breachesOf */
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
const percent = (rate) => `${(rate * 100).toFixed(rate < 0.001 && rate > 0 ? 3 : 2)} %`;
function describeBreach(breach) {
    const show = breach.metric === 'error rate' ? percent : (v) => `${v} ms`;
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
            : `${input.worker}: healthy over ${requests} requests (error rate at most ${percent(thresholds.maxErrorRate)}, CPU p99 at most ${thresholds.maxCpuP99Ms} ms).`;
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
    return `${stats.requests} requests, error rate ${stats.errorRate === null ? '–' : percent(stats.errorRate)}, CPU p99 ${stats.cpuP99Ms ?? '–'} ms`;
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

/***/ 2238:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F6: () => (/* binding */ latestSuccessfulMetrics),
/* harmony export */   Lx: () => (/* binding */ setStatus),
/* harmony export */   QV: () => (/* binding */ deactivateEnvironment),
/* harmony export */   i4: () => (/* binding */ startDeployment),
/* harmony export */   jl: () => (/* binding */ finishDeployment),
/* harmony export */   pB: () => (/* binding */ deploymentEnvironment)
/* harmony export */ });
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


/***/ }),

/***/ 8624:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  J: () => (/* binding */ GitHubReporter)
});

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

// EXTERNAL MODULE: ./src/monitor/assess.ts
var assess = __webpack_require__(6566);
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
            live.errorRate === null ? '—' : (0,assess/* percent */.KN)(live.errorRate),
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
    for (let round = 1;; round++) {
        const { data: current } = await github.octokit.rest.issues.getComment({
            owner,
            repo,
            comment_id: target.id,
        });
        if (containsAll(current.body ?? '', ours, now)) {
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

// EXTERNAL MODULE: ./src/report/deployments.ts
var deployments = __webpack_require__(2238);
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
        return this.guard('create a deployment', (github) => (0,deployments/* startDeployment */.i4)(github, target));
    }
    /** An `in_progress` status with a description (each step of a gradual rollout). */
    async progressDeployment(id, description) {
        if (id === null)
            return;
        await this.guard('update a deployment', (github) => (0,deployments/* setStatus */.Lx)(github, id, 'in_progress', { description }));
    }
    async finishDeployment(id, environment, outcome) {
        if (id === null)
            return;
        await this.guard('update a deployment', (github) => (0,deployments/* finishDeployment */.jl)(github, id, environment, outcome));
    }
    async productionMetrics(environment) {
        if (this.options.deployments === false)
            return null;
        return this.guard('read the production deployment', (github) => (0,deployments/* latestSuccessfulMetrics */.F6)(github, environment));
    }
    async deactivate(environment) {
        if (this.options.deployments === false)
            return 0;
        return ((await this.guard('deactivate deployments', (github) => (0,deployments/* deactivateEnvironment */.QV)(github, environment))) ?? 0);
    }
}


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
