// The report of a binary output (`build -o FILE.bin`, `import -o FILE.bin`): what the GeoJSON output carries
// in its "report" (every input and rejection accounted for), written beside the columns as
// FILE.bin.meta/report.json, `{"schema_version", "generated_by", "report", ...}`. Its `generated_by` says
// which command wrote the file, so import and build guard a binary file as they guard a GeoJSON one.
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { SCHEMA_VERSION, type ReportEntry } from '../../shared/schema.ts';
import { metaDir } from './write.ts';

/** The report of the binary file `bin`. */
export const binaryReportPath = (bin: string): string => `${metaDir(bin)}/report.json`;

/**
 * Writes the report of `bin` (after the file itself: writeBinary clears its metadata folder), atomically.
 * `extra` adds fields after the report (the import's counts).
 */
export async function writeBinaryReport(
  bin: string,
  generator: string,
  report: readonly ReportEntry[],
  extra: Record<string, unknown> = {},
): Promise<string> {
  const path = binaryReportPath(bin);
  await mkdir(metaDir(bin), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, `${JSON.stringify({ schema_version: SCHEMA_VERSION, generated_by: generator, report, ...extra })}\n`);
  await rename(tmp, path);
  return path;
}
