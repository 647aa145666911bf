import { describe, expect, it } from 'vitest';
import { loggedStartupFinding } from '../../src/validate/smoke.js';

// What ioredis logs through an app's error handler when it connects at module scope in workerd, mapped.
const logged =
  'Error: Disallowed operation called within global scope.\nat connect (src/config/redis.js:7)';

describe('a start-up error the app logged, judged by the health check', () => {
  it('with a 2xx answer is a warning (W907) that quotes the line, at the app frame it names', () => {
    const found = loggedStartupFinding(
      logged,
      { path: '/', status: 200 },
      'index.js',
      'src/server.js',
    );
    expect(found).toMatchObject({
      ruleId: 'W907',
      severity: 'warning',
      file: 'src/config/redis.js',
      line: 7,
    });
    expect(found.message).toBe(
      `GET / answered 200, but index.js logged an error while starting: ${logged}`,
    );
    expect(found.fix).toMatch(/W201/);
  });

  it('without a frame of the app (a library’s, or the bundle’s unmapped) it points at the app’s entry; a redirect is an answer too', () => {
    const fromLibrary = `${logged.split('\n')[0]}\nat connect (node_modules/ioredis/built/Redis.js:7)\nat index.js:80:3`;
    const found = loggedStartupFinding(
      fromLibrary,
      { path: '/', status: 302 },
      'index.js',
      'src/server.js',
    );
    expect(found).toMatchObject({ ruleId: 'W907', file: 'src/server.js' });
  });

  it('with a 4xx or 5xx answer or none is a failed start (W901): Nest logs "No driver" and answers 404', () => {
    for (const status of [404, 500, null]) {
      const found = loggedStartupFinding(
        'ERROR [PackageLoader] No driver (HTTP) has been selected.',
        { path: '/', status },
        'index.js',
        'src/main.ts',
      );
      expect(found).toMatchObject({ ruleId: 'W901', severity: 'error' });
      expect(found.message).toMatch(/index\.js answered, but failed while starting: .*No driver/);
    }
  });
});
