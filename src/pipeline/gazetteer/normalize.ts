// Name normalisation shared by the gazetteer build and the lookups: one key for "Dar‘ā", "Dar'a" and "DAR`A".

const SPECIAL: Record<string, string> = {
  ß: 'ss', ø: 'o', Ø: 'o', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', ł: 'l', Ł: 'l', đ: 'd', Đ: 'd', ð: 'd',
  þ: 'th', ı: 'i', ħ: 'h', ŧ: 't',
};
const SPECIAL_RE = /[ßøØæÆœŒłŁđĐðþıħŧ]/g;
// Apostrophes, ayn/hamza marks and quotes vanish: "Dar'a", "Darʿa", "Dar‘a" all become "dara".
const DROP_RE = /[ʿʾ‘’'`´ʻʼ"“”]/g;
const SPACE_RE = /[\s\-‐‑–—_./,()]+/g;

/** Lower-case, diacritics folded, apostrophes dropped, hyphens and dots as spaces. */
export function normName(s: string): string {
  return s
    .replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(DROP_RE, '')
    .toLowerCase()
    .replace(SPACE_RE, ' ')
    .trim();
}

const ARTICLE_RE = /^(?:al|el|ad|ar|as|ash|at|az|an|ath|adh|ed|es|et|er)\s(?=\S{3})/;

/** The key without an Arabic article: "al qusayr" → "qusayr". Equal to the input when there is none. */
export function stripArticle(key: string): string {
  return key.replace(ARTICLE_RE, '');
}

/** Latin-script names only: the index is for English text. */
export function isLatinName(s: string): boolean {
  return /^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF0-9ʿʾ‘’'`´ʻʼ .\-()]+$/.test(s) && /[A-Za-z]/.test(s);
}

/**
 * A second key for provinces, apart from the names' own (it starts with "~"): doubled letters single, so that
 * transliterations that double a vowel or a consonant meet ("Hiiraan" and "Hiraan", "Shabeelle" and "Shabelle").
 */
export function collapsedKey(key: string): string {
  return `~${key.replace(/([a-z])\1+/g, '$1')}`;
}
