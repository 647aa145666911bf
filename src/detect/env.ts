import type { EnvVar, SourceRef } from '../model/index.js';

const SECRET_NAME =
  /(TOKEN|SECRET|PASSWORD|PASSWD|PASS|KEY|CREDENTIALS?|PRIVATE|SALT|DSN)(S?)(_|$)|^AUTH/i;
const CREDENTIALS_IN_URL = /^([a-z][\w+.-]*:\/\/)([^:/@\s]*):([^@\s]+)@/i;
/** `header.payload.signature`, each base64url; the header of every JWT starts with `{"` → `eyJ`. */
const JWT = /^eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+$/;
/** Webhook URLs carry their token in the path or the query (Slack, Discord, Teams, `?token=`). */
const WEBHOOK_URL =
  /^https?:\/\/([^/]*\.)?(hooks\.slack\.com\/|discord(app)?\.com\/api\/webhooks\/|[^/]*webhook\.office\.com\/)|[?&](token|key|secret|sig|signature|access_token)=/i;

/**
 * Names like *TOKEN*, *SECRET*, *PASSWORD*, *_PASS, *KEY*, AUTH*, or a value that is a credential: a URL
 * with a password (`postgres://u:p@h`), a JWT, a webhook URL with its token.
 */
export function secretLike(name: string, value: string | null): boolean {
  if (SECRET_NAME.test(name)) return true;
  if (value === null) return false;
  const trimmed = value.trim();
  return CREDENTIALS_IN_URL.test(trimmed) || JWT.test(trimmed) || WEBHOOK_URL.test(trimmed);
}

/**
 * Builds the model's env list. Values of secret-like variables never enter the model: a connection
 * URL keeps its shape with the password masked (plan needs its host), anything else becomes null.
 * They are not registered for masking: they are public in the repository, and a compose default such
 * as `postgres` would otherwise vanish from every log line of the job.
 */
export function envVars(
  entries: { name: string; value: string | null; source: SourceRef }[],
): EnvVar[] {
  const byName = new Map<string, EnvVar>();
  for (const { name, value, source } of entries) {
    const secret = secretLike(name, value);
    let kept = value;
    if (secret && value) {
      const url = CREDENTIALS_IN_URL.exec(value);
      kept = url ? value.replace(CREDENTIALS_IN_URL, `$1$2:***@`) : null;
    }
    byName.set(name, { name, value: kept, secretLike: secret, source });
  }
  return [...byName.values()];
}
