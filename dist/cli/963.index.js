export const id = 963;
export const ids = [963];
export const modules = {

/***/ 7733:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mu: () => (/* binding */ withBuildEnv),
/* harmony export */   hO: () => (/* binding */ buildEnvFor),
/* harmony export */   xF: () => (/* binding */ buildEnvRows)
/* harmony export */ });
/* unused harmony export buildEnvironmentOf */
/** The build with the variables the image's build declares, when it runs a command (esbuild alone needs none). */
function withBuildEnv(build, app) {
    if (!build?.command || !app.buildEnv?.length)
        return build;
    return { ...build, env: app.buildEnv };
}
/**
 * The environment check's build runs with (beside the allow-listed one every child gets): the variables
 * the image's build declares that have a value, then the user's `build-env` (which wins).
 */
function buildEnvironmentOf(build, user = {}) {
    const values = {};
    for (const v of build?.env ?? [])
        if (v.value !== null)
            values[v.name] = v.value;
    return { ...values, ...user };
}
/**
 * The one build environment for every run of the app's build (check's, and the one before deploy):
 * `buildEnvironmentOf`, with the user's `build-env` values as the secrets to scrub.
 */
function buildEnvFor(build, user = {}) {
    return { values: buildEnvironmentOf(build, user), secrets: Object.values(user) };
}
/** Why a declared variable is not set for the build, or null when it is. */
function notPassed(variable) {
    if (variable.value !== null)
        return null;
    if (variable.secretLike)
        return 'its value looks like a secret, so it stays out of the plan: list it in `build-env` (CLI: --build-env) with the value in the job env if the build needs it';
    return variable.declared === 'ARG'
        ? 'declared without a default (`docker build` takes it from --build-arg): list it in `build-env` (CLI: --build-env) if the build needs it'
        : 'its value refers to a build argument without a default: list it in `build-env` (CLI: --build-env) if the build needs it';
}
/** One report row per variable of the image's build: set for the build, or what to do about it. */
function buildEnvRows(build) {
    return (build?.env ?? []).map((v) => {
        const missing = notPassed(v);
        return {
            key: v.declared === 'build.args' ? `build.args.${v.name}` : `${v.declared} ${v.name}`,
            source: v.source,
            // A secret-like value the image's build has and check's does not is the user's to give; an ARG
            // without a default is unset in a plain `docker build` too.
            outcome: !missing ? 'converted' : v.secretLike ? 'manual' : 'approximated',
            became: missing
                ? 'not set for the build'
                : `${v.name} set for the build (check's and deploy's)`,
            why: missing ?? "the image's build runs with it",
        };
    });
}


/***/ }),

/***/ 2375:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  JR: () => (/* binding */ OPEN_NEXT_ADAPTER),
  mv: () => (/* binding */ OPEN_NEXT_CONFIG),
  oP: () => (/* binding */ OPEN_NEXT_PEER_NEXT),
  gf: () => (/* binding */ OPEN_NEXT_VERSION),
  Al: () => (/* binding */ isOpenNextBuild),
  G6: () => (/* binding */ openNextBuild),
  C7: () => (/* binding */ planBuild),
  wO: () => (/* binding */ workerBuildNeeds)
});

// UNUSED EXPORTS: buildCommandOf, ownCompilerReason

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/detect/package.ts
var detect_package = __webpack_require__(9303);
// EXTERNAL MODULE: ./src/detect/tsconfig.ts
var tsconfig = __webpack_require__(6508);
;// CONCATENATED MODULE: ./src/plan/build-prisma.ts


/**
 * The native engines `prisma generate` would download from binaries.prisma.sh (and copy next to the
 * client) when install scripts did not. A Worker cannot load them: Prisma runs there through its wasm
 * engine or query compiler with a driver adapter (https://www.prisma.io/docs/orm/prisma-client/deployment/edge/deploy-to-cloudflare).
 * Pointing them at /dev/null lets generate write the client and its types offline; PRISMA_*_BINARY /
 * PRISMA_QUERY_ENGINE_LIBRARY are Prisma's documented engine overrides
 * (https://www.prisma.io/docs/orm/reference/environment-variables-reference#custom-engine-file-locations).
 */
const NO_NATIVE_ENGINES = [
    'PRISMA_QUERY_ENGINE_LIBRARY=/dev/null',
    'PRISMA_SCHEMA_ENGINE_BINARY=/dev/null',
    'PRISMA_MIGRATION_ENGINE_BINARY=/dev/null',
].join(' ');
const GENERATE = /\bprisma\s+generate\b/;
const exists = (path) => (0,promises_.access)(path).then(() => true, () => false);
/** The schema Prisma reads: package.json `prisma.schema`, else its default locations. */
async function prismaSchema(app) {
    const dir = app.packageJson.dir;
    const manifest = await (0,promises_.readFile)((0,external_node_path_.join)(app.root, dir, 'package.json'), 'utf8')
        .then((text) => JSON.parse(text))
        .catch(() => null);
    const configured = manifest?.prisma?.schema;
    const candidates = [
        ...(typeof configured === 'string' ? [configured] : []),
        'prisma/schema.prisma',
        'schema.prisma',
        'prisma/schema',
    ];
    for (const candidate of candidates) {
        const path = external_node_path_.posix.join(dir, candidate);
        if (await exists((0,external_node_path_.join)(app.root, path)))
            return path;
    }
    return null;
}
/**
 * `prisma generate` for an app that uses @prisma/client: the image runs it (`RUN npx prisma generate`,
 * or @prisma/client's own postinstall during `npm install`), and both the build (the client's types)
 * and the bundle (`.prisma/client`) need its output. Null when the build command already runs it.
 */
async function prismaGenerate(app, manager, buildScript) {
    const pkg = app.packageJson;
    const declared = { ...pkg?.dependencies, ...pkg?.devDependencies };
    const client = declared['@prisma/client'];
    if (!pkg || !client)
        return null;
    if (buildScript !== null && GENERATE.test(buildScript))
        return null;
    const schema = await prismaSchema(app);
    if (!schema)
        return null;
    // The CLI the app installs; else the release matching the client from the registry, as the image's
    // `npx prisma generate` fetches it.
    const cli = declared.prisma
        ? `${{ npm: 'npx --no-install', pnpm: 'pnpm exec', yarn: 'yarn', bun: 'bunx' }[manager]} prisma`
        : `npx --yes prisma${/^[\w.^~*-]+$/.test(client) ? `@${client}` : ''}`;
    return {
        command: `${NO_NATIVE_ENGINES} ${cli} generate`,
        why: `@prisma/client needs the client \`prisma generate\` writes from ${schema} (install scripts are off, so its postinstall did not run); the native engines are pointed at /dev/null because a Worker cannot load them and generate then needs no download`,
    };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/plan/workspace-build.ts



async function readJson(path) {
    return (0,promises_.readFile)(path, 'utf8')
        .then((text) => JSON.parse(text))
        .catch(() => null);
}
/** npm/yarn `workspaces` (an array or `{ packages }`), else pnpm-workspace.yaml's `packages`. */
async function workspaceGlobs(root, dir) {
    const pkg = await readJson((0,external_node_path_.join)(root, dir, 'package.json'));
    const field = pkg?.workspaces;
    const list = Array.isArray(field)
        ? field
        : field?.packages;
    if (Array.isArray(list))
        return list.filter((g) => typeof g === 'string');
    const pnpm = await (0,promises_.readFile)((0,external_node_path_.join)(root, dir, 'pnpm-workspace.yaml'), 'utf8').catch(() => null);
    const packages = pnpm === null ? null : (0,dist/* parse */.qg)(pnpm)?.packages;
    return Array.isArray(packages)
        ? packages.filter((g) => typeof g === 'string' && !g.startsWith('!'))
        : null;
}
/** The monorepo root above `dir` (the nearest directory whose package.json declares workspaces). */
async function monorepoRoot(root, dir) {
    for (let current = external_node_path_.posix.dirname(dir);; current = external_node_path_.posix.dirname(current)) {
        const globs = await workspaceGlobs(root, current);
        if (globs)
            return { dir: current, globs };
        if (current === '.' || current === '/' || current === '')
            return null;
    }
}
async function workspaces(root, monorepo) {
    const dirs = [];
    for (const glob of monorepo.globs) {
        const pattern = external_node_path_.posix.join(monorepo.dir, glob.replace(/\/\*\*?$/, '/*'));
        if (!pattern.endsWith('/*')) {
            dirs.push(pattern);
            continue;
        }
        const parent = pattern.slice(0, -2);
        const children = await (0,promises_.readdir)((0,external_node_path_.join)(root, parent), { withFileTypes: true }).catch(() => []);
        for (const child of children)
            if (child.isDirectory() && child.name !== 'node_modules')
                dirs.push(external_node_path_.posix.join(parent, child.name));
    }
    const found = [];
    for (const dir of dirs) {
        const pkg = await readJson((0,external_node_path_.join)(root, dir, 'package.json'));
        if (!pkg)
            continue;
        found.push({
            dir,
            name: typeof pkg.name === 'string' ? pkg.name : null,
            dependencies: Object.keys({
                ...pkg.dependencies,
                ...pkg.devDependencies,
            }),
            hasBuild: typeof pkg.scripts?.build === 'string',
        });
    }
    return found;
}
/**
 * The workspaces the service depends on (directly or through each other) that have a build script,
 * dependencies first: their `main` is usually build output the service's bundle imports.
 */
async function workspaceDependencies(app) {
    const pkg = app.packageJson;
    if (!pkg || pkg.dir === '.')
        return [];
    const monorepo = await monorepoRoot(app.root, pkg.dir);
    if (!monorepo)
        return [];
    const all = await workspaces(app.root, monorepo);
    const byName = new Map(all.filter((w) => w.name).map((w) => [w.name, w]));
    const ordered = [];
    const visiting = new Set();
    const visit = (names) => {
        for (const name of names) {
            const workspace = byName.get(name);
            if (!workspace || visiting.has(workspace.dir) || workspace.dir === pkg.dir)
                continue;
            visiting.add(workspace.dir);
            visit(workspace.dependencies);
            if (workspace.hasBuild)
                ordered.push(workspace.dir);
        }
    };
    visit([...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)]);
    return ordered;
}
/** `<manager> run build` in another workspace's directory, from the service's directory. */
function buildIn(manager, fromDir, dir) {
    const path = external_node_path_.posix.relative(fromDir, dir);
    switch (manager) {
        case 'npm':
            return `npm run build --prefix ${path}`;
        case 'pnpm':
            return `pnpm --dir ${path} run build`;
        case 'yarn':
            return `yarn --cwd ${path} run build`;
        case 'bun':
            return `bun run --cwd ${path} build`;
    }
}

;// CONCATENATED MODULE: ./src/plan/build.ts






/** The Next.js adapter for Workers Cloudflare documents (https://opennext.js.org/cloudflare). */
const OPEN_NEXT_ADAPTER = '@opennextjs/cloudflare';
/** The adapter release check builds with when the app has none (and MIGRATION.md tells the user to add). */
const OPEN_NEXT_VERSION = '1.20.17';
/** The Next.js releases that adapter release accepts (its package.json `peerDependencies.next`). */
const OPEN_NEXT_PEER_NEXT = '>=15.5.29 <16 || >=16.4.5';
const OPEN_NEXT_BUILD = 'npx opennextjs-cloudflare build';
/** The adapter's required config, as its `migrate` command writes it without a cache. */
const OPEN_NEXT_CONFIG = "import { defineCloudflareConfig } from '@opennextjs/cloudflare';\n\nexport default defineCloudflareConfig();\n";
/** Whether a Worker's build is OpenNext's (the command `openNextBuild` plans). */
function isOpenNextBuild(build) {
    return build?.command === OPEN_NEXT_BUILD;
}
/** Next.js on Workers: OpenNext's build writes the Worker and its assets (https://opennext.js.org/cloudflare). */
function openNextBuild(appDir) {
    return {
        command: OPEN_NEXT_BUILD,
        cwd: appDir,
        entry: external_node_path_.posix.join(appDir, '.open-next/worker.js'),
        why: 'Next.js runs on Workers through OpenNext: `opennextjs-cloudflare build` runs `next build` and writes .open-next/worker.js and its assets',
        source: null,
    };
}
/** A package-manager script call: `npm run build`, `pnpm build`, `yarn run build:prod`, `bun run build`. */
const SCRIPT_CALL = /^(npm|pnpm|yarn|bun)\s+(?:run(?:-script)?\s+)?([\w:.-]+)(.*)$/;
/** A compiler called directly: `tsc`, `npx tsc -p …`, `nest build`, `npx nest build`, `tsup`. */
const TOOL_CALL = /^(?:(?:npx|pnpm exec|pnpm dlx|yarn|bunx)\s+(?:--no-install\s+)?)?((?:tsc|nest build|tsup|esbuild|swc)\b.*)$/;
/** Package-manager subcommands that are not scripts. */
const NOT_SCRIPTS = new Set([
    'install',
    'i',
    'ci',
    'add',
    'prune',
    'cache',
    'config',
    'exec',
    'dlx',
]);
/** How the package manager runs a package.json script / a locally installed binary (no download). */
function runScript(manager, script, rest = '') {
    return `${manager} run ${script}${rest}`;
}
function runLocalBinary(manager, command) {
    const prefix = { npm: 'npx --no-install', pnpm: 'pnpm exec', yarn: 'yarn', bun: 'bunx' }[manager];
    return `${prefix} ${command}`;
}
/** The build command a RUN line stands for, in the project's package manager; null if it builds nothing. */
function buildCommandOf(run, scripts, manager) {
    for (const part of run.split(/&&|;|\|\|/).map((p) => p.trim().replace(/\s+/g, ' '))) {
        const script = SCRIPT_CALL.exec(part);
        if (script && !NOT_SCRIPTS.has(script[2]) && script[2] in scripts) {
            return runScript(manager, script[2], script[3].trimEnd());
        }
        const tool = TOOL_CALL.exec(part);
        if (tool) {
            const command = tool[1].trim();
            // The package's own script for the same command keeps its pre/post hooks.
            const same = Object.entries(scripts).find(([, text]) => text.trim() === command);
            return same ? runScript(manager, same[0]) : runLocalBinary(manager, command);
        }
    }
    return null;
}
/**
 * Why a Worker build needs the project's own compiler, or null when esbuild compiles the source the
 * same way. Decorator metadata (`design:paramtypes`, which Nest's dependency injection, TypeORM and
 * class-validator read at run time) is the case: esbuild does not emit it,
 * https://esbuild.github.io/content-types/#no-type-system (and evanw/esbuild#257).
 */
async function ownCompilerReason(app, dir) {
    // The whole `extends` chain, package bases (`@tsconfig/…`, a shared base) in node_modules included.
    const read = (path) => (0,promises_.readFile)((0,external_node_path_.join)(app.root, path), 'utf8').catch(() => null);
    const metadata = app.framework === 'nestjs' ||
        (await (0,tsconfig/* tsconfigOptions */.A)(read, dir, 'tsconfig.json', true))?.emitDecoratorMetadata === true;
    return metadata
        ? `decorator metadata (emitDecoratorMetadata${app.framework === 'nestjs' ? ', NestJS' : ''}) needs the project's own compiler; esbuild does not emit it`
        : null;
}
/**
 * What a Worker build of a service planned as a `container` would need, as far as plan knows: the
 * way to a Worker that MIGRATION.md and the findings give beside the image.
 */
async function workerBuildNeeds(app) {
    const dir = app.packageJson?.dir;
    const reason = dir === undefined ? null : await ownCompilerReason(app, dir);
    if (reason === null)
        return null;
    return {
        why: `a Worker build would run the project's compiler (${app.framework === 'nestjs' ? 'nest build' : 'tsc'}) and import its output: ${reason}`,
        source: app.framework === 'nestjs'
            ? (app.sources.framework ?? 'package.json')
            : external_node_path_.posix.join(dir, 'tsconfig.json'),
    };
}
const TYPESCRIPT_SOURCE = /\.[cm]?tsx?$/;
/**
 * ts-node (`ts-node src/app.ts`, `node -r ts-node/register`, ts-node-dev, nodemon's default for .ts)
 * compiles with TypeScript itself, decorator metadata included; tsx and bun do not use tsc.
 */
const TS_NODE = /\bts-node\b/;
/** The command that builds the service: the Dockerfile's build step, else the package's build script. */
function buildCommand(app, manager, member) {
    const pkg = app.packageJson;
    const docker = app.dockerfile;
    for (const step of [...(docker?.buildSteps ?? [])].reverse()) {
        const command = buildCommandOf(step.command, pkg.scripts, manager);
        // A workspace's build runs in its own directory: no --workspace/--filter flags.
        if (command && member && pkg.scripts.build)
            return { command: runScript(manager, 'build'), source: `${docker.path}:${step.line}` };
        if (command)
            return { command, source: `${docker.path}:${step.line}` };
    }
    const script = (0,detect_package/* buildScriptName */.vm)(pkg.scripts);
    if (script) {
        return {
            command: runScript(manager, script),
            source: app.sources.packageJson ?? external_node_path_.posix.join(pkg.dir, 'package.json'),
        };
    }
    return null;
}
/** The text of the package scripts a build command runs (`npm run build` → prebuild and build). */
function scriptsRun(command, scripts) {
    const name = command === null ? null : /\brun (\S+)/.exec(command)?.[1];
    return name ? [scripts[`pre${name}`], scripts[name]].filter(Boolean).join(' && ') : null;
}
/**
 * The Worker's build: the project's own (planProjectBuild), after `prisma generate` when the app uses
 * @prisma/client and the build does not generate the client itself.
 */
async function planBuild(app, exists) {
    const build = await planProjectBuild(app, exists);
    const pkg = app.packageJson;
    if (!pkg || !app.runFile || (build && 'none' in build))
        return build;
    const manager = app.packageManager ?? 'npm';
    const prisma = await prismaGenerate(app, manager, scriptsRun(build?.command ?? null, pkg.scripts));
    if (!prisma)
        return build;
    if (!build) {
        return {
            command: prisma.command,
            cwd: pkg.dir,
            entry: app.entry ?? app.runFile,
            why: `runs \`prisma generate\` before bundling: ${prisma.why}`,
            source: null,
        };
    }
    return {
        ...build,
        command: build.command ? `${prisma.command} && ${build.command}` : prisma.command,
        why: `${build.why}; first \`prisma generate\`: ${prisma.why}`,
    };
}
/**
 * Whether the Worker imports the source (esbuild compiles TypeScript the same way for plain code) or
 * the output of the project's own build, and the build command when it is the latter.
 */
async function planProjectBuild(app, exists) {
    const pkg = app.packageJson;
    if (!pkg || !app.runFile)
        return null;
    const runFileCommitted = await exists(app.runFile);
    const manager = app.packageManager ?? 'npm';
    const metadata = await ownCompilerReason(app, pkg.dir);
    // The image compiles the TypeScript it runs with tsc, metadata included; esbuild would compile the
    // same file without it, and what the project's compiler writes for it the image neither builds nor names.
    if (metadata &&
        app.entry === app.runFile &&
        TYPESCRIPT_SOURCE.test(app.runFile) &&
        TS_NODE.test(app.startCommand ?? ''))
        return {
            none: `the image compiles ${app.runFile} as it runs it, \`${app.startCommand ?? app.runFile}\`, and builds nothing else`,
        };
    // In a monorepo only the service's workspace is built, after the workspaces it depends on.
    const dependencies = await workspaceDependencies(app);
    const first = dependencies.map((dir) => buildIn(manager, pkg.dir, dir));
    const after = first.length > 0 ? ` after building ${dependencies.join(', ')}` : '';
    if (app.entry && app.entry !== app.runFile && !metadata) {
        return {
            command: first.length > 0 ? first.join(' && ') : null,
            cwd: pkg.dir,
            entry: app.entry,
            why: `esbuild compiles ${app.entry} while bundling${after} (no emitDecoratorMetadata, so the output matches the build's ${app.runFile})`,
            source: null,
        };
    }
    if (runFileCommitted && !metadata && first.length === 0)
        return null;
    const build = runFileCommitted && !metadata
        ? null
        : buildCommand(app, manager, pkg.dir !== '.' && pkg.workspaces.length > 0);
    if (!build && first.length === 0)
        return null;
    const reason = metadata ?? `${app.runFile} is built by the image and no source module maps to it`;
    const command = [...first, ...(build ? [build.command] : [])].join(' && ');
    return {
        command,
        cwd: pkg.dir,
        entry: app.runFile,
        why: `runs \`${command}\` before bundling and imports ${app.runFile}: ${build ? reason : `it imports the build output of ${dependencies.join(', ')}`}`,
        source: build?.source ?? null,
    };
}


/***/ }),

/***/ 4451:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E1: () => (/* binding */ devVarsExample),
/* harmony export */   F1: () => (/* binding */ deployButtonUrl),
/* harmony export */   hm: () => (/* binding */ bindingDescriptions),
/* harmony export */   n1: () => (/* binding */ webUrlOfRemote),
/* harmony export */   z0: () => (/* binding */ deployButtonMarkdown)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4682);


/**
 * What Cloudflare's "Deploy to Cloudflare" button and Workers Builds read from a repository:
 * the wrangler config at the (sub)directory root, secrets in `.dev.vars.example`, and descriptions
 * under `cloudflare.bindings` in package.json
 * (https://developers.cloudflare.com/workers/platform/deploy-buttons/,
 * https://developers.cloudflare.com/changelog/2025-07-01-workers-deploy-button-supports-environment-variables-and-secrets).
 */
const BUTTON = 'https://deploy.workers.cloudflare.com';
/** The button's link for a Worker in `dir` (relative to the plan root); null when the repository is unknown. */
function deployButtonUrl(repository, dir) {
    if (!repository)
        return null;
    const sub = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(repository.prefix, dir).replace(/^\.\/?|\/$/g, '');
    const path = (text) => text.split('/').map(encodeURIComponent).join('/');
    const url = sub
        ? `${repository.url}/tree/${path(repository.branch ?? 'main')}/${path(sub)}`
        : repository.url;
    return `${BUTTON}/?url=${url}`;
}
/** The button's markdown (its badge image links to the deploy page). */
function deployButtonMarkdown(url) {
    return `[![Deploy to Cloudflare](${BUTTON}/button)](${url})`;
}
function bindingDescription(binding) {
    switch (binding.type) {
        case 'kv':
            return `KV namespace: ${binding.reason}`;
        case 'd1':
            return `D1 database: ${binding.reason}`;
        case 'r2':
            return `R2 bucket: ${binding.reason}`;
        case 'queue':
            return `Queue ${binding.queue}: ${binding.reason}`;
        case 'hyperdrive':
            return `Hyperdrive (${binding.engine}): ${binding.reason}`;
        default:
            return null;
    }
}
/** `cloudflare.bindings.<NAME>.description` for every secret and resource binding the Worker has. */
function bindingDescriptions(worker) {
    const descriptions = {};
    for (const secret of (0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .secretsToSet */ .b)(worker))
        descriptions[secret.name] = oneLine(secret.purpose);
    for (const binding of worker.bindings) {
        const text = bindingDescription(binding);
        if (text)
            descriptions[binding.binding] = oneLine(text);
    }
    return descriptions;
}
function oneLine(text) {
    return text.replace(/`/g, '').replace(/\s+/g, ' ').trim();
}
/** `.dev.vars.example`: one `NAME=` line per secret with what it is for (the button asks for each). */
function devVarsExample(worker) {
    const secrets = (0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .secretsToSet */ .b)(worker);
    if (secrets.length === 0)
        return null;
    return [
        `# Secrets of the ${worker.name} Worker (generated by docker-to-workers; values are never committed).`,
        '# The Deploy to Cloudflare button asks for each; locally, copy this file to .dev.vars and fill it in.',
        ...secrets.map((s) => `${s.name}= # ${oneLine(s.purpose)}`),
        '',
    ].join('\n');
}
/**
 * A git remote as the web URL the button takes: scp-style and ssh remotes become https, credentials
 * and `.git` are dropped (a token in a remote URL must never reach a report); null for local paths.
 */
function webUrlOfRemote(remote) {
    const text = remote.trim();
    const scp = /^[\w.-]+@([\w.-]+):(?!\/)(.+)$/.exec(text);
    let url;
    try {
        url = new URL(scp ? `https://${scp[1]}/${scp[2]}` : text);
    }
    catch {
        return null;
    }
    if (!['https:', 'http:', 'ssh:', 'git:'].includes(url.protocol))
        return null;
    const path = url.pathname.replace(/\.git\/?$/, '').replace(/\/+$/, '');
    return path.split('/').length >= 3 ? `https://${url.hostname}${path}` : null;
}


/***/ }),

/***/ 5485:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L$: () => (/* binding */ DATE_MILESTONES),
/* harmony export */   Wj: () => (/* binding */ compatibilityFlags),
/* harmony export */   Z2: () => (/* binding */ nodejsCompatEnabled),
/* harmony export */   l4: () => (/* binding */ supportsRequiredSecrets),
/* harmony export */   vK: () => (/* binding */ isCompatibilityDate)
/* harmony export */ });
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);

/** Dates where a behaviour the generated config relies on changes (Cloudflare's compatibility-flags docs). */
const DATE_MILESTONES = {
    /** `nodejs_compat` v2 (native modules + unenv) starts here. */
    nodejsCompatV2: '2024-09-23',
    /** `httpServerHandler` / node:http server modules on by default. */
    httpServerModules: '2025-09-01',
    /** `nodejs_compat` on by default (wrangler 4.164's `NODEJS_COMPAT_DEFAULT_ON_DATE`): no flag needed. */
    nodejsCompatDefault: '2026-08-04',
};
/**
 * Whether Node.js APIs are on for a date and flags, as wrangler decides it (`resolveNodejsCompat` in
 * workers-sdk's workers-utils/src/compatibility-date.ts): the flag, or the date from 2026-08-04 unless
 * `no_nodejs_compat` turns it off.
 */
function nodejsCompatEnabled(date, flags) {
    if (flags.includes('nodejs_compat'))
        return true;
    return date >= DATE_MILESTONES.nodejsCompatDefault && !flags.includes('no_nodejs_compat');
}
function isCompatibilityDate(value) {
    return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}
/** The flags a target needs at a date (dates compare as strings: ISO format). */
function compatibilityFlags(target, date, usesHttpServerHandler) {
    if (target === 'python-worker')
        return ['python_workers'];
    const flags = [];
    if (date < DATE_MILESTONES.nodejsCompatDefault)
        flags.push('nodejs_compat');
    if (usesHttpServerHandler && date < DATE_MILESTONES.httpServerModules) {
        flags.push('enable_nodejs_http_modules', 'enable_nodejs_http_server_modules');
    }
    return flags;
}
/** `secrets.required` in the wrangler config: wrangler 4.77 and newer check it before a deploy. */
function supportsRequiredSecrets(wranglerVersion) {
    return semver__WEBPACK_IMPORTED_MODULE_0___default().gte(wranglerVersion, '4.77.0');
}


/***/ }),

/***/ 4061:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fD: () => (/* binding */ buildConfig),
/* harmony export */   i4: () => (/* binding */ REMEDY_COMMENTS)
/* harmony export */ });
/* unused harmony export PLACEHOLDER_ID */
/* harmony import */ var _naming_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(387);

/** Placeholder resource names/ids: provision derives real ones per environment and fills them in. */
const PLACEHOLDER_ID = '00000000000000000000000000000000';
/** Adds a key and the comment explaining it (comments are written above each key of wrangler.jsonc). */
class ConfigBuilder {
    config = {};
    comments = {};
    set(key, value, comment) {
        this.config[key] = value;
        this.comments[key] = comment;
    }
}
/**
 * The binding sections of the config. `preview` writes the `previews` block's copy: the same bindings on
 * the preview resource set (`…-preview`, filled in by provision), no queue consumers, and no Durable Object
 * migrations (they stay top-level; a Preview isolates Durable Objects by itself).
 */
function bindingSections(builder, name, bindings, preview = false) {
    const set = preview ? '-preview' : '';
    const of = (type) => bindings.filter((b) => b.type === type);
    const kv = of('kv');
    if (kv.length)
        builder.set('kv_namespaces', kv.map((b) => ({ binding: b.binding })), `KV: ${kv.map((b) => `${b.binding} (${b.reason})`).join('; ')}. Ids are filled in per environment by provision.`);
    const d1 = of('d1');
    if (d1.length)
        builder.set('d1_databases', d1.map((b) => ({
            binding: b.binding,
            database_name: (0,_naming_js__WEBPACK_IMPORTED_MODULE_0__/* .resourceName */ .Iy)(name, `${b.binding}${set}`),
            ...(b.migrationsDir ? { migrations_dir: b.migrationsDir } : {}),
        })), `D1: ${d1.map((b) => b.reason).join('; ')}.`);
    const r2 = of('r2');
    if (r2.length)
        builder.set('r2_buckets', r2.map((b) => ({
            binding: b.binding,
            bucket_name: (0,_naming_js__WEBPACK_IMPORTED_MODULE_0__/* .resourceName */ .Iy)(name, `${b.binding}${set}`),
        })), `R2: ${r2.map((b) => `${b.binding} (${b.reason})`).join('; ')}.`);
    const hyperdrive = of('hyperdrive');
    if (hyperdrive.length)
        builder.set('hyperdrive', hyperdrive.map((b) => ({ binding: b.binding, id: PLACEHOLDER_ID })), `Hyperdrive: ${hyperdrive.map((b) => `${b.binding} → ${b.engine}, origin from secret ${b.connectionSecret}`).join('; ')}. The id is a placeholder until provision creates the config.`);
    const queues = of('queue');
    if (queues.length) {
        builder.set('queues', {
            producers: queues.map((b) => ({
                binding: b.binding,
                queue: (0,_naming_js__WEBPACK_IMPORTED_MODULE_0__/* .resourceName */ .Iy)(name, `${b.queue}${set}`),
            })),
            // Only for a queue whose handler the entry exports (a consumer without one drops messages).
            ...(!preview && queues.some((b) => b.consumer)
                ? {
                    consumers: queues
                        .filter((b) => b.consumer)
                        .map((b) => ({ queue: (0,_naming_js__WEBPACK_IMPORTED_MODULE_0__/* .resourceName */ .Iy)(name, b.queue) })),
                }
                : {}),
        }, `Queues: ${queues.map((b) => b.reason).join('; ')}.`);
    }
    const objects = of('durable-object');
    if (objects.length) {
        builder.set('durable_objects', { bindings: objects.map((b) => ({ name: b.binding, class_name: b.className })) }, `Durable Objects: ${objects.map((b) => b.reason).join('; ')}.`);
        if (!preview)
            builder.set('migrations', [{ tag: 'v1', new_sqlite_classes: [...new Set(objects.map((b) => b.className))] }], 'Creates the Durable Object classes above (SQLite-backed).');
    }
    const services = of('service');
    if (services.length)
        builder.set('services', services.map((b) => ({ binding: b.binding, service: b.service })), `Service bindings: ${services.map((b) => `${b.binding} → ${b.service} (${b.reason})`).join('; ')}.`);
}
/** The `previews` block: preview vars and the bindings on the preview resource set. */
function previewsBlock(parts) {
    const previews = new ConfigBuilder();
    if (Object.keys(parts.vars).length)
        previews.set('vars', parts.vars, '');
    bindingSections(previews, parts.name, parts.bindings, true);
    return previews.config;
}
/** The comments above the config keys remedies write (check adds remedies after installing). */
const REMEDY_COMMENTS = {
    alias: 'Remedies: dependencies that crash in workerd replaced by fixed versions vendored beside this file.',
    define: 'Remedies: CommonJS names the ES module bundle lacks, as the paths workerd gives the bundle.',
};
/** The generated wrangler config for one Worker, each key with the comment that says why it is there. */
function buildConfig(parts) {
    const builder = new ConfigBuilder();
    builder.set('name', parts.name, 'Worker name: from the repository/service, ≤ 54 characters so preview aliases still fit a DNS label.');
    if (parts.main)
        builder.set('main', parts.main, 'The generated entry shim (it imports the app unchanged).');
    builder.set('compatibility_date', parts.compatibilityDate, parts.dateOverridden
        ? 'Chosen by --compatibility-date or an override.'
        : "The newest date the local workerd supports (its package's compatibilityDate), so the smoke boot runs production semantics.");
    if (parts.compatibilityFlags.length)
        builder.set('compatibility_flags', parts.compatibilityFlags, 'Node.js APIs (fs, http client, crypto, process.env…) for the app and its dependencies.');
    if (Object.keys(parts.alias).length)
        builder.set('alias', parts.alias, REMEDY_COMMENTS.alias);
    if (parts.define && Object.keys(parts.define).length)
        builder.set('define', parts.define, 'process.env.NODE_ENV' in parts.define
            ? `NODE_ENV as vars set it (wrangler would replace process.env.NODE_ENV with "production"). ${REMEDY_COMMENTS.define}`
            : REMEDY_COMMENTS.define);
    if (parts.build)
        builder.set('build', parts.build, 'Builds the app before bundling (its output is what the shim imports).');
    builder.set('observability', { enabled: true }, 'Workers Logs on: console output and exceptions are kept.');
    if (Object.keys(parts.vars).length)
        builder.set('vars', parts.vars, 'Non-secret environment from the Dockerfile / compose / .env.example (secrets are set with `wrangler secret put`).');
    if (parts.requiredSecrets.length)
        builder.set('secrets', { required: parts.requiredSecrets }, 'Secrets the app reads: wrangler refuses to deploy while one is not set (`wrangler secret put NAME`).');
    if (parts.assets)
        builder.set('assets', {
            directory: parts.assets.directory,
            ...(parts.assets.binding ? { binding: parts.assets.binding } : {}),
            ...(parts.assets.notFoundHandling
                ? { not_found_handling: parts.assets.notFoundHandling }
                : {}),
            ...(parts.assets.runWorkerFirst ? { run_worker_first: parts.assets.runWorkerFirst } : {}),
        }, parts.assets.notFoundHandling
            ? `Static files served before the Worker runs; other paths get index.html (a single-page app)${parts.assets.runWorkerFirst ? `, except ${parts.assets.runWorkerFirst.join(', ')}, which the Worker answers` : ''}.`
            : 'Static files served before the Worker runs.');
    bindingSections(builder, parts.name, parts.bindings);
    builder.set('previews', previewsBlock(parts), 'Worker Previews (`wrangler preview`, one per pull request) bind only what is here: the same vars, and KV/D1/R2/Queues/Hyperdrive on the preview resources, never production’s (Durable Objects are isolated per Preview).');
    if (parts.crons.length)
        builder.set('triggers', { crons: parts.crons }, 'Cron Triggers replacing the cron jobs the container ran.');
    if (parts.cpuMs !== null)
        builder.set('limits', { cpu_ms: parts.cpuMs }, 'CPU time per request, as asked.');
    if (parts.routes)
        builder.set('routes', parts.routes, 'Routes from the overrides.');
    return { config: builder.config, comments: builder.comments };
}


