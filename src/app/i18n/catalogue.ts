// Every string of the interface that follows the language (`lang=en|ar`), in one catalogue, a file a language.
// `{name}` marks a value filled in by `t()` (./current.ts). Proper names (Natural Earth, GeoNames, DejaVu Sans)
// stay as they are spelt.
import { AR } from './messages-ar.ts';
import { EN } from './messages-en.ts';

export const CATALOGUE = { en: EN, ar: AR } as const;

export type MessageKey = keyof typeof EN;
