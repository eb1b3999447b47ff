import assert from 'node:assert/strict';
import { SymbolKind } from 'vscode-languageserver-types';
import { gwWordsOnly } from '../support/courses';
import { analyseNotes } from '../../server/src/document/notesDocument';
import { defaultSettings } from '../../server/src/document/settings';
import { WorkspaceIndex } from '../../server/src/service/workspaceIndex';

const notesOf = (title: string) => `## Area 1: Docker and Containers\n\n[${title}](https://example.com/${title.length}) (time: 10 min)\nNotes.\n`;

describe('workspaceSymbols', () => {
  const index = new WorkspaceIndex();
  const add = (uri: string, text: string) => index.update(analyseNotes(uri, 1, text, gwWordsOnly), defaultSettings);

  beforeEach(() => {
    add('file:///a.md', notesOf('Video: Why Docker?'));
    add('file:///b.md', notesOf('Lab: DevOps Docker Beginners Guide'));
    add('file:///readme.md', '# Tool\n\n## Installation\n');
  });

  it('finds modules and areas by substring, then by characters in order', () => {
    assert.deepEqual(index.query('why docker').map((s) => [s.name, s.location.uri]), [['Video: Why Docker?', 'file:///a.md']]);
    assert.deepEqual(index.query('dvpsdock').map((s) => s.name), ['Lab: DevOps Docker Beginners Guide']);
    const areas = index.query('containers');
    assert.equal(areas.length, 2);
    assert.ok(areas.every((s) => s.kind === SymbolKind.Class));
  });

  it('follows updates and removals; ordinary Markdown has no symbols', () => {
    assert.equal(index.size, 2);
    add('file:///a.md', notesOf('Video: Kubernetes'));
    assert.equal(index.query('why docker').length, 0);
    index.remove('file:///b.md');
    assert.equal(index.query('beginners').length, 0);
    assert.equal(index.query('installation').length, 0);
  });
});
