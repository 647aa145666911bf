export const id = 368;
export const ids = [368];
export const modules = {

/***/ 1368:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  o: () => (/* binding */ detect)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/model/diagnostic.ts
var diagnostic = __webpack_require__(3302);
// EXTERNAL MODULE: ./src/model/app.ts
var app = __webpack_require__(5266);
// EXTERNAL MODULE: ./node_modules/dockerfile-ast/lib/main.js
var main = __webpack_require__(8390);
;// CONCATENATED MODULE: ./src/detect/docker-stages.ts


/** A RUN that builds (its output may be what CMD runs even though the repository lacks it). */
const BUILD_STEP = /\b(build|tsc|compile|esbuild|tsup|webpack|rollup|vite)\b/;
/** A RUN that installs the app's dependencies (not `npm i -g` of a tool). */
const INSTALL_STEP = /\b(?:npm|pnpm|yarn|bun)\s+(?:ci|install|i)\b(?![^&;|]*\s(?:-g|--global)\b)/;
/**
 * The strings of an exec-form (JSON array) instruction. dockerfile-ast's `getJSONValue()` drops the
 * spaces inside a string (`"crond && node a.js"` → `crond&&nodea.js`), so the array is parsed as JSON
 * after joining continuation lines; the library's tokens are the fallback for arrays JSON rejects.
 */
function execFormStrings(instruction) {
    const raw = (instruction.getRawArgumentsContent() ?? '').replace(/\\\r?\n/g, ' ');
    try {
        const parsed = JSON.parse(raw);
        if (Array.isArray(parsed) && parsed.every((item) => typeof item === 'string'))
            return parsed;
    }
    catch {
        // Not valid JSON on its own (e.g. a missing bracket): use the parser's tokens.
    }
    return instruction.getJSONStrings().map((s) => s.getJSONValue());
}
/** COPY/ADD sources and destination, without flags, in exec (JSON) or shell form. */
function copyArguments(instruction) {
    if (instruction instanceof main.JSONInstruction && instruction.getClosingBracket()) {
        return execFormStrings(instruction);
    }
    return instruction
        .getArguments()
        .map((a) => a.getValue())
        .filter((a) => !a.startsWith('--'));
}
/** Records each COPY/ADD with its destination made absolute against the WORKDIR in force. */
function trackCopies(stage, stages) {
    const inherited = stage.parent === null ? null : (stages[stage.parent]?.workdir ?? null);
    let workdir = inherited ?? '/';
    stage.workdir = inherited;
    for (const instruction of stage.instructions) {
        const keyword = instruction.getKeyword();
        const line = instruction.getRange().start.line + 1;
        if (keyword === 'WORKDIR') {
            workdir = external_node_path_.posix.resolve(workdir, instruction.getExpandedArguments()[0]?.getValue() ?? '.');
            stage.workdir = workdir;
        }
        else if (keyword === 'COPY' || keyword === 'ADD') {
            const args = copyArguments(instruction);
            const destination = args.at(-1);
            // getFromFlag() misses --from when another flag (--chown) follows it: read the flags directly.
            const from = instruction instanceof main.JSONInstruction
                ? (instruction
                    .getFlags()
                    .find((f) => f.getName() === 'from')
                    ?.getValue() ?? null)
                : null;
            stage.copies.push({
                sources: args.slice(0, -1),
                destination: destination.endsWith('/') || destination === '.'
                    ? `${external_node_path_.posix.resolve(workdir, destination)}/`
                    : external_node_path_.posix.resolve(workdir, destination),
                from,
                line,
            });
        }
    }
}
/** `${NAME}`, `$NAME` and `${NAME:-default}`, as Docker expands them in an instruction. */
const VARIABLE_REFERENCE = /\$\{(\w+)(?::?-([^}]*))?\}|\$(\w+)/g;
/** A value with the variables it refers to expanded from `args` (unset or empty: the fallback, else ''). */
function substitute(value, args) {
    return value.replace(VARIABLE_REFERENCE, (_whole, braced, fallback, bare) => {
        const name = braced ?? bare;
        const current = args.get(name);
        return current !== undefined && current !== '' ? current : (fallback ?? '');
    });
}
/** The variables a value refers to that `args` has no value for and that have no fallback. */
function unresolvedReferences(value, args) {
    return [...value.matchAll(VARIABLE_REFERENCE)]
        .filter(([, braced, fallback, bare]) => fallback === undefined && !args.get(braced ?? bare))
        .map(([, braced, , bare]) => braced ?? bare);
}
/** The stage and the earlier stages it is built FROM, oldest first. */
function stageChain(stages, index) {
    const chain = [];
    for (let stage = stages[index]; stage; stage = stage.parent === null ? undefined : stages[stage.parent]) {
        chain.unshift(stage);
    }
    return chain;
}
function baseImageOf(stages, index) {
    return stageChain(stages, index)[0].image;
}
function originOf(stages, index, containerPath, context, depth) {
    const chain = stageChain(stages, index);
    if (depth > 8 || chain.length === 0)
        return { kind: 'unknown' };
    const copies = chain.flatMap((s) => s.copies).reverse();
    for (const copy of copies) {
        const sourcePath = copiedFrom(copy, containerPath);
        if (sourcePath === null)
            continue;
        if (copy.from === null) {
            const generated = chain.some((s) => s.runs.some((run) => run.line > copy.line && BUILD_STEP.test(run.command)));
            return { kind: 'repo', path: joinRepo(context, sourcePath), generated };
        }
        const fromIndex = stages.findIndex((s) => s.name?.toLowerCase() === copy.from.toLowerCase() || String(s.index) === copy.from);
        if (fromIndex === -1)
            return { kind: 'unknown' };
        return originOf(stages, fromIndex, external_node_path_.posix.resolve('/', sourcePath), context, depth + 1);
    }
    // Nothing copied it here: a RUN step made it. Its path relative to where the project was copied
    // (the directory that received package.json or `.`) is where the build writes it, in the folder that
    // package.json came from (`COPY server/package*.json ./` from a parent build context: server/).
    if (!chain.some((s) => s.runs.length > 0))
        return { kind: 'unknown' };
    const manifest = (s) => s === '.' || globMatches(external_node_path_.posix.basename(s), 'package.json');
    const projectDir = chain
        .flatMap((s) => s.copies)
        .find((c) => c.from === null && c.sources.some(manifest));
    if (!projectDir)
        return { kind: 'unknown' };
    const root = projectDir.destination.endsWith('/')
        ? projectDir.destination.slice(0, -1)
        : external_node_path_.posix.dirname(projectDir.destination);
    const relative = external_node_path_.posix.relative(root || '/', containerPath);
    if (relative.startsWith('..'))
        return { kind: 'unknown' };
    const source = projectDir.sources.find(manifest);
    const folder = source === '.' ? '.' : external_node_path_.posix.dirname(source);
    return { kind: 'built', path: joinRepo(context, external_node_path_.posix.join(folder, relative)) };
}
/** The COPY source path (relative to the context or the other stage) that put `containerPath` there. */
function copiedFrom(copy, containerPath) {
    const intoDirectory = copy.destination.endsWith('/') || copy.sources.length > 1;
    const destination = copy.destination.replace(/\/$/, '') || '/';
    for (const source of copy.sources) {
        const clean = source.replace(/\/$/, '');
        const looksLikeDirectory = clean === '.' || source.endsWith('/') || !/\.[^/]+$/.test(external_node_path_.posix.basename(clean));
        if (looksLikeDirectory) {
            if (containerPath === destination)
                return clean;
            const prefix = destination === '/' ? '/' : `${destination}/`;
            if (containerPath.startsWith(prefix))
                return external_node_path_.posix.join(clean, containerPath.slice(prefix.length));
            continue;
        }
        const target = intoDirectory ? external_node_path_.posix.join(destination, external_node_path_.posix.basename(clean)) : destination;
        if (target === containerPath ||
            (clean.includes('*') &&
                globMatches(external_node_path_.posix.join(destination, external_node_path_.posix.basename(clean)), containerPath))) {
            return intoDirectory
                ? external_node_path_.posix.join(external_node_path_.posix.dirname(clean), external_node_path_.posix.basename(containerPath))
                : clean;
        }
    }
    return null;
}
function globMatches(glob, path) {
    const pattern = glob
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '[^/]*')
        .replace(/\?/g, '[^/]');
    return new RegExp(`^${pattern}$`).test(path);
}
function joinRepo(context, path) {
    const joined = external_node_path_.posix.normalize(external_node_path_.posix.join(context, path.replace(/^\/+/, '')));
    return joined === '' ? '.' : joined;
}

// EXTERNAL MODULE: ./src/detect/env.ts
var detect_env = __webpack_require__(2232);
;// CONCATENATED MODULE: ./src/detect/build-env.ts



/**
 * The ENV and ARG of each stage with a build step (`RUN npm run build`) and of the stages it is built
 * FROM, in file order: the variables the build's RUN sees.
 */
function buildStageVariables(stages) {
    const builders = stages.filter((s) => s.runs.some((run) => BUILD_STEP.test(run.command)));
    const inChain = new Set(builders.flatMap((s) => stageChain(stages, s.index)));
    return stages
        .filter((s) => inChain.has(s))
        .flatMap((stage) => stage.instructions)
        .flatMap((instruction) => {
        const keyword = instruction.getKeyword();
        if (keyword !== 'ENV' && keyword !== 'ARG')
            return [];
        return instruction.getProperties().map((property) => ({
            name: property.getName(),
            value: property.getValue(),
            line: property.getRange().start.line + 1,
            instruction: keyword,
        }));
    });
}
/**
 * The build's environment as `docker build` gives it to the build's RUN: each ARG's value is compose's
 * `build.args` entry for it, else its default (compose's other args reach no RUN); ENV values expand the
 * variables set before them, and a later one wins. A value that refers to something without a value is
 * unknown (null). Secret-like values stay out of the model (envVars).
 */
function buildEnvironment(dockerfile, variables, composeArgs) {
    if (dockerfile === null)
        return [];
    const known = new Map();
    const entries = [];
    for (const v of variables) {
        const arg = v.instruction === 'ARG' ? composeArgs.find((a) => a.name === v.name) : undefined;
        const written = arg ? arg.value : v.value;
        const value = written === null || unresolvedReferences(written, known).length > 0
            ? null
            : arg
                ? written
                : substitute(written, known);
        if (value === null)
            known.delete(v.name);
        else
            known.set(v.name, value);
        entries.push({
            name: v.name,
            value,
            source: arg?.source ?? (0,diagnostic/* sourceRef */.$)(dockerfile, v.line),
            declared: arg ? 'build.args' : v.instruction,
        });
    }
    const modelled = (0,detect_env/* envVars */._)(entries);
    return modelled.map((v) => ({
        ...v,
        declared: entries.findLast((e) => e.name === v.name).declared,
    }));
}

