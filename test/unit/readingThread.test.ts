import assert from 'node:assert/strict';
import { bundledCourse } from '../../server/src/catalog/bundledCourse';
import { parseNotes, type ParseOptions } from '../../server/src/notes/parse';
import type { NotesModel } from '../../server/src/notes/types';
import { answeringReadings, type ReadRequest } from '../../server/src/workspace/readingThread';

const catalog = { modules: bundledCourse.catalog.modules, words: bundledCourse.catalog.words };

type LessonTitle = (area: number, lesson: number) => string;
const lessonTitle: LessonTitle = (area, lesson) => `Lesson ${area}.${lesson}`;

/** Three areas of timed modules, each a few kilobytes (`lessons` a piece): an edit falls in one of them. */
function notes(title = lessonTitle, lessons = 40): string {
  const area = (index: number, topic: string): string =>
    [`## Area ${index}: ${topic}`, '', '### Beginner Level', '', ...Array.from({ length: lessons }, (_, lesson) => `[Video: ${title(index, lesson)}](https://example.com/${index}/${lesson}) (time: 10 min)\n\nWhat I learned: *servers* and \`docker ps\`.\n`)].join('\n');
  return ['# Notes', '', area(1, 'Docker and Containers'), area(2, 'Cloud Web Apps'), area(3, 'Big Data and Machine Learning')].join('\n');
}
const edited = notes((area, lesson) => (area === 2 && lesson === 20 ? 'Lesson two point twenty' : lessonTitle(area, lesson)));

/** The worker's side of the reading thread, with the characters each request had remark parse, and the most in one parse. */
function countingThread() {
  let parsed = 0;
  let longest = 0;
  const answer = answeringReadings((text: string, options: ParseOptions): NotesModel => {
    parsed += text.length;
    longest = Math.max(longest, text.length);
    return parseNotes(text, options);
  });
  let id = 0;
  const read = (text: string, request: Partial<ReadRequest> = {}): { model?: NotesModel; parsed: number; longest: number } => {
    [parsed, longest] = [0, 0];
    const { model } = answer({ id: id++, text, catalogId: 0, catalog, ...request });
    return { model, parsed, longest };
  };
  return read;
}

describe('the reading thread reads a later version of a document from its last reading', () => {
  it('parses only the area an edit falls in, and answers what a parse of the whole text does', () => {
    const read = countingThread();
    assert.ok(read(notes(), { document: 'file:///README.md' }).parsed >= notes().length);
    const { model, parsed } = read(edited, { document: 'file:///README.md' });
    assert.ok(parsed > 0 && parsed < edited.length / 2, `parsed ${parsed} of ${edited.length} characters`);
    assert.deepEqual(model, parseNotes(edited, { catalog: bundledCourse.catalog }));
  });

  it('answers a version read before at once, and edits across most of a long text an area at a time', () => {
    const read = countingThread();
    const document = 'file:///README.md';
    const long = notes(lessonTitle, 200);
    read(long, { document });
    assert.equal(read(long, { document }).parsed, 0);
    // The first area and the last edited: their span is the whole text, which one parse would read.
    const everywhere = notes((area, lesson) => (area !== 2 && lesson === 0 ? 'First lesson' : lessonTitle(area, lesson)), 200);
    const { model, longest } = read(everywhere, { document });
    assert.ok(longest < everywhere.length / 2, `one parse of ${longest} of ${everywhere.length} characters`);
    assert.deepEqual(model, parseNotes(everywhere, { catalog: bundledCourse.catalog }));
  });

  it('reads the whole text of no document named, of another document, or under another catalog', () => {
    const read = countingThread();
    read(notes());
    assert.ok(read(edited).parsed >= edited.length, 'a text of no document named is kept by none');
    read(notes(), { document: 'file:///a.md' });
    assert.ok(read(edited, { document: 'file:///b.md' }).parsed >= edited.length, 'another document');
    assert.ok(read(edited, { document: 'file:///a.md', catalogId: 1, catalog }).parsed >= edited.length, 'another catalog');
  });

  it('keeps the last readings of a few documents only, giving up the one read longest ago', () => {
    const read = countingThread();
    const documents = Array.from({ length: 9 }, (_, index) => `file:///notes${index}.md`);
    for (const document of documents) read(notes(), { document });
    assert.ok(read(edited, { document: documents[8] }).parsed < edited.length / 2, 'the last document read is kept');
    assert.ok(read(edited, { document: documents[0] }).parsed >= edited.length, 'the first was given up');
  });
});
