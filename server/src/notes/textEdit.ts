/** What an edit changed: [start, oldEnd) of the old text became [start, newEnd) of the new one. */
export interface TextEdit {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/** The one edit that turns `old` into `text`, found from the ends both keep. */
export function editOf(old: string, text: string): TextEdit {
  const start = commonPrefix(old, text);
  const suffix = commonSuffix(old, text, Math.min(old.length, text.length) - start);
  return { start, oldEnd: old.length - suffix, newEnd: text.length - suffix };
}

function commonPrefix(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  // Compare in chunks first: string equality is a fast memory compare.
  let at = 0;
  for (let chunk = 4096; chunk >= 1; chunk >>= 4) {
    while (at + chunk <= length && a.slice(at, at + chunk) === b.slice(at, at + chunk)) at += chunk;
  }
  while (at < length && a.charCodeAt(at) === b.charCodeAt(at)) at++;
  return at;
}

function commonSuffix(a: string, b: string, limit: number): number {
  let at = 0;
  for (let chunk = 4096; chunk >= 1; chunk >>= 4) {
    while (at + chunk <= limit && a.slice(a.length - at - chunk, a.length - at) === b.slice(b.length - at - chunk, b.length - at)) at += chunk;
  }
  while (at < limit && a.charCodeAt(a.length - 1 - at) === b.charCodeAt(b.length - 1 - at)) at++;
  return at;
}
