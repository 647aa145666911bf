export const id = 225;
export const ids = [225];
export const modules = {

/***/ 225:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   devCommand: () => (/* binding */ devCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _toolchain_wrangler_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8937);
/* harmony import */ var _planning_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1070);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7758);






const devCommand = {
    usage: `Usage: docker-to-workers dev [DIR] [--port 8787] [--no-remedies] [--out DIR] ${_flags_js__WEBPACK_IMPORTED_MODULE_5__/* .DETECT_USAGE */ .AK}\n` +
        '  Runs detect and plan, then `wrangler dev` on the generated config: local bindings (KV/D1/R2/DO\n' +
        '  simulated on disk under the output directory), no Cloudflare account needed.',
    async run(args, ctx) {
        const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.parseArgs)({
            args,
            allowPositionals: true,
            options: {
                port: { type: 'string', default: '8787' },
                'no-remedies': { type: 'boolean' },
                out: { type: 'string' },
                ..._flags_js__WEBPACK_IMPORTED_MODULE_5__/* .DETECT_FLAGS */ .AW,
            },
        });
        if (!/^\d+$/.test(values.port))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`--port must be a number, not '${values.port}'.`);
        const plan = await (0,_planning_js__WEBPACK_IMPORTED_MODULE_4__/* .preparePlan */ .H)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(positionals[0] ?? '.'), (0,_flags_js__WEBPACK_IMPORTED_MODULE_5__/* .detectOptionsFrom */ ._C)(values), { noRemedies: values['no-remedies'], out: values.out }, ctx);
        const worker = plan.workers.find((w) => w.target === 'worker');
        if (!worker) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`The plan has no Worker to serve (targets: ${plan.workers.map((w) => w.target).join(', ')}).`, {
                fix: 'dev serves `worker` targets; containers need Docker (`wrangler dev` with containers enabled).',
            });
        }
        const config = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(plan.outDir, worker.files.wranglerConfig);
        ctx.log.info(`Serving ${worker.name} on http://localhost:${values.port} (Ctrl-C to stop)`);
        const wrangler = await (0,_toolchain_wrangler_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveWrangler */ .L9)(ctx);
        // wrangler dev watches every module of the bundle (the app's sources included) and reloads on change.
        const run = await (0,_toolchain_wrangler_js__WEBPACK_IMPORTED_MODULE_3__/* .runWrangler */ .IZ)(ctx, wrangler, [
            'dev',
            '--port',
            values.port,
            '--ip',
            '127.0.0.1',
            '--persist-to',
            (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(plan.outDir, worker.name, 'state'),
            '--show-interactive-dev-session=false',
        ], {
            config,
            cwd: plan.root,
            env: { CI: '' },
            onStdout: (chunk) => process.stdout.write(chunk),
            onStderr: (chunk) => process.stderr.write(chunk),
        });
        return run.exitCode;
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


/***/ })

};
