import assert from 'node:assert/strict';
import { collectCode } from '../../server/src/notes/code';
import { SourceMap } from '../../server/src/notes/source';
import { parseMarkdown } from '../../server/src/notes/parse';

function codeOf(text: string) {
  const source = new SourceMap(text);
  return collectCode(parseMarkdown(source.text), source);
}

describe('code spans', () => {
  it('maps inline code to the text between the backticks', () => {
    const [span] = codeOf('Run `docker ps -a` now');
    assert.equal(span.kind, 'inline');
    assert.deepEqual(span.lines, [{ line: 0, character: 5, text: 'docker ps -a' }]);
  });

  it('maps a fenced block inside a list and a blockquote line by line', () => {
    const text = '* item\n  ```bash\n  docker run -it alpine\n  docker ps\n  ```\n\n> ```\n> docker images\n> ```\n';
    const [inList, inQuote] = codeOf(text);
    assert.equal(inList.lang, 'bash');
    assert.deepEqual(inList.lines, [
      { line: 2, character: 2, text: 'docker run -it alpine' },
      { line: 3, character: 2, text: 'docker ps' },
    ]);
    assert.equal(inQuote.lang, undefined);
    assert.deepEqual(inQuote.lines, [{ line: 7, character: 2, text: 'docker images' }]);
  });

  it('keeps exact ranges after a byte order mark and with CRLF lines', () => {
    const [span] = codeOf('\uFEFFa\r\n`ls`\r\n');
    assert.deepEqual(span.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 4 } });
    assert.deepEqual(span.lines, [{ line: 1, character: 1, text: 'ls' }]);
  });
});
