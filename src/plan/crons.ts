import type { AppModel, CodeChange, ReportRow } from '../model/index.js';
import type { Overrides } from './overrides.js';

export interface CronPlan {
  schedules: string[];
  /** Schedule → app path a `curl http://localhost/...` job called (the shim forwards it). */
  paths: Record<string, string>;
  rows: ReportRow[];
  codeChanges: CodeChange[];
}

const LOCAL_HTTP =
  /\b(?:curl|wget)\b.*?https?:\/\/(?:localhost|127\.0\.0\.1)(?::\d+)?(\/[^\s'"]*)?/;

export function planCrons(app: AppModel, overrides: Overrides): CronPlan {
  const plan: CronPlan = {
    schedules: [...(overrides.crons ?? [])],
    paths: {},
    rows: [],
    codeChanges: [],
  };
  for (const cron of app.crons) {
    if (!plan.schedules.includes(cron.schedule)) plan.schedules.push(cron.schedule);
    const local = LOCAL_HTTP.exec(cron.command);
    const [file = cron.source, line] = cron.source.split(':');
    if (local) {
      plan.paths[cron.schedule] = local[1] ?? '/';
      plan.rows.push({
        key: `cron ${cron.schedule}`,
        source: cron.source,
        outcome: 'converted',
        became: `triggers.crons + scheduled() → GET ${local[1] ?? '/'}`,
        why: 'the job called the app over HTTP; the shim forwards the trigger to the same path',
      });
    } else {
      plan.rows.push({
        key: `cron ${cron.schedule}`,
        source: cron.source,
        outcome: 'manual',
        became: 'triggers.crons',
        why: `\`${cron.command}\` must move into the Worker's scheduled() handler`,
      });
      plan.codeChanges.push({
        file,
        line: line ? Number(line) : null,
        change: `run \`${cron.command}\` from a scheduled(controller, env, ctx) handler (or expose it as a route)`,
        why: 'no cron daemon or processes on Workers; Cron Triggers call scheduled()',
      });
    }
  }
  return plan;
}
