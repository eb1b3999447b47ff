import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction } from 'vscode-languageserver-types';
import { bundledCourse } from '../../server/src/catalog/bundledCourse';
import { codeActions } from '../../server/src/features/codeActions';
import { applySafeFixes } from '../../server/src/cli/fix';
import { computeDiagnostics } from '../../server/src/features/diagnostics';
import { detectEstimateStyle } from '../../server/src/document/notesWriter';
import { analyseNotes } from '../../server/src/document/notesDocument';
import { defaultSettings } from '../../server/src/document/settings';
import { createStudyNotesService } from '../../server/src/service/studyNotesService';
import { memoryWorkspace, OpenTexts } from '../support/memoryWorkspace';

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

  it('adds a time on a line of its own where the notes write theirs so, in their markup', () => {
    const text = lines('## Area 1: Docker and Containers', '### Beginner', '#### Why Docker?', '**Time: 15 minutes**', '- shipping environments', '#### My own lab', '- ran alpine', '');
    const [fix] = fixes(text).filter((f) => f.title.startsWith('Add a time estimate'));
    assert.match(fix.title, /: 30 minutes \(a placeholder/);
    assert.equal(fix.result, text.replace('#### My own lab\n', '#### My own lab\n**Time: 30 minutes**\n'));
  });

  it('writes a misspelt level as the course does, the word alone, said where it stands', () => {
    const text = lines('## Area 1: Docker and Containers', '### **Begginer** Level', '- [Video: Why Docker?](https://www.youtube.com/watch?v=RYDHUTHLf8U) (10 min)', '  shipping environments', '');
    const document = analyseNotes(uri, 1, text, bundledCourse.catalog);
    const [said] = computeDiagnostics(document, defaultSettings).filter((diagnostic) => diagnostic.code === 'misspelt-level');
    assert.deepEqual({ range: said.range, message: said.message }, { range: { start: { line: 1, character: 6 }, end: { line: 1, character: 14 } }, message: '"Begginer" is read as the level Beginner: write it as the course does.' });
    assert.deepEqual(fixes(text), [{ title: 'Write the level as the course does: Beginner', result: text.replace('Begginer', 'Beginner') }]);
    assert.deepEqual(computeDiagnostics(analyseNotes(uri, 1, text.replace('Begginer', 'Beginner'), bundledCourse.catalog), defaultSettings), []);
    // A word a slip from a level may be the student's own: `check --fix` leaves it for them to choose.
    assert.equal(applySafeFixes(document, computeDiagnostics(document, defaultSettings)).fixed, 0);
  });

  it('uses a placeholder value for modules the catalog does not know', () => {
    const text = lines('## Area 1: Cloud Web Apps', '', '[My reading](https://example.com/r) (time: 20 min)', 'Read.', '', '[Other reading](https://example.com/o)', 'Read.', '');
    const [fix] = fixes(text);
    assert.match(fix.title, /placeholder/);
    assert.equal(fix.result, text.replace('(https://example.com/o)', '(https://example.com/o) (time: 30 min)'));
  });

  it('fills the time a module snippet left empty, its unit and its one space kept', () => {
    const text = lines('## Area 1: Cloud Web Apps', '', '[My reading](https://example.com/r) (time:  min)', 'Read.', '');
    const [fix] = fixes(text).filter((f) => f.title.startsWith('Add a time estimate'));
    assert.equal(fix.result, text.replace('(time:  min)', '(time: 30 min)'));
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

  it('removes a placeholder paragraph with its blank line after, so no two blank lines stand where it was', () => {
    const text = lines('## Area 1: Cloud Web Apps', '', '### My reading (time: 20 min)', '', 'Include notes here about each of the links.', '', 'Read.', '');
    const removal = fixes(text).find((f) => f.title.startsWith('Remove'));
    assert.equal(removal?.result, text.replace('Include notes here about each of the links.\n\n', ''));
  });

  it('"This is «course title»" rewrites only the title: the link goes around it, the course’s title takes its place, the time keeps its space', async () => {
    const uri = 'file:///workspace/notes.md';
    const text = lines('## Area 1: Cloud Web Apps', '> Intermediate Level', '', '### LAMP server (45 min)', '', 'Installed Apache.', '', '### S3 vs EC2 (20 min)', '', 'Served a page from a bucket.', '');
    const open = new OpenTexts();
    const silent = (): void => {};
    const service = createStudyNotesService({ workspace: memoryWorkspace({}), logger: { info: silent, warn: silent, error: silent }, openDocuments: open, onProblem: silent });
    await service.configure(defaultSettings);
    open.open(uri, text);
    const likely = service.diagnostics(uri).filter((diagnostic) => diagnostic.code === 'likely-module');
    const results = service.codeActions(uri, likely).map((action) => TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, text), action.edit?.changes?.[uri] ?? []));
    assert.deepEqual(results, [
      text.replace('### LAMP server (45 min)', '### [LAMP server](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-lamp-amazon-linux-2.html) (45 min)'),
      text.replace('### S3 vs EC2 (20 min)', '### On your own: Compare the performance, functionality, and price when serving web content from S3 versus an EC2 VM (20 min)'),
    ]);
  });

  it('detects the estimate style from the other modules', () => {
    const style = detectEstimateStyle(analyseNotes(uri, 1, lines('## Area 1: Cloud Web Apps', '', '* [A reading](https://example.com/a) ~10 mins', '* [B reading](https://example.com/b) ~15 mins', ''), bundledCourse.catalog));
    assert.deepEqual(style, { before: ' ~', gap: ' ', unit: 'mins', after: '' });
  });
});
