import { ApiError } from '../envelope.js';

/**
 * Helpers shared by resource routes: find by id, and add under a unique name with the
 * resource's own "already exists" error.
 */
export function findOr404<T>(
  items: T[],
  predicate: (item: T) => boolean,
  code: number,
  what: string,
): T {
  const found = items.find(predicate);
  if (!found) throw new ApiError(404, code, `${what} not found`);
  return found;
}

export function addUnique<T>(
  items: T[],
  item: T,
  sameName: (existing: T) => boolean,
  conflict: ApiError,
): T {
  if (items.some(sameName)) throw conflict;
  items.push(item);
  return item;
}

export function removeOr404<T>(
  items: T[],
  predicate: (item: T) => boolean,
  code: number,
  what: string,
): void {
  const index = items.findIndex(predicate);
  if (index < 0) throw new ApiError(404, code, `${what} not found`);
  items.splice(index, 1);
}

export function requireString(value: unknown, field: string): string {
  if (typeof value !== 'string' || value === '') {
    throw new ApiError(400, 10026, `${field} is required`);
  }
  return value;
}

/** A copy without the given keys (state that the real API never returns). */
export function omit<T extends object, K extends keyof T>(value: T, ...keys: K[]): Omit<T, K> {
  const copy = { ...value };
  for (const key of keys) delete copy[key];
  return copy;
}
