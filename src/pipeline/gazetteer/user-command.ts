// `conflict-map gazetteer`: builds the bundled index, or with --geonames a user index from a GeoNames dump.
import { parseArgs } from 'node:util';
import { ensureGazetteer } from './build.ts';
import { buildUserIndex } from './user-build.ts';
import { DEFAULT_USER_DIR } from './user-load.ts';

export const GAZETTEER_HELP = `conflict-map gazetteer [--force]
conflict-map gazetteer --geonames FILE... [--alternate-names FILE] [-o DIR]

Without --geonames: builds the offline gazetteer index (GeoNames cities500, countries, admin-1 and admin-2,
regions) from the installed npm data packages into data/gazetteer/. It is built automatically on first use.

With --geonames: builds an extra index from a GeoNames dump you downloaded (allCountries.txt, or per-country
XX.txt files, plain or .zip), and optionally alternateNamesV2.txt / alternateNames.txt (plain or .zip). It
keeps populated places (P.*), admin areas (ADM1-ADM5, ADMD), countries (PCL*) and refugee camps (S.CMPRF).
Written to DIR (default data/gazetteer/user/), it is used by geoparse, extract and build whenever it is
there, under the bundled index; CM_USER_GAZETTEER=DIR points elsewhere, CM_USER_GAZETTEER=none turns it off.`;

export async function gazetteerCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      force: { type: 'boolean' },
      geonames: { type: 'string', multiple: true },
      'alternate-names': { type: 'string' },
      output: { type: 'string', short: 'o' },
    },
  });
  if (!values.geonames) {
    if (positionals.length || values['alternate-names'] || values.output) throw new Error('files are given with --geonames FILE...');
    process.stderr.write(`gazetteer ready in ${await ensureGazetteer({ force: !!values.force })}\n`);
    return 0;
  }
  // `--geonames BF.txt MM.txt KE.txt` (a shell glob): the files after the first come as positionals.
  const files = [...values.geonames, ...positionals];
  const { dir, manifest, skipped } = await buildUserIndex(files, { dir: values.output ?? DEFAULT_USER_DIR, alternateNames: values['alternate-names'] ?? null });
  process.stderr.write(`user gazetteer: ${manifest.rows.toLocaleString('en')} places, ${manifest.names.toLocaleString('en')} names in ${manifest.seconds.toFixed(1)} s → ${dir}` +
    `${skipped ? ` (${skipped.toLocaleString('en')} malformed lines skipped)` : ''}\n`);
  return 0;
}
