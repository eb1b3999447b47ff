// The study timer's writer (features/studyTime.ts over document/timeWriter.ts): a measured time
// written into the notes in each time style the corpus uses, added to a module without one, added
// to the time written, or in its place; in CRLF files too; and read back by the notes reader.
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { bundledCourse } from '../../server/src/catalog/bundledCourse';
import { writeStudyTime } from '../../server/src/features/studyTime';
import { computeDiagnostics } from '../../server/src/features/diagnostics';
import { analyseNotes, type NotesDocument } from '../../server/src/document/notesDocument';
import type { WriteStudyTimeParams } from '../../server/src/protocol/protocol';
import { defaultSettings } from '../../server/src/document/settings';
import { corpusNotesFiles, readCorpusFile, skipWithoutCorpus } from '../support/corpus';
import { lines, styles } from '../support/noteStyles';

const uri = 'file:///notes.md';
const documentOf = (text: string) => analyseNotes(uri, 1, text, bundledCourse.catalog);
const crlf = (text: string) => text.replace(/\n/g, '\r\n');

/** The text once the module titled `title` got `minutes` (added, or in place of its time), checked as the reader reads it back. */
function written(text: string, title: string, minutes: number, mode: WriteStudyTimeParams['mode']): string {
  const document = documentOf(text);
  const module = document.model.modules.find((candidate) => candidate.title === title);
  assert.ok(module, `no module ${JSON.stringify(title)} in the fixture`);
  const result = writeStudyTime(document, { module: { title, line: module.openerRange.start.line }, minutes, mode });
  assert.ok(result);
  const after = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, text), result.edits);
  assertReadBack(documentOf(after), document, result.line, result.minutes);
  return after;
}

/** The reader finds the same modules, the written one with its new time and no missing-time warning. */
function assertReadBack(after: NotesDocument, before: NotesDocument, line: number, minutes: number): void {
  assert.equal(after.model.modules.length, before.model.modules.length, 'as many modules as before');
  const module = after.model.modules.find((candidate) => candidate.openerRange.start.line === line);
  assert.ok(module, `a module still opens at line ${line}`);
  if (minutes === 0) return assert.equal(module.estimate, undefined);
  assert.equal(module.estimate?.kind === 'minutes' ? module.estimate.minutes.min : module.estimate?.kind, minutes, `${module.title} reads ${minutes} min`);
  const missing = computeDiagnostics(after, defaultSettings).filter((diagnostic) => diagnostic.code === 'missing-time' && diagnostic.range.start.line === line);
  assert.deepEqual(missing, []);
}

interface Case {
  name: string;
  text: string;
  title: string;
  minutes: number;
  mode: WriteStudyTimeParams['mode'];
  /** The one line that changes, before and after (several lines joined by \n). */
  from: string;
  to: string;
}

/** The style's document, its second module ("Lab: DevOps Docker Beginners Guide") without its time. */
const withoutSecondTime = (text: string, time: string) => {
  assert.ok(text.includes(time), time);
  return text.replace(time, '');
};
const lab = 'Lab: DevOps Docker Beginners Guide';
const parenthesised = withoutSecondTime(styles.linkParagraph, ' (time: 50 min)');
const heading = withoutSecondTime(styles.linkHeading, ' (50 min)');
const dashed = withoutSecondTime(styles.numbered, ' - 50 min');
const tildeInLink = withoutSecondTime(styles.listInLink, ' ~50 mins');
const boldTimeLine = withoutSecondTime(styles.timeLine, '**Time: 50 minutes**\n');
const quotedBare = withoutSecondTime(styles.blockquote, ' 90 min');
/** Styles of the corpus the shared fixtures do not show. */
const plainTimeLine = lines('## Area 2: Docker and Containers', '### Beginner', '#### Why Docker?', 'Time: 15 min', '- shipping environments', '#### DevOps Docker Beginners Guide', '- ran alpine', '');
const gluedParentheses = lines('# Area 1: Docker and Containers', '## Why docker? (20min)', 'Shipping environments.', '', '## What are containers?', 'Namespaces and cgroups.', '');
const underscoredTimeLine = lines('## Area 1: Cloud Web Apps', '### Beginner', '#### AWS Tutorial: Launch a VM', '__Time: 15min__', '', 'Started an instance.', '', '#### QwikLab: Intro to S3', '', 'Buckets hold objects.', '');
const took = lines('## Area 1: Cloud Web Apps', '* AWS Tutorial: Launch a VM (took ~15 min)', '  * started an instance', '* QwikLab: Intro to S3', '  * buckets', '');
const hours = lines('# Area 1: Big Data', '## Hadoop Introduction (2h)', 'HDFS and MapReduce.', '', '## Introduction to Amazon S3 (30mins)', 'Buckets.', '');
const hoursAndMinutes = lines('## Area 1: Cloud Web Apps', '### AWS Tutorial: Launch a VM', 'Time: 1 hr 30 min', '- started an instance', '');
const labLink = '(https://training.play-with-docker.com/ops-s1-hello/)';
/** Notes wrapped at a fixed width: a link's text goes on over the next line, its time after the link. */
const wrappedLink = lines('## Area 1: Cloud Web Apps', '', '[AWS Tutorial: Launch a', 'VM](https://aws.amazon.com/getting-started/tutorials/launch-a-virtual-machine/) (20 min)', '', 'Started an instance.', '', '[QwikLab: Intro to', 'S3](https://awseducate.qwiklabs.com/focuses/30)', '', 'Buckets hold objects.', '');

