// Every test runs offline: a request to anything but loopback is a bug in the test, not a flaky network.
import { afterAll, beforeAll } from 'vitest';

const realFetch = globalThis.fetch;

beforeAll(() => {
  globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) {
      throw new Error(`Unmocked request to ${url.href}: inject a fetch or use a loopback server.`);
    }
    return realFetch(input, init);
  }) as typeof fetch;
});

afterAll(() => {
  globalThis.fetch = realFetch;
});
