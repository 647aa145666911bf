import { cp, readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Context } from '../../src/context.js';
import type { AppModel, Framework, Plan } from '../../src/model/index.js';
import { planApp, writePlan } from '../../src/plan/index.js';
import { nodeAppModel } from '../support/app-model.js';

/**
 * A minimal AppModel for a fixture (a Node server started with `node <entry>`), so validate tests do not
 * depend on every detect heuristic; the CLI tests run the real detect.
 */
export async function nodeApp(
  dir: string,
  entry: string,
  options: { framework?: Framework; port?: number; healthcheck?: string } = {},
): Promise<AppModel> {
  const root = resolve(dir);
  const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as {
    name?: string;
    dependencies?: Record<string, string>;
    type?: string;
  };
  return nodeAppModel(root, entry, {
    framework: options.framework ?? 'express',
    ports: [options.port ?? 3000],
    healthcheck: options.healthcheck ?? null,
    packageJson: {
      name: pkg.name ?? null,
      dependencies: pkg.dependencies ?? {},
      esm: pkg.type === 'module',
    },
  });
}

/**
 * Fixtures keep the fake npm packages they need under `vendor/` (node_modules is not committed);
 * this copies them into the fixture's node_modules, as an install would.
 */
export async function installVendored(dir: string): Promise<void> {
  const vendor = join(dir, 'vendor');
  const names = await readdir(vendor).catch(() => [] as string[]);
  for (const name of names) {
    await cp(join(vendor, name), join(dir, 'node_modules', name), { recursive: true });
  }
}

export const fixture = (name: string) => resolve('test/fixtures', name);

/** detect's part done by hand (see nodeApp), then the real plan, written to the fixture's output dir. */
export async function plannedFixture(
  name: string,
  entry: string,
  options: {
    framework?: Framework;
    port?: number;
    healthcheck?: string;
    noRemedies?: boolean;
    ctx: Context;
  },
): Promise<Plan> {
  const dir = fixture(name);
  await installVendored(dir);
  const app = await nodeApp(dir, entry, options);
  const plan = await planApp(app, { noRemedies: options.noRemedies }, options.ctx);
  await writePlan(plan, options.ctx);
  return plan;
}
