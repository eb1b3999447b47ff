import assert from 'node:assert/strict';
import { headingTitleSpan } from '../../server/src/notes/headingLine';

describe('a heading line', () => {
  it('has its words where they stand: after the opening hashes, before a closing run set off by a space', () => {
    const spanOf = (line: string) => {
      const span = headingTitleSpan(line);
      return span && line.slice(span.start, span.end);
    };
    assert.equal(spanOf('### Container'), 'Container');
    assert.equal(spanOf('### Container ##  '), 'Container');
    assert.equal(spanOf('  ## Learn C# '), 'Learn C#');
    assert.equal(spanOf('### a ## b ##'), 'a ## b');
    assert.equal(spanOf('### ###'), undefined);
    assert.equal(spanOf('###Container'), undefined);
  });

  it('ends a line of a hundred thousand spaces before its last word, as any other', () => {
    const line = `### a${' '.repeat(100_000)}b`;
    assert.deepEqual(headingTitleSpan(line), { start: 4, end: line.length });
  });
});
