// `conflict-map import --format acled|ucdp FILE.csv [-o out.geojson]`: wires the arguments to importFile.
import { parseArgs } from 'node:util';
import { FORMATS, ImportError, importFile, summaryLine, type Format } from './stream.ts';

export const IMPORT_HELP = `conflict-map import --format acled|ucdp FILE.csv [-o public/data/events.geojson]

Reads an ACLED export or a UCDP GED CSV, streaming, and writes the events as GeoJSON (default:
public/data/events.geojson), atomically. Every row is accounted for: the output's "report" lists the
rejected rows (row numbers count the header as row 1; the first 1,000 are listed, the rest counted).
Exits 1 on a missing file or a file that is not in the given format.`;

type Log = (line: string) => void;
const stderr: Log = (line) => process.stderr.write(`${line}\n`);

/** Runs the command; returns the exit code. */
export async function importCommand(args: string[], log: Log = stderr): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o', default: 'public/data/events.geojson' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    log(`import: ${(e as Error).message}\n\n${IMPORT_HELP}`);
    return 1;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    log(IMPORT_HELP);
    return 0;
  }
  const format = values.format;
  if (!format || !(FORMATS as readonly string[]).includes(format)) {
    log(`import: --format must be ${FORMATS.join(' or ')}${format ? ` (got "${format}")` : ''}\n\n${IMPORT_HELP}`);
    return 1;
  }
  if (positionals.length !== 1 || !positionals[0]) {
    log(`import: give exactly one input file${positionals.length ? ` (got ${positionals.length})` : ''}\n\n${IMPORT_HELP}`);
    return 1;
  }
  try {
    const summary = await importFile({ format: format as Format, input: positionals[0], output: values.output });
    log(`${summaryLine(summary)} → ${values.output}`);
    return 0;
  } catch (e) {
    if (e instanceof ImportError) {
      log(`import: ${e.message}`);
      return 1;
    }
    log(`import: unexpected error: ${(e as Error).stack ?? String(e)}`);
    return 1;
  }
}
