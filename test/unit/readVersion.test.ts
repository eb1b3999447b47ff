// A version's reading is built in one step (document/readVersion.ts): its kind says how it was read,
// the path is there from the start, and a new version is read from the previous one by its kind.
import assert from 'node:assert/strict';
import { bundledCourse } from '../../server/src/catalog/bundledCourse';
import { readVersion, readUnopened, adoptPreciseReading, givePreciseUp, type ReadingPolicy } from '../../server/src/document/readVersion';
import { parseNotes } from '../../server/src/notes/parse';
import { editReadBudget, largestReadText, readCost } from '../../server/src/notes/readCost';
import { readNotesFromLines } from '../../server/src/notes/textLines';

const uri = 'file:///class/ada/README.md';
const notes = '# Notes\n\n## Area 1: Docker and Containers\n> Beginner Level\n\n[Video: Why Docker?](https://x.example/v) (time: 10 min)\nwhy containers\n';
const policy: ReadingPolicy = { catalog: bundledCourse.catalog, parse: parseNotes, readByLines: readNotesFromLines, pathOf: (of) => of.replace('file:///class/', '') };
/** Long enough for remark to keep an editor waiting on a first reading, short of what is read by lines for good. */
const long = notes + `\n## Area 2: Big Data and Machine Learning\n\n${'[QwikLab: Intro to S3](https://x.example/s3) (time: 20 min)\nbuckets and keys\n\n'.repeat(1500)}`;

describe('a version read in one step', () => {
  it('reads a short text precisely, its path there from the start', () => {
    const document = readVersion(undefined, { uri, version: 1, text: notes }, policy);
    assert.equal(document.reading.kind, 'precise');
    assert.equal(document.path, 'ada/README.md');
    assert.equal(document.model.modules[0]?.title, 'Video: Why Docker?');
  });

  it('reads a long text by lines first where the host reads precisely later, and adopts the precise model of the same text', () => {
    const first = readVersion(undefined, { uri, version: 1, text: long }, { ...policy, firstByLines: true });
    assert.deepEqual(first.reading.kind === 'byLines' && first.reading.preciseToCome, true);
    const adopted = adoptPreciseReading(first, { text: long, model: parseNotes(long, { catalog: first.catalog }), catalog: first.catalog }, policy);
    assert.equal(adopted?.reading.kind, 'precise');
    assert.equal(adopted?.path, 'ada/README.md');
    assert.equal(adopted?.model.modules.length, first.model.modules.length);
  });

  it('keeps the reading by lines, no longer said to be coming, when the precise reading fails', () => {
    const first = readVersion(undefined, { uri, version: 1, text: long }, { ...policy, firstByLines: true });
    const kept = givePreciseUp(first);
    assert.deepEqual(kept?.reading.kind === 'byLines' && kept.reading.preciseToCome, false);
    assert.equal(givePreciseUp(readVersion(undefined, { uri, version: 1, text: notes }, policy)), undefined, 'a precise reading has nothing to give up');
  });

  it('does not read a text larger than any notes, and reads it whole once it is small again', () => {
    const huge = notes + 'x'.repeat(largestReadText);
    const unread = readVersion(undefined, { uri, version: 1, text: huge }, policy);
    assert.deepEqual(unread.reading, { kind: 'unread', why: 'too large' });
    assert.equal(unread.model.modules.length, 0);
    const small = readVersion(unread, { uri, version: 2, text: notes }, policy);
    assert.equal(small.reading.kind, 'precise');
    assert.equal(small.model.modules[0]?.title, 'Video: Why Docker?');
  });

  it('reads an edit by lines at once where another thread reads precisely, unless its area is a paragraph or two, and adopts the precise model of it', () => {
    const area = `## Area 2: Big Data and Machine Learning\n\n${'[QwikLab: Intro to S3](https://x.example/s3) (time: 20 min)\nbuckets and keys\n\n'.repeat(40)}`;
    const text = `${notes}\n${area}`;
    assert.ok(readCost(area).cost > editReadBudget && readCost(notes).cost < editReadBudget, 'the second area costs remark more than an edit may wait, the first less');
    const elsewhere = { ...policy, firstByLines: true, preciseElsewhere: true };
    const opened = readVersion(undefined, { uri, version: 1, text }, elsewhere);
    assert.equal(opened.reading.kind, 'precise');
    const typed = (at: string) => text.replace(at, `${at}x`);
    const inLongArea = readVersion(opened, { uri, version: 2, text: typed('buckets and keys') }, elsewhere);
    assert.deepEqual(inLongArea.reading.kind === 'byLines' && inLongArea.reading.preciseToCome, true);
    assert.equal(inLongArea.model.modules.length, 41);
    const typedOn = readVersion(inLongArea, { uri, version: 3, text: typed('why containers').replace('buckets and keys', 'buckets and keysx') }, elsewhere);
    assert.deepEqual(typedOn.reading.kind === 'byLines' && typedOn.reading.preciseToCome, true, 'typed on before the precise reading: by lines again, even in a short area');
    assert.equal(readVersion(opened, { uri, version: 2, text: typed('why containers') }, elsewhere).reading.kind, 'precise', 'an edit in a short area is read precisely at once');
    assert.equal(readVersion(opened, { uri, version: 2, text: typed('buckets and keys') }, { ...policy, firstByLines: true }).reading.kind, 'precise', 'with no other thread, precisely at once');
    const adopted = adoptPreciseReading(inLongArea, { text: inLongArea.text, model: parseNotes(inLongArea.text, { catalog: inLongArea.catalog }), catalog: inLongArea.catalog }, elsewhere);
    assert.equal(adopted?.reading.kind, 'precise');
    assert.deepEqual(adopted?.model.modules.map((module) => module.title), inLongArea.model.modules.map((module) => module.title));
  });

  it('reads a file no editor has open by lines, whatever its size', () => {
    const document = readUnopened({ uri, version: 0, text: notes }, { ...policy, readByLines: readNotesFromLines });
    assert.deepEqual(document.reading, { kind: 'byLines', preciseToCome: false });
    assert.equal(document.path, 'ada/README.md');
    assert.equal(document.model.modules[0]?.title, 'Video: Why Docker?');
  });
});
