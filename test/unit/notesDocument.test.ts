import assert from 'node:assert/strict';
import { gwWordsOnly } from '../support/courses';
import { parseNotes, type ParseOptions } from '../../server/src/notes/parse';
import { isNotesDocument } from '../../server/src/document/notesDocument';
import { NotesDocumentCache } from '../../server/src/service/notesDocumentCache';
import { defaultSettings } from '../../server/src/document/settings';

const notes = '## Area 1: Cloud Web Apps\n> Beginner Level\n\n[AWS Tutorial: Launch a VM](https://example.com/vm) (time: 30 min)\nI launched a VM.\n';

describe('notesDocument', () => {
  function countingCache(): { cache: NotesDocumentCache; parses: () => number } {
    let count = 0;
    const parse = (text: string, options: ParseOptions) => {
      count++;
      return parseNotes(text, options);
    };
    return { cache: new NotesDocumentCache({ catalog: gwWordsOnly, parse }), parses: () => count };
  }

  it('parses a version once and shares the analysis', () => {
    const { cache, parses } = countingCache();
    const first = cache.get('file:///notes.md', 1, notes);
    const again = cache.get('file:///notes.md', 1, notes);
    assert.equal(again, first);
    assert.equal(parses(), 1);
    assert.equal(first.model.modules.length, 1);
    assert.equal(first.lines.lineText(3).startsWith('[AWS'), true);
  });

  it('parses again for a new version or after delete', () => {
    const { cache, parses } = countingCache();
    cache.get('file:///notes.md', 1, notes);
    cache.get('file:///notes.md', 2, notes + '\nmore');
    cache.delete('file:///notes.md');
    cache.get('file:///notes.md', 2, notes + '\nmore');
    assert.equal(parses(), 3);
  });

  it('takes files matching notesFiles for notes whatever their text', () => {
    const { cache } = countingCache();
    const readme = cache.get('file:///project/README.md', 1, '# Tool\n\n## Installation\n\nRun [npm](https://npmjs.com).\n');
    assert.equal(isNotesDocument(readme, defaultSettings), false);
    assert.equal(isNotesDocument(readme, { notesFiles: ['README.md'] }), true);
    assert.equal(isNotesDocument(readme, { notesFiles: ['**/project/*.md'] }), true);
    assert.equal(isNotesDocument(readme, { notesFiles: ['docs/**'] }), false);
  });
});