;// CONCATENATED MODULE: ./src/detect/compose-merge.ts
const MAP_KEYS = new Set(['environment', 'labels', 'extra_hosts', 'annotations', 'sysctls']);
const APPEND_KEYS = new Set([
    'ports',
    'expose',
    'env_file',
    'dns',
    'dns_search',
    'cap_add',
    'cap_drop',
    'external_links',
    'tmpfs',
    'devices',
]);
const BY_TARGET_KEYS = new Set(['volumes', 'secrets', 'configs']);
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** Later wins for scalars and for `command`/`entrypoint`; maps merge by key; lists follow compose's rules. */
function mergeService(base, override) {
    const merged = { ...base };
    for (const [key, value] of Object.entries(override)) {
        const current = merged[key];
        if (current === undefined || value === null)
            merged[key] = value;
        else if (MAP_KEYS.has(key))
            merged[key] = { ...toMap(current), ...toMap(value) };
        else if (APPEND_KEYS.has(key))
            merged[key] = unique([...toList(current), ...toList(value)]);
        else if (BY_TARGET_KEYS.has(key))
            merged[key] = mergeByTarget(toList(current), toList(value));
        else if (key === 'depends_on')
            merged[key] = { ...dependsOnMap(current), ...dependsOnMap(value) };
        else if (key === 'build')
            merged[key] = { ...normaliseBuild(current), ...normaliseBuild(value) };
        else if (key !== 'command' && key !== 'entrypoint' && isObject(current) && isObject(value)) {
            merged[key] = deepMerge(current, value);
        }
        else
            merged[key] = value;
    }
    return merged;
}
function deepMerge(base, override) {
    const merged = { ...base };
    for (const [key, value] of Object.entries(override)) {
        const current = merged[key];
        merged[key] = isObject(current) && isObject(value) ? deepMerge(current, value) : value;
    }
    return merged;
}
/** `environment` / `labels` as a map; list entries `KEY=value` (or bare `KEY`, value null). */
function toMap(value) {
    if (Array.isArray(value)) {
        return Object.fromEntries(value.map((item) => {
            const text = String(item);
            const eq = text.indexOf('=');
            return eq === -1 ? [text, null] : [text.slice(0, eq), text.slice(eq + 1)];
        }));
    }
    if (isObject(value)) {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, v === null || v === undefined ? null : String(v)]));
    }
    return {};
}
function toList(value) {
    if (Array.isArray(value))
        return value;
    return value === undefined || value === null ? [] : [value];
}
function dependsOnMap(value) {
    if (Array.isArray(value))
        return Object.fromEntries(value.map((name) => [String(name), {}]));
    return isObject(value) ? value : {};
}
function normaliseBuild(value) {
    if (typeof value === 'string')
        return { context: value };
    return isObject(value) ? value : {};
}
/** Container path of a volume / secret / config entry, short or long syntax. */
function mountTarget(entry) {
    if (isObject(entry))
        return String(entry.target ?? entry.source ?? '');
    const parts = String(entry).split(':');
    return parts.length === 1 ? parts[0] : parts[1];
}
function mergeByTarget(base, override) {
    const byTarget = new Map();
    for (const entry of [...base, ...override])
        byTarget.set(mountTarget(entry), entry);
    return [...byTarget.values()];
}
function unique(values) {
    const seen = new Set();
    return values.filter((v) => {
        const key = JSON.stringify(v);
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}

;// CONCATENATED MODULE: ./src/detect/compose-locate.ts


/** `file:line` of a key path, from the last file that defines it (the one whose value won). */
function locate(files, path) {
    for (let depth = path.length; depth > 0; depth--) {
        const found = locateOptional(files, path.slice(0, depth));
        if (found)
            return found;
    }
    return files.at(-1)?.path ?? '';
}
function locateOptional(files, path) {
    for (const file of [...files].reverse()) {
        // A map key's own line first (`web:`), then the node's (list items, which have no key).
        const found = keyLine(file, path);
        if (found)
            return found;
        const node = file.document.getIn(path, true);
        if (node?.range)
            return (0,diagnostic/* sourceRef */.$)(file.path, file.lines.linePos(node.range[0]).line);
    }
    return null;
}
/** Line of a map key (also when its value is empty, `uploads:`, which getIn has no node for). */
function keyLine(file, path) {
    const parent = file.document.getIn(path.slice(0, -1), true);
    const item = parent?.items?.find((i) => i.key?.value === path.at(-1));
    return item?.key?.range ? (0,diagnostic/* sourceRef */.$)(file.path, file.lines.linePos(item.key.range[0]).line) : null;
}
/** A merged list item traced back to the file and index it came from (indices shift when files merge). */
function locateItem(files, service, key, matches) {
    for (const file of [...files].reverse()) {
        const index = toList(file.services[service]?.[key]).findIndex(matches);
        if (index !== -1) {
            const found = locateOptional([file], ['services', service, key, index]);
            if (found)
                return found;
        }
    }
    return locate(files, ['services', service, key]);
}

;// CONCATENATED MODULE: ./src/detect/images.ts
/** Repository name of an image without registry, tag or digest: `docker.io/library/postgres:16` → `postgres`. */
function imageName(image) {
    const withoutDigest = image.split('@')[0];
    const parts = withoutDigest.split('/');
    const last = parts.pop().split(':')[0];
    return [...parts.filter((p) => !p.includes('.') && !p.includes(':') && p !== 'library'), last]
        .join('/')
        .toLowerCase();
}
const SERVICE_KINDS = [
    [/(^|\/)(postgres|postgis|timescaledb[\w-]*|pgvector|supabase\/postgres)$/, 'postgres'],
    // Oracle's own images: mysql/mysql-server, container-registry.oracle.com/mysql/community-server.
    [/(^|\/)(mysql|mariadb|percona[\w-]*)$|^mysql\/[\w-]+-server$/, 'mysql'],
    // Redis with modules (redislabs/redismod, rejson, redisearch) is still Redis to the app.
    [/(^|\/)(redis|redis-stack[\w-]*|redismod|rejson|redisearch|valkey|keydb|dragonfly)$/, 'redis'],
    [/(^|\/)(mongo|mongodb[\w-]*)$/, 'mongo'],
    [/(^|\/)rabbitmq$/, 'rabbitmq'],
    [/(^|\/)nats(-streaming)?$/, 'nats'],
    [/(^|\/)(kafka|cp-kafka|redpanda)$/, 'kafka'],
    [/(^|\/)memcached$/, 'memcached'],
    [/(^|\/)(minio|localstack|s3[\w-]*)$/, 's3'],
    [/(^|\/)(elasticsearch|opensearch)$/, 'elasticsearch'],
    [/(^|\/)(nginx|nginx-unprivileged|openresty|caddy|httpd|traefik|haproxy|envoy)$/, 'nginx'],
    [/(^|\/)(mailhog|mailpit|maildev|mailcatcher|inbucket|smtp4dev|mailcrab)$/, 'mail'],
    [
        /(^|\/)(adminer|pgadmin\d*|mongo-express|redis-commander|redisinsight|phpmyadmin|kafka-ui|kafdrop|dbgate|cloudbeaver)$/,
        'admin',
    ],
];
/** Where web server images serve files from. */
const STATIC_ROOTS = /^\/(?:usr\/share\/nginx\/html|var\/www(?:\/html)?|usr\/local\/apache2\/htdocs|srv|usr\/share\/caddy)\/?$/;
function serviceKind(image) {
    const name = imageName(image);
    return SERVICE_KINDS.find(([pattern]) => pattern.test(name))?.[1] ?? 'unknown';
}
const RUNTIMES = [
    [/(^|\/)(node|nodejs\d*[\w-]*)$/, 'node'],
    [/(^|\/)bun$/, 'bun'],
    [/(^|\/)deno$/, 'deno'],
    [/(^|\/)(python|python\d[\w.-]*|pypy)$/, 'python'],
    [/(^|\/)(golang|go)$/, 'go'],
    [/(^|\/)(ruby|jruby)$/, 'ruby'],
    [/(^|\/)(openjdk|eclipse-temurin|amazoncorretto|java\d*[\w-]*|maven|gradle)$/, 'java'],
    [/(^|\/)php$/, 'php'],
    [/(^|\/)rust$/, 'rust'],
    [/(^|\/)(nginx|httpd|caddy)$/, 'static'],
];
/** The language runtime an image provides, or null for OS/scratch/distroless-static images. */
function imageRuntime(image) {
    const name = imageName(image);
    return RUNTIMES.find(([pattern]) => pattern.test(name))?.[1] ?? null;
}

// EXTERNAL MODULE: ./src/detect/text.ts
var detect_text = __webpack_require__(9892);
;// CONCATENATED MODULE: ./src/detect/dockerfile.ts






const KNOWN_INSTRUCTIONS = new Set('ADD ARG CMD COPY ENTRYPOINT ENV EXPOSE FROM HEALTHCHECK LABEL MAINTAINER ONBUILD RUN SHELL STOPSIGNAL USER VOLUME WORKDIR'.split(' '));
const NEEDS_ARGUMENTS = new Set([
    'ARG',
    'ENV',
    'EXPOSE',
    'USER',
    'VOLUME',
    'WORKDIR',
    'RUN',
    'LABEL',
]);
const PACKAGE_INSTALL = /^(?:apk add|apt-get install|apt install|yum install|dnf install|microdnf install)$/;
/**
 * Reads a Dockerfile with dockerfile-ast. `context` is the build context relative to the repository
 * root, so COPY sources become repository paths. ARGs declared before FROM are substituted here
 * (dockerfile-ast leaves them in FROM).
 */
function readDockerfile(text, path, context, target, findings) {
    const dockerfile = main.DockerfileParser.parse(text);
    const globalArgs = new Map();
    const stages = [];
    for (const instruction of dockerfile.getInstructions()) {
        const keyword = instruction.getKeyword();
        const line = instruction.getRange().start.line + 1;
        const args = instruction.getArguments().map((a) => a.getValue());
        if (!KNOWN_INSTRUCTIONS.has(keyword)) {
            findings.add('D002', { detail: `unknown instruction "${truncate(keyword)}"` }, { file: path, line });
            continue;
        }
        if (keyword === 'FROM') {
            const stage = readFrom(instruction, stages, globalArgs, path, line, findings);
            stages.push(stage);
            continue;
        }
        const stage = stages.at(-1);
        if (!stage) {
            if (keyword === 'ARG')
                for (const [name, value] of argDefaults(args))
                    globalArgs.set(name, value);
            else
                findings.add('D002', { detail: `${keyword} before the first FROM` }, { file: path, line });
            continue;
        }
        if (NEEDS_ARGUMENTS.has(keyword) && args.length === 0) {
            findings.add('D002', { detail: `${keyword} has no arguments` }, { file: path, line });
            continue;
        }
        if ((keyword === 'COPY' || keyword === 'ADD') && copyArguments(instruction).length < 2) {
            findings.add('D002', { detail: `${keyword} needs a source and a destination` }, { file: path, line });
            continue;
        }
        stage.instructions.push(instruction);
        if (keyword === 'RUN') {
            stage.runs.push({ command: instruction.getRawArgumentsContent() ?? '', line });
        }
    }
    if (stages.length === 0) {
        // `docker build` refuses it too: "the Dockerfile cannot be empty" / "no build stage".
        const detail = 'there is no FROM instruction (the file is empty, or only comments)';
        findings.add('D002', { detail }, { file: path, line: 1 });
    }
    let finalStage = stages.length - 1;
    if (target) {
        const index = stages.findIndex((s) => s.name?.toLowerCase() === target.toLowerCase());
        if (index === -1) {
            const names = stages.map((s) => s.name ?? String(s.index)).join(', ') || '(none)';
            findings.add('D005', { target, stages: names }, { file: path });
        }
        else
            finalStage = index;
    }
    return readFinalStage(stages, finalStage, path, context, findings);
}
function readFrom(instruction, stages, globalArgs, path, line, findings) {
    const args = instruction.getArguments().map((a) => a.getValue());
    const words = args.filter((a) => !a.startsWith('--'));
    if (words.length === 0) {
        // Keep reading: the instructions after a broken FROM still describe the app.
        findings.add('D002', { detail: 'FROM has no image' }, { file: path, line });
    }
    const image = substitute(words[0] ?? '', globalArgs);
    const name = words.length >= 3 && words[1].toLowerCase() === 'as' ? words[2] : null;
    const parent = stages.findIndex((s) => s.name !== null && s.name.toLowerCase() === image.toLowerCase());
    return {
        name,
        index: stages.length,
        image,
        line,
        parent: parent === -1 ? null : parent,
        instructions: [],
        copies: [],
        runs: [],
        workdir: null,
    };
}
function readFinalStage(stages, finalStage, path, context, findings) {
    const facts = {
        path,
        stages: stages.map(({ name, index, image, line }) => ({ name, index, image, line })),
        finalStage: Math.max(finalStage, 0),
        baseImage: stages[finalStage] ? baseImageOf(stages, finalStage) : '',
        workdir: null,
        user: null,
        copies: [],
        cmd: null,
        entrypoint: null,
        systemPackages: [],
        runCommands: [],
    };
    const read = {
        facts,
        ports: [],
        healthcheck: null,
        volumes: [],
        env: [],
        buildEnv: buildStageVariables(stages),
        startLine: null,
        workdirLine: null,
    };
    for (const stage of stages)
        trackCopies(stage, stages);
    const chain = stageChain(stages, finalStage);
    const variables = new Map();
    for (const stage of chain)
        for (const instruction of stage.instructions)
            applyInstruction(instruction, read, path, findings, variables);
    if (stages[finalStage]) {
        const stage = stages[finalStage];
        facts.copies = chain.flatMap((s) => s.copies);
        facts.workdir = stage.workdir;
        facts.buildSteps = stages
            .flatMap((s) => s.runs)
            .filter((run) => BUILD_STEP.test(run.command))
            .sort((a, b) => a.line - b.line);
        facts.installSteps = stages
            .flatMap((s) => s.runs)
            .filter((run) => INSTALL_STEP.test(run.command))
            .sort((a, b) => a.line - b.line);
        // Web server images (nginx, httpd, caddy) start the right thing by default.
        if (!facts.cmd && !facts.entrypoint && imageRuntime(facts.baseImage) !== 'static')
            findings.add('D006', { image: facts.baseImage }, { file: path, line: stage.line });
    }
    return {
        ...read,
        origin: (containerPath) => originOf(stages, finalStage, external_node_path_.posix.normalize(containerPath), context, 0),
    };
}
function applyInstruction(instruction, read, path, findings, 
/** ARG defaults and ENV values set so far: what Docker expands an ENV's value with. */
variables) {
    const { facts } = read;
    const keyword = instruction.getKeyword();
    const line = instruction.getRange().start.line + 1;
    const expanded = instruction.getExpandedArguments().map((a) => a.getValue());
    switch (keyword) {
        case 'WORKDIR':
            read.workdirLine = line;
            break;
        case 'USER':
            facts.user = expanded[0] ?? null;
            break;
        case 'EXPOSE':
            for (const value of expanded) {
                const port = Number(value.replace(/\/(tcp|udp)$/i, ''));
                if (Number.isInteger(port) && port > 0 && port < 65536)
                    read.ports.push({ port, line });
                else
                    findings.add('D004', { value: truncate(value) }, { file: path, line });
            }
            break;
        case 'ARG':
            for (const property of instruction.getProperties()) {
                const value = property.getValue();
                if (value !== null && !variables.has(property.getName()))
                    variables.set(property.getName(), value);
            }
            break;
        case 'ENV':
            // `ENV NODE_ENV=${NODE_ENV:-production}` is "production" in the image, not the text.
            for (const property of instruction.getProperties()) {
                const value = substitute(property.getValue() ?? '', variables);
                variables.set(property.getName(), value);
                read.env.push({ name: property.getName(), value, line });
            }
            break;
        case 'VOLUME': {
            const targets = jsonOrWords(instruction, path, findings).argv;
            for (const target of targets)
                read.volumes.push({ target, line });
            break;
        }
        case 'HEALTHCHECK':
            read.healthcheck = { path: healthcheckPath(expanded), line };
            break;
        case 'CMD':
        case 'ENTRYPOINT': {
            const { argv } = jsonOrWords(instruction, path, findings);
            if (keyword === 'CMD')
                facts.cmd = argv;
            else {
                facts.entrypoint = argv;
                facts.cmd = null; // Docker resets an inherited CMD when ENTRYPOINT is set.
            }
            read.startLine = line;
            break;
        }
        case 'RUN': {
            const command = instruction.getRawArgumentsContent() ?? '';
            facts.runCommands.push({ command, line });
            facts.systemPackages.push(...systemPackages(command));
            break;
        }
    }
}
/** Exec form through getJSONStrings; shell form becomes `/bin/sh -c <text>` as Docker runs it. */
function jsonOrWords(instruction, path, findings) {
    const raw = (instruction.getRawArgumentsContent() ?? '').trim();
    if (instruction instanceof main.JSONInstruction && raw.startsWith('[')) {
        const strings = execFormStrings(instruction);
        if (instruction.getClosingBracket())
            return { argv: strings, exec: true };
        findings.add('D003', { instruction: instruction.getKeyword() }, {
            file: path,
            line: instruction.getRange().start.line + 1,
        });
        // Docker would run the text through sh and fail; the strings are what the author meant.
        if (strings.length > 0)
            return { argv: strings, exec: false };
    }
    if (instruction.getKeyword() === 'VOLUME')
        return { argv: (0,detect_text/* splitShellWords */.CQ)(raw), exec: false };
    return { argv: ['/bin/sh', '-c', raw], exec: false };
}
function argDefaults(args) {
    return args.map((arg) => {
        const eq = arg.indexOf('=');
        return eq === -1 ? [arg, ''] : [arg.slice(0, eq), arg.slice(eq + 1).replace(/^"(.*)"$/, '$1')];
    });
}
function healthcheckPath(args) {
    if (args[0]?.toUpperCase() === 'NONE')
        return null;
    const url = /https?:\/\/[^/\s'"]+(\/[^\s'"|;&)]*)?/.exec(args.join(' '));
    return url ? (url[1] ?? '/') : null;
}
/** Packages named by apk/apt-get/yum installs in a RUN command (a native-dependency hint). */
function systemPackages(command) {
    const words = (0,detect_text/* splitShellWords */.CQ)(command.replace(/\\\n/g, ' '));
    const found = [];
    for (let i = 0; i < words.length; i++) {
        if (!PACKAGE_INSTALL.test(`${words[i]} ${words[i + 1]}`))
            continue;
        for (let j = i + 2; j < words.length && !['&&', '||', ';'].includes(words[j]); j++) {
            if (!words[j].startsWith('-'))
                found.push(words[j]);
        }
    }
    return found;
}
function truncate(value) {
    const printable = value.replace(/[^\x20-\x7e]/g, '?');
    return printable.length > 40 ? `${printable.slice(0, 40)}…` : printable;
}

// EXTERNAL MODULE: ./src/detect/package.ts
var detect_package = __webpack_require__(9303);
;// CONCATENATED MODULE: ./src/detect/proxy.ts



/** Where web servers read their configuration inside their images. */
const PROXY_CONFIG_DIR = /^\/(?:etc\/(?:nginx|caddy|traefik)|usr\/local\/etc\/haproxy)(?:\/|$)/;
/** Files to try when a whole directory of configuration is mounted or copied. */
const PROXY_CONFIG_FILES = ['default.conf', 'nginx.conf', 'app.conf', 'Caddyfile'];
const NGINX_LOCATION = /\blocation\s+(?:(?:=|~\*?|\^~)\s+)?([^\s{]+)\s*\{/g;
const NGINX_UPSTREAM = /\bupstream\s+([\w.-]+)\s*\{([^}]*)\}/g;
const NGINX_PROXY_PASS = /\b(?:proxy_pass|grpc_pass|uwsgi_pass|fastcgi_pass)\s+([^;\s]+)\s*;/;
/** `rewrite ^/api/(.*) /$1 break;`: the prefix goes before the request is passed on. */
const NGINX_STRIP_REWRITE = /\brewrite\s+\^?(\/[\w.-]+(?:\/[\w.-]+)*)\/\(\.\*\)\$?\s+\/\$1\b/;
const CADDY_BLOCK = /^\s*(handle_path|handle|route)\s+(\S+)\s*\{\s*$/;
const CADDY_PROXY = /^\s*reverse_proxy\s+(.+?)\s*\{?\s*$/;
/** The routes of an nginx or Caddy config, each with the `file:line` of its rule. */
function proxyRoutes(text, file, services) {
    const serviceOf = (upstream) => services(upstream
        .replace(/^[a-z]+:\/\//, '')
        .split(/[/:]/)[0]
        .trim());
    return external_node_path_.posix.basename(file).toLowerCase().startsWith('caddyfile')
        ? caddyRoutes(text, file, serviceOf)
        : nginxRoutes(text, file, serviceOf);
}
/** `location /api/ { proxy_pass http://api:3000; }`, with `upstream` blocks resolved to their first server. */
function nginxRoutes(raw, file, serviceOf) {
    const text = raw.replace(/#[^\n]*/g, (comment) => ' '.repeat(comment.length));
    const upstreams = new Map();
    for (const match of text.matchAll(NGINX_UPSTREAM)) {
        const server = /\bserver\s+([^;\s]+)/.exec(match[2] ?? '')?.[1];
        if (server)
            upstreams.set(match[1], server);
    }
    const routes = [];
    for (const match of text.matchAll(NGINX_LOCATION)) {
        const body = blockBody(text, match.index + match[0].length);
        const pass = NGINX_PROXY_PASS.exec(body)?.[1];
        if (!pass)
            continue;
        const name = pass.replace(/^[a-z]+:\/\//, '').split(/[/:]/)[0];
        const target = upstreams.get(name) ?? pass;
        const strips = nginxStrips(match[0], match[1], pass, body);
        routes.push({
            path: match[1],
            upstream: pass,
            service: serviceOf(target),
            ...(strips ? { strips } : {}),
            source: (0,diagnostic/* sourceRef */.$)(file, (0,detect_text/* lineAt */.mh)(text, match.index)),
        });
    }
    return routes;
}
/**
 * The prefix nginx removes: a `rewrite` to `/$1`, or a `proxy_pass` URI of `/`, which replaces the
 * matched prefix location (https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_pass).
 */
function nginxStrips(location, path, pass, body) {
    const rewritten = NGINX_STRIP_REWRITE.exec(body)?.[1];
    if (rewritten)
        return rewritten;
    const prefix = !/location\s+(?:=|~)/.test(location);
    const uri = /^[a-z]+:\/\/[^/]+(\/.*)?$/.exec(pass)?.[1];
    return prefix && uri === '/' && path !== '/' ? path.replace(/\/$/, '') : undefined;
}
/** The text of a `{ … }` block that opens just before `start`, without its nested closing brace. */
function blockBody(text, start) {
    let depth = 1;
    for (let i = start; i < text.length; i++) {
        if (text[i] === '{')
            depth++;
        else if (text[i] === '}' && --depth === 0)
            return text.slice(start, i);
    }
    return text.slice(start);
}
/** `reverse_proxy /api/* api:3000`, or `handle /api/* { reverse_proxy api:3000 }`. */
function caddyRoutes(text, file, serviceOf) {
    const routes = [];
    const blocks = [];
    const lines = text.split(/\r?\n/);
    lines.forEach((line, index) => {
        const code = line.replace(/(^|\s)#.*$/, '');
        const block = CADDY_BLOCK.exec(code);
        const proxy = CADDY_PROXY.exec(code);
        if (proxy) {
            const args = proxy[1].split(/\s+/);
            const matcher = args[0].startsWith('/') || args[0] === '*' ? args.shift() : null;
            const upstream = args[0];
            if (upstream) {
                const enclosing = blocks.findLast((b) => b !== null);
                // https://caddyserver.com/docs/caddyfile/directives/handle_path: strips the matched prefix.
                const strips = !matcher && enclosing?.directive === 'handle_path'
                    ? enclosing.path.replace(/\/?\*$/, '')
                    : '';
                routes.push({
                    path: matcher ?? enclosing?.path ?? '/',
                    upstream,
                    service: serviceOf(upstream),
                    ...(strips ? { strips } : {}),
                    source: (0,diagnostic/* sourceRef */.$)(file, index + 1),
                });
            }
        }
        if (code.trim().endsWith('{'))
            blocks.push(block ? { directive: block[1], path: block[2] } : null);
        else if (code.trim() === '}')
            blocks.pop();
    });
    return routes;
}

// EXTERNAL MODULE: ./src/detect/repo-reader.ts
var repo_reader = __webpack_require__(3255);
;// CONCATENATED MODULE: ./src/detect/rules.ts
/** Every finding detect can report. Ids are stable: tests, SARIF and docs refer to them. */
const DETECT_RULES = {
    D001: {
        severity: 'warning',
        message: 'No Dockerfile found at {file}.',
        fix: 'Pass --dockerfile <path>, or set build.dockerfile on the compose service.',
        docs: 'https://docs.docker.com/reference/dockerfile/',
    },
    D002: {
        severity: 'error',
        message: 'Malformed Dockerfile instruction: {detail}.',
        fix: 'Fix the instruction; `docker build` rejects or misreads it too.',
        docs: 'https://docs.docker.com/reference/dockerfile/',
    },
    D003: {
        severity: 'warning',
        message: '{instruction} looks like exec form but is not valid JSON, so Docker runs it through /bin/sh -c.',
        fix: 'Write it as a JSON array of double-quoted strings, e.g. CMD ["node", "server.js"].',
        docs: 'https://docs.docker.com/reference/dockerfile/#shell-and-exec-form',
    },
    D004: {
        severity: 'warning',
        message: 'EXPOSE {value} is not a port number; it is ignored.',
        fix: 'Use EXPOSE <port>[/tcp], e.g. EXPOSE 3000.',
        docs: 'https://docs.docker.com/reference/dockerfile/#expose',
    },
    D005: {
        severity: 'error',
        message: 'Docker target stage "{target}" does not exist; stages are: {stages}.',
        fix: 'Pass --docker-target with one of the stage names (or fix build.target in compose).',
        docs: 'https://docs.docker.com/build/building/multi-stage/',
    },
    D006: {
        severity: 'warning',
        message: 'The built stage has no CMD or ENTRYPOINT; the base image default ({image}) runs.',
        fix: 'Add CMD ["node", "<your server file>"] so the start command is explicit.',
        docs: 'https://docs.docker.com/reference/dockerfile/#cmd',
    },
    D007: {
        severity: 'error',
        message: 'The start command runs {file}, which is not in the repository and no build step produces it.',
        fix: 'Fix the path in CMD/ENTRYPOINT (or the start script), or add the build step that creates it.',
        docs: 'https://docs.docker.com/reference/dockerfile/#cmd',
    },
    D008: {
        severity: 'note',
        message: 'Could not tell which file the start command `{command}` runs.',
        fix: 'Use a direct command such as CMD ["node", "server.js"], or an npm start script.',
        docs: 'https://docs.docker.com/reference/dockerfile/#cmd',
    },
    D010: {
        severity: 'error',
        message: '{file} is a symlink that leaves the repository; it was not read.',
        fix: 'Replace the symlink with the file itself, or point it at a file inside the repository.',
    },
    D011: {
        severity: 'warning',
        message: '{file} is {size} MB, over the {limit} MB detect reads; it was skipped.',
        fix: 'Keep generated or vendored files out of the paths the Dockerfile and package.json name.',
    },
    D012: {
        severity: 'warning',
        message: '{file} is binary (or not UTF-8) and was skipped.',
        fix: 'Save the file as UTF-8 text.',
    },
    D013: {
        severity: 'error',
        message: '{file} is outside the repository directory; it was not read.',
        fix: 'Give paths relative to the repository directory, inside it.',
    },
    D014: {
        severity: 'error',
        message: '{file} could not be read: {reason}.',
        fix: 'Check the file exists and is readable by the user running docker-to-workers.',
    },
    D020: {
        severity: 'error',
        message: 'Compose file is not valid YAML: {detail}.',
        fix: 'Fix the YAML (`docker compose config` shows the same error).',
        docs: 'https://docs.docker.com/reference/compose-file/',
    },
    D021: {
        severity: 'error',
        message: 'Compose file {file} does not exist.',
        fix: 'Pass --compose with an existing file, or omit it to use compose.yaml / docker-compose.yml.',
        docs: 'https://docs.docker.com/compose/intro/compose-application-model/#the-compose-file',
    },
    D022: {
        severity: 'warning',
        message: 'Several compose services are built from source ({candidates}); using "{chosen}".',
        fix: 'Pass --service <name> to choose the app service.',
        docs: 'https://docs.docker.com/reference/compose-file/services/',
    },
    D023: {
        severity: 'error',
        message: 'Compose service "{service}" does not exist; services are: {candidates}.',
        fix: 'Pass --service with one of the listed names.',
        docs: 'https://docs.docker.com/reference/compose-file/services/',
    },
    D024: {
        severity: 'warning',
        message: 'Variable {name} is not set (in .env); it is replaced by an empty string.',
        fix: 'Define {name} in .env, or give a default: ${{name}:-value}.',
        docs: 'https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/',
    },
    D025: {
        severity: 'warning',
        message: 'Service "{service}" extends "{base}", which was not found.',
        fix: 'Fix extends.service (and extends.file) to name an existing service.',
        docs: 'https://docs.docker.com/compose/how-tos/multiple-compose-files/extends/',
    },
    D026: {
        severity: 'note',
        message: 'Service "{service}" is only in profile(s) {profiles}, which are not active; it is ignored.',
        fix: 'Set COMPOSE_PROFILES in .env to include it.',
        docs: 'https://docs.docker.com/compose/how-tos/profiles/',
    },
    D027: {
        severity: 'error',
        message: 'Service "{service}" extends itself through {chain}.',
        fix: 'Remove one `extends` from the cycle (`docker compose config` refuses it too).',
        docs: 'https://docs.docker.com/compose/how-tos/multiple-compose-files/extends/',
    },
    D030: {
        severity: 'error',
        message: '{file} is not valid JSON: {detail}.',
        fix: 'Fix the JSON (`npm pkg get name` shows the same error).',
    },
    D031: {
        severity: 'warning',
        message: 'Native addon(s) in dependencies: {packages}. They do not run on Workers.',
        fix: 'Swap each for a pure-JS or WebAssembly package (e.g. bcryptjs, @cf-wasm/photon), or run as a Container.',
        docs: 'https://developers.cloudflare.com/workers/runtime-apis/nodejs/',
    },
    D032: {
        severity: 'warning',
        message: 'Workspace "{workspace}" named by the start command is not among the workspaces.',
        fix: 'Check the --workspace name against the "name" in each workspace package.json.',
        docs: 'https://docs.npmjs.com/cli/using-npm/workspaces',
    },
    D033: {
        severity: 'error',
        message: 'package.json: {field} is {actual}, not {expected}; it was ignored.',
        fix: 'Make {field} {expected}, as npm expects (https://docs.npmjs.com/cli/configuring-npm/package-json).',
        docs: 'https://docs.npmjs.com/cli/configuring-npm/package-json',
    },
    D040: {
        severity: 'note',
        message: 'Existing wrangler config {file} found; later stages start from it.',
        fix: 'Nothing to do; remove it if it is stale.',
        docs: 'https://developers.cloudflare.com/workers/wrangler/configuration/',
    },
    D050: {
        severity: 'note',
        message: 'Compose service "{service}" (image {image}) is not a known backing service.',
        fix: 'Plan reports it as manual; say in x-cloudflare what it becomes, or remove it.',
        docs: 'https://docs.docker.com/reference/compose-file/services/',
    },
    D060: {
        severity: 'note',
        message: 'The container runs `{command}` at start-up; a Worker runs no start-up commands.',
        fix: 'Run the migration in CI before deploying, against the production database (Hyperdrive: its origin database; D1: `wrangler d1 migrations apply`).',
        docs: 'https://developers.cloudflare.com/d1/reference/migrations/',
    },
    D061: {
        severity: 'note',
        message: 'The container waits for a dependency at start-up (`{command}`); on Workers this is dropped.',
        fix: 'Nothing to do: bindings (Hyperdrive, KV, D1) are ready when the Worker runs.',
        docs: 'https://developers.cloudflare.com/workers/runtime-apis/bindings/',
    },
    D062: {
        severity: 'note',
        message: '`{dev}` is a development command; detect follows the production start `{production}` ({at}) instead.',
        fix: 'Nothing to do; pass --docker-target or --compose to choose another stage or command.',
        docs: 'https://docs.docker.com/build/building/multi-stage/',
    },
    D063: {
        severity: 'note',
        message: 'Compose runs {count} replicas of "{service}"; on Workers it is one Worker, which scales with the requests.',
        fix: 'Nothing to do.',
        docs: 'https://developers.cloudflare.com/workers/reference/how-workers-works/',
    },
};
/** Collects detect's findings in one place, in the order they were found. */
class Findings {
    list = [];
    add(ruleId, params, where = {}) {
        const rule = DETECT_RULES[ruleId];
        const fill = (template) => template.replace(/\{(\w+)\}/g, (whole, key) => key in params ? String(params[key]) : whole);
        this.list.push({
            ruleId,
            severity: where.severity ?? rule.severity,
            message: fill(rule.message),
            ...(where.file !== undefined ? { file: where.file } : {}),
            ...(where.line !== undefined ? { line: where.line } : {}),
            fix: fill(rule.fix),
            ...(rule.docs ? { docs: rule.docs } : {}),
        });
    }
}

;// CONCATENATED MODULE: ./src/detect/compose-roles.ts








/** Development tools an image may be built to run: mail catchers and browser test runners. */
const TOOL_COMMAND = /^(?:.*\/)?(maildev|mailhog|mailpit|mailcatcher|smtp4dev|playwright|cypress)$/;
const TEST_RUNNER_IMAGE = /(?:^|\/)(playwright|cypress\/(?:included|base|browsers|factory))$/;
const TEST_RUNNERS = new Set(['playwright', 'cypress']);
/**
 * The development tool a built image runs, if it is one: a mail catcher or admin UI base image
 * (`FROM maildev/maildev`), a browser test runner image (`FROM mcr.microsoft.com/playwright`), or a
 * CMD/ENTRYPOINT that starts such a tool (`RUN npm i -g maildev` + `CMD maildev`).
 */
function toolOf(facts) {
    const base = imageName(facts.baseImage);
    const kind = serviceKind(facts.baseImage);
    if (kind === 'mail' || kind === 'admin')
        return { name: base, kind };
    const runner = TEST_RUNNER_IMAGE.exec(base);
    if (runner)
        return { name: runner[1], kind: 'test' };
    const argv = [...(facts.entrypoint ?? []), ...(facts.cmd ?? [])];
    const name = argv
        .flatMap((a) => a.split(/\s+/))
        .map((w) => TOOL_COMMAND.exec(w)?.[1])
        .find(Boolean);
    if (!name)
        return null;
    return { name, kind: TEST_RUNNERS.has(name) ? 'test' : 'mail' };
}
/** Service kinds that hold state (a database, a cache, a queue), as opposed to routing and tools. */
const NOT_STATE = new Set(['unknown', 'nginx', 'mail', 'admin']);
/**
 * A service built from a database's or cache's own image (`FROM redis`, `FROM postgres:16` + an init
 * script) is that backing service, configured: it gets a binding as `image: redis` would.
 */
async function builtBacking(reader, build) {
    const text = await reader.readText(build.dockerfile);
    if (text === null)
        return null;
    const { facts } = readDockerfile(text, build.dockerfile, build.context, build.target ?? undefined, new Findings());
    const kind = serviceKind(facts.baseImage);
    return NOT_STATE.has(kind) ? null : { kind, image: facts.baseImage };
}
/**
 * What a built service's image runs: a web server (nginx, Caddy…) that serves a static build is
 * `static`, one that only forwards is `proxy`; anything else runs the app's own code. The image's
 * own findings belong to that service's detect run, so they are not kept here.
 */
async function builtRole(reader, build, services) {
    const text = await reader.readText(build.dockerfile);
    if (text === null)
        return { role: 'app', routes: [] };
    const docker = readDockerfile(text, build.dockerfile, build.context, build.target ?? undefined, new Findings());
    const tool = toolOf(docker.facts);
    if (tool)
        return { role: 'tool', tool, routes: [] };
    if (serviceKind(docker.facts.baseImage) !== 'nginx') {
        // A frontend's image that runs its toolchain's dev server (`react-scripts start`) serves its build.
        const pkg = await (0,detect_package/* readPackage */.LY)(reader, build.context, new Findings());
        const frontend = pkg !== null && (0,detect_package/* frontendBuildDir */.Wn)(pkg.facts) !== null;
        return { role: frontend ? 'static' : 'app', routes: [] };
    }
    const configs = [];
    for (const copy of docker.facts.copies) {
        if (!PROXY_CONFIG_DIR.test(copy.destination))
            continue;
        for (const source of copy.sources) {
            // A directory's contents land in the destination; a file lands inside a `…/` destination.
            const directory = source.endsWith('/') || !external_node_path_.posix.extname(source) || source === '.';
            const inside = copy.destination.endsWith('/') && !directory
                ? external_node_path_.posix.join(copy.destination, external_node_path_.posix.basename(source))
                : copy.destination.replace(/\/+$/, '');
            const origin = docker.origin(inside);
            if (origin.kind === 'repo')
                configs.push(origin.path);
        }
    }
    const serves = docker.facts.copies.some((c) => STATIC_ROOTS.test(c.destination));
    return {
        role: serves ? 'static' : 'proxy',
        routes: await routesIn(reader, configs, services),
    };
}
/** Routes of a proxy image's configuration mounted from the repository (`./nginx.conf:/etc/nginx/conf.d/default.conf`). */
async function mountedRoutes(reader, service, composeDir, services) {
    const configs = [];
    for (const entry of toList(service.volumes)) {
        const [source, target] = isObject(entry)
            ? [String(entry.source ?? ''), String(entry.target ?? '')]
            : String(entry).split(':');
        if (!source || !target || !PROXY_CONFIG_DIR.test(target) || !/^\.{1,2}\//.test(source))
            continue;
        const path = repo_reader/* RepoReader */.W.normalise(external_node_path_.posix.join(composeDir, source));
        if (path)
            configs.push(path);
    }
    return routesIn(reader, configs, services);
}
/** Reads each config file (a directory: its usual file names) and collects the routes. */
async function routesIn(reader, paths, services) {
    const routes = [];
    for (const path of paths) {
        const files = (await reader.exists(path, 'dir'))
            ? PROXY_CONFIG_FILES.map((name) => external_node_path_.posix.join(path, name))
            : [path];
        for (const file of files) {
            if (!(await reader.exists(file)))
                continue;
            const text = await reader.readText(file);
            if (text !== null)
                routes.push(...proxyRoutes(text, file, services));
        }
    }
    return routes;
}
/** Compose services by hostname: each service's name and its network aliases. */
function hostLookup(services) {
    const hosts = new Map();
    for (const [name, service] of Object.entries(services)) {
        hosts.set(name, name);
        if (!isObject(service.networks))
            continue;
        for (const network of Object.values(service.networks))
            if (isObject(network))
                for (const alias of toList(network.aliases))
                    hosts.set(String(alias), name);
    }
    return (host) => hosts.get(host) ?? null;
}
/** The build and command that make two services the same code (`api` and `api-2`, scaled by hand). */
function serviceIdentity(service) {
    return JSON.stringify([
        normaliseBuild(service.build),
        service.image ?? null,
        service.entrypoint ?? null,
        service.command ?? null,
    ]);
}

;// CONCATENATED MODULE: ./src/detect/interpolate.ts
/**
 * Compose-style variable interpolation: `${VAR}`, `$VAR`, `${VAR:-default}`, `${VAR-default}`,
 * `${VAR:+alt}`, `${VAR:?error}` (nested in defaults too) and `$$` for a literal `$`.
 * `onMissing` is told about each variable that is not set and has no default.
 */
function interpolate(value, vars, onMissing) {
    let out = '';
    let i = 0;
    while (i < value.length) {
        const ch = value[i];
        if (ch !== '$') {
            out += ch;
            i++;
            continue;
        }
        const next = value[i + 1];
        if (next === '$') {
            out += '$';
            i += 2;
        }
        else if (next === '{') {
            const end = closingBrace(value, i + 2);
            if (end === -1) {
                out += value.slice(i);
                break;
            }
            out += expand(value.slice(i + 2, end), vars, onMissing);
            i = end + 1;
        }
        else {
            const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(value.slice(i + 1))?.[0];
            if (!name) {
                out += '$';
                i++;
                continue;
            }
            out += lookup(name, vars, onMissing);
            i += 1 + name.length;
        }
    }
    return out;
}
function closingBrace(value, from) {
    let depth = 1;
    for (let i = from; i < value.length; i++) {
        if (value[i] === '{')
            depth++;
        else if (value[i] === '}' && --depth === 0)
            return i;
    }
    return -1;
}
function expand(body, vars, onMissing) {
    const match = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+?])([\s\S]*))?$/.exec(body);
    if (!match)
        return '';
    const [, name, operator, operand = ''] = match;
    const current = vars.get(name);
    const unsetOrEmpty = current === undefined || (operator?.startsWith(':') && current === '');
    switch (operator?.replace(':', '')) {
        case '-':
            return unsetOrEmpty ? interpolate(operand, vars, onMissing) : current;
        case '+':
            return unsetOrEmpty ? '' : interpolate(operand, vars, onMissing);
        case '?':
            if (unsetOrEmpty)
                onMissing(name);
            return current ?? '';
        default:
            return lookup(name, vars, onMissing);
    }
}
function lookup(name, vars, onMissing) {
    const current = vars.get(name);
    if (current === undefined)
        onMissing(name);
    return current ?? '';
}
/**
 * Parses a `.env` / `env_file` file as compose does: `KEY=value`, optional `export`, comments,
 * single quotes literal, double quotes with escapes; values may use earlier variables.
 */
function parseEnvFile(text, onMissing) {
    const entries = [];
    const vars = new Map();
    text.split(/\r?\n/).forEach((raw, index) => {
        const line = index + 1;
        const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/.exec(raw);
        if (!match)
            return;
        const [, name, rest] = match;
        let value;
        if (rest.startsWith("'"))
            value = rest.slice(1, rest.indexOf("'", 1) === -1 ? undefined : rest.indexOf("'", 1));
        else {
            const quoted = rest.startsWith('"');
            const body = quoted
                ? rest
                    .slice(1, rest.lastIndexOf('"') > 0 ? rest.lastIndexOf('"') : undefined)
                    .replace(/\\n/g, '\n')
                    .replace(/\\"/g, '"')
                : rest.replace(/\s+#.*$/, '').trim();
            value = interpolate(body, vars, (missing) => onMissing(missing, line));
        }
        vars.set(name, value);
        entries.push({ name, value, line });
    });
    return entries;
}

;// CONCATENATED MODULE: ./src/detect/volumes.ts

/** Container paths that hold dependencies or build output in dev setups (`/app/node_modules`). */
const DEPENDENCY_TARGET = /(?:^|\/)(?:node_modules|\.next|\.nuxt|\.svelte-kit|dist|build|\.cache|\.venv)$/;
/** Source code: what a hot-reload mount overlays on the image. */
const CODE = /\.(?:[cm]?[jt]sx?|py|rb|go|rs|php|vue|svelte|astro|html|css|scss|prisma|graphql)$/;
/** Project files that are configuration, not data (`db.json` written by lowdb is data). */
const PROJECT_FILE = /^(?:package(?:-lock)?\.json|tsconfig[\w.-]*\.json|jsconfig\.json|nodemon\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lockb?|\.env[\w.-]*|[\w.-]+\.config\.[cm]?[jt]s|Dockerfile|\.babelrc|\.nvmrc)$/;
function isSourceFile(name) {
    return CODE.test(name) || PROJECT_FILE.test(name);
}
/** Whether a repository directory holds source files, looking two levels down. */
async function holdsSource(reader, dir, depth = 2) {
    if ((await reader.fileNames(dir)).some(isSourceFile))
        return true;
    if (depth === 0)
        return false;
    for (const child of await reader.subdirectories(dir)) {
        if (await holdsSource(reader, external_node_path_.posix.join(dir, child), depth - 1))
            return true;
    }
    return false;
}
/** A mount point for dependencies or build output (`/app/node_modules`): never application state. */
function holdsDependencies(target) {
    return DEPENDENCY_TARGET.test(target.replace(/\/+$/, ''));
}
/**
 * Why a compose mount only matters in development: it keeps the image's dependencies or build
 * output (`/app/node_modules`), or it overlays the image with source files from the repository
 * (`./src:/app/src`, `./package.json:/app/package.json`) for hot reload. Data mounts give undefined.
 */
async function devOnly(reader, mount) {
    if (holdsDependencies(mount.target))
        return 'dependencies';
    const source = mount.source;
    if (mount.type !== 'bind' || !source || /^[/~]/.test(source))
        return undefined;
    if (await reader.exists(source))
        return isSourceFile(external_node_path_.posix.basename(source)) ? 'source' : undefined;
    if (await reader.exists(source, 'dir'))
        return source === '.' || (await holdsSource(reader, source)) ? 'source' : undefined;
    return undefined;
}

;// CONCATENATED MODULE: ./src/detect/compose-app.ts










/**
 * Chooses the app service (`--service`, else the one with `build:`; several → D022) and describes it,
 * its backing services (by image) and the other built services.
 */
async function describeCompose(files, paths, services, loader, options) {
    const where = (path) => locate(files, path);
    const composeDir = external_node_path_.posix.dirname(paths[0]);
    const backing = new Map();
    for (const [name, service] of Object.entries(services)) {
        if (service.build === undefined || name === options.service)
            continue;
        const base = await builtBacking(loader.reader, buildOf(service.build, composeDir));
        if (base)
            backing.set(name, base);
    }
    const built = Object.keys(services).filter((name) => services[name].build !== undefined && !backing.has(name));
    const hosts = hostLookup(services);
    const roles = new Map();
    for (const name of built) {
        const build = buildOf(services[name].build, composeDir);
        roles.set(name, await builtRole(loader.reader, build, hosts));
    }
    const copyOf = copiesOf(services, built);
    // The app runs its own code: not a web server image, not a copy of another service.
    const candidates = built.filter((name) => roles.get(name)?.role === 'app' && !copyOf.has(name));
    let app = null;
    if (options.service) {
        if (services[options.service])
            app = options.service;
        else
            loader.findings.add('D023', { service: options.service, candidates: Object.keys(services).join(', ') || '(none)' }, { file: paths[0] });
    }
    else if (built.length > 0) {
        app = candidates[0] ?? built[0];
        if (candidates.length > 1) {
            loader.findings.add('D022', { candidates: candidates.join(', '), chosen: app }, {
                ...(0,detect_text/* splitRef */.Mn)(where(['services', app])),
                severity: options.ci ? 'error' : 'warning',
            });
        }
    }
    const appService = app ? services[app] : null;
    const result = {
        files: files.map((f) => f.path),
        service: app,
        serviceSource: app ? where(['services', app, 'build']) : null,
        build: appService?.build !== undefined ? buildOf(appService.build, composeDir) : null,
        ports: [],
        env: [],
        buildArgs: [],
        volumes: [],
        healthcheck: null,
        services: [],
        builtServices: [],
        command: null,
        replicas: null,
        dependsOn: [],
        overridesSource: app && appService?.['x-cloudflare'] ? where(['services', app, 'x-cloudflare']) : null,
        overrides: appService && isObject(appService['x-cloudflare']) ? appService['x-cloudflare'] : null,
    };
    for (const [name, service] of Object.entries(services)) {
        if (name === app)
            continue;
        const source = where(['services', name]);
        const base = backing.get(name);
        if (base) {
            result.services.push({ name, ...base, source });
        }
        else if (service.build !== undefined) {
            const build = buildOf(service.build, composeDir);
            const { role, routes, tool } = roles.get(name);
            const copy = copyOf.get(name);
            result.builtServices.push({
                name,
                context: build.context,
                dockerfile: build.dockerfile,
                ports: containerPorts(service).map((p) => p.port),
                hostnames: [name, ...aliases(service)],
                source,
                role,
                ...(tool ? { tool } : {}),
                ...(routes.length > 0 ? { routes } : {}),
                ...(copy ? { copyOf: copy } : {}),
            });
        }
        else {
            const image = typeof service.image === 'string' ? service.image : null;
            const kind = image ? serviceKind(image) : 'unknown';
            if (kind === 'unknown')
                loader.findings.add('D050', { service: name, image: image ?? '(none)' }, (0,detect_text/* splitRef */.Mn)(source));
            const routes = kind === 'nginx' ? await mountedRoutes(loader.reader, service, composeDir, hosts) : [];
            result.services.push({ name, kind, image, source, ...(routes.length > 0 ? { routes } : {}) });
        }
    }
    if (appService && app)
        await describeApp(result, app, appService, files, loader, composeDir);
    return result;
}
async function describeApp(result, app, service, files, loader, composeDir) {
    result.ports = containerPorts(service).map(({ port, key, entry }) => ({
        port,
        source: locateItem(files, app, key, (item) => item === entry),
    }));
    const env = new Map();
    for (const entry of toList(service.env_file)) {
        const path = repo_reader/* RepoReader */.W.normalise(external_node_path_.posix.join(composeDir, String(isObject(entry) ? entry.path : entry)));
        const text = path ? await loader.reader.readText(path) : null;
        if (!path || text === null)
            continue;
        for (const { name, value, line } of parseEnvFile(text, () => undefined)) {
            env.set(name, { name, value, source: (0,diagnostic/* sourceRef */.$)(path, line) });
        }
    }
    for (const [name, value] of Object.entries(toMap(service.environment))) {
        const source = locateOptional(files, ['services', app, 'environment', name]) ??
            locateItem(files, app, 'environment', (item) => String(item).split('=')[0] === name);
        env.set(name, { name, value, source });
    }
    result.env = [...env.values()];
    const args = locate(files, ['services', app, 'build', 'args']);
    result.buildArgs = Object.entries(toMap(normaliseBuild(service.build).args)).map(([name, value]) => ({
        name,
        value,
        source: locateOptional(files, ['services', app, 'build', 'args', name]) ?? args,
    }));
    result.dependsOn = Object.keys(dependsOnMap(service.depends_on));
    const argv = (key) => typeof service[key] === 'string'
        ? (0,detect_text/* splitShellWords */.CQ)(service[key])
        : toList(service[key]).map(String);
    if (service.command !== undefined || service.entrypoint !== undefined) {
        const key = service.entrypoint !== undefined ? 'entrypoint' : 'command';
        result.command = {
            argv: [...argv('entrypoint'), ...argv('command')],
            source: locate(files, ['services', app, key]),
            entrypoint: service.entrypoint !== undefined,
        };
    }
    for (const entry of toList(service.volumes)) {
        const mount = volumeOf(entry, composeDir);
        if (mount) {
            const dev = await devOnly(loader.reader, mount);
            result.volumes.push({
                ...mount,
                source_ref: locateItem(files, app, 'volumes', (item) => mountTarget(item) === mount.target),
                ...(dev ? { devOnly: dev } : {}),
            });
        }
    }
    const replicas = isObject(service.deploy) ? service.deploy.replicas : service.scale;
    if (typeof replicas === 'number' && replicas > 1) {
        const key = isObject(service.deploy) ? ['deploy', 'replicas'] : ['scale'];
        const source = locateOptional(files, ['services', app, ...key]) ?? locate(files, ['services', app]);
        result.replicas = { count: replicas, source };
        loader.findings.add('D063', { service: app, count: replicas }, (0,detect_text/* splitRef */.Mn)(source));
    }
    const healthcheck = service.healthcheck;
    if (isObject(healthcheck)) {
        const test = toList(healthcheck.test).map(String).join(' ');
        const url = /https?:\/\/[^/\s'"]+(\/[^\s'"|;&)]*)?/.exec(test);
        result.healthcheck = {
            path: healthcheck.disable === true || test.startsWith('NONE') || !url ? null : (url[1] ?? '/'),
            source: locate(files, ['services', app, 'healthcheck']),
        };
    }
}
/** Built services that repeat an earlier one's build and command → the name of that earlier one. */
function copiesOf(services, built) {
    const first = new Map();
    const copies = new Map();
    for (const name of built) {
        const identity = serviceIdentity(services[name]);
        const original = first.get(identity);
        if (original)
            copies.set(name, original);
        else
            first.set(identity, name);
    }
    return copies;
}
function buildOf(value, composeDir) {
    const build = normaliseBuild(value);
    const context = repo_reader/* RepoReader */.W.normalise(external_node_path_.posix.join(composeDir, String(build.context ?? '.'))) ?? '.';
    const dockerfile = repo_reader/* RepoReader */.W.normalise(external_node_path_.posix.join(context, String(build.dockerfile ?? 'Dockerfile'))) ??
        'Dockerfile';
    return { context, dockerfile, target: typeof build.target === 'string' ? build.target : null };
}
/** Container-side ports from `ports` (short or long syntax) and `expose`. */
function containerPorts(service) {
    const ports = [];
    for (const key of ['ports', 'expose']) {
        for (const entry of toList(service[key])) {
            const text = isObject(entry) ? String(entry.target ?? '') : String(entry);
            const containerSide = text.split('/')[0].split(':').at(-1).split('-')[0];
            const port = Number(containerSide);
            if (Number.isInteger(port) && port > 0 && !ports.some((p) => p.port === port))
                ports.push({ port, key, entry });
        }
    }
    return ports;
}
function aliases(service) {
    if (!isObject(service.networks))
        return [];
    return Object.values(service.networks).flatMap((network) => isObject(network) ? toList(network.aliases).map(String) : []);
}
function volumeOf(entry, composeDir) {
    let source;
    let target;
    if (isObject(entry)) {
        source = typeof entry.source === 'string' ? entry.source : null;
        target = String(entry.target ?? '');
    }
    else {
        const parts = String(entry).split(':');
        [source, target] = parts.length === 1 ? [null, parts[0]] : [parts[0], parts[1]];
    }
    if (!target)
        return null;
    if (source === null)
        return { source: null, target, type: 'anonymous' };
    if (/^[./~]/.test(source)) {
        const inside = source.startsWith('/') || source.startsWith('~')
            ? source
            : repo_reader/* RepoReader */.W.normalise(external_node_path_.posix.join(composeDir, source));
        return { source: inside ?? source, target, type: 'bind' };
    }
    return { source, target, type: 'named' };
}

// EXTERNAL MODULE: ./src/detect/yaml.ts
var yaml = __webpack_require__(3188);
;// CONCATENATED MODULE: ./src/detect/compose.ts








const DEFAULT_FILES = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'];
const OVERRIDE_FILES = [
    'compose.override.yaml',
    'compose.override.yml',
    'docker-compose.override.yaml',
    'docker-compose.override.yml',
];
/**
 * Reads the compose files Docker would (or `--compose a.yml,b.yml`), merged in order with overrides,
 * interpolated from `.env`, `extends` resolved and inactive profiles dropped, then picks the app service.
 */
async function readCompose(reader, options, findings) {
    const paths = await composeFiles(reader, options.compose, findings);
    if (paths.length === 0)
        return null;
    const dotenv = await reader.readText('.env');
    const vars = new Map();
    if (dotenv)
        for (const entry of parseEnvFile(dotenv, () => undefined))
            vars.set(entry.name, entry.value);
    const loader = { reader, findings, vars, missing: new Set(), parsed: new Map() };
    const files = [];
    for (const path of paths) {
        const file = await loadFile(loader, path);
        if (file)
            files.push(file);
    }
    const services = mergeFiles(files);
    const profiles = (vars.get('COMPOSE_PROFILES') ?? '')
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean);
    for (const [name, service] of Object.entries(services)) {
        const own = toList(service.profiles).map(String);
        if (own.length > 0 && !own.some((p) => profiles.includes(p))) {
            findings.add('D026', { service: name, profiles: own.join(', ') }, (0,detect_text/* splitRef */.Mn)(locate(files, ['services', name])));
            delete services[name];
        }
    }
    return describeCompose(files, paths, services, { reader, findings }, options);
}
async function composeFiles(reader, explicit, findings) {
    if (explicit) {
        const paths = explicit
            .split(',')
            .map((p) => p.trim())
            .filter(Boolean);
        const found = [];
        for (const path of paths) {
            const clean = repo_reader/* RepoReader */.W.normalise(path);
            if (clean && (await reader.exists(clean)))
                found.push(clean);
            else
                findings.add('D021', { file: path }, { file: path });
        }
        return found;
    }
    const first = await firstExisting(reader, DEFAULT_FILES);
    if (!first)
        return [];
    const override = await firstExisting(reader, OVERRIDE_FILES);
    return override ? [first, override] : [first];
}
async function firstExisting(reader, names) {
    for (const name of names)
        if (await reader.exists(name))
            return name;
    return null;
}
/** A compose file parsed and interpolated once (an `extends` chain may come back to it). */
async function parseFile(loader, path) {
    if (loader.parsed.has(path))
        return loader.parsed.get(path);
    loader.parsed.set(path, null);
    const text = await loader.reader.readText(path);
    if (text === null)
        return null;
    const read = (0,yaml/* readYaml */.g)(text, { uniqueKeys: false });
    if (!read.ok) {
        loader.findings.add('D020', { detail: read.message }, { file: path, ...(read.line ? { line: read.line } : {}) });
        return null;
    }
    const { document, lines } = read;
    const file = { path, document, lines, raw: {}, services: {} };
    file.raw = interpolateTree(isObject(read.value) ? read.value : {}, (name, at) => {
        if (loader.missing.has(name))
            return;
        loader.missing.add(name);
        loader.findings.add('D024', { name }, (0,detect_text/* splitRef */.Mn)(locate([file], at)));
    }, loader.vars, []);
    loader.parsed.set(path, file);
    return file;
}
async function loadFile(loader, path) {
    const file = await parseFile(loader, path);
    if (!file)
        return null;
    for (const [name, service] of Object.entries(servicesOf(file))) {
        file.services[name] = await resolveExtends(loader, file, name, service, []);
    }
    return file;
}
function servicesOf(file) {
    const services = isObject(file.raw.services) ? file.raw.services : {};
    return Object.fromEntries(Object.entries(services).filter(([, s]) => isObject(s)));
}
function interpolateTree(value, onMissing, vars, at) {
    if (typeof value === 'string')
        return interpolate(value, vars, (name) => onMissing(name, at));
    if (Array.isArray(value))
        return value.map((v, i) => interpolateTree(v, onMissing, vars, [...at, i]));
    if (isObject(value)) {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, interpolateTree(v, onMissing, vars, [...at, k])]));
    }
    return value;
}
/**
 * The service with its `extends` chain merged in. `chain` holds the `file#service` links followed so
 * far: Docker Compose refuses a chain that comes back to one of them, and so do we (D027).
 */
async function resolveExtends(loader, file, name, service, chain) {
    const spec = service.extends;
    if (spec === undefined)
        return service;
    const own = { ...service };
    delete own.extends;
    const where = (0,detect_text/* splitRef */.Mn)(locate([file], ['services', name, 'extends']));
    const baseName = typeof spec === 'string' ? spec : isObject(spec) ? String(spec.service ?? '') : '';
    let baseFile = file;
    if (isObject(spec) && typeof spec.file === 'string') {
        const path = repo_reader/* RepoReader */.W.normalise(external_node_path_.posix.join(external_node_path_.posix.dirname(file.path), spec.file));
        baseFile = path ? await parseFile(loader, path) : null;
    }
    const links = [...chain, `${file.path}#${name}`];
    const back = baseFile ? links.indexOf(`${baseFile.path}#${baseName}`) : -1;
    if (back !== -1) {
        const cycle = [...links.slice(back), links[back]].map((l) => l.replace('#', ' '));
        loader.findings.add('D027', { service: name, chain: cycle.join(' → ') }, where);
        return own;
    }
    const raw = baseFile ? servicesOf(baseFile)[baseName] : undefined;
    if (!raw) {
        loader.findings.add('D025', { service: name, base: baseName }, where);
        return own;
    }
    const base = await resolveExtends(loader, baseFile, baseName, raw, links);
    return mergeService(base, own);
}
function mergeFiles(files) {
    const merged = {};
    for (const file of files) {
        for (const [name, service] of Object.entries(file.services)) {
            merged[name] = merged[name] ? mergeService(merged[name], service) : service;
        }
    }
    return merged;
}

;// CONCATENATED MODULE: ./src/detect/ecosystem.ts

/** `script: './dist/server.js'` in JS, `"script": "…"` in JSON, `script: dist/server.js` in YAML. */
const SCRIPT = /["']?\bscript["']?\s*:\s*["'`]?([^"'`,\s}]+)/;
const ARGS = /["']?\bargs["']?\s*:\s*(?:["'`]([^"'`]*)["'`]|([^\s,}[\]][^\n,}]*))/;
const INTERPRETER = /["']?\binterpreter["']?\s*:\s*["'`]?([^"'`,\s}]+)/;
/**
 * Reads the first app's `script`, `args` and `interpreter` from a pm2 ecosystem file (JS, JSON or
 * YAML: https://pm2.keymetrics.io/docs/usage/application-declaration/) by pattern, without running it.
 */
function ecosystemApp(text) {
    const script = SCRIPT.exec(text);
    if (!script?.[1])
        return null;
    // Only the keys of the same app: up to the next `script`.
    const rest = text.slice(script.index + script[0].length);
    const app = rest.slice(0, SCRIPT.exec(rest)?.index ?? rest.length);
    const before = text.slice(0, script.index);
    const appStart = Math.max(before.lastIndexOf('{'), before.lastIndexOf('- '));
    const head = before.slice(appStart === -1 ? 0 : appStart);
    const args = ARGS.exec(head + app);
    const interpreter = INTERPRETER.exec(head + app)?.[1];
    const file = script[1];
    const runner = interpreter && interpreter !== 'none'
        ? [interpreter]
        : /^(?:npm|pnpm|yarn|bun)$/.test(file)
            ? []
            : ['node'];
    const argText = (args?.[1] ?? args?.[2] ?? '').trim();
    return {
        command: [...runner, file, ...(argText ? [argText] : [])].join(' '),
        line: (0,detect_text/* lineAt */.mh)(text, script.index),
    };
}

// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var umd_main = __webpack_require__(9547);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/util/parse-js.ts
var parse_js = __webpack_require__(8055);
;// CONCATENATED MODULE: ./src/detect/nps.ts





/**
 * nps (package-scripts) keeps its scripts in `package-scripts.js` (or .yml/.yaml/.json) instead of
 * package.json (https://github.com/sezna/nps#readme); nps-utils' helpers build the command strings
 * (https://github.com/kentcdodds/nps-utils). The file is read statically, never run: it is the
 * repository's code.
 */
const NPS_CONFIG_FILES = [
    'package-scripts.js',
    'package-scripts.cjs',
    'package-scripts.mjs',
    'package-scripts.json',
    'package-scripts.yml',
    'package-scripts.yaml',
];
/** The script `name` (dotted: `banner.serve`) of an nps config, as nps resolves it. */
function npsScript(file, text, name) {
    const root = readConfig(file, text);
    if (root.kind === 'unreadable')
        return root;
    const scripts = root.kind === 'object' ? root.entries.get('scripts') : undefined;
    let node = scripts;
    for (const part of name.split('.')) {
        if (node?.kind === 'unreadable')
            return node;
        node = node?.kind === 'object' ? node.entries.get(part) : undefined;
    }
    // An object is a script through its `script`, or its `default` (`nps test` → test.default).
    while (node?.kind === 'object')
        node = node.entries.get('script') ?? node.entries.get('default');
    if (!node)
        return null;
    return node.kind === 'text' ? { kind: 'command', command: node.value, line: node.line } : node;
}
function readConfig(file, text) {
    if (file.endsWith('.json')) {
        const tree = (0,umd_main.parseTree)(text, [], { allowTrailingComma: true });
        return tree ? fromJson(tree, text) : { kind: 'unreadable', text: file, line: 1 };
    }
    if (/\.ya?ml$/.test(file)) {
        const read = (0,yaml/* readYaml */.g)(text);
        if (!read.ok || !read.document.contents)
            return { kind: 'unreadable', text: file, line: read.ok ? 1 : (read.line ?? 1) };
        return fromYaml(read.document.contents, (offset) => read.lines.linePos(offset).line);
    }
    return fromJs(file, text);
}
function fromJson(node, text) {
    const line = (0,detect_text/* lineAt */.mh)(text, node.offset);
    if (node.type === 'string')
        return { kind: 'text', value: String(node.value), line };
    if (node.type !== 'object')
        return { kind: 'unreadable', text: text.slice(node.offset, node.offset + node.length), line };
    const entries = new Map();
    for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        if (key && value)
            entries.set(String(key.value), fromJson(value, text));
    }
    return { kind: 'object', entries, line };
}
function fromYaml(node, lineOf) {
    const line = lineOf(node.range?.[0] ?? 0);
    if ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'string')
        return { kind: 'text', value: node.value, line };
    if (!(0,dist/* isMap */.jh)(node))
        return { kind: 'unreadable', text: String(node), line };
    const entries = new Map();
    for (const pair of node.items) {
        const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : null;
        if (key !== null && pair.value)
            entries.set(key, fromYaml(pair.value, lineOf));
    }
    return { kind: 'object', entries, line };
}
/** The nps-utils helpers read here: they only join their string arguments. */
const HELPERS = new Set(['series', 'concurrent']);
/** A CommonJS or ESM config: `module.exports = {…}` / `export default {…}`, read as data. */
function fromJs(file, text) {
    const program = (0,parse_js/* parseJs */.z)(text);
    if (!program)
        return { kind: 'unreadable', text: `${file} (not JavaScript acorn parses)`, line: 1 };
    const scope = new Map();
    const helpers = new Map();
    let exported = null;
    for (const statement of program.body) {
        if (statement.type === 'VariableDeclaration') {
            for (const declaration of statement.declarations) {
                const init = declaration.init;
                if (!init)
                    continue;
                if (declaration.id.type === 'Identifier')
                    scope.set(declaration.id.name, init);
                if (isNpsUtils(init))
                    bindHelpers(declaration.id, helpers);
            }
        }
        else if (statement.type === 'ImportDeclaration' && statement.source.value === 'nps-utils') {
            for (const specifier of statement.specifiers)
                helpers.set(specifier.local.name, specifier.type === 'ImportSpecifier' && specifier.imported.type === 'Identifier'
                    ? specifier.imported.name
                    : '*');
        }
        else if (statement.type === 'ExportDefaultDeclaration') {
            exported = statement.declaration;
        }
        else if (statement.type === 'ExpressionStatement' &&
            statement.expression.type === 'AssignmentExpression' &&
            isModuleExports(statement.expression.left)) {
            exported = statement.expression.right;
        }
    }
    const lineOf = (node) => (0,detect_text/* lineAt */.mh)(text, node.start);
    if (!exported)
        return { kind: 'unreadable', text: `${file} (no module.exports)`, line: 1 };
    return new JsReader(text, scope, helpers, lineOf).read(exported, 0);
}
function isModuleExports(node) {
    return (node.type === 'MemberExpression' &&
        node.object.type === 'Identifier' &&
        node.object.name === 'module' &&
        node.property.type === 'Identifier' &&
        node.property.name === 'exports');
}
/** `require('nps-utils')`. */
function isNpsUtils(node) {
    return (node.type === 'CallExpression' &&
        node.callee.type === 'Identifier' &&
        node.callee.name === 'require' &&
        node.arguments[0]?.type === 'Literal' &&
        node.arguments[0].value === 'nps-utils');
}
/** `const { series } = require('nps-utils')` → series; `const utils = require(…)` → utils (`*`). */
function bindHelpers(id, helpers) {
    if (id.type === 'Identifier')
        helpers.set(id.name, '*');
    if (id.type !== 'ObjectPattern')
        return;
    for (const property of id.properties) {
        if (property.type === 'Property' &&
            property.key.type === 'Identifier' &&
            property.value.type === 'Identifier')
            helpers.set(property.value.name, property.key.name);
    }
}
class JsReader {
    text;
    scope;
    helpers;
    lineOf;
    constructor(text, scope, helpers, lineOf) {
        this.text = text;
        this.scope = scope;
        this.helpers = helpers;
        this.lineOf = lineOf;
    }
    /** `depth` bounds variables that refer to each other. */
    read(node, depth) {
        const line = this.lineOf(node);
        const string = stringLiteral(node);
        if (string !== null)
            return { kind: 'text', value: string, line };
        if (node.type === 'Identifier' && this.scope.has(node.name) && depth < 8)
            return this.read(this.scope.get(node.name), depth + 1);
        if (node.type === 'ObjectExpression') {
            const entries = new Map();
            for (const property of node.properties) {
                if (property.type !== 'Property')
                    continue;
                const key = property.key.type === 'Identifier' && !property.computed
                    ? property.key.name
                    : stringLiteral(property.key);
                if (key !== null)
                    entries.set(key, this.read(property.value, depth));
            }
            return { kind: 'object', entries, line };
        }
        if (node.type === 'CallExpression') {
            const helper = this.helperOf(node.callee);
            const args = node.arguments.filter((a) => !isFalsy(a));
            const values = args.map((a) => (a.type === 'SpreadElement' ? null : this.read(a, depth)));
            const command = helper && this.joined(helper, values);
            if (command !== null)
                return { kind: 'text', value: command, line };
        }
        return this.unreadable(node);
    }
    /** `series(…)` / `series.nps(…)` / `concurrent.nps(…)` bound to nps-utils. */
    helperOf(callee) {
        const nps = callee.type === 'MemberExpression' &&
            callee.property.type === 'Identifier' &&
            callee.property.name === 'nps';
        const base = nps ? callee.object : callee;
        const name = base.type === 'Identifier'
            ? this.helpers.get(base.name)
            : base.type === 'MemberExpression' &&
                base.object.type === 'Identifier' &&
                this.helpers.get(base.object.name) === '*' &&
                base.property.type === 'Identifier'
                ? base.property.name
                : undefined;
        return name && HELPERS.has(name) ? { name, nps } : null;
    }
    /**
     * The command a helper returns. `series` joins with ` && ` (the server is the last one, as in any
     * chain); `concurrent` runs its scripts side by side under `concurrently`, where the long-running
     * server is by convention the last one: that one is the command.
     */
    joined(helper, values) {
        const scripts = [];
        for (const value of values) {
            const script = value?.kind === 'object' && helper.name === 'concurrent' && !helper.nps
                ? [...value.entries.values()].map((v) => v.kind === 'object' ? v.entries.get('script') : v)
                : [value];
            for (const item of script) {
                if (item?.kind !== 'text')
                    return null;
                scripts.push(helper.nps ? `nps ${quoteName(item.value.trim())}` : item.value);
            }
        }
        if (scripts.length === 0)
            return null;
        return helper.name === 'series' ? scripts.join(' && ') : scripts.at(-1);
    }
    unreadable(node) {
        const source = this.text.slice(node.start, node.end).replace(/\s+/g, ' ');
        return {
            kind: 'unreadable',
            text: source.length > 80 ? `${source.slice(0, 79)}…` : source,
            line: this.lineOf(node),
        };
    }
}
function stringLiteral(node) {
    if (node.type === 'Literal' && typeof node.value === 'string')
        return node.value;
    if (node.type === 'TemplateLiteral' && node.expressions.length === 0)
        return node.quasis[0]?.value.cooked ?? null;
    return null;
}
/** nps-utils drops falsy arguments (`series(isCI && 'lint', 'build')` when not in CI is unreadable). */
function isFalsy(node) {
    return ((node.type === 'Literal' && !node.value) ||
        (node.type === 'Identifier' && node.name === 'undefined'));
}
/** nps-utils quotes a script name with arguments (`nps "test --coverage"`). */
function quoteName(name) {
    return name.includes(' ') ? `"${name}"` : name;
}

;// CONCATENATED MODULE: ./src/detect/shell-script.ts

/** Database migrations and seeds run at container start (Prisma, Knex, Sequelize, TypeORM, Drizzle…). */
const MIGRATION = /\bprisma\s+(?:migrate|db\s+(?:push|seed))\b|\b(?:knex|sequelize(?:-cli)?|typeorm(?:-ts-node-\w+)?|drizzle-kit|node-pg-migrate|db-migrate|umzug)\b.*\b(?:migrat\w*|push|up|seed\w*)\b|\b(?:run|run-script)\s+[\w:-]*(?:migrat|seed)[\w:-]*|\b(?:alembic\s+upgrade|manage\.py\s+migrate)\b|\bmigrat\w*\.[cm]?[jt]s\b/;
/** Waiting for a dependency before starting (wait-for-it, dockerize -wait, pg_isready / nc loops). */
const WAIT = /\b(?:wait-for-it|wait-for|dockerize|pg_isready|mysqladmin\s+ping)\b|\bnc\s+-z\b/;
/** Words that only open or close shell blocks; the command follows them on the same line. */
const BLOCK_WORDS = new Set(['then', 'do', 'else', '{', '(', 'time', '!']);
/** Shell built-ins and helpers that never start the server. */
const NOT_A_SERVER = new Set([
    'if',
    'elif',
    'fi',
    'done',
    'esac',
    'while',
    'until',
    'for',
    'case',
    'set',
    'export',
    'echo',
    'printf',
    'cd',
    'source',
    '.',
    'test',
    '[',
    '[[',
    'sleep',
    'trap',
    'shift',
    'unset',
    'local',
    'return',
    'exit',
    'mkdir',
    'chown',
    'chmod',
    'rm',
    'cp',
    'mv',
    'ln',
    'cat',
    'envsubst',
    'true',
    'false',
    'wait',
    '}',
    ')',
    ';;',
]);
/**
 * The simple commands of a script: continuation lines joined, comments dropped, chains (`&&`, `||`,
 * `;`) split. Commands sent to the background (`… &`) are left out: the container's process is the
 * command in the foreground.
 */
function shellCommands(text, firstLine = 1) {
    const commands = [];
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const line = firstLine + i;
        let logical = lines[i];
        while (logical.endsWith('\\') && i + 1 < lines.length)
            logical = logical.slice(0, -1) + lines[++i];
        const words = (0,detect_text/* splitShellWords */.CQ)(logical);
        const comment = words.findIndex((w) => w.startsWith('#'));
        const code = comment === -1 ? words : words.slice(0, comment);
        let current = [];
        const flush = () => {
            while (current.length > 0 && BLOCK_WORDS.has(current[0]))
                current.shift();
            if (current.length > 0 && current.at(-1) !== '&' && !current.at(-1).endsWith('&'))
                commands.push({ words: current, text: current.join(' '), line });
            current = [];
        };
        for (const word of code) {
            if (word === '&&' || word === '||' || word === ';')
                flush();
            else
                current.push(word);
        }
        flush();
    }
    return commands;
}
/** What a start-up command is for, when it is not the server. */
function startupNote(command) {
    if (WAIT.test(command.text))
        return { kind: 'wait', command: command.text, line: command.line };
    if (MIGRATION.test(command.text))
        return { kind: 'migration', command: command.text, line: command.line };
    return null;
}
/** `exec "$@"`: the script hands over to the arguments it was given (the image's CMD). */
function isPassthrough(words) {
    const rest = words[0] === 'exec' ? words.slice(1) : words;
    return rest.length === 1 && /^\$(?:@|\{@\})$/.test(rest[0]);
}
/** A command that may start the server: not a shell built-in, a wait or a migration. */
function mayStartServer(command) {
    const first = command.words.find((w) => w !== 'exec' && !/^\w+=/.test(w));
    return first !== undefined && !NOT_A_SERVER.has(first) && !startupNote(command);
}