/***/ }),

/***/ 7142:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bp: () => (/* binding */ resolveSpecifier),
  xD: () => (/* binding */ runtimeSources)
});

// UNUSED EXPORTS: importedSpecifiers, moduleGraph

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(9547);
;// CONCATENATED MODULE: ./src/plan/output-sources.ts

/** Where builds put their output when the package does not say (tsc's `outDir` in most templates). */
const USUAL_OUT_DIRS = ['dist', 'build'];
/**
 * The source modules the built entry comes from (`dist/src/main.js` ← `src/main.ts`, `dist/server.js`
 * ← `src/server.ts`), so the import graph starts at the code the image compiles even when nothing is
 * built yet: tsc writes each input under outDir at its path below rootDir, which is the package
 * directory or, when every input is there, `src` (https://www.typescriptlang.org/tsconfig/#rootDir).
 * The graph probes each candidate (`.js` names its `.ts`); the ones that are not sources drop out.
 */
function outputSources(app) {
    const dir = app.packageJson?.dir ?? '.';
    const outDirs = [app.packageJson?.build?.outDir ?? null, ...USUAL_OUT_DIRS].filter((d) => d !== null);
    const candidates = [];
    for (const built of [app.entry, app.runFile]) {
        if (built === null)
            continue;
        for (const outDir of outDirs) {
            const prefix = `${external_node_path_.posix.join(dir, outDir)}/`;
            if (!built.startsWith(prefix))
                continue;
            const rest = built.slice(prefix.length);
            candidates.push(external_node_path_.posix.join(dir, rest), external_node_path_.posix.join(dir, 'src', rest));
        }
    }
    return candidates;
}

// EXTERNAL MODULE: ./src/plan/rules.ts
var rules = __webpack_require__(1324);
// EXTERNAL MODULE: ./src/plan/sources.ts
var sources = __webpack_require__(6645);
;// CONCATENATED MODULE: ./src/plan/graph.ts






/**
 * The app's modules the Worker runs: the entry and every source file it reaches through static
 * imports, `export … from`, `require('…')` and `import('…')` with literal specifiers. Seed scripts,
 * test helpers, mocks and tool configs are not reached, so their code never counts against the app.
 * Read from the text (TypeScript included), resolved the way Node and TypeScript resolve relative
 * specifiers (extension probing, `.js` written for a `.ts` file, `index` files) and tsconfig `paths`.
 */
const SPECIFIER = /\b(?:import|export)\s+(type\s+)?(?:[\w$*{}\s,]+?\s+from\s+)?['"]([^'"\n]+)['"]|\b(?:require|import)\s*\(\s*['"]([^'"\n]+)['"]\s*\)/g;
const EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];
/** A compiled specifier (`./db.js`) names the TypeScript source it was written next to. */
const COMPILED_TO_SOURCE = {
    '.js': ['.ts', '.tsx'],
    '.jsx': ['.tsx'],
    '.mjs': ['.mts'],
    '.cjs': ['.cts'],
};
/** Specifiers of the modules a source file loads (type-only imports excluded). */
function importedSpecifiers(text) {
    const found = [];
    for (const match of text.matchAll(SPECIFIER)) {
        if (match[1])
            continue;
        const specifier = match[2] ?? match[3];
        if (specifier)
            found.push(specifier);
    }
    return found;
}
function probe(base, known) {
    const extension = external_node_path_.posix.extname(base);
    const candidates = [
        base,
        ...(COMPILED_TO_SOURCE[extension] ?? []).map((e) => base.slice(0, -extension.length) + e),
        ...EXTENSIONS.map((e) => base + e),
        ...EXTENSIONS.map((e) => external_node_path_.posix.join(base, `index${e}`)),
    ];
    return candidates.find((c) => known.has(c)) ?? null;
}
function aliased(specifier, aliases) {
    const targets = [];
    for (const [pattern, replacements] of Object.entries(aliases.paths)) {
        const star = pattern.indexOf('*');
        const prefix = star === -1 ? pattern : pattern.slice(0, star);
        const suffix = star === -1 ? '' : pattern.slice(star + 1);
        const matches = star === -1
            ? specifier === pattern
            : specifier.startsWith(prefix) && specifier.endsWith(suffix);
        if (!matches)
            continue;
        const wildcard = star === -1 ? '' : specifier.slice(prefix.length, specifier.length - suffix.length);
        for (const target of replacements) {
            targets.push(external_node_path_.posix.join(aliases.baseUrl ?? '.', target.replace('*', wildcard)));
        }
    }
    if (aliases.baseUrl)
        targets.push(external_node_path_.posix.join(aliases.baseUrl, specifier));
    return targets;
}
/** The repository-relative file a specifier names, when it is one of the app's sources. */
function resolveSpecifier(from, specifier, known, aliases) {
    if (specifier.startsWith('.')) {
        return probe(external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(from), specifier)), known);
    }
    for (const target of aliased(specifier, aliases)) {
        const found = probe(external_node_path_.posix.normalize(target), known);
        if (found)
            return found;
    }
    return null;
}
/**
 * The files reachable from `entries` (repository-relative paths among `known`), in the order they are
 * reached, each with the specifiers it resolved (`imports`). Only those files are read, a level of the
 * graph at a time, through `read` (which leaves out what it cannot read).
 */
async function moduleGraph(known, entries, aliases, read) {
    const reached = [];
    const queued = new Set(entries.map((e) => probe(external_node_path_.posix.normalize(e), known)).filter((e) => e !== null));
    let level = [...queued];
    while (level.length > 0) {
        const next = [];
        for (const file of await read(level)) {
            reached.push(file);
            file.imports = {};
            for (const specifier of importedSpecifiers(file.text)) {
                const target = resolveSpecifier(file.path, specifier, known, aliases);
                if (target !== null)
                    file.imports[specifier] = target;
                if (target === null || queued.has(target))
                    continue;
                queued.add(target);
                next.push(target);
            }
        }
        level = next;
    }
    return reached;
}
/** `compilerOptions.baseUrl`/`paths` of the package's tsconfig.json, repository-relative. */
async function tsconfigAliases(root, packageDir) {
    const text = await (0,promises_.readFile)((0,external_node_path_.join)(root, packageDir, 'tsconfig.json'), 'utf8').catch(() => '');
    const options = (0,main.parse)(text)
        ?.compilerOptions;
    const baseUrl = typeof options?.baseUrl === 'string' ? options.baseUrl : null;
    const paths = (options?.paths ?? {});
    return {
        baseUrl: baseUrl !== null || Object.keys(paths).length > 0
            ? external_node_path_.posix.join(packageDir, baseUrl ?? '.')
            : null,
        paths: Object.fromEntries(Object.entries(paths).filter(([, targets]) => Array.isArray(targets))),
    };
}
/**
 * Source files read when no entry is among them: far more than an app's own code (a real app's
 * sources number in the thousands), few enough to read in seconds on a busy runner.
 */
const MAX_UNREACHED_SOURCES = 10_000;
/**
 * The sources the Worker runs: the entry's import graph, read from the app's root. Without an entry among the
 * sources (none detected, or a framework whose routes are files rather than imports) every source
 * counts, up to `limit`, with a warning saying how many were left out.
 */
async function runtimeSources(app, paths, limit = MAX_UNREACHED_SOURCES) {
    const entries = [app.entry, app.runFile, ...outputSources(app)].filter((e) => e !== null);
    const aliases = await tsconfigAliases(app.root, app.packageJson?.dir ?? '.');
    const read = (some) => (0,sources/* readSourceFiles */.Nf)(app.root, some);
    const reached = await moduleGraph(new Set(paths), entries, aliases, read);
    if (reached.length > 0)
        return { sources: reached, diagnostics: [] };
    const considered = paths.slice(0, limit);
    const unread = paths.length - considered.length;
    const diagnostics = unread > 0 ? [unreadSources(unread, paths.length, limit)] : [];
    return { sources: await read(considered), diagnostics };
}
function unreadSources(unread, total, limit) {
    return (0,rules/* planDiagnostic */.Xb)('P004', {
        message: `${unread} of ${total} source files were not searched for code patterns: no entry file was ` +
            `found among them, so every source counts, and only the first ${limit} are read`,
        fix: 'Name the entry (package.json "main", or the file the Dockerfile\'s CMD runs) so only the files it imports are read, or move generated code into a directory the plan skips (node_modules, test, or one whose name starts with a dot).',
    });
}


/***/ }),

/***/ 1963:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  vx: () => (/* binding */ DEFAULT_OUT_DIR),
  Yq: () => (/* binding */ loadPlan),
  Bu: () => (/* binding */ planApp),
  pD: () => (/* reexport */ write/* writePlan */.p)
});

// UNUSED EXPORTS: OVERRIDES_FILE, OVERRIDES_SCHEMA, PITFALLS, findPitfalls

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/model/app.ts
var model_app = __webpack_require__(5266);
// EXTERNAL MODULE: ./src/model/plan.ts
var model_plan = __webpack_require__(7978);
// EXTERNAL MODULE: ./src/plan/sources.ts
var plan_sources = __webpack_require__(6645);
;// CONCATENATED MODULE: ./src/plan/assets.ts



/** `express.static('public')`, `serveStatic(path.join(__dirname, 'public'))`, `koa-static('public')`. */
const STATIC_CALL = /(?:express\.static|serveStatic|serve|koaStatic|fastifyStatic)\(\s*(?:path\.(?:join|resolve)\(\s*__dirname\s*,\s*)?['"]\.?\/?([\w./-]+)['"]/;
/** A clean install from the lockfile, then the package's own build script. */
const BUILD_COMMANDS = {
    npm: 'npm ci && npm run build',
    pnpm: 'pnpm install --frozen-lockfile && pnpm run build',
    yarn: 'yarn install --frozen-lockfile && yarn run build',
    bun: 'bun install --frozen-lockfile && bun run build',
};
/** No lockfile: `npm ci` refuses to run, so install as the image's `npm install` does. */
const UNLOCKED_BUILD = 'npm install && npm run build';
async function exists(path) {
    return (0,promises_.access)(path).then(() => true, () => false);
}
/** The static build a web server image serves, and the package build that produces it. */
function staticSiteOf(owner) {
    const site = owner.staticSite;
    if (!site)
        return null;
    const pkg = owner.packageJson;
    const build = site.built && pkg?.scripts.build
        ? {
            command: owner.packageManager ? BUILD_COMMANDS[owner.packageManager] : UNLOCKED_BUILD,
            cwd: pkg.dir,
        }
        : null;
    return { directory: site.directory, built: site.built, source: site.source, build };
}
/** The static directory the app serves: an override, a static middleware call, or a web server's files. */
async function planAssets(app, overrides, sources, site) {
    if (overrides.assets === false)
        return null;
    if (typeof overrides.assets === 'string') {
        const row = {
            key: 'assets (override)',
            source: 'docker-to-workers.yml',
            outcome: 'converted',
            became: `assets.directory ${overrides.assets}`,
            why: 'set by override',
        };
        return {
            directory: overrides.assets,
            source: 'docker-to-workers.yml',
            row,
            spa: false,
            build: null,
        };
    }
    for (const hit of (0,plan_sources/* findInSources */.lC)(sources, STATIC_CALL)) {
        const directory = external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(hit.file), hit.match[1] ?? '.'));
        if (await exists((0,external_node_path_.join)(app.root, directory))) {
            const row = {
                key: hit.text,
                source: (0,plan_sources/* hitRef */.bm)(hit),
                outcome: 'converted',
                became: `assets.directory ${directory}`,
                why: 'served by Workers static assets before the app runs (no CPU time)',
            };
            return { directory, source: (0,plan_sources/* hitRef */.bm)(hit), row, spa: false, build: null };
        }
    }
    if (!site)
        return null;
    const row = {
        key: `static files ${site.directory}`,
        source: site.source,
        outcome: 'converted',
        became: `assets.directory ${site.directory}${site.built ? ' (single-page-application fallback)' : ''}`,
        why: site.build
            ? `static build output served by Workers static assets; \`${site.build.command}\` in ${site.build.cwd} builds it first`
            : 'static files served by Workers static assets',
    };
    return {
        directory: site.directory,
        source: site.source,
        row,
        spa: site.built,
        build: site.build,
    };
}

// EXTERNAL MODULE: ./src/plan/compat.ts
var compat = __webpack_require__(5485);
// EXTERNAL MODULE: ./src/plan/jsonc.ts
var jsonc = __webpack_require__(8148);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(2463);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/detect/yaml.ts
var yaml = __webpack_require__(3188);
;// CONCATENATED MODULE: ./src/plan/overrides.ts






/** The override file read from the repository root. */
const OVERRIDES_FILE = 'docker-to-workers.yml';
const BINDING_TYPES = ['kv', 'd1', 'r2', 'hyperdrive', 'queue', 'durable-object', 'none'];
const serviceProperties = {
    name: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,53}$' },
    target: { enum: ['worker', 'python-worker', 'container'] },
    compatibility_date: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
    compatibility_flags: { type: 'array', items: { type: 'string' } },
    port: { type: 'integer', minimum: 1, maximum: 65535 },
    routes: {
        type: 'array',
        items: {
            anyOf: [
                { type: 'string' },
                {
                    type: 'object',
                    additionalProperties: false,
                    required: ['pattern'],
                    properties: {
                        pattern: { type: 'string' },
                        zone_name: { type: 'string' },
                        custom_domain: { type: 'boolean' },
                    },
                },
            ],
        },
    },
    bindings: {
        type: 'object',
        additionalProperties: {
            anyOf: [
                { enum: BINDING_TYPES },
                {
                    type: 'object',
                    additionalProperties: false,
                    required: ['type'],
                    properties: {
                        type: { enum: BINDING_TYPES },
                        binding: { type: 'string', pattern: '^[A-Z][A-Z0-9_]*$' },
                    },
                },
            ],
        },
    },
    vars: { type: 'object', additionalProperties: { type: 'string' } },
    secrets: { type: 'array', items: { type: 'string' } },
    assets: { anyOf: [{ type: 'string' }, { const: false }] },
    crons: { type: 'array', items: { type: 'string' } },
    cpu_ms: { type: 'integer', minimum: 1, maximum: 300000 },
    use_existing: { type: 'boolean' },
    container: {
        type: 'object',
        additionalProperties: false,
        properties: {
            instance_type: {
                enum: ['lite', 'basic', 'standard-1', 'standard-2', 'standard-3', 'standard-4'],
            },
            max_instances: { type: 'integer', minimum: 1 },
        },
    },
};
/** The documented schema (README "plan"); unknown keys are errors, never ignored. */
const OVERRIDES_SCHEMA = {
    type: 'object',
    additionalProperties: false,
    properties: {
        ...serviceProperties,
        services: {
            type: 'object',
            additionalProperties: {
                type: 'object',
                additionalProperties: false,
                properties: serviceProperties,
            },
        },
    },
};
let compiled;
/** Compiled on first use: most repositories have no overrides, and compiling costs ~50 ms. */
const validator = () => (compiled ??= new ajv.Ajv({ allErrors: true }).compile(OVERRIDES_SCHEMA));
function describe(error) {
    const key = error.instancePath.split('/').filter(Boolean).join('.') || '(top level)';
    if (error.keyword === 'additionalProperties') {
        return `unknown key \`${[key === '(top level)' ? '' : `${key}.`, String(error.params.additionalProperty)].join('')}\``;
    }
    if (error.keyword === 'enum')
        return `\`${key}\` must be one of ${error.params.allowedValues.join(', ')}`;
    return `\`${key}\` ${error.message ?? 'is invalid'}`;
}
/** Line of the value at an ajv instance path in a YAML document (or of the document). */
function lineOf(doc, counter, error) {
    if (!doc || !counter)
        return undefined;
    const path = error.instancePath.split('/').filter(Boolean);
    if (error.keyword === 'additionalProperties')
        path.push(String(error.params.additionalProperty));
    const node = doc.getIn(path, true);
    const parent = doc.getIn(path.slice(0, -1), true);
    const pair = (0,dist/* isMap */.jh)(parent)
        ? parent.items.find((p) => String(p.key?.value) === path.at(-1))
        : undefined;
    const offset = pair?.key?.range?.[0] ?? node?.range?.[0];
    return offset === undefined ? undefined : counter.linePos(offset).line;
}
/**
 * Validates overrides read from `where` (`file` or `file:line`; a YAML document gives each key's line);
 * a bad key throws a UserError.
 */
function validateOverrides(value, where, doc = null, counter = null) {
    const validate = validator();
    if (validate(value))
        return value;
    const [, file = where, blockLine] = /^(.*?)(?::(\d+))?$/.exec(where) ?? [];
    const first = (validate.errors ?? [])[0];
    const messages = (validate.errors ?? []).filter((e) => e.keyword !== 'anyOf').map(describe);
    throw new errors/* UserError */.y(`P090 invalid overrides in ${file}: ${[...new Set(messages)].join('; ')}`, {
        file,
        line: (first ? lineOf(doc, counter, first) : undefined) ??
            (blockLine ? Number(blockLine) : undefined),
        fix: 'Keys allowed: name, target, compatibility_date, compatibility_flags, port, routes, bindings, vars, secrets, assets, crons, cpu_ms, use_existing, container, services (see README "plan").',
    });
}
async function readOverridesFile(root) {
    const text = await (0,promises_.readFile)((0,external_node_path_.join)(root, OVERRIDES_FILE), 'utf8').catch(() => null);
    if (text === null)
        return null;
    const read = (0,yaml/* readYaml */.g)(text);
    if (!read.ok) {
        throw new errors/* UserError */.y(`P090 ${OVERRIDES_FILE} is not valid YAML: ${read.message}`, {
            file: OVERRIDES_FILE,
            line: read.line,
            fix: 'Fix the YAML syntax.',
        });
    }
    return validateOverrides(read.value ?? {}, OVERRIDES_FILE, read.document, read.lines);
}
/** Compose `x-cloudflare` (validated, reported against the compose file), then the file on top. */
async function loadOverrides(app) {
    const fromCompose = app.composeOverrides
        ? validateOverrides(app.composeOverrides, app.sources.composeOverrides ?? app.composeFiles[0] ?? 'compose.yaml')
        : {};
    const fromFile = (await readOverridesFile(app.root)) ?? {};
    return { ...fromCompose, ...fromFile };
}
/** The overrides for one built service: `services.<name>` of the file. */
function serviceOverrides(overrides, service) {
    return overrides.services?.[service] ?? {};
}

// EXTERNAL MODULE: ./src/plan/rules.ts
var rules = __webpack_require__(1324);
;// CONCATENATED MODULE: ./src/plan/existing.ts






/** Binding kinds → the wrangler config key that holds them and the field with the binding name. */
const BINDING_KEYS = {
    kv: (c) => list(c.kv_namespaces).map((b) => String(b.binding)),
    d1: (c) => list(c.d1_databases).map((b) => String(b.binding)),
    r2: (c) => list(c.r2_buckets).map((b) => String(b.binding)),
    hyperdrive: (c) => list(c.hyperdrive).map((b) => String(b.binding)),
    queue: (c) => list(c.queues?.producers).map((b) => String(b.binding)),
    'durable-object': (c) => list(c.durable_objects?.bindings).map((b) => String(b.name)),
    service: (c) => list(c.services).map((b) => String(b.binding)),
};
/** The entries of a binding list that are objects (a hand-edited config can hold `null`s). */
function list(value) {
    if (!Array.isArray(value))
        return [];
    return value.filter((entry) => typeof entry === 'object' && entry !== null);
}
async function existing_exists(path) {
    return (0,promises_.access)(path).then(() => true, () => false);
}
async function readExisting(root, path) {
    if (!path)
        return null;
    const text = await (0,promises_.readFile)((0,external_node_path_.join)(root, path), 'utf8').catch(() => null);
    if (text === null || path.endsWith('.toml'))
        return text === null ? null : { path, config: {} };
    return { path, config: (0,jsonc/* parseJsonc */.p)(text, path) };
}
/** Where the user's config disagrees with what the app needs (each with the key to look at). */
async function conflicts(root, existing, worker, nodeApp) {
    const { config, path } = existing;
    if (path.endsWith('.toml'))
        return [
            `${path} is TOML: only wrangler.json / wrangler.jsonc can be compared and used as the base`,
        ];
    const found = [];
    const main = typeof config.main === 'string' ? config.main : null;
    if (!main && !config.assets)
        found.push('`main` is missing');
    else if (main && !(await existing_exists((0,external_node_path_.join)(root, (0,external_node_path_.dirname)(path), main))))
        found.push(`\`main\` points at ${main}, which does not exist`);
    const date = typeof config.compatibility_date === 'string' ? config.compatibility_date : null;
    const flags = Array.isArray(config.compatibility_flags)
        ? config.compatibility_flags
        : [];
    if (nodeApp &&
        !flags.includes('nodejs_compat') &&
        (date ?? '') < compat/* DATE_MILESTONES */.L$.nodejsCompatDefault) {
        found.push('`compatibility_flags` lacks "nodejs_compat", which this Node.js app needs');
    }
    if (nodeApp && date && date < compat/* DATE_MILESTONES */.L$.nodejsCompatV2)
        found.push(`\`compatibility_date\` ${date} predates Node.js compatibility v2 (${compat/* DATE_MILESTONES */.L$.nodejsCompatV2})`);
    for (const binding of worker.bindings) {
        if (!BINDING_KEYS[binding.type]?.(config).includes(binding.binding)) {
            found.push(`no ${binding.type} binding \`${binding.binding}\` (${binding.reason}; ${binding.source})`);
        }
    }
    return found;
}
/** The user's config with its paths made relative to the worker directory in the output dir. */
function rebaseExisting(existing, root, workerDir) {
    const from = (0,external_node_path_.join)(root, (0,external_node_path_.dirname)(existing.path));
    const move = (p) => typeof p === 'string' ? external_node_path_.posix.relative(workerDir, (0,external_node_path_.join)(from, p)) || '.' : p;
    const config = { ...existing.config };
    if (config.main)
        config.main = move(config.main);
    if (config.assets && typeof config.assets === 'object')
        config.assets = {
            ...config.assets,
            directory: move(config.assets.directory),
        };
    if (Array.isArray(config.d1_databases))
        config.d1_databases = list(config.d1_databases).map((d) => d.migrations_dir ? { ...d, migrations_dir: move(d.migrations_dir) } : d);
    if (config.build && typeof config.build === 'object')
        config.build = { ...config.build, cwd: move(config.build.cwd ?? '.') };
    return config;
}
/** Diagnostics for an existing config: ambiguity when not chosen, conflicts as errors when it is the base. */
function existingDiagnostics(existing, found, useExisting, ci) {
    if (useExisting) {
        return found.map((message) => (0,rules/* planDiagnostic */.Xb)('P070', {
            message: `${existing.path}: ${message}`,
            fix: 'Fix the config, or drop --use-existing to deploy the generated one.',
            source: existing.path,
        }));
    }
    return [
        (0,rules/* ambiguity */.Gv)('P021', ci, {
            message: `the repository has its own ${existing.path}; plan generated a separate config${found.length ? ` (yours differs: ${found.join('; ')})` : ''}`,
            chosen: 'the generated config (yours is untouched)',
            resolveWith: `--use-existing (or \`use_existing: true\` in ${OVERRIDES_FILE}) to deploy yours, or \`use_existing: false\` to deploy the generated one`,
            source: existing.path,
        }),
    ];
}

// EXTERNAL MODULE: ./src/plan/naming.ts
var naming = __webpack_require__(387);
;// CONCATENATED MODULE: ./src/plan/topology.ts

/** Backing services that are routing or development tools, not state: they get no binding. */
const NOT_STATE_KINDS = new Set(['nginx', 'mail', 'admin']);
/** Development tools compose runs beside the app, and what replaces each in production. */
const TOOL_KINDS = {
    mail: {
        name: 'a mail catcher',
        fix: 'Send mail through a provider’s HTTP API (or Cloudflare Email Service) in production.',
    },
    admin: {
        name: 'an admin UI',
        fix: 'Use the Cloudflare dashboard or wrangler (d1 execute, kv key list) to inspect data.',
    },
    test: {
        name: 'a browser test runner',
        fix: 'Run the tests in CI against the preview URL the action comments.',
    },
};
/**
 * Only services that run the app's own code become Workers. Reverse proxies become routing (their
 * path rules are reported), a web server serving a static build becomes the app's assets, copies of
 * a service are the same Worker, and development tools are dropped.
 */
function topologyOf(app) {
    const own = app.builtServices.filter((s) => s.name !== app.composeService && !s.copyOf);
    const frontend = own.find((s) => s.role === 'static') ?? null;
    const appPaths = allRoutes(app)
        .filter((r) => r.service !== null && appHosts(app).has(r.service))
        .flatMap((r) => workerFirstPatterns(r.path));
    return {
        workers: own.filter((s) => (s.role ?? 'app') === 'app'),
        frontend: app.staticSite ? null : frontend,
        appPaths: [...new Set(appPaths)],
    };
}
/**
 * `run_worker_first` patterns for a proxy path: `/api/` → `/api/*`, `/health` → `/health` and
 * `/health/*`. The root and regular expressions give none (the SPA fallback still sends requests
 * that are not page navigations to the Worker).
 */
function workerFirstPatterns(path) {
    const prefix = path.replace(/\*+$/, '');
    if (prefix === '/' || !/^\/[\w\-./]*$/.test(prefix))
        return [];
    return prefix.endsWith('/') ? [`${prefix}*`] : [prefix, `${prefix}/*`];
}
function allRoutes(app) {
    return [...app.services, ...app.builtServices].flatMap((s) => s.routes ?? []);
}
/** The names the app's own service is reached by. */
function appHosts(app) {
    return new Set(app.composeService ? [app.composeService] : []);
}
/**
 * Report rows and notes for what did not become a Worker, for the app's Worker (`main`); `workers`
 * maps each built service that became a Worker to its name.
 */
function topologyReport(app, main, workers, frontend) {
    const rows = [];
    const diagnostics = [];
    const whereTo = (route) => {
        if (route.service === null)
            return { outcome: 'manual', became: `${route.upstream}, unchanged` };
        if (appHosts(app).has(route.service))
            return { outcome: 'converted', became: `Worker ${main}` };
        if (route.service === frontend?.name)
            return { outcome: 'converted', became: `static assets of Worker ${main}` };
        const worker = workers.get(route.service);
        return worker
            ? { outcome: 'converted', became: `Worker ${worker}: route \`<your domain>${route.path}*\`` }
            : { outcome: 'manual', became: `${route.service}, which is not deployed` };
    };
    const proxies = [
        ...app.services.filter((s) => s.kind === 'nginx'),
        ...app.builtServices.filter((s) => s.role === 'proxy'),
    ];
    for (const proxy of proxies) {
        const label = 'image' in proxy ? (proxy.image ?? 'nginx') : `built from ${proxy.context}`;
        rows.push({
            key: `services.${proxy.name} (${label})`,
            source: proxy.source,
            outcome: 'dropped',
            became: 'routing',
            why: 'a reverse proxy: Cloudflare routes requests to Workers, so no Worker runs it',
        });
        for (const route of proxy.routes ?? []) {
            const to = whereTo(route);
            // A Worker's route passes the whole path on: what the proxy removed, the app now receives.
            const strips = route.strips && to.outcome === 'converted' ? route.strips : null;
            rows.push({
                key: `${proxy.name}: ${route.path} → ${route.upstream}`,
                source: route.source,
                ...(strips
                    ? { outcome: 'manual', became: `${to.became}, with ${strips} in the path` }
                    : to),
                why: strips
                    ? `a path rule of the proxy, which removes ${strips} before forwarding; a Worker receives the whole path, so serve the app's routes under ${strips} (e.g. app.use('${strips}', router))`
                    : 'a path rule of the proxy',
            });
        }
        diagnostics.push((0,rules/* planDiagnostic */.Xb)('P048', {
            message: `reverse proxy \`${proxy.name}\` becomes routing, not a Worker${proxy.routes?.length ? `: ${proxy.routes.map((r) => `${r.path} → ${whereTo(r).became}`).join('; ')}` : ''}`,
            fix: 'Give each Worker its route (or custom domain) for these paths; the app Worker already serves its own.',
            source: proxy.source,
        }));
    }
    const tools = [
        ...app.services
            .filter((s) => s.kind === 'mail' || s.kind === 'admin')
            .map((s) => ({ ...s, label: s.image ?? s.kind, kind: s.kind })),
        ...app.builtServices
            .filter((s) => s.role === 'tool')
            .map((s) => ({
            ...s,
            label: `${s.tool?.name ?? 'a tool'}, built from ${s.context}`,
            kind: s.tool?.kind ?? 'mail',
        })),
    ];
    for (const service of tools) {
        const what = TOOL_KINDS[service.kind];
        rows.push({
            key: `services.${service.name} (${service.label})`,
            source: service.source,
            outcome: 'dropped',
            became: 'nothing',
            why: `${what.name} for development: no Workers equivalent is needed`,
        });
        diagnostics.push((0,rules/* planDiagnostic */.Xb)('P049', {
            message: `\`${service.name}\` is ${what.name} for development; it is not deployed`,
            fix: what.fix,
            source: service.source,
        }));
    }
    for (const site of app.builtServices.filter((s) => s.role === 'static' && !s.copyOf && s !== frontend)) {
        rows.push({
            key: `services.${site.name} (static build served by a web server)`,
            source: site.source,
            outcome: 'manual',
            became: 'a separate assets-only Worker',
            why: `the app Worker already serves ${frontend ? frontend.name : 'its own static files'}`,
        });
    }
    if (app.replicas) {
        rows.push({
            key: `replicas: ${app.replicas.count}`,
            source: app.replicas.source,
            outcome: 'dropped',
            became: 'one Worker',
            why: 'Workers run as many instances as the requests need: no replica count to set',
        });
    }
    for (const copy of app.builtServices.filter((s) => s.copyOf)) {
        rows.push({
            key: `services.${copy.name}`,
            source: copy.source,
            outcome: 'dropped',
            became: `the same Worker as ${copy.copyOf}`,
            why: 'same build and command: one Worker serves every copy, and it scales with the requests',
        });
    }
    return { rows, diagnostics };
}

// EXTERNAL MODULE: ./src/plan/button.ts
var plan_button = __webpack_require__(4451);
// EXTERNAL MODULE: ./src/plan/graph.ts + 1 modules
var graph = __webpack_require__(7142);
;// CONCATENATED MODULE: ./src/plan/app-routes.ts


