/**
 * A pattern's letters in either case, written into the pattern, for patterns that also test
 * `\p{L}`: under the `i` flag V8 closes every `\p{L}` class over case when it compiles the
 * pattern, and it compiles each pattern twice (to bytecode, then to machine code) at every start.
 * The seven patterns of a first reading with both took 9.6 of the 16.8 ms its hundred patterns
 * took to compile (2.4 ms written so), and each use ran slower. A letter outside a class becomes
 * `[aA]`; escapes and classes are copied as written, and a class may hold no letter of its own
 * (`caseless` throws), so that no letter is left to one case unseen. A letter whose other case is
 * not one character (`ß`, whose capital is `SS`) matches as written, and so do the two letters
 * that only `i` folds into Latin ones (`ſ` for `s`, the Kelvin sign for `k`).
 */
export function caseless(source: string): string {
  let out = '';
  let index = 0;
  while (index < source.length) {
    const character = String.fromCodePoint(source.codePointAt(index) as number);
    if (character === '\\') {
      const escape = escapeAt(source, index);
      out += escape;
      index += escape.length;
    } else if (character === '[') {
      const end = classEnd(source, index);
      const characterClass = source.slice(index, end);
      if (/\p{L}/u.test(characterClass.replace(/\\(?:[pPu]\{[^}]*\}|.)/gu, ''))) throw new Error(`caseless: a letter in the class ${characterClass} of ${source}`);
      out += characterClass;
      index = end;
    } else {
      out += eitherCase(character);
      index += character.length;
    }
  }
  return out;
}

function eitherCase(character: string): string {
  const lower = character.toLowerCase();
  const upper = character.toUpperCase();
  if (lower === upper) return character;
  // One character each: `ß` upper-cased is `SS`, and `İ` lower-cased is `i` and a dot above.
  const forms = [lower, upper].filter((form) => form !== character && form.length === character.length);
  return forms.length === 0 ? character : `[${character}${forms.join('')}]`;
}

/** `\s`, `\-`, `\p{L}`, `\u200b`, `\u{1F600}`: the whole escape, so that none of its letters changes case. */
function escapeAt(source: string, index: number): string {
  escape.lastIndex = index;
  return escape.exec(source)?.[0] ?? '\\';
}

const escape = /\\(?:[pPu]\{[^}]*\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|[\s\S])/uy;

function classEnd(source: string, start: number): number {
  let index = start + 1;
  while (index < source.length && source[index] !== ']') index += source[index] === '\\' ? escapeAt(source, index).length : 1;
  return index + 1;
}
