import type { EnvVar, SourceRef } from '../model/index.js';

const SECRET_NAME = /(TOKEN|SECRET|PASSWORD|PASSWD|KEY|CREDENTIALS?|PRIVATE|SALT|DSN)(S?)(_|$)/i;
const CREDENTIALS_IN_URL = /^([a-z][\w+.-]*:\/\/)([^:/@\s]*):([^@\s]+)@/i;

/** Names like *TOKEN*, *SECRET*, *PASSWORD*, *KEY*, or a value carrying credentials (`postgres://u:p@h`). */
export function secretLike(name: string, value: string | null): boolean {
  return SECRET_NAME.test(name) || (value !== null && CREDENTIALS_IN_URL.test(value));
}

/**
 * Builds the model's env list. Values of secret-like variables never enter the model: a connection
 * URL keeps its shape with the password masked (plan needs its host), anything else becomes null.
 * Every secret value is registered so no log line can print it.
 */
export function envVars(
  entries: { name: string; value: string | null; source: SourceRef }[],
  setSecret: (value: string) => void,
): EnvVar[] {
  const byName = new Map<string, EnvVar>();
  for (const { name, value, source } of entries) {
    const secret = secretLike(name, value);
    let kept = value;
    if (secret && value) {
      const url = CREDENTIALS_IN_URL.exec(value);
      if (url) {
        setSecret(url[3]!);
        kept = value.replace(CREDENTIALS_IN_URL, `$1$2:***@`);
      } else {
        setSecret(value);
        kept = null;
      }
    }
    byName.set(name, { name, value: kept, secretLike: secret, source });
  }
  return [...byName.values()];
}
