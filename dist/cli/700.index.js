export const id = 700;
export const ids = [700];
export const modules = {

/***/ 4700:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  appsCommand: () => (/* binding */ appsCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/action/apps.ts



const COMPOSE_FILES = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'];
const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'build', 'vendor']);
function isAppFile(name) {
    return name === 'Dockerfile' || COMPOSE_FILES.includes(name);
}
/** Directories holding a Dockerfile or compose file; a compose directory owns its subtree (one app, several services). */
async function findAppDirs(dir, out) {
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
    const files = entries.filter((e) => e.isFile()).map((e) => e.name);
    if (files.some(isAppFile))
        out.push(dir);
    if (files.some((name) => COMPOSE_FILES.includes(name)))
        return;
    for (const entry of entries) {
        // Hidden directories hold tooling (the action's own checkout lives in .docker-to-workers-action).
        if (entry.isDirectory() && !entry.name.startsWith('.') && !SKIPPED_DIRS.has(entry.name)) {
            await findAppDirs((0,external_node_path_.join)(dir, entry.name), out);
        }
    }
}
function toPosix(path) {
    return path === '' ? '.' : path.split(external_node_path_.sep).join('/');
}
/**
 * The app directories for a workflow matrix, relative to `root`: `auto` finds every Dockerfile / compose
 * app; otherwise `spec` lists directories (space-, comma- or newline-separated), each checked to exist.
 */
async function listApps(root, spec) {
    const requested = spec.split(/[\s,]+/).filter((item) => item !== '');
    if (requested.length === 1 && requested[0] === 'auto') {
        const found = [];
        await findAppDirs((0,external_node_path_.resolve)(root), found);
        if (found.length === 0) {
            throw new errors/* UserError */.y(`No Dockerfile or compose file under ${root}.`, {
                fix: "List the app directories in the 'apps' input instead of 'auto'.",
            });
        }
        return found.map((dir) => toPosix((0,external_node_path_.relative)((0,external_node_path_.resolve)(root), dir)));
    }
    const apps = [];
    for (const item of requested.length === 0 ? ['.'] : requested) {
        const dir = (0,external_node_path_.resolve)(root, item);
        const files = await (0,promises_.readdir)(dir).catch(() => null);
        if (files === null || !files.some(isAppFile)) {
            throw new errors/* UserError */.y(`Input 'apps' lists '${item}', which has no Dockerfile or compose file.`, {
                fix: "List directories that hold a Dockerfile or compose file, or use 'auto'.",
            });
        }
        const app = toPosix((0,external_node_path_.relative)((0,external_node_path_.resolve)(root), dir));
        if (!apps.includes(app))
            apps.push(app);
    }
    return apps;
}

;// CONCATENATED MODULE: ./src/cli/apps.ts




const appsCommand = {
    usage: 'Usage: docker-to-workers apps [ROOT] [--apps "dir1 dir2" | --apps auto] [--github-output]\n' +
        '  Prints the directories as a JSON array; --github-output also writes apps=<json> to $GITHUB_OUTPUT.',
    async run(args, ctx) {
        const { values, positionals } = (0,external_node_util_.parseArgs)({
            args,
            allowPositionals: true,
            options: {
                apps: { type: 'string' },
                'github-output': { type: 'boolean' },
                ci: { type: 'boolean' },
                verbose: { type: 'boolean' },
            },
        });
        const apps = JSON.stringify(await listApps(positionals[0] ?? '.', values.apps ?? '.'));
        process.stdout.write(`${apps}\n`);
        if (values['github-output']) {
            const file = ctx.env.GITHUB_OUTPUT;
            if (!file) {
                throw new errors/* UserError */.y('--github-output needs GITHUB_OUTPUT (set by the runner).');
            }
            await (0,promises_.appendFile)(file, `apps=${apps}\n`);
        }
        return 0;
    },
};


/***/ })

};
