// Consonant skeletons for transliteration variants of Arabic and similar names:
// "Maarat al-Numan" and "Ma‘arrat an Nu‘mān" → "mrtnmn"; "Tal Kalakh" and "Tallkalakh" → "tlklk".
import { normName, stripArticle } from './normalize.ts';

const ARTICLES = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'an', 'ath', 'adh', 'ed', 'es', 'et', 'er', 'ez', 'a']);

/** A name's words without its articles: "Deir el-Zour" → deir, zour; "Deir Ezzor" (run together) → deir, zor. */
function nameWords(name: string): string[] {
  return stripArticle(normName(name))
    .split(' ')
    .filter((w) => w && !ARTICLES.has(w))
    .map((w, i) => (i > 0 ? w.replace(/^[ae]([dnrstz])(?=\1[a-z]{2})/, '') : w));
}

export function skeleton(name: string): string {
  const out = nameWords(name).map((w) =>
    w
      .replace(/h$/, '')
      .replace(/(kh|gh|sh|th|dh|ph)/g, (m) => m[0]!)
      .replace(/q/g, 'k')
      .replace(/[aeiouyw]/g, '')
      .replace(/(.)\1+/g, '$1'),
  );
  // Words run together: "Tal Kalakh" and "Tallkalakh" are one name.
  return out.filter(Boolean).join('');
}

/** A skeleton specific enough to match on: three consonants or more. */
export function usefulSkeleton(s: string): boolean {
  return s.length >= 3;
}

/** Short skeletons (three consonants) match only when the vowel shapes agree too. */
export function fuzzyMatch(a: string, b: string): boolean {
  const sa = skeleton(a);
  if (sa !== skeleton(b) || !usefulSkeleton(sa)) return false;
  return sa.length >= 5 || vowelShape(a) === vowelShape(b);
}

/** Vowel shape: vowels as "a", runs and doubles collapsed, articles left out ("Irbin" and "‘Irbīn" → "arban";
 * "Deir el-Zour" and "Dayr az Zawr" → "darzar"). */
export function vowelShape(name: string): string {
  return nameWords(name)
    .join('')
    .replace(/h$/, '')
    .replace(/[aeiouyw]+/g, 'a')
    .replace(/(.)\1+/g, '$1');
}
