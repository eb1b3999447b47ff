import assert from 'node:assert/strict';
import { plainInsertText } from '../../server/src/document/plainInsertText';

describe('plainInsertText', () => {
  it('writes each placeholder’s default and leaves out the cursor-stop line', () => {
    assert.equal(plainInsertText('* [Lab ~${1:30} mins](https://x.org/a)\n  * $0'), '* [Lab ~30 mins](https://x.org/a)');
  });

  it('keeps a time on its own line and drops the blank lines before the cursor stop, quoted or not', () => {
    assert.equal(plainInsertText('### Lab\n__Time: ${1:30}min__\n\n* $0'), '### Lab\n__Time: 30min__');
    assert.equal(plainInsertText('> [Lab](u) ${1:30} min\n>\n> $0'), '> [Lab](u) 30 min');
  });

  it('undoes escapes: a title with `$`, `}` or `\\` reads as written', () => {
    assert.equal(plainInsertText('[Costs in \\$ \\}\\\\ ${1:15} min](u)\n$0'), '[Costs in $ }\\ 15 min](u)');
  });

  it('keeps a line that only ends in an escaped `$0`', () => {
    assert.equal(plainInsertText('Price\n\\$0'), 'Price\n$0');
  });
});
