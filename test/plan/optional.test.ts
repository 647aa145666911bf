import { describe, expect, it } from 'vitest';
import { optionalStubs } from '../../src/plan/optional.js';
import { nodeAppModel } from '../support/app-model.js';

const nest = (dependencies: Record<string, string>) =>
  optionalStubs(
    nodeAppModel('/app', 'src/main.ts', {
      framework: 'nestjs',
      packageJson: { dependencies: { '@nestjs/core': '^10.0.0', ...dependencies } },
    }),
  );

describe('optional modules a framework requires inside try/catch', () => {
  it('aliases what the app does not install, and the class-transformer subpath its version lacks', () => {
    // class-transformer 0.5 has cjs/storage (tried first by @nestjs/mapped-types) but no storage.
    const installed = Object.keys(
      nest({ 'class-transformer': '0.5.1', 'cache-manager': '^5.0.0' }).alias,
    );
    expect(installed).toContain('class-transformer/storage');
    expect(installed).not.toContain('class-transformer/cjs/storage');
    expect(installed).not.toContain('class-transformer');
    expect(installed).not.toContain('cache-manager');
    const old = Object.keys(nest({ 'class-transformer': '~0.4.0' }).alias);
    expect(old).toContain('class-transformer/cjs/storage');
    expect(old).not.toContain('class-transformer/storage');
    expect(old).toContain('cache-manager');
  });

  it('the Fastify adapter: the static and view plugins the app does not install', () => {
    const alias = Object.keys(
      nest({ '@nestjs/platform-fastify': '^10.3.0', '@fastify/static': '^6.12.0' }).alias,
    );
    expect(alias).toContain('@fastify/view');
    expect(alias).not.toContain('@fastify/static');
  });

  it('nestjs-i18n: the view engines it loads for its Handlebars helper', () => {
    expect(Object.keys(nest({ 'nestjs-i18n': '^10.0.0' }).alias)).toEqual(
      expect.arrayContaining(['hbs', 'handlebars']),
    );
    expect(Object.keys(nest({ 'nestjs-i18n': '^10.0.0', hbs: '^4.0.0' }).alias)).not.toContain(
      'hbs',
    );
  });
});
