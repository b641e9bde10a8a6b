// Which command wrote an output file, read from its first bytes: `import` and `build` never overwrite each
// other's file without --force. An import writes `"generated_by":"conflict-map import"`; a build
// `"generated_by":"conflict-map"`. A binary output (FILE.bin) says it in its report,
// FILE.bin.meta/report.json. Files from neither (demo data, older imports, `binary`'s files) are not guarded.
import { access, open } from 'node:fs/promises';
import { binaryReportPath } from '../binary/report.ts';
import { isBinaryOutput } from './to-binary.ts';

export type Writer = 'import' | 'build';

/** The command that wrote `path`, or null when the file is missing or from neither. */
export async function writtenBy(path: string): Promise<Writer | null> {
  const binary = isBinaryOutput(path);
  // A report left without its file guards nothing.
  if (binary && !(await access(path).then(() => true, () => false))) return null;
  const file = await open(binary ? binaryReportPath(path) : path, 'r').catch(() => null);
  if (!file) return null;
  try {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(512), 0, 512, 0);
    const head = buffer.subarray(0, bytesRead).toString('utf8');
    const m = (binary ? /^\{"schema_version":"[^"]*","generated_by":"(conflict-map(?: import)?)"/ : /^\{"type":"FeatureCollection","schema_version":"[^"]*","generated_by":"(conflict-map(?: import)?)"/).exec(head);
    return m ? (m[1] === 'conflict-map' ? 'build' : 'import') : null;
  } finally {
    await file.close();
  }
}

/**
 * Null when `command` may write `path`; otherwise the message that says why not: the file was written by
 * the other command and --force was not given.
 */
export async function overwriteRefusal(command: Writer, path: string, force: boolean): Promise<string | null> {
  if (force) return null;
  const by = await writtenBy(path);
  if (!by || by === command) return null;
  const fix = command === 'import'
    ? 'Give another -o (the default is public/data/imported.geojson)'
    : 'Give another -o, or combine them: conflict-map build data/articles FILE.csv';
  return `${path} was written by "conflict-map ${by}"; not overwriting it. ${fix}, or add --force to overwrite it.`;
}
