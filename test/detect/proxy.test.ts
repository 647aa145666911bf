// The path prefix a reverse proxy removes before forwarding: a Worker route passes the whole path on,
// so the plan must say the app now receives it.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { proxyRoutes } from '../../src/detect/proxy.js';
import { topologyReport } from '../../src/plan/topology.js';
import { nodeAppModel } from '../support/app-model.js';

const services = (host: string) => (['api', 'web'].includes(host) ? host : null);
const strips = (text: string, file = 'nginx/default.conf') =>
  proxyRoutes(text, file, services).map((r) => [r.path, r.strips ?? null]);

describe('proxy routes: the prefix the proxy strips', () => {
  it('nginx: a rewrite to /$1, a proxy_pass URI of /, and a URI that keeps the prefix', () => {
    const conf = [
      'upstream api_up { server api:5000; }',
      'server {',
      '  location / { proxy_pass http://web; }',
      '  location /api { rewrite /api/(.*) /$1 break; proxy_pass http://api_up; }',
      '  location /v2/ { proxy_pass http://api:5000/; }',
      '  location /health { proxy_pass http://api:5000/health; }',
      '  location ~ ^/files/ { proxy_pass http://api:5000; }',
      '}',
    ].join('\n');
    expect(strips(conf)).toEqual([
      ['/', null],
      ['/api', '/api'],
      ['/v2/', '/v2'],
      ['/health', null],
      ['^/files/', null],
    ]);
  });

  it('Caddy: handle_path strips its prefix, handle does not', () => {
    const caddy = [
      ':80 {',
      '  handle_path /api/* {',
      '    reverse_proxy api:5000',
      '  }',
      '  handle /docs/* {',
      '    reverse_proxy api:5000',
      '  }',
      '}',
    ].join('\n');
    expect(strips(caddy, 'Caddyfile')).toEqual([
      ['/api/*', '/api'],
      ['/docs/*', null],
    ]);
  });

  it('plan: a stripped prefix is a manual row naming it, not a silent conversion', () => {
    const app = nodeAppModel(join('/repo', 'server'), 'index.js', {
      composeService: 'api',
      services: [
        {
          name: 'proxy',
          kind: 'nginx',
          image: 'nginx:alpine',
          source: 'docker-compose.yml:13',
          routes: proxyRoutes(
            'location /api { rewrite /api/(.*) /$1 break; proxy_pass http://api; }',
            'nginx/default.conf',
            services,
          ),
        },
      ],
    });
    const row = topologyReport(app, 'recipes', new Map(), null).rows.find((r) =>
      r.key.startsWith('proxy: /api'),
    );
    expect(row).toMatchObject({
      outcome: 'manual',
      became: 'Worker recipes, with /api in the path',
      source: 'nginx/default.conf:1',
    });
    expect(row?.why).toContain("app.use('/api', router)");
  });
});
