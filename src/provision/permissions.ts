import type { Binding, Plan } from '../model/index.js';

/** Token permission groups, named as on the Cloudflare token page. */
export type PermissionGroup =
  | 'Account Settings'
  | 'Account Analytics'
  | 'Workers Scripts'
  | 'Workers KV Storage'
  | 'D1'
  | 'Workers R2 Storage'
  | 'Queues'
  | 'Hyperdrive';

export function permissionLabel(group: PermissionGroup, level: 'Read' | 'Edit' = 'Edit'): string {
  return `Account › ${group} › ${level}`;
}

const GROUP_BY_BINDING: Partial<Record<Binding['type'], PermissionGroup>> = {
  kv: 'Workers KV Storage',
  d1: 'D1',
  r2: 'Workers R2 Storage',
  queue: 'Queues',
  hyperdrive: 'Hyperdrive',
};

export function permissionFor(type: Binding['type']): PermissionGroup | null {
  return GROUP_BY_BINDING[type] ?? null;
}

/**
 * The least-privilege permission list for provisioning, deploying and monitoring this plan: Workers
 * Scripts always, one group per resource type the plan binds, Account Analytics Read for the GraphQL
 * Analytics API (the monitor stage, a gradual rollout's judgement, a preview's view of production:
 * https://developers.cloudflare.com/analytics/graphql-api/getting-started/authentication/api-token-auth/),
 * and Account Settings only to look the account up when none is given.
 */
export function requiredPermissions(plan: Plan, options: { accountGiven: boolean }): string[] {
  const groups = new Set<PermissionGroup>(['Workers Scripts']);
  for (const worker of plan.workers) {
    for (const binding of worker.bindings) {
      const group = permissionFor(binding.type);
      if (group) groups.add(group);
    }
  }
  const labels = [
    ...[...groups].map((g) => permissionLabel(g)),
    permissionLabel('Account Analytics', 'Read'),
  ];
  return options.accountGiven ? labels : [...labels, permissionLabel('Account Settings', 'Read')];
}
