import { UserError } from '../errors.js';

const TOKENS_DOCS = 'https://developers.cloudflare.com/fundamentals/api/get-started/create-token/';

/** Provision rules: stable ids, what went wrong, the docs. Errors carry the id in their message. */
export const PROVISION_RULES = {
  C001: { title: 'API token missing or invalid', docs: TOKENS_DOCS },
  C002: { title: 'API token not active', docs: TOKENS_DOCS },
  C003: {
    title: 'account not chosen',
    docs: 'https://developers.cloudflare.com/fundamentals/account/find-account-and-zone-ids/',
  },
  C010: { title: 'API token lacks a permission the plan needs', docs: TOKENS_DOCS },
  C020: {
    title: 'required secret missing',
    docs: 'https://developers.cloudflare.com/workers/configuration/secrets/',
  },
  C022: {
    title: "the tool's own credential requested as a Worker secret",
    docs: 'https://developers.cloudflare.com/workers/configuration/secrets/',
  },
  C021: {
    title: 'Hyperdrive connection string invalid',
    docs: 'https://developers.cloudflare.com/hyperdrive/get-started/',
  },
  C030: {
    title: 'resource name taken by something this tool cannot read',
    docs: 'https://developers.cloudflare.com/workers/wrangler/configuration/#bindings',
  },
  C040: {
    title: 'D1 migration failed',
    docs: 'https://developers.cloudflare.com/d1/reference/migrations/',
  },
  C041: {
    title: 'secret upload failed',
    docs: 'https://developers.cloudflare.com/workers/wrangler/commands/#secret-bulk',
  },
  C050: {
    title: 'cleanup refused',
    docs: 'https://developers.cloudflare.com/workers/configuration/previews/',
  },
  C060: {
    title: "the app's build failed",
    docs: 'https://developers.cloudflare.com/workers/wrangler/custom-builds/',
  },
} as const;

export type ProvisionRuleId = keyof typeof PROVISION_RULES;

export function provisionError(
  ruleId: ProvisionRuleId,
  message: string,
  fix: string,
  cause?: unknown,
): UserError {
  return new UserError(`${message} [${ruleId}]`, {
    fix: `${fix} (${PROVISION_RULES[ruleId].docs})`,
    cause,
  });
}
