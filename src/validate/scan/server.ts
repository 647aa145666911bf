import { stringValue } from './ast.js';
import type { RuleFamily } from './module.js';

/** The HTTP server the app builds: its listen ports, view engines loaded by name, upgrade handlers. */
export function serverRules(): RuleFamily {
  return {
    member(scan, site) {
      const { call, path, node } = site;
      if (!scan.user || !call || site.binding?.builtin) return;
      const method = path.length === 1 ? path[0] : undefined;
      const first = stringValue(call.arguments[0]);
      if (method === 'listen') {
        const port = call.arguments[0];
        scan.output.listenPorts.push(port ? scan.code.slice(port.start, port.end) : '');
      }
      if (path[0] === 'set' && first === 'view engine') {
        scan.report(
          'W111',
          node,
          `app.set('view engine', …) makes express require the engine by name at render time ("Dynamic require … is not supported")`,
          { fix: 'Import the engine statically and register it with app.engine(ext, engine).' },
        );
      }
      if ((method === 'on' || method === 'once') && first === 'upgrade') {
        scan.report(
          'W113',
          node,
          `${site.root ?? 'server'}.${method}('upgrade'): workerd's node:http server never emits 'upgrade', so WebSockets never connect`,
        );
      }
    },
  };
}
