import assert from 'node:assert/strict';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { bundledCourse } from '../../server/src/catalog/bundledCourse';
import { gwWordsOnly } from '../support/courses';
import { computeDiagnostics, maxDiagnostics } from '../../server/src/features/diagnostics';
import { notesTemplate } from '../../server/src/features/notesTemplate';
import { analyseNotes } from '../../server/src/document/notesDocument';
import { defaultSettings, readSettings } from '../../server/src/document/settings';

const notes = [
  '# Distributed Systems Practice', // 0
  '> Include notes here about each of the links', // 1
  '## Area 1: Cloud Web Apps', // 2
  '> Beginner Level', // 3
  '', // 4
  '[AWS Tutorial: Launch a VM](https://example.com/vm) (time: 30 min)', // 5
  'I launched a VM.', // 6
  '', // 7
  '[Video: Virtualization](https://example.com/virt)', // 8
  'Hypervisors share the hardware.', // 9
  '', // 10
  '[Lab: Storage](https://example.com/storage) (time: 30)', // 11
  'Buckets hold objects.', // 12
  '', // 13
  '[Lab: Queues](https://example.com/queues) (time: )', // 14
  'Queues decouple.', // 15
  '', // 16
  '[Lab: Launch a VM again](https://example.com/vm) (time: 10 min)', // 17
  '', // 18
  '', // 19
  '', // 20
  '## Area 2', // 21
  '',
].join('\n');

function diagnosticsOf(text: string, settings = defaultSettings) {
  return computeDiagnostics(analyseNotes('file:///notes.md', 1, text, gwWordsOnly), settings);
}

const messageOf = (diagnostic: Diagnostic): string => (typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value);

