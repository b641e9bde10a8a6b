// Builds the generated gazetteer index once before the unit tests, so test files never race to build it.
import { ensureGazetteer } from '../src/pipeline/gazetteer/build.ts';

export default async function setup(): Promise<void> {
  await ensureGazetteer();
}
