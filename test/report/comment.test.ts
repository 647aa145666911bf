import { describe, expect, it } from 'vitest';
import {
  COMMENT_MARKER,
  mergeEntries,
  parseCommentEntries,
  renderComment,
} from '../../src/report/comment.js';
import { escapeInline, link } from '../../src/report/markdown.js';
import { entry } from './helpers.js';

const hostile = [
  '<img src=x onerror=alert(1)> @octocat | `rm -rf` [click](javascript:alert(1)) **bold** <!-- -->',
  'feature/<script>alert(1)</script>|@admin',
  '\n# Heading\n- list\n> quote',
];

describe('PR comment renderer', () => {
  it('renders one row per Worker under the hidden marker, sorted by name', () => {
    const body = renderComment({
      pullRequest: 7,
      title: 'Add checkout',
      branch: 'feature/checkout',
      entries: [entry({ worker: 'web' }), entry({ worker: 'api', status: 'failed' })],
    });
    expect(body.startsWith(COMMENT_MARKER)).toBe(true);
    const rows = body.split('\n').filter((line) => line.startsWith('| '));
    expect(rows).toHaveLength(4); // header, separator, two Workers
    expect(rows[2]).toContain('❌ failed');
    expect(rows[2]).toContain('api');
    expect(rows[3]).toContain(
      '[abc123\\-shop\\.acme\\.workers\\.dev](https://abc123-shop.acme.workers.dev/)',
    );
    expect(rows[3]).toContain('2026-11-25 12:00 UTC');
    expect(rows[3]).toContain('0123456');
  });

  it.each(hostile)(
    'escapes hostile text so it adds no HTML, Markdown, cells or mentions: %j',
    (text) => {
      const body = renderComment({
        pullRequest: 7,
        title: text,
        branch: text,
        entries: [entry({ note: text, worker: 'shop' })],
      });
      const visible = body.slice(0, body.indexOf('<!-- docker-to-workers:data'));
      expect(visible).not.toMatch(/<(img|script)/i);
      expect(visible).not.toMatch(/@(octocat|admin)/);
      expect(visible).not.toContain('](javascript');
      expect(visible).not.toContain('**bold**');
      expect(visible).not.toMatch(/^# Heading|^- list|^> quote/m);
      const row = visible
        .split('\n')
        .find((line) => line.includes('shop') && line.startsWith('| ✅'));
      // The row keeps exactly six cells: a pipe in the text cannot add one.
      expect(row?.split(' | ')).toHaveLength(6);
      expect(visible.split('-->')).toHaveLength(2); // only our marker ends a hidden comment
    },
  );

  it('only links http(s) URLs and percent-encodes characters that could break out of the link', () => {
    expect(link('javascript:alert(1)')).toBe('javascript\\:alert\\(1\\)');
    expect(link('https://x.dev/a)b<c')).toBe('[x\\.dev/a\\)b%3Cc](https://x.dev/a%29b%3Cc)');
    expect(link(null)).toBe('—');
    expect(escapeInline('a'.repeat(400))).toHaveLength(300);
  });

  it('shows findings, migration summary, health against production and KV warnings', () => {
    const body = renderComment({
      pullRequest: 7,
      title: 't',
      branch: 'b',
      entries: [
        entry({
          findings: [
            {
              ruleId: 'W101',
              severity: 'warning',
              message: 'uses fs.watch',
              file: 'src/a.js',
              line: 3,
            },
          ],
          migration: {
            verdict: 'ready',
            converted: 4,
            approximated: 1,
            dropped: 1,
            manual: 1,
            manualItems: ['Move uploads to R2'],
          },
          health: {
            startupMs: 40,
            gzipBytes: 200 * 1024,
            production: { startupMs: 20, gzipBytes: 190 * 1024 },
            kvReadYourWrites: ['src/cache.js:12'],
            productionLive: {
              version: 'v-1',
              since: '2026-11-25T11:00:00.000Z',
              requests: 5000,
              errors: 5,
              errorRate: 0.001,
              subrequests: 0,
              cpuP50Ms: 1.2,
              cpuP99Ms: 4.5,
              wallP50Ms: 5,
              wallP99Ms: 40,
            },
          },
        }),
      ],
    });
    expect(body).toContain('<details><summary>Check findings (1)</summary>');
    expect(body).toContain('W101: uses fs\\.watch (src/a\\.js\\:3)');
    expect(body).toContain('<details><summary>Migration summary</summary>');
    expect(body).toContain('Move uploads to R2');
    expect(body).toMatch(/\| 40 ms \| \+100% ⚠️ \| 200\.0 KiB \| \+5% \|/);
    expect(body).toContain('**Production, last hour**');
    expect(body).toContain('| shop | 40 ms | 5000 | 0.10 % | 1.2 ms / 4.5 ms | 5 ms / 40 ms |');
    expect(body).toContain('> [!WARNING]');
    expect(body).toContain('src/cache\\.js\\:12 reads a key right after writing it (W706)');
  });

  it('round-trips its entries through the hidden data and merges by Worker', () => {
    const body = renderComment({
      pullRequest: 7,
      title: '--> <!--',
      branch: 'b',
      entries: [entry({ worker: 'api', note: '--> injected' }), entry({ worker: 'web' })],
    });
    const stored = parseCommentEntries(body);
    expect(stored.map((e) => e.worker)).toEqual(['api', 'web']);
    expect(stored[0]?.note).toBe('--> injected');
    const merged = mergeEntries(stored, [
      entry({ worker: 'web', status: 'failed', updatedAt: '2026-11-25T12:05:00.000Z' }),
    ]);
    expect(merged.find((e) => e.worker === 'web')?.status).toBe('failed');
    expect(merged.find((e) => e.worker === 'api')).toBeDefined();
    // A stored row newer than ours wins.
    const older = mergeEntries(merged, [
      entry({ worker: 'web', updatedAt: '2026-11-25T11:00:00.000Z' }),
    ]);
    expect(older.find((e) => e.worker === 'web')?.status).toBe('failed');
    expect(parseCommentEntries('just a comment')).toEqual([]);
  });

  it('keeps production’s last hour through the hidden data, so a later job’s render still shows it', () => {
    const productionLive = {
      version: 'd1e18f7d-aa3a-447b-b94a-c999cc7f63bb',
      requests: 2400,
      errors: 6,
      errorRate: 0.0025,
      subrequests: 0,
      cpuP50Ms: 1.4,
      cpuP99Ms: 7.5,
      wallP50Ms: 5,
      wallP99Ms: 40,
      since: '2026-11-25T11:00:00.000Z',
    };
    const health = {
      startupMs: 7,
      gzipBytes: 1000,
      production: null,
      kvReadYourWrites: [],
      productionLive,
    };
    const render = (entries: ReturnType<typeof entry>[]) =>
      renderComment({ pullRequest: 7, title: 't', branch: 'b', entries });
    const stored = parseCommentEntries(render([entry({ worker: 'shop', health })]));
    expect(stored[0]?.health?.productionLive).toEqual(productionLive);
    expect(render(stored)).toContain(
      '| shop | 7 ms | 2400 | 0.25 % | 1.4 ms / 7.5 ms | 5 ms / 40 ms |',
    );
    const edited = { ...health, productionLive: { ...productionLive, requests: '<b>2400</b>' } };
    expect(
      parseCommentEntries(render([entry({ worker: 'shop', health: edited as never })])),
    ).toEqual([]);
  });

  it('never shows the Cloudflare account id wrangler quotes in an error, visibly or in the data', () => {
    const id = 'c090dc86a0314d8099ab4d7f05828155';
    const body = renderComment({
      pullRequest: 7,
      title: 't',
      branch: 'b',
      entries: [
        entry({
          status: 'failed',
          note: `A request to the Cloudflare API (/accounts/${id}/workers/scripts/shop) failed.`,
          findings: [{ ruleId: 'R010', severity: 'error', message: `/accounts/${id}/x` }],
        }),
      ],
    });
    const data = JSON.stringify(parseCommentEntries(body));
    expect(body + data).not.toContain(id);
    expect(data).toContain('/accounts/<account-id>/workers/scripts/shop');
  });
});
