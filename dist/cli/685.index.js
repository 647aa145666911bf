export const id = 685;
export const ids = [685];
export const modules = {

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

/***/ 9066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   provisionCommand: () => (/* binding */ provisionCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _deploy_target_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7474);
/* harmony import */ var _provision_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(577);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3567);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7758);
/* harmony import */ var _planning_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1070);







function summary(results) {
    return results
        .map((r) => {
        const rows = r.resources.map((x) => `  ${x.outcome.padEnd(12)} ${x.type.padEnd(10)} ${x.binding} → ${x.name}`);
        const extra = [
            r.migrationsApplied.length
                ? `  migrations applied: ${r.migrationsApplied.join(', ')}`
                : null,
            r.migrationsPending?.length
                ? `  migrations to apply: ${r.migrationsPending.join(', ')}`
                : null,
            r.secretsSet.length ? `  secrets set on ${r.scriptName}: ${r.secretsSet.join(', ')}` : null,
            r.dryRun
                ? '  dry run: nothing changed'
                : `  config: ${(0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(process.cwd(), r.configPath)}`,
        ].filter((line) => line !== null);
        return [`${r.worker} (${r.environment})`, ...rows, ...extra].join('\n');
    })
        .join('\n');
}
/**
 * The Worker that `deploy` with the same flags uploads to, so the secrets land where the code goes and
 * no other Worker is created: a pull request's preview is deploy's target, any other environment
 * `<name>-<env>` (production: the plan's name).
 */
function deployScriptName(environment, pr) {
    return (worker) => environment === 'preview' && pr !== null
        ? (0,_deploy_target_js__WEBPACK_IMPORTED_MODULE_2__/* .chooseTarget */ .bx)(worker, 'preview', pr).scriptName
        : (0,_provision_index_js__WEBPACK_IMPORTED_MODULE_3__/* .scriptNameFor */ .Gs)(worker.name, environment);
}
const provisionCommand = {
    usage: 'Usage: docker-to-workers provision [DIR] [--env production|preview|<name>] [--pr N] [--per-pr-resources]\n' +
        '         [--out DIR] [--dry-run] [--json] [--print-permissions] [--location-hint HINT] [--secret NAME]...\n' +
        '         [--preview-secrets-from-production NAME]...\n' +
        `         ${_flags_js__WEBPACK_IMPORTED_MODULE_4__/* .BUILD_ENV_USAGE */ .lX}\n` +
        `         ${_flags_js__WEBPACK_IMPORTED_MODULE_4__/* .DETECT_USAGE */ .AK}\n` +
        'Credentials: CLOUDFLARE_API_TOKEN, CLOUDFLARE_ACCOUNT_ID (optional with a single-account token);\n' +
        'secret values (and Hyperdrive connection strings) come only from the variables named by --secret\n' +
        'or listed in DOCKER_TO_WORKERS_SECRETS.',
    async run(args, ctx) {
        const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.parseArgs)({
            args,
            allowPositionals: true,
            options: {
                ..._flags_js__WEBPACK_IMPORTED_MODULE_4__/* .PROVISION_FLAGS */ .O2,
                'dry-run': { type: 'boolean' },
                'print-permissions': { type: 'boolean' },
                ..._flags_js__WEBPACK_IMPORTED_MODULE_4__/* .DETECT_FLAGS */ .AW,
            },
        });
        const plan = await (0,_planning_js__WEBPACK_IMPORTED_MODULE_5__/* .planFor */ .b)(positionals[0] ?? '.', (0,_flags_js__WEBPACK_IMPORTED_MODULE_4__/* .detectOptionsFrom */ ._C)(values), values.out, ctx);
        if (values['print-permissions']) {
            const permissions = (0,_provision_index_js__WEBPACK_IMPORTED_MODULE_3__/* .requiredPermissions */ .kx)(plan, {
                accountGiven: Boolean(ctx.env.CLOUDFLARE_ACCOUNT_ID),
            });
            (0,_command_js__WEBPACK_IMPORTED_MODULE_6__/* .printResult */ .R)(values.json ?? false, permissions, () => permissions.join('\n'));
            return 0;
        }
        const environment = values.env ?? 'production';
        const pr = (0,_flags_js__WEBPACK_IMPORTED_MODULE_4__/* .parsePr */ .mx)(values.pr);
        const buildEnv = (0,_flags_js__WEBPACK_IMPORTED_MODULE_4__/* .buildEnvFrom */ .Wj)(values['build-env'], 'provision', ctx);
        const results = await (0,_provision_index_js__WEBPACK_IMPORTED_MODULE_3__/* .provision */ .mg)(plan, {
            environment,
            pr,
            scriptName: deployScriptName(environment, pr),
            perPrResources: values['per-pr-resources'],
            dryRun: values['dry-run'],
            locationHint: values['location-hint'],
            secrets: (0,_provision_index_js__WEBPACK_IMPORTED_MODULE_3__/* .secretsFromEnvironment */ .$S)(ctx.env, values.secret),
            previewSecretsFromProduction: values['preview-secrets-from-production'],
            buildEnv,
        }, ctx);
        (0,_command_js__WEBPACK_IMPORTED_MODULE_6__/* .printResult */ .R)(values.json ?? false, results, () => summary(results));
        return 0;
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


/***/ })

};
