export const id = 879;
export const ids = [879];
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

/***/ 1879:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  detectCommand: () => (/* binding */ detectCommand)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/detect/index.ts + 20 modules
var detect = __webpack_require__(1368);
;// CONCATENATED MODULE: ./src/detect/table.ts
/** The AppModel as a readable table for the terminal: each fact, its value and where it was read. */
function formatAppModel(model) {
    const rows = [];
    const fact = (name, value) => {
        const text = value === null || value === undefined || (Array.isArray(value) && value.length === 0)
            ? '—'
            : Array.isArray(value)
                ? value.join(', ')
                : String(value);
        rows.push([name, text, model.sources[name] ?? '']);
    };
    fact('runtime', model.runtime);
    fact('framework', model.framework);
    fact('entry', model.entry);
    fact('runFile', model.runFile);
    fact('startCommand', model.startCommand);
    fact('ports', model.ports);
    fact('healthcheck', model.healthcheck);
    fact('packageManager', model.packageManager);
    fact('nativeAddons', model.nativeAddons);
    fact('dbClients', model.dbClients);
    fact('wranglerConfig', model.wranglerConfig);
    fact('composeService', model.composeService);
    for (const service of model.services)
        rows.push([
            `service ${service.name}`,
            `${service.kind} (${service.image ?? 'no image'})`,
            service.source,
        ]);
    for (const service of model.builtServices)
        rows.push([`built ${service.name}`, service.context, service.source]);
    for (const volume of model.volumes)
        rows.push([
            `volume ${volume.target}`,
            `${volume.type}${volume.source ? ` ${volume.source}` : ''}`,
            volume.source_ref,
        ]);
    for (const env of model.env)
        rows.push([`env ${env.name}`, env.secretLike ? '(secret)' : (env.value ?? '—'), env.source]);
    return [
        table(['fact', 'value', 'source'], rows),
        ...model.diagnostics.map(formatDiagnostic),
    ].join('\n');
}
function table(header, rows) {
    const all = [header, ...rows];
    const widths = header.map((_, column) => Math.min(48, Math.max(...all.map((row) => row[column].length))));
    const line = (row) => row
        .map((cell, column) => cell.padEnd(widths[column]))
        .join('  ')
        .trimEnd();
    return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
function formatDiagnostic(diagnostic) {
    const where = diagnostic.file
        ? `${diagnostic.file}${diagnostic.line ? `:${diagnostic.line}` : ''}: `
        : '';
    return `${diagnostic.severity} ${diagnostic.ruleId} ${where}${diagnostic.message}${diagnostic.fix ? `\n  fix: ${diagnostic.fix}` : ''}`;
}

// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
// EXTERNAL MODULE: ./src/cli/flags.ts
var flags = __webpack_require__(7758);
;// CONCATENATED MODULE: ./src/cli/detect.ts





const detectCommand = {
    usage: `Usage: docker-to-workers detect [DIR] ${flags/* DETECT_USAGE */.AK} [--json]`,
    async run(args, ctx) {
        const { values, positionals } = (0,external_node_util_.parseArgs)({
            args,
            allowPositionals: true,
            options: {
                json: { type: 'boolean' },
                ...flags/* DETECT_FLAGS */.AW,
            },
        });
        const model = await (0,detect/* detect */.o)(positionals[0] ?? '.', (0,flags/* detectOptionsFrom */._C)(values), ctx);
        (0,command/* printResult */.R)(values.json ?? false, model, () => formatAppModel(model));
        return model.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
    },
};


/***/ })

};
