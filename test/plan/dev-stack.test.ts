// Services that do not run the app's own code never become Workers: a frontend whose image runs its
// toolchain's dev server becomes the app Worker's assets, a mail catcher built from a Dockerfile and
// a browser test runner image are dropped with a note.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/index.js';
import { testContext } from '../support/context.js';
import { FIXTURES } from './support.js';
import { planned } from './workers.js';

describe('compose services that are not the app', () => {
  it('detect: the dev-server frontend is static, maildev and playwright images are tools', async () => {
    const model = await detect(join(FIXTURES, 'compose-dev-stack'), {}, testContext());
    expect(model.composeService).toBe('backend');
    expect(model.builtServices.map((s) => [s.name, s.role, s.tool ?? null])).toEqual([
      ['frontend', 'static', null],
      ['maildev', 'tool', { name: 'maildev', kind: 'mail' }],
      ['e2e', 'tool', { name: 'playwright', kind: 'test' }],
    ]);
  });

  it("plan: one Worker, serving the frontend's build as SPA assets; the tools are notes", async () => {
    const plan = await planned('compose-dev-stack');
    expect(plan.workers.map((w) => [w.service, w.target])).toEqual([['backend', 'worker']]);
    expect(plan.workers[0]?.assets).toMatchObject({
      directory: expect.stringMatching(/frontend\/build$/),
      notFoundHandling: 'single-page-application',
    });
    const notes = plan.diagnostics.filter((d) => d.ruleId === 'P049').map((d) => d.message);
    expect(notes).toEqual([
      '`maildev` is a mail catcher for development; it is not deployed',
      '`e2e` is a browser test runner for development; it is not deployed',
    ]);
  });
});
