import assert from 'node:assert/strict';
import { bundledCourse } from '../../server/src/catalog/bundledCourse';
import { parseNotes } from '../../server/src/notes/parse';
import { readPrecisely } from '../../server/src/notes/readByAreas';
import { firstReadBudget, readCost } from '../../server/src/notes/readCost';
import { preciseToCome } from '../../server/src/document/notesDocument';
import { stepItems } from '../../server/src/document/steps';
import type { StaleViews } from '../../server/src/service/staleViews';
import type { ReadOffThread } from '../../server/src/service/preciseReads';
import { createStudyNotesService } from '../../server/src/service/studyNotesService';
import { memoryWorkspace, OpenTexts } from '../support/memoryWorkspace';

const uri = 'file:///workspace/README.md';

/** Enough timed modules that remark would keep an editor waiting on the text. */
const longArea = [
  '## Area 2: Cloud Web Apps',
  '',
  '### Beginner Level',
  '',
  ...Array.from({ length: 400 }, (_, index) => `[Video: Cloud lesson ${index}](https://example.com/${index}) (time: 10 min)\n\nWhat I learned in lesson ${index}: *servers*, \`docker ps\` and _load balancers_.\n`),
].join('\n');

/**
 * A link whose text runs over more lines than the line source joins (notes/lines.ts
 * maxWrappedLinkLines): remark reads a module there that the lines alone do not.
 */
const brokenLink = '[Video: Why\nis\nit\nDocker\nthen?](https://www.youtube.com/watch?v=RYDHUTHLf8U) (time: 10 min)';
/** Areas of more entries each than an outline goes through in a step (document/steps.ts): its outline takes a step an area. */
const areasOfSteps = ['Docker and Containers', 'Cloud Web Apps', 'Big Data and Machine Learning']
  .map((topic, area) => [`## Area ${area + 1}: ${topic}`, '', '### Beginner Level', '', ...Array.from({ length: stepItems + 100 }, (_, index) => `[Video: Lesson ${area}.${index}](https://example.com/${area}/${index}) (time: 10 min)\n`)].join('\n'))
  .join('\n');
const notes = (first: string): string => `# Notes\n\n## Area 1: Docker and Containers\n\n### Beginner Level\n\n${first}\n\nnotes\n\n${longArea}`;

function editorService(onStale?: (stale: StaleViews) => void, readOffThread?: ReadOffThread) {
  const open = new OpenTexts();
  const silent = (): void => {};
  const service = createStudyNotesService({ workspace: memoryWorkspace({}), logger: { info: silent, warn: silent, error: silent }, openDocuments: open, onStale, readOffThread });
  return { service, open };
}

/** The reading the server's worker thread makes (workspace/readingWorker.ts), made here: the thread is tested over stdio. */
const readElsewhere: ReadOffThread = async (text, catalog) => readPrecisely(text, { catalog });

const missingTimeLines = (service: ReturnType<typeof editorService>['service']): number[] =>
  service
    .diagnostics(uri)
    .filter((diagnostic) => diagnostic.code === 'missing-time')
    .map((diagnostic) => diagnostic.range.start.line);

