export const id = 420;
export const ids = [420];
export const modules = {

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
/** The version serving 100% (or most) of production traffic, or null for a Worker never deployed. */
async function currentVersionId(ctx, input, step, transcript) {
    const run = await (0,wrangler_run/* runStep */.eg)(ctx, input.wrangler, ['deployments', 'status', '--json', '--name', input.target.scriptName], step, new wrangler_run/* Transcript */.ju());
    if (run.exitCode !== 0) {
        transcript.stderr += run.stderr;
        return null;
    }
    try {
        const status = JSON.parse(run.stdout);
        const versions = [...(status.versions ?? [])].sort((a, b) => b.percentage - a.percentage);
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
        if (target.mode === 'production') {
            result.previousVersionId =
                rollout?.liveVersion ?? (await currentVersionId(ctx, input, step, transcript));
        }
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
 * Start-up time and gzip size from this run's check where wrangler reported none: `wrangler preview`
 * prints no start-up time and writes no bundle to measure, so a Worker Preview's figures are check's
 * (wrangler's CPU profile of the same bundle, and its size).
 */
function withCheckedFigures(result, checks) {
    const checked = checks?.find((c) => c.worker === result.worker);
    result.migration.startupMs ??= checked?.startup?.cpuMs ?? null;
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

/***/ 1195:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t: () => (/* reexport */ cleanup_cleanup),
  g: () => (/* reexport */ deploy_deploy)
});

// EXTERNAL MODULE: ./src/deploy/index.ts + 3 modules
var deploy = __webpack_require__(4578);
// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(6584);
// EXTERNAL MODULE: ./src/github/context.ts
var context = __webpack_require__(9556);
// EXTERNAL MODULE: ./src/report/deployments.ts
var deployments = __webpack_require__(2238);
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
        return (0,deployments/* deploymentEnvironment */.pB)(environment, pullRequest, worker.name, plan.workers.length);
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
        const production = await this.reporter.productionMetrics((0,deployments/* deploymentEnvironment */.pB)('production', null, worker.name, this.input.plan.workers.length));
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
        deactivated += await reporter.deactivate((0,deployments/* deploymentEnvironment */.pB)('preview', pullRequest, name, workers.length));
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

// EXTERNAL MODULE: ./src/report/github-reporter.ts + 6 modules
var github_reporter = __webpack_require__(8624);
;// CONCATENATED MODULE: ./src/pipeline/deploy.ts





/**
 * Deploys the plan (src/deploy) while the report stage follows it on GitHub when it can: the sticky PR
 * comment and GitHub Deployments. GitHub reporting problems concern the run, not one Worker: they ride
 * on the first result.
 */
async function deploy_deploy(plan, options, ctx) {
    const github = options.github === undefined ? await (0,client/* githubFromEnvironment */.B)(ctx) : options.github;
    const reporter = new github_reporter/* GitHubReporter */.J(github, options.report ?? {}, ctx);
    const pullRequest = (0,context/* pullRequestNumber */.Kd)(github?.context ?? null, options.pullRequest);
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
    const github = options.github === undefined ? await (0,client/* githubFromEnvironment */.B)(ctx) : options.github;
    const reporter = new github_reporter/* GitHubReporter */.J(github, options.report ?? {}, ctx);
    const result = await (0,cleanup/* removePreviews */.m)(source, options, ctx);
    result.deactivatedDeployments = await reportCleanup(reporter, {
        pullRequest: options.pullRequest,
        workers: (0,cleanup/* workerNames */.L)(source),
        now: ctx.now(),
    });
    result.diagnostics.push(...reporter.diagnostics);
    return result;
}

;// CONCATENATED MODULE: ./src/pipeline/index.ts
/**
 * Stages composed for the hosts (src/cli, src/action): deploy and cleanup, each followed by the report
 * stage on GitHub. Stages never import each other back up the stack; this layer wires them.
 */




/***/ }),

/***/ 6574:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OW: () => (/* binding */ renderCheckText),
/* harmony export */   ms: () => (/* binding */ renderDiagnosticsText),
/* harmony export */   rC: () => (/* binding */ prefixPaths)
/* harmony export */ });
/* unused harmony exports sortDiagnostics, location, countBySeverity, summaryLine, renderDiagnosticsMarkdown, DEFAULT_ANNOTATION_CAP, toAnnotations, renderCheckMarkdown */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Renderers for a diagnostic list (any stage): CLI text, a Markdown table for job summaries, and
 * GitHub annotation data. Pure functions: hosts decide where the text goes.
 */
