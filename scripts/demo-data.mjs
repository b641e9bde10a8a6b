#!/usr/bin/env node
// npm run demo:data -- --events N [--seed S] [-o public/data/demo.geojson]: loads the TypeScript generator
// (src/pipeline/demo/) through tsx, as bin/conflict-map.js does for the CLI.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/pipeline/demo/cli.ts');
process.exitCode = await main(process.argv.slice(2));