;// CONCATENATED MODULE: ./src/detect/start.ts


const WRAPPERS = new Set([
    'tini',
    'dumb-init',
    'exec',
    'env',
    'cross-env',
    'doppler',
    'with-contenv',
]);
const NODE_LIKE = new Set([
    'node',
    'nodejs',
    'bun',
    'tsx',
    'ts-node',
    'ts-node-dev',
    'nodemon',
    'deno',
]);
const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh']);
/** Verbs of the runners above that come before the file (`tsx watch src/x.ts`, `deno run main.ts`). */
const RUNNER_VERBS = new Set(['run', 'start', 'watch', 'serve']);
const NODE_VALUE_FLAGS = new Set([
    '-r',
    '--require',
    '--import',
    '--loader',
    '--experimental-loader',
    '--env-file',
    '--watch-path',
    '-e',
    '--eval',
    '--inspect-port',
]);
/** nodemon / ts-node-dev / pm2 options that take a value (`--watch` is a flag for node itself). */
const MANAGER_VALUE_FLAGS = new Set([
    ...NODE_VALUE_FLAGS,
    '--exec',
    '-x',
    '--watch',
    '-w',
    '--ext',
    '--ignore',
    '--delay',
    '--signal',
    '--name',
    '-n',
    '-i',
    '--instances',
    '--interpreter',
    '--node-args',
    '--max-memory-restart',
    '--cwd',
    '--env',
    '--log',
    '--output',
    '-o',
    '--error',
    '--project',
    '-P',
    '--tsconfig',
]);
/** pm2 reads these as ecosystem files rather than scripts to run. */
const ECOSYSTEM_FILE = /(?:^|\/)(?:ecosystem[\w.-]*|[\w.-]*\.config\.[cm]?js|[\w.-]+\.(?:json|ya?ml))$/;
const SOURCE_FILE = /\.[cm]?[jt]sx?$/;
const SCRIPT_RUNNERS = new Set(['npm', 'pnpm', 'yarn', 'bun']);
/** Watchers and dev servers: what a compose file runs in development, not what the image ships. */
const DEV_COMMAND = /\b(?:nodemon|ts-node-dev|tsx\s+watch|node\s+--watch|(?:next|nuxt|nuxi|vite|astro|remix)\s+dev|nest\s+start\s+--watch|--watch\b)/;
function isDevCommand(command) {
    return DEV_COMMAND.test(command);
}
/** Interprets a container's argv (ENTRYPOINT + CMD, or a package script split into words). */
function startTarget(argv) {
    const words = lastCommand(unwrapShell(argv));
    while (words.length > 0 &&
        (WRAPPERS.has(external_node_path_.posix.basename(words[0])) || words[0] === '--' || /^\w+=/.test(words[0]))) {
        words.shift();
    }
    const [program, ...args] = words;
    if (!program)
        return { kind: 'unknown' };
    const name = external_node_path_.posix.basename(program);
    if (SHELLS.has(name) && args[0] === '-c' && args[1] !== undefined)
        return startTarget(['sh', '-c', args[1]]);
    if (SHELLS.has(name) && args[0] && !args[0].startsWith('-'))
        return { kind: 'shell', path: args[0], args: args.slice(1) };
    // `docker-entrypoint.sh node app.js`: entrypoint scripts usually end with `exec "$@"`.
    if (name.endsWith('.sh') || (/entrypoint$/.test(name) && args.length > 0))
        return { kind: 'shell', path: program, args };
    if (name === 'pm2' || name === 'pm2-runtime')
        return pm2Target(args);
    if (SCRIPT_RUNNERS.has(name)) {
        const script = scriptTarget(name, args);
        if (script)
            return script;
    }
    if (name === 'nps')
        return npsTarget(args);
    if (NODE_LIKE.has(name)) {
        const file = firstOperand(args.filter((a, i) => i > 0 || !RUNNER_VERBS.has(a)), name === 'node' || name === 'nodejs' ? NODE_VALUE_FLAGS : MANAGER_VALUE_FLAGS);
        if (file)
            return { kind: 'file', path: file, runtime: name };
        // https://github.com/remy/nodemon#usage: with no script, nodemon runs package.json's `main`.
        return name === 'nodemon' ? { kind: 'package-main' } : { kind: 'unknown' };
    }
    if (name === 'npx' && args[0])
        return startTarget(args);
    const python = pythonTarget(name, args);
    if (python)
        return python;
    if (['next', 'nest', 'nuxt', 'nuxi', 'astro', 'remix-serve', 'react-router-serve'].includes(name)) {
        return { kind: 'framework', name: name === 'nuxi' ? 'nuxt' : name.replace(/-serve$/, '') };
    }
    if (program.startsWith('/') || program.startsWith('./'))
        return { kind: 'binary', path: program };
    return { kind: 'unknown' };
}
/** `pm2-runtime ecosystem.config.js`, `pm2 start dist/main.js -i max`, `pm2 start npm -- start`. */
function pm2Target(args) {
    const dashes = args.indexOf('--');
    const own = dashes === -1 ? args : args.slice(0, dashes);
    const file = firstOperand(own.filter((a, i) => i > 0 || a !== 'start'), MANAGER_VALUE_FLAGS);
    if (!file)
        return { kind: 'unknown' };
    if (ECOSYSTEM_FILE.test(file))
        return { kind: 'pm2', path: file };
    if (SCRIPT_RUNNERS.has(file) && dashes !== -1)
        return startTarget([file, ...args.slice(dashes + 1)]);
    return { kind: 'file', path: file, runtime: 'node' };
}
/** nps options that take a value (https://github.com/sezna/nps#cli-usage). */
const NPS_VALUE_FLAGS = new Set(['-c', '--config', '-r', '--require', '-l', '--log-level']);
/** `nps`, `nps serve`, `nps -c ./scripts.js "test --coverage" build`: nps runs the names in series. */
function npsTarget(args) {
    const scripts = [];
    let config = null;
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        if (arg === '-c' || arg === '--config')
            config = args[i + 1] ?? null;
        if (arg.startsWith('--config='))
            config = arg.slice('--config='.length);
        if (NPS_VALUE_FLAGS.has(arg))
            i++;
        else if (!arg.startsWith('-'))
            scripts.push(arg.trim().split(/\s+/)[0]);
    }
    return { kind: 'nps', scripts: scripts.length > 0 ? scripts : ['default'], config };
}
/** `sh -c "a && b"` → the words of `a && b`. */
function unwrapShell(argv) {
    const [shell, flag, script] = argv;
    if (shell && /(^|\/)(ba|da)?sh$/.test(shell) && flag === '-c' && script !== undefined)
        return (0,detect_text/* splitShellWords */.CQ)(script);
    return argv;
}
/** The server is the last command of a chain (`prisma migrate deploy && node dist/main.js`). */
function lastCommand(words) {
    const separators = words
        .map((w, i) => (['&&', '||', ';'].includes(w) ? i : -1))
        .filter((i) => i >= 0);
    const start = separators.length > 0 ? separators.at(-1) + 1 : 0;
    return words.slice(start);
}
function firstOperand(args, valueFlags) {
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        if (valueFlags.has(arg))
            i++;
        else if (!arg.startsWith('-'))
            return arg;
    }
    return null;
}
function scriptTarget(runner, args) {
    let workspace = null;
    let prefix = null;
    const rest = [];
    let passed = [];
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        const [flag, inline] = arg.includes('=')
            ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
            : [arg, null];
        const value = () => inline ?? args[++i] ?? null;
        if (['-w', '--workspace', '--filter', '-F'].includes(flag))
            workspace = value();
        else if (['--prefix', '-C', '--dir', '--cwd'].includes(flag))
            prefix = value();
        else if (arg === '--') {
            passed = args.slice(i + 1);
            break;
        }
        else if (!arg.startsWith('-'))
            rest.push(arg);
    }
    if (runner === 'yarn' && rest[0] === 'workspace' && rest[1]) {
        workspace = rest[1];
        rest.splice(0, 2);
    }
    const [verb, script] = rest;
    // npm 7+, yarn and pnpm pass the words after the script name on to it.
    const withArgs = (name, skip) => {
        const extra = [...rest.slice(skip), ...passed];
        return {
            kind: 'script',
            script: name,
            workspace,
            prefix,
            ...(extra.length ? { args: extra } : {}),
        };
    };
    if ((verb === 'run' || verb === 'run-script') && script) {
        // `bun run src/index.ts` runs a file, not a script.
        return runner === 'bun' && SOURCE_FILE.test(script)
            ? { kind: 'file', path: script, runtime: 'bun' }
            : withArgs(script, 2);
    }
    if (verb === 'run' || verb === 'run-script')
        return null;
    if (verb === 'start' || verb === 'test')
        return withArgs(verb, 1);
    // `yarn dev`, `pnpm serve`, `bun serve`: any other word is a script name (bun: unless it is a file).
    if (verb && runner !== 'npm' && !SOURCE_FILE.test(verb))
        return withArgs(verb, 1);
    if (verb && runner === 'bun')
        return { kind: 'file', path: verb, runtime: 'bun' };
    return null;
}
function pythonTarget(name, args) {
    if (/^python[\d.]*$/.test(name)) {
        if (args[0] === '-m' && args[1])
            return pythonTarget(args[1], args.slice(2)) ?? { kind: 'python', path: moduleFile(args[1]) };
        const file = args.find((a) => !a.startsWith('-'));
        return file ? { kind: 'python', path: file } : null;
    }
    if (['uvicorn', 'gunicorn', 'hypercorn', 'granian', 'daphne'].includes(name)) {
        const app = args.find((a, i) => !a.startsWith('-') &&
            !(args[i - 1]?.startsWith('-') && !args[i - 1].includes('=')) &&
            a.includes(':'));
        return app ? { kind: 'python', path: moduleFile(app.split(':')[0]) } : null;
    }
    if ((name === 'fastapi' || name === 'flask') && args[0]) {
        const file = args.slice(1).find((a) => !a.startsWith('-'));
        return { kind: 'python', path: file ?? (name === 'flask' ? 'app.py' : 'main.py') };
    }
    return null;
}
function moduleFile(module) {
    return `${module.replace(/\./g, '/')}.py`;
}