const IDENT = '[A-Za-z_$][\\w$]*';
const CALL_START = new RegExp(`\\b(${IDENT})\\s*\\.\\s*(get|on|use|route|register|prefix)\\s*\\(`, 'g');
const LITERAL = /^\s*(['"`])([^'"`$]*)\1\s*$/;
const DECLARATION = new RegExp(`\\b(?:const|let|var)\\s+(${IDENT})\\s*(?::[^=]+)?=\\s*(?:await\\s+)?(new\\s+)?((?:require\\(\\s*['"][\\w@/.-]+['"]\\s*\\)\\.)?${IDENT}(?:\\.${IDENT})?)\\s*(?:<[^>]*>)?\\(`, 'g');
/** Constructors of the apps a server serves and of the routers mounted on them (by `new` or not). */
const ROUTERS = new Set([
    'express',
    'fastify',
    'Fastify',
    'new Hono',
    'new OpenAPIHono',
    'new Koa',
    'Router',
    'express.Router',
    'new Router',
    'new KoaRouter',
]);
/** Where a module hands an object to the server: `listen`, node:http, @hono/node-server. */
const SERVED = [
    new RegExp(`\\b(${IDENT})\\s*\\.\\s*listen\\s*\\(`, 'g'),
    new RegExp(`\\bcreateServer\\(\\s*(${IDENT})\\s*[,)]`, 'g'),
    new RegExp(`\\bserve\\(\\s*(${IDENT})\\s*[,)]`, 'g'),
    new RegExp(`\\bfetch\\s*:\\s*(${IDENT})\\.fetch\\b`, 'g'),
];
/** The entry's default export is what Bun and Deno serve (https://hono.dev/docs/getting-started/bun). */
const ENTRY_EXPORT = new RegExp(`^export\\s+default\\s+(${IDENT})\\s*;?\\s*$`, 'gm');
const NO_ALIASES = { baseUrl: null, paths: {} };
const literal = (arg) => arg === undefined ? null : (LITERAL.exec(arg)?.[2] ?? null);
const app_routes_lineOf = (text, index) => text.slice(0, index).split('\n').length;
const key = (node) => `${node.file}#${node.name}`;
/** An identifier inside a RegExp (`$` is one of its characters). */
const escaped = (name) => name.replace(/\$/g, '\\$');
const joinPaths = (...parts) => external_node_path_.posix.join('/', ...parts).replace(/(.)\/$/, '$1');
/** The text between a `(` at `open` and its `)`, split at top-level commas (strings skipped). */
function argumentsAt(text, open) {
    const args = [];
    let depth = 0;
    let start = open + 1;
    for (let i = open; i < text.length; i++) {
        const c = text[i];
        if (c === '"' || c === "'" || c === '`') {
            const end = text.indexOf(c, i + 1);
            if (end === -1)
                break;
            i = end;
        }
        else if (c === '(' || c === '[' || c === '{')
            depth++;
        else if (c === ')' || c === ']' || c === '}') {
            depth--;
            if (depth === 0) {
                args.push(text.slice(start, i));
                return args.map((a) => a.trim()).filter(Boolean);
            }
        }
        else if (c === ',' && depth === 1) {
            args.push(text.slice(start, i));
            start = i + 1;
        }
    }
    return [];
}
function calls(text) {
    return [...text.matchAll(CALL_START)].map((m) => ({
        owner: m[1],
        method: m[2],
        args: argumentsAt(text, m.index + m[0].length - 1),
        index: m.index,
    }));
}
/** The routers and apps a file creates. */
function declarations(text) {
    const found = new Map();
    for (const m of text.matchAll(DECLARATION)) {
        const open = m.index + m[0].length - 1;
        // `require('express').Router()` is `express.Router()`.
        const called = m[3].replace(/^require\(\s*['"]([^'"]+)['"]\s*\)/, '$1');
        const constructor = `${m[2] ? 'new ' : ''}${called}`;
        const fastify = constructor === 'require' && /^\(\s*['"]fastify['"]\s*\)\s*\(/.test(text.slice(open));
        if (!fastify && !ROUTERS.has(constructor))
            continue;
        // koa-router's `new Router({ prefix })`, Hono's `new Hono().basePath('/api')`.
        const option = /\bprefix\s*:\s*([^,}]+)/.exec(argumentsAt(text, open)[0] ?? '')?.[1];
        const basePath = /^\([^)]*\)\s*\.basePath\(([^)]*)\)/.exec(text.slice(open))?.[1];
        const written = option ?? basePath;
        found.set(m[1], written === undefined ? '' : literal(written));
    }
    return found;
}
/** A function taking `name` as a parameter (a Fastify plugin defined inline): its calls are not the outer object's. */
function shadowed(text, name) {
    const n = escaped(name);
    return new RegExp(`function\\s*(?:${IDENT})?\\s*\\(\\s*${n}\\b|\\(\\s*${n}\\b[^()]*\\)\\s*(?::[^=;]*)?=>`).test(text);
}
function once(read) {
    const cache = new Map();
    return (file) => {
        if (!cache.has(file.path))
            cache.set(file.path, read(file));
        return cache.get(file.path);
    };
}
/** The binding an import gives a file's `name`: the module's specifier and the name it exports. */
function importBinding(text, local) {
    const name = escaped(local);
    const from = `\\s*(?:from\\s*|=\\s*require\\(\\s*)['"]([^'"]+)['"]`;
    const whole = new RegExp(`(?:import\\s+(?:\\*\\s+as\\s+)?${name}\\s*(?:,\\s*\\{[^}]*\\})?|(?:const|let|var)\\s+${name})${from}`).exec(text);
    if (whole)
        return { specifier: whole[1], exported: 'default' };
    const named = new RegExp(`(?:import\\s*(?:${IDENT}\\s*,\\s*)?|(?:const|let|var)\\s*)\\{([^}]*)\\}${from}`, 'g');
    for (const m of text.matchAll(named)) {
        for (const part of m[1].split(',')) {
            const [exported, alias = exported] = part.split(/\s+as\s+|\s*:\s*/).map((p) => p.trim());
            if (alias === local)
                return { specifier: m[2], exported: exported };
        }
    }
    return null;
}
/** The object a module exports as `exported`: a router variable, or a Fastify plugin's instance parameter. */
function exportedNode(file, exported, sources) {
    const { text } = file;
    let name = exported;
    if (exported === 'default') {
        const plugin = new RegExp(`(?:export\\s+default|module\\.exports\\s*=)\\s*(?:async\\s+)?(?:function\\s*(?:${IDENT})?\\s*)?\\(\\s*(${IDENT})`).exec(text)?.[1];
        if (plugin)
            return { file: file.path, name: plugin };
        const variable = new RegExp(`(?:export\\s+default|module\\.exports\\s*=|export\\s*=)\\s*(${IDENT})\\s*;?\\s*$`, 'm').exec(text)?.[1];
        if (!variable)
            return null;
        name = variable;
    }
    if (sources.declared(file).has(name))
        return { file: file.path, name };
    const fn = escaped(name);
    const parameter = new RegExp(`function\\s*${fn}\\s*\\(\\s*(${IDENT})`).exec(text)?.[1] ??
        new RegExp(`\\b${fn}\\s*=\\s*(?:async\\s*)?\\(\\s*(${IDENT})`).exec(text)?.[1];
    return parameter ? { file: file.path, name: parameter } : null;
}
function resolveImport(file, specifier, sources) {
    const { byPath } = sources;
    const path = file.imports?.[specifier] ??
        (0,graph/* resolveSpecifier */.bp)(file.path, specifier, new Set(byPath.keys()), NO_ALIASES);
    return path === null ? null : (byPath.get(path) ?? null);
}
/** What a name in a file stands for: its own router, an imported one, else itself (a parameter). */
function resolveName(file, name, sources) {
    if (sources.declared(file).has(name))
        return { file: file.path, name };
    const binding = importBinding(file.text, name);
    if (!binding)
        return { file: file.path, name };
    const target = resolveImport(file, binding.specifier, sources);
    return target ? exportedNode(target, binding.exported, sources) : null;
}
/** A mounted router's expression: `router`, `router.routes()` (Koa), `require('./routes')`. */
function mounted(file, arg, sources) {
    const required = /^(?:require|import)\(\s*['"]([^'"]+)['"]\s*\)$/.exec(arg)?.[1];
    if (required) {
        const target = resolveImport(file, required, sources);
        return target ? exportedNode(target, 'default', sources) : null;
    }
    const name = new RegExp(`^(${IDENT})(?:\\.routes\\(\\))?$`).exec(arg)?.[1];
    return name ? resolveName(file, name, sources) : null;
}
/** A mount's prefix and router, or null when either is not plain (then its routes are left out). */
function mount(file, call, sources) {
    const { method, args } = call;
    let prefix = '';
    let child = args.at(-1);
    if (method === 'use' || method === 'route') {
        if (method === 'route' && args.length !== 2)
            return null;
        if (args.length > 1)
            prefix = literal(args[0]);
    }
    else if (method === 'register') {
        // https://fastify.dev/docs/latest/Reference/Plugins/#route-prefixing-option
        child = args[0];
        const options = args[1];
        const written = options && /\bprefix\s*:\s*([^,}]+)/.exec(options)?.[1];
        prefix = options && !options.startsWith('{') ? null : written ? literal(written) : '';
    }
    else
        return null;
    if (prefix === null || child === undefined)
        return null;
    const node = mounted(file, child, sources);
    return node ? { prefix, child: node } : null;
}
/** Static files or a catch-all at the root (`app.use(express.static('public'))`, `app.get('*', …)`): `/` answers. */
const app_routes_STATIC_CALL = /^(?:express\.static|serveStatic|koaStatic|staticFiles|serve)\s*\(/;
const STATIC_PLUGIN = /^(?:@fastify\/static|fastify-static)$/;
const CATCH_ALL = /^\/?(?:\*|\(\.\*\))$/;
function servesRoot(file, call) {
    const { method, args } = call;
    if (method === 'register') {
        const plugin = args[0] ? importBinding(file.text, args[0]) : null;
        return (plugin !== null && STATIC_PLUGIN.test(plugin.specifier) && !/\bprefix\s*:/.test(args[1] ?? ''));
    }
    const at = args.length > 1 ? literal(args[0]) : '';
    if (at === null || !['', '/', '*', '/*'].includes(at))
        return false;
    return method === 'get'
        ? CATCH_ALL.test(at)
        : method === 'use' && app_routes_STATIC_CALL.test(args.at(-1) ?? '');
}
function routeAt(file, call, path) {
    return { route: { path, file: file.path, line: app_routes_lineOf(file.text, call.index) } };
}
/** A literal path, or each literal of an array of them (Express, koa-router and Hono take both). */
function literals(arg) {
    const list = arg?.startsWith('[') && arg.endsWith(']') ? arg.slice(1, -1).split(',') : [arg];
    return list.map(literal).filter((path) => path !== null);
}
/** The paths of a GET route: `get(path, …)`, Hono's `on('GET', path, …)`; none for other calls. */
function getPaths({ method, args }) {
    // Most `.get(` calls are a Map's or a request's (one argument), most `.on(` an event emitter's.
    if (method === 'get' && args.length > 1)
        return literals(args[0]);
    const methods = literals(args[0]).map((m) => m.toUpperCase());
    return method === 'on' && args.length > 2 && methods.includes('GET') ? literals(args[1]) : [];
}
/** A call's GET routes or plain mount, if it is one. */
function items(file, call, sources) {
    if (servesRoot(file, call))
        return [routeAt(file, call, '/')];
    if (call.method === 'get' || call.method === 'on')
        return getPaths(call).map((path) => routeAt(file, call, path));
    const plain = mount(file, call, sources);
    return plain ? [{ mount: plain }] : [];
}
/** The prefix a router adds itself (`new Router({ prefix })`, `router.prefix('/x')`, `basePath`). */
function ownPrefix(node, sources) {
    const file = sources.byPath.get(node.file);
    if (!file)
        return '';
    const call = sources.calls(file).find((c) => c.method === 'prefix' && c.owner === node.name);
    return call ? literal(call.args[0]) : (sources.declared(file).get(node.name) ?? '');
}
/**
 * The GET routes of the object the app serves (Express, Koa with koa-router / @koa/router, Hono,
 * Fastify), with the prefixes of plain mounts joined: `app.use('/api', router)`
 * (https://expressjs.com/en/guide/routing.html#express-router), `app.use(router.routes())` with
 * `new Router({ prefix })` (https://github.com/koajs/router/blob/master/API.md), `app.route('/api', sub)`
 * (https://hono.dev/docs/api/routing#grouping), `register(plugin, { prefix })`. A mount whose prefix or
 * router is not a literal or not among the sources is left out, routes and all.
 */
function appRoutes(files) {
    const sources = {
        byPath: new Map(files.map((f) => [f.path, f])),
        declared: once((file) => declarations(file.text)),
        calls: once((file) => calls(file.text)),
    };
    const declared = new Map();
    const roots = [];
    for (const file of files) {
        for (const call of sources.calls(file)) {
            const found = items(file, call, sources);
            if (found.length === 0)
                continue;
            if (sources.declared(file).has(call.owner) && shadowed(file.text, call.owner))
                continue;
            const owner = resolveName(file, call.owner, sources);
            if (!owner)
                continue;
            declared.set(key(owner), [...(declared.get(key(owner)) ?? []), ...found]);
        }
        for (const pattern of file === files[0] ? [...SERVED, ENTRY_EXPORT] : SERVED) {
            for (const m of file.text.matchAll(pattern)) {
                const served = resolveName(file, m[1], sources);
                const declaredIn = served && sources.byPath.get(served.file);
                if (declaredIn && sources.declared(declaredIn).has(served.name))
                    roots.push(served);
            }
        }
    }
    const routes = [];
    const seen = new Set();
    const walk = (node, base) => {
        const prefix = ownPrefix(node, sources);
        if (seen.has(key(node)) || prefix === null)
            return;
        seen.add(key(node));
        for (const item of declared.get(key(node)) ?? []) {
            if ('route' in item)
                routes.push({ ...item.route, path: joinPaths(base, prefix, item.route.path) });
            else
                walk(item.mount.child, joinPaths(base, prefix, item.mount.prefix));
        }
    };
    for (const root of roots)
        walk(root, '');
    return routes;
}

;// CONCATENATED MODULE: ./src/plan/probe-path.ts

/** `@Controller(…)` / `@Get(…)` and their argument text (an object may span lines). */
const DECORATOR = /@(Controller|Get)\(([^)]*)\)/g;
const probe_path_LITERAL = /^\s*(['"`])([^'"`]*)\1\s*$/;
/** A literal `key: '…'` inside an options object. */
const probe_path_option = (key) => new RegExp(`\\b${key}:\\s*(['"\`])([^'"\`]*)\\1`);
const CALL = (method) => new RegExp(`\\.${method}\\(([^)]*)\\)`);
/** Paths a health check answers without the app's database, the likeliest first. */
const HEALTH = [/\/healthz?$/i, /\/(?:livez?|readyz?)$/i, /\/(?:ping|status)$/i];
const healthy = (path) => HEALTH.some((pattern) => pattern.test(path));
/** A path with parameters or patterns (`:id`, `*`, `{id}`, regexps): not one to request as written. */
const PARAMETERS = /[:*?({]/;
/** A decorator's path: none given → '', a literal (or an options object's `path`) → it, else null. */
function pathArgument(arg, object) {
    if (arg.trim() === '')
        return '';
    return probe_path_LITERAL.exec(arg)?.[2] ?? (object ? (probe_path_option('path').exec(arg)?.[2] ?? null) : null);
}
/**
 * What goes before every controller's path: `setGlobalPrefix`'s literal, and with URI versioning the
 * `v<version>` of a versioned controller (https://docs.nestjs.com/faq/global-prefix,
 * https://docs.nestjs.com/techniques/versioning). Null when it is not readable (a prefix from config,
 * `exclude`, a custom version prefix or default version).
 */
function nestPrefix(sources) {
    const text = sources.map((f) => f.text).join('\n');
    const prefix = CALL('setGlobalPrefix').exec(text)?.[1];
    const global = prefix === undefined ? '' : (probe_path_LITERAL.exec(prefix.split(',')[0])?.[2] ?? null);
    if (global === null || prefix?.includes('exclude'))
        return null;
    const versioning = CALL('enableVersioning').exec(text)?.[1];
    if (versioning && /\b(?:prefix|defaultVersion)\b/.test(versioning))
        return null;
    return { global, uriVersions: versioning?.includes('URI') ?? false };
}
/**
 * Nest's GET routes without parameters: each `@Get` belongs to the `@Controller` above it in its file
 * (https://docs.nestjs.com/controllers#routing); a path that is not a literal leaves its routes out, an
 * unreadable prefix all of them.
 */
function nestRoutes(sources) {
    const prefix = nestPrefix(sources);
    if (!prefix)
        return [];
    const routes = [];
    for (const file of sources) {
        if (!file.text.includes('@Controller('))
            continue;
        let controller = null;
        for (const match of file.text.matchAll(DECORATOR)) {
            const [, kind, arg] = match;
            if (kind === 'Controller') {
                const version = probe_path_option('version').exec(arg)?.[2];
                const path = pathArgument(arg, true);
                controller =
                    path === null
                        ? null
                        : joinPaths(prefix.global, prefix.uriVersions && version ? `v${version}` : '', path);
                continue;
            }
            const path = pathArgument(arg, false);
            if (controller === null || path === null)
                continue;
            const full = joinPaths(controller, path);
            const line = file.text.slice(0, match.index).split('\n').length;
            routes.push({ path: full, file: file.path, line });
        }
    }
    return routes;
}
/** The GET routes an app's sources declare, for the frameworks whose routers plan reads. */
function declaredRoutes(framework, sources) {
    if (framework === 'nestjs')
        return nestRoutes(sources);
    if (['express', 'koa', 'hono', 'fastify'].includes(framework))
        return appRoutes(sources);
    return [];
}
/**
 * The path the smoke boot (and the deploy health check) requests when the image declares no
 * HEALTHCHECK: `/` when the app declares it (or when no route is read: null keeps `/`), else its health
 * route, else its first GET route without parameters.
 */
function probePath(framework, sources) {
    const routes = declaredRoutes(framework, sources).filter((r) => !PARAMETERS.test(r.path));
    // `/` first: a health route often asks the app's database, which the local smoke boot does not have.
    if (routes.some((r) => r.path === '/'))
        return null;
    const chosen = HEALTH.map((pattern) => routes.find((r) => pattern.test(r.path))).find(Boolean) ?? routes[0];
    if (!chosen)
        return null;
    return {
        path: chosen.path,
        row: {
            key: `GET ${chosen.path}`,
            source: `${chosen.file}:${chosen.line}`,
            outcome: 'approximated',
            became: `smoke check GET ${chosen.path}`,
            why: healthy(chosen.path)
                ? 'the image declares no HEALTHCHECK and the app has no route at /; the check stage requests its health route'
                : 'the image declares no HEALTHCHECK and the app has no route at /; the check stage requests its first GET route without parameters',
        },
    };
}

;// CONCATENATED MODULE: ./src/plan/assemble.ts


function verdictOf(analysis, diagnostics, codeChanges) {
    const error = diagnostics.find((d) => d.severity === 'error');
    if (error)
        return { verdict: 'unsupported', verdictReason: error.message };
    if (analysis.decision.target === 'container') {
        return { verdict: 'container', verdictReason: analysis.decision.reason };
    }
    if (analysis.strategy.kind === 'opennext') {
        return {
            verdict: 'needs-changes',
            verdictReason: 'Next.js builds with OpenNext (@opennextjs/cloudflare) first',
        };
    }
    if (codeChanges.length > 0) {
        return {
            verdict: 'needs-changes',
            verdictReason: `${codeChanges.length} code change(s) listed below`,
        };
    }
    return { verdict: 'ready', verdictReason: 'deploys as is' };
}
/** The WorkerPlan (plus its diagnostics, which planApp moves to the Plan). */
function assemble(analysis, parts) {
    const { input } = analysis;
    const diagnostics = [...analysis.diagnostics, ...parts.diagnostics];
    const dir = input.app.packageJson?.dir ?? '.';
    const probe = input.app.healthcheck ? null : probePath(input.app.framework, analysis.sources);
    return {
        name: input.name,
        target: analysis.decision.target,
        targetReason: analysis.decision.reason,
        targetSource: analysis.decision.source,
        dir,
        sources: analysis.sources.map((f) => f.path),
        compatibilityDate: analysis.date,
        compatibilityFlags: parts.flags,
        main: `${input.name}/${parts.main}`,
        port: analysis.port,
        healthcheckPath: input.app.healthcheck ?? probe?.path ?? '/',
        vars: parts.env.vars,
        secrets: parts.env.secrets,
        bindings: parts.bindings,
        assets: parts.assets,
        crons: parts.crons,
        cpuMs: input.overrides.cpu_ms ?? null,
        remedies: parts.remedies,
        codeChanges: parts.codeChanges,
        report: [...analysis.rows, ...(probe ? [probe.row] : []), ...parts.env.rows, ...parts.rows],
        // An error detect found (a broken package.json, compose file…) keeps the plan from "ready".
        ...verdictOf(analysis, [...input.app.diagnostics, ...diagnostics], parts.codeChanges),
        files: {
            wranglerConfig: `${input.name}/wrangler.jsonc`,
            shim: `${input.name}/${parts.main}`,
            report: 'MIGRATION.md',
        },
        service: input.service,
        container: parts.container,
        build: 'compile' in analysis.strategy ? (analysis.strategy.compile ?? null) : null,
        baseConfig: null,
        generated: {
            config: parts.config,
            comments: parts.comments,
            modules: parts.modules,
            vendor: parts.vendor,
        },
        deployButton: (0,plan_button/* deployButtonUrl */.F1)(input.options.repository, dir),
        diagnostics,
    };
}

// EXTERNAL MODULE: ./src/plan/config.ts
var plan_config = __webpack_require__(4061);
// EXTERNAL MODULE: ./src/detect/env.ts
var env = __webpack_require__(2232);
;// CONCATENATED MODULE: ./src/plan/env.ts


/**
 * Non-secret env with a value → `vars`; secret-like names → required secrets; variables that held a
 * backing service's address are left to the bindings. `PORT` is pinned to the port the shim serves.
 * Values come from the repository, so they are public there and not masked (masking `postgres` would
 * hide a common word from the whole job log); a secret-looking one never becomes a var.
 */
function planEnv(app, overrides, serviceVars, port) {
    const plan = { vars: {}, secrets: [], rows: [], diagnostics: [] };
    for (const variable of app.env) {
        const key = `ENV ${variable.name}`;
        if (serviceVars.includes(variable.name)) {
            plan.rows.push({
                key,
                source: variable.source,
                outcome: 'converted',
                became: 'binding',
                why: 'pointed at a compose backing service; the binding replaces it',
            });
        }
        else if (variable.secretLike) {
            if (!plan.secrets.includes(variable.name))
                plan.secrets.push(variable.name);
            plan.rows.push({
                key,
                source: variable.source,
                outcome: 'converted',
                became: `secret ${variable.name}`,
                why: 'secret-like name: set with `wrangler secret put`, never stored in the config',
            });
        }
        else if (variable.value !== null) {
            plan.vars[variable.name] = variable.value;
            plan.rows.push({
                key,
                source: variable.source,
                outcome: 'converted',
                became: `vars.${variable.name}`,
                why: 'plain configuration value',
            });
        }
        else {
            plan.rows.push({
                key,
                source: variable.source,
                outcome: 'manual',
                became: `vars.${variable.name} (no value)`,
                why: 'only the name is known',
            });
            plan.diagnostics.push((0,rules/* planDiagnostic */.Xb)('P030', {
                message: `${variable.name} has no value in the Dockerfile, compose or .env.example`,
                fix: `Add it under vars in docker-to-workers.yml, or as a secret if it is one.`,
                source: variable.source,
            }));
        }
    }
    for (const [name, value] of Object.entries(overrides.vars ?? {})) {
        if ((0,env/* secretLike */.u)(name, value)) {
            if (!plan.secrets.includes(name))
                plan.secrets.push(name);
            plan.diagnostics.push((0,rules/* planDiagnostic */.Xb)('P031', {
                message: `vars.${name} in docker-to-workers.yml or x-cloudflare looks like a secret; it becomes a required secret and its value is not written anywhere`,
                fix: `Move ${name} to secrets in docker-to-workers.yml and pass its value from the workflow (the action's secrets input, or --secret ${name}).`,
            }));
        }
        else
            plan.vars[name] = value;
    }
    for (const name of overrides.secrets ?? [])
        if (!plan.secrets.includes(name))
            plan.secrets.push(name);
    for (const name of plan.secrets)
        delete plan.vars[name];
    if (port !== null)
        plan.vars.PORT = String(port);
    return plan;
}
/** The spellings wrangler defines when it bundles (its esbuild `define`). */
const NODE_ENV_EXPRESSIONS = [
    'process.env.NODE_ENV',
    'global.process.env.NODE_ENV',
    'globalThis.process.env.NODE_ENV',
];
/**
 * wrangler replaces `process.env.NODE_ENV` in the bundle with "production" on deploy, whatever `vars`
 * says; a `define` in the config wins over its own. So a NODE_ENV the app's environment sets (compose's
 * `NODE_ENV=development`) is defined too, or the Worker would run another configuration than the image
 * (`knexfile[process.env.NODE_ENV]`).
 */
function nodeEnvDefine(vars) {
    const value = vars.NODE_ENV;
    // A value still holding `${…}` is a Dockerfile expression detect did not evaluate: not a literal to pin.
    if (value === undefined || value === 'production' || value.includes('$'))
        return {};
    return Object.fromEntries(NODE_ENV_EXPRESSIONS.map((name) => [name, JSON.stringify(value)]));
}

;// CONCATENATED MODULE: ./src/plan/memory.ts



/** A Worker isolate's memory (workers-facts.md, limits table). */
const ISOLATE_MEMORY_MB = 128;
/** Cloudflare Containers instance types by memory (MiB), smallest first. */
const INSTANCE_TYPES = [
    { type: 'lite', memoryMb: 256 },
    { type: 'basic', memoryMb: 1024 },
    { type: 'standard-1', memoryMb: 4096 },
    { type: 'standard-2', memoryMb: 6144 },
    { type: 'standard-3', memoryMb: 8192 },
    { type: 'standard-4', memoryMb: 12288 },
];
const UNITS = { b: 1 / 1048576, k: 1 / 1024, m: 1, g: 1024 };
/** Compose memory strings: `512m`, `1g`, `1.5G`, `268435456` (bytes). */
function parseMemory(value) {
    const match = /^(\d+(?:\.\d+)?)\s*([bkmg])?(?:i?b)?$/i.exec(value.trim());
    if (!match)
        return null;
    const unit = (match[2] ?? 'b').toLowerCase();
    return Number(match[1]) * (UNITS[unit] ?? 1);
}
/** `deploy.resources.limits.memory` (or `mem_limit`) of the app's compose service, with its line. */
async function declaredMemory(app) {
    if (!app.composeService)
        return null;
    let found = null;
    for (const file of app.composeFiles) {
        const text = await (0,promises_.readFile)((0,external_node_path_.join)(app.root, file), 'utf8').catch(() => null);
        if (text === null)
            continue;
        const counter = new dist/* LineCounter */.HN();
        const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: counter });
        const service = ['services', app.composeService];
        const node = (doc.getIn([...service, 'deploy', 'resources', 'limits', 'memory'], true) ??
            doc.getIn([...service, 'mem_limit'], true));
        if (!node || !(0,dist/* isScalar */.jn)(node) || (0,dist/* isMap */.jh)(node))
            continue;
        const megabytes = parseMemory(String(node.value));
        const line = node.range ? counter.linePos(node.range[0]).line : undefined;
        if (megabytes !== null)
            found = { megabytes, source: line ? `${file}:${line}` : file };
    }
    return found;
}
/** The smallest instance type with at least the declared memory (`basic` when nothing is declared). */
function instanceTypeFor(memory) {
    if (!memory)
        return 'basic';
    return ((INSTANCE_TYPES.find((t) => t.memoryMb >= memory.megabytes) ?? INSTANCE_TYPES.at(-1))?.type ??
        'basic');
}

;// CONCATENATED MODULE: ./src/plan/container.ts





/** The library the router Worker uses; installed beside the router like a remedy's package. */
const CONTAINERS_PACKAGE = {
    name: '@cloudflare/containers',
    version: '0.3.7',
};
const CONTAINER_CLASS = 'AppContainer';
const CONTAINER_BINDING = 'APP_CONTAINER';
function containerPlan(app, overrides, port, memory) {
    return {
        className: CONTAINER_CLASS,
        dockerfile: app.dockerfile?.path ?? 'Dockerfile',
        instanceType: overrides.container?.instance_type ?? instanceTypeFor(memory),
        maxInstances: overrides.container?.max_instances ?? 3,
        port,
    };
}
/** The config keys a container target adds (comments beside them in wrangler.jsonc). */
function containerConfig(plan, imagePath) {
    return {
        config: {
            containers: [
                {
                    class_name: plan.className,
                    image: imagePath,
                    instance_type: plan.instanceType,
                    max_instances: plan.maxInstances,
                },
            ],
            durable_objects: { bindings: [{ name: CONTAINER_BINDING, class_name: plan.className }] },
            migrations: [{ tag: 'v1', new_sqlite_classes: [plan.className] }],
        },
        comments: {
            containers: `The user's Dockerfile, built and run on Cloudflare Containers (${plan.instanceType}, at most ${plan.maxInstances} instances).`,
            durable_objects: 'Each container instance is driven by a Durable Object of this class.',
            migrations: 'Creates the container class (SQLite-backed Durable Object).',
        },
    };
}
/** The router Worker: forwards every request to the container's port. */
function renderRouter(plan, envVars) {
    return [
        '// Generated by docker-to-workers: routes requests to the app running in its container.',
        "import { Container, getContainer } from '@cloudflare/containers';",
        '',
        `export class ${plan.className} extends Container {`,
        `  defaultPort = ${plan.port};`,
        "  sleepAfter = '10m';",
        `  envVars = ${JSON.stringify(envVars)};`,
        '}',
        '',
        'export default {',
        '  fetch(request, env) {',
        `    return getContainer(env.${CONTAINER_BINDING}).fetch(request);`,
        '  },',
        '};',
        '',
    ].join('\n');
}
/** The `container` target: the user's image behind a router Worker; its env goes to the container. */
function containerParts(analysis) {
    const { input, workerDir } = analysis;
    const { app, overrides } = input;
    const env = planEnv(app, overrides, [], null);
    const container = containerPlan(app, overrides, analysis.port ?? 8080, analysis.memory);
    const base = (0,plan_config/* buildConfig */.fD)({
        name: input.name,
        main: 'router.mjs',
        compatibilityDate: analysis.date,
        dateOverridden: Boolean(input.options.compatibilityDate ?? overrides.compatibility_date),
        compatibilityFlags: [],
        vars: {},
        requiredSecrets: (0,compat/* supportsRequiredSecrets */.l4)(input.runtime.wranglerVersion) ? env.secrets : [],
        bindings: [],
        assets: null,
        crons: [],
        cpuMs: null,
        alias: {},
        build: null,
        routes: overrides.routes ?? null,
    });
    const extra = containerConfig(container, external_node_path_.posix.relative(workerDir, (0,external_node_path_.join)(app.root, container.dockerfile)));
    return {
        flags: [],
        // The container gets the env (vars in the router's envVars); secrets stay names to set.
        env: { ...env, vars: {} },
        rows: [],
        codeChanges: [],
        diagnostics: env.diagnostics,
        remedies: [],
        bindings: [],
        assets: null,
        crons: [],
        container,
        config: { ...base.config, ...extra.config },
        comments: { ...base.comments, ...extra.comments },
        modules: { 'router.mjs': renderRouter(container, env.vars) },
        vendor: [CONTAINERS_PACKAGE],
        main: 'router.mjs',
    };
}

// EXTERNAL MODULE: ./src/plan/build.ts + 2 modules
var plan_build = __webpack_require__(2375);
// EXTERNAL MODULE: ./src/plan/build-env.ts
var build_env = __webpack_require__(7733);
;// CONCATENATED MODULE: ./src/plan/entry.ts




const FETCH_NATIVE = new Set(['hono']);
const DEFAULT_EXPORT = /^\s*export\s+default\b/m;
const RELATIVE_IMPORT = /^\s*import\s+\w+\s+from\s+['"](\.{1,2}\/[^'"]+)['"]/gm;
async function read(root, file) {
    return (0,promises_.readFile)((0,external_node_path_.join)(root, file), 'utf8').catch(() => null);
}
/** The module that default-exports a fetch app: the entry itself, or a file it imports the app from. */
async function fetchModule(root, entry) {
    const text = await read(root, entry);
    if (text === null)
        return null;
    if (DEFAULT_EXPORT.test(text))
        return entry;
    for (const match of text.matchAll(RELATIVE_IMPORT)) {
        const candidate = external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(entry), match[1] ?? ''));
        const imported = await read(root, candidate);
        if (imported !== null && DEFAULT_EXPORT.test(imported))
            return candidate;
    }
    return null;
}
async function entryStrategy(app) {
    if (app.framework === 'next')
        return {
            kind: 'opennext',
            compile: (0,build_env/* withBuildEnv */.Mu)((0,plan_build/* openNextBuild */.G6)(app.packageJson?.dir ?? '.'), app),
        };
    if (app.runtime === 'static')
        return { kind: 'assets-only' };
    if (app.runtime === 'python')
        return app.entry ? { kind: 'python', file: app.entry, build: null } : { kind: 'none' };
    const planned = await (0,plan_build/* planBuild */.C7)(app, async (file) => (await read(app.root, file)) !== null);
    if (planned && 'none' in planned)
        return { kind: 'none', why: planned.none };
    const compile = (0,build_env/* withBuildEnv */.Mu)(planned ?? undefined, app);
    const entry = compile?.entry ?? app.entry ?? app.runFile;
    if (!entry)
        return { kind: 'none' };
    const build = compile?.command ? { command: compile.command, cwd: compile.cwd } : null;
    // The image runs a file that nothing here builds (a RUN step we cannot reproduce): no Worker entry.
    if (!build && !compile && (await read(app.root, entry)) === null)
        return { kind: 'none' };
    if (FETCH_NATIVE.has(app.framework) && !build) {
        const module = await fetchModule(app.root, entry);
        if (module)
            return { kind: 'fetch', file: module, build, compile };
    }
    return { kind: 'http-server', file: entry, build, compile };
}
/** An import specifier from the worker directory to a file under the root (always starts with `.`). */
function importFrom(fromDir, root, file) {
    const target = (0,external_node_path_.join)(root, file);
    const rel = external_node_path_.posix.relative(fromDir.split('\\').join('/'), target.split('\\').join('/'));
    return rel.startsWith('.') ? rel : `./${rel}`;
}

// EXTERNAL MODULE: ./src/plan/installed.ts
var plan_installed = __webpack_require__(4089);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./src/plan/binding-result.ts

function emptyResult() {
    return {
        bindings: [],
        replacedVars: {},
        serviceVars: [],
        rows: [],
        codeChanges: [],
        diagnostics: [],
    };
}
/** Binding names already used in this Worker: a second `UPLOADS` becomes `UPLOADS_2`. */
function uniqueNames() {
    const taken = new Set();
    return (name) => {
        let candidate = name;
        for (let n = 2; taken.has(candidate); n++)
            candidate = `${name}_${n}`;
        taken.add(candidate);
        return candidate;
    };
}
/** The override for a compose service / volume (by any of its names), as `{ type, binding? }`. */
function choiceFor(overrides, ...keys) {
    for (const key of keys) {
        const choice = key ? overrides.bindings?.[key] : undefined;
        if (choice)
            return typeof choice === 'string' ? { type: choice } : choice;
    }
    return null;
}
function firstHit(sources, pattern) {
    return (0,plan_sources/* findInSources */.lC)(sources, pattern)[0] ?? null;
}

;// CONCATENATED MODULE: ./src/plan/volumes.ts






