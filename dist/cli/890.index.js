export const id = 890;
export const ids = [890];
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

/***/ 890:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  planCommand: () => (/* binding */ planCommand)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/plan/index.ts + 22 modules
var src_plan = __webpack_require__(1963);
// EXTERNAL MODULE: ./src/plan/repository.ts
var repository = __webpack_require__(3787);
// EXTERNAL MODULE: ./src/report/plan-text.ts
var plan_text = __webpack_require__(8495);
// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
// EXTERNAL MODULE: ./src/plan/button.ts
var plan_button = __webpack_require__(4451);
;// CONCATENATED MODULE: ./src/cli/repository.ts

async function git(ctx, dir, args) {
    const result = await ctx
        .exec('git', ['-C', dir, ...args], { timeoutMs: 10_000 })
        .catch(() => null);
    return result?.exitCode === 0 ? result.stdout.trim() : null;
}
/** Where git says the repository is published (origin), for the Deploy to Cloudflare button. */
async function gitRepository(dir, ctx) {
    const remote = await git(ctx, dir, ['remote', 'get-url', 'origin']);
    const url = remote ? (0,plan_button/* webUrlOfRemote */.n1)(remote) : null;
    if (!url)
        return null;
    const branch = await git(ctx, dir, ['rev-parse', '--abbrev-ref', 'HEAD']);
    const prefix = (await git(ctx, dir, ['rev-parse', '--show-prefix'])) ?? '';
    return { url, branch: branch && branch !== 'HEAD' ? branch : null, prefix };
}

// EXTERNAL MODULE: ./src/cli/flags.ts
var flags = __webpack_require__(7758);
;// CONCATENATED MODULE: ./src/cli/plan.ts








const TARGETS = ['worker', 'python-worker', 'container'];
const planCommand = {
    usage: 'Usage: docker-to-workers plan [DIR] [--out DIR] [--json] [--write] [--target worker|python-worker|container]\n' +
        '         [--compatibility-date YYYY-MM-DD] [--use-existing] [--no-remedies] [--plan free|paid]\n' +
        `         ${flags/* DETECT_USAGE */.AK}`,
    async run(args, ctx) {
        const { values, positionals } = (0,external_node_util_.parseArgs)({
            args,
            allowPositionals: true,
            options: {
                out: { type: 'string' },
                json: { type: 'boolean' },
                write: { type: 'boolean' },
                target: { type: 'string' },
                'compatibility-date': { type: 'string' },
                'use-existing': { type: 'boolean' },
                'no-remedies': { type: 'boolean' },
                plan: { type: 'string' },
                tier: { type: 'string' },
                ...flags/* DETECT_FLAGS */.AW,
            },
        });
        const target = values.target;
        if (target !== undefined && !TARGETS.includes(target)) {
            throw new errors/* UserError */.y(`Unknown --target '${values.target}'.`, {
                fix: `Use one of: ${TARGETS.join(', ')}.`,
            });
        }
        const { tier } = (0,flags/* tierFromFlag */.VZ)(values.plan ?? values.tier, values.plan === undefined && values.tier !== undefined ? '--tier' : '--plan');
        const dir = positionals[0] ?? '.';
        const plan = await (0,repository/* planRepository */._)(dir, (0,flags/* detectOptionsFrom */._C)(values), {
            outDir: values.out,
            target,
            compatibilityDate: values['compatibility-date'],
            useExisting: values['use-existing'],
            noRemedies: values['no-remedies'],
            tier,
            repository: await gitRepository(dir, ctx),
        }, ctx);
        await (0,src_plan/* writePlan */.pD)(plan, ctx, { intoRepo: values.write ?? false });
        (0,command/* printResult */.R)(values.json ?? false, plan, () => (0,plan_text/* renderPlanText */.$)(plan));
        const findings = [...plan.app.diagnostics, ...plan.diagnostics];
        return findings.some((d) => d.severity === 'error') ? 1 : 0;
    },
};


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


/***/ }),

/***/ 8495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ renderPlanText)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6574);


const where = (path) => (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(process.cwd(), path) || '.';
function describeWorker(plan, worker) {
    const app = plan.app;
    const lines = [
        `${worker.name}: ${worker.target} — ${worker.targetReason}${worker.targetSource ? ` (${worker.targetSource})` : ''}`,
        `  app: ${app.framework} on ${app.runtime}, entry ${app.entry ?? app.runFile ?? '?'}, port ${worker.port ?? '-'}, health ${worker.healthcheckPath}`,
        `  config: ${where(plan.outDir)}/${worker.files.wranglerConfig} (${worker.compatibilityDate}${worker.compatibilityFlags.length ? `, ${worker.compatibilityFlags.join(', ')}` : ''})`,
    ];
    for (const b of worker.bindings)
        lines.push(`  binding ${b.type} ${b.binding}: ${b.reason}`);
    for (const r of worker.remedies)
        lines.push(`  remedy applied: ${r.description}`);
    for (const c of worker.codeChanges) {
        lines.push(`  change ${c.file}${c.line ? `:${c.line}` : ''}: ${c.change}`);
    }
    if (worker.secrets.length > 0)
        lines.push(`  secrets to set: ${worker.secrets.join(', ')}`);
    if (worker.deployButton)
        lines.push(`  Deploy to Cloudflare: ${worker.deployButton}`);
    lines.push(`  plan verdict: ${worker.verdict}${worker.verdict === 'ready' ? '' : ` (${worker.verdictReason})`}`);
    return lines;
}
/** The plan as a person reads it: one block per Worker, the plan's findings, where the report is. */
function renderPlanText(plan) {
    const findings = plan.diagnostics.filter((d) => d.severity !== 'note');
    const written = plan.written
        ? [
            `written into the repository: ${plan.written.created.join(', ') || 'nothing'}`,
            ...(plan.written.edited.length ? [`edited: ${plan.written.edited.join(', ')}`] : []),
        ]
        : [];
    // Detect's errors stop the plan too (its verdict says so); they are printed with file:line and fix.
    const detectErrors = plan.app.diagnostics.filter((d) => d.severity === 'error');
    return [
        ...plan.workers.flatMap((w) => describeWorker(plan, w)),
        ...(detectErrors.length > 0
            ? [`Detect findings:\n${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_1__/* .renderDiagnosticsText */ .ms)(detectErrors)}`]
            : []),
        ...(findings.length > 0 ? [`Plan findings:\n${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_1__/* .renderDiagnosticsText */ .ms)(findings)}`] : []),
        ...written,
        `migration report: ${where(plan.outDir)}/MIGRATION.md`,
    ].join('\n');
}


/***/ })

};
