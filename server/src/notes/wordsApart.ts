const asciiOnly = /^[\0-\x7f]*$/;

/** Most notes are ASCII, where a letter is [a-z] and the faster patterns find the same words. */
export function isAscii(text: string): boolean {
  return asciiOnly.test(text);
}

/**
 * A lower-cased text's letters and digits, one space between words. Most texts are ASCII, and there
 * `[^a-z0-9]` finds the same words several times faster than the Unicode pattern: every line that
 * may open a module or name an area is asked.
 */
export function wordsApart(lower: string): string {
  return (isAscii(lower) ? lower.replace(/[^a-z0-9]+/g, ' ') : lower.replace(/[^\p{L}\p{N}]+/gu, ' ')).trim();
}