const cases: Case[] = [
  { name: '"(time: 45 min)": added where there is none', text: parenthesised, title: lab, minutes: 45, mode: 'add', from: labLink, to: `${labLink} (time: 45 min)` },
  { name: '"(time: 45 min)": added to the time written', text: parenthesised, title: 'Video: Why Docker?', minutes: 33, mode: 'add', from: '(time: 12 min)', to: '(time: 45 min)' },
  { name: '"(time: 45 min)": in place of the time written', text: parenthesised, title: 'Video: Why Docker?', minutes: 20, mode: 'replace', from: '(time: 12 min)', to: '(time: 20 min)' },
  { name: '"(45 min)" on a linked heading: added where there is none', text: heading, title: lab, minutes: 45, mode: 'add', from: labLink, to: `${labLink} (45 min)` },
  { name: '"- 45 min" in a numbered list: added where there is none', text: dashed, title: 'DevOps Docker Beginners Guide', minutes: 45, mode: 'add', from: '2. DevOps Docker Beginners Guide', to: '2. DevOps Docker Beginners Guide - 45 min' },
  { name: '"- 45 min": added to the time written', text: dashed, title: 'Why Docker', minutes: 5, mode: 'add', from: 'Why Docker - 12 min', to: 'Why Docker - 17 min' },
  { name: '"~45 mins" inside the link text: added where there is none', text: tildeInLink, title: 'Docker Beginner Lab', minutes: 45, mode: 'add', from: '[Docker Beginner Lab]', to: '[Docker Beginner Lab ~45 mins]' },
  { name: '"~45 mins": in place of the time written, one minute in the singular', text: tildeInLink, title: 'Why Docker Video', minutes: 1, mode: 'replace', from: '~12 mins', to: '~1 min' },
  { name: '"**Time: 45 minutes**" on the line below: added where there is none', text: boldTimeLine, title: lab, minutes: 45, mode: 'add', from: `${labLink}\n`, to: `${labLink}\n**Time: 45 minutes**\n` },
  { name: '"**Time: 45 minutes**": added to the time written', text: boldTimeLine, title: 'Video: Why Docker?', minutes: 33, mode: 'add', from: '**Time: 12 minutes**', to: '**Time: 45 minutes**' },
  { name: '"Time: 45 min" on the line below: added where there is none', text: plainTimeLine, title: 'DevOps Docker Beginners Guide', minutes: 45, mode: 'add', from: 'Beginners Guide\n', to: 'Beginners Guide\nTime: 45 min\n' },
  { name: '"Time: 45 min": in place of the time written', text: plainTimeLine, title: 'Why Docker?', minutes: 45, mode: 'replace', from: 'Time: 15 min', to: 'Time: 45 min' },
  { name: '"(45min)" on a heading: added where there is none', text: gluedParentheses, title: 'What are containers?', minutes: 45, mode: 'add', from: '## What are containers?', to: '## What are containers? (45min)' },
  { name: '"(45min)": added to the time written', text: gluedParentheses, title: 'Why docker?', minutes: 25, mode: 'add', from: '(20min)', to: '(45min)' },
  { name: '"__Time: 45min__" on the line below: added where there is none', text: underscoredTimeLine, title: 'QwikLab: Intro to S3', minutes: 45, mode: 'add', from: 'Intro to S3\n', to: 'Intro to S3\n__Time: 45min__\n' },
  { name: '"__Time: 45min__": added to the time written', text: underscoredTimeLine, title: 'AWS Tutorial: Launch a VM', minutes: 30, mode: 'add', from: '__Time: 15min__', to: '__Time: 45min__' },
  { name: '"25 min" bare after a quoted link: added where there is none', text: quotedBare, title: lab, minutes: 45, mode: 'add', from: labLink, to: `${labLink} 45 min` },
  { name: '"(took ~15 min)": the student’s words kept around the new time', text: took, title: 'AWS Tutorial: Launch a VM', minutes: 40, mode: 'replace', from: '(took ~15 min)', to: '(took ~40 min)' },
  { name: '"(2h)": hours stay hours, the minutes beside them', text: hours, title: 'Hadoop Introduction', minutes: 30, mode: 'add', from: '(2h)', to: '(2h 30min)' },
  { name: '"(30mins)": past an hour in minutes, as the student wrote them', text: hours, title: 'Introduction to Amazon S3', minutes: 50, mode: 'add', from: '(30mins)', to: '(80mins)' },
  { name: '"Time: 1 hr 30 min": added to the time written', text: hoursAndMinutes, title: 'AWS Tutorial: Launch a VM', minutes: 25, mode: 'add', from: 'Time: 1 hr 30 min', to: 'Time: 1 hr 55 min' },
  { name: '"(20 min)" after a link wrapped over two lines: added where there is none, after the link', text: wrappedLink, title: 'QwikLab: Intro to S3', minutes: 45, mode: 'add', from: 'S3](https://awseducate.qwiklabs.com/focuses/30)', to: 'S3](https://awseducate.qwiklabs.com/focuses/30) (45 min)' },
  { name: '"Time: 1 hr 30 min": in place of it, a whole hour', text: hoursAndMinutes, title: 'AWS Tutorial: Launch a VM', minutes: 60, mode: 'replace', from: 'Time: 1 hr 30 min', to: 'Time: 1 hr' },
];

