// npm run demo:data -- --events N [--seed S] [-o public/data/demo.geojson]
// Writes a synthetic, schema-valid event set (see generate.ts); the app shows it with ?data=data/demo.geojson.
import { pathToFileURL } from 'node:url';
import { validateCollection } from '../../shared/validate.ts';
import { loadGazetteer } from '../gazetteer/load.ts';
import { serialise, writeAtomic } from '../output.ts';
import { generateDemo } from './generate.ts';
import { demoGazetteer } from './places.ts';

export const DEMO_USAGE = `Usage: npm run demo:data -- --events N [--seed S] [-o FILE]

Writes N synthetic events (Syria, 2011-2013) as GeoJSON in the event schema.
  --events N   how many events (default 1000)
  --seed S     seed of the generator: the same seed gives the same file (default 1)
  -o FILE      where to write (default public/data/demo.geojson)`;

export interface DemoArgs {
  events: number;
  seed: number;
  out: string;
}

/** Parses the arguments; a string is the error to show. */
export function parseDemoArgs(argv: readonly string[]): DemoArgs | string | 'help' {
  const args: DemoArgs = { events: 1000, seed: 1, out: 'public/data/demo.geojson' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = argv[i + 1];
    if (a === '-h' || a === '--help') return 'help';
    if (a !== '--events' && a !== '--seed' && a !== '-o' && a !== '--out') return `unknown option ${a}`;
    if (value === undefined) return `${a} needs a value`;
    i++;
    if (a === '-o' || a === '--out') args.out = value;
    else {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 0 || (a === '--events' && n > 5_000_000)) return `${a} must be a whole number${a === '--events' ? ' up to 5000000' : ''}, got "${value}"`;
      if (a === '--events') args.events = n;
      else args.seed = n;
    }
  }
  return args;
}

export async function main(argv: readonly string[]): Promise<number> {
  const args = parseDemoArgs(argv);
  if (args === 'help') return (console.log(DEMO_USAGE), 0);
  if (typeof args === 'string') return (console.error(`demo:data: ${args}\n\n${DEMO_USAGE}`), 2);
  const gaz = demoGazetteer(await loadGazetteer());
  const collection = generateDemo(gaz, { events: args.events, seed: args.seed });
  const check = validateCollection(collection);
  if (!check.ok) return (console.error(`demo:data: the generated events do not validate:\n${check.errors.slice(0, 10).join('\n')}`), 1);
  await writeAtomic(args.out, serialise(collection));
  console.log(`demo:data: wrote ${collection.features.length} events (seed ${args.seed}) to ${args.out}`);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = await main(process.argv.slice(2));
