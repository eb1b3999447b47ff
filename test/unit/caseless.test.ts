import assert from 'node:assert/strict';
import fc from 'fast-check';
import { caseless } from '../../server/src/notes/caseless';
import { levelWordsOf, readLevelMarker } from '../../server/src/notes/markers';

/** What the patterns were before caseless: the `i` flag, which the letters written in either case must match alike. */
function underI(source: string, flags = ''): RegExp {
  return new RegExp(source, `${flags}iu`);
}

/** `ſ` folds to `s` and the Kelvin sign to `k` under `i` alone; no student writes them for those letters. */
const foldsUnderIOnly = /[ſ\u212a]/u;

function sameMatch(a: RegExpExecArray | null, b: RegExpExecArray | null): boolean {
  return JSON.stringify(a && [...a, a.index]) === JSON.stringify(b && [...b, b.index]);
}

describe('caseless patterns (notes/caseless.ts): letters in either case without the i flag', () => {
  it('writes each letter in both cases and leaves escapes, classes and letters without case as they are', () => {
    assert.equal(caseless('min'), '[mM][iI][nN]');
    assert.equal(caseless(String.raw`\s+\p{L}\u200b[:\-–]分钟`), String.raw`\s+\p{L}\u200b[:\-–]分钟`);
    assert.equal(caseless('Débutant'), '[Dd][éÉ][bB][uU][tT][aA][nN][tT]');
    assert.equal(caseless('ß'), 'ß', 'no one-character capital');
  });

  it('refuses what it cannot write in both cases: a letter in a class or as an escape, a back-reference, a named group, a property of one case', () => {
    assert.throws(() => caseless('[a-z]+'), /a letter in the class \[a-z\]/);
    for (const source of [String.raw`\x41`, String.raw`\u{41}`, String.raw`(a)\1`, String.raw`(?<n>a)\k<n>`, String.raw`\cJ`, String.raw`\p{Lu}`]) assert.throws(() => caseless(source), /caseless: /, source);
    for (const source of [String.raw`[^<>\p{L}]`, String.raw`[\u200b\-]`, String.raw`(?<![\p{L}\p{N}])x(?=\s)`, String.raw`\x2d`]) assert.doesNotThrow(() => caseless(source), source);
  });

  it('matches as the i flag did: level words of several scripts, random texts', () => {
    const words = ['basics', 'Beginner', 'bring\\s+it\\s+all\\s+together', 'débutant', 'основы', 'Ωmega', 'time|duration', 'min|mins|h|hr'];
    const texts = fc.array(fc.constantFrom('basics', 'BASICS', 'Beginner', 'bRing', 'it', 'all', 'together', ' ', '\t', 'DÉBUTANT', 'ОСНОВЫ', 'основы', 'ωMEGA', 'TIME', 'Duration', 'MIN', 'h', 'Hr', 'x', '1', '-', 'é', 'ſ'), { maxLength: 8 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.constantFrom(...words), texts, (word, text) => {
        fc.pre(!foldsUnderIOnly.test(text));
        const bounded = (source: string): string => String.raw`(?<![\p{L}\p{N}])(?:${source})(?![\p{L}\p{N}])`;
        assert.ok(sameMatch(new RegExp(bounded(caseless(word)), 'u').exec(text), underI(bounded(word)).exec(text)), `${word} in ${JSON.stringify(text)}`);
      }),
      { numRuns: 20_000 },
    );
  });

  it('never reads a level it cannot name: a capital that lower-cases to another letter (Turkish I, a final sigma) is no level', () => {
    const names = { levels: levelWordsOf([{ name: 'Başlangıç' }, { name: 'Βασικός' }]), areaTopics: ['Docker'] };
    assert.equal(readLevelMarker('BAŞLANGIÇ', names), undefined, 'BAŞLANGIÇ lower-cases with a dotted i');
    assert.equal(readLevelMarker('Docker BAŞLANGIÇ', names), undefined);
    assert.deepEqual(readLevelMarker('Başlangıç Level', names), { name: 'Başlangıç', rest: '', runsOn: false });
    assert.equal(readLevelMarker('ΒΑΣΙΚΌΣ', names)?.name, 'Βασικός');
    const texts = fc.array(fc.constantFrom('BAŞLANGIÇ', 'başlangıç', 'Başlangıç', 'ı', 'I', 'i', 'ΒΑΣΙΚΌΣ', 'βασικόσ', 'βασικός', 'σ', 'ς', 'Σ', 'Docker', 'Level', ' ', ':', '-'), { maxLength: 6 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(texts, (text) => {
        const marker = readLevelMarker(text, names);
        assert.ok(marker === undefined || typeof marker.name === 'string', JSON.stringify(text));
      }),
      { numRuns: 5_000 },
    );
  });

  it("a course's level words find what they found under the i flag: the marker, one word and every word", () => {
    const levels = [{ name: 'Débutant', otherNames: ['Niveau un'] }, { name: 'Основы' }, { name: 'Bringing it all together', otherNames: ['Bring it together'] }, { name: 'Advanced' }];
    const compiled = levelWordsOf(levels);
    // Longest spelling first, as levelWordsOf orders them.
    const spelled = ['bringing\\s+it\\s+all\\s+together', 'bring\\s+it\\s+together', 'niveau\\s+un', 'débutant', 'advanced', 'основы'];
    const word = String.raw`(?<![\p{L}\p{N}])(` + spelled.join('|') + String.raw`)(?![\p{L}\p{N}])`;
    // "Level" in the languages markers.ts reads it in.
    const levelNouns = 'level|nivel|niveau|livello|stufe|уровень';
    const marker = underI(String.raw`^(?:(?:${levelNouns})\s*\d*\s*[:\-–]?\s*)?` + word + String.raw`(?:\s+(?:${levelNouns}|mastery|courses?|modules?|tasks?|part))*(?:\s*\(.*?\))?\s*(?:[:\-–—.]+\s*|\s+|$)(.*)$`);
    const texts = fc.array(fc.constantFrom('DÉBUTANT', 'Débutant', 'niveau', 'UN', 'основы', 'ОСНОВЫ', 'Уровень', 'STUFE', 'Bring', 'bringing', 'it', 'ALL', 'together', 'Advanced', 'Level', 'level', 'Mastery', 'courses', ' ', ':', '-', '—', '(', ')', '2', 'x', 's'), { maxLength: 7 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(texts, (text) => {
        assert.ok(sameMatch(compiled.marker!.exec(text), marker.exec(text)), `marker: ${JSON.stringify(text)}`);
        assert.ok(sameMatch(compiled.word!.exec(text), underI(word).exec(text)), `word: ${JSON.stringify(text)}`);
        assert.deepEqual(text.match(compiled.everyWord!), text.match(underI(word, 'g')), `every word: ${JSON.stringify(text)}`);
      }),
      { numRuns: 20_000 },
    );
  });
});