const SEVERITY_ORDER = { error: 0, warning: 1, note: 2 };
function sortDiagnostics(diagnostics) {
    return [...diagnostics].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
        (a.file ? 0 : 1) - (b.file ? 0 : 1) ||
        (a.file ?? '').localeCompare(b.file ?? '') ||
        (a.line ?? 0) - (b.line ?? 0));
}
/** `file:line:column`, the package, or '' — where a finding is. */
function location(d) {
    if (d.file)
        return `${d.file}${d.line ? `:${d.line}${d.column ? `:${d.column}` : ''}` : ''}`;
    return d.package ? `(${d.package})` : '';
}
function countBySeverity(diagnostics) {
    const counts = { error: 0, warning: 0, note: 0 };
    for (const d of diagnostics)
        counts[d.severity]++;
    return counts;
}
function plural(count, word) {
    return `${count} ${word}${count === 1 ? '' : 's'}`;
}
function summaryLine(diagnostics) {
    const c = countBySeverity(diagnostics);
    return `${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${plural(c.note, 'note')}`;
}
/** One block per finding: `error W101 src/a.js:3  message`, then the fix and docs indented. */
function renderDiagnosticsText(diagnostics) {
    return sortDiagnostics(diagnostics)
        .map((d) => {
        const where = location(d);
        const lines = [
            `${d.severity.padEnd(7)} ${d.ruleId} ${where ? `${where}  ` : ''}${d.message}`,
        ];
        if (d.fix)
            lines.push(`        fix: ${d.fix}`);
        if (d.docs)
            lines.push(`        see: ${d.docs}`);
        return lines.join('\n');
    })
        .join('\n');
}
function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
/** A Markdown table of findings (for job summaries and PR comments). */
function renderDiagnosticsMarkdown(diagnostics) {
    if (diagnostics.length === 0)
        return '_No findings._';
    const icon = {
        error: '❌ error',
        warning: '⚠️ warning',
        note: 'ℹ️ note',
    };
    const rows = sortDiagnostics(diagnostics).map((d) => {
        const rule = d.docs ? `[${d.ruleId}](${d.docs})` : d.ruleId;
        const where = location(d);
        return `| ${icon[d.severity]} | ${rule} | ${where ? `\`${cell(where)}\`` : ''} | ${cell(d.message)} | ${cell(d.fix ?? '')} |`;
    });
    return ['| severity | rule | where | finding | fix |', '|---|---|---|---|---|', ...rows].join('\n');
}
/** GitHub's limit per step is 10 of each level; a run shows at most 50. */
const DEFAULT_ANNOTATION_CAP = 50;
/** Annotation data, errors first, capped; `omitted` counts the rest (say so in the summary). */
function toAnnotations(diagnostics, cap = DEFAULT_ANNOTATION_CAP) {
    const level = {
        error: 'failure',
        warning: 'warning',
        note: 'notice',
    };
    const sorted = sortDiagnostics(diagnostics);
    const annotations = sorted.slice(0, cap).map((d) => ({
        level: level[d.severity],
        title: `${d.ruleId}${d.package ? ` (${d.package})` : ''}`,
        message: d.fix ? `${d.message}\nFix: ${d.fix}` : d.message,
        ...(d.file ? { file: d.file } : {}),
        ...(d.line ? { startLine: d.line } : {}),
        ...(d.column ? { startColumn: d.column } : {}),
    }));
    return { annotations, omitted: Math.max(0, sorted.length - cap) };
}
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
function bar(share, width = 20) {
    const filled = Math.max(share > 0 ? 1 : 0, Math.round(share * width));
    return `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
}
function smokeText(result) {
    const s = result.smoke;
    if (!s)
        return 'skipped';
    const status = s.status === null ? 'no response' : `GET ${s.path} → ${s.status}`;
    const timing = [
        s.startupMs !== null ? `boot ${s.startupMs} ms` : null,
        s.responseMs ? `response ${s.responseMs} ms` : null,
    ].filter(Boolean);
    return `${status}${timing.length ? ` (${timing.join(', ')})` : ''}${s.error ? `: ${s.error.split('\n')[0]}` : ''}`;
}
/** `212 ms of 1000 ms (wrangler check startup)`: start-up against the limit, and how it was measured. */
function startupText(result) {
    const s = result.startup;
    if (!s)
        return 'not measured';
    const over = s.cpuMs > s.limitMs ? ' — over the limit' : '';
    const how = s.method === 'wrangler check startup' ? 'CPU, wrangler check startup' : 'workerd boot';
    return `${s.cpuMs} ms of ${s.limitMs} ms (${how})${over}`;
}
/** The check report for the terminal: per Worker the verdict, bundle, smoke result and findings. */
function renderCheckText(results) {
    return results
        .map((r) => {
        const lines = [`Worker ${r.worker}: ${r.verdict} (${summaryLine(r.diagnostics)})`];
        if (r.bundle) {
            const b = r.bundle;
            const pct = ((b.rawBytes / b.limitBytes) * 100).toFixed(0);
            lines.push(`  bundle: ${kib(b.rawBytes)} = ${pct} % of ${kib(b.limitBytes)}, gzip ${kib(b.gzipBytes)}`);
            for (const p of b.topPackages) {
                lines.push(`    ${bar(p.share)} ${(p.share * 100).toFixed(1).padStart(5)} %  ${p.package} (${kib(p.bytes)})`);
            }
        }
        lines.push(`  start-up: ${startupText(r)}`, `  smoke: ${smokeText(r)}`);
        if (r.diagnostics.length > 0)
            lines.push('', renderDiagnosticsText(r.diagnostics));
        return lines.join('\n');
    })
        .join('\n\n');
}
/** The check section of a job summary: verdict, findings table, bundle chart, smoke result. */
function renderCheckMarkdown(results, omittedAnnotations = 0) {
    return results
        .map((r) => {
        const parts = [`### ${r.worker}: \`${r.verdict}\``, '', summaryLine(r.diagnostics), ''];
        parts.push(renderDiagnosticsMarkdown(r.diagnostics), '');
        if (r.bundle) {
            const b = r.bundle;
            parts.push(`**Bundle** ${kib(b.rawBytes)} of ${kib(b.limitBytes)}, gzip ${kib(b.gzipBytes)}`, '');
            parts.push('| package | share | size |', '|---|---|---|');
            for (const p of b.topPackages) {
                parts.push(`| ${cell(p.package)} | \`${bar(p.share, 10)}\` ${(p.share * 100).toFixed(1)} % | ${kib(p.bytes)} |`);
            }
            parts.push('');
        }
        parts.push(`**Start-up** ${cell(startupText(r))}`, '', `**Smoke boot** ${cell(smokeText(r))}`);
        if (omittedAnnotations > 0)
            parts.push('', `_${omittedAnnotations} more findings are not annotated; they are all in the table above._`);
        return parts.join('\n');
    })
        .join('\n\n');
}
/** The same findings with `prefix` put before each file path (app-relative → repository-relative). */
function prefixPaths(diagnostics, prefix) {
    if (prefix === '')
        return diagnostics;
    return diagnostics.map((d) => d.file ? { ...d, file: node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(prefix.split('\\').join('/'), d.file) } : d);
}


/***/ })

};