;// CONCATENATED MODULE: ./src/detect/entry.ts









const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.mjs', '.cjs', '.jsx'];
const RUN_EXTENSIONS = ['', '.js', '.mjs', '.cjs', '.ts', '/index.js'];
const FRAMEWORK_COMMANDS = {
    next: 'next',
    nest: 'nestjs',
    nuxt: 'nuxt',
    astro: 'astro',
    remix: 'remix',
};
/** Follows the start command to the file the server runs and the source file it is built from. */
async function resolveEntry(resolver, start) {
    const read = {
        chain: [],
        entry: null,
        runFile: null,
        packageDir: null,
        framework: null,
    };
    if (!start)
        return read;
    const { docker, reader, findings } = resolver;
    read.chain.push({ command: commandText(start.argv), source: start.source });
    noteStartup(findings, start.argv, start.source);
    let target = startTarget(start.argv);
    // Paths are inside the container until a package script moves us into a repository directory.
    const place = {
        repoDir: docker ? null : resolver.context,
        cwd: docker?.facts.workdir ?? '/',
    };
    for (let hop = 0; hop < 8; hop++) {
        const next = target.kind === 'script'
            ? await followScript(resolver, read, target, place)
            : target.kind === 'shell'
                ? await followShell(resolver, read, target, place)
                : target.kind === 'pm2'
                    ? await followEcosystem(resolver, read, target, place)
                    : target.kind === 'nps'
                        ? await followNps(resolver, read, target, place)
                        : target.kind === 'package-main'
                            ? await followMain(resolver, read, place)
                            : null;
        if (!next)
            break;
        target = next;
    }
    const last = read.chain.at(-1);
    if (target.kind === 'framework') {
        const name = FRAMEWORK_COMMANDS[target.name];
        if (name)
            read.framework = { name, source: last.source };
        if (target.name === 'nest' && read.packageDir !== null)
            await nestEntry(resolver, read, last.source);
        return read;
    }
    if (target.kind !== 'file' && target.kind !== 'python' && target.kind !== 'binary') {
        findings.add('D008', { command: last.command }, (0,detect_text/* splitRef */.Mn)(last.source));
        return read;
    }
    const where = await locateFile(resolver, place, target.path);
    if (where.kind === 'unknown') {
        if (target.kind !== 'binary')
            findings.add('D008', { command: last.command }, (0,detect_text/* splitRef */.Mn)(last.source));
        return read;
    }
    read.packageDir ??= await nearestPackageDir(reader, external_node_path_.posix.dirname(where.path), resolver.context);
    const pkg = read.packageDir === null ? null : await resolver.packages(read.packageDir);
    const existing = where.kind === 'repo' ? await entry_firstExisting(reader, where.path) : null;
    const runFile = existing ??
        (target.kind === 'file' && !external_node_path_.posix.extname(where.path) ? `${where.path}.js` : where.path);
    read.runFile = runFile;
    const outDir = pkg?.facts.build?.outDir ? (0,detect_package/* join */.fj)(pkg.facts.dir, pkg.facts.build.outDir) : null;
    if (outDir && (runFile === outDir || runFile.startsWith(`${outDir}/`))) {
        const source = await builtSource(resolver, pkg, runFile, outDir);
        read.entry = source ? { path: source, source: last.source } : null;
        return read;
    }
    if (existing)
        read.entry = { path: existing, source: last.source };
    else if (where.kind === 'repo' && !where.generated) {
        findings.add('D007', { file: where.path }, (0,detect_text/* splitRef */.Mn)(last.source));
    }
    return read;
}
/** A path the start command names, traced to the repository (or `unknown`). */
async function locateFile(resolver, place, path) {
    if (place.repoDir === null)
        return originInContainer(resolver, external_node_path_.posix.resolve(place.cwd, path), place.cwd);
    const generated = Boolean(resolver.docker?.facts.runCommands.some((run) => BUILD_STEP.test(run.command)));
    return { kind: 'repo', path: (0,detect_package/* join */.fj)(place.repoDir, path), generated };
}
/** `npm start` → the package's `scripts.start` (npm runs `node server.js` when there is none). */
async function followScript(resolver, read, target, place) {
    const dir = await scriptPackageDir(resolver, target, place.repoDir, place.cwd);
    const pkg = dir === null ? null : await resolver.packages(dir);
    if (!pkg)
        return null;
    read.packageDir = dir;
    place.repoDir = dir;
    const defined = pkg.facts.scripts[target.script];
    const text = defined ?? (target.script === 'start' ? 'node server.js' : null);
    if (text === null)
        return null;
    const source = defined ? pkg.file.at('scripts', target.script) : pkg.file.path;
    const args = target.args ?? [];
    read.chain.push({ command: args.length ? `${text} ${(0,detect_text/* joinShellWords */.MS)(args)}` : text, source });
    const words = [...(0,detect_text/* splitShellWords */.CQ)(text), ...args];
    noteStartup(resolver.findings, words, source);
    return startTarget(words);
}
/**
 * `nps serve` → the `serve` script of package-scripts.js (or .yml/.json), read without running it.
 * A script the file computes (its own function, a variable) ends the chain there: D008 names its line.
 */
