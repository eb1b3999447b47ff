import assert from 'node:assert/strict';
import fc from 'fast-check';
import { plainMarkerText, withoutMarkerDress } from '../../server/src/notes/markers';

describe('plain marker text (notes/markers.ts): a line without markup is its own plain text', () => {
  it('gives what every replacement gives, for any text', () => {
    const texts = fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc.string({ unit: fc.constantFrom('a', 'Z', ' ', '  ', '\t', '\u00a0', '\ufeff', '\u2028', '*', '_', '>', '#', '-', '+', '[', ']', 'x', ' ', '\n', 'é') }),
    );
    fc.assert(fc.property(texts, (text) => plainMarkerText(text) === withoutMarkerDress(text)), { numRuns: 5000 });
  });

  it('returns a plain line itself and takes the dress off any other', () => {
    const plain = 'Beginner Level: Docker and Containers';
    assert.equal(plainMarkerText(plain), plain);
    assert.equal(plainMarkerText('> ## **Beginner**  Level\t'), 'Beginner Level');
    assert.equal(plainMarkerText('- [x] _Area 2_'), 'Area 2');
    assert.equal(plainMarkerText('\u00a0Area 2'), 'Area 2');
  });
});
