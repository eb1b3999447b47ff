/**
 * A pattern's letters in either case, written into the pattern, for patterns that also test
 * `\p{L}`: under the `i` flag V8 closes every `\p{L}` class over case when it compiles the
 * pattern, and it compiles each pattern twice (to bytecode, then to machine code) at every start.
 * The seven patterns of a first reading with both took 9.6 of the 16.8 ms its hundred patterns
 * took to compile (2.4 ms written so), and each use ran slower. A letter outside a class becomes
 * the class of its lower and upper case (`[aA]`); escapes and classes are copied as written.
 *
 * Where a letter's cases map one to one, that is what `i` matches. Where Unicode folds more
 * together (`ſ` with `s`, the Kelvin sign with `k`, `ς` with `σ`, `µ` with `μ`) or a case is two
 * characters (`ß`, `SS`), it matches less than `i` did; the notes reader names a level by its lower
 * case (markers.ts `nameOf`), which could not name those either. What this cannot write in both
 * cases throws: a letter inside a class, a back-reference or named group, a letter written as an
 * escape, a property of one case.
 */
export function caseless(source: string): string {
  let out = '';
  let index = 0;
  while (index < source.length) {
    const character = String.fromCodePoint(source.codePointAt(index) as number);
    if (character === '\\') {
      const escape = escapeAt(source, index);
      refuseCased(escape, source);
      out += escape;
      index += escape.length;
    } else if (character === '[') {
      const end = classEnd(source, index);
      out += caselessClass(source.slice(index, end), source);
      index = end;
    } else if (source.startsWith('(?<', index) && !'=!'.includes(source[index + 3])) {
      throw new Error(`caseless: a named group in ${source}`);
    } else {
      out += eitherCase(character);
      index += character.length;
    }
  }
  return out;
}

/** A class copied as written: it may hold escapes, but no letter that `i` would have matched in both cases. */
function caselessClass(characterClass: string, source: string): string {
  for (let index = 1; index < characterClass.length - 1; ) {
    const escape = characterClass[index] === '\\' ? escapeAt(characterClass, index) : undefined;
    if (escape) refuseCased(escape, source);
    else if (eitherCase(characterClass[index]) !== characterClass[index]) throw new Error(`caseless: a letter in the class ${characterClass} of ${source}`);
    index += escape?.length ?? 1;
  }
  return characterClass;
}

/** `\1`, `\k<name>`, `\cJ`, `\x41`, `\u0041`, `\p{Lu}`: escapes whose letters `i` would have matched in either case, or whose syntax this does not read. */
function refuseCased(escape: string, source: string): void {
  const unread = /^\\(?:[1-9]|k|c)/.test(escape);
  const written = /^\\(?:u\{([0-9a-fA-F]+)\}|u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2}))$/.exec(escape);
  const cased = written !== null && eitherCase(String.fromCodePoint(parseInt(written[1] ?? written[2] ?? written[3], 16))).length > 2;
  const oneCase = /^\\[pP]\{(?:Lu|Ll|Lt|Uppercase|Lowercase|Uppercase_Letter|Lowercase_Letter|Titlecase_Letter|Cased_Letter|LC)\}$/.test(escape);
  if (unread || cased || oneCase) throw new Error(`caseless: the escape ${escape} in ${source}`);
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