async function followNps(resolver, read, target, place) {
    const config = await npsConfig(resolver, target.config, place);
    if (!config)
        return null;
    // nps runs the names one after the other: the server is the last.
    const script = npsScript(config.path, config.text, target.scripts.at(-1));
    if (!script)
        return null;
    const source = (0,diagnostic/* sourceRef */.$)(config.path, script.line);
    if (script.kind === 'unreadable') {
        read.chain.push({ command: script.text, source });
        return { kind: 'unknown' };
    }
    read.chain.push({ command: script.command, source });
    const words = (0,detect_text/* splitShellWords */.CQ)(script.command);
    noteStartup(resolver.findings, words, source);
    return startTarget(words);
}
/**
 * The nps config: `--config`, else package-scripts.* where the scripts run, then at the root of the
 * build context (nps looks upwards from its working directory).
 */
async function npsConfig(resolver, given, place) {
    const names = given !== null ? [given] : NPS_CONFIG_FILES;
    const paths = [];
    for (const name of names) {
        const where = await locateFile(resolver, place, name);
        if (where.kind === 'repo')
            paths.push(where.path);
    }
    if (given === null && place.repoDir !== null)
        paths.push(...NPS_CONFIG_FILES.map((name) => (0,detect_package/* join */.fj)(resolver.context, name)));
    for (const path of new Set(paths)) {
        const text = await resolver.reader.readText(path);
        if (text === null)
            continue;
        place.repoDir ??= external_node_path_.posix.dirname(path) || '.';
        return { path, text };
    }
    return null;
}
/** nodemon's default runners by extension (https://github.com/remy/nodemon#running-non-node-scripts). */
const NODEMON_EXEC = { '.ts': 'ts-node', '.js': 'node' };
/**
 * `nodemon` with no script → package.json `main`, else `index.js` when it exists (nodemon's
 * findAppScript, lib/config/load.js), run as nodemon.json's `execMap` says.
 */
