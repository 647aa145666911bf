import { posix } from 'node:path';
import type { SourceRef } from '../model/index.js';
import { sourceRef } from '../model/index.js';
import type { DockerfileRead } from './dockerfile.js';
import type { RepoReader } from './repo-reader.js';
import { lineAt } from './text.js';

export interface CronJob {
  schedule: string;
  command: string;
  source: SourceRef;
}

const FIELD = String.raw`[\d*/,\-A-Za-z?]+`;
const CRONTAB_LINE = new RegExp(
  String.raw`^\s*(@\w+|${FIELD}\s+${FIELD}\s+${FIELD}\s+${FIELD}\s+${FIELD})\s+(.+?)\s*$`,
);
const ECHOED_LINE = new RegExp(
  String.raw`echo\s+["']((?:@\w+|${FIELD}(?:\s+${FIELD}){4}))\s+([^"']+)["']`,
  'g',
);
const LIBRARY_CALL =
  /\b(?:cron\.schedule|schedule\.scheduleJob|new\s+CronJob|CronJob\.from)\(\s*(?:\{\s*cronTime:\s*)?['"`]([^'"`]+)['"`]/g;
const CRON_LIBRARIES = ['node-cron', 'cron', 'node-schedule', 'croner'];

/**
 * Jobs the container ran on a schedule: crontab files the Dockerfile copies into a cron directory,
 * crontab lines echoed in RUN, and node-cron/cron/node-schedule calls in the entry file.
 */
export async function readCrons(
  reader: RepoReader,
  docker: DockerfileRead | null,
  entry: string | null,
  dependencies: Record<string, string>,
): Promise<CronJob[]> {
  const jobs: CronJob[] = [];
  for (const copy of docker?.facts.copies ?? []) {
    if (copy.from !== null || !/cron/i.test(copy.destination)) continue;
    const systemFormat = copy.destination.includes('cron.d');
    for (const source of copy.sources) {
      const path = docker!.origin(
        posix.join(
          copy.destination.endsWith('/')
            ? posix.join(copy.destination, posix.basename(source))
            : copy.destination,
        ),
      );
      const file = path.kind === 'repo' ? path.path : source;
      const text = await reader.readText(file);
      if (text !== null) jobs.push(...crontab(text, file, systemFormat));
    }
  }
  for (const run of docker?.facts.runCommands ?? []) {
    if (!/cron/i.test(run.command)) continue;
    for (const match of run.command.matchAll(ECHOED_LINE)) {
      jobs.push({
        schedule: match[1]!,
        command: match[2]!.trim(),
        source: sourceRef(docker!.facts.path, run.line),
      });
    }
  }
  if (entry && CRON_LIBRARIES.some((name) => name in dependencies)) {
    const text = await reader.readText(entry);
    for (const match of text?.matchAll(LIBRARY_CALL) ?? []) {
      jobs.push({
        schedule: match[1]!,
        command: `scheduled callback in ${entry}`,
        source: sourceRef(entry, lineAt(text!, match.index)),
      });
    }
  }
  return jobs;
}

function crontab(text: string, file: string, systemFormat: boolean): CronJob[] {
  const jobs: CronJob[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (/^\s*(#|$|\w+=)/.test(line)) return;
    const match = CRONTAB_LINE.exec(line);
    if (!match) return;
    // /etc/cron.d files have a user column before the command.
    const command = systemFormat ? match[2]!.replace(/^\S+\s+/, '') : match[2]!;
    jobs.push({
      schedule: match[1]!.replace(/\s+/g, ' '),
      command,
      source: sourceRef(file, index + 1),
    });
  });
  return jobs;
}
