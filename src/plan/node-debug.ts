/** What the NODE_DEBUG lines of the prelude import. */
export const NODE_DEBUG_IMPORTS = [
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
export const NODE_DEBUG = [
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