const FS_WRITES = /\b(?:writeFile|writeFileSync|createWriteStream|appendFile|appendFileSync)\(|\bmulter\(/;
const SQLITE_FILE = /\.(?:db|sqlite3?)$/;
const SQLITE_CLIENTS = ['better-sqlite3', 'sqlite3', 'sqlite', '@libsql/client'];
const MIGRATION_DIRS = [
    'migrations',
    'db/migrations',
    'prisma/migrations',
    'drizzle',
    'sql/migrations',
];
/** The env var that carries a service's address (`DATABASE_URL=postgres://…@db:5432/…`). */
async function migrationsDir(root, dir) {
    for (const candidate of MIGRATION_DIRS) {
        const path = dir === '.' ? candidate : `${dir}/${candidate}`;
        const files = await (0,promises_.readdir)((0,external_node_path_.join)(root, path)).catch(() => null);
        if (files && files.length > 0)
            return path;
    }
    return null;
}
/** A volume the app writes → an R2 bucket (unless it holds the SQLite file or only dependencies). */
function planVolume(app, volume, overrides, sources, result, unique) {
    const key = volume.type === 'anonymous'
        ? `VOLUME ${volume.target}`
        : `volume ${volume.source ?? ''}:${volume.target}`;
    const choice = choiceFor(overrides, volume.source, volume.target);
    const sqliteFile = app.env.find((e) => e.value?.startsWith(`${volume.target.replace(/\/$/, '')}/`) && SQLITE_FILE.test(e.value));
    if (!choice && sqliteFile && app.dbClients.some((c) => SQLITE_CLIENTS.includes(c))) {
        result.rows.push({
            key,
            source: volume.source_ref,
            outcome: 'converted',
            became: 'D1 (see the SQLite row)',
            why: `holds the SQLite database ${sqliteFile.value ?? ''} (${sqliteFile.name})`,
        });
        return;
    }
    if (choice?.type === 'none' || volume.devOnly) {
        result.rows.push({
            key,
            source: volume.source_ref,
            outcome: 'dropped',
            became: 'nothing',
            why: choice
                ? 'bindings override says none'
                : volume.devOnly === 'source'
                    ? 'dev-only: mounts source files over the image for hot reload; the Worker bundles the code'
                    : 'dev-only: holds dependencies or build output, not state',
        });
        return;
    }
    const binding = unique(choice?.binding ??
        (0,naming/* bindingName */.$5)(volume.source && volume.type === 'named' ? volume.source : volume.target));
    const write = firstHit(sources, FS_WRITES);
    const reason = `the container wrote files under ${volume.target}; Workers have no persistent disk`;
    result.bindings.push({ type: 'r2', binding, reason, source: volume.source_ref });
    result.rows.push({
        key,
        source: volume.source_ref,
        outcome: 'approximated',
        became: `R2 bucket ${binding}`,
        why: write
            ? `code writes with \`${write.file}:${write.line}\`; change to env.${binding}.put()`
            : reason,
    });
    const change = `write with env.${binding}.put(key, body) and read with env.${binding}.get(key) instead of the filesystem`;
    result.codeChanges.push({
        file: write?.file ?? app.entry ?? 'package.json',
        line: write?.line ?? null,
        change,
        why: reason,
    });
    result.diagnostics.push((0,rules/* planDiagnostic */.Xb)('P040', {
        message: `volume ${volume.source ?? volume.target} → R2 bucket ${binding}`,
        fix: change,
        source: write ? (0,plan_sources/* hitRef */.bm)(write) : volume.source_ref,
    }));
}
/** SQLite (a client in the dependencies) → D1, with the migrations directory when there is one. */
async function planSqlite(app, overrides, sources, result, unique) {
    const client = app.dbClients.find((c) => SQLITE_CLIENTS.includes(c));
    if (!client || choiceFor(overrides, client, 'sqlite')?.type === 'none')
        return;
    const dir = app.packageJson?.dir ?? '.';
    const migrations = await migrationsDir(app.root, dir);
    const binding = unique(choiceFor(overrides, client, 'sqlite')?.binding ?? 'DB');
    const hit = firstHit(sources, new RegExp(`['"]${client}['"]`));
    const source = hit ? (0,plan_sources/* hitRef */.bm)(hit) : (app.sources.dbClients ?? 'package.json');
    const reason = `SQLite (${client}) → D1: SQLite semantics, one writer, 10 GB cap`;
    result.bindings.push({ type: 'd1', binding, migrationsDir: migrations, reason, source });
    result.rows.push({
        key: `dependency ${client}`,
        source,
        outcome: 'approximated',
        became: `D1 database ${binding}${migrations ? ` (migrations: ${migrations})` : ''}`,
        why: reason,
    });
    const change = `replace ${client} with env.${binding}.prepare(sql).bind(...).all() (D1 is asynchronous)`;
    result.codeChanges.push({
        file: hit?.file ?? 'package.json',
        line: hit?.line ?? null,
        change,
        why: reason,
    });
    result.diagnostics.push((0,rules/* planDiagnostic */.Xb)('P043', {
        message: `SQLite via ${client} → D1 ${binding}${migrations ? `, migrations from ${migrations}` : ''}`,
        fix: change,
        source,
    }));
}

;// CONCATENATED MODULE: ./src/plan/bindings.ts






/** Redis used for locks, counters or pub/sub needs strong consistency: a Durable Object, not KV. */
const REDIS_COORDINATION = /\.(?:incr|incrby|decr|publish|subscribe|psubscribe|setnx|watch|multi)\(|['"]NX['"]|redlock/i;
function envForService(app, service) {
    const pattern = new RegExp(`[@/]${service.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?::\\d+)?(?:/|$)`);
    return app.env.find((e) => e.value !== null && pattern.test(e.value))?.name ?? null;
}
/**
 * Whether the app refers to a backing service by its compose hostname: in a URL or as the whole value
 * of a variable (`DATABASE_HOST=db`), or in code (`host: 'redis'`, `redis://redis:6379`).
 */
function referenced(app, service, sources) {
    const name = service.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const host = new RegExp(`[@/]${name}(?::\\d+)?\\b|['"\`]${name}['"\`]`);
    return (envForService(app, service) !== null ||
        app.env.some((e) => e.value === service.name) ||
        (0,plan_sources/* findInSources */.lC)(sources, host).length > 0);
}
/**
 * Bindings for the app's state. With several built services in one compose file, a Worker gets only
 * the backing services it refers to (each compose service sees the same list).
 */
async function planBindings(app, overrides, sources) {
    const result = emptyResult();
    const unique = uniqueNames();
    // Only services that become Workers share the backing services (not proxies, frontends, tools, copies).
    const shared = app.builtServices.some((s) => (s.role ?? 'app') === 'app' && !s.copyOf);
    const state = app.services.filter((s) => !NOT_STATE_KINDS.has(s.kind));
    // Once the app waits for or names some of them, a store it does neither to is not its own (a test
    // database beside the dev one). An unrecognised service stays: it may call the app (a cron container).
    const used = (s) => (app.dependsOn ?? []).includes(s.name) || referenced(app, s, sources);
    const named = !shared && state.some(used);
    for (const service of state) {
        if (shared && !referenced(app, service, sources))
            continue;
        if (named && service.kind !== 'unknown' && !used(service)) {
            result.rows.push({
                key: `services.${service.name} (${service.image ?? service.kind})`,
                source: service.source,
                outcome: 'dropped',
                became: 'nothing',
                why: 'the app neither depends on it nor names it',
            });
            continue;
        }
        const choice = choiceFor(overrides, service.name);
        const envVar = envForService(app, service);
        const key = `services.${service.name} (${service.image ?? service.kind})`;
        if (envVar)
            result.serviceVars.push(envVar);
        if (choice?.type === 'none') {
            result.rows.push({
                key,
                source: service.source,
                outcome: 'dropped',
                became: 'nothing',
                why: 'bindings override says none',
            });
            continue;
        }
        const type = choice?.type ?? defaultBindingType(service, sources);
        if (type === null) {
            result.rows.push({
                key,
                source: service.source,
                outcome: 'manual',
                became: 'kept outside Cloudflare',
                why: `${service.kind} has no Workers binding: keep it reachable over the internet`,
            });
            result.diagnostics.push((0,rules/* planDiagnostic */.Xb)('P045', {
                message: `${service.kind} service \`${service.name}\` has no Workers equivalent`,
                fix: service.kind === 'mongo'
                    ? 'Connect per request to a hosted MongoDB, keep it behind an HTTP API, or use --target container.'
                    : 'Expose it over HTTPS and call it with fetch, or use --target container.',
                source: service.source,
            }));
            continue;
        }
        const binding = unique(choice?.binding ?? defaultBindingName(type, service));
        const reason = bindingReason(type, service, sources);
        result.bindings.push(makeBinding(type, binding, service, envVar, reason));
        if (type === 'hyperdrive') {
            const secret = envVar ?? `${binding}_ORIGIN`;
            if (envVar)
                result.replacedVars[envVar] = binding;
            result.diagnostics.push((0,rules/* planDiagnostic */.Xb)('P041', {
                message: `${service.kind} \`${service.name}\` → Hyperdrive ${binding}; its origin connection string comes from secret ${secret}`,
                fix: `Set the secret ${secret} to the production database URL; the Worker reads env.${binding}.connectionString (the shim also puts it in process.env.${envVar ?? secret}).`,
                source: service.source,
            }));
        }
        result.rows.push({
            key,
            source: service.source,
            outcome: type === 'hyperdrive' ? 'converted' : 'approximated',
            became: `${type} binding ${binding}`,
            why: reason,
        });
        const usage = usageHit(type, sources);
        if (type !== 'hyperdrive') {
            result.codeChanges.push({
                file: usage?.file ?? app.entry ?? 'package.json',
                line: usage?.line ?? null,
                change: codeChangeFor(type, binding, service.kind),
                why: reason,
            });
            result.diagnostics.push((0,rules/* planDiagnostic */.Xb)(type === 'queue' ? 'P044' : 'P042', {
                message: `${service.kind} \`${service.name}\` → ${type} ${binding}: ${reason}`,
                fix: codeChangeFor(type, binding, service.kind),
                source: usage ? (0,plan_sources/* hitRef */.bm)(usage) : service.source,
            }));
        }
    }
    for (const volume of app.volumes)
        planVolume(app, volume, overrides, sources, result, unique);
    await planSqlite(app, overrides, sources, result, unique);
    return result;
}
function defaultBindingType(service, sources) {
    switch (service.kind) {
        case 'postgres':
        case 'mysql':
            return 'hyperdrive';
        case 'redis':
            return firstHit(sources, REDIS_COORDINATION) ? 'durable-object' : 'kv';
        case 'memcached':
            return 'kv';
        case 'rabbitmq':
        case 'nats':
        case 'kafka':
            return 'queue';
        case 's3':
            return 'r2';
        default:
            return null;
    }
}
function defaultBindingName(type, service) {
    const byType = {
        hyperdrive: 'HYPERDRIVE',
        kv: 'CACHE',
        'durable-object': 'STATE',
        queue: 'QUEUE',
        r2: 'BUCKET',
        d1: 'DB',
    };
    return byType[type] ?? (0,naming/* bindingName */.$5)(service.name);
}
function bindingReason(type, service, sources) {
    if (service.kind === 'redis' && type === 'durable-object') {
        const hit = firstHit(sources, REDIS_COORDINATION);
        return `Redis used for locks/counters/pub-sub${hit ? ` (${(0,plan_sources/* hitRef */.bm)(hit)})` : ''}: needs the strong consistency of a Durable Object`;
    }
    if (service.kind === 'redis')
        return 'Redis used as a cache/session store: KV (eventually consistent, ~60 s)';
    if (type === 'hyperdrive')
        return `${service.kind} stays where it is; Hyperdrive pools connections to it from the edge`;
    if (type === 'queue')
        return `${service.kind} messages → Cloudflare Queues (producer in this Worker; no consumer is declared until the entry exports a queue() handler)`;
    return `${service.kind} → ${type}`;
}
function makeBinding(type, binding, service, envVar, reason) {
    const source = service.source;
    switch (type) {
        case 'hyperdrive':
            return {
                type,
                binding,
                connectionSecret: envVar ?? `${binding}_ORIGIN`,
                engine: service.kind === 'mysql' ? 'mysql' : 'postgres',
                reason,
                source,
            };
        case 'queue':
            // The generated entry has no queue() handler, and Cloudflare delivers a consumer's batches to that
            // handler only: declaring the consumer would drop every message. The code change says what to write.
            return { type, binding, queue: service.name, consumer: false, reason, source };
        case 'durable-object':
            return { type, binding, className: 'RedisState', reason, source };
        case 'd1':
            return { type, binding, migrationsDir: null, reason, source };
        case 'kv':
        case 'r2':
            return { type, binding, reason, source };
        default:
            return { type: 'kv', binding, reason, source };
    }
}
function usageHit(type, sources) {
    const patterns = {
        kv: /\bnew Redis\(|createClient\(|ioredis|['"]redis['"]/,
        'durable-object': /\bnew Redis\(|createClient\(|ioredis|['"]redis['"]/,
        queue: /amqplib|kafkajs|['"]nats['"]|bullmq|\bnew Queue\(/,
        r2: /S3Client|aws-sdk|minio/,
    };
    const pattern = patterns[type];
    return pattern ? firstHit(sources, pattern) : null;
}
function codeChangeFor(type, binding, kind) {
    switch (type) {
        case 'kv':
            return `replace the ${kind} client with env.${binding}.get(key) / env.${binding}.put(key, value, { expirationTtl })`;
        case 'durable-object':
            return `replace the ${kind} client with the generated RedisState Durable Object: env.${binding}.getByName('main').incr(key) / get / set`;
        case 'queue':
            return `publish with env.${binding}.send(message); to consume, export \`async queue(batch, env)\` from the entry (calling your consumer code for each batch.messages[i].body), then add \`"consumers": [{ "queue": "<queue name>" }]\` under \`queues\` in wrangler.jsonc`;
        case 'r2':
            return `use env.${binding}.put(key, body) / get(key) instead of the S3 client (or keep the S3 client pointed at R2's S3 endpoint)`;
        default:
            return `use env.${binding}`;
    }
}

;// CONCATENATED MODULE: ./src/plan/calls.ts


/** HTTP clients that do not go through globalThis.fetch, so the shim cannot route their calls. */
const NON_FETCH_CLIENT = /\b(?:axios|got|superagent|needle|request|https?\.(?:get|request))\b/;
function calls_escape(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/**
 * Internal hostnames this app calls another built service by (`http://api:3000`) → service bindings.
 * Plain `fetch` calls are routed by the shim; other HTTP clients need the listed change.
 */
function planServiceCalls(app, others, sources) {
    const calls = { bindings: [], hosts: {}, rows: [], codeChanges: [] };
    for (const { service, worker } of others) {
        const pattern = new RegExp(`https?://(${service.hostnames.map(calls_escape).join('|')})(?::(\\d+))?`);
        const inEnv = app.env.find((e) => e.value !== null && pattern.test(e.value));
        const inCode = (0,plan_sources/* findInSources */.lC)(sources, pattern);
        const firstCall = inCode[0];
        if (!inEnv && !firstCall)
            continue;
        const binding = (0,naming/* bindingName */.$5)(service.name);
        const source = inEnv?.source ?? (firstCall ? (0,plan_sources/* hitRef */.bm)(firstCall) : service.source);
        const reason = `calls compose service \`${service.name}\` by its internal hostname`;
        calls.bindings.push({ type: 'service', binding, service: worker, reason, source });
        for (const host of service.hostnames)
            calls.hosts[host] = binding;
        calls.rows.push({
            key: inEnv ? `ENV ${inEnv.name}` : `http://${service.name}`,
            source,
            outcome: 'converted',
            became: `service binding ${binding} → Worker ${worker}`,
            why: `${reason}; plain fetch() calls are routed by the shim`,
        });
        for (const hit of inCode.filter((h) => NON_FETCH_CLIENT.test(h.text))) {
            calls.codeChanges.push({
                file: hit.file,
                line: hit.line,
                change: `call env.${binding}.fetch(request) instead of ${hit.match[0]} (this client is not fetch, so the shim cannot route it)`,
                why: reason,
            });
        }
    }
    return calls;
}

;// CONCATENATED MODULE: ./src/plan/crons.ts
const LOCAL_HTTP = /\b(?:curl|wget)\b.*?https?:\/\/(?:localhost|127\.0\.0\.1)(?::\d+)?(\/[^\s'"]*)?/;
function planCrons(app, overrides) {
    const plan = {
        schedules: [...(overrides.crons ?? [])],
        paths: {},
        rows: [],
        codeChanges: [],
    };
    for (const cron of app.crons) {
        if (!plan.schedules.includes(cron.schedule))
            plan.schedules.push(cron.schedule);
        const local = LOCAL_HTTP.exec(cron.command);
        const [file = cron.source, line] = cron.source.split(':');
        if (local) {
            plan.paths[cron.schedule] = local[1] ?? '/';
            plan.rows.push({
                key: `cron ${cron.schedule}`,
                source: cron.source,
                outcome: 'converted',
                became: `triggers.crons + scheduled() → GET ${local[1] ?? '/'}`,
                why: 'the job called the app over HTTP; the shim forwards the trigger to the same path',
            });
        }
        else {
            plan.rows.push({
                key: `cron ${cron.schedule}`,
                source: cron.source,
                outcome: 'manual',
                became: 'triggers.crons',
                why: `\`${cron.command}\` must move into the Worker's scheduled() handler`,
            });
            plan.codeChanges.push({
                file,
                line: line ? Number(line) : null,
                change: `run \`${cron.command}\` from a scheduled(controller, env, ctx) handler (or expose it as a route)`,
                why: 'no cron daemon or processes on Workers; Cron Triggers call scheduled()',
            });
        }
    }
    return plan;
}

;// CONCATENATED MODULE: ./src/plan/optional.ts

/** The module the missing optional packages are aliased to, beside wrangler.jsonc. */
const MISSING_MODULE = 'missing-optional.cjs';
const MISSING_SOURCE = `// Stands in for optional packages the app does not install (wrangler \`alias\`, see wrangler.jsonc).
// The framework requires them inside try/catch and carries on without them, as it does under Node.
const error = new Error('optional package not installed');
error.code = 'MODULE_NOT_FOUND';
throw error;
`;
/**
 * Modules a framework requires inside try/catch when the app has installed them (under Node a missing
 * one is skipped at run time; esbuild, bundling ahead of time, fails with "Could not resolve").
 * NestJS: `loadPackage(...)` and `optionalRequire(...)` in @nestjs/core and @nestjs/common.
 */
const OPTIONAL_MODULES = {
    '@nestjs/core': [
        '@nestjs/microservices',
        '@nestjs/microservices/microservices-module',
        '@nestjs/websockets/socket-module',
        'class-validator',
        'class-transformer',
        // @nestjs/common's CacheModule (Nest ≤ 9): loadPackage('cache-manager', 'CacheModule', …).
        'cache-manager',
        // @nestjs/mapped-types (through @nestjs/swagger, @nestjs/graphql) tries one, then the other.
        'class-transformer/cjs/storage',
        'class-transformer/storage',
    ],
    // FastifyAdapter's useStaticAssets() / setViewEngine(): loadPackage('@fastify/static' | '@fastify/view', …).
    '@nestjs/platform-fastify': ['@fastify/static', '@fastify/view'],
    // I18nModule registers its Handlebars helper when the view engine is hbs/handlebars, in try/catch.
    'nestjs-i18n': ['hbs', 'handlebars'],
};
/**
 * Optional subpaths that only some versions of an installed package have: @nestjs/mapped-types requires
 * class-transformer/cjs/storage (0.5+) and, when that throws, class-transformer/storage (0.4).
 * The module is aliased when the declared version is in `absentFrom`.
 */
const VERSIONED_SUBPATHS = {
    'class-transformer/storage': { package: 'class-transformer', absentFrom: '>=0.5.0' },
    'class-transformer/cjs/storage': { package: 'class-transformer', absentFrom: '<0.5.0' },
};
/** Whether the declared range of a package starts in the versions that lack a subpath. */
function absentSubpath(module, declared) {
    const subpath = VERSIONED_SUBPATHS[module];
    const range = subpath ? declared[subpath.package] : undefined;
    const lowest = range && semver_default().validRange(range) ? semver_default().minVersion(range) : null;
    return lowest !== null && semver_default().satisfies(lowest, subpath.absentFrom);
}
function packageName(specifier) {
    const parts = specifier.split('/');
    return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}
/** Aliases the optional modules the app's framework looks for but the app does not declare. */
function optionalStubs(app) {
    const declared = {
        ...app.packageJson?.devDependencies,
        ...app.packageJson?.dependencies,
    };
    const alias = {};
    for (const [framework, modules] of Object.entries(OPTIONAL_MODULES)) {
        if (!(framework in declared))
            continue;
        for (const module of modules) {
            if (!(packageName(module) in declared) || absentSubpath(module, declared))
                alias[module] = `./${MISSING_MODULE}`;
        }
    }
    const names = Object.keys(alias);
    if (names.length === 0)
        return { alias, modules: {}, rows: [] };
    return {
        alias,
        modules: { [MISSING_MODULE]: MISSING_SOURCE },
        rows: [
            {
                key: `optional modules ${names.join(', ')}`,
                source: app.sources.framework ?? 'package.json',
                outcome: 'converted',
                became: `wrangler alias to ${MISSING_MODULE} (throws "not installed", as Node would)`,
                why: 'the framework requires them inside try/catch; esbuild cannot leave an unresolved require for run time',
            },
        ],
    };
}

// EXTERNAL MODULE: ./src/plan/remedies.ts
var plan_remedies = __webpack_require__(883);
// EXTERNAL MODULE: ./src/plan/shim.ts + 2 modules
var plan_shim = __webpack_require__(2388);
;// CONCATENATED MODULE: ./src/plan/wasm.ts


/** A Rust crate built with workers-rs (`worker` crate): it already is a Worker, built by worker-build. */
async function usesWorkersRs(app) {
    if (app.runtime !== 'rust')
        return false;
    const cargo = await (0,promises_.readFile)((0,external_node_path_.join)(app.root, 'Cargo.toml'), 'utf8').catch(() => '');
    return /^\s*worker\s*=/m.test(cargo);
}
function kib(bytes) {
    return `${(bytes / 1024).toFixed(1)} KiB`;
}
/** Existing Wasm modules are kept as modules; their size counts toward the script limit, so wasm-opt them. */
function wasmRows(wasm) {
    return wasm.map((file) => ({
        key: `wasm ${file.path} (${kib(file.bytes)})`,
        source: file.path,
        outcome: 'converted',
        became: 'a CompiledWasm module imported by the bundle',
        why: `kept as is; run \`wasm-opt -Oz ${file.path} -o ${file.path}\` before deploying (it counts toward the 64 MiB Worker size limit)`,
    }));
}

;// CONCATENATED MODULE: ./src/plan/isolate.ts
















/** How each package manager adds a devDependency. */
const ADD_DEV = {
    npm: 'npm install -D',
    pnpm: 'pnpm add -D',
    yarn: 'yarn add -D',
    bun: 'bun add -d',
};
/** The adapter's peer range excludes the app's Next.js: npm then refuses the install (ERESOLVE). */
function peerNote(next) {
    const lowest = next ? semver_default().minVersion(next) : null;
    if (!lowest || semver_default().satisfies(lowest, plan_build/* OPEN_NEXT_PEER_NEXT */.oP))
        return '';
    return `; it wants next ${plan_build/* OPEN_NEXT_PEER_NEXT */.oP} (its peer range) and the app has ${next}: upgrade next first, or npm refuses the install (ERESOLVE)`;
}
/**
 * The steps that make an app without the adapter build for Workers as Cloudflare documents it
 * (https://opennext.js.org/cloudflare/get-started): the adapter, its config and the Wrangler config it reads.
 */
function openNextSteps(analysis, workerDir) {
    const { app, name } = analysis.input;
    const pkg = app.packageJson;
    if (analysis.strategy.kind !== 'opennext' || !pkg)
        return [];
    const declared = { ...pkg.dependencies, ...pkg.devDependencies };
    const dir = pkg.dir === '.' ? 'the app' : pkg.dir;
    const generated = `${name}/open-next.config.ts`;
    return [
        ...(plan_build/* OPEN_NEXT_ADAPTER */.JR in declared
            ? []
            : [
                {
                    file: external_node_path_.posix.join(pkg.dir, 'package.json'),
                    line: null,
                    change: `add the adapter: \`${ADD_DEV[app.packageManager ?? 'npm']} ${plan_build/* OPEN_NEXT_ADAPTER */.JR}@${plan_build/* OPEN_NEXT_VERSION */.gf}\` (in ${dir})${peerNote(declared.next)}`,
                    why: '`opennextjs-cloudflare build` runs `next build` and turns its output into .open-next/worker.js and .open-next/assets, what the Worker runs',
                },
            ]),
        {
            file: external_node_path_.posix.join(pkg.dir, 'open-next.config.ts'),
            line: null,
            change: `copy the generated ${generated} (output directory) here, unless the app has one`,
            why: 'the adapter needs it in the project root; outside a terminal (CI) it fails instead of offering to create it',
        },
        {
            file: external_node_path_.posix.join(pkg.dir, 'wrangler.jsonc'),
            line: null,
            change: `use the generated ${name}/wrangler.jsonc (\`plan --write\` puts it here), or build with \`npx opennextjs-cloudflare build --config ${external_node_path_.posix.relative((0,external_node_path_.join)(app.root, pkg.dir), (0,external_node_path_.join)(workerDir, 'wrangler.jsonc'))}\``,
            why: 'the adapter reads the Worker config (main .open-next/worker.js, assets binding ASSETS, nodejs_compat, a compatibility date from 2024-09-23); in CI it fails without one',
        },
    ];
}
/** Python Workers upload the modules in main's directory: the entry must sit beside the app's package. */
function pythonPlacement(analysis) {
    if (analysis.strategy.kind !== 'python')
        return [];
    return [
        {
            file: 'entry.py',
            line: null,
            change: 'run plan with --write so entry.py and wrangler.jsonc sit at the repository root beside the app package, and vendor requirements with pywrangler',
            why: 'Python Workers bundle only the modules next to main; the output directory holds none of the app',
        },
    ];
}
function entryDiagnostics(analysis) {
    if (analysis.strategy.kind === 'none') {
        return [
            (0,rules/* planDiagnostic */.Xb)('P061', {
                message: 'no server entry found (CMD, package.json start/main)',
                fix: 'Give the Dockerfile a CMD that runs the server file, or set "main" in package.json.',
            }),
        ];
    }
    if (analysis.strategy.kind === 'opennext') {
        return [
            (0,rules/* planDiagnostic */.Xb)('P060', {
                message: 'Next.js runs on Workers through OpenNext (@opennextjs/cloudflare), not its standalone server',
                fix: `Add ${plan_build/* OPEN_NEXT_ADAPTER */.JR}@${plan_build/* OPEN_NEXT_VERSION */.gf} as a devDependency, copy the generated open-next.config.ts into the app, then build with \`npx opennextjs-cloudflare build\` (the steps are under Code changes in MIGRATION.md).`,
            }),
        ];
    }
    return [];
}
/** The static site's build runs first (from its own directory), then the Worker's own build. */
function withSiteBuild(site, own) {
    if (!site || !own)
        return site ?? own;
    const dir = external_node_path_.posix.relative(own.cwd, site.cwd) || '.';
    return { command: `(cd ${dir} && ${site.command}) && ${own.command}`, cwd: own.cwd };
}
/** The `worker` / `python-worker` targets: bindings, env, assets, crons, remedies, the shim and the config. */
async function isolateParts(analysis) {
    const { input, workerDir, sources, strategy, port } = analysis;
    const { app, overrides } = input;
    const fromWorker = (path) => external_node_path_.posix.relative(workerDir, (0,external_node_path_.join)(app.root, path)) || '.';
    const serves = strategy.kind === 'http-server';
    const bindings = await planBindings(app, overrides, sources);
    const calls = planServiceCalls(app, input.others, sources);
    const assets = await planAssets(app, overrides, sources, input.site ?? staticSiteOf(app));
    const crons = planCrons(app, overrides);
    const remedies = (0,plan_remedies/* planRemedies */.E)(analysis.hits, input.options.noRemedies ?? false);
    const env = planEnv(app, overrides, bindings.serviceVars, serves ? port : null);
    const allBindings = [...bindings.bindings, ...calls.bindings];
    const optional = serves || strategy.kind === 'fetch' ? optionalStubs(app) : null;
    const shim = strategy.kind === 'http-server' || strategy.kind === 'fetch' || strategy.kind === 'python'
        ? (0,plan_shim/* renderShim */.Ab)({
            kind: strategy.kind,
            appImport: importFrom(workerDir, app.root, strategy.file),
            port: port ?? 8080,
            hyperdriveEnv: bindings.replacedVars,
            serviceHosts: calls.hosts,
            cronPaths: crons.paths,
            redisStateClass: allBindings.some((b) => b.type === 'durable-object'),
            handler: remedies.handler,
            holdStartupTimers: remedies.holdStartupTimers,
            pythonApp: app.startCommand?.match(/([\w.]+:\w+)/)?.[1],
        })
        : null;
    const appDir = app.packageJson?.dir ?? '.';
    const opennext = strategy.kind === 'opennext';
    const rust = strategy.kind === 'workers-rs';
    const main = opennext
        ? fromWorker(external_node_path_.posix.join(appDir, '.open-next/worker.js'))
        : rust
            ? fromWorker(external_node_path_.posix.join(appDir, 'build/worker/shim.mjs'))
            : (shim?.main ?? null);
    const assetsConfig = opennext
        ? { directory: fromWorker(external_node_path_.posix.join(appDir, '.open-next/assets')), binding: 'ASSETS' }
        : assets
            ? {
                directory: fromWorker(assets.directory),
                ...(assets.spa ? { notFoundHandling: 'single-page-application' } : {}),
                ...(shim && input.appPaths?.length ? { runWorkerFirst: input.appPaths } : {}),
            }
            : null;
    const ownBuild = opennext
        ? { command: strategy.compile.command, cwd: fromWorker(appDir) }
        : rust
            ? {
                command: 'cargo install -q worker-build && worker-build --release',
                cwd: fromWorker(appDir),
            }
            : 'build' in strategy && strategy.build
                ? { command: strategy.build.command, cwd: fromWorker(strategy.build.cwd) }
                : null;
    const build = withSiteBuild(assets?.build ? { command: assets.build.command, cwd: fromWorker(assets.build.cwd) } : null, ownBuild);
    const flags = [
        ...new Set([
            ...(0,compat/* compatibilityFlags */.Wj)(analysis.decision.target, analysis.date, serves),
            ...(overrides.compatibility_flags ?? []),
        ]),
    ];
    const { config, comments } = (0,plan_config/* buildConfig */.fD)({
        name: input.name,
        main,
        compatibilityDate: analysis.date,
        dateOverridden: Boolean(input.options.compatibilityDate ?? overrides.compatibility_date),
        compatibilityFlags: flags,
        vars: env.vars,
        requiredSecrets: (0,compat/* supportsRequiredSecrets */.l4)(input.runtime.wranglerVersion) ? env.secrets : [],
        bindings: allBindings.map((b) => b.type === 'd1' && b.migrationsDir ? { ...b, migrationsDir: fromWorker(b.migrationsDir) } : b),
        assets: assetsConfig,
        crons: crons.schedules,
        cpuMs: overrides.cpu_ms ?? null,
        alias: { ...remedies.alias, ...optional?.alias },
        define: { ...nodeEnvDefine(env.vars), ...remedies.define },
        build,
        routes: overrides.routes ?? null,
    });
    const refused = remedies.lateLoad && (0,plan_shim/* importsOnFirstEvent */.ep)(bindings.replacedVars)
        ? `with Hyperdrive the entry imports the app on the first request (once process.env holds the pooled connection string), where ${remedies.lateLoad}`
        : null;
    return {
        ...(refused ? { refused } : {}),
        flags,
        env,
        rows: [
            ...bindings.rows,
            ...calls.rows,
            ...crons.rows,
            ...(assets ? [assets.row] : []),
            ...wasmRows(analysis.wasm),
            ...(optional?.rows ?? []),
        ],
        codeChanges: [
            ...pythonPlacement(analysis),
            ...openNextSteps(analysis, workerDir),
            ...bindings.codeChanges,
            ...calls.codeChanges,
            ...crons.codeChanges,
            ...remedies.codeChanges,
        ],
        diagnostics: [
            ...bindings.diagnostics,
            ...env.diagnostics,
            ...remedies.diagnostics,
            ...entryDiagnostics(analysis),
        ],
        remedies: remedies.applied,
        bindings: allBindings,
        assets: assetsConfig && assets ? { ...assetsConfig, directory: assets.directory } : null,
        crons: crons.schedules,
        container: null,
        config,
        comments,
        modules: {
            ...(shim?.modules ?? {}),
            ...optional?.modules,
            ...remedies.modules,
            ...(opennext ? { 'open-next.config.ts': plan_build/* OPEN_NEXT_CONFIG */.mv } : {}),
        },
        vendor: remedies.vendor,
        main: main ?? '',
    };
}

// EXTERNAL MODULE: ./src/plan/pitfalls.ts + 1 modules
var pitfalls = __webpack_require__(799);
;// CONCATENATED MODULE: ./src/plan/rows.ts

const INSTALL = /\b(?:npm (?:ci|install|i)\b|yarn(?: install)?\b|pnpm (?:install|i)\b|bun install)/;
const SYSTEM = /\b(?:apt-get|apk|yum|dnf)\b/;
/** Filesystem and user setup only (`mkdir -p /app/uploads && chown node /app/uploads`). */
const SETUP_ONLY = /^(?:\s*(?:mkdir|chown|chmod|ln|addgroup|adduser|useradd|groupadd|rm|touch)\b[^&;|]*(?:&&|;|$))+\s*$/;
/**
 * The kompose-style rows for the Dockerfile: each instruction the app uses and what became of it.
 * (Env, volumes, services and crons add their own rows where they are planned.)
 */
function dockerfileRows(app, target, entryImport, port, compile) {
    const facts = app.dockerfile;
    if (!facts)
        return [];
    const at = (line) => (line ? `${facts.path}:${line}` : facts.path);
    if (target === 'container') {
        return [
            {
                key: `FROM ${facts.baseImage}`,
                source: at(facts.stages[facts.finalStage]?.line),
                outcome: 'converted',
                became: 'containers[0].image (the Dockerfile, unchanged)',
                why: 'runs as is on Cloudflare Containers',
            },
        ];
    }
    const rows = facts.stages.map((stage, index) => index === facts.finalStage
        ? {
            key: `FROM ${stage.image}`,
            source: at(stage.line),
            outcome: 'converted',
            became: target === 'python-worker' ? 'Python Workers (Pyodide)' : 'workerd with nodejs_compat',
            why: 'a V8 isolate replaces the container',
        }
        : {
            key: `FROM ${stage.image}${stage.name ? ` AS ${stage.name}` : ''}`,
            source: at(stage.line),
            outcome: 'approximated',
            became: 'wrangler bundling (esbuild)',
            why: 'build stages are replaced by the bundle build',
        });
    if (facts.workdir)
        rows.push({
            key: `WORKDIR ${facts.workdir}`,
            source: at(undefined),
            outcome: 'dropped',
            became: 'nothing',
            why: 'the bundle has no working directory (fs sees /bundle read-only, /tmp writable)',
        });
    if (facts.user)
        rows.push({
            key: `USER ${facts.user}`,
            source: at(undefined),
            outcome: 'dropped',
            became: 'nothing',
            why: 'no OS users in an isolate',
        });
    for (const run of facts.runCommands) {
        if (INSTALL.test(run.command))
            rows.push({
                key: `RUN ${run.command}`,
                source: at(run.line),
                outcome: 'converted',
                became: 'dependencies bundled by wrangler',
                why: 'node_modules are bundled into the Worker',
            });
        else if (SYSTEM.test(run.command))
            rows.push({
                key: `RUN ${run.command}`,
                source: at(run.line),
                outcome: 'dropped',
                became: 'nothing',
                why: 'no system packages in an isolate; native code needs the Container target',
            });
        else if (SETUP_ONLY.test(run.command))
            rows.push({
                key: `RUN ${run.command}`,
                source: at(run.line),
                outcome: 'dropped',
                became: 'nothing',
                why: 'directory and user setup; an isolate has no filesystem of its own to prepare',
            });
        else if (!facts.buildSteps?.some((step) => step.line === run.line) || !compile)
            rows.push({
                key: `RUN ${run.command}`,
                source: at(run.line),
                outcome: 'approximated',
                became: 'the build before bundling',
                why: "run it in CI before the plan's bundle step",
            });
    }
    if (compile)
        rows.push(buildRow(compile), ...(0,build_env/* buildEnvRows */.xF)(compile));
    for (const copy of facts.copies) {
        rows.push({
            key: `COPY ${copy.from ? `--from=${copy.from} ` : ''}${copy.sources.join(' ')} ${copy.destination}`,
            source: at(copy.line),
            outcome: 'converted',
            became: 'bundle inputs',
            why: 'wrangler bundles what the entry imports',
        });
    }
    if (port !== null)
        rows.push({
            key: `EXPOSE ${app.ports.join(' ')}`,
            source: app.sources.ports ?? at(undefined),
            outcome: 'converted',
            became: `httpServerHandler({ port: ${port} })`,
            why: 'the shim hands each request to the server the app started',
        });
    const command = [...(facts.entrypoint ?? []), ...(facts.cmd ?? [])].join(' ');
    if (command)
        rows.push({
            key: `CMD ${command}`,
            source: app.sources.startCommand ?? at(undefined),
            outcome: 'converted',
            became: entryImport ? `main: entry shim importing ${entryImport}` : 'main: entry shim',
            why: 'the Worker entry replaces the process start command',
        });
    if (app.healthcheck)
        rows.push({
            key: `HEALTHCHECK ${app.healthcheck}`,
            source: app.sources.healthcheck ?? at(undefined),
            outcome: 'approximated',
            became: `smoke check GET ${app.healthcheck}`,
            why: 'the check stage boots the Worker and requests this path',
        });
    return rows;
}
/** How the module the Worker imports is built: the project's command, or esbuild on the source. */
function buildRow(compile) {
    return {
        key: compile.command ? `build: ${compile.command}` : `build: ${compile.entry}`,
        source: compile.source ?? compile.entry,
        outcome: 'converted',
        became: compile.command
            ? `wrangler build.command in ${compile.cwd} (runs before every bundle, in check and deploy)`
            : `esbuild compiles ${compile.entry} while bundling`,
        why: compile.why,
    };
}
/** A container service's row for the Worker build it would need (the image needs none of it). */
function workerBuildRow(needs) {
    return {
        key: 'build (as a Worker)',
        source: needs.source,
        outcome: 'manual',
        became: "nothing yet: the image runs as it is; a Worker would build with the project's compiler first",
        why: needs.why,
    };
}

;// CONCATENATED MODULE: ./src/plan/target.ts


/** Native addons with a Workers alternative the user can switch to (so they do not force a container). */
const ADDON_ALTERNATIVES = {
    bcrypt: 'bcryptjs (same API, pure JavaScript)',
    'better-sqlite3': 'D1 (env.DB.prepare(...))',
    sqlite3: 'D1 (env.DB.prepare(...))',
};
/** Python packages that are not needed (or not possible) on Python Workers: the server itself. */
const PYTHON_SERVER_PACKAGES = new Set([
    'uvicorn',
    'gunicorn',
    'hypercorn',
    'waitress',
    'uvloop',
    'httptools',
]);
/** Packages Pyodide ships or that are pure Python (a small, conservative list). */
const PYODIDE_FRIENDLY = new Set([
    'fastapi',
    'starlette',
    'pydantic',
    'pydantic-core',
    'flask',
    'werkzeug',
    'jinja2',
    'itsdangerous',
    'click',
    'markupsafe',
    'httpx',
    'anyio',
    'sniffio',
    'idna',
    'python-dotenv',
    'python-multipart',
    'typing-extensions',
    'annotated-types',
    'orjson',
    'ujson',
    'pyyaml',
    'requests',
    'certifi',
    'attrs',
]);
const JS_RUNTIMES = new Set(['node', 'bun', 'deno']);
function containerPitfall(hits) {
    return hits.find((h) => h.pitfall.remedy.kind === 'container');
}
/** Whether every requirement is a server (dropped) or in the Pyodide-friendly set. */
function pythonWorkerFits(app, requirements) {
    if (app.framework !== 'fastapi' && app.framework !== 'flask')
        return false;
    return requirements.every((name) => PYTHON_SERVER_PACKAGES.has(name) || PYODIDE_FRIENDLY.has(name));
}
function natural(app, hits, pythonFits, facts) {
    const runtimeSource = app.sources.runtime ?? app.dockerfile?.path ?? null;
    if (facts.memory && facts.memory.megabytes > ISOLATE_MEMORY_MB && app.runtime !== 'static') {
        return {
            target: 'container',
            reason: `declared memory ${Math.round(facts.memory.megabytes)} MB is above the ${ISOLATE_MEMORY_MB} MB of a Worker isolate`,
            source: facts.memory.source,
        };
    }
    if (facts.workersRs) {
        return {
            target: 'worker',
            reason: 'Rust crate built with workers-rs: compiles to a Wasm Worker',
            source: 'Cargo.toml',
        };
    }
    if (app.runtime === 'static') {
        return {
            target: 'worker',
            reason: 'static site: served as Workers static assets',
            source: runtimeSource,
        };
    }
    if (JS_RUNTIMES.has(app.runtime)) {
        const blocking = containerPitfall(hits);
        if (blocking) {
            return {
                target: 'container',
                reason: `${blocking.pitfall.title}: ${blocking.pitfall.effect}`,
                source: blocking.source,
            };
        }
        const addon = app.nativeAddons.find((name) => !(name in ADDON_ALTERNATIVES));
        if (addon) {
            return {
                target: 'container',
                reason: `native addon \`${addon}\` has no Workers build or drop-in alternative`,
                source: app.sources.nativeAddons ?? 'package.json',
            };
        }
        return {
            target: 'worker',
            reason: `${app.runtime} app (${app.framework}) runs on workerd with nodejs_compat`,
            source: runtimeSource,
        };
    }
    if (app.runtime === 'python') {
        return {
            target: 'container',
            reason: pythonFits
                ? 'Python app: Cloudflare Containers by default (Python Workers are possible: --target python-worker)'
                : 'Python app with dependencies outside the Pyodide package set',
            source: runtimeSource,
        };
    }
    if (app.runtime === 'unknown' && !app.dockerfile) {
        return {
            target: 'worker',
            reason: 'runtime not recognised and no Dockerfile to run',
            source: null,
        };
    }
    return {
        target: 'container',
        reason: `${app.runtime === 'unknown' ? 'unrecognised' : app.runtime} runtime: runs as the user's image on Cloudflare Containers`,
        source: runtimeSource,
    };
}
/** worker / python-worker / container, with the reason and where it comes from. */
function decideTarget(app, hits, facts, forced) {
    const pythonFits = pythonWorkerFits(app, facts.requirements);
    const decided = natural(app, hits, pythonFits, facts);
    const diagnostics = [];
    if (pythonFits && decided.target === 'container') {
        diagnostics.push((0,rules/* planDiagnostic */.Xb)('P003', {
            message: `${app.framework} app with Pyodide-compatible requirements: it can run as a Python Worker`,
            fix: 'Try `--target python-worker` (or `target: python-worker` in docker-to-workers.yml).',
            source: 'requirements.txt',
        }));
    }
    if (!forced || forced.target === decided.target)
        return { ...decided, diagnostics };
    const knownToFail = (forced.target === 'worker' && decided.target === 'container') ||
        (forced.target === 'python-worker' && app.runtime !== 'python');
    if (knownToFail) {
        diagnostics.push((0,rules/* planDiagnostic */.Xb)('P002', {
            message: `${forced.by} forces target ${forced.target}, but ${decided.reason}`,
            fix: `Expect the check stage to fail; remove ${forced.by} to get ${decided.target}.`,
            source: decided.source,
        }));
    }
    return { target: forced.target, reason: `forced by ${forced.by}`, source: null, diagnostics };
}

;// CONCATENATED MODULE: ./src/plan/worker.ts



















const worker_JS_RUNTIMES = new Set(['node', 'bun', 'deno', 'static', 'unknown']);
async function requirements(app) {
    if (app.runtime !== 'python')
        return [];
    const text = await (0,promises_.readFile)((0,external_node_path_.join)(app.root, 'requirements.txt'), 'utf8').catch(() => '');
    return text
        .split('\n')
        .map((line) => (line
        .replace(/#.*/, '')
        .trim()
        .split(/[\s=<>!~[;]/)[0] ?? '')
        .toLowerCase()
        .replace(/_/g, '-'))
        .filter(Boolean);
}
function compatibilityDate(input, diagnostics) {
    const newest = input.runtime.newestDate;
    const chosen = input.options.compatibilityDate ?? input.overrides.compatibility_date ?? newest;
    if (!(0,compat/* isCompatibilityDate */.vK)(chosen)) {
        throw new errors/* UserError */.y(`Invalid compatibility date '${chosen}'.`, {
            fix: 'Use YYYY-MM-DD, e.g. --compatibility-date 2026-05-03.',
        });
    }
    if (chosen > newest) {
        diagnostics.push((0,rules/* planDiagnostic */.Xb)('P011', {
            message: `compatibility date ${chosen} is newer than the local workerd accepts (${newest}): the smoke boot will refuse it`,
            fix: `Use ${newest} or older, or pin a newer wrangler.`,
        }));
    }
    return chosen;
}
/**
 * A Worker needs a module to import; when nothing in the repository is (or builds) the file the image
 * runs, the image itself still runs on Cloudflare Containers.
 */
function imageFallback(app, decided, strategy, forced) {
    if (forced || decided.target !== 'worker' || strategy.kind !== 'none' || !app.dockerfile)
        return decided;
    const runs = app.runFile ?? app.startCommand ?? 'its CMD';
    const why = strategy.why ??
        `the image runs ${runs}, which the repository neither contains nor builds with a known command`;
    return {
        ...decided,
        target: 'container',
        reason: `no module a Worker can import (${why}): the image runs as it is`,
        source: app.sources.startCommand ?? app.dockerfile.path,
    };
}
/** Whether the image starts the app by itself (CMD/ENTRYPOINT, or compose `command`). */
function runsInImage(app) {
    const docker = app.dockerfile;
    return Boolean(docker && (docker.cmd?.length || docker.entrypoint?.length || app.startChain?.length));
}
/**
 * The service as a `container` target, planned beside the Worker: check switches to it when the
 * Worker path fails (the build, wrangler's bundle or the boot) and the image runs the app.
 */
function containerFallback(analysis) {
    if (analysis.decision.target !== 'worker' || !runsInImage(analysis.input.app))
        return null;
    // Its notes (the port guess) belong to the container plan only if check switches to it.
    const fallback = asContainer(analysis, 'the image runs as it is', []);
    const planned = assemble(fallback, containerParts(fallback));
    delete planned.diagnostics;
    return planned;
}
/** The analysis of the service as a `container` target, for `reason`, with these notes. */
function asContainer(analysis, reason, diagnostics) {
    const { input } = analysis;
    return {
        ...analysis,
        decision: {
            target: 'container',
            reason,
            source: input.app.sources.startCommand ?? input.app.dockerfile?.path ?? null,
            diagnostics: [],
        },
        strategy: { kind: 'none' },
        port: analysis.port ?? choosePort(input, true, diagnostics),
        rows: dockerfileRows(input.app, 'container', null, null),
        diagnostics,
    };
}
/** The Worker's planner found that the app cannot run from it after all: the image runs it instead. */
function refusedWorker(analysis, refused) {
    const reason = `${refused}: the image runs as it is`;
    const notes = analysis.diagnostics.filter((d) => d.ruleId !== 'P001');
    const container = asContainer(analysis, reason, notes);
    notes.push((0,rules/* planDiagnostic */.Xb)('P001', {
        message: `target container: ${reason}`,
        source: container.decision.source,
    }));
    return container;
}
/** Node inspector ports: published for debugging, never the one the app serves on. */
const DEBUG_PORTS = new Set([9229, 9230, 5858]);
function choosePort(input, needsPort, diagnostics) {
    const { app, overrides, ci } = input;
    if (overrides.port)
        return overrides.port;
    const ports = app.ports.filter((p) => !DEBUG_PORTS.has(p));
    const [first] = ports;
    if (ports.length === 1 && first !== undefined)
        return first;
    const resolveWith = `\`port\` in ${OVERRIDES_FILE}${input.service ? ` (services.${input.service}.port)` : ''} or \`x-cloudflare: { port }\` in compose`;
    if (ports.length > 1) {
        diagnostics.push((0,rules/* ambiguity */.Gv)('P020', ci, {
            message: `the app exposes several ports (${ports.join(', ')})`,
            chosen: `port ${String(first)}`,
            resolveWith,
            source: app.sources.ports,
        }));
        return first ?? null;
    }
    if (!needsPort)
        return null;
    diagnostics.push((0,rules/* ambiguity */.Gv)('P020', ci, {
        message: 'no port found (EXPOSE, compose ports or an unset variable)',
        chosen: 'port 8080',
        resolveWith,
        source: app.dockerfile?.path,
    }));
    return 8080;
}
/** Plans one Worker: reads what every target needs, then the target's planner adds its parts. */
async function planWorker(input) {
    const { app, overrides } = input;
    const packageDir = app.packageJson?.dir ?? '.';
    const listed = await (0,plan_sources/* listSources */.rP)(app.root, packageDir, app.packageJson?.build?.outDir ?? null);
    // Only what the Worker runs decides the target and the findings (not seed scripts or mocks).
    const { sources, diagnostics: unread } = await (0,graph/* runtimeSources */.xD)(app, listed.sources);
    const dependencies = app.packageJson?.dependencies ?? {};
    const installed = app.packageJson
        ? await (0,plan_installed/* installedTree */.d)((0,external_node_path_.join)(app.root, packageDir), dependencies)
        : [];
    const hits = worker_JS_RUNTIMES.has(app.runtime)
        ? (0,pitfalls/* findPitfalls */.J)({ installed, dependencies, sources })
        : [];
    const forced = input.options.target
        ? { target: input.options.target, by: '--target' }
        : overrides.target
            ? { target: overrides.target, by: `target in ${OVERRIDES_FILE}` }
            : null;
    const workersRs = await usesWorkersRs(app);
    const memory = await declaredMemory(app);
    const decided = decideTarget(app, hits, { requirements: await requirements(app), workersRs, memory }, forced);
    const strategy = decided.target === 'container'
        ? { kind: 'none' }
        : decided.target === 'python-worker'
            ? { kind: 'python', file: app.entry ?? 'main.py', build: null }
            : workersRs
                ? { kind: 'workers-rs' }
                : await entryStrategy(app);
    const decision = imageFallback(app, decided, strategy, forced !== null);
    const diagnostics = [
        ...unread,
        ...decision.diagnostics,
        (0,rules/* planDiagnostic */.Xb)('P001', {
            message: `target ${decision.target}: ${decision.reason}`,
            source: decision.source,
        }),
    ];
    const date = compatibilityDate(input, diagnostics);
    const port = choosePort(input, decision.target === 'container' || strategy.kind === 'http-server', diagnostics);
    const rows = dockerfileRows(app, decision.target, 'file' in strategy ? strategy.file : null, strategy.kind === 'http-server' ? port : null, 'compile' in strategy ? strategy.compile : undefined);
    const analysis = {
        input,
        workerDir: (0,external_node_path_.join)(input.outDir, input.name),
        sources,
        wasm: listed.wasm,
        memory,
        hits,
        decision,
        date,
        port,
        strategy,
        rows,
        diagnostics,
    };
    if (decision.target === 'container') {
        // The way to a Worker stays in the report: what its build would need, as plan knows it now.
        const needs = await (0,plan_build/* workerBuildNeeds */.wO)(app);
        if (needs) {
            diagnostics.push((0,rules/* planDiagnostic */.Xb)('P062', { message: needs.why, source: needs.source }));
            rows.push(workerBuildRow(needs));
        }
        return assemble(analysis, containerParts(analysis));
    }
    const parts = await isolateParts(analysis);
    if (parts.refused && runsInImage(input.app)) {
        const container = refusedWorker(analysis, parts.refused);
        return assemble(container, containerParts(container));
    }
    if (parts.refused)
        parts.diagnostics.push((0,rules/* planDiagnostic */.Xb)('P051', {
            message: `${parts.refused}: the app cannot run as a Worker`,
            fix: 'Add a Dockerfile that starts it: plan then runs its image on Cloudflare Containers.',
        }));
    const worker = assemble(analysis, parts);
    return { ...worker, imageFallback: containerFallback(analysis) };
}

// EXTERNAL MODULE: ./src/toolchain/workerd.ts
var workerd = __webpack_require__(9117);
// EXTERNAL MODULE: ./src/toolchain/wrangler.ts
var toolchain_wrangler = __webpack_require__(8937);
// EXTERNAL MODULE: ./src/plan/write.ts + 2 modules
var write = __webpack_require__(2086);
;// CONCATENATED MODULE: ./src/plan/index.ts
















const DEFAULT_OUT_DIR = '.docker-to-workers';
function named(raw, parts, diagnostics) {
    const name = (0,naming/* workerName */.ig)(...parts);
    const wanted = parts.filter(Boolean).join('-');
    if (name !== wanted) {
        diagnostics.push((0,rules/* planDiagnostic */.Xb)('P010', {
            message: `Worker name \`${wanted}\` became \`${name}\` (${raw})`,
            fix: 'Set `name` in docker-to-workers.yml to choose it.',
        }));
    }
    return name;
}
function takeDiagnostics(worker) {
    const { diagnostics = [], ...rest } = worker;
    return { worker: rest, diagnostics };
}
/** Applies the repository's own wrangler config: compared always, used as the base with --use-existing. */
async function applyExisting(app, plan, worker, useExisting, ci) {
    const existing = await readExisting(app.root, app.wranglerConfig);
    if (!existing)
        return;
    const found = await conflicts(app.root, existing, worker, app.runtime === 'node');
    if (useExisting === false)
        return;
    plan.diagnostics.push(...existingDiagnostics(existing, found, useExisting === true, ci));
    if (!useExisting || !worker.generated || existing.path.endsWith('.toml'))
        return;
    const workerDir = (0,external_node_path_.join)(plan.outDir, worker.name);
    worker.baseConfig = existing.path;
    worker.generated = {
        config: rebaseExisting(existing, app.root, workerDir),
        comments: {},
        modules: {},
        vendor: [],
    };
    worker.main = `${worker.name}/${String(worker.generated.config.main ?? '')}`;
    worker.files.shim = worker.main;
    worker.codeChanges.push(...worker.remedies.map((r) => ({
        file: existing.path,
        line: null,
        change: `not applied to your config: ${r.description}`,
        why: 'plan merges nothing into an existing config',
    })));
    worker.remedies = [];
    if (found.length > 0) {
        worker.verdict = 'unsupported';
        worker.verdictReason = `${existing.path} conflicts with the app: ${found.join('; ')}`;
    }
}
/** The wrangler this run uses (the action's `wrangler-version`) and the newest date its workerd supports. */
async function localRuntime(ctx) {
    const wrangler = await (0,toolchain_wrangler/* resolveWrangler */.L9)(ctx);
    return {
        wranglerVersion: wrangler.version,
        newestDate: await (0,workerd/* supportedCompatibilityDate */.by)(wrangler),
    };
}
/** Decides how the detected app runs on Cloudflare and what to generate (no files are written here). */
async function planApp(app, options, ctx) {
    if (app.version !== model_app/* APP_MODEL_VERSION */.H) {
        throw new errors/* UserError */.y(`This app model has version ${String(app.version)}; plan reads version ${model_app/* APP_MODEL_VERSION */.H}.`, { fix: 'Run detect and plan from the same release.' });
    }
    const overrides = await loadOverrides(app);
    const outDir = (0,external_node_path_.resolve)(app.root, options.outDir ?? DEFAULT_OUT_DIR);
    const diagnostics = [];
    const topology = topologyOf(app);
    const others = topology.workers;
    const project = overrides.name ??
        (others.length > 0 ? (0,external_node_path_.basename)(app.root) : (app.packageJson?.name ?? (0,external_node_path_.basename)(app.root)));
    const mainName = others.length > 0 && !overrides.name
        ? named('project + compose service', [project, app.composeService], diagnostics)
        : named(overrides.name ? 'name override' : 'package/directory name', [project], diagnostics);
    const serviceWorkers = others.map((service) => {
        const own = serviceOverrides(overrides, service.name);
        return {
            service,
            overrides: own,
            worker: own.name ??
                named('project + compose service', [(0,external_node_path_.basename)(app.root), service.name], diagnostics),
        };
    });
    const runtime = options.runtime ?? (await localRuntime(ctx));
    const common = { options, runtime, ci: ctx.ci, outDir };
    const plan = {
        version: model_plan/* PLAN_VERSION */.Ze,
        root: app.root,
        outDir,
        tier: options.tier ?? model_plan/* DEFAULT_TIER */.NB,
        workers: [],
        app,
        diagnostics,
    };
    const site = topology.frontend && options.detectService
        ? staticSiteOf(await options.detectService(topology.frontend))
        : null;
    const main = takeDiagnostics(await planWorker({
        ...common,
        app,
        name: mainName,
        service: app.composeService,
        overrides,
        others: serviceWorkers,
        site,
        appPaths: topology.appPaths,
    }));
    const routing = topologyReport(app, mainName, new Map(serviceWorkers.map((s) => [s.service.name, s.worker])), site ? topology.frontend : null);
    main.worker.report.push(...routing.rows);
    main.worker.imageFallback?.report.push(...routing.rows);
    plan.workers.push(main.worker);
    diagnostics.push(...main.diagnostics, ...routing.diagnostics);
    await applyExisting(app, plan, main.worker, options.useExisting ?? overrides.use_existing, ctx.ci);
    for (const { service, overrides: own, worker } of serviceWorkers) {
        if (!options.detectService) {
            diagnostics.push((0,rules/* planDiagnostic */.Xb)('P047', {
                message: `compose service \`${service.name}\` is built from source but was not planned here`,
                fix: `Run \`docker-to-workers plan --service ${service.name}\` for it.`,
                source: service.source,
            }));
            continue;
        }
        const serviceApp = await options.detectService(service);
        const planned = takeDiagnostics(await planWorker({
            ...common,
            app: serviceApp,
            name: worker,
            service: service.name,
            overrides: own,
            others: serviceWorkers.filter((s) => s.service !== service),
        }));
        plan.workers.push(planned.worker);
        diagnostics.push(...planned.diagnostics);
    }
    for (const d of diagnostics)
        (d.severity === 'error'
            ? ctx.log.error
            : d.severity === 'warning'
                ? ctx.log.warn
                : ctx.log.debug)(`${d.ruleId} ${d.message}`);
    return plan;
}
/** The fields later stages read straight away; a saved plan without them is not one of ours. */
const PLAN_SHAPE = [
    ['root', 'string'],
    ['outDir', 'string'],
    ['workers', 'array'],
    ['app', 'object'],
    ['diagnostics', 'array'],
];
function hasType(value, type) {
    if (type === 'array')
        return Array.isArray(value);
    if (type === 'object')
        return typeof value === 'object' && value !== null;
    return typeof value === type;
}
/** Reads `plan.json` from an output directory, so later stages can run from a saved plan. */
async function loadPlan(outDir) {
    const path = (0,external_node_path_.join)((0,external_node_path_.resolve)(outDir), 'plan.json');
    const text = await (0,promises_.readFile)(path, 'utf8').catch(() => null);
    if (text === null) {
        throw new errors/* UserError */.y(`No saved plan at ${path}.`, {
            fix: 'Run `docker-to-workers plan DIR` first (or pass the --out directory it used).',
        });
    }
    const rerun = { file: path, fix: 'Re-run `docker-to-workers plan` with this release.' };
    let plan;
    try {
        plan = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* UserError */.y('is not valid JSON (truncated or edited?).', { ...rerun, cause: error });
    }
    if (typeof plan !== 'object' || plan === null || Array.isArray(plan)) {
        throw new errors/* UserError */.y('is not a saved plan (not a JSON object).', rerun);
    }
    if (plan.version !== model_plan/* PLAN_VERSION */.Ze) {
        throw new errors/* UserError */.y(`has plan version ${String(plan.version)}; this release reads version ${model_plan/* PLAN_VERSION */.Ze}.`, rerun);
    }
    const missing = PLAN_SHAPE.filter(([key, type]) => !hasType(plan[key], type)).map(([k]) => k);
    if (missing.length > 0) {
        throw new errors/* UserError */.y(`is incomplete: ${missing.join(', ')} missing or of the wrong type.`, rerun);
    }
    return plan;
}


/***/ }),

/***/ 4089:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ installedTree)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


async function readManifest(dir) {
    try {
        return JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'package.json'), 'utf8'));
    }
    catch {
        return null;
    }
}
/**
 * Node's lookup: `<dir>/node_modules/<name>`, then each parent directory (a monorepo root's install
 * counts). `real` is where the package's own dependencies are looked up from: Node resolves from a
 * package's real path, so a symlinked copy (pnpm's `.pnpm/<pkg>@<version>/node_modules/<pkg>`, a linked
 * package) finds them beside its target.
 */
async function resolvePackage(name, fromDir) {
    let dir = fromDir;
    for (;;) {
        const candidate = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'node_modules', name);
        const manifest = await readManifest(candidate);
        if (manifest)
            return { dir: candidate, real: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(candidate), manifest };
        const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir);
        if (parent === dir)
            return null;
        dir = parent;
    }
}
/** The installed dependency tree reachable from `dependencies` (breadth-first, each directory once). */
async function installedTree(packageDir, dependencies) {
    const seen = new Set();
    const found = [];
    let queue = Object.keys(dependencies).map((name) => ({ name, from: packageDir, via: name }));
    while (queue.length > 0) {
        const resolved = await Promise.all(queue.map(async (item) => ({ item, hit: await resolvePackage(item.name, item.from) })));
        queue = [];
        for (const { item, hit } of resolved) {
            if (!hit || seen.has(hit.dir))
                continue;
            seen.add(hit.dir);
            found.push({
                name: item.name,
                version: hit.manifest.version ?? '0.0.0',
                dir: hit.dir,
                via: item.via,
            });
            for (const dep of Object.keys(hit.manifest.dependencies ?? {})) {
                queue.push({ name: dep, from: hit.real, via: `${item.via} > ${dep}` });
            }
        }
    }
    return found;
}


/***/ }),

/***/ 8148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ renderJsonc),
/* harmony export */   p: () => (/* binding */ parseJsonc)
/* harmony export */ });
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9547);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);


const FORMAT = { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } };
function commentLines(text) {
    return text
        .split('\n')
        .map((line) => `  // ${line}`)
        .join('\n');
}
/**
 * Writes the config through jsonc-parser (key by key, so the output is what jsonc-parser itself
 * produces and re-parses), then puts each key's comment on the line above it.
 */
