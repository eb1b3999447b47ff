import assert from 'node:assert/strict';
import { bundledCourse } from '../../server/src/catalog/bundledCourse';
import { parseNotes } from '../../server/src/notes/parse';
import { readNotesFromLines } from '../../server/src/notes/textLines';
import type { NotesModel, Range } from '../../server/src/notes/types';
import { corpusNotesFiles, readCorpusFile, skipWithoutCorpus } from '../support/corpus';

/**
 * Notes saved on Windows (CRLF), by an old Mac editor (a lone CR) or with a byte order mark are the
 * same notes: every corpus file reads alike each way, by both line sources. Positions count the
 * mark, as editors that send it count it: on the first line they are one further.
 */
const sources: [string, (text: string) => NotesModel][] = [
  ['remark source', (text) => parseNotes(text, { catalog: bundledCourse.catalog })],
  ['text source', (text) => readNotesFromLines(text, { catalog: bundledCourse.catalog })],
];

const variants: [string, (text: string) => string, number][] = [
  ['CRLF after a byte order mark', (text) => `\ufeff${text.replace(/\n/g, '\r\n')}`, 1],
  ['a lone CR', (text) => text.replace(/\n/g, '\r'), 0],
];

/** Areas, levels and modules where they stand, with the mark's column taken off the first line. */
function reading(model: NotesModel, mark: number): string[] {
  const at = ({ start }: Range) => `${start.line}:${start.line === 0 ? start.character - mark : start.character}`;
  return [
    ...model.areas.map((area) => `area ${at(area.headingRange)} ${area.heading}`),
    ...model.levels.map((level) => `level ${at(level.markerRange)} ${level.name}`),
    ...model.modules.map((module) => `module ${at(module.titleRange)} ${module.title} [${module.estimate?.text ?? ''}] ${module.hasNotes ? 'notes' : 'no notes'}`),
  ];
}

describe('line endings and a byte order mark', () => {
  for (const [source, read] of sources) {
    it(`${source}: every notes file of the corpus reads alike with CRLF and a byte order mark, and with lone CRs`, function () {
      skipWithoutCorpus(this);
      this.timeout(120_000);
      const differing: string[] = [];
      for (const file of corpusNotesFiles().filter((name) => name.startsWith('notes/'))) {
        const text = readCorpusFile(file).replace(/\r\n?/g, '\n');
        const expected = reading(read(text), 0);
        for (const [variant, written, mark] of variants) {
          const actual = reading(read(written(text)), mark);
          if (actual.join('\n') !== expected.join('\n')) differing.push(`${file}, ${variant}: ${actual.filter((line) => !expected.includes(line)).slice(0, 3).join(' | ')}`);
        }
      }
      assert.deepEqual(differing, []);
    });
  }

  it('a byte order mark before the page title: the text source reads the heading, as remark does', () => {
    const text = '\ufeff# Technical Report\n## Extracting a password with a VM\n\n### Virtualization\nHypervisors share a machine.\n';
    for (const [, read] of sources) assert.deepEqual(read(text).modules, [], 'a titled page of topic headings has no module');
  });

  it('a link text wrapped at a lone CR is one title, its words apart', () => {
    const text = '## Area 2: Cloud Web Apps\r> Intermediate Level\r\r[AWS Tutorial: Deploy a Scalable Node.js Web\rApp](https://aws.amazon.com/getting-started/projects/deploy-nodejs-web-app/) (45 min)\r';
    for (const [, read] of sources) assert.equal(read(text).modules[0]?.title, 'AWS Tutorial: Deploy a Scalable Node.js Web App');
  });
});
