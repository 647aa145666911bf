/** The prelude's export that sets the timers held while the Worker started (the entry calls it per event). */
export const START_HELD_TIMERS = 'startHeldTimers';

/**
 * Prelude lines that hold the timers the app sets while the Worker starts. workerd refuses a timer in
 * global scope ("Disallowed operation called within global scope"), where the app's import runs; Fastify's
 * plugin loader (avvio) sets a watchdog timer per plugin there and clears it once the plugin has loaded
 * (https://fastify.dev/docs/latest/Reference/Server/#plugintimeout). Only the global functions are
 * wrapped: code that imports them from node:timers is not covered.
 */
export const HELD_TIMERS = [
  '',
  '// Timers the app sets while the Worker starts (global scope, where workerd refuses them) wait here and',
  '// are set as the first event starts; one cleared before then is dropped.',
  "const TIMER_CLEARS = { setTimeout: 'clearTimeout', setInterval: 'clearInterval', setImmediate: 'clearImmediate' };",
  'const ownTimers = {};',
  'const heldTimers = new Set();',
  'let timersStarted = false;',
  "// What Node's Timeout and Immediate objects offer, for code that calls them before the timer is set.",
  'class HeldTimer {',
  '  constructor(kind, args) {',
  '    this.kind = kind;',
  '    this.args = args;',
  '    this.timer = undefined;',
  '    this.referenced = true;',
  '  }',
  '  start() {',
  '    this.timer = ownTimers[this.kind](...this.args);',
  '    if (!this.referenced) this.timer?.unref?.();',
  '  }',
  '  clear() {',
  '    heldTimers.delete(this);',
  '    if (this.timer !== undefined) ownTimers[TIMER_CLEARS[this.kind]](this.timer);',
  '  }',
  '  ref() { this.referenced = true; this.timer?.ref?.(); return this; }',
  '  unref() { this.referenced = false; this.timer?.unref?.(); return this; }',
  '  hasRef() { return this.referenced; }',
  '  refresh() { this.timer?.refresh?.(); return this; }',
  '  close() { this.clear(); return this; }',
  '  [Symbol.toPrimitive]() { return this.timer === undefined ? 0 : Number(this.timer); }',
  '}',
  // util.promisify(setTimeout) reads the function's own symbol (util.promisify.custom).
  'const withOwnSymbols = (wrapper, own) => {',
  '  for (const key of Object.getOwnPropertySymbols(own)) wrapper[key] = own[key];',
  '  return wrapper;',
  '};',
  'for (const [kind, clear] of Object.entries(TIMER_CLEARS)) {',
  '  ownTimers[kind] = globalThis[kind];',
  '  ownTimers[clear] = globalThis[clear];',
  '  globalThis[kind] = withOwnSymbols((...args) => {',
  '    if (timersStarted) return ownTimers[kind](...args);',
  '    const held = new HeldTimer(kind, args);',
  '    heldTimers.add(held);',
  '    return held;',
  '  }, ownTimers[kind]);',
  '  globalThis[clear] = (timer) =>',
  '    timer instanceof HeldTimer ? timer.clear() : ownTimers[clear](timer);',
  '}',
  '',
  '// Called by the entry as each event starts (inside a request, where timers are allowed).',
  `export function ${START_HELD_TIMERS}() {`,
  '  if (timersStarted) return;',
  '  timersStarted = true;',
  '  for (const held of heldTimers) held.start();',
  '  heldTimers.clear();',
  '}',
];
