import { describe, expect, it } from 'vitest';
import type { Binding } from '../../src/model/index.js';
import {
  MAX_RESOURCE_NAME,
  resourceNames,
  resourceSet,
  scriptNameFor,
} from '../../src/provision/names.js';

const kv = (binding: string): Binding => ({
  type: 'kv',
  binding,
  reason: 'test',
  source: 'compose.yaml:1',
});

describe('resource names', () => {
  it('are <worker>-<binding>-<set>, lowercase and dashed', () => {
    expect(
      resourceNames('shop-api', [kv('SESSION_CACHE')], 'production').get('SESSION_CACHE'),
    ).toBe('shop-api-session-cache-production');
  });

  it('use the environment, or pr-N for a per-PR preview', () => {
    expect(resourceSet('preview', 9, false)).toBe('preview');
    expect(resourceSet('preview', 9, true)).toBe('pr-9');
    expect(resourceSet('Staging EU', null, false)).toBe('staging-eu');
  });

  it('stay within 63 characters and keep their set suffix, distinct when cut', () => {
    const long = 'a-very-long-worker-name-that-goes-on-and-on-and-on';
    const names = resourceNames(
      long,
      [kv('UPLOADED_FILES_CACHE_ONE'), kv('UPLOADED_FILES_CACHE_TWO')],
      'pr-12345',
    );
    const [one, two] = [...names.values()];
    for (const name of [one!, two!]) {
      expect(name.length).toBeLessThanOrEqual(MAX_RESOURCE_NAME);
      expect(name).toMatch(/^[a-z0-9][a-z0-9-]*-pr-12345$/);
    }
    expect(one).not.toBe(two);
  });

  it('separate bindings that sanitise to the same name', () => {
    const names = resourceNames('app', [kv('API_CACHE'), kv('api-cache')], 'production');
    expect(new Set(names.values()).size).toBe(2);
  });

  it('deploy production to the plan’s Worker and other environments to their own', () => {
    expect(scriptNameFor('shop-api', 'production')).toBe('shop-api');
    expect(scriptNameFor('shop-api', 'preview')).toBe('shop-api-preview');
  });
});
