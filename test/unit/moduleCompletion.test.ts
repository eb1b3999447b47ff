import assert from 'node:assert/strict';
import { InsertTextFormat, type CompletionItem, type CompletionList, type TextEdit } from 'vscode-languageserver-types';
import { bundledCourse } from '../../server/src/catalog/bundledCourse';
import { CatalogSources } from '../../server/src/service/catalogSources';
import { moduleCompletions, titleScore } from '../../server/src/features/completion';
import { analyseNotes } from '../../server/src/document/notesDocument';
import { WorkspaceIndex } from '../../server/src/service/workspaceIndex';
import { completionRequest } from '../support/completionRequest';
import { readCorpusFile, skipWithoutCorpus } from '../support/corpus';

const notes = [
  '# My notes', // 0
  '', // 1
  '## Area 1: Docker and Containers', // 2
  '> Beginner Level', // 3
  '', // 4
  '[Video: Why Docker?](https://www.youtube.com/watch?v=RYDHUTHLf8U) (time: 12 min)', // 5
  'Containers ship the environment.', // 6
  '', // 7
  '> Intermediate Level', // 8
  '', // 9
  '[Lab: Docker Intro](https://training.play-with-docker.com/beginner-linux/) (time: 35 min)', // 10
  'Ran a container.', // 11
  '', // 12
  'LINE', // 13: replaced by each test
  '', // 14
  '```sh', // 15
  '[', // 16
  '```', // 17
];

const catalog = new CatalogSources().forDocument('file:///notes.md', new WorkspaceIndex());

function complete(line: string, character = line.length, invoked = false, at = 13): CompletionList | undefined {
  const text = notes.map((written, index) => (index === at ? line : written)).join('\n');
  const document = analyseNotes('file:///notes.md', 1, text, bundledCourse.catalog);
  return moduleCompletions(document, { line: at, character }, catalog, completionRequest(document, invoked));
}

const sorted = (list: CompletionList | undefined) => [...(list?.items ?? [])].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
const editOf = (item: CompletionItem) => item.textEdit as TextEdit;