async function followMain(resolver, read, place) {
    const dir = read.packageDir ?? place.repoDir ?? resolver.context;
    const pkg = await resolver.packages(dir);
    const declared = pkg?.file.value.main;
    const main = typeof declared === 'string'
        ? declared
        : (await resolver.reader.exists((0,detect_package/* join */.fj)(dir, 'index.js')))
            ? 'index.js'
            : null;
    if (!pkg || main === null)
        return null;
    read.packageDir = dir;
    place.repoDir = dir;
    const extension = external_node_path_.posix.extname(main);
    const config = await detect_package/* JsonFile */.xq.read(resolver.reader, (0,detect_package/* join */.fj)(dir, 'nodemon.json'), resolver.findings);
    const exec = config?.record('execMap')[extension.slice(1)];
    const source = exec
        ? config.at('execMap', extension.slice(1))
        : typeof declared === 'string'
            ? pkg.file.at('main')
            : pkg.file.path;
    const command = `${exec ?? NODEMON_EXEC[extension] ?? 'node'} ${main}`;
    read.chain.push({ command, source });
    return startTarget((0,detect_text/* splitShellWords */.CQ)(command));
}
/**
 * A shell script: the command that starts the server (the last one in the foreground), or
 * `exec "$@"` handing over to the arguments (CMD). Migrations and waits on the way are noted.
 */
