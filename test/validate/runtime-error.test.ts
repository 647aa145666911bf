// What check quotes from workerd's output when a request fails: the cause, not native addresses.
import { describe, expect, it } from 'vitest';
import { runtimeError, unreachable } from '../../src/validate/smoke.js';

describe('runtimeError', () => {
  // workerd's output for a fetch whose host does not resolve (measured with next-self-host's `/`).
  const internal = [
    'e = rust/worker/ffi.rs:104: failed: failed to lookup address information: Name or service not known',
    'stack: /x/workerd@2b5edc0 /x/workerd@3fe4230; sentryErrorContext = jsgInternalError; wdErrId = 4goc',
    ' ⨯ Error: internal error; reference = 4gocnioh45e0n49gttulrgsb',
    '    at async a (file:///bundle/worker.js:51868:20)',
  ].join('\n');

  it("quotes workerd's internal cause and drops its native stack", () => {
    const quoted = runtimeError(internal)!;
    expect(quoted.split('\n')[0]).toBe(
      'workerd (rust/worker/ffi.rs:104): failed to lookup address information: Name or service not known',
    );
    expect(quoted).not.toContain('workerd@');
    expect(quoted).toContain('internal error; reference');
    expect(unreachable(quoted)).toBe(true);
  });

  it('quotes an uncaught exception from its first line', () => {
    const quoted = runtimeError(
      'noise\nservice core:user:app: Uncaught TypeError: x is not a function\n  at a (entry.js:1:2)\n',
    );
    expect(quoted).toBe('Uncaught TypeError: x is not a function\n  at a (entry.js:1:2)');
    expect(unreachable(quoted!)).toBe(false);
  });
});
