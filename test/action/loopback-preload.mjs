// Loaded into the action's process (NODE_OPTIONS=--import) by the runner-like tests: the network edge
// of a CI job. Deployed Workers (*.workers.dev) are answered by a local server; any other request that is
// not to loopback fails, as test/support/setup.ts does in-process.
const workersDev = process.env.DTW_TEST_WORKERS_DEV;
const realFetch = globalThis.fetch;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

globalThis.fetch = (input, init) => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  if (workersDev && url.hostname.endsWith('.workers.dev')) {
    return realFetch(`${workersDev}${url.pathname}${url.search}`, {
      ...init,
      headers: { ...init?.headers, 'x-original-host': url.hostname },
    });
  }
  if (!LOOPBACK.has(url.hostname)) {
    return Promise.reject(new Error(`Unmocked request to ${url.href} from the action under test.`));
  }
  return realFetch(input, init);
};
