export const id = 28;
export const ids = [28];
export const modules = {

/***/ 9028:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   monitorCommand: () => (/* binding */ monitorCommand),
/* harmony export */   monitorExitCode: () => (/* binding */ monitorExitCode)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _monitor_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9697);
/* harmony import */ var _pipeline_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3857);
/* harmony import */ var _report_monitor_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(848);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3567);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7758);
/* harmony import */ var _planning_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1070);








const monitorCommand = {
    usage: 'Usage: docker-to-workers monitor [DIR] [--env production] [--since 1h] [--json]\n' +
        `         ${_flags_js__WEBPACK_IMPORTED_MODULE_5__/* .THRESHOLD_USAGE */ .k9} [--out DIR] ${_flags_js__WEBPACK_IMPORTED_MODULE_5__/* .DETECT_USAGE */ .AK}\n` +
        'Per Worker and version: requests, errors, CPU and wall time p50/p99 (against the plan’s CPU limit),\n' +
        'subrequests, from Cloudflare’s GraphQL Analytics API. Exits 1 when a threshold is breached, else 3 when\n' +
        'a Worker had too little traffic to judge. Credentials: CLOUDFLARE_API_TOKEN (Account Analytics Read),\n' +
        'CLOUDFLARE_ACCOUNT_ID; with GITHUB_TOKEN it also reads the last deploy’s start-up time.',
    async run(args, ctx) {
        const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args,
            allowPositionals: true,
            options: {
                env: { type: 'string' },
                since: { type: 'string' },
                json: { type: 'boolean' },
                out: { type: 'string' },
                ..._flags_js__WEBPACK_IMPORTED_MODULE_5__/* .THRESHOLD_FLAGS */ .Er,
                ..._flags_js__WEBPACK_IMPORTED_MODULE_5__/* .DETECT_FLAGS */ .AW,
            },
        });
        if ((values.env ?? 'production') !== 'production') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`--env is '${values.env}'; monitor watches production only.`, {
                fix: 'Drop --env, or pass --env production.',
            });
        }
        const since = new Date(ctx.now().getTime() - (0,_monitor_index_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDuration */ .E)(values.since ?? '1h', '--since'));
        const thresholds = (0,_flags_js__WEBPACK_IMPORTED_MODULE_5__/* .thresholdsFrom */ .pI)(values);
        const plan = await (0,_planning_js__WEBPACK_IMPORTED_MODULE_6__/* .planFor */ .b)(positionals[0] ?? '.', (0,_flags_js__WEBPACK_IMPORTED_MODULE_5__/* .detectOptionsFrom */ ._C)(values), values.out, ctx);
        const report = await (0,_pipeline_index_js__WEBPACK_IMPORTED_MODULE_3__/* .monitor */ .dm)(plan, { since, thresholds }, ctx);
        (0,_command_js__WEBPACK_IMPORTED_MODULE_7__/* .printResult */ .R)(values.json ?? false, report, () => (0,_report_monitor_js__WEBPACK_IMPORTED_MODULE_4__/* .renderMonitorText */ .As)(report));
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


/***/ })

};
