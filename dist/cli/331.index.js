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
/* harmony import */ var _pipeline_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1195);
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
        const plan = await (0,_planning_js__WEBPACK_IMPORTED_MODULE_7__/* .planFor */ .b)(positionals[0] ?? '.', (0,_flags_js__WEBPACK_IMPORTED_MODULE_6__/* .detectOptionsFrom */ ._C)(values), values.out, ctx);
        const results = await (0,_pipeline_index_js__WEBPACK_IMPORTED_MODULE_3__/* .deploy */ .g)(plan, {
            environment,
            pullRequest: pr ?? undefined,
            rollback: !values['no-rollback'],
            healthCheck: !values['no-health-check'],
            provisioner: (0,_deploy_index_js__WEBPACK_IMPORTED_MODULE_1__/* .defaultProvisioner */ .O1)({
                perPrResources: values['per-pr-resources'],
                locationHint: values['location-hint'],
                secrets: (0,_provision_index_js__WEBPACK_IMPORTED_MODULE_4__/* .secretsFromEnvironment */ .$S)(ctx.env, values.secret),
                previewSecretsFromProduction: values['preview-secrets-from-production'],
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
