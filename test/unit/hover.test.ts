import assert from 'node:assert/strict';
import type { MarkupContent } from 'vscode-languageserver-types';
import { bundledCourse } from '../../server/src/catalog/bundledCourse';
import { hover } from '../../server/src/features/hover';
import { analyseNotes } from '../../server/src/document/notesDocument';
import { defaultSettings } from '../../server/src/document/settings';

const notes = [
  '## Area 1: Cloud Web Apps', // 0
  '> Beginner Level', // 1
  '', // 2
  '[Launch a VM](https://aws.amazon.com/getting-started/tutorials/launch-a-virtual-machine/) (time: 45 min)', // 3
  'I launched a VM.', // 4
  '', // 5
  '[My own reading](https://example.com/reading)', // 6
  'Read it.', // 7
].join('\n');

describe('hover', () => {
  const document = analyseNotes('file:///notes.md', 1, notes, bundledCourse.catalog);
  const textAt = (line: number, character: number) => (hover(document, { line, character }, defaultSettings)?.contents as MarkupContent | undefined)?.value;

  it('shows the module, level and area totals on an estimate', () => {
    const value = textAt(3, 95) ?? '';
    assert.match(value, /Launch a VM\*\*: 45 min/);
    assert.match(value, /Level Beginner: 45 min, 1 module without estimate/);
    assert.match(value, /Area 1: Cloud Web Apps: 45 min, 1 module without estimate/);
  });

  it('shows the catalog entry on a module title', () => {
    const value = textAt(3, 3) ?? '';
    assert.match(value, /AWS Tutorial: Launch a VM\*\* \(course catalog\)/);
    assert.match(value, /Suggested time: 30 min/);
    assert.match(value, /launch-a-virtual-machine/);
  });

  it('says a module of the course\'s extras counts for no level', () => {
    const swarm = analyseNotes('file:///notes.md', 1, ['## Area 1: Docker and Containers', '### Intermediate Level', '[Video: Future of Swarm](https://www.youtube.com/watch?v=gr5alKBPtzw) (time: 20 min)', 'Swarm keeps going.'].join('\n'), bundledCourse.catalog);
    assert.match((hover(swarm, { line: 2, character: 3 }, defaultSettings)?.contents as MarkupContent).value, /Docker and Containers, Intermediate, More Resources\s+optional: counts for no level/);
  });

  it('shows nothing elsewhere or for modules the catalog does not know', () => {
    assert.equal(textAt(4, 2), undefined);
    assert.equal(textAt(6, 3), undefined);
  });
});
