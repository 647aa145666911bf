export const id = 331;
export const ids = [331];
export const modules = {

/***/ 2331:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   deployCommand: () => (/* binding */ deployCommand)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _deploy_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4578);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _pipeline_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3857);
/* harmony import */ var _provision_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(577);
/* harmony import */ var _report_diagnostics_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6574);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3567);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7758);
/* harmony import */ var _planning_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1070);









function human(results) {
    const lines = results.map((r) => {
        const url = r.previewAliasUrl ?? r.deploymentUrl ?? r.previewUrl ?? '';
        const health = r.health
            ? ` health ${r.health.ok ? 'ok' : 'FAILED'} (${r.health.status ?? 'no answer'}, ${r.health.latencyMs ?? '?'} ms)`
            : '';
        const version = r.versionId ? ` version ${r.versionId}` : '';
        const rollout = r.rollout
            ? `\n  rollout: ${r.rollout.decision} at ${r.rollout.finalPercentage} %: ${r.rollout.reason}`
            : '';
        return `${r.status.padEnd(14)} ${r.worker} → ${r.scriptName} ${url}${version}${health}${rollout}`;
    });
    const findings = results.flatMap((r) => r.diagnostics);
    return [...lines, ...(findings.length ? ['', (0,_report_diagnostics_js__WEBPACK_IMPORTED_MODULE_5__/* .renderDiagnosticsText */ .ms)(findings)] : [])].join('\n');
}
const deployCommand = {
    usage: 'Usage: docker-to-workers deploy [DIR] [--env production|preview] [--pr N] [--json] [--no-rollback]\n' +
        '         [--no-health-check] [--no-comment] [--no-deployments] [--out DIR] [--per-pr-resources]\n' +
        `         [--location-hint HINT] [--secret NAME]... [--preview-secrets-from-production NAME]...\n` +
        `         ${_flags_js__WEBPACK_IMPORTED_MODULE_6__/* .BUILD_ENV_USAGE */ .lX}\n` +
        `         ${_flags_js__WEBPACK_IMPORTED_MODULE_6__/* .DETECT_USAGE */ .AK}\n` +
        `         [--rollout 10,50,100] [--rollout-wait SECONDS] ${_flags_js__WEBPACK_IMPORTED_MODULE_6__/* .THRESHOLD_USAGE */ .k9}\n` +
        'With --rollout (production): upload a version, shift traffic step by step, and after each step\n' +
        'compare the new version with the old on Cloudflare analytics; promote or roll back.\n' +
        'Credentials: CLOUDFLARE_API_TOKEN, CLOUDFLARE_ACCOUNT_ID. With GITHUB_TOKEN, GITHUB_REPOSITORY and\n' +
        'GITHUB_EVENT_PATH set (GITHUB_API_URL for GitHub Enterprise Server) it also updates the PR comment\n' +
        'and GitHub Deployments.',
    async run(args, ctx) {
        const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args,
            allowPositionals: true,
            options: {
                ..._flags_js__WEBPACK_IMPORTED_MODULE_6__/* .PROVISION_FLAGS */ .O2,
                'no-rollback': { type: 'boolean' },
                'no-health-check': { type: 'boolean' },
                'no-comment': { type: 'boolean' },
                'no-deployments': { type: 'boolean' },
                rollout: { type: 'string' },
                'rollout-wait': { type: 'string' },
                ..._flags_js__WEBPACK_IMPORTED_MODULE_6__/* .THRESHOLD_FLAGS */ .Er,
                ..._flags_js__WEBPACK_IMPORTED_MODULE_6__/* .DETECT_FLAGS */ .AW,
            },
        });
        const pr = (0,_flags_js__WEBPACK_IMPORTED_MODULE_6__/* .parsePr */ .mx)(values.pr);
        const environment = values.env ?? (pr !== null ? 'preview' : 'production');
        if (environment !== 'production' && environment !== 'preview') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`--env is '${environment}'; deploy knows production and preview.`, {
                fix: 'Pass --env production, or --env preview with --pr N.',
            });
        }
        if (values.rollout !== undefined && environment !== 'production') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y('--rollout is for production deploys.', {
                fix: 'Pass --env production with --rollout, or drop --rollout for a preview.',
            });
        }
        const rollout = values.rollout === undefined
            ? null
            : {
                steps: (0,_deploy_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRolloutSteps */ .uE)(values.rollout, '--rollout'),
                waitSeconds: (0,_flags_js__WEBPACK_IMPORTED_MODULE_6__/* .parseNumber */ .$J)(values['rollout-wait'] ?? '300', '--rollout-wait', 0, 86_400),
                thresholds: (0,_flags_js__WEBPACK_IMPORTED_MODULE_6__/* .thresholdsFrom */ .pI)(values),
            };
        const buildEnv = (0,_flags_js__WEBPACK_IMPORTED_MODULE_6__/* .buildEnvFrom */ .Wj)(values['build-env'], 'deploy', ctx);
        const plan = await (0,_planning_js__WEBPACK_IMPORTED_MODULE_7__/* .planFor */ .b)(positionals[0] ?? '.', (0,_flags_js__WEBPACK_IMPORTED_MODULE_6__/* .detectOptionsFrom */ ._C)(values), values.out, ctx);
        const results = await (0,_pipeline_index_js__WEBPACK_IMPORTED_MODULE_3__/* .deploy */ .gg)(plan, {
            environment,
            pullRequest: pr ?? undefined,
            rollback: !values['no-rollback'],
            healthCheck: !values['no-health-check'],
            provisioner: (0,_deploy_index_js__WEBPACK_IMPORTED_MODULE_1__/* .defaultProvisioner */ .O1)({
                perPrResources: values['per-pr-resources'],
                locationHint: values['location-hint'],
                secrets: (0,_provision_index_js__WEBPACK_IMPORTED_MODULE_4__/* .secretsFromEnvironment */ .$S)(ctx.env, values.secret),
                previewSecretsFromProduction: values['preview-secrets-from-production'],
                buildEnv,
            }),
            previewSecretsFromProduction: values['preview-secrets-from-production'],
            report: { comment: !values['no-comment'], deployments: !values['no-deployments'] },
            rollout,
        }, ctx);
        (0,_command_js__WEBPACK_IMPORTED_MODULE_8__/* .printResult */ .R)(values.json ?? false, results, () => human(results));
        return results.some((r) => r.status === 'failed') ? 1 : 0;
    },
};


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
/* harmony import */ var _plan_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1963);
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

/***/ 3787:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ planRepository)
/* harmony export */ });
/* harmony import */ var _detect_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1368);
/* harmony import */ var _index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1963);


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