describe('the study timer’s writer', () => {
  describe('writes a measured time in each time style of the corpus', () => {
    for (const { name, text, title, minutes, mode, from, to } of cases) {
      it(name, () => {
        assert.ok(text.includes(from), `the fixture has ${JSON.stringify(from)}`);
        assert.equal(written(text, title, minutes, mode), text.replace(from, to));
      });
    }
  });

  describe('keeps a CRLF file CRLF', () => {
    for (const { name, text, title, minutes, mode, from, to } of cases.filter((candidate) => candidate.mode === 'add')) {
      it(name, () => assert.equal(written(crlf(text), title, minutes, mode), crlf(text).replace(crlf(from), crlf(to))));
    }
  });

  it('writes a time by the title of a module whose notes go on in its line, where the reader still reads the title', () => {
    const text = lines('## Docker and Containers', '- Why Docker: Docker lets you ship one image from a laptop to the cloud.', '- Lab: DevOps Docker Beginners Guide - ran hello-world, alpine and a shell.', '');
    assert.equal(written(text, 'Why Docker', 15, 'add'), text.replace('- Why Docker:', '- Why Docker (time: 15 min):'));
  });

  it('writes a time past the bracket that closes an address whose notes go on in its line, in parentheses where no colon or dash parts them', () => {
    const sentence = 'describes virtualization and why it needs more and more implementation every day.';
    const video = 'https://www.youtube.com/watch?v=GIdVRB5yNsk';
    const text = lines('## Cloud Web Apps', '### Virtual Machines, Websites, and Databases:', `(${video})${sentence}`, '', '### Beginner', '- [QwikLab: Intro to S3](https://awseducate.qwiklabs.com/focuses/30?parent=catalog) - 30 min', '');
    assert.equal(written(text, video, 10, 'add'), text.replace(`(${video})`, `(${video}) (10 min)`));
    const angled = text.replace(`(${video})`, `<${video}> `);
    assert.equal(written(angled, video, 10, 'add'), angled.replace(`<${video}>`, `<${video}> (10 min)`));
    const parted = text.replace(`(${video})`, `<${video}>: `);
    assert.equal(written(parted, video, 10, 'add'), parted.replace(`<${video}>`, `<${video}> - 10 min`));
  });

  it('writes a time into a table of modules: the row’s empty cell after its title, else by the title in its cell', () => {
    const table = ['## Area 1: Docker and Containers', '### Beginner Level', '', '| Module | Time | Notes |', '|---|---|---|'].join('\n');
    const emptyCell = `${table}\n| [Video: Why Docker?](https://www.youtube.com/watch?v=RYDHUTHLf8U) |  | ships anywhere |\n`;
    assert.equal(written(emptyCell, 'Video: Why Docker?', 12, 'add').split('\n')[5], '| [Video: Why Docker?](https://www.youtube.com/watch?v=RYDHUTHLf8U) | 12 min | ships anywhere |');
    const noCell = `${table}\n| [Video: Why Docker?](https://www.youtube.com/watch?v=RYDHUTHLf8U) | ships anywhere |\n`;
    assert.equal(written(noCell, 'Video: Why Docker?', 12, 'add').split('\n')[5], '| [Video: Why Docker?](https://www.youtube.com/watch?v=RYDHUTHLf8U) (12 min) | ships anywhere |');
  });

  it('writes a time into a table whose header names the unit of its times as the column writes them: a bare number in that unit', () => {
    const table = (unit: string, rows: string[]) => ['## Area 1: Docker and Containers', '### Beginner Level', '', `| Module | ${unit} | Notes |`, '|---|---|---|', ...rows, ''].join('\n');
    const why = '| [Video: Why Docker?](https://www.youtube.com/watch?v=RYDHUTHLf8U)';
    const intro = '| Lab: Docker Intro';
    const row = (text: string, title: string, minutes: number, mode: WriteStudyTimeParams['mode']) => written(text, title, minutes, mode).split('\n')[6];
    const minutesTable = table('Time (min)', [`${why} | 10 | ships anywhere |`, `${intro} |  | ran it |`]);
    assert.equal(row(minutesTable, 'Lab: Docker Intro', 12, 'add'), `${intro} | 12 | ran it |`);
    assert.equal(written(minutesTable, 'Video: Why Docker?', 25, 'add').split('\n')[5], `${why} | 35 | ships anywhere |`);
    const hoursTable = table('Hours', [`${why} | 0.5 | ships anywhere |`, `${intro} |  | ran it |`]);
    assert.equal(row(hoursTable, 'Lab: Docker Intro', 42, 'add'), `${intro} | 0.7 | ran it |`);
    assert.equal(written(hoursTable, 'Video: Why Docker?', 60, 'add').split('\n')[5], `${why} | 1.5 | ships anywhere |`);
    // Hours cannot say 35 minutes in two decimals: the time keeps its own unit, read back as written.
    assert.equal(row(hoursTable, 'Lab: Docker Intro', 35, 'add'), `${intro} | 35 min | ran it |`);
  });

  it('fills a time left empty, in the document’s style', () => {
    const text = lines('## Area 1: Cloud Web Apps', '', '[My reading](https://example.com/r) (time: 20 min)', 'Read.', '', '[Other reading](https://example.com/o) (time: )', 'Read.', '');
    assert.equal(written(text, 'Other reading', 45, 'add'), text.replace('(time: )', '(time: 45 min)'));
  });

  it('writes over the whole time as the notes reader reads it: minutes without their unit, a half, an amount in words', () => {
    const added = (time: string): string => {
      const text = lines('## Area 1: Cloud Web Apps', '', `- [Reading](https://example.com/r) (time: ${time})`, '  notes', '');
      return written(text, 'Reading', 15, 'add').split('\n')[2].replace('- [Reading](https://example.com/r) ', '');
    };
    assert.deepEqual(
      ['1h30', 'an hour and a half', '1 hr 30', 'una hora', '1 hora y media', 'media hora', 'une demi-heure'].map(added),
      ['(time: 1h 45min)', '(time: 1 hour 45 min)', '(time: 1 hr 45 min)', '(time: 1 hora 15 min)', '(time: 1 hora 45 min)', '(time: 45 min)', '(time: 45 min)'],
    );
  });

  it('writes over a time written as a field, a bound or a total, keeping its words', () => {
    const added = (time: string): string => {
      const text = lines('## Area 1: Cloud Web Apps', '', '- [Reading](https://example.com/r)', `  ${time}`, '  notes', '');
      return written(text, 'Reading', 15, 'add').split('\n')[3].trim();
    };
    assert.deepEqual(
      ['time-spent: 20min', 'Time = 20 min', '1+ hour', '.5 hour', '2 hours total', '30 minutes spent'].map(added),
      ['time-spent: 35min', 'Time = 35 min', '1 hour 15 min', '45 min', '2 hours 15 min total', '45 minutes spent'],
    );
  });

  it('keeps the units of a time written in the language of the course, and writes a new one in them', () => {
    const spanish = lines('## Area 1: Cloud Web Apps', '', '- [Mi lectura](https://example.com/r) - 25 minutos', '  Leí.', '- [Otra lectura](https://example.com/o) - 1 hora', '  Leí.', '- [Tercera lectura](https://example.com/t)', '  Leí.', '');
    assert.equal(written(spanish, 'Mi lectura', 15, 'add'), spanish.replace('25 minutos', '40 minutos'));
    assert.equal(written(spanish, 'Otra lectura', 60, 'add'), spanish.replace('1 hora', '2 horas'));
    assert.equal(written(spanish, 'Otra lectura', 1, 'replace'), spanish.replace('1 hora', '1 min'));
    assert.equal(written(spanish, 'Tercera lectura', 30, 'add'), spanish.replace('(https://example.com/t)', '(https://example.com/t) - 30 minutos'));
    const german = lines('## Area 1: Cloud Web Apps', '', '### Einführung in Docker (1 Stunde)', 'Gelesen.', '');
    assert.equal(written(german, 'Einführung in Docker', 60, 'add'), german.replace('1 Stunde', '2 Stunden'));
    const agreed = (time: string, minutes: number, mode: WriteStudyTimeParams['mode']): string => {
      const text = lines('## Area 1: Cloud Web Apps', '', `- [Lectura](https://example.com/r) - ${time}`, '  notas', '');
      return written(text, 'Lectura', minutes, mode).split('\n')[2].replace('- [Lectura](https://example.com/r) - ', '');
    };
    assert.deepEqual(
      [agreed('5 Minuten', 1, 'replace'), agreed('1 ora', 60, 'add'), agreed('2 ore', 60, 'replace'), agreed('30 minuti', 1, 'replace'), agreed('1 HORA', 60, 'add')],
      ['1 Minute', '2 ore', '1 ora', '1 minuto', '2 HORAS'],
    );
    assert.deepEqual(
      [agreed('1 час', 60, 'add'), agreed('5 минут', 1, 'replace'), agreed('1 минута', 1, 'add'), agreed('20 минут', 1, 'add'), agreed('1 минута', 10, 'add')],
      ['2 часа', '1 минута', '2 минуты', '21 минута', '11 минут'],
    );
  });

  it('takes a time away when a correction leaves the module none: beside the title, or with its line', () => {
    assert.equal(written(parenthesised, 'Video: Why Docker?', -12, 'add'), parenthesised.replace(' (time: 12 min)', ''));
    assert.equal(written(crlf(boldTimeLine), 'Video: Why Docker?', 0, 'replace'), crlf(boldTimeLine).replace('**Time: 12 minutes**\r\n', ''));
  });

  it('finds the module by its title when lines above moved, and by its line when its title changed', () => {
    const document = documentOf(parenthesised);
    const byTitle = writeStudyTime(document, { module: { title: lab, line: 2 }, minutes: 10, mode: 'add' });
    assert.equal(byTitle?.line, 6);
    const byLine = writeStudyTime(document, { module: { title: 'Lab: Docker for Beginners (renamed)', line: 6 }, minutes: 10, mode: 'add' });
    assert.equal(byLine?.line, 6);
    assert.equal(writeStudyTime(document, { module: { title: 'Nowhere', line: 1 }, minutes: 10, mode: 'add' }), null);
  });

  it('says what the module had and has: added to its lower end, rounded to whole minutes', () => {
    const document = documentOf(lines('## Area 1: Cloud Web Apps', '', '[My reading](https://example.com/r) (time: 20-30 min)', 'Read.', ''));
    const result = writeStudyTime(document, { module: { title: 'My reading', line: 2 }, minutes: 14.6, mode: 'add' });
    assert.deepEqual({ before: result?.minutesBefore, after: result?.minutes, text: result?.edits.map((edit) => edit.newText) }, { before: 20, after: 35, text: ['35 min'] });
  });

  describe('in the corpus', () => {
    before(function () {
      skipWithoutCorpus(this);
    });

    it('every file: a module without a time gets one and one with a time gets another, both read back as written', function () {
      // Each file read three times by remark: a minute on a loaded 2-core machine.
      this.timeout(300_000);
      let checked = 0;
      for (const file of corpusNotesFiles().filter((name) => name.startsWith('notes/'))) {
        const text = readCorpusFile(file);
        const { modules } = documentOf(text).model;
        const samples = [modules.find((module) => !module.estimate), modules.find((module) => module.estimate?.kind === 'minutes')];
        for (const module of samples.filter((sample) => sample !== undefined)) {
          assert.doesNotThrow(() => written(text, module.title, 25, module.estimate ? 'replace' : 'add'), `${file}: ${module.title}`);
          checked++;
        }
      }
      assert.ok(checked > 60, `${checked} modules written`);
    });
  });
});
