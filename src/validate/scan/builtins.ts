import type { AnyNode } from 'acorn';
import { FS_WRITES, lookupApi, throwingServerConstructor } from '../node-apis.js';
import { atModuleScope, stringValue, type Binding } from './ast.js';
import type { Call, ModuleScan, RuleFamily } from './module.js';
import { checkCost, RANDOM_METHODS } from './shared.js';

/** Node built-in modules: APIs that are stubs or date-gated, disk writes, module-scope randomness, costly KDFs. */
export function builtinRules(): RuleFamily {
  const check = (
    scan: ModuleScan,
    binding: Binding,
    path: string[],
    node: AnyNode,
    call: Call | null,
    ancestors: AnyNode[],
  ) => {
    if (!binding.builtin) return;
    const { options, user } = scan;
    const full = [...binding.path, ...path];
    const name = [binding.source, ...full].join('.');
    if (!options.nodejsCompat) {
      scan.report(
        'W109',
        node,
        `uses node:${binding.source} without the nodejs_compat flag: "No such module" at start-up`,
      );
      return;
    }
    // A library's reference that is not a call (`typeof perf.monitorEventLoopDelay`, wrapping
    // `ChildProcess.prototype`) does not throw: in workerd only calling the stubs does (measured).
    if (!user && !call) return;
    const api = lookupApi(binding.source, full);
    const member = full[0] === 'promises' ? full[1] : full[0];
    // Libraries resolve names only on some paths (pg-native, cluster mode): DNS is an app-code finding.
    const applies = api && (user || api.rule !== 'W110');
    if (api && applies && !(api.worksFrom && options.compatibilityDate >= api.worksFrom)) {
      const date = api.worksFrom
        ? ` before compatibility date ${api.worksFrom} (planned: ${options.compatibilityDate})`
        : ' (at every compatibility date)';
      scan.report(api.rule, node, `${name}: ${api.behaviour}${date}`, {
        ...(!user && throwingServerConstructor(api, member) ? { serverConstructor: true } : {}),
      });
      if (api.rule !== 'W106') return;
    }
    if (binding.source === 'fs' && member && FS_WRITES.has(member) && call) {
      const target = call.arguments[0];
      const literal = stringValue(target);
      const text = target ? scan.code.slice(target.start, target.end) : '';
      const inTmp = literal !== null ? literal.startsWith('/tmp') : /tmp/i.test(text);
      if (!inTmp && (user || literal !== null)) {
        scan.report(
          'W107',
          node,
          `${name}(${text.slice(0, 60)}) writes outside /tmp: EPERM/ENOENT on Workers, and nothing persists`,
        );
      }
    }
    if (
      binding.source === 'crypto' &&
      member &&
      RANDOM_METHODS.has(member) &&
      atModuleScope(ancestors)
    ) {
      scan.report(
        'W204',
        node,
        `${name}() at module scope: "Disallowed operation called within global scope"`,
      );
    }
    if (user && binding.source === 'crypto' && member && call) checkCost(scan, member, call, node);
  };
  return {
    member(scan, site) {
      if (site.binding) check(scan, site.binding, site.path, site.node, site.call, site.ancestors);
    },
    call(scan, site) {
      if (site.binding)
        check(scan, site.binding, [], site.node.callee as AnyNode, site.node, site.ancestors);
    },
  };
}
