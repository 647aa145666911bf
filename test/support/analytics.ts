import type { DeployedScript } from './cloudflare-api/routes/workers.js';
import type { AnalyticsData, InvocationRow } from './cloudflare-api/server.js';

/** Per hour (or per step) of one version: requests, error share and times in milliseconds. */
export interface TrafficProfile {
  requests: number;
  errorRate?: number;
  cpuP50Ms?: number;
  cpuP99Ms?: number;
  wallP50Ms?: number;
  wallP99Ms?: number;
  subrequests?: number;
}

export function invocationRow(
  scriptName: string,
  scriptVersion: string,
  datetime: string,
  profile: TrafficProfile,
): InvocationRow {
  const us = (ms: number | undefined, fallback: number) => Math.round((ms ?? fallback) * 1000);
  return {
    scriptName,
    scriptVersion,
    datetime,
    requests: profile.requests,
    errors: Math.round(profile.requests * (profile.errorRate ?? 0)),
    subrequests: profile.subrequests ?? 0,
    cpuTimeP50: us(profile.cpuP50Ms, 1),
    cpuTimeP99: us(profile.cpuP99Ms, 3),
    wallTimeP50: us(profile.wallP50Ms, 5),
    wallTimeP99: us(profile.wallP99Ms, 40),
  };
}

/** One row per hour for `hours` hours before `until` (newest last). */
export function hourlyRows(
  scriptName: string,
  scriptVersion: string,
  until: Date,
  hours: number,
  profile: TrafficProfile,
): InvocationRow[] {
  const lastHour = Math.floor(until.getTime() / 3_600_000) * 3_600_000;
  return Array.from({ length: hours }, (_, i) =>
    invocationRow(
      scriptName,
      scriptVersion,
      new Date(lastHour - (hours - 1 - i) * 3_600_000).toISOString().replace('.000Z', 'Z'),
      profile,
    ),
  );
}

/**
 * Live traffic that follows each script's current deployment: for every queried window, each deployed
 * version gets its share of `total` requests, shaped by `newest` (the script's latest upload) or `older`.
 */
export function liveTraffic(profiles: {
  total: number;
  newest: Omit<TrafficProfile, 'requests'>;
  older: Omit<TrafficProfile, 'requests'>;
}): NonNullable<AnalyticsData['live']> {
  return (account, window) =>
    [...account.scripts.values()].flatMap((raw) => {
      const script = raw as DeployedScript;
      const deployment = script.deployments?.at(-1);
      const newest = script.versions?.at(-1)?.id;
      return (deployment?.versions ?? []).map(({ version_id, percentage }) =>
        invocationRow(script.id, version_id, window.since.toISOString(), {
          ...(version_id === newest ? profiles.newest : profiles.older),
          requests: Math.round((profiles.total * percentage) / 100),
        }),
      );
    });
}
