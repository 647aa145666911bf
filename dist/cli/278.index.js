export const id = 278;
export const ids = [278];
export const modules = {

/***/ 8278:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cleanupCommand: () => (/* binding */ cleanupCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _pipeline_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1195);
/* harmony import */ var _plan_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4630);
/* harmony import */ var _report_diagnostics_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6574);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3567);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7758);









/** The saved plan, or the Worker names given: cleanup never needs the pull request's code. */
async function cleanupSource(dir, out, workers) {
    if (workers.length > 0)
        return { workers };
    const outDir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(out ?? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, '.docker-to-workers'));
    const saved = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.access)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(outDir, 'plan.json')).then(() => true, () => false);
    if (saved)
        return (0,_plan_index_js__WEBPACK_IMPORTED_MODULE_5__/* .loadPlan */ .Yq)(outDir);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`No saved plan in ${outDir} and no --worker given.`, {
        fix: 'Pass --out with the directory holding plan.json, or name the Workers with --worker NAME.',
    });
}
const cleanupCommand = {
    usage: 'Usage: docker-to-workers cleanup [DIR] --pr N [--worker NAME]... [--out DIR] [--json]\n' +
        'Uses the saved plan (<out>/plan.json) or the --worker names; the PR’s code is not needed.',
    async run(args, ctx) {
        const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.parseArgs)({
            args,
            allowPositionals: true,
            options: {
                pr: { type: 'string' },
                worker: { type: 'string', multiple: true },
                out: { type: 'string' },
                json: { type: 'boolean' },
                ci: { type: 'boolean' },
                verbose: { type: 'boolean' },
            },
        });
        const pr = (0,_flags_js__WEBPACK_IMPORTED_MODULE_7__/* .parsePr */ .mx)(values.pr);
        if (pr === null)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y('cleanup needs --pr N.', { fix: 'Pass --pr 123.' });
        const source = await cleanupSource(positionals[0] ?? '.', values.out, values.worker ?? []);
        const result = await (0,_pipeline_index_js__WEBPACK_IMPORTED_MODULE_4__/* .cleanup */ .t)(source, { pullRequest: pr }, ctx);
        (0,_command_js__WEBPACK_IMPORTED_MODULE_8__/* .printResult */ .R)(values.json ?? false, result, () => [
            `pull request #${pr}: deleted Worker Previews: ${result.deletedPreviews.join(', ') || 'none'}`,
            `deleted Workers: ${result.deletedWorkers.join(', ') || 'none'}`,
            `deleted resources: ${result.deletedResources.map((r) => r.name).join(', ') || 'none'}`,
            `deployments marked inactive: ${result.deactivatedDeployments}`,
            ...(result.diagnostics.length ? ['', (0,_report_diagnostics_js__WEBPACK_IMPORTED_MODULE_6__/* .renderDiagnosticsText */ .ms)(result.diagnostics)] : []),
        ].join('\n'));
        return result.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
    },
};


/***/ })

};