function renderJsonc(config, comments, header) {
    let text = '{}';
    for (const [key, value] of Object.entries(config)) {
        text = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.applyEdits)(text, (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.modify)(text, [key], value, FORMAT));
    }
    const lines = text.split('\n').flatMap((line) => {
        const key = /^ {2}"([^"]+)":/.exec(line)?.[1];
        return key && comments[key] ? [commentLines(comments[key]), line] : [line];
    });
    return `${header
        .split('\n')
        .map((l) => `// ${l}`)
        .join('\n')}\n${lines.join('\n')}\n`;
}
/** Parses JSON with comments and trailing commas; a syntax error names file:line. */
function parseJsonc(text, file) {
    const errors = [];
    const value = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parse)(text, errors, { allowTrailingComma: true });
    const error = errors[0];
    if (error) {
        const line = text.slice(0, error.offset).split('\n').length;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${file} is not valid JSONC: ${(0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.printParseErrorCode)(error.error)}`, {
            file,
            line,
            fix: 'Fix the syntax (wrangler reads the same file).',
        });
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${file} must hold a JSON object.`, {
            file,
            fix: 'Make the top level an object.',
        });
    }
    return value;
}


/***/ }),

/***/ 387:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $5: () => (/* binding */ bindingName),
/* harmony export */   BC: () => (/* binding */ shortHash),
/* harmony export */   It: () => (/* binding */ MAX_RESOURCE_NAME),
/* harmony export */   Iy: () => (/* binding */ resourceName),
/* harmony export */   ig: () => (/* binding */ workerName),
/* harmony export */   yR: () => (/* binding */ slug)
/* harmony export */ });
/* unused harmony exports MAX_WORKER_NAME, isValidResourceName, isValidWorkerName */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Worker names: lowercase letters, digits and dashes. ≤ 54 characters so that `<alias>-<name>` preview
 * hostnames still fit the 63-character DNS label (Cloudflare docs, Workers preview URLs).
 */
const MAX_WORKER_NAME = 54;
/**
 * Names of the resources plan puts in wrangler.jsonc (R2 buckets, D1 databases, queues): the rule
 * wrangler checks for bucket names (`/^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/`, its `isValidR2BucketName`),
 * which also meets the queue rule (lowercase letters, digits and dashes, no dash at either end,
 * ≤ 63 characters: create-cloudflare's `validateQueueName`) and D1's.
 */
const MAX_RESOURCE_NAME = 63;
const RESOURCE_NAME = /^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/;
/** Lowercase letters, digits and single dashes, no dash at either end (`My_App.v2` → `my-app-v2`). */
function slug(text) {
    return text
        .replace(/^@/, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
}
function shortHash(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex').slice(0, 6);
}
/** Joins parts into a slug of at most `max` characters; a cut name ends in a hash of the whole. */
function boundedSlug(parts, max, fallback) {
    const whole = parts
        .filter((p) => Boolean(p))
        .map(slug)
        .filter(Boolean)
        .join('-');
    if (whole.length <= max)
        return whole || fallback;
    const hash = shortHash(whole);
    return `${whole.slice(0, max - hash.length - 1).replace(/-+$/, '')}-${hash}`;
}
function workerName(...parts) {
    return boundedSlug(parts, MAX_WORKER_NAME, 'app');
}
/** `<worker>-<what>` for a bucket, database or queue: always valid, at least 3 characters. */
function resourceName(worker, what) {
    const name = boundedSlug([worker, what], MAX_RESOURCE_NAME, 'data');
    return name.length >= 3 ? name : `${name}-data`;
}
function isValidResourceName(name) {
    return RESOURCE_NAME.test(name);
}
function isValidWorkerName(name) {
    return name.length <= MAX_WORKER_NAME && /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/.test(name);
}
/** A binding name the code can use: `uploads` → `UPLOADS`, `/app/data-dir` → `DATA_DIR`. */
function bindingName(raw) {
    const base = raw.split('/').filter(Boolean).pop() ?? raw;
    const name = base
        .toUpperCase()
        .replace(/[^A-Z0-9]+/g, '_')
        .replace(/^_+|_+$/g, '');
    return /^[A-Z]/.test(name) ? name : `B_${name || 'DATA'}`;
}


/***/ }),

/***/ 799:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  J: () => (/* binding */ findPitfalls)
});

// UNUSED EXPORTS: PITFALLS

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./src/plan/sonic-boom.ts
/**
 * A stand-in for sonic-boom, the stream pino (5 to 10), pino-pretty and pino/file write their lines
 * through, generated beside wrangler.jsonc and reached by a wrangler `alias`.
 *
 * Measured (wrangler 4.164, workerd at 2025-09-15 and 2026-11-17): workerd's node:fs refuses
 * `fs.writeSync(fd, string, 'utf8')` and `fs.write(fd, string, 'utf8', cb)`, the legacy forms with the
 * encoding in the position slot (Node's docs: fs.writeSync(fd, string[, position[, encoding]])), with
 * ERR_INVALID_ARG_TYPE; it accepts `fs.writeSync(fd, string)` and `(fd, string, null, 'utf8')`.
 * sonic-boom 1 uses the legacy form for every write, sonic-boom 4 for `sync: true` (pino 6's default
 * stream, `pino.destination({ sync: true })`): each log call then throws, and requests answer 500.
 *
 * The stand-in writes each line with console.log (console.error for fd 2): Workers Logs and
 * `wrangler tail` keep console output
 * (https://developers.cloudflare.com/workers/observability/logs/workers-logs/). Writing to files
 * (`pino.destination('./app.log')`) has no lasting place on Workers, so those lines go there too.
 */
const SONIC_BOOM_STAND_IN = `// Stands in for sonic-boom (wrangler \`alias\`, see wrangler.jsonc): its fs.writeSync(fd, line, 'utf8')
// is refused by workerd's node:fs (ERR_INVALID_ARG_TYPE), so every pino log call would throw. Here
// each line goes to console.log (console.error for fd 2), which Workers Logs keeps.
'use strict';
const { EventEmitter } = require('node:events');

