import type { Binding } from '../model/index.js';
import { MAX_RESOURCE_NAME, shortHash, slug } from '../plan/naming.js';

export { MAX_RESOURCE_NAME };

/** The suffix of a run's resource names: the environment, or `pr-N` for a per-PR preview set. */
export function resourceSet(
  environment: string,
  pr: number | null,
  perPrResources: boolean,
): string {
  return perPrResources && pr !== null ? `pr-${pr}` : slug(environment);
}

/** `<worker>-<binding>-<set>`, lowercase letters, digits and dashes, ≤ 63 characters. */
function baseName(worker: string, binding: string, set: string, withHash: boolean): string {
  const tail = withHash ? `${shortHash(`${worker}\0${binding}`)}-${set}` : set;
  const head = `${slug(worker)}-${slug(binding)}`;
  const room = MAX_RESOURCE_NAME - tail.length - 1;
  if (head.length <= room) return `${head}-${tail}`;
  // Too long: keep the start and mark the cut with a hash so two long names cannot meet.
  const hashedTail = withHash ? tail : `${shortHash(`${worker}\0${binding}`)}-${set}`;
  const cut = head.slice(0, MAX_RESOURCE_NAME - hashedTail.length - 1).replace(/-+$/, '');
  return `${cut}-${hashedTail}`;
}

/**
 * Deterministic resource names for one Worker's bindings in one resource set. Bindings whose
 * sanitised names would collide (`API_CACHE` and `api-cache`) each get a short hash.
 */
export function resourceNames(
  worker: string,
  bindings: readonly Binding[],
  set: string,
): Map<string, string> {
  const plain = bindings.map((b) => baseName(worker, b.binding, set, false));
  return new Map(
    bindings.map((b, i) => {
      const clashes = plain.filter((name) => name === plain[i]).length > 1;
      return [b.binding, clashes ? baseName(worker, b.binding, set, true) : plain[i]!];
    }),
  );
}

/** The Worker script an environment deploys to: the plan's name in production, `<name>-<env>` elsewhere. */
export function scriptNameFor(worker: string, environment: string): string {
  return environment === 'production' ? worker : `${worker}-${slug(environment)}`;
}
