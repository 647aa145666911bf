/**
 * A stand-in for sonic-boom, the stream pino (5 to 10), pino-pretty and pino/file write their lines
 * through, generated beside wrangler.jsonc and reached by a wrangler `alias`.
 *
 * Measured (wrangler 4.164, workerd at 2025-09-15 and 2026-11-17): workerd's node:fs refuses
 * `fs.writeSync(fd, string, 'utf8')` and `fs.write(fd, string, 'utf8', cb)`, the legacy forms with the
 * encoding in the position slot (Node's docs: fs.writeSync(fd, string[, position[, encoding]])), with
 * ERR_INVALID_ARG_TYPE; it accepts `fs.writeSync(fd, string)` and `(fd, string, null, 'utf8')`.
 * sonic-boom 1 uses the legacy form for every write, sonic-boom 4 for `sync: true` (pino 6's default
 * stream, `pino.destination({ sync: true })`): each log call then throws, and requests answer 500.
 *
 * The stand-in writes each line with console.log (console.error for fd 2): Workers Logs and
 * `wrangler tail` keep console output
 * (https://developers.cloudflare.com/workers/observability/logs/workers-logs/). Writing to files
 * (`pino.destination('./app.log')`) has no lasting place on Workers, so those lines go there too.
 */
export const SONIC_BOOM_STAND_IN = `// Stands in for sonic-boom (wrangler \`alias\`, see wrangler.jsonc): its fs.writeSync(fd, line, 'utf8')
// is refused by workerd's node:fs (ERR_INVALID_ARG_TYPE), so every pino log call would throw. Here
// each line goes to console.log (console.error for fd 2), which Workers Logs keeps.
'use strict';
const { EventEmitter } = require('node:events');

function SonicBoom(opts, minLength, sync) {
  if (!(this instanceof SonicBoom)) return new SonicBoom(opts, minLength, sync);
  EventEmitter.call(this);
  // sonic-boom 1+ takes options; 0.x took (fd, minLength, sync).
  const options = opts !== null && typeof opts === 'object' ? opts : { fd: opts, minLength, sync };
  const dest = options.fd ?? options.dest ?? 1;
  this.fd = typeof dest === 'number' ? dest : Number(dest) || 1;
  this.file = typeof dest === 'string' && !Number(dest) ? dest : null;
  this.minLength = options.minLength ?? 0;
  this.sync = Boolean(options.sync);
  this.append = options.append ?? true;
  this.writing = false;
  this.destroyed = false;
  queueMicrotask(() => this.emit('ready'));
}
Object.setPrototypeOf(SonicBoom.prototype, EventEmitter.prototype);
Object.setPrototypeOf(SonicBoom, EventEmitter);

SonicBoom.prototype.write = function (data) {
  if (this.destroyed) throw new Error('SonicBoom destroyed');
  const text = String(data);
  for (const line of text.split('\\n')) {
    if (line === '') continue;
    if (this.fd === 2) console.error(line);
    else console.log(line);
  }
  this.emit('write', text.length);
  return true;
};

SonicBoom.prototype.flush = function (cb) {
  if (typeof cb === 'function') queueMicrotask(() => cb(null));
};
SonicBoom.prototype.flushSync = function () {};
SonicBoom.prototype.reopen = function (file) {
  if (typeof file === 'string') this.file = file;
};

SonicBoom.prototype.end = function () {
  if (this.destroyed) return;
  this.destroyed = true;
  queueMicrotask(() => {
    this.emit('finish');
    this.emit('close');
  });
};

SonicBoom.prototype.destroy = function () {
  if (this.destroyed) return;
  this.destroyed = true;
  queueMicrotask(() => this.emit('close'));
};

module.exports = SonicBoom;
module.exports.SonicBoom = SonicBoom;
module.exports.default = SonicBoom;
`;
