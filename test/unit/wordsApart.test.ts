import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CatalogIndex, normaliseTitle } from '../../server/src/notes/catalog';
import { notesNamesOf, readAreaMarker } from '../../server/src/notes/markers';
import { parseNotes } from '../../server/src/notes/parse';
import { readNotesFromLines } from '../../server/src/notes/textLines';
import { wordsApart } from '../../server/src/notes/wordsApart';

/** What titles and area names were split by before the ASCII path: letters and digits of any script. */
const byUnicode = (lower: string): string => lower.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

describe('words apart (notes/wordsApart.ts): the ASCII path finds the words the Unicode pattern finds', () => {
  it('splits any text, ASCII or not, as the Unicode pattern does', () => {
    const texts = fc.oneof(fc.string({ unit: 'binary-ascii' }), fc.string({ unit: 'grapheme' }), fc.string({ unit: fc.constantFrom('a', 'Z', '9', ' ', '-', 'é', 'ß', '٣', '容', '\u00a0', '\t', '&') }));
    fc.assert(fc.property(texts, (text) => wordsApart(text.toLowerCase()) === byUnicode(text.toLowerCase())), { numRuns: 2000 });
  });

  it('keeps the letters of other scripts in titles and area names', () => {
    assert.equal(normaliseTitle('Vidéo: Déployer — Conteneurs (partie 2)'), 'vidéo déployer conteneurs partie 2');
    assert.equal(normaliseTitle('Lab: Docker & Compose, part 2!'), 'docker compose part 2');
    const names = notesNamesOf([{ name: 'Contenedores y Orquestación' }, { name: 'Storage & Databases' }], []);
    assert.equal(readAreaMarker('Contenedores y Orquestación', names)?.topic, 'Contenedores y Orquestación');
    assert.equal(readAreaMarker('Area 2 - Storage and Database', names)?.number, 2);
    assert.equal(readAreaMarker('Storage and Database', names)?.topic, 'Storage and Database');
    assert.equal(readAreaMarker('Contenedores y Orquestacion', names)?.topic, 'Contenedores y Orquestacion');
    assert.equal(readAreaMarker('Contenedores y Orquesta', names), undefined);
  });

  it("names an area by the area's own name, whatever characters stand in it (a symbol is no word, a letter of any script is one)", () => {
    const names = fc.string({ unit: fc.constantFrom('a', 'Z', '9', ' ', '-', '&', 'é', 'ß', 'Ж', '容', '✅', '—', '·', '\u00a0', '😀', '𝐀') });
    fc.assert(
      fc.property(names, (name) => {
        const topic = readAreaMarker(name, notesNamesOf([{ name }], []))?.topic;
        return !/[\p{L}\p{N}]/u.test(name) || /^area\b|^\d/i.test(name.trim()) || topic !== undefined;
      }),
      { numRuns: 3000 },
    );
    const bundled = notesNamesOf([{ name: 'Big Data and Machine Learning' }], []);
    assert.equal(readAreaMarker('Big Data and Machine Learning ✅', bundled)?.topic, 'Big Data and Machine Learning ✅');
  });

  it('finds an area named in accented words by both readers: a letter beyond ASCII does not split a word', () => {
    const catalog = new CatalogIndex([{ area: 'Orquestación de Contenedores', level: 'Básico', title: 'Primeros pasos con Kubernetes' }]);
    const text = '## Orquestación de Contenedores\n\n### Básico\n\n- [Primeros pasos con Kubernetes](https://example.org/k8s) - 45 min\n';
    for (const model of [readNotesFromLines(text, { catalog }), parseNotes(text, { catalog })]) {
      assert.deepEqual(
        model.areas.map((area) => area.topic),
        ['Orquestación de Contenedores'],
      );
      assert.deepEqual(
        model.modules.map((module) => [module.areaIndex, module.level, module.estimate?.kind === 'minutes' && module.estimate.minutes]),
        [[0, 'Básico', { min: 45, max: 45 }]],
      );
    }
  });
});
