// workerd's util.debuglog prints every section; the prelude's lines make it honour NODE_DEBUG as Node does.
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { NODE_DEBUG } from '../../src/plan/node-debug.js';

/** The prelude's lines run against a util whose debuglog, like workerd's, always prints. */
function patched(nodeDebug: string | undefined) {
  const printed: string[] = [];
  const util = {
    debuglog: (section: string) =>
      Object.assign((m: string) => printed.push(`${section}: ${m}`), {
        enabled: true,
      }),
    debug: undefined as unknown,
  };
  runInNewContext(NODE_DEBUG.join('\n'), { util, process: { env: { NODE_DEBUG: nodeDebug } } });
  type Logger = ((m: string) => void) & { enabled: boolean };
  const log = (section: string, message: string) => {
    const logger = (util.debuglog as (s: string) => Logger)(section);
    logger(message);
    return logger.enabled;
  };
  return { printed, log, util };
}

describe('util.debuglog in the generated Worker', () => {
  it('prints nothing without NODE_DEBUG (avvio on every cold start)', () => {
    const { printed, log, util } = patched(undefined);
    expect(log('avvio', 'loading plugins')).toBe(false);
    expect(printed).toEqual([]);
    expect(util.debug).toBe(util.debuglog);
  });

  it("prints the sections NODE_DEBUG names: comma-separated, case-insensitive, '*' wildcards", () => {
    const { printed, log } = patched('http,Av*');
    expect(log('avvio', 'a')).toBe(true);
    expect(log('http', 'b')).toBe(true);
    expect(log('https', 'c')).toBe(false);
    expect(printed).toEqual(['avvio: a', 'http: b']);
  });
});