function SonicBoom(opts, minLength, sync) {
  if (!(this instanceof SonicBoom)) return new SonicBoom(opts, minLength, sync);
  EventEmitter.call(this);
  // sonic-boom 1+ takes options; 0.x took (fd, minLength, sync).
  const options = opts !== null && typeof opts === 'object' ? opts : { fd: opts, minLength, sync };
  const dest = options.fd ?? options.dest ?? 1;
  this.fd = typeof dest === 'number' ? dest : Number(dest) || 1;
  this.file = typeof dest === 'string' && !Number(dest) ? dest : null;
  this.minLength = options.minLength ?? 0;
  this.sync = Boolean(options.sync);
  this.append = options.append ?? true;
  this.writing = false;
  this.destroyed = false;
  queueMicrotask(() => this.emit('ready'));
}
Object.setPrototypeOf(SonicBoom.prototype, EventEmitter.prototype);
Object.setPrototypeOf(SonicBoom, EventEmitter);

SonicBoom.prototype.write = function (data) {
  if (this.destroyed) throw new Error('SonicBoom destroyed');
  const text = String(data);
  for (const line of text.split('\\n')) {
    if (line === '') continue;
    if (this.fd === 2) console.error(line);
    else console.log(line);
  }
  this.emit('write', text.length);
  return true;
};

SonicBoom.prototype.flush = function (cb) {
  if (typeof cb === 'function') queueMicrotask(() => cb(null));
};
SonicBoom.prototype.flushSync = function () {};
SonicBoom.prototype.reopen = function (file) {
  if (typeof file === 'string') this.file = file;
};

SonicBoom.prototype.end = function () {
  if (this.destroyed) return;
  this.destroyed = true;
  queueMicrotask(() => {
    this.emit('finish');
    this.emit('close');
  });
};

SonicBoom.prototype.destroy = function () {
  if (this.destroyed) return;
  this.destroyed = true;
  queueMicrotask(() => this.emit('close'));
};

module.exports = SonicBoom;
module.exports.SonicBoom = SonicBoom;
module.exports.default = SonicBoom;
`;

// EXTERNAL MODULE: ./src/plan/sources.ts
var sources = __webpack_require__(6645);
;// CONCATENATED MODULE: ./src/plan/pitfalls.ts



/** Stands in for `@hono/node-server` (serve, createAdaptorServer): registers the fetch handler. */
const HONO_NODE_SERVER = `// Stands in for @hono/node-server (wrangler \`alias\`, see wrangler.jsonc): its serve() would run a
// node:http server that swaps globalThis.Response for its own class. Here serve() keeps the app's fetch
// handler and the Worker entry exports it, so workerd's Request reaches the app directly.
let handler = null;

function register(options) {
  handler = (request, env, ctx) => options.fetch(request, env, ctx);
  const port = options.port ?? 3000;
  const info = { address: options.hostname ?? '0.0.0.0', family: 'IPv4', port };
  // What the app may do with the server it gets back; there is no socket to listen on or close.
  const server = {
    listen(...args) { const done = args.find((a) => typeof a === 'function'); if (done) queueMicrotask(done); return server; },
    close(done) { if (done) queueMicrotask(done); return server; },
    on() { return server; },
    once() { return server; },
    address: () => info,
  };
  return { server, info };
}

export function serve(options, listeningListener) {
  const { server, info } = register(options);
  if (listeningListener) queueMicrotask(() => listeningListener(info));
  return server;
}

export function createAdaptorServer(options) {
  return register(options).server;
}

export default {
  fetch(request, env, ctx) {
    if (!handler) throw new Error('the app never called serve() from @hono/node-server');
    return handler(request, env, ctx);
  },
};
`;
/** The module Nest's core takes its random module and provider ids from (before 9.3: uuid v4). */
const NEST_RANDOM_IDS = '@nestjs/common/utils/random-string-generator.util';
const PITFALLS = [
    {
        id: 'iconv-lite-0.4',
        title: 'iconv-lite 0.4 (via express 4 / body-parser 1 / raw-body 2 / co-body, Nest before 11)',
        detect: {
            installed: [{ name: 'iconv-lite', range: '<0.5.0' }],
            declared: [
                { name: 'express', range: '4.x' },
                { name: 'body-parser', range: '1.x' },
                { name: 'raw-body', range: '2.x' },
                { name: 'koa-bodyparser', range: '*' },
                { name: 'co-body', range: '<7' },
                // Nest's HTTP driver before 11 depends on express 4 (11 moved to express 5, body-parser 2).
                { name: '@nestjs/platform-express', range: '<11' },
            ],
        },
        effect: "start-up crash `TypeError: require_streams(...) is not a function` (the bundler takes iconv-lite 0.4's browser field)",
        remedy: {
            kind: 'alias',
            package: 'iconv-lite',
            replacement: { name: 'iconv-lite', version: '0.6.3' },
            description: 'wrangler `alias` points `iconv-lite` at iconv-lite 0.6.3 installed into the output directory',
        },
        docs: 'https://github.com/cloudflare/workers-sdk/issues/9309',
    },
    {
        id: 'fastify-timers',
        title: "Fastify's plugin loader (avvio) sets timers while the Worker starts",
        detect: {
            installed: [{ name: 'fastify', range: '*' }],
            declared: [
                { name: 'fastify', range: '*' },
                // Nest's Fastify driver depends on fastify.
                { name: '@nestjs/platform-fastify', range: '*' },
            ],
        },
        // Measured with fastify 5 (wrangler 4.164, workerd): fastify() and listen() load the plugins as the
        // Worker starts, and avvio sets a watchdog timer per plugin (its pluginTimeout), which it clears
        // once the plugin loads. Fastify must load there: its router compiles routes with new Function,
        // refused inside a request (EvalError), so importing the app on the first event (as the entry does
        // with Hyperdrive) is no remedy.
        // (pino's browser build and its writes are the pitfalls below.)
        effect: "start-up error `Disallowed operation called within global scope` (avvio's setTimeout): the app never listens and every request waits, then answers 503",
        remedy: {
            kind: 'startup-timers',
            description: 'the generated entry holds the timers set while the Worker starts and sets them as the first event starts (avvio clears its watchdogs before then)',
            change: 'pass `pluginTimeout: 0` to fastify() (avvio then sets no watchdog timer), and set other timers inside requests',
            lateLoad: "Fastify's router compiles its routes with new Function, which workerd refuses inside a request (`EvalError: Code generation from strings disallowed for this context`)",
        },
        docs: 'https://fastify.dev/docs/latest/Reference/Server/#plugintimeout',
    },
    {
        id: 'fastify-require-cache',
        title: 'Fastify before 4.22 names plugins from require.cache',
        detect: {
            installed: [{ name: 'fastify', range: '<4.22.0' }],
            declared: [{ name: 'fastify', range: '<4.22.0' }],
        },
        // Measured (fastify 4.12, wrangler 4.164, workerd): getPluginName reads Object.keys(require.cache) for
        // each plugin registered without a fastify-plugin name; the bundle's require has no cache.
        effect: 'start-up error `Cannot convert undefined or null to object` (Object.keys(require.cache) for a plugin registered without a name): the app never listens',
        remedy: {
            kind: 'define',
            define: { 'require.cache': '{}' },
            description: 'wrangler `define` replaces `require.cache` with an empty object (the bundle has no module cache), so Fastify names such plugins by their function',
        },
        docs: 'https://github.com/fastify/fastify/pull/4982',
    },
    {
        id: 'pino-browser-build',
        title: 'pino resolves to its browser build',
        detect: {
            installed: [{ name: 'pino', range: '*' }],
            declared: [
                { name: 'pino', range: '*' },
                { name: 'elastic-apm-node', range: '*' },
            ],
        },
        // Measured (wrangler 4.164, workerd): elastic-apm-node's logger crashes at load.
        effect: 'start-up crash `pino.destination is not a function` (the bundle takes pino\'s "browser" field, a console-only build)',
        remedy: {
            kind: 'node-build',
            alias: { pino: 'pino' },
            description: "wrangler `alias` resolves `pino` with Node's resolution, which takes its Node build (pino.js)",
        },
    },
    {
        id: 'sonic-boom-write-sync',
        title: "pino's SonicBoom stream writes with fs.writeSync(fd, line, 'utf8')",
        detect: {
            installed: [{ name: 'sonic-boom', range: '*' }],
            declared: [
                { name: 'pino', range: '*' },
                { name: 'elastic-apm-node', range: '*' },
            ],
        },
        // Measured (wrangler 4.164, workerd): sonic-boom 1 (pino 6) always, sonic-boom 4 with `sync: true`;
        // an app's error handler then usually hides the cause behind its own 500 body.
        effect: 'make every request that logs answer 500: each log line throws `The "position" argument must be of type bigint or one of integer or null` (workerd\'s node:fs refuses the encoding in the position slot)',
        remedy: {
            kind: 'stand-in',
            alias: { 'sonic-boom': './sonic-boom.cjs' },
            modules: { 'sonic-boom.cjs': SONIC_BOOM_STAND_IN },
            description: 'wrangler `alias` points `sonic-boom` at a module generated beside wrangler.jsonc that writes each log line with console.log (console.error for fd 2), which Workers Logs keeps',
        },
        docs: 'https://nodejs.org/api/fs.html#fswritesyncfd-string-position-encoding',
    },
    {
        id: 'pg-native-require',
        title: 'pg before 8.11 requires pg-native outside a try block',
        detect: {
            installed: [{ name: 'pg', range: '<8.11.0' }],
            declared: [{ name: 'pg', range: '<8.11.0' }],
        },
        // pg/lib/native/client.js (reached through pg's lazy `native` getter) requires the optional libpq
        // binding at its top level; from 8.11 the require sits in a try block, which esbuild leaves
        // unresolved without failing (measured: pg 8.10.0 and 8.11.0 packages).
        effect: 'wrangler cannot bundle: `Could not resolve "pg-native"` (pg/lib/native/client.js)',
        remedy: {
            kind: 'stand-in',
            alias: { 'pg-native': './pg-native.cjs' },
            modules: {
                'pg-native.cjs': `// Stands in for pg-native (wrangler \`alias\`, see wrangler.jsonc): the optional libpq binding pg requires
// only for \`pg.native\`, which cannot load on Workers; pg's JavaScript client is the one that runs.
module.exports = function PgNative() {
  throw new Error('pg-native (libpq) cannot load on Workers: use the JavaScript client, not pg.native');
};
`,
            },
            description: "wrangler `alias` points `pg-native` at a module generated beside wrangler.jsonc that throws if pg.native is used (pg's JavaScript client is unaffected)",
        },
    },
    {
        id: 'any-promise-browser-build',
        title: 'any-promise resolves to its browser shim (via koa-convert / koa-compose 3, mz, thenify)',
        detect: {
            installed: [{ name: 'any-promise', range: '*' }],
            declared: [
                { name: 'koa', range: '<2.14.0' },
                { name: 'koa-convert', range: '<2' },
                { name: 'mz', range: '*' },
                { name: 'thenify', range: '*' },
                { name: 'typeorm', range: '<0.3' },
                { name: 'any-promise', range: '*' },
            ],
        },
        // The "browser" map swaps ./register.js for ./register-shim.js, which reads `window`; an alias of
        // the package itself cannot undo a file swap inside it, so `any-promise` becomes a module that does
        // what its index.js does, through an alias of `any-promise/register` (resolved by Node).
        effect: 'start-up crash `window is not defined` (any-promise/register-shim.js, its browser build)',
        remedy: {
            kind: 'node-build',
            alias: {
                'any-promise': './any-promise.cjs',
                'any-promise/register': 'any-promise/register',
            },
            modules: {
                'any-promise.cjs': `// any-promise's index.js with its Node register.js (wrangler \`alias\`, see wrangler.jsonc): the bundle
// would otherwise take its "browser" map's register-shim.js, which reads \`window\`.
module.exports = require('any-promise/register')().Promise;
`,
            },
            description: "wrangler `alias` points `any-promise` at a module that loads its Node register.js (any-promise's own index.js, minus the browser map)",
        },
    },
    {
        id: 'hono-node-server',
        title: "Hono served through @hono/node-server's serve()",
        detect: {
            pattern: /from\s+['"]@hono\/node-server['"]|require\(\s*['"]@hono\/node-server['"]\s*\)/,
        },
        // Measured (wrangler 4.164, workerd): its request listener swaps globalThis.Request/Response for
        // lightweight classes (overrideGlobalObjects, @hono/node-server's listener.ts), so the Response
        // httpServerHandler builds is not one workerd accepts.
        effect: "make every request answer 500 `Incorrect type for Promise: the Promise did not resolve to 'Response'`",
        remedy: {
            kind: 'fetch-handler',
            alias: { '@hono/node-server': './hono-node-server.mjs' },
            modules: { 'hono-node-server.mjs': HONO_NODE_SERVER },
            handler: 'hono-node-server.mjs',
            description: "wrangler `alias` points `@hono/node-server` at a module whose serve() keeps the app's fetch handler, which the Worker entry exports",
        },
        docs: 'https://github.com/honojs/node-server#usage',
    },
    {
        id: 'joi-browser-build',
        title: 'joi 17 resolves to its browser build',
        detect: {
            installed: [{ name: 'joi', range: '>=17 <18' }],
            declared: [{ name: 'joi', range: '17.x' }],
        },
        effect: '`window is not defined` or missing symbols at start-up',
        remedy: { kind: 'code', change: 'pin the server build with a wrangler alias or switch to zod' },
    },
    {
        id: 'native-addon',
        title: 'native addon without a Workers build',
        // Declared ranges are taken from these names when nothing is installed.
        detect: {
            installed: [
                { name: 'sharp', range: '*' },
                { name: 'canvas', range: '*' },
                { name: 'bcrypt', range: '*' },
                { name: 'better-sqlite3', range: '*' },
                { name: 'sqlite3', range: '*' },
            ],
        },
        effect: '`.node` files cannot load in workerd',
        remedy: {
            kind: 'code',
            change: 'bcrypt → bcryptjs; sqlite → D1; sharp → Images binding; otherwise the Container target',
        },
    },
    {
        id: 'nest-uuid-module-ids',
        title: 'Nest before 9.3 (module ids from uuid)',
        detect: {
            installed: [{ name: '@nestjs/common', range: '<9.3.0' }],
            declared: [{ name: '@nestjs/common', range: '<9.3.0' }],
        },
        // Measured (wrangler 4.164, workerd, Nest 7.6): NestFactory.create names each module with uuid v4
        // (crypto random values) while the Worker starts; Nest logs the error, its process.exit does not
        // stop the Worker, and the app listens with no routes (404 on every path). @nestjs/common 9.3
        // switched to `uid` (Math.random). Importing the app on the first request instead is no remedy:
        // packages that compile code as they load (mongoose's browser build) then meet workerd's refusal of
        // code generation inside requests.
        effect: 'start-up error `Disallowed operation called within global scope` (uuid v4 for module ids in NestFactory.create): the app then answers 404 on every route',
        remedy: {
            kind: 'node-build',
            alias: { [NEST_RANDOM_IDS]: './nest-random-ids.cjs' },
            modules: {
                'nest-random-ids.cjs': `// Stands in for ${NEST_RANDOM_IDS} (wrangler \`alias\`, see wrangler.jsonc).
// Nest names modules and providers with a random id while it bootstraps, which the app does as the Worker
// starts, where workerd refuses crypto's random values. These ids only tell modules apart (Nest 9.3+ makes
// them with Math.random): crypto's UUIDs when allowed, else Math.random in the same shape.
function fallback() {
  return 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (c) => {
    const r = (Math.random() * 16) | 0;
    return (c === 'x' ? r : (r & 0x3) | 0x8).toString(16);
  });
}

exports.randomStringGenerator = () => {
  try {
    return crypto.randomUUID();
  } catch {
    return fallback();
  }
};
`,
            },
            description: `wrangler \`alias\` points ${NEST_RANDOM_IDS} at a generated module that falls back to Math.random while the Worker starts`,
        },
        docs: 'https://developers.cloudflare.com/workers/runtime-apis/handlers/',
    },
    {
        id: 'mongodb',
        title: 'MongoDB driver',
        detect: {
            declared: [
                { name: 'mongodb', range: '*' },
                { name: 'mongoose', range: '*' },
            ],
        },
        effect: 'no binding; the driver works only over a per-request connection (~300 ms)',
        remedy: {
            kind: 'code',
            change: 'connect per request, keep Mongo behind an HTTP API, or use the Container target',
        },
    },
    {
        id: 'dirname-at-load',
        title: '`__dirname` / `__filename` in bundled code',
        detect: { pattern: /\b__(?:dirname|filename)\b/ },
        // Measured (wrangler 4.164, workerd): bundled CommonJS throws `ReferenceError: __dirname is not
        // defined`. workerd's virtual file system holds the Worker's modules under /bundle, its process.cwd()
        // (https://developers.cloudflare.com/workers/runtime-apis/nodejs/fs/), so paths computed from
        // there name where the bundle's files are; reads of the app's other files still fail (W112 says so).
        effect: 'crash start-up with `ReferenceError: __dirname is not defined` when used at load time',
        remedy: {
            kind: 'define',
            define: { __dirname: '"/bundle"', __filename: '"/bundle/entry.js"' },
            description: 'wrangler `define` sets `__dirname` to "/bundle" (workerd\'s read-only directory of the bundle\'s modules) and `__filename` to the entry module there',
        },
        docs: 'https://developers.cloudflare.com/workers/wrangler/configuration/#define',
    },
    {
        id: 'global-scope-io',
        title: 'I/O or timers in global scope',
        detect: {
            pattern: /^(?:await\s(?!\S+\.listen\()|setInterval\(|setTimeout\(|\w+\.connect\(\))/,
        },
        effect: '"Disallowed operation called within global scope": start-up fails or the connection never happens',
        remedy: { kind: 'code', change: 'create clients and timers lazily inside the request path' },
    },
    {
        id: 'shared-db-client',
        title: 'database client created once at load time and shared by requests',
        detect: {
            pattern: /^(?:export\s+)?(?:const|let|var)\s+\w+\s*=\s*(?:new\s+(?:\w+\.)?(?:Pool|Client|Redis)\(|(?:\w+\.)?createPool\()/,
        },
        effect: 'sockets belong to the request that opened them: later requests fail or hang',
        remedy: {
            kind: 'code',
            change: 'create the client per request (Hyperdrive makes that cheap for Postgres/MySQL)',
        },
    },
    {
        id: 'dynamic-view-engine',
        title: 'view engine loaded by dynamic require',
        detect: { pattern: /\.set\(\s*['"]view engine['"]/ },
        effect: '`Dynamic require of "<engine>" is not supported` on first render',
        remedy: {
            kind: 'code',
            change: 'import the engine statically and register it with `app.engine()`',
        },
    },
    {
        id: 'child-process',
        title: 'child processes, cluster or worker threads',
        detect: { pattern: /['"](?:node:)?(?:child_process|cluster|worker_threads)['"]/ },
        effect: 'the module builds as a stub and throws at run time',
        remedy: { kind: 'container', change: 'runs only in a container' },
    },
    {
        id: 'background-loop',
        title: 'long-running background loop',
        detect: { pattern: /^\s*(?:while\s*\(\s*(?:true|1)\s*\)|for\s*\(\s*;\s*;\s*\))/ },
        effect: 'a Worker runs per request (or per trigger); nothing keeps a loop alive between them',
        remedy: {
            kind: 'container',
            change: 'runs in a container; or move the work to Cron Triggers, Queues or Workflows',
        },
    },
    {
        id: 'websocket-server',
        title: 'WebSocket server on node:http upgrade',
        detect: {
            pattern: /new\s+(?:WebSocket\.Server|WebSocketServer)\(|\.on\(\s*['"]upgrade['"]|require\(\s*['"]socket\.io['"]\s*\)|from\s+['"]socket\.io['"]/,
        },
        effect: 'no upgrade event reaches a node:http server in workerd',
        remedy: {
            kind: 'container',
            change: 'runs in a container; or move the sockets to a Durable Object',
        },
    },
];
function installedHit(pitfall, input) {
    for (const rule of pitfall.detect.installed ?? []) {
        const copy = input.installed.find((p) => p.name === rule.name &&
            semver_default().satisfies(p.version, rule.range, { includePrerelease: true }));
        if (copy)
            return { pitfall, evidence: `${copy.name}@${copy.version} (${copy.via})`, source: null };
    }
    return null;
}
function declaredHit(pitfall, input) {
    const rules = pitfall.detect.declared ??
        (pitfall.detect.installed ?? []).map((r) => ({ name: r.name, range: '*' }));
    for (const rule of rules) {
        const declared = input.dependencies[rule.name];
        const range = declared ? semver_default().validRange(declared) : null;
        if (range && semver_default().intersects(range, rule.range)) {
            return {
                pitfall,
                evidence: `${rule.name}@${declared} (declared; not installed)`,
                source: null,
            };
        }
    }
    return null;
}
/** Every pitfall the app shows: by installed tree when there is one, by declared ranges otherwise. */
function findPitfalls(input) {
    const hasInstall = input.installed.length > 0;
    return PITFALLS.flatMap((pitfall) => {
        if (pitfall.detect.pattern) {
            return (0,sources/* findInSources */.lC)(input.sources, pitfall.detect.pattern)
                .slice(0, 5)
                .map((hit) => ({ pitfall, evidence: `\`${hit.text}\``, source: (0,sources/* hitRef */.bm)(hit) }));
        }
        const hit = hasInstall && pitfall.detect.installed
            ? installedHit(pitfall, input)
            : declaredHit(pitfall, input);
        return hit ? [hit] : [];
    });
}


/***/ }),

/***/ 883:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ planRemedies),
/* harmony export */   y: () => (/* binding */ vendorPath)
/* harmony export */ });
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1324);

/** Where a vendored package lands, relative to `<outDir>/<worker>/` (and so to wrangler.jsonc). */
function vendorPath(name) {
    return `./node_modules/${name}`;
}
function locate(hit) {
    const match = hit.source ? /^(.*?)(?::(\d+))?$/.exec(hit.source) : null;
    return { file: match?.[1] ?? 'package.json', line: match?.[2] ? Number(match[2]) : null };
}
/** What the user does by hand for a remedy plan does not apply (`--no-remedies`, or a code pitfall). */
function manualChange(remedy) {
    switch (remedy.kind) {
        case 'alias':
            return `upgrade ${remedy.package} to ${remedy.replacement.version} (e.g. "overrides": { "${remedy.package}": "^${remedy.replacement.version}" } in package.json)`;
        case 'define':
            return `add to wrangler.jsonc "define": ${JSON.stringify(remedy.define)}`;
        case 'code':
        case 'startup-timers':
            return remedy.change;
        default:
            return `add to wrangler.jsonc "alias": ${JSON.stringify(remedy.alias)}${remedy.modules ? ` with ${Object.keys(remedy.modules).join(', ')} as plan generates it` : ''}`;
    }
}
/**
 * Remedies the generated build can apply (aliases to fixed versions vendored into the output directory,
 * so the user's files stay untouched); the rest become code changes with their file:line.
 * `--no-remedies` turns every remedy into a reported code change.
 */
function planRemedies(hits, disabled) {
    const plan = {
        alias: {},
        define: {},
        modules: {},
        vendor: [],
        handler: null,
        holdStartupTimers: false,
        lateLoad: null,
        applied: [],
        codeChanges: [],
        diagnostics: [],
    };
    const seen = new Set();
    for (const hit of hits) {
        const { pitfall } = hit;
        const remedy = pitfall.remedy;
        if (remedy.kind === 'container')
            continue;
        const remediable = remedy.kind !== 'code';
        if (remediable && !disabled) {
            if (seen.has(pitfall.id))
                continue;
            seen.add(pitfall.id);
            if (remedy.kind === 'alias') {
                plan.alias[remedy.package] = vendorPath(remedy.replacement.name);
                plan.vendor.push(remedy.replacement);
            }
            else if (remedy.kind === 'define') {
                Object.assign(plan.define, remedy.define);
            }
            else if (remedy.kind === 'startup-timers') {
                plan.holdStartupTimers = true;
                plan.lateLoad = remedy.lateLoad;
            }
            else {
                Object.assign(plan.alias, remedy.alias);
                Object.assign(plan.modules, remedy.modules);
                if (remedy.kind === 'fetch-handler')
                    plan.handler = remedy.handler;
            }
            plan.applied.push({
                pitfallId: pitfall.id,
                description: `${pitfall.title} — ${hit.evidence}: ${remedy.description}`,
            });
            plan.diagnostics.push((0,_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .planDiagnostic */ .Xb)('P050', {
                message: `${pitfall.title} (${hit.evidence}) would ${pitfall.effect}; remedied: ${remedy.description}`,
                source: hit.source,
            }));
            continue;
        }
        const change = manualChange(remedy);
        plan.codeChanges.push({ ...locate(hit), change, why: `${pitfall.title}: ${pitfall.effect}` });
        plan.diagnostics.push((0,_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .planDiagnostic */ .Xb)(remediable ? 'P052' : 'P051', {
            message: `${pitfall.title} (${hit.evidence}): ${pitfall.effect}${remediable ? ' (remedy disabled by --no-remedies)' : ''}`,
            fix: change,
            source: hit.source,
        }));
    }
    return plan;
}


/***/ }),

/***/ 1324:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gv: () => (/* binding */ ambiguity),
/* harmony export */   Xb: () => (/* binding */ planDiagnostic)
/* harmony export */ });
/* unused harmony export PLAN_RULES */
/** The plan stage's rules: one id per kind of finding, with its default severity and a docs link. */
const PLAN_RULES = {
    P001: {
        severity: 'note',
        title: 'target decided',
        docs: 'https://developers.cloudflare.com/workers/',
    },
    P002: {
        severity: 'warning',
        title: 'target forced into a known failure',
        docs: 'https://developers.cloudflare.com/containers/',
    },
    P003: {
        severity: 'note',
        title: 'Python Workers possible',
        docs: 'https://developers.cloudflare.com/workers/languages/python/',
    },
    P004: {
        severity: 'warning',
        title: 'source files left unread',
        docs: 'https://developers.cloudflare.com/workers/runtime-apis/nodejs/',
    },
    P010: {
        severity: 'note',
        title: 'Worker name adjusted',
        docs: 'https://developers.cloudflare.com/workers/configuration/previews/',
    },
    P011: {
        severity: 'warning',
        title: 'compatibility date outside the local runtime or too old',
        docs: 'https://developers.cloudflare.com/workers/configuration/compatibility-dates/',
    },
    P020: {
        severity: 'warning',
        title: 'ambiguous port',
        docs: 'https://developers.cloudflare.com/workers/runtime-apis/nodejs/http/',
    },
    P021: {
        severity: 'warning',
        title: 'existing wrangler config not used',
        docs: 'https://developers.cloudflare.com/workers/wrangler/configuration/',
    },
    P022: {
        severity: 'warning',
        title: 'ambiguous entry',
        docs: 'https://developers.cloudflare.com/workers/wrangler/configuration/',
    },
    P030: {
        severity: 'warning',
        title: 'env var without a value',
        docs: 'https://developers.cloudflare.com/workers/configuration/environment-variables/',
    },
    P031: {
        severity: 'warning',
        title: 'secret-looking var made a required secret',
        docs: 'https://developers.cloudflare.com/workers/configuration/secrets/',
    },
    P040: {
        severity: 'warning',
        title: 'volume → R2: code must change',
        docs: 'https://developers.cloudflare.com/r2/api/workers/workers-api-reference/',
    },
    P041: {
        severity: 'warning',
        title: 'database → Hyperdrive',
        docs: 'https://developers.cloudflare.com/hyperdrive/',
    },
    P042: {
        severity: 'note',
        title: 'Redis → KV or Durable Object',
        docs: 'https://developers.cloudflare.com/kv/',
    },
    P043: {
        severity: 'warning',
        title: 'SQLite → D1: code must change',
        docs: 'https://developers.cloudflare.com/d1/',
    },
    P044: {
        severity: 'warning',
        title: 'message broker → Queues: code must change',
        docs: 'https://developers.cloudflare.com/queues/',
    },
    P045: {
        severity: 'warning',
        title: 'backing service without a Workers binding',
        docs: 'https://developers.cloudflare.com/workers/databases/connecting-to-databases/',
    },
    P046: {
        severity: 'warning',
        title: 'cron → Cron Trigger: handler needed',
        docs: 'https://developers.cloudflare.com/workers/configuration/cron-triggers/',
    },
    P047: {
        severity: 'note',
        title: 'service binding between Workers',
        docs: 'https://developers.cloudflare.com/workers/runtime-apis/bindings/service-bindings/',
    },
    P048: {
        severity: 'note',
        title: 'reverse proxy → routing',
        docs: 'https://developers.cloudflare.com/workers/configuration/routing/routes/',
    },
    P049: {
        severity: 'note',
        title: 'development tool not deployed',
        docs: 'https://developers.cloudflare.com/workers/',
    },
    P050: {
        severity: 'note',
        title: 'pitfall remedied in the generated build',
        docs: 'https://github.com/cloudflare/workers-sdk/issues/9309',
    },
    P051: {
        severity: 'warning',
        title: 'pitfall needs a code change',
        docs: 'https://developers.cloudflare.com/workers/runtime-apis/nodejs/',
    },
    P052: {
        severity: 'warning',
        title: 'pitfall remedy disabled',
        docs: 'https://developers.cloudflare.com/workers/runtime-apis/nodejs/',
    },
    P060: {
        severity: 'warning',
        title: 'Next.js → OpenNext',
        docs: 'https://opennext.js.org/cloudflare',
    },
    P061: {
        severity: 'error',
        title: 'no entry to run',
        docs: 'https://developers.cloudflare.com/workers/wrangler/configuration/',
    },
    P062: {
        severity: 'note',
        title: 'what a Worker build would need',
        docs: 'https://esbuild.github.io/content-types/#no-type-system',
    },
    P070: {
        severity: 'error',
        title: 'existing wrangler config conflicts with the app',
        docs: 'https://developers.cloudflare.com/workers/wrangler/configuration/',
    },
    P080: {
        severity: 'warning',
        title: '--write skipped an existing file',
        docs: 'https://developers.cloudflare.com/workers/ci-cd/builds/',
    },
    P081: {
        severity: 'warning',
        title: '--write changed package.json: refresh the lockfile',
        docs: 'https://developers.cloudflare.com/workers/platform/deploy-buttons/',
    },
};
/** Builds a diagnostic for a plan rule; `source` (`file:line`) is split into file and line. */
function planDiagnostic(ruleId, finding) {
    const rule = PLAN_RULES[ruleId];
    const diagnostic = {
        ruleId,
        severity: finding.severity ?? rule.severity,
        message: finding.message,
        docs: rule.docs,
    };
    if (finding.fix)
        diagnostic.fix = finding.fix;
    if (finding.source) {
        const match = /^(.*?):(\d+)$/.exec(finding.source);
        diagnostic.file = match ? match[1] : finding.source;
        if (match)
            diagnostic.line = Number(match[2]);
    }
    return diagnostic;
}
/**
 * Ambiguity (two ports, two candidate configs…): an error in CI naming the flag or override key that
 * resolves it, a warning with the chosen default otherwise.
 */
function ambiguity(ruleId, ci, finding) {
    return planDiagnostic(ruleId, {
        ...finding,
        message: ci
            ? `${finding.message} (CI mode does not guess)`
            : `${finding.message}; using ${finding.chosen}`,
        fix: `Set ${finding.resolveWith}.`,
        severity: ci ? 'error' : 'warning',
    });
}


/***/ }),

/***/ 4682:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ secretsToSet)
/* harmony export */ });
/** Secrets the user sets: the Worker's own, plus each Hyperdrive origin (read by provision). */
function secretsToSet(worker) {
    const hyperdrive = worker.bindings.filter((b) => b.type === 'hyperdrive');
    return [
        ...worker.secrets.map((name) => ({ name, purpose: 'Worker secret (`wrangler secret put`)' })),
        ...hyperdrive.map((b) => ({
            name: b.connectionSecret,
            purpose: `origin connection string for Hyperdrive ${b.binding} (provision creates the config from it)`,
        })),
    ];
}


/***/ }),