describe('moduleCompletion', () => {
  it('offers whole module openers in the document’s style at `[`, this area and level first, missing ones before written ones', () => {
    const items = sorted(complete('['));
    const first = items[0];
    assert.equal(first.label, 'Video: What are Containers?');
    assert.equal(first.detail, '18 min');
    assert.deepEqual(first.labelDetails, { description: '18 min' });
    assert.equal(first.insertTextFormat, InsertTextFormat.Snippet);
    assert.equal(first.filterText, '[Video: What are Containers?');
    assert.deepEqual(editOf(first), {
      range: { start: { line: 13, character: 0 }, end: { line: 13, character: 1 } },
      newText: '[Video: What are Containers?](https://www.youtube.com/watch?v=EnJ7qX9fkcU) (time: ${1:18} min)\n$0',
    });
    assert.match((first.documentation as { value: string }).value, /<https:\/\/www\.youtube\.com\/watch\?v=EnJ7qX9fkcU>\s+Docker and Containers · Intermediate\s+Group: Containers\s+From: course catalog/);
    const titles = items.map((item) => item.label);
    assert.ok(titles.indexOf('Lab: Docker Networking') < titles.indexOf('Lab: DevOps Docker Beginners Guide'), 'Beginner of this area after Intermediate');
    assert.ok(titles.indexOf('Lab: DevOps Docker Beginners Guide') < titles.indexOf('QwikLab: Intro to S3'), 'this area before other areas');
    assert.deepEqual(titles.slice(-2), ['Video: Why Docker?', 'Lab: Docker Intro'], 'modules already written come last');
  });

  it('at the end of a corpus Big Data Intermediate level: what it still requires, the other areas’ required, the rest, the notes’ own last and marked', function () {
    skipWithoutCorpus(this);
    const text = `${readCorpusFile('notes/C91CBQ-2.md').trimEnd()}\n\n[`;
    const line = text.split('\n').length - 1;
    const document = analyseNotes('file:///notes.md', 1, text, bundledCourse.catalog);
    const items = sorted(moduleCompletions(document, { line, character: 1 }, catalog, completionRequest(document)));
    const row = (item: CompletionItem) => `${item.label} | ${item.labelDetails?.description}`;
    assert.deepEqual(items.slice(0, 3).map(row), ['AWS Tutorial: Build a Machine Learning Model | 30 min', 'Video Tutorial: Overview of AWS SageMaker | 32 min', 'Video: What are Containers? | 18 min']);
    const titles = items.map((item) => String(item.label));
    // The course lists Intro to S3 under Cloud Web Apps and Big Data: written once, it is in the notes for both.
    assert.ok(items.filter((item) => item.label === 'QwikLab: Intro to S3').every((item) => item.labelDetails?.description?.endsWith('· in your notes')));
    assert.ok(titles.indexOf('Install DPDK and run the `skeleton` sample application') < titles.indexOf('AWS Storage Docs'), 'SDN’s required before Cloud Web Apps’ extras');
    const marked = items.findIndex((item) => item.labelDetails?.description?.endsWith('· in your notes'));
    assert.ok(items.slice(marked).every((item) => item.labelDetails?.description?.endsWith('· in your notes')), 'the notes’ own modules last');
    assert.equal(items.length - marked, 25);
    for (const item of items) assert.match(`${item.detail}`, /^(\d+ h( \d+ min)?|\d+ min|no time given)$/, row(item));
    // A module of the course's extras says it moves no level, in the list and in its documentation.
    const swarm = items.find((item) => item.label === 'Video: Future of Swarm') as CompletionItem;
    assert.equal(swarm.labelDetails?.description, 'no time given · counts for no level');
    assert.match((swarm.documentation as { value: string }).value, /Group: More Resources\s+optional: counts for no level/);
  });

  it('ranks fuzzy title matches itself: "docker intro" finds "Lab: Docker Intro"', () => {
    const items = sorted(complete('[docker intro'));
    assert.equal(items[0].label, 'Lab: Docker Intro');
    assert.equal(items[0].filterText, '[Lab: Docker Intro');
    assert.ok(items.every((item) => titleScore('docker intro', String(item.label)) > 0));
    assert.equal(sorted(complete('[dkrintro'))[0].label, 'Lab: Docker Intro');
  });

  it('keeps the marker the student typed and replaces what the editor auto-closed', () => {
    const [first] = sorted(complete('  - []', 5));
    assert.deepEqual(editOf(first).range, { start: { line: 13, character: 2 }, end: { line: 13, character: 6 } });
    assert.match(editOf(first).newText, /^- \[Video: What are Containers\?\]\(https:\/\/www\.youtube\.com\/watch\?v=EnJ7qX9fkcU\) \(time: \$\{1:18\} min\)\n {4}\$0$/);
    assert.equal(first.filterText, '- [Video: What are Containers?');
  });

  it('completes a row of a table from the `| [` typed in it: title, time and notes in cells', () => {
    const [first] = sorted(complete('| []', 3));
    assert.deepEqual(editOf(first).range, { start: { line: 13, character: 0 }, end: { line: 13, character: 4 } });
    assert.equal(editOf(first).newText, '| [Video: What are Containers?](https://www.youtube.com/watch?v=EnJ7qX9fkcU) | ${1:18} min | $0 |');
  });

  it('answers an explicit request on an empty line, not a typed space', () => {
    assert.ok((complete('', 0, true)?.items.length ?? 0) > 50);
    assert.equal(complete('', 0, false), undefined);
  });

  it('stays quiet in the preamble, in code and after text', () => {
    assert.equal(complete('[', 1, false, 1), undefined);
    assert.equal(complete('[', 1, false, 16), undefined);
    assert.equal(complete('see the [', 9), undefined);
  });

  it('stays quiet in the title of a link already written, such as a module snippet’s placeholder, and before text', () => {
    // Accepting there left the snippet's `](https://) (time:  min)` under the module it wrote.
    assert.equal(complete('[W](https://) (time:  min)', 2), undefined);
    assert.equal(complete('### [Why](https://) (time:  min)', 8), undefined);
    assert.equal(complete('* [Lab: Docker](https://training.play-with-docker.com/beginner-linux/)', 13), undefined);
    assert.equal(complete('[Why Docker', 1), undefined);
    assert.ok(sorted(complete('[W]', 2)).length > 0, 'what the editor closed is still replaced');
  });

  it('offers the URL of the title typed inside `](`', () => {
    const list = complete('[Lab: Docker Networking]()', 25);
    const [first] = sorted(list);
    assert.equal(first.label, 'https://training.play-with-docker.com/docker-networking-hol/');
    assert.deepEqual(editOf(first), { range: { start: { line: 13, character: 25 }, end: { line: 13, character: 25 } }, newText: 'https://training.play-with-docker.com/docker-networking-hol/' });
    assert.equal(sorted(complete('[why docker](https://www.you', 28))[0].label, 'https://www.youtube.com/watch?v=RYDHUTHLf8U&t=0s&list=PLBmVKD7o3L8tQzt8QPCINK9wXmKecTHlM&index=23');
  });

  it('scores titles: prefix, word starts, substring, characters in order', () => {
    assert.equal(titleScore('lab: dock', 'Lab: Docker Intro'), 4);
    assert.equal(titleScore('docker', 'Lab: Docker Intro'), 4);
    assert.equal(titleScore('intro dock', 'Lab: Docker Intro'), 3);
    assert.equal(titleScore('ker int', 'Lab: Docker Intro'), 2);
    assert.equal(titleScore('ldi', 'Lab: Docker Intro'), 1);
    assert.equal(titleScore('swarm', 'Lab: Docker Intro'), 0);
  });

  describe('right under a quote, such as a level marker’s, a blank line ends the quote (an edit of its own, not a line break in the module)', () => {
    const area = '## Area 1: Docker and Containers';
    const completeAt = (...text: string[]) => {
      const line = text.length - 1;
      const document = analyseNotes('file:///notes.md', 1, text.join('\n'), bundledCourse.catalog);
      return moduleCompletions(document, { line, character: text[line].length }, catalog, completionRequest(document));
    };
    const blankAfter = (line: number, character: number) => [{ range: { start: { line, character }, end: { line, character } }, newText: '\n' }];
    const shapes: { name: string; text: string[]; blank: TextEdit[] | undefined }[] = [
      { name: '`[` under `> Beginner Level`', text: [area, '> Beginner Level', '['], blank: blankAfter(1, 16) },
      { name: '`- [` under `> **_Intermediate Level_**`', text: [area, '> **_Intermediate Level_**', '- ['], blank: blankAfter(1, 26) },
      { name: '`> [` under `>>Intermediate Level`: the module gets a quote of its own', text: [area, '>>Intermediate Level', '> ['], blank: blankAfter(1, 20) },
      { name: '`1. [` under a remark continuing the quote with `>`', text: [area, '> Beginner Level', '> Videos first, then labs.', '1. ['], blank: blankAfter(2, 26) },
      { name: '`[` under a remark continuing the quote lazily', text: [area, '> Beginner Level', 'Videos first, then labs.', '['], blank: blankAfter(2, 24) },
      { name: '`[` under a level written as a heading', text: [area, '### Beginner Level', '['], blank: undefined },
      { name: '`[` after the blank line under the marker', text: [area, '> Beginner Level', '', '['], blank: undefined },
      { name: '`[` under a module written in a quote, whose notes it would be', text: [area, '> Beginner Level', '', '> [Video: Why Docker?](https://www.youtube.com/watch?v=RYDHUTHLf8U) 12 min', '['], blank: blankAfter(3, 74) },
      { name: '`[` under a quote that a list item ended', text: [area, '> Beginner Level', '- Videos first, then labs.', '['], blank: undefined },
    ];
    for (const { name, text, blank } of shapes) {
      it(name, () => {
        const items = completeAt(...text)?.items ?? [];
        assert.ok(items.length > 50);
        for (const item of items) assert.deepEqual(item.additionalTextEdits, blank, String(item.label));
        assert.doesNotMatch(editOf(items[0]).newText, /^\n/);
      });
    }

    it('the same edit for a client without snippets', () => {
      const text = [area, '> Beginner Level', '['].join('\n');
      const document = analyseNotes('file:///notes.md', 1, text, bundledCourse.catalog);
      const list = moduleCompletions(document, { line: 2, character: 1 }, catalog, completionRequest(document, false, false));
      assert.deepEqual(list?.items[0].additionalTextEdits, blankAfter(1, 16));
    });
  });
});
