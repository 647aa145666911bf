/**
 * Deploy and report figures:
 *  1. sticky-comment upsert on a pull request with 1,000 other comments (10 pages) through Octokit and the
 *     fake GitHub API: time and requests per upsert;
 *  2. rendering the comment for 50 Workers: time and size;
 *  3. a production deploy (real wrangler against the loopback Cloudflare API, health check included):
 *     wall time per deploy, and a preview alias upload.
 * Usage: npx tsx bench/deploy.ts [runs]
 */
import { deploy } from '../src/pipeline/index.js';
import { upsertComment } from '../src/report/comment-poster.js';
import { renderComment } from '../src/report/comment.js';
import { githubFor, entry } from '../test/report/helpers.js';
import { createFakeGitHub } from '../test/support/github-api/index.js';
import {
  deployWorld,
  handPlan,
  handProvisioner,
  quickHealth,
  workerPlan,
} from '../test/deploy/helpers.js';

const RUNS = Number(process.argv[2] ?? 5);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

const fake = createFakeGitHub();
const { ctx, github } = githubFor(fake);
fake.seedComments(7, 1000);
const upserts: number[] = [];
let requests = 0;
for (let run = 0; run < RUNS; run++) {
  const before = fake.requests.length;
  upserts.push(
    await time(() =>
      upsertComment(
        github,
        {
          pullRequest: 7,
          title: 't',
          branch: 'b',
          entries: [entry({ updatedAt: new Date(run * 1000).toISOString() })],
        },
        ctx,
      ),
    ),
  );
  requests = fake.requests.length - before;
}
console.log(
  `comment upsert, 1,000 other comments: median ${median(upserts).toFixed(1)} ms, ${requests} requests`,
);

const many = Array.from({ length: 50 }, (_, i) => entry({ worker: `worker-${i}` }));
const renders: number[] = [];
let size = 0;
for (let run = 0; run < RUNS * 20; run++) {
  renders.push(
    await time(
      async () =>
        (size = renderComment({ pullRequest: 7, title: 't', branch: 'b', entries: many }).length),
    ),
  );
}
console.log(
  `render 50 Worker rows: median ${median(renders).toFixed(2)} ms, ${(size / 1024).toFixed(1)} KiB`,
);

const world = await deployWorld();
try {
  const plan = await handPlan([workerPlan('shop')]);
  const base = { provisioner: handProvisioner, health: quickHealth, github: null };
  const productions: number[] = [];
  const previews: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    productions.push(
      await time(() => deploy(plan, { ...base, environment: 'production' }, world.ctx)),
    );
    previews.push(
      await time(() =>
        deploy(plan, { ...base, environment: 'preview', pullRequest: 7 }, world.ctx),
      ),
    );
  }
  console.log(
    `production deploy (status + deploy + health): median ${median(productions).toFixed(0)} ms`,
  );
  console.log(
    `preview alias upload (versions upload + health): median ${median(previews).toFixed(0)} ms`,
  );
} finally {
  await world.close();
}
const usage = process.resourceUsage();
console.log(
  `peak RSS of this process: ${(usage.maxRSS / 1024).toFixed(0)} MiB (wrangler children not included)`,
);
