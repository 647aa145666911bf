import type { Node } from 'acorn';
import { atModuleScope } from './ast.js';
import type { RuleFamily } from './module.js';

const STATE_NAME = /^(?:sessions?|sessionStore|cache|memoryStore|store)$/i;

/** Sessions and caches kept in module memory and written by request handlers (the app's code). */
export function stateRules(): RuleFamily {
  const candidates = new Map<string, Node>();
  const mutatedInFunction = new Set<string>();
  return {
    visitors: {
      VariableDeclarator(_scan, node, ancestors) {
        const init = node.init;
        const container =
          init?.type === 'ObjectExpression' ||
          (init?.type === 'NewExpression' &&
            init.callee.type === 'Identifier' &&
            ['Map', 'Set'].includes(init.callee.name));
        if (
          node.id.type === 'Identifier' &&
          STATE_NAME.test(node.id.name) &&
          container &&
          atModuleScope(ancestors)
        ) {
          candidates.set(node.id.name, node);
        }
      },
      // `sessions[id] = …` inside a function.
      AssignmentExpression(_scan, node, ancestors) {
        const left = node.left;
        if (
          left.type === 'MemberExpression' &&
          left.object.type === 'Identifier' &&
          !atModuleScope(ancestors)
        ) {
          mutatedInFunction.add(left.object.name);
        }
      },
    },
    // `sessions.set(id, …)` inside a function.
    member(_scan, site) {
      if (
        site.call &&
        site.root &&
        ['set', 'push', 'add'].includes(site.path[0] ?? '') &&
        !atModuleScope(site.ancestors)
      ) {
        mutatedInFunction.add(site.root);
      }
    },
    finish(scan) {
      for (const [name, node] of candidates) {
        if (mutatedInFunction.has(name))
          scan.report(
            'W704',
            node,
            `'${name}' is kept in module memory and written by request handlers`,
            {
              severity: /session/i.test(name) ? 'error' : 'warning',
            },
          );
      }
    },
  };
}
