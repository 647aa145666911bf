export const id = 641;
export const ids = [641];
export const modules = {

/***/ 1588:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  tP: () => (/* reexport */ cleanup),
  O1: () => (/* binding */ defaultProvisioner),
  gg: () => (/* binding */ deploy)
});

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
    };
}
/** Rules whose finding means the app keeps state it reads back (sessions, caches, counters). */
const STATEFUL_RULES = new Set(['W704']);
const STATEFUL_REASON = /session|state|cache|redis|counter|rate.?limit/i;
/**
 * KV bindings holding state the app reads right after writing it: KV is eventually consistent, so
 * such reads can see old values. Judged from the binding's reason and the check's state findings.
 */
function kvReadYourWrites(worker, findings) {
    const keepsState = findings.some((f) => STATEFUL_RULES.has(f.ruleId));
    return worker.bindings
        .filter((b) => b.type === 'kv' && (keepsState || STATEFUL_REASON.test(b.reason)))
        .map((b) => b.binding);
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

;// CONCATENATED MODULE: ./src/deploy/rules.ts
const PREVIEWS_DOCS = 'https://developers.cloudflare.com/workers/configuration/previews/';
const ROLLBACK_DOCS = 'https://developers.cloudflare.com/workers/configuration/versions-and-deployments/rollbacks/';
/** Deploy and report rules: stable ids, default severity, the fix, a docs link. */
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
    R040: {
        severity: 'warning',
        title: 'reporting to GitHub failed',
        fix: 'Give the workflow `pull-requests: write` and `deployments: write` permissions.',
        docs: 'https://docs.github.com/actions/writing-workflows/choosing-what-your-workflow-does/controlling-permissions-for-github_token',
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

;// CONCATENATED MODULE: ./src/report/comment.ts

/** The hidden marker that identifies our sticky comment (changesets/action's approach). */
const COMMENT_MARKER = '<!-- docker-to-workers:pr-comment -->';
const DATA_PREFIX = '<!-- docker-to-workers:data ';
const DATA_SUFFIX = ' -->';
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
    const body = table(['Worker', 'Verdict', 'Converted', 'Approximated', 'Dropped', 'Manual'], rows);
    return details('Migration summary', todo.length ? `${body}\n\n**To do**\n\n${todo.join('\n')}` : body);
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
/** Eventual consistency warnings for KV bindings the app reads right after writing. */
function kvWarnings(entries) {
    const lines = entries.flatMap((e) => (e.health?.kvReadYourWrites ?? []).map((binding) => `> ${escapeInline(e.worker)}: the app reads back what it writes to KV binding ${escapeInline(binding)}. KV is eventually consistent: a read right after a write (from another location) may return the old value for up to 60 seconds. Use D1 or a Durable Object for such state.`));
    return lines.length ? ['> [!WARNING]', ...lines].join('\n>\n') : null;
}
function encodeEntries(entries) {
    // Base64 cannot contain `-->`, so user text in the data can never end the hidden comment.
    return `${DATA_PREFIX}${Buffer.from(JSON.stringify(entries), 'utf8').toString('base64')}${DATA_SUFFIX}`;
}
/** Pure: the whole comment body for a pull request. */
function renderComment(doc) {
    const entries = [...doc.entries].sort((a, b) => a.worker.localeCompare(b.worker));
    const sections = [
        COMMENT_MARKER,
        `### Cloudflare Workers preview for #${doc.pullRequest}`,
        `${escapeInline(doc.title)}${doc.branch ? ` (branch ${escapeInline(doc.branch)})` : ''}`,
        table(['Status', 'Worker', 'Commit', 'Preview URL', 'Alias URL', 'Updated'], entries.map(row)),
        healthTable(entries),
        kvWarnings(entries),
        findingsSection(entries),
        migrationSection(entries),
        encodeEntries(entries),
    ];
    return sections.filter((s) => s !== null && s !== '').join('\n\n');
}
function isEntry(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const v = value;
    return (typeof v.worker === 'string' &&
        typeof v.status === 'string' &&
        v.status in STATUS_ICON &&
        typeof v.updatedAt === 'string' &&
        Array.isArray(v.findings));
}
/** The entries stored in a comment body we rendered; [] for anything else. */
function parseCommentEntries(body) {
    const start = body.indexOf(DATA_PREFIX);
    if (start < 0)
        return [];
    const end = body.indexOf(DATA_SUFFIX, start + DATA_PREFIX.length);
    if (end < 0)
        return [];
    try {
        const decoded = JSON.parse(Buffer.from(body.slice(start + DATA_PREFIX.length, end), 'base64').toString('utf8'));
        return Array.isArray(decoded) ? decoded.filter(isEntry) : [];
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
/** All our marker comments on the pull request, oldest first, across every page. */
async function findMarkerComments(github, pullRequest) {
    const { owner, repo } = github.context;
    const comments = await github.octokit.paginate(github.octokit.rest.issues.listComments, {
        owner,
        repo,
        issue_number: pullRequest,
        per_page: 100,
    });
    return comments.filter((c) => c.body?.includes(COMMENT_MARKER)).sort((a, b) => a.id - b.id);
}
/** Every entry of ours is stored as written, or superseded by a strictly newer one. */
function containsAll(body, ours) {
    const stored = parseCommentEntries(body);
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
    let [target, ...duplicates] = await findMarkerComments(github, options.pullRequest);
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
        // Two jobs may both have found no comment: the oldest wins, the others fold into it.
        [target, ...duplicates] = await findMarkerComments(github, options.pullRequest);
        target ??= { id: data.id, body };
    }
    for (const duplicate of duplicates) {
        await github.octokit.rest.issues
            .deleteComment({ owner, repo, comment_id: duplicate.id })
            .catch(() => ctx.log.debug(`Comment ${duplicate.id} was already removed.`));
    }
    const carried = duplicates.flatMap((d) => parseCommentEntries(d.body ?? ''));
    const ours = mergeEntries(carried, options.entries);
    for (let round = 1;; round++) {
        const { data: current } = await github.octokit.rest.issues.getComment({
            owner,
            repo,
            comment_id: target.id,
        });
        if (containsAll(current.body ?? '', ours)) {
            return { id: target.id, created, body: current.body ?? '' };
        }
        const body = render(mergeEntries(parseCommentEntries(current.body ?? ''), ours));
        await github.octokit.rest.issues.updateComment({ owner, repo, comment_id: target.id, body });
        if (round === MAX_ROUNDS) {
            ctx.log.warn(`The PR comment ${target.id} kept changing while we updated it; our rows may lag.`);
            return { id: target.id, created, body };
        }
    }
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
            this.diagnostics.push(deployFinding('R040', message));
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
    async finishDeployment(id, environment, outcome) {
        if (id === null)
            return;
        await this.guard('update a deployment', (github) => finishDeployment(github, id, environment, outcome));
    }
    async productionMetrics(environment) {
        if (this.options.deployments === false)
            return null;
        return this.guard('read the production deployment', (github) => latestSuccessfulMetrics(github, environment));
    }
    async deactivate(environment) {
        if (this.options.deployments === false)
            return 0;
        return ((await this.guard('deactivate deployments', (github) => deactivateEnvironment(github, environment))) ?? 0);
    }
}

// EXTERNAL MODULE: ./src/toolchain/wrangler.ts
var toolchain_wrangler = __webpack_require__(8937);
// EXTERNAL MODULE: ./src/provision/index.ts + 21 modules
var provision = __webpack_require__(1277);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/deploy/target.ts


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
    const hash = (0,external_node_crypto_.createHash)('sha256').update(name).digest('hex').slice(0, 6);
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
/** Where a Worker goes: production, a `pr-N` preview alias, or a separate `<name>-pr-N` Worker. */
function chooseTarget(worker, environment, pullRequest) {
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
    const separate = (reason, diagnostics = []) => ({
        scriptName: previewWorkerName(worker.name, pullRequest),
        mode: 'preview-worker',
        modeReason: reason,
        alias: null,
        diagnostics: [
            ...diagnostics,
            deployFinding('R001', `${worker.name}: preview deployed as a separate Worker because ${reason}.`),
        ],
    });
    const blocker = aliasBlocker(worker);
    if (blocker)
        return separate(blocker);
    if (`${alias}-${worker.name}`.length > MAX_LABEL) {
        const reason = `the alias hostname ${alias}-${worker.name} is longer than ${MAX_LABEL} characters`;
        return separate(reason, [deployFinding('R002', `${worker.name}: ${reason}.`)]);
    }
    return {
        scriptName: worker.name,
        mode: 'preview-alias',
        modeReason: `preview alias ${alias} on the Worker (a stable URL per pull request)`,
        alias,
        diagnostics: [],
    };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/deploy/health.ts
const defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** The healthcheck URL: the path resolved against the deployment's URL. */
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

;// CONCATENATED MODULE: ./src/deploy/wrangler-run.ts


/** Environment wrangler needs to reach Cloudflare; only these are passed on from the host. */
const CLOUDFLARE_ENV = [
    'CLOUDFLARE_API_TOKEN',
    'CLOUDFLARE_ACCOUNT_ID',
    'CLOUDFLARE_API_BASE_URL',
];
const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;
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
                log(line.replace(ANSI, ''));
    };
}
/** Runs wrangler with the Cloudflare environment, streaming its console to the log. */
async function runStep(ctx, wrangler, args, step, transcript) {
    ctx.log.info(`$ wrangler ${args.join(' ')}`);
    const run = await (0,toolchain_wrangler/* runWrangler */.IZ)(ctx, wrangler, args, {
        config: step.config,
        cwd: step.cwd,
        env: cloudflareEnv(ctx),
        onStdout: lineLogger((line) => ctx.log.info(line)),
        onStderr: lineLogger((line) => ctx.log.warn(line)),
    });
    transcript.stdout += run.stdout.replace(ANSI, '');
    transcript.stderr += run.stderr.replace(ANSI, '');
    return run;
}
/** What usually causes a wrangler failure, by Cloudflare error code or wrangler's text. */
function hint(code, text) {
    const numeric = Number(code);
    if ([10000, 9106, 1000, 10001].includes(numeric) ||
        /authentication|unauthori[sz]ed/i.test(text)) {
        return 'The API token was refused or lacks a permission: it needs Account › Workers Scripts › Edit (plus the permissions of the resources the Worker binds) on the account in CLOUDFLARE_ACCOUNT_ID.';
    }
    if (numeric === 10027 || /size|too large|exceeded/i.test(text)) {
        return 'The Worker is over the size limit (3 MiB gzip on the Free plan, 10 MiB on Paid): `docker-to-workers check` lists the largest packages in the bundle.';
    }
    if (numeric === 10021 || /startup|start-up|validat/i.test(text)) {
        return 'Cloudflare rejected the script (a start-up error, start-up over the CPU limit, or an invalid binding): `docker-to-workers check` boots it locally and shows the error.';
    }
    if (/already (exists|in use|taken)|conflict/i.test(text)) {
        return 'A Worker or resource with that name already exists and belongs to something else: rename the Worker (`name` in the compose x-cloudflare block or --name).';
    }
    if (numeric === 10007 || numeric === 10090) {
        return 'The Worker does not exist on this account: deploy to production first, or check CLOUDFLARE_ACCOUNT_ID.';
    }
    return 'Run again with --verbose for wrangler’s full log.';
}
/** wrangler's own explanation from stderr: its last lines, without colours or what `known` already says. */
function stderrDetail(stderr, known) {
    const lines = stderr
        .replace(ANSI, '')
        .split('\n')
        .map((line) => line.replace(/\s+/g, ' ').trim())
        .filter((line) => line &&
        !line.startsWith('🪵') &&
        !/issues\/new|newer version|report this error|fallback value/i.test(line) &&
        !known.replace(/\s+/g, ' ').includes(line.replace(/^✘ \[ERROR\] /, '')));
    return lines.slice(-3).join(' ');
}
/** A failed wrangler run as one clear error: what we did, wrangler's own text, and our hint. */
function wranglerError(run, step) {
    const failed = run.records.find((r) => r.type === 'command-failed');
    const text = failed?.message || stderrDetail(run.stderr, '') || `exit code ${run.exitCode}`;
    const code = failed?.code !== undefined ? ` [code ${String(failed.code)}]` : '';
    const detail = stderrDetail(run.stderr, text);
    const said = detail ? `\n  wrangler said: ${detail}` : '';
    return new errors/* UserError */.y(`wrangler could not ${step.action}: ${text}${code}${said}`, {
        fix: hint(failed?.code, `${text} ${detail}`),
        file: step.config,
    });
}
/** Throws wranglerError unless the run succeeded. */
function assertSucceeded(run, step) {
    if (run.exitCode !== 0 || run.records.some((r) => r.type === 'command-failed')) {
        throw wranglerError(run, step);
    }
}
/**
 * The start-up time wrangler reports after an upload. Wrangler 4.86 writes it to the console only (its
 * output file has no such field), so this one figure is read from the console text; it is informational.
 */
function reportedStartupMs(stdout) {
    const match = /Worker Startup Time:\s*(\d+(?:\.\d+)?)\s*ms/.exec(stdout.replace(ANSI, ''));
    return match ? Number(match[1]) : null;
}

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
    const run = await runStep(ctx, input.wrangler, ['deployments', 'status', '--json', '--name', input.target.scriptName], step, new Transcript());
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
function firstHttpsUrl(urls) {
    return urls?.find((u) => u.startsWith('https://')) ?? urls?.[0] ?? null;
}
/**
 * The upload itself: `versions upload --preview-alias` for an alias preview (falling back to a
 * separate preview Worker when the Worker was never deployed), `deploy` otherwise.
 */
async function uploadWorker(ctx, input, result, { step, transcript, uploadDir, message }) {
    const { worker, target } = input;
    let run;
    if (target.mode === 'preview-alias' && target.alias) {
        run = await runStep(ctx, input.wrangler, [
            'versions',
            'upload',
            '--preview-alias',
            target.alias,
            '--outdir',
            uploadDir,
            '--message',
            message,
        ], step, transcript);
        const failure = run.records.find((r) => r.type === 'command-failed');
        if (failure && (failure.code === 10007 || failure.code === 10090) && input.pullRequest) {
            // The Worker has never been deployed, so it has no versions to alias: use a preview Worker.
            result.mode = 'preview-worker';
            result.scriptName = previewWorkerName(worker.name, input.pullRequest);
            result.modeReason = `${worker.name} has no production deployment yet to attach a preview alias to`;
            result.diagnostics.push(deployFinding('R001', `${worker.name}: preview deployed as a separate Worker because ${result.modeReason}.`));
            run = await runStep(ctx, input.wrangler, ['deploy', '--name', result.scriptName, '--outdir', uploadDir, '--message', message], step, transcript);
        }
    }
    else {
        if (target.mode === 'production') {
            result.previousVersionId = await currentVersionId(ctx, input, step, transcript);
        }
        const name = target.mode === 'preview-worker' ? ['--name', target.scriptName] : [];
        run = await runStep(ctx, input.wrangler, ['deploy', ...name, '--outdir', uploadDir, '--message', message], step, transcript);
    }
    return run;
}
/** Uploads one Worker to its target, checks its health and, in production, rolls back on failure. */
async function deployWorker(ctx, input) {
    const started = performance.now();
    const { worker, target } = input;
    const transcript = new Transcript();
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
        const run = await uploadWorker(ctx, input, result, { step, transcript, uploadDir, message });
        assertSucceeded(run, step);
        const upload = record(run, 'version-upload');
        const deployed = record(run, 'deploy');
        result.versionId = upload?.version_id ?? deployed?.version_id ?? null;
        result.previewUrl = upload?.preview_url ?? null;
        result.previewAliasUrl = upload?.preview_alias_url ?? null;
        result.deploymentUrl = firstHttpsUrl(deployed?.targets);
        result.migration.startupMs = reportedStartupMs(run.stdout);
        result.migration.gzipBytes = await gzipSize(uploadDir);
        await input.onUploaded?.(result);
        const url = result.previewAliasUrl ?? result.previewUrl ?? result.deploymentUrl;
        if (input.healthCheck && url) {
            result.health = await checkHealth(healthUrl(url, worker.healthcheckPath), {
                ...input.health,
                fetch: ctx.fetch,
            });
            if (!result.health.ok)
                await onUnhealthy(ctx, input, step, transcript, result, result.health);
        }
    }
    catch (error) {
        if (!(error instanceof errors/* UserError */.y))
            throw error;
        result.status = 'failed';
        result.diagnostics.push(deployFinding('R010', error.message, { fix: error.fix }));
    }
    finally {
        result.commandOutput = transcript.stdout;
        result.commandStderr = transcript.stderr;
        result.durationMs = Math.round(performance.now() - started);
    }
    return result;
}
function describeHealth(health) {
    const answer = health.status === null ? (health.error ?? 'no answer') : `HTTP ${health.status}`;
    return `health check of ${health.url} failed (${answer} after ${health.attempts} attempt${health.attempts === 1 ? '' : 's'})`;
}
async function onUnhealthy(ctx, input, step, transcript, result, health) {
    result.status = 'failed';
    const what = `${result.worker}: ${describeHealth(health)}`;
    if (result.mode !== 'production') {
        result.diagnostics.push(deployFinding('R020', `${what}. Production is not affected.`));
        return;
    }
    const previous = result.previousVersionId;
    if (!input.rollback || !previous) {
        const why = !input.rollback
            ? '--no-rollback was given'
            : 'there is no earlier version to roll back to';
        result.diagnostics.push(deployFinding('R022', `${what}; version ${result.versionId ?? '?'} stays live because ${why}.`));
        return;
    }
    const rollback = await runStep(ctx, input.wrangler, [
        'rollback',
        previous,
        '--name',
        result.scriptName,
        '--message',
        'docker-to-workers: failed health check',
        '--yes',
    ], { ...step, action: `roll back ${result.scriptName} to ${previous}` }, transcript);
    assertSucceeded(rollback, { ...step, action: `roll back ${result.scriptName} to ${previous}` });
    result.rolledBack = true;
    result.diagnostics.push(deployFinding('R021', `${what}; rolled back from version ${result.versionId ?? '?'} to the previous version ${previous}.`));
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/deploy/cleanup.ts











function isPlan(source) {
    return 'version' in source;
}
const NOT_FOUND = new Set([10007, 10090]);
/** Deletes `<name>-pr-N` if it exists (a Worker with an alias preview has none). */
async function deletePreviewWorker(ctx, wrangler, scriptName, transcript) {
    // wrangler needs a config; the PR's own is not checked out, and only the name matters here.
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'dtw-cleanup-'));
    try {
        const config = (0,external_node_path_.join)(dir, 'wrangler.json');
        await (0,promises_.writeFile)(config, JSON.stringify({ name: scriptName, compatibility_date: '2025-01-01' }));
        const step = { config, cwd: dir, action: `delete the preview Worker ${scriptName}` };
        const run = await runStep(ctx, wrangler, ['delete', '--name', scriptName, '--force'], step, transcript);
        const failed = run.records.find((r) => r.type === 'command-failed');
        if (failed && NOT_FOUND.has(failed.code))
            return false;
        if (run.exitCode !== 0 || failed)
            throw wranglerError(run, step);
        return true;
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}
/**
 * Removes a closed pull request's previews: the separate preview Workers, the per-PR resources provision
 * created (only names of that PR's set), the PR's GitHub deployments (inactive), and marks its comment
 * rows "cleaned up". Needs only the saved plan, or just the Worker names.
 */
async function cleanup(source, options, ctx) {
    const pr = options.pullRequest;
    const plan = isPlan(source) ? source : null;
    const names = isPlan(source) ? source.workers.map((w) => w.name) : source.workers;
    const github = options.github === undefined ? await githubFromEnvironment(ctx) : options.github;
    const reporter = new GitHubReporter(github, options.report ?? {}, ctx);
    const wrangler = options.wrangler ?? (await (0,toolchain_wrangler/* resolveWrangler */.L9)(ctx));
    const result = {
        pullRequest: pr,
        deletedWorkers: [],
        deletedResources: [],
        deactivatedDeployments: 0,
        diagnostics: [],
    };
    const transcript = new Transcript();
    for (const name of names) {
        const scriptName = previewWorkerName(name, pr);
        try {
            if (await deletePreviewWorker(ctx, wrangler, scriptName, transcript)) {
                result.deletedWorkers.push(scriptName);
            }
        }
        catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            result.diagnostics.push(deployFinding('R030', message));
        }
    }
    if (plan) {
        result.deletedResources = await (0,provision/* cleanupPreviewResources */.wi)(plan, { ...options.connection, pr }, ctx);
    }
    for (const name of names) {
        result.deactivatedDeployments += await reporter.deactivate(deploymentEnvironment('preview', pr, name, names.length));
    }
    const now = ctx.now().toISOString();
    await reporter.comment(pr, names.map((worker) => ({
        worker,
        status: 'cleaned up',
        commit: '',
        previewUrl: null,
        aliasUrl: null,
        updatedAt: now,
        note: null,
        findings: [],
        migration: null,
        health: null,
    })));
    result.diagnostics.push(...reporter.diagnostics);
    return result;
}

