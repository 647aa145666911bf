import { describe, expect, it } from 'vitest';
import { planApp } from '../../src/plan/index.js';
import { nodeAppModel } from '../support/app-model.js';
import { testContext } from '../support/context.js';
import { tempOut } from './support.js';

describe('target decision', () => {
  it('a Fastify app, which cannot boot in workerd (measured), gets the container target and why', async () => {
    const root = await tempOut();
    const app = nodeAppModel(root, 'server.js', {
      framework: 'fastify',
      packageJson: { dependencies: { fastify: '^5.0.0' } },
    });
    const plan = await planApp(app, { outDir: await tempOut() }, testContext());
    const [worker] = plan.workers;
    expect(worker!.target).toBe('container');
    expect(worker!.targetReason).toMatch(/Fastify under httpServerHandler: does not boot/);
  });
});
