import type { AppModel, Diagnostic } from '../model/index.js';

/** The AppModel as a readable table for the terminal: each fact, its value and where it was read. */
export function formatAppModel(model: AppModel): string {
  const rows: [string, string, string][] = [];
  const fact = (name: string, value: unknown) => {
    const text =
      value === null || value === undefined || (Array.isArray(value) && value.length === 0)
        ? '—'
        : Array.isArray(value)
          ? value.join(', ')
          : String(value);
    rows.push([name, text, model.sources[name] ?? '']);
  };
  fact('runtime', model.runtime);
  fact('framework', model.framework);
  fact('entry', model.entry);
  fact('runFile', model.runFile);
  fact('startCommand', model.startCommand);
  fact('ports', model.ports);
  fact('healthcheck', model.healthcheck);
  fact('packageManager', model.packageManager);
  fact('nativeAddons', model.nativeAddons);
  fact('dbClients', model.dbClients);
  fact('wranglerConfig', model.wranglerConfig);
  fact('composeService', model.composeService);
  for (const service of model.services)
    rows.push([
      `service ${service.name}`,
      `${service.kind} (${service.image ?? 'no image'})`,
      service.source,
    ]);
  for (const service of model.builtServices)
    rows.push([`built ${service.name}`, service.context, service.source]);
  for (const volume of model.volumes)
    rows.push([
      `volume ${volume.target}`,
      `${volume.type}${volume.source ? ` ${volume.source}` : ''}`,
      volume.source_ref,
    ]);
  for (const env of model.env)
    rows.push([`env ${env.name}`, env.secretLike ? '(secret)' : (env.value ?? '—'), env.source]);
  return [
    table(['fact', 'value', 'source'], rows),
    ...model.diagnostics.map(formatDiagnostic),
  ].join('\n');
}

function table(header: [string, string, string], rows: [string, string, string][]): string {
  const all = [header, ...rows];
  const widths = header.map((_, column) =>
    Math.min(48, Math.max(...all.map((row) => row[column]!.length))),
  );
  const line = (row: string[]) =>
    row
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

function formatDiagnostic(diagnostic: Diagnostic): string {
  const where = diagnostic.file
    ? `${diagnostic.file}${diagnostic.line ? `:${diagnostic.line}` : ''}: `
    : '';
  return `${diagnostic.severity} ${diagnostic.ruleId} ${where}${diagnostic.message}${diagnostic.fix ? `\n  fix: ${diagnostic.fix}` : ''}`;
}
