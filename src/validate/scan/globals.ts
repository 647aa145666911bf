import type { AnyNode, Identifier } from 'acorn';
import { EVAL_AT_STARTUP_FROM, PROCESS_ENV_FROM } from '../node-apis.js';
import { atModuleScope, guardedByTry, propertyName, stringValue } from './ast.js';
import type { MemberSite, ModuleScan, NameCall, RuleFamily } from './module.js';
import { RANDOM_METHODS } from './shared.js';
import { runsWithLoad } from './startup.js';

const SHUTDOWN_EVENTS = new Set(['SIGTERM', 'SIGINT', 'SIGHUP', 'exit', 'beforeExit']);

function processRules(scan: ModuleScan, site: MemberSite): void {
  const { path, node, call } = site;
  const [member, next] = path;
  if (member === 'dlopen')
    scan.report('W104', node, 'process.dlopen: loads a native addon (ERR_METHOD_NOT_IMPLEMENTED)');
  if (!scan.user) return;
  if (member === 'exit' && call) exitRule(scan, node, site.ancestors);
  const event = call ? stringValue(call.arguments[0]) : null;
  if ((member === 'on' || member === 'once') && event && SHUTDOWN_EVENTS.has(event)) {
    scan.report('W702', node, `process.${member}('${event}') never fires on Workers`);
  }
  const date = scan.options.compatibilityDate;
  if (member === 'env' && next && next !== 'NODE_ENV' && date < PROCESS_ENV_FROM) {
    scan.report(
      'W106',
      node,
      `process.env.${next} is empty before compatibility date ${PROCESS_ENV_FROM} (planned: ${date}); vars reach only the handler's env`,
    );
  }
}

/**
 * `process.exit()`: in workerd it fails the request it runs in (HTTP 500), and does nothing while the
 * Worker starts, where the code after it goes on (both measured). A call that runs with the module's
 * load (at module scope, in a `listen` callback, in `main().catch(…)`) is start-up code, not a handler.
 */
function exitRule(scan: ModuleScan, node: AnyNode, ancestors: AnyNode[]): void {
  if (runsWithLoad(ancestors)) {
    scan.report(
      'W701',
      node,
      'process.exit() at start-up (it runs with the module load, not in a request handler): workerd does not stop the Worker there, the code after it goes on',
      {
        severity: 'note',
        fix: 'Nothing to do unless the app relies on it to stop a misconfigured start: then throw instead, which fails the start-up.',
      },
    );
  } else {
    scan.report('W701', node, 'process.exit(): in a handler the request fails with HTTP 500');
  }
}

function memberRules(scan: ModuleScan, site: MemberSite): void {
  const { root, path, node, call, ancestors } = site;
  if (site.binding?.builtin) return;
  if (root === 'process' && !scan.bindings.has('process')) processRules(scan, site);
  else if (root === 'crypto' || root === 'globalThis') {
    const method = root === 'crypto' ? path[0] : path[1];
    if (method && RANDOM_METHODS.has(method) && call && atModuleScope(ancestors)) {
      scan.report(
        'W204',
        node,
        `${root}.${path.join('.')}() at module scope: "Disallowed operation called within global scope"`,
      );
    }
  } else if (
    root === 'WebAssembly' &&
    ['compile', 'compileStreaming', 'Module'].includes(path[0] ?? '') &&
    call
  ) {
    scan.report(
      'W303',
      node,
      `WebAssembly.${path[0]} from bytes: "Wasm code generation disallowed by embedder"`,
    );
  }
}

function callRules(scan: ModuleScan, site: NameCall): void {
  const { node, name } = site;
  if (site.binding || scan.declared.has(name)) return;
  const inFunction = !atModuleScope(site.ancestors);
  if (name === 'eval' || name === 'Function') {
    const body = stringValue(node.arguments[node.arguments.length - 1]);
    const startupAllowed = !inFunction && scan.options.compatibilityDate >= EVAL_AT_STARTUP_FROM;
    // The global-object probe (`Function('return this')()`) only runs where globalThis is missing.
    if (body?.replace(/[\s;]+$/, '') !== 'return this' && !startupAllowed) {
      const when = inFunction
        ? 'while serving requests'
        : `at start-up before ${EVAL_AT_STARTUP_FROM}`;
      const call = `${node.type === 'NewExpression' ? 'new ' : ''}${name}(…) ${when}`;
      // Measured in workerd: the EvalError is catchable, so a probe or a fallback in a catch works.
      if (guardedByTry(site.ancestors)) {
        scan.report(
          'W301',
          node,
          `${call} is inside try/catch: the EvalError is caught and the fallback runs`,
          { severity: 'note' },
        );
      } else {
        scan.report('W301', node, `${call}: EvalError "Code generation from strings disallowed"`);
      }
    }
  } else if (name === 'fetch' && !inFunction) {
    scan.report(
      'W203',
      node,
      'fetch() at module scope rejects: "Disallowed operation called within global scope"',
    );
  } else if (name === 'require') {
    const argument = node.arguments[0];
    const specifier = stringValue(argument);
    if (scan.user && argument && specifier === null) {
      scan.report(
        'W111',
        node,
        `require(${scan.code.slice(argument.start, argument.end)}) with a computed name: "Dynamic require … is not supported"`,
      );
    } else if (specifier?.endsWith('.node')) {
      scan.report('W401', node, `requires the native addon '${specifier}'`);
    }
  }
}

/** Objects whose properties are globals: `globalThis.__dirname = …` defines `__dirname`. */
const GLOBAL_OBJECTS = new Set(['globalThis', 'global', 'self']);

/** Globals: process, crypto/globalThis randomness, WebAssembly, eval/Function, fetch, require, __dirname. */
export function globalRules(): RuleFamily {
  const dirnames: Identifier[] = [];
  /** `__dirname`/`__filename` the code sets on the global object itself (OpenNext: `globalThis.__dirname ??= ""`). */
  const setGlobally = new Set<string>();
  return {
    // `__dirname`/`__filename` as values (not `x.__dirname`, not a declaration of its own).
    visitors: {
      Identifier(scan, node, ancestors) {
        if (node.name !== '__dirname' && node.name !== '__filename') return;
        const parent = ancestors[ancestors.length - 2];
        if (parent?.type === 'MemberExpression' && parent.property === node && !parent.computed)
          return;
        if (parent?.type === 'VariableDeclarator' && parent.id === node) return;
        dirnames.push(node);
      },
      AssignmentExpression(_scan, node) {
        const left = node.left;
        if (
          left.type === 'MemberExpression' &&
          left.object.type === 'Identifier' &&
          GLOBAL_OBJECTS.has(left.object.name)
        ) {
          const name = propertyName(left);
          if (name) setGlobally.add(name);
        }
      },
    },
    member: memberRules,
    call: callRules,
    finish(scan) {
      for (const node of dirnames) {
        if (scan.declared.has(node.name) || setGlobally.has(node.name)) continue;
        scan.report(
          'W112',
          node,
          scan.options.defined?.includes(node.name)
            ? `${node.name} is defined as a path under /bundle, which holds only the bundle's modules: a file read through it that is not one fails with ENOENT`
            : `${node.name} is not defined in the bundled Worker (ReferenceError)`,
        );
      }
    },
  };
}
