import type { ChildProcess } from 'node:child_process';
import { constants } from 'node:os';

/** Child processes still running (wrangler, and through it workerd; npm…). */
const live = new Set<ChildProcess>();

/** How long children get to stop after a forwarded signal before they are killed. */
const GRACE_MS = 5000;

/**
 * Ctrl-C or a CI cancel (SIGINT/SIGTERM) reaches only this process, not the children it started:
 * pass it on, let them stop (`wrangler dev` stops its workerd on either), then exit as the signal
 * would have made us (128 + its number).
 */
function forward(signal: NodeJS.Signals): void {
  for (const child of live) child.kill(signal);
  const stopped = [...live].map((child) => new Promise((resolve) => child.once('close', resolve)));
  setTimeout(() => {
    for (const child of live) child.kill('SIGKILL');
  }, GRACE_MS).unref();
  void Promise.all(stopped).then(() => process.exit(128 + constants.signals[signal]));
}

/** Our own exit (an error, `process.exit`) must not leave a child holding a port. */
function stopAll(): void {
  for (const child of live) child.kill('SIGTERM');
}

const handlers = { SIGINT: () => forward('SIGINT'), SIGTERM: () => forward('SIGTERM') };

/** Tracks `child` until it closes; signal forwarding is installed only while children run. */
export function trackChild(child: ChildProcess): void {
  if (live.size === 0) {
    process.on('SIGINT', handlers.SIGINT);
    process.on('SIGTERM', handlers.SIGTERM);
    process.on('exit', stopAll);
  }
  live.add(child);
  child.once('close', () => {
    live.delete(child);
    if (live.size > 0) return;
    process.off('SIGINT', handlers.SIGINT);
    process.off('SIGTERM', handlers.SIGTERM);
    process.off('exit', stopAll);
  });
}
