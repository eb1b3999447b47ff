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

const unsegmentedScript = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const scriptRuns = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[^\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/g;

/** Chinese or Japanese, which put no spaces between words, stand in the text. */
export function hasUnsegmentedScript(text: string): boolean {
  return !isAscii(text) && unsegmentedScript.test(text);
}

/**
 * A word's runs of Chinese or Japanese as their pairs of characters, as search engines index such
 * text (`为什么使用容器`: 为什, 什么, … 容器; a character alone stays), its other runs whole
 * (`使用Kubernetes部署应用`: 使用, Kubernetes, 部署, 署应, 应用). Whole, such a title was one word,
 * alike no other way of writing it.
 */
export function characterPairs(word: string): string[] {
  return (word.match(scriptRuns) ?? []).flatMap((run) => (!unsegmentedScript.test(run) || run.length === 1 ? [run] : [...run].slice(1).map((character, at) => run[at] + character)));
}
