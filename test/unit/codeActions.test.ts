import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction } from 'vscode-languageserver-types';
import { bundledCourse } from '../../server/src/catalog/bundledCourse';
import { codeActions } from '../../server/src/features/codeActions';
import { computeDiagnostics } from '../../server/src/features/diagnostics';
import { detectEstimateStyle } from '../../server/src/service/notesWriter';
import { analyseNotes } from '../../server/src/service/notesDocument';
import { defaultSettings } from '../../server/src/service/settings';

const uri = 'file:///notes.md';

function fixes(text: string): { title: string; result: string }[] {
  const document = analyseNotes(uri, 1, text, bundledCourse.catalog);
  return codeActions(document, computeDiagnostics(document, defaultSettings)).map((action: CodeAction) => ({
    title: action.title,
    result: TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, text), action.edit?.changes?.[uri] ?? []),
  }));
}

const lines = (...text: string[]) => text.join('\n');

describe('codeActions', () => {
  it('adds the catalog time in the document’s own style, editing only the opener line', () => {
    const text = lines(
      '## Area 1: Cloud Web Apps',
      '> Beginner Level',
      '',
      '- [Lab: Storage](https://example.com/storage) - 20 mins',
      '  Buckets.',
      '- [Video: Virtualization](https://www.youtube.com/watch?v=GIdVRB5yNsk)  ',
      '  Hypervisors.',
    );
    const [fix] = fixes(text).filter((f) => f.title.startsWith('Add a time estimate'));
    assert.match(fix.title, /10 mins \(the course catalog/);
    assert.equal(fix.result, text.replace('GIdVRB5yNsk)  ', 'GIdVRB5yNsk) - 10 mins  '));
  });

  it('uses a placeholder value for modules the catalog does not know', () => {
    const text = lines('## Area 1: Cloud Web Apps', '', '[My reading](https://example.com/r) (time: 20 min)', 'Read.', '', '[Other reading](https://example.com/o)', 'Read.', '');
    const [fix] = fixes(text);
    assert.match(fix.title, /placeholder/);
    assert.equal(fix.result, text.replace('(https://example.com/o)', '(https://example.com/o) (time: 30 min)'));
  });

  it('fills an empty estimate and adds a missing unit, in CRLF files too', () => {
    const text = lines('## Area 1: Cloud Web Apps', '', '[My reading](https://example.com/r) (time: )', 'Read.', '', '[Other reading](https://example.com/o) (time: 45)', 'Read.', '').replace(/\n/g, '\r\n');
    const results = fixes(text).map((f) => f.result);
    assert.ok(results.includes(text.replace('(time: )', '(time: 30 min)')));
    assert.ok(results.includes(text.replace('(time: 45)', '(time: 45 min)')));
  });

  it('removes a placeholder line and nothing else', () => {
    const text = lines('## Area 1: Cloud Web Apps', '> Beginner Level', '> Include notes here about each of the links', '', '[My reading](https://example.com/r) (time: 20 min)', 'Read.', '').replace(/\n/g, '\r\n');
    const removal = fixes(text).find((f) => f.title.startsWith('Remove'));
    assert.equal(removal?.result, text.replace('> Include notes here about each of the links\r\n', ''));
  });

  it('detects the estimate style from the other modules', () => {
    const style = detectEstimateStyle(analyseNotes(uri, 1, lines('## Area 1: Cloud Web Apps', '', '* [A reading](https://example.com/a) ~10 mins', '* [B reading](https://example.com/b) ~15 mins', ''), bundledCourse.catalog));
    assert.deepEqual(style, { before: ' ~', gap: ' ', unit: 'mins', after: '' });
  });
});
