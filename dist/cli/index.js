#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(678);

process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 678:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

;// CONCATENATED MODULE: ./src/errors.ts
/**
 * A problem the user can fix (bad input, missing permission, ambiguous app). Its message says what
 * happened; `fix` says how to solve it. Hosts print both and exit non-zero without a stack trace.
 */
class UserError extends Error {
    fix;
    file;
    line;
    constructor(message, options = {}) {
        super(message, { cause: options.cause });
        this.name = 'UserError';
        this.fix = options.fix;
        this.file = options.file;
        this.line = options.line;
    }
}
function formatError(error) {
    if (error instanceof UserError) {
        const where = error.file ? `${error.file}${error.line ? `:${error.line}` : ''}: ` : '';
        return `${where}${error.message}${error.fix ? `\n  fix: ${error.fix}` : ''}`;
    }
    if (error instanceof Error)
        return error.stack ?? error.message;
    return String(error);
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./src/util/exec.ts

/** The host-side `Exec`: spawn without a shell, collect output, optionally stream it. */
const spawnExec = (command, args, options = {}) => new Promise((resolve, reject) => {
    const child = (0,external_node_child_process_namespaceObject.spawn)(command, args, {
        cwd: options.cwd,
        env: { ...process.env, ...options.env },
        stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    const timer = options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
        stdout += chunk;
        options.onStdout?.(chunk);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk) => {
        stderr += chunk;
        options.onStderr?.(chunk);
    });
    child.on('error', (error) => {
        clearTimeout(timer);
        reject(error);
    });
    child.on('close', (code, signal) => {
        clearTimeout(timer);
        resolve({ exitCode: code ?? (signal ? 128 : 1), stdout, stderr });
    });
    child.stdin.end(options.input ?? '');
});

;// CONCATENATED MODULE: ./src/util/redact.ts
/** Replaces every registered secret value in text. Short values are ignored (they would mask ordinary words). */
class Redactor {
    values = new Set();
    add(value) {
        if (value.length >= 4)
            this.values.add(value);
    }
    redact(text) {
        let out = text;
        for (const value of this.values)
            out = out.split(value).join('***');
        return out;
    }
}

;// CONCATENATED MODULE: ./src/cli/host.ts


/** The CLI's context: human output on stderr (stdout is kept for `--json`), secrets redacted. */
function createCliContext(options = {}) {
    const redactor = new Redactor();
    const write = (prefix) => (message) => {
        process.stderr.write(`${prefix}${redactor.redact(message)}\n`);
    };
    const log = {
        debug: options.verbose ? write('debug: ') : () => undefined,
        info: write(''),
        warn: write('warning: '),
        error: write('error: '),
    };
    return {
        log,
        exec: spawnExec,
        env: process.env,
        fetch: globalThis.fetch,
        now: () => new Date(),
        setSecret: (value) => redactor.add(value),
        ci: options.ci ?? (process.env.CI === 'true' || process.env.CI === '1'),
    };
}

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./src/model/app.ts
/**
 * What detect read from the repository, as it is. Versioned: later stages and saved plans check it.
 * Paths are relative to `root` and use forward slashes.
 */
const APP_MODEL_VERSION = 1;

;// CONCATENATED MODULE: ./src/detect/index.ts


/** Placeholder until the detect stage lands: an empty model for the directory. */
async function detect(dir, _options, _ctx) {
    return {
        version: APP_MODEL_VERSION,
        root: (0,external_node_path_namespaceObject.resolve)(dir),
        runtime: 'unknown',
        framework: 'unknown',
        entry: null,
        runFile: null,
        startCommand: null,
        ports: [],
        healthcheck: null,
        services: [],
        builtServices: [],
        volumes: [],
        env: [],
        packageManager: null,
        nativeAddons: [],
        dbClients: [],
        wranglerConfig: null,
        dockerfile: null,
        composeFiles: [],
        composeService: null,
        composeOverrides: null,
        packageJson: null,
        crons: [],
        diagnostics: [],
        sources: {},
    };
}

;// CONCATENATED MODULE: ./src/cli/command.ts
/** Prints a stage's result: JSON alone on stdout with `--json`, otherwise the human text. */
function printResult(json, value, human) {
    process.stdout.write(json ? `${JSON.stringify(value, null, 2)}\n` : `${human()}\n`);
}

;// CONCATENATED MODULE: ./src/cli/detect.ts



const detectCommand = {
    summary: 'Read the repository: Dockerfile, compose, package.json, wrangler config',
    usage: 'Usage: docker-to-workers detect [DIR] [--dockerfile F] [--compose F] [--service S] [--docker-target T] [--json]',
    async run(args, ctx) {
        const { values, positionals } = (0,external_node_util_namespaceObject.parseArgs)({
            args,
            allowPositionals: true,
            options: {
                json: { type: 'boolean' },
                dockerfile: { type: 'string' },
                compose: { type: 'string' },
                service: { type: 'string' },
                'docker-target': { type: 'string' },
                ci: { type: 'boolean' },
                verbose: { type: 'boolean' },
            },
        });
        const model = await detect(positionals[0] ?? '.', {
            dockerfile: values.dockerfile,
            compose: values.compose,
            service: values.service,
            dockerTarget: values['docker-target'],
        }, ctx);
        printResult(values.json ?? false, model, () => JSON.stringify(model, null, 2));
        return model.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
    },
};

;// CONCATENATED MODULE: ./src/cli/main.ts



const commands = {
    detect: detectCommand,
};
function help() {
    const rows = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`);
    return `Usage: docker-to-workers <command> [DIR] [options]\n\nCommands:\n${rows.join('\n')}\n\nRun 'docker-to-workers <command> --help' for a command's options.`;
}
/** The CLI: one context, one command, one top-level catch that prints the real message. */
async function main(argv) {
    const [name, ...rest] = argv;
    if (!name || name === '--help' || name === '-h') {
        process.stdout.write(`${help()}\n`);
        return name ? 0 : 2;
    }
    const command = commands[name];
    if (!command) {
        process.stderr.write(`Unknown command '${name}'.\n\n${help()}\n`);
        return 2;
    }
    if (rest.includes('--help') || rest.includes('-h')) {
        process.stdout.write(`${command.usage}\n`);
        return 0;
    }
    const ctx = createCliContext({ ci: rest.includes('--ci') || undefined, verbose: rest.includes('--verbose') });
    try {
        return await command.run(rest, ctx);
    }
    catch (error) {
        ctx.log.error(formatError(error));
        return error instanceof UserError ? 1 : 70;
    }
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat */
/******/ 
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = new URL('.', import.meta.url).pathname.slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