async function followShell(resolver, read, target, place) {
    const where = await locateFile(resolver, place, target.path);
    const text = where.kind === 'repo' ? await resolver.reader.readText(where.path) : null;
    // An image's own entrypoint (node's docker-entrypoint.sh) hands over to CMD.
    if (text === null || where.kind !== 'repo')
        return target.args.length > 0 ? startTarget(target.args) : null;
    const commands = shellCommands(text);
    for (const command of commands) {
        const note = startupNote(command);
        if (note)
            addNote(resolver.findings, note, where.path);
    }
    const server = commands.filter((c) => isPassthrough(c.words) || mayStartServer(c)).at(-1);
    if (!server)
        return null;
    const source = (0,diagnostic/* sourceRef */.$)(where.path, server.line);
    if (isPassthrough(server.words)) {
        if (target.args.length === 0)
            return null;
        read.chain.push({ command: (0,detect_text/* joinShellWords */.MS)(target.args), source });
        return startTarget(target.args);
    }
    read.chain.push({ command: server.text, source });
    return startTarget(server.words);
}
/** `pm2-runtime ecosystem.config.js` → the first app's `script` (and `args`, `interpreter`). */
async function followEcosystem(resolver, read, target, place) {
    const where = await locateFile(resolver, place, target.path);
    const text = where.kind === 'repo' ? await resolver.reader.readText(where.path) : null;
    const app = text === null ? null : ecosystemApp(text);
    if (!app || where.kind !== 'repo')
        return null;
    // pm2 resolves `script` against the ecosystem file's directory.
    place.repoDir = external_node_path_.posix.dirname(where.path) || '.';
    read.chain.push({ command: app.command, source: (0,diagnostic/* sourceRef */.$)(where.path, app.line) });
    return startTarget((0,detect_text/* splitShellWords */.CQ)(app.command));
}
/** Migrations and waits chained before the server (`prisma migrate deploy && node dist/main.js`). */
function noteStartup(findings, argv, source) {
    const [shell, flag, script] = argv;
    const text = shell && /(^|\/)(ba|da)?sh$/.test(shell) && flag === '-c' && script !== undefined
        ? script
        : (0,detect_text/* joinShellWords */.MS)(argv);
    const { file, line } = (0,detect_text/* splitRef */.Mn)(source);
    // A step without a line (npm's default start) gives line 0: the note then names only the file.
    for (const command of shellCommands(text, line ?? 0)) {
        const note = startupNote(command);
        if (note)
            addNote(findings, note, file);
    }
}
function addNote(findings, note, file) {
    findings.add(note.kind === 'migration' ? 'D060' : 'D061', { command: note.command }, {
        file,
        ...(note.line > 0 ? { line: note.line } : {}),
    });
}
function commandText(argv) {
    const [shell, flag, script] = argv;
    return shell === '/bin/sh' && flag === '-c' && script !== undefined
        ? script
        : (0,detect_text/* joinShellWords */.MS)(argv);
}
/**
 * Where a container path comes from. When no COPY explains it (a broken Dockerfile, ONBUILD base
 * images) a file at the same place relative to WORKDIR in the build context is the best guess.
 */
async function originInContainer(resolver, containerPath, cwd = '/') {
    const origin = resolver.docker?.origin(containerPath) ?? { kind: 'unknown' };
    if (origin.kind !== 'unknown' || !containerPath.startsWith(cwd))
        return origin;
    const guess = (0,detect_package/* join */.fj)(resolver.context, external_node_path_.posix.relative(cwd, containerPath));
    return (await entry_firstExisting(resolver.reader, guess))
        ? { kind: 'repo', path: guess, generated: false }
        : origin;
}
async function scriptPackageDir(resolver, target, repoDir, cwd) {
    if (target.workspace)
        return workspaceDir(resolver, target.workspace);
    if (repoDir !== null)
        return target.prefix ? (0,detect_package/* join */.fj)(repoDir, target.prefix) : repoDir;
    const where = await originInContainer(resolver, external_node_path_.posix.join(external_node_path_.posix.resolve(cwd, target.prefix ?? '.'), 'package.json'));
    return where.kind === 'unknown' ? resolver.context : external_node_path_.posix.dirname(where.path) || '.';
}
/** The workspace a `--workspace` / `--filter` / `yarn workspace` flag names, by package name or path. */
async function workspaceDir(resolver, name) {
    const root = resolver.rootPackage;
    for (const dir of await workspaceDirs(resolver.reader, root)) {
        if (dir === (0,detect_package/* join */.fj)(resolver.context, name))
            return dir;
        if ((await resolver.packages(dir))?.facts.name === name)
            return dir;
    }
    resolver.findings.add('D032', { workspace: name }, (0,detect_text/* splitRef */.Mn)(root?.file.at('workspaces') ?? 'package.json'));
    return null;
}
/** Directories matched by the root's workspace globs (`packages/*`, `apps/api`); never node_modules. */
async function workspaceDirs(reader, root) {
    if (!root)
        return [];
    const dirs = [];
    for (const glob of root.facts.workspaces) {
        const pattern = (0,detect_package/* join */.fj)(root.facts.dir, glob.replace(/\/\*\*?$/, '/*'));
        if (!pattern.endsWith('/*')) {
            dirs.push(pattern);
            continue;
        }
        const parent = pattern.slice(0, -2);
        for (const child of await reader.subdirectories(parent))
            dirs.push((0,detect_package/* join */.fj)(parent, child));
    }
    return dirs;
}
async function nearestPackageDir(reader, dir, context) {
    for (let current = dir;; current = external_node_path_.posix.dirname(current)) {
        if (await reader.exists((0,detect_package/* join */.fj)(current, 'package.json')))
            return current;
        if (current === context || current === '.' || current === '/')
            return null;
    }
}
async function entry_firstExisting(reader, path) {
    for (const extension of RUN_EXTENSIONS) {
        if (await reader.exists(path + extension))
            return (0,detect_package/* join */.fj)(path + extension, '.');
    }
    return null;
}
/** `dist/server.js` → `src/server.ts`: the build mirrors the source root into outDir. */
async function builtSource(resolver, pkg, runFile, outDir) {
    const script = pkg.facts.build?.script ?? '';
    const explicit = (0,detect_text/* splitShellWords */.CQ)(script).find((w) => SOURCE_EXTENSIONS.some((e) => w.endsWith(e)) && !w.startsWith('-'));
    if (explicit && (await resolver.reader.exists((0,detect_package/* join */.fj)(pkg.facts.dir, explicit))))
        return (0,detect_package/* join */.fj)(pkg.facts.dir, explicit);
    const relative = external_node_path_.posix.relative(outDir, runFile).replace(/\.[cm]?js$/, '');
    const root = await (0,detect_package/* sourceRoot */.uY)(resolver.reader, pkg.facts.dir, resolver.findings);
    for (const base of root ? [root] : ['src', '.']) {
        for (const extension of SOURCE_EXTENSIONS) {
            const candidate = (0,detect_package/* join */.fj)(pkg.facts.dir, external_node_path_.posix.join(base, relative + extension));
            if (await resolver.reader.exists(candidate))
                return candidate;
        }
    }
    return null;
}
async function nestEntry(resolver, read, source) {
    const root = (await (0,detect_package/* sourceRoot */.uY)(resolver.reader, read.packageDir, resolver.findings)) ?? 'src';
    const main = (0,detect_package/* join */.fj)(read.packageDir, external_node_path_.posix.join(root, 'main.ts'));
    if (await resolver.reader.exists(main))
        read.entry = { path: main, source };
}

;// CONCATENATED MODULE: ./src/detect/crons.ts



