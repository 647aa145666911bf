import { randomBytes, randomUUID } from 'node:crypto';

/** Permission groups as the token page names them (scope › group › level). */
export type PermissionGroup =
  | 'Account Settings'
  | 'Workers Scripts'
  | 'Workers KV Storage'
  | 'D1'
  | 'Workers R2 Storage'
  | 'Queues'
  | 'Hyperdrive'
  | 'Account Analytics';

export type PermissionLevel = 'Read' | 'Edit';

export interface Permission {
  group: PermissionGroup;
  level: PermissionLevel;
}

export const ALL_PERMISSION_GROUPS: readonly PermissionGroup[] = [
  'Account Settings',
  'Workers Scripts',
  'Workers KV Storage',
  'D1',
  'Workers R2 Storage',
  'Queues',
  'Hyperdrive',
  'Account Analytics',
];

export function permissionLabel(permission: Permission): string {
  return `Account › ${permission.group} › ${permission.level}`;
}

export interface ApiToken {
  id: string;
  value: string;
  /** User tokens verify at `/user/tokens/verify`, account-owned tokens at `/accounts/:id/tokens/verify`. */
  kind: 'user' | 'account';
  status: 'active' | 'disabled' | 'expired';
  /** Accounts the token may act on. */
  accountIds: string[];
  /** `Edit` implies `Read`. */
  permissions: Permission[];
}

export function tokenAllows(token: ApiToken, needed: Permission): boolean {
  return token.permissions.some(
    (p) => p.group === needed.group && (p.level === 'Edit' || needed.level === 'Read'),
  );
}

/** The tokens the server accepts. `default` can do everything on every account. */
export class TokenRegistry {
  private readonly byValue = new Map<string, ApiToken>();
  readonly default: ApiToken;

  constructor(private readonly allAccountIds: () => string[]) {
    this.default = this.create();
  }

  /** Issues a token; by default a user token with Edit on every group for every account. */
  create(
    options: {
      kind?: ApiToken['kind'];
      status?: ApiToken['status'];
      accountIds?: string[];
      permissions?: Permission[];
    } = {},
  ): ApiToken {
    const token: ApiToken = {
      id: randomUUID().replaceAll('-', ''),
      value: randomBytes(30).toString('base64url'),
      kind: options.kind ?? 'user',
      status: options.status ?? 'active',
      accountIds: options.accountIds ?? this.allAccountIds(),
      permissions:
        options.permissions ?? ALL_PERMISSION_GROUPS.map((group) => ({ group, level: 'Edit' })),
    };
    this.byValue.set(token.value, token);
    return token;
  }

  /** A token with every permission except the listed groups (the usual "forgot one" mistake). */
  without(...groups: PermissionGroup[]): ApiToken {
    return this.create({
      permissions: ALL_PERMISSION_GROUPS.filter((g) => !groups.includes(g)).map((group) => ({
        group,
        level: 'Edit',
      })),
    });
  }

  find(value: string): ApiToken | undefined {
    return this.byValue.get(value);
  }
}
