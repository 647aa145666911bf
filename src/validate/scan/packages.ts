import type { AnyNode } from 'acorn';
import {
  BCRYPT_PACKAGES,
  DISK_UPLOAD_PACKAGES,
  MEMORY_SESSION_PACKAGES,
  WEBSOCKET_SERVERS,
} from '../known-packages.js';
import { hasProperty, stringValue, type Binding } from './ast.js';
import type { Call, ModuleScan, RuleFamily } from './module.js';
import { checkCost } from './shared.js';

/** Calls into npm packages whose use, not their presence, is the problem (the app's code only). */
export function packageRules(): RuleFamily {
  const check = (scan: ModuleScan, binding: Binding, full: string[], node: AnyNode, call: Call) => {
    const source = binding.source;
    const member = full[0];
    if (BCRYPT_PACKAGES.has(source) && member) checkCost(scan, member, call, node);
    if (
      MEMORY_SESSION_PACKAGES.has(source) &&
      !member &&
      !hasProperty(call.arguments[0], 'store')
    ) {
      scan.report(
        'W704',
        node,
        `${source} without a \`store\` keeps sessions in process memory (MemoryStore)`,
      );
    }
    if (
      DISK_UPLOAD_PACKAGES.has(source) &&
      (member === 'diskStorage' ||
        (!member && hasProperty(call.arguments[0], 'dest')) ||
        (!member && hasProperty(call.arguments[0], 'uploadDir')))
    ) {
      scan.report('W703', node, `${source} stores uploads on the local disk`);
    }
    const server = WEBSOCKET_SERVERS[source];
    if (server && server.includes(member ?? '')) {
      scan.report(
        'W113',
        node,
        `${source}${member ? `.${member}` : ''}: a WebSocket server on node:http never receives an upgrade in workerd`,
      );
    }
    if (
      source === 'mysql2' &&
      (member === 'createConnection' || member === 'createPool') &&
      hasProperty(call.arguments[0], 'ssl')
    ) {
      scan.report(
        'W104',
        node,
        `mysql2 ${member}({ ssl }) needs tls.createSecureContext, which workerd does not implement`,
        {
          fix: 'Connect through the Hyperdrive binding the plan adds (Hyperdrive makes the TLS connection to the database) and drop the `ssl` option.',
        },
      );
    }
    if (source === 'morgan' && !member && stringValue(call.arguments[0]) === 'dev') {
      scan.report(
        'W302',
        node,
        "morgan('dev') compiles its log line with new Function on the first request of each status class (EvalError)",
        { fix: "Use another predefined format (e.g. 'tiny' or 'short') or a format function." },
      );
    }
  };
  return {
    member(scan, site) {
      const { binding, call } = site;
      if (scan.user && call && binding && !binding.builtin)
        check(scan, binding, [...binding.path, ...site.path], site.node, call);
    },
    call(scan, site) {
      const { binding } = site;
      if (scan.user && binding && !binding.builtin)
        check(scan, binding, binding.path, site.node.callee as AnyNode, site.node);
    },
  };
}