const FIELD = String.raw `[\d*/,\-A-Za-z?]+`;
const CRONTAB_LINE = new RegExp(String.raw `^\s*(@\w+|${FIELD}\s+${FIELD}\s+${FIELD}\s+${FIELD}\s+${FIELD})\s+(.+?)\s*$`);
const ECHOED_LINE = new RegExp(String.raw `echo\s+["']((?:@\w+|${FIELD}(?:\s+${FIELD}){4}))\s+([^"']+)["']`, 'g');
const LIBRARY_CALL = /\b(?:cron\.schedule|schedule\.scheduleJob|new\s+CronJob|CronJob\.from)\(\s*(?:\{\s*cronTime:\s*)?['"`]([^'"`]+)['"`]/g;
const CRON_LIBRARIES = ['node-cron', 'cron', 'node-schedule', 'croner'];
/**
 * Jobs the container ran on a schedule: crontab files the Dockerfile copies into a cron directory,
 * crontab lines echoed in RUN, and node-cron/cron/node-schedule calls in the entry file.
 */
async function readCrons(reader, docker, entry, dependencies) {
    const jobs = [];
    for (const copy of docker?.facts.copies ?? []) {
        if (copy.from !== null || !/cron/i.test(copy.destination))
            continue;
        const systemFormat = copy.destination.includes('cron.d');
        for (const source of copy.sources) {
            const path = docker.origin(external_node_path_.posix.join(copy.destination.endsWith('/')
                ? external_node_path_.posix.join(copy.destination, external_node_path_.posix.basename(source))
                : copy.destination));
            const file = path.kind === 'repo' ? path.path : source;
            const text = await reader.readText(file);
            if (text !== null)
                jobs.push(...crontab(text, file, systemFormat));
        }
    }
    for (const run of docker?.facts.runCommands ?? []) {
        if (!/cron/i.test(run.command))
            continue;
        for (const match of run.command.matchAll(ECHOED_LINE)) {
            jobs.push({
                schedule: match[1],
                command: match[2].trim(),
                source: (0,diagnostic/* sourceRef */.$)(docker.facts.path, run.line),
            });
        }
    }
    if (entry && CRON_LIBRARIES.some((name) => name in dependencies)) {
        const text = await reader.readText(entry);
        for (const match of text?.matchAll(LIBRARY_CALL) ?? []) {
            jobs.push({
                schedule: match[1],
                command: `scheduled callback in ${entry}`,
                source: (0,diagnostic/* sourceRef */.$)(entry, (0,detect_text/* lineAt */.mh)(text, match.index)),
            });
        }
    }
    return jobs;
}
function crontab(text, file, systemFormat) {
    const jobs = [];
    text.split(/\r?\n/).forEach((line, index) => {
        if (/^\s*(#|$|\w+=)/.test(line))
            return;
        const match = CRONTAB_LINE.exec(line);
        if (!match)
            return;
        // /etc/cron.d files have a user column before the command.
        const command = systemFormat ? match[2].replace(/^\S+\s+/, '') : match[2];
        jobs.push({
            schedule: match[1].replace(/\s+/g, ' '),
            command,
            source: (0,diagnostic/* sourceRef */.$)(file, index + 1),
        });
    });
    return jobs;
}

;// CONCATENATED MODULE: ./src/detect/project.ts




/** Runtime of the built stage; a scratch/distroless final stage takes the runtime of the stage that built it. */
async function runtimeOf(docker, reader, context) {
    if (docker) {
        const { stages, finalStage, path } = docker.facts;
        const final = stages[finalStage];
        const ordered = final ? [final, ...stages.filter((s) => s !== final).reverse()] : [];
        for (const stage of ordered) {
            const runtime = imageRuntime(stage.image === final?.image && final ? docker.facts.baseImage : stage.image);
            if (runtime)
                return { value: runtime, source: (0,diagnostic/* sourceRef */.$)(path, stage.line) };
        }
    }
    const markers = [
        ['package.json', 'node'],
        ['requirements.txt', 'python'],
        ['pyproject.toml', 'python'],
        ['go.mod', 'go'],
        ['Gemfile', 'ruby'],
        ['Cargo.toml', 'rust'],
        ['composer.json', 'php'],
    ];
    for (const [file, runtime] of markers) {
        const path = (0,detect_package/* join */.fj)(context, file);
        if (await reader.exists(path))
            return { value: runtime, source: path };
    }
    return null;
}
const PYTHON_FRAMEWORKS = [
    ['fastapi', 'fastapi'],
    ['flask', 'flask'],
    ['django', 'django'],
];
const PYTHON_DB_CLIENTS = [
    'psycopg2',
    'psycopg2-binary',
    'psycopg',
    'asyncpg',
    'sqlalchemy',
    'redis',
    'pymongo',
    'motor',
    'mysqlclient',
    'pymysql',
    'aiomysql',
];
/** Framework and database clients from requirements.txt (name at the start of each line). */
async function pythonFacts(reader, context) {
    const path = (0,detect_package/* join */.fj)(context, 'requirements.txt');
    const text = await reader.readText(path);
    const result = {
        framework: null,
        dbClients: [],
    };
    if (text === null)
        return result;
    text.split(/\r?\n/).forEach((raw, index) => {
        const name = /^\s*([A-Za-z0-9_.-]+)/.exec(raw)?.[1]?.toLowerCase();
        if (!name)
            return;
        const framework = PYTHON_FRAMEWORKS.find(([pkg]) => pkg === name);
        if (framework && !result.framework)
            result.framework = { value: framework[1], source: (0,diagnostic/* sourceRef */.$)(path, index + 1) };
        if (PYTHON_DB_CLIENTS.includes(name))
            result.dbClients.push({ name, source: (0,diagnostic/* sourceRef */.$)(path, index + 1) });
    });
    return result;
}
/** A plain `node:http` server: the entry file creates one itself. */
async function nodeHttpServer(reader, entry) {
    const text = await reader.readText(entry);
    const line = text === null ? undefined : (0,detect_text/* lineOf */.cA)(text, /\b(?:from\s+|require\()\s*['"](?:node:)?https?['"]/);
    return line === undefined || !/\bcreateServer\s*\(/.test(text)
        ? null
        : { value: 'node-http', source: (0,diagnostic/* sourceRef */.$)(entry, line) };
}
/** Go: the main package at the build context (or cmd/<name>/main.go). */
async function goEntry(reader, context) {
    for (const candidate of ['main.go', 'cmd/server/main.go', 'cmd/api/main.go']) {
        if (await reader.exists((0,detect_package/* join */.fj)(context, candidate)))
            return (0,detect_package/* join */.fj)(context, candidate);
    }
    return null;
}
const WRANGLER_CONFIGS = ['wrangler.jsonc', 'wrangler.json', 'wrangler.toml'];
/** An existing wrangler config in the app's package directory, the build context or the root. */
async function wranglerConfigOf(reader, dirs) {
    for (const dir of [...new Set(dirs)]) {
        for (const name of WRANGLER_CONFIGS) {
            if (await reader.exists((0,detect_package/* join */.fj)(dir, name)))
                return (0,detect_package/* join */.fj)(dir, name);
        }
    }
    return null;
}

;// CONCATENATED MODULE: ./src/detect/index.ts


















/** Real Dockerfiles are a few KB; the parser takes seconds per MB of one long line. */
const MAX_DOCKERFILE_BYTES = 256 * 1024;
/** Reads the repository as it is: Dockerfile, compose, package.json, wrangler config. Never writes. */
async function detect(dir, options, ctx) {
    const root = (0,external_node_path_.resolve)(dir);
    const info = await (0,promises_.stat)(root).catch(() => null);
    if (!info?.isDirectory()) {
        throw new errors/* UserError */.y(`${dir} is not a directory.`, {
            fix: 'Pass the directory of the repository to read.',
        });
    }
    const findings = new Findings();
    const reader = new repo_reader/* RepoReader */.W(root, findings, options.maxFileBytes);
    const packageCache = new Map();
    const packages = (packageDir) => {
        if (!packageCache.has(packageDir))
            packageCache.set(packageDir, (0,detect_package/* readPackage */.LY)(reader, packageDir, findings));
        return packageCache.get(packageDir);
    };
    const compose = await readCompose(reader, { ...options, ci: ctx.ci }, findings);
    const context = compose?.build?.context ?? '.';
    const imageDocker = await dockerfileOf(reader, options, compose, context, findings);
    const rootPackage = await packages(context);
    const { docker, entry } = await productionStart({ reader, findings, context, packages, rootPackage }, imageDocker, compose, options.dockerTarget === undefined);
    const pkg = entry.packageDir !== null ? await packages(entry.packageDir) : rootPackage;
    const sources = {};
    const fact = (name, found, fallback) => {
        if (!found)
            return fallback;
        sources[name] = found.source;
        return found.value;
    };
    const runtime = fact('runtime', await runtimeOf(docker, reader, context), 'unknown');
    const python = runtime === 'python' ? await pythonFacts(reader, context) : null;
    const entryPath = entry.entry?.path ?? (runtime === 'go' ? await goEntry(reader, context) : null);
    const framework = fact('framework', (entry.framework && { value: entry.framework.name, source: entry.framework.source }) ??
        (pkg?.framework && { value: pkg.framework.name, source: pkg.framework.source }) ??
        python?.framework ??
        (entryPath && runtime === 'node' ? await nodeHttpServer(reader, entryPath) : null), 'unknown');
    if (entryPath)
        sources.entry = entry.entry?.source ?? entryPath;
    if (entry.runFile)
        sources.runFile = entry.chain.at(-1).source;
    const startCommand = entry.chain.at(-1)?.command ?? null;
    if (startCommand)
        sources.startCommand = entry.chain.at(-1).source;
    const ports = portsOf(docker, compose);
    const staticSite = (docker ? staticSiteOf(docker) : null) ?? frontendSite(pkg);
    if (staticSite)
        sources.staticSite = staticSite.source;
    const healthcheck = compose?.healthcheck ??
        (docker?.healthcheck
            ? {
                path: docker.healthcheck.path,
                source: (0,diagnostic/* sourceRef */.$)(docker.facts.path, docker.healthcheck.line),
            }
            : null);
    if (healthcheck)
        sources.healthcheck = healthcheck.source;
    const manager = pkg ? await (0,detect_package/* packageManagerOf */.n_)(reader, pkg.facts.dir) : null;
    const packageManager = fact('packageManager', manager && { value: manager.name, source: manager.source }, null);
    const nativeAddons = pkg?.nativeAddons ?? [];
    if (nativeAddons.length > 0) {
        findings.add('D031', { packages: nativeAddons.map((a) => a.name).join(', ') }, (0,detect_text/* splitRef */.Mn)(nativeAddons[0].source));
    }
    const dbClients = [...(pkg?.dbClients ?? []), ...(python?.dbClients ?? [])];
    const wranglerConfig = await wranglerConfigOf(reader, [pkg?.facts.dir ?? context, context, '.']);
    if (wranglerConfig) {
        sources.wranglerConfig = wranglerConfig;
        findings.add('D040', { file: wranglerConfig }, { file: wranglerConfig });
    }
    if (docker) {
        sources.dockerfile = docker.facts.path;
        if (docker.workdirLine)
            sources.workdir = (0,diagnostic/* sourceRef */.$)(docker.facts.path, docker.workdirLine);
    }
    if (compose?.serviceSource)
        sources.composeService = compose.serviceSource;
    if (compose?.overridesSource)
        sources.composeOverrides = compose.overridesSource;
    // List facts: the first item's source under the fact's name, each item's under `fact.item`.
    for (const [name, items] of [
        ['ports', ports.map((p) => ({ name: String(p.port), source: p.source }))],
        ['nativeAddons', nativeAddons],
        ['dbClients', dbClients],
    ]) {
        if (items[0])
            sources[name] = items[0].source;
        for (const item of items)
            sources[`${name}.${item.name}`] ??= item.source;
    }
    const crons = await readCrons(reader, docker, entryPath, pkg?.facts.dependencies ?? {});
    const volumes = volumesOf(docker, compose);
    const env = (0,detect_env/* envVars */._)(envEntries(docker, compose));
    const buildEnv = buildEnvironment(docker?.facts.path ?? null, docker?.buildEnv ?? [], compose?.buildArgs ?? []);
    // Lists whose items carry their own source: the fact points at the first one.
    const firsts = [
        ['crons', crons[0]?.source],
        ['services', compose?.services[0]?.source],
        ['builtServices', compose?.builtServices[0]?.source],
        ['volumes', volumes[0]?.source_ref],
        ['env', env[0]?.source],
    ];
    for (const [name, source] of firsts)
        if (source)
            sources[name] = source;
    const packageJson = pkg
        ? {
            ...pkg.facts,
            workspaces: pkg.facts.workspaces.length > 0
                ? pkg.facts.workspaces
                : await monorepoGlobs(reader, rootPackage, pkg),
        }
        : null;
    if (packageJson)
        sources.packageJson = pkg.file.path;
    options.onFilesRead?.([...reader.filesRead]);
    ctx.log.debug(`detect read ${reader.filesRead.length} files: ${reader.filesRead.join(', ')}`);
    return {
        version: app/* APP_MODEL_VERSION */.H,
        root,
        runtime,
        framework,
        entry: entryPath,
        runFile: entry.runFile,
        startCommand,
        startChain: entry.chain,
        ports: ports.map((p) => p.port),
        healthcheck: healthcheck?.path ?? null,
        staticSite,
        services: compose?.services ?? [],
        builtServices: compose?.builtServices ?? [],
        ...(compose?.replicas ? { replicas: compose.replicas } : {}),
        volumes,
        env,
        ...(buildEnv.length > 0 ? { buildEnv } : {}),
        packageManager,
        nativeAddons: nativeAddons.map((a) => a.name),
        dbClients: [...new Set(dbClients.map((c) => c.name))],
        wranglerConfig,
        dockerfile: docker?.facts ?? null,
        composeFiles: compose?.files ?? [],
        composeService: compose?.service ?? null,
        dependsOn: compose?.dependsOn ?? [],
        composeOverrides: compose?.overrides ?? null,
        packageJson,
        crons,
        diagnostics: findings.list,
        sources,
    };
}
async function dockerfileOf(reader, options, compose, context, findings) {
    const path = options.dockerfile !== undefined
        ? repo_reader/* RepoReader */.W.normalise(options.dockerfile)
        : (compose?.build?.dockerfile ?? (0,detect_package/* join */.fj)(context, 'Dockerfile'));
    if (path === null) {
        findings.add('D013', { file: options.dockerfile }, { file: options.dockerfile });
        return null;
    }
    const text = await reader.readText(path, MAX_DOCKERFILE_BYTES);
    if (text === null) {
        if (!findings.list.some((d) => d.file === path))
            findings.add('D001', { file: path }, { file: path });
        return null;
    }
    return readDockerfile(text, path, context, options.dockerTarget ?? compose?.build?.target ?? undefined, findings);
}
/**
 * The start command and where it leads. A development command (`nodemon`, `tsx watch`, `next dev`)
 * chosen by compose (`command:` or `build.target`) gives way to the image's production start when
 * that one leads to a server file: the Worker runs the production build (note D062).
 */
async function productionStart(resolver, docker, compose, mayChangeStage) {
    const resolveWith = async (dockerRead, composeRead) => {
        const findings = new Findings();
        const start = startOf(dockerRead, composeRead, resolver.rootPackage);
        const entry = await resolveEntry({ ...resolver, findings, docker: dockerRead }, start);
        return { docker: dockerRead, entry, findings };
    };
    const chosen = await resolveWith(docker, compose);
    const dev = chosen.entry.chain.find((step) => isDevCommand(step.command));
    const lastStage = docker ? docker.facts.stages.length - 1 : -1;
    const otherStage = docker && mayChangeStage && docker.facts.finalStage !== lastStage
        ? await rereadDockerfile(resolver.reader, docker, resolver.context)
        : null;
    if (dev && (compose?.command || otherStage)) {
        const production = await resolveWith(otherStage ?? docker, compose && { ...compose, command: null });
        const last = production.entry.chain.at(-1);
        if (production.entry.entry &&
            last &&
            !production.entry.chain.some((s) => isDevCommand(s.command))) {
            resolver.findings.list.push(...production.findings.list);
            resolver.findings.add('D062', { dev: dev.command, production: last.command, at: last.source }, (0,detect_text/* splitRef */.Mn)(dev.source));
            return production;
        }
    }
    resolver.findings.list.push(...chosen.findings.list);
    return chosen;
}
/** The same Dockerfile read for its last stage (the image `docker build` makes without a target). */
async function rereadDockerfile(reader, docker, context) {
    const text = await reader.readText(docker.facts.path);
    return text === null
        ? null
        : readDockerfile(text, docker.facts.path, context, undefined, new Findings());
}
/** Docker's rule: exec-form ENTRYPOINT gets CMD appended; a shell-form ENTRYPOINT ignores CMD. Compose overrides either. */
function startOf(docker, compose, pkg) {
    if (compose?.command) {
        const entrypoint = compose.command.entrypoint ? [] : (docker?.facts.entrypoint ?? []);
        return { argv: [...entrypoint, ...compose.command.argv], source: compose.command.source };
    }
    if (docker) {
        const { entrypoint, cmd, path, baseImage } = docker.facts;
        const shellEntrypoint = entrypoint?.[0] === '/bin/sh' && entrypoint[1] === '-c';
        const argv = shellEntrypoint
            ? entrypoint
            : [...(entrypoint ?? imageEntrypoint(baseImage, cmd)), ...(cmd ?? [])];
        if (argv.length === 0 || docker.startLine === null)
            return null;
        return { argv, source: (0,diagnostic/* sourceRef */.$)(path, docker.startLine) };
    }
    // No Dockerfile: what `npm start` (or `main`) would run.
    const { start } = pkg?.facts.scripts ?? {};
    const main = pkg?.file.value.main;
    if (start)
        return { argv: ['npm', 'start'], source: pkg.file.at('scripts', 'start') };
    if (typeof main === 'string')
        return { argv: ['node', main], source: pkg.file.at('main') };
    return null;
}
/**
 * The base image's own ENTRYPOINT where it decides what CMD means: `CMD ["server.js"]` on a node image
 * runs `node server.js` (the official image's docker-entrypoint.sh prepends `node` when the first
 * argument is no command, https://github.com/nodejs/docker-node/blob/main/docker-entrypoint.sh;
 * Chainguard's node image has ENTRYPOINT node).
 */
function imageEntrypoint(baseImage, cmd) {
    const first = cmd?.[0] ?? '';
    return imageRuntime(baseImage) === 'node' && /\.[cm]?js$/.test(first) ? ['node'] : [];
}
/** A frontend package's build output (its image runs the toolchain's dev server, not a web server). */
function frontendSite(pkg) {
    const out = pkg ? (0,detect_package/* frontendBuildDir */.Wn)(pkg.facts) : null;
    if (!pkg || !out)
        return null;
    return {
        directory: (0,detect_package/* join */.fj)(pkg.facts.dir, out),
        built: true,
        source: pkg.file.at('scripts', 'build'),
    };
}
/** The repository directory a web server image serves (`COPY --from=build /app/dist /usr/share/nginx/html`). */
function staticSiteOf(docker) {
    const copy = docker.facts.copies.findLast((c) => STATIC_ROOTS.test(c.destination));
    if (!copy)
        return null;
    const origin = docker.origin(copy.destination.replace(/\/+$/, '') || '/');
    if (origin.kind === 'unknown')
        return null;
    return {
        directory: origin.path,
        built: origin.kind === 'built' || origin.generated,
        source: (0,diagnostic/* sourceRef */.$)(docker.facts.path, copy.line),
    };
}
function portsOf(docker, compose) {
    const ports = [];
    const add = (port, source) => {
        if (!ports.some((p) => p.port === port))
            ports.push({ port, source });
    };
    for (const { port, line } of docker?.ports ?? [])
        add(port, (0,diagnostic/* sourceRef */.$)(docker.facts.path, line));
    for (const { port, source } of compose?.ports ?? [])
        add(port, source);
    if (ports.length === 0 && docker) {
        // No EXPOSE: a numeric ENV PORT is what the server listens on.
        const env = docker.env.find((e) => e.name === 'PORT' && /^\d+$/.test(e.value));
        if (env)
            add(Number(env.value), (0,diagnostic/* sourceRef */.$)(docker.facts.path, env.line));
    }
    return ports;
}
function volumesOf(docker, compose) {
    const composed = compose?.volumes ?? [];
    const declared = (docker?.volumes ?? [])
        .filter((v) => !composed.some((c) => c.target === v.target))
        .map((v) => ({
        source: null,
        target: v.target,
        type: 'anonymous',
        source_ref: (0,diagnostic/* sourceRef */.$)(docker.facts.path, v.line),
        ...(holdsDependencies(v.target) ? { devOnly: 'dependencies' } : {}),
    }));
    return [...declared, ...composed];
}
function envEntries(docker, compose) {
    const fromDocker = (docker?.env ?? []).map((e) => ({
        name: e.name,
        value: e.value,
        source: (0,diagnostic/* sourceRef */.$)(docker.facts.path, e.line),
    }));
    return [...fromDocker, ...(compose?.env ?? [])];
}
async function monorepoGlobs(reader, root, pkg) {
    if (!root || root === pkg || root.facts.workspaces.length === 0)
        return [];
    return (await workspaceDirs(reader, root)).includes(pkg.facts.dir) ? root.facts.workspaces : [];
}


/***/ }),

/***/ 8055:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ LineIndex),
/* harmony export */   z: () => (/* binding */ parseJs)
/* harmony export */ });
/* harmony import */ var acorn__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4559);

/** Parses JavaScript as an ES module, falling back to a sloppy-mode script (older CommonJS). */
function parseJs(code) {
    const common = {
        ecmaVersion: 'latest',
        allowHashBang: true,
        allowReturnOutsideFunction: true,
        allowAwaitOutsideFunction: true,
        allowImportExportEverywhere: true,
    };
    try {
        return (0,acorn__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(code, { ...common, sourceType: 'module' });
    }
    catch {
        try {
            return (0,acorn__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(code, { ...common, sourceType: 'script' });
        }
        catch {
            return null;
        }
    }
}
/** Offset → 1-based line/column, built lazily (only files with findings pay for it). */
class LineIndex {
    code;
    starts = null;
    constructor(code) {
        this.code = code;
    }
    position(offset) {
        if (!this.starts) {
            this.starts = [0];
            for (let i = this.code.indexOf('\n'); i !== -1; i = this.code.indexOf('\n', i + 1)) {
                this.starts.push(i + 1);
            }
        }
        let low = 0;
        let high = this.starts.length - 1;
        while (low < high) {
            const mid = (low + high + 1) >> 1;
            if (this.starts[mid] <= offset)
                low = mid;
            else
                high = mid - 1;
        }
        return { line: low + 1, column: offset - this.starts[low] + 1 };
    }
}


/***/ })

};