describe('a long text is answered from its lines first and read precisely between requests', () => {
  before(() => assert.ok(readCost(notes(brokenLink)).cost > firstReadBudget, 'the test text must be long enough to be read by lines first'));

  it('answers at once by lines, without the notice of a text too heavy to read, then shows the precise reading', async () => {
    const told: StaleViews[] = [];
    const { service, open } = editorService((stale) => told.push(stale));
    const text = notes(brokenLink);
    open.open(uri, text);
    assert.equal(preciseToCome(service.document(uri)), true);
    assert.ok(!service.diagnostics(uri).some((diagnostic) => diagnostic.code === 'read-by-lines'));
    assert.deepEqual(missingTimeLines(service), []);

    assert.equal(await service.settled(uri), 1);
    const precise = service.document(uri);
    assert.equal(preciseToCome(precise), false);
    assert.equal(precise?.reading.kind, 'precise');
    assert.deepEqual(precise?.model, parseNotes(text, { catalog: bundledCourse.catalog }));
    assert.deepEqual(missingTimeLines(service), [6]);
    assert.deepEqual(told, [{ uri, diagnostics: true, outline: true, lenses: true }]);
  });

  it('says nothing when the precise reading shows what the first did', async () => {
    const told: unknown[] = [];
    const { service, open } = editorService(() => told.push('told'));
    open.open(uri, notes('[Video: Why Docker?](https://www.youtube.com/watch?v=RYDHUTHLf8U) (time: 10 min)'));
    assert.equal(preciseToCome(service.document(uri)), true);
    await service.settled(uri);
    assert.equal(preciseToCome(service.document(uri)), false);
    assert.deepEqual(told, []);
  });

  it('reads an edit made during the precise reading into it', async () => {
    const { service, open } = editorService(() => undefined);
    open.open(uri, notes(brokenLink));
    assert.equal(preciseToCome(service.document(uri)), true);
    const settling = service.settled(uri);
    const edited = notes(brokenLink).replace('lesson 300]', 'lesson three hundred]');
    assert.notEqual(edited, notes(brokenLink));
    open.open(uri, edited);
    assert.equal(await settling, 2);
    assert.deepEqual(service.document(uri)?.model, parseNotes(edited, { catalog: bundledCourse.catalog }));
  });

  it('reads an edit that cannot be read alone again, in the end precisely', async () => {
    const { service, open } = editorService(() => undefined);
    open.open(uri, notes(brokenLink));
    await service.settled(uri);
    // A fence opened before the first area reaches over every area: no area can be read alone.
    const edited = notes(brokenLink).replace('# Notes\n', '# Notes\n```\n');
    open.open(uri, edited);
    assert.equal(preciseToCome(service.document(uri)), true);
    assert.equal(await service.settled(uri), 2);
    assert.deepEqual(service.document(uri)?.model, parseNotes(edited, { catalog: bundledCourse.catalog }));
  });

  it('reads an edit of a long area by lines at once where another thread reads it precisely, and that reading then', async () => {
    const { service, open } = editorService(() => undefined, readElsewhere);
    open.open(uri, notes(brokenLink));
    await service.settled(uri);
    assert.equal(service.document(uri)?.reading.kind, 'precise');
    const edited = notes(brokenLink).replace('lesson 300]', 'lesson three hundred]');
    open.open(uri, edited);
    assert.equal(service.document(uri)?.reading.kind, 'byLines');
    assert.equal(preciseToCome(service.document(uri)), true);
    assert.deepEqual(missingTimeLines(service), [6], 'the areas not edited keep their precise reading');
    // Typed on while the other thread reads: read by lines again, then that version elsewhere.
    const typedOn = edited.replace('lesson 301]', 'lesson three hundred and one]');
    const settling = service.settled(uri);
    open.open(uri, typedOn);
    assert.equal(await settling, 3);
    assert.equal(preciseToCome(service.document(uri)), false);
    assert.deepEqual(service.document(uri)?.model, parseNotes(typedOn, { catalog: bundledCourse.catalog }));
  });

  it('reads the edits of a long area precisely once the typing pauses, not after each', async () => {
    const read: [string, string | undefined][] = [];
    const { service, open } = editorService(() => undefined, async (text, catalog, document) => {
      read.push([text, document]);
      return readPrecisely(text, { catalog });
    });
    open.open(uri, notes(brokenLink));
    await service.settled(uri);
    let typed = notes(brokenLink);
    for (const lesson of [300, 301, 302]) {
      typed = typed.replace(`lesson ${lesson}]`, `lesson ${lesson} again]`);
      open.open(uri, typed);
      assert.equal(preciseToCome(service.document(uri)), true);
    }
    await service.settled(uri);
    // Each a version of the document, so that the other thread reads the next from its last (workspace/readingThread.ts).
    assert.deepEqual(read, [
      [notes(brokenLink), uri],
      [typed, uri],
    ]);
    assert.deepEqual(service.document(uri)?.model, parseNotes(typed, { catalog: bundledCourse.catalog }));
  });

  it('reads an edit of a short area precisely at once, and any edit where no other thread reads', async () => {
    const elsewhere = editorService(() => undefined, readElsewhere);
    const here = editorService(() => undefined);
    for (const { service, open } of [elsewhere, here]) {
      open.open(uri, notes(brokenLink));
      await service.settled(uri);
    }
    const shortAreaEdited = notes(brokenLink).replace('\nnotes\n', '\nmore notes\n');
    elsewhere.open.open(uri, shortAreaEdited);
    const longAreaEdited = notes(brokenLink).replace('lesson 300]', 'lesson three hundred]');
    here.open.open(uri, longAreaEdited);
    for (const [{ service }, text] of [[elsewhere, shortAreaEdited], [here, longAreaEdited]] as const) {
      assert.equal(preciseToCome(service.document(uri)), false);
      assert.deepEqual(service.document(uri)?.model, parseNotes(text, { catalog: bundledCourse.catalog }));
    }
  });

  it('keeps the reading by lines, and says so, when the precise reading fails', async () => {
    const open = new OpenTexts();
    const errors: string[] = [];
    const told: unknown[] = [];
    const silent = (): void => {};
    const failing = (): never => {
      throw new Error('remark failed');
    };
    const service = createStudyNotesService({ workspace: memoryWorkspace({}), logger: { info: silent, warn: silent, error: (message) => errors.push(message) }, openDocuments: open, parse: failing, onStale: (stale) => told.push(stale) });
    open.open(uri, notes(brokenLink));
    assert.equal(preciseToCome(service.document(uri)), true);
    assert.equal(await service.settled(uri), 1);
    assert.equal(preciseToCome(service.document(uri)), false);
    assert.equal(service.document(uri)?.reading.kind, 'byLines');
    assert.ok(service.diagnostics(uri).some((diagnostic) => diagnostic.code === 'read-by-lines'));
    assert.deepEqual(told, [{ uri, diagnostics: true, outline: false, lenses: false }]);
    assert.equal(errors.length, 1);
    assert.match(errors[0], /remark failed/);
  });

  it("starts the other thread's reading only once the first answer is made and written", async () => {
    const events: string[] = [];
    const recorded: ReadOffThread = (text, catalog) => {
      events.push('other thread');
      return readElsewhere(text, catalog);
    };
    const { service, open } = editorService(() => undefined, recorded);
    open.open(uri, `# Notes\n\n${areasOfSteps}`);
    assert.ok((service.document(uri)?.model.modules.length ?? 0) > 2 * stepItems, 'the outline must take more steps than the wait takes turns');
    const symbols = await service.symbols(uri, { isCancellationRequested: false });
    events.push('answered');
    // As the protocol library writes an answer: in the turn after the one it was made in.
    setImmediate(() => events.push('written'));
    assert.ok(symbols.length > 0);
    assert.equal(await service.settled(uri), 1);
    assert.deepEqual(events, ['answered', 'written', 'other thread']);
  });

  it('reads every text precisely at once for the command line (no one to tell of a later reading)', async () => {
    const { service, open } = editorService();
    open.open(uri, notes(brokenLink));
    assert.equal(preciseToCome(service.document(uri)), false);
    assert.deepEqual(missingTimeLines(service), [6]);
    assert.equal(await service.settled(uri), 1);
  });
});