;// CONCATENATED MODULE: ./src/deploy/index.ts













/** Provision through src/provision, each Worker's config naming the script deploy uploads to. */
function defaultProvisioner(options = {}) {
    return (plan, environment, pullRequest, ctx) => (0,provision/* provision */.mg)(plan, {
        ...options,
        environment,
        pr: pullRequest,
        scriptName: (worker) => chooseTarget(worker, environment, pullRequest).scriptName,
    }, ctx);
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
/** One Worker: its GitHub deployment around the upload, health and rollback, and migration health. */
async function deployOne(worker, run, ctx) {
    const environmentName = deploymentEnvironment(run.options.environment, run.pr, worker.name, run.plan.workers.length);
    const production = await run.reporter.productionMetrics(deploymentEnvironment('production', null, worker.name, run.plan.workers.length));
    const target = chooseTarget(worker, run.options.environment, run.pr);
    let deploymentId = null;
    // The payload keeps start-up time and size, so later previews can compare against production.
    const startDeployment = (result) => run.reporter.startDeployment({
        environment: environmentName,
        ref: run.commit || 'HEAD',
        transient: run.options.environment === 'preview',
        production: run.options.environment === 'production',
        description: `${worker.name} → ${result.scriptName}`,
        metrics: {
            worker: worker.name,
            versionId: result.versionId,
            startupMs: result.migration.startupMs,
            gzipBytes: result.migration.gzipBytes,
        },
    });
    const result = await deployWorker(ctx, {
        worker,
        target,
        configPath: configFor(run.provisioned, worker.name),
        environment: run.options.environment,
        pullRequest: run.pr,
        rollback: run.options.rollback ?? true,
        healthCheck: run.options.healthCheck ?? true,
        health: run.options.health ?? {},
        wrangler: run.wrangler,
        onUploaded: async (uploaded) => {
            deploymentId = await startDeployment(uploaded);
        },
    });
    // A failed upload still gets a (failed) deployment, so the environment shows what happened.
    deploymentId ??= await startDeployment(result);
    result.migration.production = production
        ? { startupMs: production.startupMs, gzipBytes: production.gzipBytes }
        : null;
    result.migration.kvReadYourWrites = kvReadYourWrites(worker, findingsFor(worker.name, run.options.checks));
    await run.reporter.finishDeployment(deploymentId, environmentName, {
        ok: result.status === 'ready',
        environmentUrl: result.previewAliasUrl ?? result.deploymentUrl ?? result.previewUrl,
        description: result.status === 'ready'
            ? `${worker.name} is live`
            : (result.diagnostics.find((d) => d.severity === 'error')?.message ?? 'failed'),
    });
    return result;
}
/**
 * Deploys every Worker of the plan to production or to a pull request's preview, checks health, rolls
 * production back on failure, and reports to GitHub (sticky comment, Deployments) when it can.
 * Fork pull requests are never deployed.
 */
async function deploy(plan, options, ctx) {
    const github = options.github === undefined ? await githubFromEnvironment(ctx) : options.github;
    const reporter = new GitHubReporter(github, options.report ?? {}, ctx);
    const pr = pullRequestNumber(github?.context ?? null, options.pullRequest);
    if (options.environment === 'preview' && pr === null) {
        throw new errors/* UserError */.y('A preview deploy needs a pull request number.', {
            fix: 'Pass --pr N, or run on a pull_request event.',
        });
    }
    const commit = github?.context.sha ?? ctx.env.GITHUB_SHA ?? '';
    const entry = (worker, result) => commentEntry({
        worker,
        status: result.status,
        commit,
        now: ctx.now(),
        result,
        checks: options.checks,
    });
    /** Rows for Workers that have no deploy result (yet). */
    const pending = (workers, status, note) => workers.map((worker) => commentEntry({ worker, status, commit, now: ctx.now(), note, checks: options.checks }));
    if (options.environment === 'preview' && reporter.pullRequest?.fork) {
        const results = plan.workers.map((w) => skippedResult(w, 'preview', 'skipped (fork)', deployFinding('R003', `${w.name}: pull request #${pr} comes from a fork; it is not deployed because secrets are not available to untrusted code.`)));
        await reporter.comment(pr, plan.workers.map((w, i) => entry(w, results[i])));
        return results;
    }
    const deployable = plan.workers.filter((w) => w.verdict !== 'unsupported');
    if (pr !== null && options.environment === 'preview') {
        await reporter.comment(pr, pending(deployable, 'building'));
    }
    let provisioned = [];
    try {
        if (deployable.length) {
            provisioned = await (options.provisioner ?? defaultProvisioner())(plan, options.environment, pr, ctx);
        }
    }
    catch (error) {
        // Leave no row "building" forever: say it failed, then let the host report the error.
        if (pr !== null && options.environment === 'preview' && error instanceof errors/* UserError */.y) {
            const note = `provisioning failed: ${error.message}`;
            await reporter.comment(pr, pending(deployable, 'failed', note));
        }
        throw error;
    }
    const wrangler = options.wrangler ?? (await (0,toolchain_wrangler/* resolveWrangler */.L9)(ctx));
    const results = [];
    for (const worker of plan.workers) {
        if (worker.verdict === 'unsupported') {
            results.push(skippedResult(worker, options.environment, 'skipped', deployFinding('R004', `${worker.name}: not deployed, the plan's verdict is unsupported (${worker.verdictReason}).`)));
            continue;
        }
        results.push(await deployOne(worker, { plan, options, reporter, pr, commit, provisioned, wrangler }, ctx));
    }
    if (pr !== null && options.environment === 'preview') {
        await reporter.comment(pr, plan.workers.map((w, i) => entry(w, results[i])));
    }
    // GitHub reporting problems concern the run, not one Worker: they ride on the first result.
    results[0]?.diagnostics.push(...reporter.diagnostics);
    return results;
}


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
        s.startupMs !== null ? `start-up ${s.startupMs} ms` : null,
        s.responseMs ? `response ${s.responseMs} ms` : null,
    ].filter(Boolean);
    return `${status}${timing.length ? ` (${timing.join(', ')})` : ''}${s.error ? `: ${s.error.split('\n')[0]}` : ''}`;
}
/** The check report for the terminal: per Worker the verdict, bundle, smoke result and findings. */
function renderCheckText(results) {
    return results
        .map((r) => {
        const lines = [`Worker ${r.worker}: ${r.verdict} (${summaryLine(r.diagnostics)})`];
        if (r.bundle) {
            const b = r.bundle;
            const pct = ((b.gzipBytes / b.limitBytes) * 100).toFixed(0);
            lines.push(`  bundle: ${kib(b.rawBytes)}, gzip ${kib(b.gzipBytes)} = ${pct} % of ${kib(b.limitBytes)}`);
            for (const p of b.topPackages) {
                lines.push(`    ${bar(p.share)} ${(p.share * 100).toFixed(1).padStart(5)} %  ${p.package} (${kib(p.bytes)})`);
            }
        }
        lines.push(`  smoke: ${smokeText(r)}`);
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
            parts.push(`**Bundle** ${kib(b.rawBytes)}, gzip ${kib(b.gzipBytes)} of ${kib(b.limitBytes)}`, '');
            parts.push('| package | share | size |', '|---|---|---|');
            for (const p of b.topPackages) {
                parts.push(`| ${cell(p.package)} | \`${bar(p.share, 10)}\` ${(p.share * 100).toFixed(1)} % | ${kib(p.bytes)} |`);
            }
            parts.push('');
        }
        parts.push(`**Smoke boot** ${cell(smokeText(r))}`);
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