/***/ 2388:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  wz: () => (/* binding */ LISTENS_ELSEWHERE),
  kz: () => (/* binding */ NOT_LISTENING),
  ep: () => (/* binding */ importsOnFirstEvent),
  Ab: () => (/* binding */ renderShim)
});

;// CONCATENATED MODULE: ./src/plan/held-timers.ts
/** The prelude's export that sets the timers held while the Worker started (the entry calls it per event). */
const START_HELD_TIMERS = 'startHeldTimers';
/**
 * Prelude lines that hold the timers the app sets while the Worker starts. workerd refuses a timer in
 * global scope ("Disallowed operation called within global scope"), where the app's import runs; Fastify's
 * plugin loader (avvio) sets a watchdog timer per plugin there and clears it once the plugin has loaded
 * (https://fastify.dev/docs/latest/Reference/Server/#plugintimeout). Only the global functions are
 * wrapped: code that imports them from node:timers is not covered.
 */
const HELD_TIMERS = [
    '',
    '// Timers the app sets while the Worker starts (global scope, where workerd refuses them) wait here and',
    '// are set as the first event starts; one cleared before then is dropped.',
    "const TIMER_CLEARS = { setTimeout: 'clearTimeout', setInterval: 'clearInterval', setImmediate: 'clearImmediate' };",
    'const ownTimers = {};',
    'const heldTimers = new Set();',
    'let timersStarted = false;',
    "// What Node's Timeout and Immediate objects offer, for code that calls them before the timer is set.",
    'class HeldTimer {',
    '  constructor(kind, args) {',
    '    this.kind = kind;',
    '    this.args = args;',
    '    this.timer = undefined;',
    '    this.referenced = true;',
    '  }',
    '  start() {',
    '    this.timer = ownTimers[this.kind](...this.args);',
    '    if (!this.referenced) this.timer?.unref?.();',
    '  }',
    '  clear() {',
    '    heldTimers.delete(this);',
    '    if (this.timer !== undefined) ownTimers[TIMER_CLEARS[this.kind]](this.timer);',
    '  }',
    '  ref() { this.referenced = true; this.timer?.ref?.(); return this; }',
    '  unref() { this.referenced = false; this.timer?.unref?.(); return this; }',
    '  hasRef() { return this.referenced; }',
    '  refresh() { this.timer?.refresh?.(); return this; }',
    '  close() { this.clear(); return this; }',
    '  [Symbol.toPrimitive]() { return this.timer === undefined ? 0 : Number(this.timer); }',
    '}',
    // util.promisify(setTimeout) reads the function's own symbol (util.promisify.custom).
    'const withOwnSymbols = (wrapper, own) => {',
    '  for (const key of Object.getOwnPropertySymbols(own)) wrapper[key] = own[key];',
    '  return wrapper;',
    '};',
    'for (const [kind, clear] of Object.entries(TIMER_CLEARS)) {',
    '  ownTimers[kind] = globalThis[kind];',
    '  ownTimers[clear] = globalThis[clear];',
    '  globalThis[kind] = withOwnSymbols((...args) => {',
    '    if (timersStarted) return ownTimers[kind](...args);',
    '    const held = new HeldTimer(kind, args);',
    '    heldTimers.add(held);',
    '    return held;',
    '  }, ownTimers[kind]);',
    '  globalThis[clear] = (timer) =>',
    '    timer instanceof HeldTimer ? timer.clear() : ownTimers[clear](timer);',
    '}',
    '',
    '// Called by the entry as each event starts (inside a request, where timers are allowed).',
    `export function ${START_HELD_TIMERS}() {`,
    '  if (timersStarted) return;',
    '  timersStarted = true;',
    '  for (const held of heldTimers) held.start();',
    '  heldTimers.clear();',
    '}',
];

;// CONCATENATED MODULE: ./src/plan/node-debug.ts
/** What the NODE_DEBUG lines of the prelude import. */
const NODE_DEBUG_IMPORTS = [
    "import util from 'node:util';",
    "import process from 'node:process';",
];
/**
 * Prelude lines that make `util.debuglog` print only the sections NODE_DEBUG names, as Node does
 * (https://nodejs.org/api/util.html#utildebuglogsection-callback). workerd's prints every section
 * whatever NODE_DEBUG says (src/node/internal/debuglog.ts in cloudflare/workerd: "we'll just always
 * enable debuglog"), so Fastify's plugin loader (avvio) writes about a hundred lines to the logs on each cold
 * start. CommonJS code and `util.debuglog(…)` read the patched function; a named ESM import
 * (`import { debuglog } from 'node:util'`) keeps workerd's.
 */
const NODE_DEBUG = [
    '',
    "// util.debuglog prints only the sections NODE_DEBUG names, as in Node (workerd's prints them all).",
    "const debugSections = (process.env.NODE_DEBUG ?? '')",
    "  .replace(/[|\\\\{}()[\\]^$+?.]/g, '\\\\$&')",
    "  .replaceAll('*', '.*')",
    "  .replaceAll(',', '$|^');",
    "const debugEnabled = debugSections ? new RegExp(`^${debugSections}$`, 'i') : null;",
    'const runtimeDebuglog = util.debuglog;',
    'const debuglog = (section, callback) => {',
    '  if (debugEnabled?.test(section)) return runtimeDebuglog(section, callback);',
    '  const off = () => {};',
    "  Object.defineProperty(off, 'enabled', { get: () => false, enumerable: true });",
    '  return off;',
    '};',
    'util.debuglog = debuglog;',
    'util.debug = debuglog;',
];

;// CONCATENATED MODULE: ./src/plan/shim.ts


const HEADER = '// Generated by docker-to-workers. Edit the source app, not this file; re-run `docker-to-workers plan`.\n';
/** The prelude's export that copies Hyperdrive connection strings into process.env. */
const HYPERDRIVE_ENV = 'useHyperdriveEnv';
/** The prelude's export that waits until the app's server listens on a port. */
const SERVER_LISTENING = 'serverListening';
/** How long a request waits for the app to call listen before it answers an error. */
const LISTEN_WAIT_MS = 10_000;
/** How many of the app's last start-up log lines the "did not listen" answer quotes, and how long each. */
const STARTUP_LOG_LINES = 3;
const STARTUP_LOG_LINE_CHARS = 240;
/** How the answer of a request that waited in vain for listen begins (check reads it as a start-up failure). */
const NOT_LISTENING = 'The app did not listen on port';
/** How that answer goes on when the app listens on another port instead. */
const LISTENS_ELSEWHERE = ': it listens on';
/**
 * Whether the entry imports the app on the first event rather than as the Worker starts: with Hyperdrive,
 * once process.env holds the pooled connection strings (see appLines).
 */
function importsOnFirstEvent(hyperdriveEnv) {
    return Object.keys(hyperdriveEnv).length > 0;
}
/** Whether requests reach the app through node:http (no fetch handler of its own kept by a remedy). */
function waitsForListen(input) {
    return input.kind === 'http-server' && !input.handler;
}
/**
 * The app may call listen only after awaiting something (Nest's `await NestFactory.create()`, a
 * database connect): httpServerHandler finds no server on the port until then ("Http server with
 * port 3000 not found"). node:http in workerd emits 'listening' (with address().port) after listen
 * returns, as Node does (https://nodejs.org/api/net.html#event-listening).
 */
const LISTENING = [
    '',
    // Start-up often stops with only a log line to say why (Nest's "No driver (HTTP) has been
    // selected", written to process.stderr; a failed connect the app caught and logged).
    "// The app's last log lines (console, process.stdout/stderr) until it listens: the answer to a",
    '// request that waited in vain quotes them. Recording stops once the wait ends.',
    'const startupLog = [];',
    'const unrecord = [];',
    // workerd's process.stdout/stderr.write log through console ("stderr: …"): one line, not two.
    'let streamWriting = false;',
    'function remember(value) {',
    '  const text = ArrayBuffer.isView(value) ? new TextDecoder().decode(value) : String(value);',
    "  for (const line of text.replace(/\\x1b\\[[0-9;]*m/g, '').split('\\n')) {",
    `    if (line.trim()) startupLog.push(line.trim().slice(0, ${STARTUP_LOG_LINE_CHARS}));`,
    '  }',
    `  startupLog.splice(0, startupLog.length - ${STARTUP_LOG_LINES});`,
    '}',
    "for (const level of ['debug', 'info', 'log', 'warn', 'error']) {",
    '  const original = console[level];',
    '  console[level] = (...args) => {',
    '    if (!streamWriting) remember(format(...args));',
    '    return original.apply(console, args);',
    '  };',
    '  unrecord.push(() => (console[level] = original));',
    '}',
    // Wrapped on the streams' class, not the streams: pino writes to process.stdout itself, not through
    // sonic-boom, when process.stdout.write differs from its class's (pino's hasBeenTampered).
    'for (const proto of new Set([process.stdout, process.stderr].map(Object.getPrototypeOf))) {',
    '  const original = proto.write;',
    "  const own = Object.hasOwn(proto, 'write');",
    '  proto.write = function (chunk, ...rest) {',
    '    if (this === process.stdout || this === process.stderr) remember(chunk);',
    '    streamWriting = true;',
    '    try {',
    '      return original.call(this, chunk, ...rest);',
    '    } finally {',
    '      streamWriting = false;',
    '    }',
    '  };',
    '  unrecord.push(() => (own ? (proto.write = original) : delete proto.write));',
    '}',
    'const stopRecording = () => unrecord.splice(0).forEach((undo) => undo());',
    '',
    "// Port → a promise that resolves when one of the app's servers emits 'listening' on it.",
    'const ports = new Map();',
    'function port(number) {',
    '  if (!ports.has(number)) {',
    '    let resolve;',
    '    const ready = new Promise((r) => (resolve = r));',
    '    ports.set(number, { ready, resolve, listening: false });',
    '  }',
    '  return ports.get(number);',
    '}',
    'const listen = Server.prototype.listen;',
    'Server.prototype.listen = function (...args) {',
    "  this.once('listening', () => {",
    '    const entry = port(Number(this.address()?.port ?? args[0]));',
    '    entry.listening = true;',
    '    stopRecording();',
    '    entry.resolve();',
    '  });',
    '  return listen.apply(this, args);',
    '};',
    '',
    // A timer is allowed inside a request, not at global scope, so the wait starts with the event.
    '// Called by the entry as each event starts: null once the app listens on `number`, else (after',
    '// `ms`) a 503 that says what to check, instead of a request that hangs.',
    `export async function ${SERVER_LISTENING}(number, ms) {`,
    '  const entry = port(number);',
    '  if (entry.listening) return null;',
    '  let timer;',
    '  const waited = new Promise((r) => (timer = setTimeout(r, ms)));',
    '  await Promise.race([entry.ready, waited]);',
    '  clearTimeout(timer);',
    '  if (entry.listening) return null;',
    '  stopRecording();',
    '  const others = [...ports].filter(([, p]) => p.listening).map(([n]) => n);',
    '  const logged =',
    '    startupLog.length > 0 ? ` Its last log lines: ${startupLog.map((l) => `«${l}»`).join(" ")}.` : "";',
    '  const message =',
    `    \`${NOT_LISTENING} \${number} within \${ms / 1000} s\` +`,
    '    (others.length > 0',
    '      ? `' +
        LISTENS_ELSEWHERE +
        ' ${others.join(", ")} instead.${logged} Make it listen on ${number}, the port the plan serves (the Dockerfile\'s EXPOSE or PORT).`',
    '      : `.${logged} Check that it calls listen(${number}) and that its start-up before listen (an awaited bootstrap or database connect) finishes without an error.`);',
    '  console.error(message);',
    "  return new Response(message, { status: 503, headers: { 'content-type': 'text/plain' } });",
    '}',
];
function prelude(input) {
    const lines = [];
    const env = Object.entries(input.hyperdriveEnv);
    const hosts = Object.entries(input.serviceHosts);
    const waits = waitsForListen(input);
    const holds = input.holdStartupTimers === true;
    // A Node server app: its libraries' util.debuglog would print whatever NODE_DEBUG says.
    const nodeDebug = input.kind === 'http-server';
    if (env.length === 0 && hosts.length === 0 && !waits && !holds && !nodeDebug)
        return null;
    lines.push(HEADER, "// Imported by the entry before the app, so the app's modules load with this in place.");
    if (env.length > 0 || hosts.length > 0)
        lines.push("import { env } from 'cloudflare:workers';");
    if (waits)
        lines.push("import { Server } from 'node:http';", "import process from 'node:process';", "import { format } from 'node:util';");
    if (nodeDebug)
        lines.push(...NODE_DEBUG_IMPORTS);
    if (env.length > 0) {
        lines.push(...(waits ? [] : ["import process from 'node:process';"]), '', 
        // Not done here: a binding's connectionString throws "Disallowed operation called within
        // global scope", where this module runs, so the Worker would not start.
        '// Called by the entry as each request or cron event starts, before the app is imported.', `export function ${HYPERDRIVE_ENV}() {`);
        for (const [name, binding] of env) {
            lines.push(`  // ${name} pointed at the compose database; Hyperdrive ${binding} pools connections to it.`, 
            // Guarded: a local boot without the binding keeps the var as it was.
            `  if (env[${JSON.stringify(binding)}]) process.env[${JSON.stringify(name)}] = env[${JSON.stringify(binding)}].connectionString;`);
        }
        lines.push('}');
    }
    if (hosts.length > 0) {
        lines.push('', '// Compose service hostnames the app calls → service bindings (no public network hop).', `const SERVICE_HOSTS = ${JSON.stringify(Object.fromEntries(hosts))};`, 'const originalFetch = globalThis.fetch;', 'globalThis.fetch = (input, init) => {', '  const request = new Request(input, init);', 
        // By hostname, not host: `http://api:3000` must match whichever port the service listens on,
        // and compose often publishes none (the port is only the Dockerfile's EXPOSE).
        '  const binding = SERVICE_HOSTS[new URL(request.url).hostname];', '  return binding && env[binding] ? env[binding].fetch(request) : originalFetch(request);', '};');
    }
    if (waits)
        lines.push(...LISTENING);
    if (holds)
        lines.push(...HELD_TIMERS);
    if (nodeDebug)
        lines.push(...NODE_DEBUG);
    // Each import once (several parts need node:process).
    return `${lines.filter((line, i) => !line.startsWith('import ') || lines.indexOf(line) === i).join('\n')}\n`;
}
function scheduled(input, first, handler = 'app') {
    const paths = Object.entries(input.cronPaths);
    if (paths.length === 0)
        return [];
    return [
        "  // Cron Triggers replace the container's cron jobs that called the app over HTTP.",
        '  async scheduled(controller, env, ctx) {',
        ...first,
        `    const path = ${JSON.stringify(Object.fromEntries(paths))}[controller.cron];`,
        `    if (path) await ${handler}.fetch(new Request(new URL(path, 'http://localhost')), env, ctx);`,
        '  },',
    ];
}
const REDIS_STATE = [
    '',
    '// Replaces Redis where it was used for counters/locks: one strongly consistent object per name.',
    'export class RedisState extends DurableObject {',
    '  async get(key) { return (await this.ctx.storage.get(key)) ?? null; }',
    '  async set(key, value) { await this.ctx.storage.put(key, value); return "OK"; }',
    '  async incr(key, by = 1) { const next = ((await this.ctx.storage.get(key)) ?? 0) + by; await this.ctx.storage.put(key, next); return next; }',
    '  async del(key) { return (await this.ctx.storage.delete(key)) ? 1 : 0; }',
    '}',
];
/** The http-server entry's handler: the app's fetch handler kept by a remedy, else node:http's. */
function serverImport(input) {
    return input.handler
        ? [
            "// The app's own fetch handler, kept by the generated stand-in for its server package.",
            `import handler from ${JSON.stringify(`./${input.handler}`)};`,
        ]
        : ["import { httpServerHandler } from 'cloudflare:node';"];
}
function serverHandler(input) {
    return input.handler ? 'handler' : `httpServerHandler({ port: ${input.port} })`;
}
/** Statements each request or cron event runs first, before the app handles it. */
function firstSteps(input, deferred) {
    const steps = input.holdStartupTimers ? [`    ${START_HELD_TIMERS}();`] : [];
    if (deferred)
        steps.push(`    ${HYPERDRIVE_ENV}();`, '    await loadApp();');
    if (waitsForListen(input))
        steps.push(`    const notListening = await ${SERVER_LISTENING}(${input.port}, ${LISTEN_WAIT_MS});`, '    if (notListening) return notListening;');
    return steps;
}
/** How the entry loads the prelude: for its exports, or only for its effects. */
function preludeImport(input, deferred, hasPrelude) {
    const names = [
        ...(input.holdStartupTimers ? [START_HELD_TIMERS] : []),
        ...(deferred ? [HYPERDRIVE_ENV] : []),
        ...(waitsForListen(input) ? [SERVER_LISTENING] : []),
    ];
    if (names.length > 0)
        return [`import { ${names.join(', ')} } from './prelude.mjs';`];
    return hasPrelude ? ["import './prelude.mjs';"] : [];
}
/**
 * The app and its handler. With Hyperdrive, the app is imported on the first event, after
 * process.env holds the pooled connection strings: a module-scope `new Pool({ connectionString:
 * process.env.DATABASE_URL })` then sees Hyperdrive's, not the compose value. (A binding's
 * connectionString cannot be read while the Worker starts: "Disallowed operation called within
 * global scope".)
 */
function appLines(input, deferred, declare = 'const app =') {
    const server = input.kind === 'http-server';
    if (deferred)
        return [
            ...(server ? serverImport(input) : []),
            '',
            '// The app itself, unchanged, imported once process.env holds the Hyperdrive connection strings.',
            'let loaded;',
            `const loadApp = () => (loaded ??= import(${JSON.stringify(input.appImport)}));`,
            ...(server
                ? [
                    `// Requests reach the server the app starts on port ${input.port} (it calls listen when imported).`,
                    `const app = ${serverHandler(input)};`,
                ]
                : []),
        ];
    if (!server)
        return [`import app from ${JSON.stringify(input.appImport)};`];
    return [
        `// The app itself, unchanged: it calls listen(${input.port}) as it loads, or once its start-up resolves.`,
        `import ${JSON.stringify(input.appImport)};`,
        ...serverImport(input),
        '',
        input.handler
            ? '// Requests reach the fetch handler the app served.'
            : `// Requests reach the server the app started on port ${input.port}.`,
        `${declare} ${serverHandler(input)};`,
    ];
}
function javascriptEntry(input, hasPrelude) {
    const lines = [HEADER];
    const deferred = importsOnFirstEvent(input.hyperdriveEnv);
    if (input.redisStateClass)
        lines.push("import { DurableObject } from 'cloudflare:workers';");
    lines.push(...preludeImport(input, deferred, hasPrelude));
    const first = firstSteps(input, deferred);
    const handler = deferred && input.kind !== 'http-server' ? '(await loadApp()).default' : 'app';
    const extra = scheduled(input, first, handler);
    if (first.length === 0 && extra.length === 0) {
        // Nothing runs before the app's handler on an event: it is the Worker's.
        if (input.kind === 'http-server')
            lines.push(...appLines(input, deferred, 'export default'));
        else
            lines.push("// The app's own fetch handler (Hono / itty / a `fetch` export), unchanged.", `export { default } from ${JSON.stringify(input.appImport)};`);
    }
    else {
        lines.push(...appLines(input, deferred), '', 'export default {', '  async fetch(request, env, ctx) {', ...first, `    return ${handler}.fetch(request, env, ctx);`, '  },', ...extra, '};');
    }
    if (input.redisStateClass)
        lines.push(...REDIS_STATE);
    return `${lines.join('\n')}\n`;
}
function pythonEntry(input) {
    const [module, attribute] = (input.pythonApp ?? 'main:app').split(':');
    return [
        '# Generated by docker-to-workers: runs the ASGI app on Python Workers (Pyodide).',
        'from workers import WorkerEntrypoint',
        'import asgi',
        `from ${module} import ${attribute} as app`,
        '',
        '',
        'class Default(WorkerEntrypoint):',
        '    async def fetch(self, request):',
        '        return await asgi.fetch(app, request, self.env)',
        '',
    ].join('\n');
}
/** The files of the entry: `entry.mjs` (or `entry.py`) and, when needed, `prelude.mjs`. */
function renderShim(input) {
    if (input.kind === 'python')
        return { main: 'entry.py', modules: { 'entry.py': pythonEntry(input) } };
    const before = prelude(input);
    const modules = { 'entry.mjs': javascriptEntry(input, before !== null) };
    if (before)
        modules['prelude.mjs'] = before;
    return { main: 'entry.mjs', modules };
}


/***/ }),

/***/ 6645:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nf: () => (/* binding */ readSourceFiles),
/* harmony export */   bm: () => (/* binding */ hitRef),
/* harmony export */   lC: () => (/* binding */ findInSources),
/* harmony export */   rP: () => (/* binding */ listSources)
/* harmony export */ });
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



const SOURCE_EXTENSIONS = /\.(?:[cm]?[jt]s|[jt]sx)$/;
const SKIPPED_DIRS = new Set([
    'node_modules',
    '.git',
    '.docker-to-workers',
    '.wrangler',
    '.next',
    '.open-next',
    'coverage',
    'test',
    'tests',
    '__tests__',
]);
/** Source files above this size are generated or vendored; patterns in them are not the app's code. */
const MAX_SOURCE_BYTES = 512 * 1024;
/** Reads at a time: a repository can hold 100,000 files, and a file handle each would be EMFILE. */
const READ_CONCURRENCY = 16;
/**
 * Collects source and Wasm paths below `dir` from the directory entries alone (no stat per file):
 * skipped and dotted directories are never entered; below `skip` only Wasm modules are kept.
 */
async function walk(root, dir, skip, out) {
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, dir), { withFileTypes: true, encoding: 'buffer' }).catch(() => []);
    const keepSources = skip === null || (dir !== skip && !dir.startsWith(`${skip}/`));
    for (const entry of entries) {
        // A name that is not UTF-8 cannot be given back as a string path; such files are left out.
        if (!(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(entry.name))
            continue;
        const name = entry.name.toString('utf8');
        const path = node_path__WEBPACK_IMPORTED_MODULE_2__.posix.join(dir, name);
        if (entry.isDirectory()) {
            if (!SKIPPED_DIRS.has(name) && !name.startsWith('.')) {
                await walk(root, path, skip, out);
            }
        }
        else if (entry.isFile() && name.endsWith('.wasm')) {
            out.wasm.push(path);
        }
        else if (keepSources &&
            entry.isFile() &&
            SOURCE_EXTENSIONS.test(name) &&
            !name.endsWith('.d.ts')) {
            out.sources.push(path);
        }
    }
}
/** `read` over `items`, `READ_CONCURRENCY` at a time, in order. */
async function mapBounded(items, read) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await read(items[index]);
        }
    };
    await Promise.all(Array.from({ length: READ_CONCURRENCY }, worker));
    return results;
}
/** The file's text, or null when it is over the size cap (checked before reading) or unreadable. */
async function readSource(path) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path).catch(() => null);
    if (!info || info.size > MAX_SOURCE_BYTES)
        return null;
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, 'utf8').catch(() => null);
    return text !== null && text.length <= MAX_SOURCE_BYTES ? text : null;
}
/**
 * Lists the sources under `dir` (repository-relative) and its Wasm modules with their sizes, minus the
 * sources under `skip` (a build's output directory: its code is the sources'). Reads no source: a
 * repository of 100,000 files costs one listing per directory, and only the files used are read.
 */
async function listSources(root, dir, skip = null) {
    const found = { sources: [], wasm: [] };
    const start = node_path__WEBPACK_IMPORTED_MODULE_2__.posix.normalize(dir);
    const skipped = skip === null ? null : node_path__WEBPACK_IMPORTED_MODULE_2__.posix.join(start, skip).replace(/\/+$/, '');
    await walk(root, start, skipped, found);
    const sizes = await mapBounded(found.wasm, (path) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, path)).then((info) => info.size, () => 0));
    const wasm = found.wasm.map((path, i) => ({ path, bytes: sizes[i] }));
    return { sources: found.sources, wasm };
}
/** The readable files among `paths` (repository-relative), in order, a bounded number at a time. */
async function readSourceFiles(root, paths) {
    const texts = await mapBounded(paths, (path) => readSource((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, path)));
    return paths.flatMap((path, i) => {
        const text = texts[i];
        return text === null || text === undefined ? [] : [{ path, text }];
    });
}
/** Every line matching `pattern` (no `g` flag needed), as `file:line` hits. */
function findInSources(files, pattern) {
    const hits = [];
    // A whole-file pre-test skips most files; multiline so `^` still means "start of a line".
    const anyLine = pattern.multiline ? pattern : new RegExp(pattern.source, `${pattern.flags}m`);
    for (const file of files) {
        if (!anyLine.test(file.text))
            continue;
        file.text.split('\n').forEach((text, index) => {
            const match = pattern.exec(text);
            if (match)
                hits.push({ file: file.path, line: index + 1, text: text.trim(), match });
        });
    }
    return hits;
}
function hitRef(hit) {
    return `${hit.file}:${hit.line}`;
}


/***/ }),

/***/ 2086:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  p: () => (/* binding */ writePlan),
  E: () => (/* binding */ writeWorkerConfig)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/toolchain/npm.ts
var npm = __webpack_require__(2494);
// EXTERNAL MODULE: ./src/toolchain/store.ts
var toolchain_store = __webpack_require__(1270);
// EXTERNAL MODULE: ./src/util/node-require.ts
var node_require = __webpack_require__(6916);
// EXTERNAL MODULE: ./src/plan/button.ts
var plan_button = __webpack_require__(4451);
// EXTERNAL MODULE: ./src/plan/jsonc.ts
var jsonc = __webpack_require__(8148);
// EXTERNAL MODULE: ./src/plan/remedies.ts
var remedies = __webpack_require__(883);
// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(9547);
;// CONCATENATED MODULE: ./src/plan/repo-package.ts

/** Where each package manager reads version overrides (npm and bun: `overrides`; yarn: `resolutions`). */
function overridesPath(manager) {
    if (manager === 'pnpm')
        return ['pnpm', 'overrides'];
    if (manager === 'yarn')
        return ['resolutions'];
    return ['overrides'];
}
/** The user's own indentation and line ends, so the edit changes only the lines it adds. */
function formatOf(text) {
    const indent = /\n([ \t]+)"/.exec(text)?.[1] ?? '  ';
    return {
        insertSpaces: !indent.startsWith('\t'),
        tabSize: indent.startsWith('\t') ? 1 : indent.length,
        eol: text.includes('\r\n') ? '\r\n' : '\n',
    };
}
/**
 * Adds each missing key with jsonc-parser's edits (formatting and key order kept); keys the user
 * already has are left as they are. Returns the new text and the paths it added.
 */
function editPackageJson(text, manager, edits) {
    const wanted = [
        ...Object.entries(edits.overrides).map(([name, version]) => [
            [...overridesPath(manager), name],
            version,
        ]),
        ...Object.entries(edits.dependencies).map(([name, version]) => [
            ['dependencies', name],
            version,
        ]),
        ...Object.entries(edits.descriptions).map(([name, description]) => [
            ['cloudflare', 'bindings', name, 'description'],
            description,
        ]),
    ];
    const formattingOptions = formatOf(text);
    const added = [];
    let result = text;
    for (const [path, value] of wanted) {
        if ((0,main.findNodeAtLocation)((0,main.parseTree)(result) ?? { type: 'null', offset: 0, length: 0 }, path))
            continue;
        result = (0,main.applyEdits)(result, (0,main.modify)(result, path, value, { formattingOptions }));
        added.push(path.join('.'));
    }
    return { text: result, added };
}

// EXTERNAL MODULE: ./src/plan/secrets.ts
var plan_secrets = __webpack_require__(4682);
;// CONCATENATED MODULE: ./src/plan/report.ts


const VERDICT_TEXT = {
    ready: 'ready — deploys as is',
    'needs-changes': 'needs changes',
    container: 'container — runs as the image on Cloudflare Containers',
    unsupported: 'unsupported',
};
function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
function table(headers, rows) {
    return [
        `| ${headers.join(' | ')} |`,
        `|${headers.map(() => '---').join('|')}|`,
        ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
    ];
}
function workerSection(worker) {
    const lines = [
        `## ${worker.name}${worker.service ? ` (compose service \`${worker.service}\`)` : ''}`,
        '',
        `- **Verdict:** ${VERDICT_TEXT[worker.verdict]}${worker.verdict === 'ready' ? '' : ` (${worker.verdictReason})`}`,
        `- **Target:** \`${worker.target}\` — ${worker.targetReason}${worker.targetSource ? ` (${worker.targetSource})` : ''}`,
        `- **Compatibility:** ${worker.compatibilityDate}${worker.compatibilityFlags.length ? `, flags ${worker.compatibilityFlags.map((f) => `\`${f}\``).join(', ')}` : ''}`,
        `- **Files:** \`${worker.files.wranglerConfig}\`, \`${worker.files.shim}\`${worker.baseConfig ? ` (based on your \`${worker.baseConfig}\`)` : ''}`,
        ...(worker.deployButton
            ? [
                `- **Deploy to Cloudflare:** ${(0,plan_button/* deployButtonMarkdown */.z0)(worker.deployButton)} (after \`docker-to-workers plan --write\` is committed: it puts the config, the entry, \`.dev.vars.example\` and the binding descriptions where the button reads them)`,
            ]
            : []),
        '',
        '### Conversion',
        '',
        ...table(['Docker / compose', 'Source', 'Outcome', 'Became', 'Why'], worker.report.map((r) => [`\`${r.key}\``, r.source, r.outcome, r.became, r.why])),
        '',
    ];
    if (worker.remedies.length) {
        lines.push('### Remedies applied in the generated build (your files are untouched)', '', ...worker.remedies.map((r) => `- \`${r.pitfallId}\`: ${r.description}`), '');
    }
    lines.push('### Code changes', '');
    lines.push(...(worker.codeChanges.length
        ? worker.codeChanges.map((c) => `- \`${c.file}${c.line ? `:${c.line}` : ''}\`: ${c.change} — ${c.why}`)
        : ['None.']), '');
    const secrets = (0,plan_secrets/* secretsToSet */.b)(worker);
    lines.push('### Secrets to set', '', ...(secrets.length ? secrets.map((s) => `- \`${s.name}\`: ${s.purpose}`) : ['None.']), '');
    return lines;
}
/** MIGRATION.md: a summary, then per Worker the kompose-style table, code changes, secrets and verdict. */
function renderMigration(plan) {
    const lines = [
        '# Migration to Cloudflare Workers',
        '',
        `Generated by \`docker-to-workers plan\` for \`${plan.root}\`. Regenerate it rather than editing it.`,
        '',
        ...table(['Worker', 'Target', 'Verdict', 'Bindings'], plan.workers.map((w) => [
            w.name,
            w.target,
            w.verdict,
            w.bindings.map((b) => `${b.type} ${b.binding}`).join(', ') || '—',
        ])),
        '',
    ];
    for (const worker of plan.workers)
        lines.push(...workerSection(worker));
    const findings = plan.diagnostics.filter((d) => d.severity !== 'note');
    if (findings.length) {
        lines.push('## Findings', '', ...findings.map((d) => `- ${d.severity} ${d.ruleId}${d.file ? ` \`${d.file}${d.line ? `:${d.line}` : ''}\`` : ''}: ${d.message}${d.fix ? ` — ${d.fix}` : ''}`), '');
    }
    return lines.join('\n');
}

// EXTERNAL MODULE: ./src/plan/rules.ts
var rules = __webpack_require__(1324);
;// CONCATENATED MODULE: ./src/plan/write.ts












const HEADER = (worker) => `Generated by docker-to-workers for ${worker.name} (target ${worker.target}).\nSee MIGRATION.md for what each key replaces. Regenerate with \`docker-to-workers plan\` rather than editing.`;
async function exists(path) {
    return (0,promises_.access)(path).then(() => true, () => false);
}
async function installedVersion(dir, name) {
    const text = await (0,promises_.readFile)((0,external_node_path_.join)(dir, 'node_modules', name, 'package.json'), 'utf8').catch(() => null);
    return text ? (JSON.parse(text).version ?? null) : null;
}
/**
 * `npm install --prefix <worker>` for packages not already there at that version (imports from the
 * shim resolve them), downloading into the package store when there is one; returns what it installed.
 */
async function installVendor(dir, packages, ctx) {
    const missing = [];
    for (const pkg of packages)
        if ((await installedVersion(dir, pkg.name)) !== pkg.version)
            missing.push(pkg);
    if (missing.length === 0)
        return [];
    const specs = missing.map((p) => `${p.name}@${p.version}`);
    const store = ctx.env.DOCKER_TO_WORKERS_STORE;
    const env = store ? (0,toolchain_store/* storeSettings */.l)('npm', store, false).env : {};
    const failure = await (0,npm/* installInto */.a)(ctx, dir, specs, 180_000, env);
    if (failure !== null) {
        throw new errors/* UserError */.y(`Could not install ${specs.join(', ')} for the generated build: ${failure}`, {
            fix: 'Check that the npm registry is reachable, or run plan with --no-remedies and make the listed code changes.',
        });
    }
    return specs;
}
/** Relative imports in a generated module, re-pointed from one directory to another. */
function moveImports(source, fromDir, toDir) {
    return source.replace(/((?:from|import)\s+)"(\.{1,2}\/[^"]+)"/g, (_m, prefix, spec) => {
        const moved = external_node_path_.posix.relative(toDir, external_node_path_.posix.join(fromDir, spec));
        return `${prefix}"${moved.startsWith('.') ? moved : `./${moved}`}"`;
    });
}
/**
 * The vendored remedies as package.json edits: the output directory holding the vendored copies is
 * not in a fresh clone (Workers Builds, the Deploy button), so the repository's config aliases
 * nothing there; an override of the same version does the same for a fresh install.
 */