describe('diagnostics', () => {
  const diagnostics = diagnosticsOf(notes);

  it(`shows the first ${maxDiagnostics} problems of a file and says how many more there are`, () => {
    const modules = Array.from({ length: 1500 }, (_, index) => `[Lab ${index}: Queues](https://example.com/q${index})\nNotes.\n`);
    const many = diagnosticsOf(['# Notes', '## Area 1: Cloud Web Apps', '> Beginner Level', '', ...modules].join('\n'));
    assert.equal(many.length, maxDiagnostics + 1);
    assert.ok(many.slice(0, maxDiagnostics).every((diagnostic) => diagnostic.code === 'missing-time'));
    assert.match(messageOf(many[maxDiagnostics]), /first 1000 problems .*about 500 more/);
  });
  const byCode = (code: string) => diagnostics.filter((diagnostic) => diagnostic.code === code);

  it('reports a module without estimate on its opener line', () => {
    const missing = byCode('missing-time');
    const lines = missing.map((diagnostic) => diagnostic.range.start.line);
    assert.deepEqual(lines, [8, 14]);
    assert.deepEqual(missing[0].range, { start: { line: 8, character: 0 }, end: { line: 8, character: 49 } });
    assert.equal(missing[0].severity, DiagnosticSeverity.Warning);
    assert.equal(missing[0].source, 'study-notes');
    assert.match(messageOf(missing[0]), /Video: Virtualization.*no time estimate.*\(time: 30 min\)/);
    assert.match(messageOf(missing[1]), /empty time estimate/);
  });

  it('reports an unreadable estimate on the estimate text', () => {
    const [invalid] = byCode('invalid-time');
    assert.deepEqual(invalid.range, { start: { line: 11, character: 44 }, end: { line: 11, character: 54 } });
    assert.match(messageOf(invalid), /number with a unit/);
  });

  it('reports template text, empty modules and empty areas', () => {
    assert.deepEqual(byCode('placeholder').map((d) => [d.range.start.line, d.severity]), [[1, DiagnosticSeverity.Information]]);
    assert.deepEqual(byCode('empty-area').map((d) => [d.range, d.severity]), [[{ start: { line: 21, character: 0 }, end: { line: 21, character: 9 } }, DiagnosticSeverity.Information]]);
    assert.deepEqual(byCode('empty-module').map((d) => [d.range.start.line, d.severity]), [[17, DiagnosticSeverity.Hint]]);
  });

  it('keeps a layout not yet begun quiet: areas and levels without a single module are no finding until one is written', () => {
    const layout = ['# My notes', '', '## Area 1: Cloud Web Apps', '', '> Beginner Level', '', '', '## Area 2: Docker and Containers', '', '> Beginner Level', '', ''];
    assert.deepEqual(diagnosticsOf(layout.join('\n')), []);
    layout[5] = '[Video: Why Docker?](https://example.com/why) (time: 10 min)';
    layout[6] = 'Containers share the kernel.';
    // Area 2 is still as the layout wrote it: the course may not ask for it.
    assert.deepEqual(diagnosticsOf(layout.join('\n')), []);
    layout[10] = 'To do after the Docker labs.';
    const begun = diagnosticsOf(layout.join('\n'));
    assert.deepEqual(begun.map((diagnostic) => [diagnostic.code, diagnostic.range.start.line]), [['empty-area', 7]]);
  });

  it('leaves the areas of New Notes Document as it wrote them quiet once the first module is in, not an area written in', () => {
    const template = notesTemplate('My notes', bundledCourse);
    const lines = template.text.split('\n');
    lines[template.firstModuleLine!] = '[Video: Why Docker?](https://www.youtube.com/watch?v=RYDHUTHLf8U) (time: 10 min)\nContainers share the kernel.';
    const areaFindings = (text: string) => computeDiagnostics(analyseNotes('file:///notes.md', 1, text, bundledCourse.catalog), defaultSettings).filter((diagnostic) => diagnostic.code === 'empty-area');
    assert.deepEqual(areaFindings(lines.join('\n')), []);
    const third = lines.findIndex((line) => line.startsWith('## Area 3'));
    lines[third + 1] = 'Not started: the course asks for three areas.';
    assert.deepEqual(areaFindings(lines.join('\n')).map((diagnostic) => diagnostic.range.start.line), [third + 1]);
    lines[third + 2] = 'I watched the first video (10 min): containers share the host kernel, so they start in a second.';
    assert.match(String(areaFindings(lines.join('\n'))[0]?.message), /has notes but no module: head the notes of each module with its course title and time/);
  });

  it('reports a module written twice, pointing at the first', () => {
    const [duplicate] = byCode('duplicate-module');
    assert.equal(duplicate.range.start.line, 17);
    assert.equal(duplicate.relatedInformation?.[0].location.range.start.line, 5);
    assert.match(messageOf(duplicate), /same URL, line 6/);
  });

  describe('modules the course itself lists twice', () => {
    const s3 = 'https://awseducate.qwiklabs.com/focuses/30?parent=catalog';
    const duplicatesIn = (lines: string[]) => computeDiagnostics(analyseNotes('file:///notes.md', 1, lines.join('\n'), bundledCourse.catalog), defaultSettings).filter((d) => d.code === 'duplicate-module');

    it('are no duplicates where the notes follow the course to both places', () => {
      const twoAreas = ['# Notes', '## Cloud Web Apps', '> Beginner Level', '', `[QwikLab: Intro to S3](${s3}) 30 min`, 'Buckets.', '', '## Big Data and Machine Learning', '> Intermediate Level', '', `[QwikLab: Intro to S3](${s3}) 25 min`, 'Buckets again, for Redshift.'];
      assert.deepEqual(duplicatesIn(twoAreas), []);
    });

    it('are duplicates when written twice at one place', () => {
      const onePlace = ['# Notes', '## Cloud Web Apps', '> Beginner Level', '', `[QwikLab: Intro to S3](${s3}) 30 min`, 'Buckets.', '', `- QwikLab: Intro to S3 (20 min)`, 'Buckets, again.'];
      assert.deepEqual(duplicatesIn(onePlace).map((d) => d.range.start.line), [7]);
    });

    it('tells a lab from a tutorial of the same name by their URLs', () => {
      const hadoop = ['# Notes', '## Big Data and Machine Learning', '> Beginner Level', '', '[QwikLab: Analyze Big Data with Hadoop](https://awseducate.qwiklabs.com/focuses/19?parent=catalog) 40 min', 'EMR.', '', '[AWS Tutorial: Analyze Big Data with Hadoop](https://aws.amazon.com/getting-started/projects/analyze-big-data/?trk=gs_card) 60 min', 'Hive.'];
      assert.deepEqual(duplicatesIn(hadoop), []);
    });
  });

  it('follows the severity settings; off omits the code', () => {
    const { settings } = readSettings({ diagnostics: { 'missing-time': 'off', placeholder: 'error' } });
    const tuned = diagnosticsOf(notes, settings);
    assert.equal(tuned.some((d) => d.code === 'missing-time'), false);
    assert.equal(tuned.find((d) => d.code === 'placeholder')?.severity, DiagnosticSeverity.Error);
  });

  it('leaves ordinary Markdown alone', () => {
    assert.deepEqual(diagnosticsOf('# Tool\n\n## Installation\n\nSee [npm](https://npmjs.com) and [docs](https://example.com).\n'), []);
  });
});
