// `conflict-map binary IN.geojson -o OUT.bin [--no-meta] [--no-attributes]`: streams a GeoJSON collection into the compact
// binary layout the map loads for large data sets (docs/binary-format.md).
import { parseArgs } from 'node:util';
import { readGeoJsonFeatures } from './geojson-lines.ts';
import { metaDir, writeBinary } from './write.ts';

export const BINARY_HELP = `conflict-map binary IN.geojson -o OUT.bin [--no-meta] [--no-attributes]

Converts events (GeoJSON, as written by build or import; one feature per line is streamed) to the compact
binary layout of docs/binary-format.md, for maps of up to millions of events (open the app with
?data=OUT.bin). Besides positions, dates, types and tolls it holds every column the map's filters, table,
timeline, exports and URL state read (confidence, places, actors, outlets, ids); --no-attributes leaves
them out (the bench page's layer needs none). The full features are written beside it in
OUT.bin.meta/<n>.json chunks, fetched only when a popup needs them; --no-meta skips them.`;

type Log = (line: string) => void;
const stderr: Log = (line) => process.stderr.write(`${line}\n`);

export async function binaryCommand(args: string[], log: Log = stderr): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        output: { type: 'string', short: 'o' },
        'no-meta': { type: 'boolean' },
        'no-attributes': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    log(`binary: ${(e as Error).message}\n\n${BINARY_HELP}`);
    return 1;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    log(BINARY_HELP);
    return 0;
  }
  const input = positionals[0];
  if (positionals.length !== 1 || !input || !values.output) {
    log(`binary: give one input file and -o OUT.bin\n\n${BINARY_HELP}`);
    return 1;
  }
  const t0 = performance.now();
  try {
    const s = await writeBinary(readGeoJsonFeatures(input), values.output, { meta: !values['no-meta'], attributes: !values['no-attributes'] });
    const secs = ((performance.now() - t0) / 1000).toFixed(1);
    const mb = (s.bytes / 1e6).toFixed(1);
    log(`${s.count.toLocaleString('en-US')} events (${s.skipped} skipped) → ${values.output} (${mb} MB${s.metaChunks ? `, ${s.metaChunks} chunks in ${metaDir(values.output)}` : ''}) in ${secs} s`);
    return 0;
  } catch (e) {
    log(`binary: ${(e as Error).message}`);
    return 1;
  }
}