function repoPackageEdits(worker, generated) {
    const aliased = new Map(Object.entries(generated.config.alias ?? {}));
    const overrides = {};
    const dependencies = {};
    for (const pkg of generated.vendor) {
        const from = [...aliased].find(([, path]) => path === (0,remedies/* vendorPath */.y)(pkg.name))?.[0];
        if (from)
            overrides[from] = pkg.version;
        else
            dependencies[pkg.name] = pkg.version;
    }
    return { overrides, dependencies, descriptions: (0,plan_button/* bindingDescriptions */.hm)(worker) };
}
/** Whether an alias target is a package specifier (resolved by Node), not a path. */
const isBare = (target) => !/^[./]/.test(target);
/** The repository's copy of the config: paths re-pointed from the output directory, no vendored aliases. */
function repoConfig(generated, overrides, move) {
    const config = { ...generated.config, main: move(generated.config.main) };
    if (!generated.config.main)
        delete config.main;
    for (const key of ['assets', 'build']) {
        const value = generated.config[key];
        if (value)
            config[key] = {
                ...value,
                ...(value.directory ? { directory: move(value.directory) } : {}),
                ...(value.cwd ? { cwd: move(value.cwd) } : {}),
            };
    }
    const alias = Object.entries(generated.config.alias ?? {}).filter(([name]) => !(name in overrides));
    // A bare alias target (a package name, resolved by Node) is the same from anywhere in the app.
    const path = (v) => (isBare(v) ? v : move(v));
    if (alias.length)
        config.alias = Object.fromEntries(alias.map(([k, v]) => [k, path(v)]));
    else
        delete config.alias;
    return config;
}
/** Adds the remedies, the shim's packages and the binding descriptions to the service's package.json. */
async function editRepoPackage(plan, worker, edits, ctx) {
    const path = external_node_path_.posix.join(worker.dir, 'package.json');
    const text = await (0,promises_.readFile)((0,external_node_path_.join)(plan.root, path), 'utf8').catch(() => null);
    if (text === null || !plan.written)
        return;
    const edited = editPackageJson(text, plan.app.packageManager, edits);
    if (edited.added.length === 0)
        return;
    await (0,promises_.writeFile)((0,external_node_path_.join)(plan.root, path), edited.text);
    plan.written.edited.push(path);
    if (!edited.added.some((key) => !key.startsWith('cloudflare.')))
        return;
    const refreshed = await refreshLockfile(plan, worker, ctx);
    if (refreshed)
        return;
    const manager = plan.app.packageManager ?? 'npm';
    plan.diagnostics.push((0,rules/* planDiagnostic */.Xb)('P081', {
        message: `--write added ${edited.added.filter((k) => !k.startsWith('cloudflare.')).join(', ')} to ${path}; the lockfile does not have them yet`,
        fix: `Run \`${manager} install\` in ${worker.dir} and commit the lockfile with the change (a frozen install, as Workers Builds runs, fails until then).`,
        source: path,
    }));
}
/** npm's lockfile follows package.json without installing anything; other managers are left to the user. */
async function refreshLockfile(plan, worker, ctx) {
    const dir = (0,external_node_path_.join)(plan.root, worker.dir);
    if ((plan.app.packageManager ?? 'npm') !== 'npm')
        return false;
    if (!(await exists((0,external_node_path_.join)(dir, 'package-lock.json'))))
        return true;
    const result = await ctx.exec('npm', ['install', '--package-lock-only', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: dir, timeoutMs: 180_000 });
    if (result.exitCode === 0)
        plan.written?.edited.push(external_node_path_.posix.join(worker.dir, 'package-lock.json'));
    return result.exitCode === 0;
}
/**
 * `--write`: what Workers Builds and the Deploy to Cloudflare button read, put into the service
 * directory: the config (paths re-pointed) and shim, `.dev.vars.example`, package.json's remedies and
 * binding descriptions. Existing files are never overwritten; package.json only gains missing keys.
 */
async function writeIntoRepo(plan, worker, workerDir, ctx) {
    const generated = worker.generated;
    if (!generated || worker.baseConfig)
        return;
    const targetDir = (0,external_node_path_.join)(plan.root, worker.dir);
    // Generated modules are written beside the config; other paths are re-pointed from the output dir.
    const move = (p) => typeof p === 'string' && p.replace(/^\.\//, '') in generated.modules
        ? p
        : typeof p === 'string'
            ? external_node_path_.posix.relative(targetDir, external_node_path_.posix.join(workerDir, p)) || '.'
            : p;
    const edits = repoPackageEdits(worker, generated);
    const files = {
        'wrangler.jsonc': (0,jsonc/* renderJsonc */.S)(repoConfig(generated, edits.overrides, move), generated.comments, HEADER(worker)),
    };
    for (const [name, source] of Object.entries(generated.modules))
        files[name] = moveImports(source, workerDir, targetDir);
    const devVars = (0,plan_button/* devVarsExample */.E1)(worker);
    if (devVars)
        files['.dev.vars.example'] = devVars;
    plan.written ??= { created: [], skipped: [], edited: [] };
    for (const [name, text] of Object.entries(files)) {
        const path = external_node_path_.posix.join(worker.dir, name);
        if (await exists((0,external_node_path_.join)(plan.root, path))) {
            plan.written.skipped.push(path);
            plan.diagnostics.push((0,rules/* planDiagnostic */.Xb)('P080', {
                message: `--write left ${path} alone: it already exists`,
                fix: `Compare it with ${worker.files.wranglerConfig} in the output directory and merge by hand.`,
                source: path,
            }));
        }
        else {
            await (0,promises_.writeFile)((0,external_node_path_.join)(plan.root, path), text);
            plan.written.created.push(path);
        }
    }
    await editRepoPackage(plan, worker, edits, ctx);
}
/**
 * The output directory's config: wrangler resolves a bare alias target with Node's resolution from the
 * config's directory (`require.resolve(target, { paths: [projectRoot] })`, wrangler's alias plugin), which
 * finds nothing when the output directory is outside the app. Each one the service's directory resolves
 * (its node_modules or a parent's, where a monorepo hoists) becomes the path of that file; one not
 * installed yet stays bare, and check writes the config again after installing.
 */
function outputConfig(config, serviceDir, workerDir) {
    const alias = config.alias;
    if (!alias || !Object.values(alias).some(isBare))
        return config;
    const resolve = (0,node_require/* nodeRequire */.A)((0,external_node_path_.join)(serviceDir, 'package.json'))?.resolve;
    if (!resolve)
        return config;
    const located = (target) => {
        try {
            const path = (0,external_node_path_.relative)(workerDir, resolve(target)).split(external_node_path_.sep).join('/');
            return path.startsWith('.') ? path : `./${path}`;
        }
        catch {
            return target;
        }
    };
    return {
        ...config,
        alias: Object.fromEntries(Object.entries(alias).map(([name, target]) => [
            name,
            isBare(target) ? located(target) : target,
        ])),
    };
}
/** `<outDir>/<worker>/wrangler.jsonc`, its bare alias targets resolved from the service's directory. */
async function writeWorkerConfig(plan, worker) {
    const generated = worker.generated;
    if (!generated)
        return;
    const workerDir = (0,external_node_path_.join)(plan.outDir, worker.name);
    const config = outputConfig(generated.config, (0,external_node_path_.join)(plan.root, worker.dir), workerDir);
    await (0,promises_.writeFile)((0,external_node_path_.join)(workerDir, 'wrangler.jsonc'), (0,jsonc/* renderJsonc */.S)(config, generated.comments, HEADER(worker)));
}
/**
 * Writes plan.json, MIGRATION.md and each Worker's wrangler.jsonc + shim into the output directory;
 * returns the packages it installed for the generated builds (`name@version`).
 */
async function writePlan(plan, ctx, options = {}) {
    const installed = [];
    for (const worker of plan.workers) {
        const workerDir = (0,external_node_path_.join)(plan.outDir, worker.name);
        await (0,promises_.mkdir)(workerDir, { recursive: true });
        const generated = worker.generated;
        if (!generated)
            continue;
        await writeWorkerConfig(plan, worker);
        for (const [name, source] of Object.entries(generated.modules)) {
            await (0,promises_.mkdir)((0,external_node_path_.dirname)((0,external_node_path_.join)(workerDir, name)), { recursive: true });
            await (0,promises_.writeFile)((0,external_node_path_.join)(workerDir, name), source);
        }
        if (options.install !== false && generated.vendor.length)
            installed.push(...(await installVendor(workerDir, generated.vendor, ctx)));
        if (options.intoRepo)
            await writeIntoRepo(plan, worker, workerDir, ctx);
    }
    await (0,promises_.writeFile)((0,external_node_path_.join)(plan.outDir, 'MIGRATION.md'), renderMigration(plan));
    await (0,promises_.writeFile)((0,external_node_path_.join)(plan.outDir, 'plan.json'), `${JSON.stringify(plan, null, 2)}\n`);
    return installed;
}


/***/ }),

/***/ 2494:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ installInto)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);

/**
 * `npm install` of exact packages into `<dir>/node_modules`, touching no package.json or lockfile:
 * how tools (wrangler) and generated-build packages (remedies) are installed. Returns npm's last error
 * line, or null on success.
 */
async function installInto(ctx, dir, specs, timeoutMs, env = {}) {
    ctx.log.info(`Installing ${specs.join(', ')} into ${dir}`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
    const result = await ctx.exec('npm', [
        'install',
        '--no-save',
        '--no-audit',
        '--no-fund',
        '--no-package-lock',
        '--prefer-offline',
        '--prefix',
        dir,
        ...specs,
    ], { timeoutMs, env });
    return result.exitCode === 0 ? null : (result.stderr.trim().split('\n').pop() ?? 'npm failed');
}


/***/ }),

/***/ 5134:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ findPackageDir)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/**
 * Node's lookup of `name` from `fromDir`: the nearest `node_modules/<name>` up the tree. Done by hand
 * because the bundler rewrites `require.resolve`/`createRequire` calls at build time.
 */
async function findPackageDir(fromDir, name) {
    let dir = fromDir;
    for (;;) {
        const candidate = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'node_modules', name);
        const found = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.access)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(candidate, 'package.json')).then(() => true, () => false);
        if (found)
            return candidate;
        const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir);
        if (parent === dir)
            return null;
        dir = parent;
    }
}


/***/ }),

/***/ 1270:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ storeSettings)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Points a package manager's download store at `<store>/<manager>` (`DOCKER_TO_WORKERS_STORE`), as
 * arguments and environment for its install: the action restores and saves that directory, keyed on
 * the lockfiles.
 */
function storeSettings(manager, store, yarnBerry) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(store, manager);
    switch (manager) {
        case 'npm':
            return { args: [], env: { npm_config_cache: dir } };
        case 'pnpm':
            return { args: ['--store-dir', dir], env: {} };
        case 'bun':
            return { args: [], env: { BUN_INSTALL_CACHE_DIR: dir } };
        case 'yarn':
            // Yarn 2+ keeps its cache in the global folder by default (enableGlobalCache).
            return {
                args: [],
                env: yarnBerry ? { YARN_GLOBAL_FOLDER: dir } : { YARN_CACHE_FOLDER: dir },
            };
    }
}


/***/ }),

/***/ 9117:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LQ: () => (/* binding */ isModuleFile),
/* harmony export */   YS: () => (/* binding */ preloadRuntime),
/* harmony export */   by: () => (/* binding */ supportedCompatibilityDate),
/* harmony export */   hv: () => (/* binding */ bootWorker)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _util_node_require_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6916);
/* harmony import */ var _packages_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5134);





/**
 * miniflare's module. It is CommonJS: Node's own `require` (fetched at run time, so the bundler
 * neither rewrites nor follows it) skips the named-export scan `import()` runs over its 4 MB file,
 * about 0.2 s; Node before 20.16 has no `process.getBuiltinModule` and takes the `import()`.
 */
async function loadModule(main) {
    const require = (0,_util_node_require_js__WEBPACK_IMPORTED_MODULE_4__/* .nodeRequire */ .A)(main);
    if (require)
        return require(main);
    return import(/* webpackIgnore: true */ (0,node_url__WEBPACK_IMPORTED_MODULE_2__.pathToFileURL)(main).href);
}
async function loadMiniflare(wrangler) {
    const dir = await (0,_packages_js__WEBPACK_IMPORTED_MODULE_3__/* .findPackageDir */ .h)(wrangler.packageDir, 'miniflare');
    if (!dir)
        throw new Error(`miniflare is missing from the wrangler install at ${wrangler.packageDir}`);
    const pkg = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'package.json'), 'utf8'));
    const { Miniflare, convertV4MiniflareOptions: convert } = (await loadModule((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, pkg.main)));
    return (workers, onOutput) => {
        const options = { workers, port: 0 };
        if (!convert) {
            return new Miniflare(onOutput ? { ...options, handleRuntimeStdio: forwardStdio(onOutput) } : options);
        }
        // miniflare 5 reads workerd's output only as structured logs (one message per log line).
        const handleStructuredLogs = onOutput
            ? (log) => onOutput(`${log.message}\n`)
            : undefined;
        return new Miniflare(convert({ ...options, handleStructuredLogs }));
    };
}
/**
 * The newest compatibility date the wrangler install's workerd supports: the `compatibilityDate` its npm
 * package exports (`workerd --version` prints the same date; wrangler 4.164 defaults to it, miniflare 4
 * exposed it as `supportedCompatibilityDate`). Read from the install, so an older `wrangler-version`
 * gets a date its own runtime accepts (4.86.0 → 2026-04-26, 4.164.0 → 2026-11-17).
 */
async function supportedCompatibilityDate(wrangler) {
    const dir = await (0,_packages_js__WEBPACK_IMPORTED_MODULE_3__/* .findPackageDir */ .h)(wrangler.packageDir, 'workerd');
    if (!dir)
        throw new Error(`workerd is missing from the wrangler install at ${wrangler.packageDir}`);
    const pkg = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'package.json'), 'utf8'));
    const { compatibilityDate } = (await loadModule((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, pkg.main)));
    if (typeof compatibilityDate !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(compatibilityDate)) {
        throw new Error(`workerd at ${dir} exports no compatibilityDate`);
    }
    return compatibilityDate;
}
/** Loads miniflare ahead of a boot (e.g. while wrangler bundles); the module stays cached. */
async function preloadRuntime(wrangler) {
    await loadMiniflare(wrangler);
}
function forwardStdio(onOutput) {
    return (stdout, stderr) => {
        for (const stream of [stdout, stderr])
            stream.setEncoding('utf8').on('data', onOutput);
    };
}
/** miniflare's module type for each file extension a bundle can contain (as wrangler's rules). */
const MODULE_TYPES = [
    { type: 'ESModule', extensions: ['js', 'mjs'] },
    { type: 'CommonJS', extensions: ['cjs'] },
    { type: 'CompiledWasm', extensions: ['wasm'] },
    { type: 'Text', extensions: ['txt', 'html', 'sql'] },
    { type: 'Data', extensions: ['bin'] },
];
const moduleType = (path) => MODULE_TYPES.find((t) => t.extensions.some((e) => path.endsWith(`.${e}`)))?.type;
/** Whether a file in wrangler's out dir is one of the Worker's modules (not a map or a README). */
const isModuleFile = (path) => moduleType(path) !== undefined;
/** The Worker's modules: those given, or every module file beside the entry (wrangler's out dir). */
async function moduleOptions(options) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(options.scriptPath);
    const found = options.modules ?? (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { recursive: true })).map((f) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, f));
    // The entry first: miniflare takes the first module as the Worker's main module. Listed rather
    // than found by `modulesRules`, which miniflare 5's converter refuses.
    const paths = [
        options.scriptPath,
        ...found.filter((m) => m !== options.scriptPath && isModuleFile(m)),
    ];
    return { modules: paths.map((path) => ({ type: moduleType(path) ?? 'Data', path })) };
}
/** miniflare 5's assets options: wrangler's `not_found_handling` in `assetConfig`, `run_worker_first` as is. */
function assetsOptions(directory, routing) {
    return {
        directory,
        // Routing is given for a Worker with code (wrangler's `has_user_worker`).
        ...(routing ? { routerConfig: { has_user_worker: true } } : {}),
        ...(routing?.notFoundHandling
            ? { assetConfig: { not_found_handling: routing.notFoundHandling } }
            : {}),
        ...(routing?.runWorkerFirst?.length ? { run_worker_first: routing.runWorkerFirst } : {}),
    };
}
/** One Worker's entry in miniflare's `workers` array. */
async function workerOptions(options) {
    return {
        ...(await moduleOptions(options)),
        // Without it workerd refuses bundles that import siblings ("can't use '..' to break out").
        modulesRoot: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(options.scriptPath),
        compatibilityDate: options.compatibilityDate,
        compatibilityFlags: options.compatibilityFlags,
        bindings: options.bindings ?? {},
        kvNamespaces: options.kvNamespaces ?? [],
        d1Databases: options.d1Databases ?? [],
        r2Buckets: options.r2Buckets ?? [],
        durableObjects: options.durableObjects ?? {},
        serviceBindings: options.serviceBindings ?? {},
        ...(options.assetsDirectory
            ? { assets: assetsOptions(options.assetsDirectory, options.assetsRouting) }
            : {}),
        ...(options.hyperdrives ? { hyperdrives: options.hyperdrives } : {}),
    };
}
/**
 * Boots `options` (it receives every fetch) and, in the same runtime, the `services` its
 * `serviceBindings` name, so Worker-to-Worker calls run as they would on Cloudflare.
 */
async function bootWorker(wrangler, options, services = []) {
    const runtime = await loadMiniflare(wrangler);
    // miniflare sends dispatchFetch to the first Worker in the array.
    const workers = [
        await workerOptions(options),
        ...(await Promise.all(services.map(async (s) => ({ ...(await workerOptions(s)), name: s.name })))),
    ];
    const started = performance.now();
    const mf = runtime(workers, options.onRuntimeOutput);
    try {
        await mf.ready;
    }
    catch (error) {
        await mf.dispose().catch(() => undefined);
        throw error;
    }
    const startupMs = performance.now() - started;
    return {
        startupMs,
        async fetch(path, init) {
            const response = await mf.dispatchFetch(new URL(path, 'http://localhost').href, init);
            return { status: response.status, body: await response.text(), headers: response.headers };
        },
        dispose: () => mf.dispose(),
    };
}


/***/ }),

/***/ 8581:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GV: () => (/* binding */ PREVIEW_NOT_FOUND),
/* harmony export */   MS: () => (/* binding */ errorExcerpt),
/* harmony export */   Mf: () => (/* binding */ failedWith),
/* harmony export */   Ri: () => (/* binding */ isTransientFailure),
/* harmony export */   SP: () => (/* binding */ explainFailure),
/* harmony export */   WN: () => (/* binding */ hasFailed),
/* harmony export */   aJ: () => (/* binding */ stripAnsi),
/* harmony export */   ej: () => (/* binding */ WORKER_NOT_FOUND),
/* harmony export */   no: () => (/* binding */ isNewWorker)
/* harmony export */ });
/* unused harmony export commandFailure */
/* harmony import */ var _util_redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(767);

/**
 * The one place that reads a failed wrangler run: its `command-failed` record (wrangler's output file),
 * its console text, what usually causes it and whether another try can help. Every message leaves with
 * the account id redacted (wrangler quotes `/accounts/<id>/…`).
 */
const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;
function stripAnsi(text) {
    return text.replace(ANSI, '');
}
/** wrangler's `command-failed` record (its error code and message), if it wrote one. */
function commandFailure(run) {
    return (run.records.find((r) => r.type === 'command-failed') ?? null);
}
function hasFailed(run) {
    return run.exitCode !== 0 || commandFailure(run) !== null;
}
/** Cloudflare's codes for "no such Worker" (10007, 10090): its API passes them through wrangler. */
const WORKER_NOT_FOUND = [10007, 10090];
/** "No such Worker Preview" (10025), or no such Worker (wrangler's src/preview/secrets/index.ts). */
const PREVIEW_NOT_FOUND = [10025, 10007];
/** Whether the run failed with one of these Cloudflare error codes. */
function failedWith(run, codes) {
    const code = commandFailure(run)?.code;
    return code !== undefined && codes.includes(Number(code));
}
/**
 * Whether `versions upload` failed because the Worker was never deployed: wrangler 4.86 passes the
 * API's 10007/10090 through; 4.164 checks first and fails with its own message, without a code
 * ("You cannot upload a new version of a Worker that does not yet exist", wrangler-dist/cli.js).
 */
function isNewWorker(run) {
    const message = commandFailure(run)?.message;
    return failedWith(run, WORKER_NOT_FOUND) || /does not yet exist/.test(message ?? '');
}
/**
 * A failure worth another try: Cloudflare's generic internal error (code 10013, what its API sends
 * with a 5xx), a 5xx status in wrangler's text, or the connection failing on the way.
 */
function isTransientFailure(run) {
    const failed = commandFailure(run);
    if (run.exitCode === 0 && !failed)
        return false;
    if (Number(failed?.code) === 10013)
        return true;
    return /\b5\d\d\b|internal server error|bad gateway|service unavailable|gateway time-?out|unknown error has occurred|ECONNRESET|ETIMEDOUT|fetch failed|socket hang up|other side closed/i.test(run.stderr);
}
/** wrangler's own explanation from stderr: its last lines, without colours or what `known` already says. */
function stderrDetail(stderr, known) {
    const lines = stripAnsi(stderr)
        .split('\n')
        .map((line) => line.replace(/\s+/g, ' ').trim())
        .filter((line) => line &&
        !line.startsWith('🪵') &&
        !/issues\/new|newer version|report this error|fallback value/i.test(line) &&
        !known.replace(/\s+/g, ' ').includes(line.replace(/^✘ \[ERROR\] /, '')));
    return lines.slice(-3).join(' ');
}
/**
 * wrangler's error block (`✘ [ERROR] …` and what follows, up to 800 characters) from a local run's
 * console, or its last five lines when it printed no such marker: for bundling errors, where esbuild's
 * text after the marker is the explanation.
 */
function errorExcerpt(stderr, stdout) {
    const text = stripAnsi(`${stderr}\n${stdout}`);
    const start = text.indexOf('[ERROR]');
    const excerpt = start === -1 ? text.trim().split('\n').slice(-5).join('\n') : text.slice(start, start + 800);
    return (0,_util_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactAccountIds */ .LA)(excerpt.trim());
}
const AUTH_CODES = [10000, 9106, 1000, 10001];
/** What usually causes a wrangler failure, by Cloudflare error code or wrangler's text. */
function failureFix(run, code, text) {
    if (isTransientFailure(run)) {
        const times = run.attempts ? `${run.attempts} times in a row` : 'on every attempt';
        return `Cloudflare failed on its side ${times} (a 5xx); the token and the config are not the cause. Run again later (https://www.cloudflarestatus.com).`;
    }
    const numeric = Number(code);
    if (AUTH_CODES.includes(numeric) ||
        /authentication|unauthori[sz]ed|forbidden|permission|\[code: (10000|9106|10001)\]/i.test(text)) {
        return 'The API token was refused or lacks a permission: it needs Account › Workers Scripts › Edit (plus the permissions of the resources the Worker binds) on the account in CLOUDFLARE_ACCOUNT_ID.';
    }
    // wrangler's own refusal from `secrets.required` (wrangler ≥ 4.77), or the API's 10057 it explains.
    if (numeric === 10057 || /required secrets? (have|has) not been set/i.test(text)) {
        return 'The Worker has no value for a secret its config lists under `secrets.required`: pass it to provision (the action: name it in the `secrets` input with its value in the step’s env; the CLI: `docker-to-workers provision --secret NAME` with NAME in the environment), then deploy again.';
    }
    if (numeric === 10027 || /size|too large|exceeded/i.test(text)) {
        return 'The Worker is over the size limit (64 MiB uncompressed on every plan): `docker-to-workers check` lists the largest packages in the bundle.';
    }
    if (numeric === 10021 || /startup|start-up|validat/i.test(text)) {
        return 'Cloudflare rejected the script (a start-up error, start-up over the CPU limit, or an invalid binding): `docker-to-workers check` boots it locally and shows the error.';
    }
    if (/already (exists|in use|taken)|conflict/i.test(text)) {
        return 'A Worker or resource with that name already exists and belongs to something else: rename the Worker (`name` in the compose x-cloudflare block or --name).';
    }
    if (WORKER_NOT_FOUND.includes(numeric)) {
        return 'The Worker does not exist on this account: deploy to production first, or check CLOUDFLARE_ACCOUNT_ID.';
    }
    return 'Run again with --verbose for wrangler’s full log.';
}
/** A failed wrangler run explained once, for every caller's error. */
function explainFailure(run) {
    const failed = commandFailure(run);
    const text = failed?.message || stderrDetail(run.stderr, '') || `exit code ${run.exitCode}`;
    const code = failed?.code !== undefined ? ` [code ${String(failed.code)}]` : '';
    const detail = stderrDetail(run.stderr, text);
    return {
        message: (0,_util_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactAccountIds */ .LA)(`${text}${code}`),
        detail: (0,_util_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactAccountIds */ .LA)(detail),
        fix: failureFix(run, failed?.code, `${text} ${detail}`),
    };
}


/***/ }),

/***/ 8937:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cw: () => (/* binding */ hasWorkerPreviews),
/* harmony export */   IZ: () => (/* binding */ runWrangler),
/* harmony export */   L9: () => (/* binding */ resolveWrangler),
/* harmony export */   Mm: () => (/* binding */ runWranglerRetrying),
/* harmony export */   P5: () => (/* binding */ cacheRoot)
/* harmony export */ });
/* unused harmony exports PINNED_WRANGLER_VERSION, binLaunch, WORKER_PREVIEWS_SINCE, readOutputRecords */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _npm_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2494);
/* harmony import */ var _packages_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5134);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3916);
/* harmony import */ var _wrangler_errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8581);









/** The wrangler version this release is tested with; the action installs it unless told otherwise. */
const PINNED_WRANGLER_VERSION = '4.164.0';
/**
 * What wrangler's `bin/wrangler.js` does before starting `wrangler-dist/cli.js`: refuse a Node older
 * than its `MIN_NODE_VERSION`, and pass Node flags (4.86: `--no-warnings --experimental-vm-modules`;
 * 4.164: `--no-warnings` only). Read from the bin itself, so every pinned version starts as its bin would.
 */
function binLaunch(binText) {
    const minNode = /MIN_NODE_VERSION\s*=\s*["']([\d.]+)["']/.exec(binText)?.[1] ?? null;
    const spawnArgs = /spawn\(\s*process\.execPath,\s*\[([^\]]*?)wrangler-dist\/cli\.js/.exec(binText)?.[1];
    const nodeFlags = [...(spawnArgs ?? '').matchAll(/["'](--[\w-]+(?:=[^"']*)?)["']/g)].map((m) => m[1]);
    return { minNode, nodeFlags };
}
/**
 * The first wrangler with Worker Previews (`wrangler preview`, `preview delete`, `preview secret …`).
 * Older versions (an explicit `wrangler-version`) preview through `versions upload --preview-alias`.
 */
const WORKER_PREVIEWS_SINCE = '4.135.0';
/** Whether this wrangler previews with Worker Previews: the one place that decides the preview path. */
function hasWorkerPreviews(wrangler) {
    return semver__WEBPACK_IMPORTED_MODULE_4___default().gte(wrangler.version, WORKER_PREVIEWS_SINCE);
}
async function exists(path) {
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.access)(path).then(() => true, () => false);
}
async function fromPackageDir(packageDir) {
    const pkgPath = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(packageDir, 'package.json');
    if (!(await exists(pkgPath)))
        return null;
    const pkg = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(pkgPath, 'utf8'));
    const bin = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(packageDir, 'bin', 'wrangler.js');
    const cli = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(packageDir, 'wrangler-dist', 'cli.js');
    const launch = binLaunch(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(bin, 'utf8').catch(() => ''));
    // Another layout (an older or newer wrangler than the pinned one): go through its bin.
    const nodeArgs = (await exists(cli)) ? [...launch.nodeFlags, cli] : [bin];
    return { version: pkg.version, packageDir, bin, nodeArgs, minNode: launch.minNode };
}
/** The wrangler next to this program (a devDependency in this repository), if any. */
async function bundledWrangler() {
    const dir = await (0,_packages_js__WEBPACK_IMPORTED_MODULE_6__/* .findPackageDir */ .h)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(import.meta.url)), 'wrangler');
    return dir ? fromPackageDir(dir) : null;
}
/** Where tools check installs once per version live (the runner tool cache in Actions). */
function cacheRoot(ctx) {
    return (ctx.env.DOCKER_TO_WORKERS_CACHE ??
        (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(ctx.env.RUNNER_TOOL_CACHE ?? ctx.env.XDG_CACHE_HOME ?? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), '.cache'), 'docker-to-workers'));
}
/**
 * Finds (or installs once, into a per-version cache directory) the wrangler to run.
 * Order: `DOCKER_TO_WORKERS_WRANGLER_DIR` → the copy beside this program when its version matches →
 * the cache → `npm install` into the cache.
 */
async function resolveWrangler(ctx, version = PINNED_WRANGLER_VERSION) {
    return supportsThisNode(await findWrangler(ctx, version));
}
/** The check wrangler's bin would make: a clear error instead of a crash deep in wrangler. */
function supportsThisNode(wrangler, node = process.versions.node) {
    if (wrangler.minNode && semver__WEBPACK_IMPORTED_MODULE_4___default().lt(node, wrangler.minNode)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .y(`wrangler ${wrangler.version} needs Node ${wrangler.minNode} or newer; this is Node ${node}.`, {
            fix: `Run on Node 24 (actions/setup-node with node-version: 24), or pin an older wrangler-version.`,
        });
    }
    return wrangler;
}
async function findWrangler(ctx, version) {
    const explicit = ctx.env.DOCKER_TO_WORKERS_WRANGLER_DIR;
    if (explicit) {
        const found = await fromPackageDir((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(explicit, 'node_modules', 'wrangler'));
        if (!found) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .y(`No wrangler install in DOCKER_TO_WORKERS_WRANGLER_DIR (${explicit}).`, {
                fix: 'Point it at a directory where `npm install wrangler` ran, or unset it.',
            });
        }
        return found;
    }
    const bundled = await bundledWrangler();
    if (bundled && bundled.version === version)
        return bundled;
    const installDir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(cacheRoot(ctx), `wrangler-${version}`);
    const cached = await fromPackageDir((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(installDir, 'node_modules', 'wrangler'));
    if (cached)
        return cached;
    const failure = await (0,_npm_js__WEBPACK_IMPORTED_MODULE_5__/* .installInto */ .a)(ctx, installDir, [`wrangler@${version}`], 300_000);
    const installed = await fromPackageDir((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(installDir, 'node_modules', 'wrangler'));
    if (failure !== null || !installed) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .y(`Could not install wrangler@${version}: ${failure ?? 'no wrangler package after install'}`, {
            fix: 'Check the version exists (`npm view wrangler versions`) and that the npm registry is reachable.',
        });
    }
    return installed;
}
/** Runs `wrangler <args> -c <config>` and returns its console output and its output-file records. */
async function runWrangler(ctx, wrangler, args, options) {
    const outputDir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'dtw-wrangler-'));
    const outputFile = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(outputDir, 'output.ndjson');
    try {
        const result = await ctx.exec(process.execPath, [...wrangler.nodeArgs, ...args, '-c', options.config], {
            cwd: options.cwd,
            input: options.input,
            onStdout: options.onStdout,
            onStderr: options.onStderr,
            env: {
                WRANGLER_SEND_METRICS: 'false',
                WRANGLER_OUTPUT_FILE_PATH: outputFile,
                // Keep wrangler from prompting or opening a browser in CI.
                CI: 'true',
                ...options.env,
            },
        });
        return { ...result, records: await readOutputRecords(outputFile) };
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(outputDir, { recursive: true, force: true });
    }
}
/** Attempts a wrangler call gets when Cloudflare fails on its side, as our own API calls get. */
const WRANGLER_ATTEMPTS = 3;
/**
 * runWrangler, run again with exponential backoff (1 s, 2 s) while it fails transiently. Only for
 * idempotent commands (`deploy`, `secret bulk`, `versions upload`): a retry must not do twice.
 */
async function runWranglerRetrying(ctx, wrangler, args, options) {
    const base = options.retryBaseMs ?? 1000;
    for (let attempt = 1;; attempt++) {
        const run = await runWrangler(ctx, wrangler, args, options);
        if (attempt >= WRANGLER_ATTEMPTS || !(0,_wrangler_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .isTransientFailure */ .Ri)(run))
            return { ...run, attempts: attempt };
        const wait = base * 2 ** (attempt - 1);
        ctx.log.warn(`wrangler ${args.join(' ')}: Cloudflare failed on its side; retrying in ${wait} ms (attempt ${attempt + 1} of ${WRANGLER_ATTEMPTS}).`);
        await new Promise((resolve) => setTimeout(resolve, wait));
    }
}
async function readOutputRecords(path) {
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8').catch(() => '');
    return text
        .split('\n')
        .filter((line) => line.trim() !== '')
        .flatMap((line) => {
        try {
            return [JSON.parse(line)];
        }
        catch {
            return [];
        }
    });
}


/***/ }),

/***/ 6916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ nodeRequire)
/* harmony export */ });
/**
 * Node's own `require` as seen from the file `from`, fetched at run time: the bundler that builds dist/
 * replaces each `createRequire(…)` call it can see with a stub that has no `resolve`. Null on Node before
 * 20.16, which has no `process.getBuiltinModule`.
 */
function nodeRequire(from) {
    // Optional on older Node, whatever the types say.
    const builtin = process.getBuiltinModule;
    return builtin ? builtin('node:module').createRequire(from) : null;
}


/***/ })

};
