import type { AppModel, Diagnostic, ReportRow } from '../model/index.js';
import type { Overrides } from './overrides.js';
import { secretLike } from '../detect/env.js';
import { planDiagnostic } from './rules.js';

export interface EnvPlan {
  vars: Record<string, string>;
  /** Names only: values never enter the plan. */
  secrets: string[];
  rows: ReportRow[];
  diagnostics: Diagnostic[];
}

/**
 * Non-secret env with a value → `vars`; secret-like names → required secrets; variables that held a
 * backing service's address are left to the bindings. `PORT` is pinned to the port the shim serves.
 * Values come from the repository, so they are public there and not masked (masking `postgres` would
 * hide a common word from the whole job log); a secret-looking one never becomes a var.
 */
export function planEnv(
  app: AppModel,
  overrides: Overrides,
  serviceVars: string[],
  port: number | null,
): EnvPlan {
  const plan: EnvPlan = { vars: {}, secrets: [], rows: [], diagnostics: [] };
  for (const variable of app.env) {
    const key = `ENV ${variable.name}`;
    if (serviceVars.includes(variable.name)) {
      plan.rows.push({
        key,
        source: variable.source,
        outcome: 'converted',
        became: 'binding',
        why: 'pointed at a compose backing service; the binding replaces it',
      });
    } else if (variable.secretLike) {
      if (!plan.secrets.includes(variable.name)) plan.secrets.push(variable.name);
      plan.rows.push({
        key,
        source: variable.source,
        outcome: 'converted',
        became: `secret ${variable.name}`,
        why: 'secret-like name: set with `wrangler secret put`, never stored in the config',
      });
    } else if (variable.value !== null) {
      plan.vars[variable.name] = variable.value;
      plan.rows.push({
        key,
        source: variable.source,
        outcome: 'converted',
        became: `vars.${variable.name}`,
        why: 'plain configuration value',
      });
    } else {
      plan.rows.push({
        key,
        source: variable.source,
        outcome: 'manual',
        became: `vars.${variable.name} (no value)`,
        why: 'only the name is known',
      });
      plan.diagnostics.push(
        planDiagnostic('P030', {
          message: `${variable.name} has no value in the Dockerfile, compose or .env.example`,
          fix: `Add it under vars in docker-to-workers.yml, or as a secret if it is one.`,
          source: variable.source,
        }),
      );
    }
  }
  for (const [name, value] of Object.entries(overrides.vars ?? {})) {
    if (secretLike(name, value)) {
      if (!plan.secrets.includes(name)) plan.secrets.push(name);
      plan.diagnostics.push(
        planDiagnostic('P031', {
          message: `vars.${name} in docker-to-workers.yml or x-cloudflare looks like a secret; it becomes a required secret and its value is not written anywhere`,
          fix: `Move ${name} to secrets in docker-to-workers.yml and pass its value from the workflow (the action's secrets input, or --secret ${name}).`,
        }),
      );
    } else plan.vars[name] = value;
  }
  for (const name of overrides.secrets ?? [])
    if (!plan.secrets.includes(name)) plan.secrets.push(name);
  for (const name of plan.secrets) delete plan.vars[name];
  if (port !== null) plan.vars.PORT = String(port);
  return plan;
}

/** The spellings wrangler defines when it bundles (its esbuild `define`). */
const NODE_ENV_EXPRESSIONS = [
  'process.env.NODE_ENV',
  'global.process.env.NODE_ENV',
  'globalThis.process.env.NODE_ENV',
];

/**
 * wrangler replaces `process.env.NODE_ENV` in the bundle with "production" on deploy, whatever `vars`
 * says; a `define` in the config wins over its own. So a NODE_ENV the app's environment sets (compose's
 * `NODE_ENV=development`) is defined too, or the Worker would run another configuration than the image
 * (`knexfile[process.env.NODE_ENV]`).
 */
export function nodeEnvDefine(vars: Record<string, string>): Record<string, string> {
  const value = vars.NODE_ENV;
  // A value still holding `${…}` is a Dockerfile expression detect did not evaluate: not a literal to pin.
  if (value === undefined || value === 'production' || value.includes('$')) return {};
  return Object.fromEntries(NODE_ENV_EXPRESSIONS.map((name) => [name, JSON.stringify(value)]));
}
