import { readFile } from 'node:fs/promises';
import {
  EXPORT_KINDS,
  err,
  exportKindSchema,
  ok,
  type Result,
  personalExportSchema,
  type ExportKind,
  type ImportResponse,
} from '@psoas/core';
import type { InvalidArgument } from '../args.ts';
import type { AccountApi } from '../auth/account-api.ts';
import { CliError, EXIT } from '../errors.ts';
import { writePrivateFile } from '../private-file.ts';

/**
 * `psoas export` and `psoas import`: everything the person has on the server, as the JSON the
 * server exports (which `import` takes back) or one kind of record as CSV. It is health data, so
 * a file is written readable by its owner only.
 */

export const EXPORT_FORMATS = ['json', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type ExportOptions = {
  readonly format?: ExportFormat;
  readonly kind?: ExportKind;
  readonly output?: string;
};

export type ExportDeps = {
  readonly client: AccountApi;
  readonly writeOut: (text: string) => void;
  readonly writeErr: (text: string) => void;
};

/** --kind: one of the export's kinds, listed when it is not. */
export function parseExportKind(value: string): Result<ExportKind, InvalidArgument> {
  const parsed = exportKindSchema.safeParse(value);
  return parsed.success
    ? ok(parsed.data)
    : err({
        code: 'INVALID_ARGUMENT',
        message: `"${value}" is not a kind of record; choose one of ${EXPORT_KINDS.join(', ')}`,
      });
}

function checkOptions(options: ExportOptions): ExportFormat {
  const format = options.format ?? 'json';
  if (format === 'csv' && options.kind === undefined) {
    throw new CliError({
      kind: 'usage',
      message: `--format csv needs --kind, one of ${EXPORT_KINDS.join(', ')}`,
    });
  }
  if (format === 'json' && options.kind !== undefined) {
    throw new CliError({
      kind: 'usage',
      message: '--kind picks one CSV table: use it with --format csv (JSON holds every kind)',
    });
  }
  return format;
}

export async function runExport(deps: ExportDeps, options: ExportOptions): Promise<number> {
  const format = checkOptions(options);
  let text: string;
  let rows: number | null = null;
  if (format === 'csv') {
    // checkOptions made sure of the kind.
    text = await deps.client.exportCsv(options.kind as ExportKind);
  } else {
    const answer = await deps.client.exportJson();
    // The JSON as the server sent it, so `psoas import` gets back exactly what was exported.
    text = `${JSON.stringify(answer.json, null, 2)}\n`;
    rows = Object.values(answer.data.records).reduce((sum, list) => sum + list.length, 0);
  }
  if (options.output === undefined) {
    deps.writeOut(text);
    return EXIT.ok;
  }
  const path = await writePrivateFile(options.output, text);
  const what = rows === null ? `the ${options.kind ?? ''} records as CSV` : `${rows} records`;
  deps.writeErr(`Exported ${what} to ${path} (only you can read it).\n`);
  return EXIT.ok;
}

function formatImported(answer: ImportResponse): string {
  const counts = Object.entries(answer.imported).filter(([, count]) => count > 0);
  if (counts.length === 0) return 'Imported nothing: the file holds no records.\n';
  const total = counts.reduce((sum, [, count]) => sum + count, 0);
  return `Imported ${total} records:\n${counts.map(([kind, count]) => `  ${kind}: ${count}`).join('\n')}\n`;
}

export async function runImport(
  deps: ExportDeps,
  file: string,
  options: { json?: boolean },
): Promise<number> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    throw new CliError({ kind: 'usage', message: `cannot read ${file} (${reason})` });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new CliError({ kind: 'usage', message: `${file} is not JSON: give a psoas export file` });
  }
  // Checked here first, so a wrong file is named as such instead of as the server's 400.
  const parsed = personalExportSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? ` (${issue.path.map(String).join('.') || 'top'}: ${issue.message})` : '';
    throw new CliError({
      kind: 'usage',
      message: `${file} is not a psoas export${where}`,
    });
  }
  const answer = await deps.client.importExport(parsed.data);
  deps.writeOut(
    options.json === true
      ? `${JSON.stringify(answer.json, null, 2)}\n`
      : formatImported(answer.data),
  );
  return EXIT.ok;
}
