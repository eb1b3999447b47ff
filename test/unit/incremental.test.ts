import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { bundledCourse } from '../../server/src/catalog/bundledCourse';
import { updateNotesDetailed, type NotesParse, type NotesUpdate } from '../../server/src/notes/incremental';
import { LineIndex } from '../../server/src/notes/lineIndex';
import { parseNotes, type ParseOptions } from '../../server/src/notes/parse';
import { readPrecisely } from '../../server/src/notes/readByAreas';
import { readNotesFromLines } from '../../server/src/notes/textLines';
import type { NotesModel } from '../../server/src/notes/types';
import { NotesDocumentCache } from '../../server/src/service/notesDocumentCache';
import { corpusAvailable, corpusNotesFiles, readCorpusFile } from '../support/corpus';

const root = path.resolve(__dirname, '../..');
const options: ParseOptions = { catalog: bundledCourse.catalog };

/** A small deterministic generator, so that a failure names its seed. */
function generator(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

/** Pieces that change Markdown structure, the notes roles, line breaks and UTF-16 lengths. */
const pieces = [
  'x', ' ', '\n', '\n\n', '\r\n', '\r', '#', '## ', '`', '```', '\n```\n', '~~~', '😀', '𝄞 ', '-', '* ', '1. ', '> ', '    ', '**', '_', '|', '[', ']', '(', ')',
  '(time: 5 min)', ' (time: 1 h 30 min)', 'Time: 20 min', '\n## Area 9: Docker\n', '\n## Cloud Web Apps\n', '\n> Beginner Level\n', '\n### Intermediate Level\n',
  '\n[Video: Why Docker](https://example.com/why) (time: 3 min)\n', '\n- [Lab: Docker Intro](https://example.com/lab) (time: 40 min)\n', '\n### Video: Hadoop Intro (time: 15 min)\n',
  '<!--', '-->', '<div>', '\n<pre>\n', '</pre>', '\n<?php\n', '?>', '<?>', '\n<![CDATA[\n', ']]>', '\n<!DOCTYPE\n', '\n- <pre>\n', '\n<span>\n', '\n---\n', '\n===\n', '\n## Progress\n', '\n## Time spent\n- Docker Intro -- 40min\n', '[logo]', '\n[logo]: https://example.com/logo.png\n', '[^1]', '\n[^1]: a note\n',
  '\n| a | b |\n|---|---|\n', 'Include notes here...', 'TODO', '&amp;', '\\',
  // Labels over lines: a definition's, a link's text, and a reference to the definition.
  '\n[Why\nDocker]: https://example.com/why\n', '\n[Lab: Docker\nIntro](https://example.com/lab)\n', '[Video][why docker]', '\n`event["a"]:`\n',
  // An area heading higher than those before it, in a quote too; a reference spaced inside its brackets, a definition in a quoted item.
  '\n# Area 0: Docker\n', '\n> # Serverless\n', '[why docker ]', '\n- > [why docker]: https://example.com/w\n',
];

function randomEdit(text: string, random: () => number, headingLines: number[]): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  let at = Math.floor(random() * (text.length + 1));
  // Half the edits go near an area heading, where an incremental reader must be careful.
  if (headingLines.length > 0 && random() < 0.5) {
    const line = pick(headingLines);
    let offset = 0;
    for (let seen = 0; seen < line && offset < text.length; offset++) {
      const code = text.charCodeAt(offset);
      if (code === 10 || (code === 13 && text.charCodeAt(offset + 1) !== 10)) seen++;
    }
    at = Math.max(0, Math.min(text.length, offset + Math.floor(random() * 12) - 6));
  }
  const roll = random();
  if (roll < 0.5) return text.slice(0, at) + pick(pieces) + text.slice(at);
  if (roll < 0.8) return text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * (random() < 0.8 ? 6 : 60)));
  return text.slice(0, at) + pick(pieces) + text.slice(at + 1 + Math.floor(random() * 10));
}

interface Tally {
  edits: number;
  incremental: number;
  fallbacks: Map<string, number>;
}

/** Edits a text again and again, each time comparing the incremental model with a full parse. */
function checkEdits(name: string, start: string, edits: number, seed: number, tally: Tally, parse: NotesParse = parseNotes): void {
  const random = generator(seed);
  let text = start;
  let model = parse(text, options);
  const first = model;
  for (let step = 0; step < edits; step++) {
    // Chains of a few edits, each chain from the original text, so that random edits do not wear the areas away.
    if (step % 6 === 0) {
      text = start;
      model = first;
    }
    const next = randomEdit(text, random, model.areas.map((area) => area.headingRange.start.line));
    const update: NotesUpdate = updateNotesDetailed({ text, model }, next, options, parse);
    const full = parse(next, options);
    try {
      assert.deepStrictEqual(update.model, full);
    } catch (error) {
      const at = [...next].findIndex((char, index) => char !== text[index]);
      throw new Error(`${name} (seed ${seed}, edit ${step}, near offset ${at}, ${update.incremental ? 'incremental' : `full: ${update.fallback}`}): ${(error as Error).message.slice(0, 3000)}`, { cause: error });
    }
    tally.edits++;
    if (update.incremental) tally.incremental++;
    else tally.fallbacks.set(update.fallback ?? '', (tally.fallbacks.get(update.fallback ?? '') ?? 0) + 1);
    text = next;
    model = update.model;
  }
}

const synthetic = [
  '# Distributed Systems Practice',
  '',
  '## Time spent',
  '- Docker Intro -- 40min',
  '- Lab: Doing More With Docker Images: 1 hr',
  '',
  '## Area 1: Docker and Containers',
  '> Beginner Level',
  '',
  '[Video: Why Docker](https://example.com/why) (time: 10 min)',
  'Containers share the kernel. `docker run -it ubuntu bash` starts one.',
  '',
  '[Lab: Docker Intro](https://example.com/intro)',
  'Notes on images and containers.',
  '',
  '```bash',
  'docker container ls --all',
  '# not a heading',
  '```',
  '',
  '> Intermediate Level',
  '',
  '### Lab: Doing More With Docker Images',
  'Include notes here...',
  '',
  '## Area 2: Cloud Web Apps',
  '### Beginner',
  '- [AWS Tutorial: Launch a VM](https://example.com/vm) (time: 30 min)',
  '- [QwikLab: Intro to S3](https://example.com/s3)',
  '',
  '| Service | Use |',
  '|---|---|',
  '| S3 | storage 😀 |',
  '',
  '## Area 3: Big Data and Machine Learning',
  '**Hadoop Intro**',
  'Time: 35 min',
  '',
  'Notes with a [reference][ref] and a footnote.',
  '',
  '## Area 4',
  '- Intermediate Level - Spark (time: 20 min)',
  '',
  '<!-- a comment -->',
  '',
  '## Area 5: Serverless',
  'Video: Serverless Intro (time: 12 min)',
  'FILL ME IN',
  '',
].join('\n');

describe('incremental model: an edit re-reads its areas, and the model equals a full parse', function () {
  this.timeout(240000 * Number(process.env.STUDY_NOTES_EDITS ?? 1));
  const tally: Tally = { edits: 0, incremental: 0, fallbacks: new Map() };

  after(() => {
    console.log(`      (${tally.edits} random edits, ${tally.incremental} read incrementally; full parses: ${[...tally.fallbacks].map(([reason, count]) => `${count}× ${reason}`).join('; ')})`);
  });

  it('after random edits of synthetic notes, LF, CRLF and lone CR', () => {
    for (let seed = 1; seed <= 12; seed++) checkEdits(`synthetic LF`, synthetic, 25, seed, tally);
    for (let seed = 13; seed <= 18; seed++) checkEdits(`synthetic CRLF`, synthetic.replace(/\n/g, '\r\n'), 25, seed, tally);
    for (let seed = 19; seed <= 20; seed++) checkEdits(`synthetic CR`, synthetic.replace(/\n/g, '\r'), 20, seed, tally);
    checkEdits('synthetic with a byte order mark', '\ufeff' + synthetic, 25, 21, tally);
  });

  it('after random edits of synthetic notes read by lines, as a whole reading by lines (the line source ends blocks of HTML itself)', () => {
    for (let seed = 1; seed <= 24; seed++) checkEdits(`synthetic by lines`, synthetic, 25, seed, tally, readNotesFromLines);
  });

  it('after random edits of the fixtures and examples', () => {
    const files = [...readdirSync(path.join(root, 'test/fixtures/notes')).map((name) => path.join(root, 'test/fixtures/notes', name)), path.join(root, 'examples/notes/README.md')];
    files.forEach((file, index) => {
      const text = readFileSync(file, 'utf8');
      checkEdits(path.basename(file), text, 30, 100 + index, tally);
      checkEdits(`${path.basename(file)} CRLF`, text.replace(/\r?\n/g, '\r\n'), 15, 200 + index, tally);
    });
  });

  it('after random edits of corpus notes (LF and CRLF)', function () {
    if (!corpusAvailable()) return this.skip();
    const files = corpusNotesFiles().filter((file) => file.startsWith('notes/'));
    // Every small file, and a few large ones with fewer edits: a full parse per edit is the cost.
    // STUDY_NOTES_EDITS=20 runs twenty times as many, for a deeper search than CI's.
    const scale = Number(process.env.STUDY_NOTES_EDITS ?? 1);
    files.forEach((file, index) => {
      const text = readCorpusFile(file);
      const edits = (text.length > 30000 ? (index % 8 === 0 ? 1 : 0) : 2) * scale;
      if (edits > 0) checkEdits(file, index % 3 === 0 ? text.replace(/\r?\n/g, '\r\n') : text, edits, 1000 + index, tally);
    });
  });

  it('reads an edit in any area of a corpus file alone where no definition runs over lines', function () {
    if (!corpusAvailable()) return this.skip();
    const overLines: string[] = [];
    let edits = 0;
    for (const file of corpusNotesFiles()) {
      const text = readCorpusFile(file);
      const model = readNotesFromLines(text, options);
      const lines = new LineIndex(text);
      for (const area of model.areas) {
        // A word typed at the start of the line after the area's heading.
        const line = area.headingRange.start.line + 1;
        if (line >= lines.lineCount) continue;
        const at = lines.lineStart(line);
        edits++;
        const update = updateNotesDetailed({ text, model }, `${text.slice(0, at)}x ${text.slice(at)}`, options, readNotesFromLines);
        if (update.fallback === 'a definition label may span lines') overLines.push(`${file}:${area.headingRange.start.line + 1}`);
      }
    }
    assert.ok(edits > 150, `${edits} edits`);
    assert.deepEqual(overLines, []);
  });

  it('reads most random edits incrementally (the comparisons above are not vacuous)', function () {
    if (tally.edits === 0) return this.skip();
    // Edits before the first area, in files without areas and across areas are parsed whole on purpose.
    assert.ok(tally.incremental / tally.edits > 0.35 && tally.incremental >= 200, `${tally.incremental} of ${tally.edits}`);
  });

  it('parses only the edited area of a long document, and everything moves by the added lines', () => {
    const text = Array.from({ length: 40 }, (_, index) => `## Area ${index + 1}: Docker\n\n[Video: Part ${index}](https://example.com/${index}) (time: 5 min)\nNotes ${index}.\n`).join('\n');
    const model = parseNotes(text, options);
    const at = text.indexOf('Notes 20.');
    const next = text.slice(0, at) + 'More notes.\n\n' + text.slice(at);
    const update = updateNotesDetailed({ text, model }, next, options);
    assert.equal(update.incremental, true, update.fallback);
    assert.ok(update.parsedChars < text.length / 10, `${update.parsedChars} of ${text.length}`);
    assert.deepStrictEqual(update.model, parseNotes(next, options));
    assert.equal(update.model.areas[30].headingRange.start.line, model.areas[30].headingRange.start.line + 2);
    // The modules of the areas are the model's modules, as in a full parse.
    assert.equal(update.model.areas[30].modules[0], update.model.modules[30]);
  });

  it('parses everything when an edit reaches across areas, and still equals a full parse', () => {
    const text = '# Notes\n\n## Area 1: Docker\n\nVideo: A (time: 5 min)\n\n## Area 2: Cloud Web Apps\n\nVideo: B (time: 5 min)\n\n## Area 3: Serverless\n\nVideo: C (time: 5 min)\n';
    const model = parseNotes(text, options);
    const at = text.indexOf('Video: A');
    for (const inserted of ['```\n', '<!--\n']) {
      const next = text.slice(0, at) + inserted + text.slice(at);
      const update = updateNotesDetailed({ text, model }, next, options);
      assert.equal(update.incremental, false, inserted);
      assert.deepStrictEqual(update.model, parseNotes(next, options));
    }
  });

  it('parses everything when a definition in the edited area is used elsewhere, and only the area when not', () => {
    const text = '# Notes\n\n## Area 1: Docker\n\nVideo: A (time: 5 min)\n\n## Area 2: Cloud Web Apps\n\n[Video: B][x] (time: 5 min)\n\n## Area 3: Serverless\n\nVideo: C (time: 5 min)\n';
    const model = parseNotes(text, options);
    const at = text.indexOf('Video: A');
    for (const [inserted, incremental] of [['[x]: https://example.com/b\n\n', false], ['[y]: https://example.com/y\n\n', true]] as const) {
      const next = text.slice(0, at) + inserted + text.slice(at);
      const update = updateNotesDetailed({ text, model }, next, options);
      assert.equal(update.incremental, incremental, `${inserted}: ${update.fallback}`);
      assert.deepStrictEqual(update.model, parseNotes(next, options));
    }
  });

  it("reads an area alone beside a link whose text wraps over lines, and everything beside a definition's label that does", () => {
    const wrapped = '[AWS Tutorial: Deploy a Scalable Node.js Web\nApp](https://example.com/deploy) (time: 1 h)';
    const spanning = '[Why\nDocker]: https://example.com/why';
    for (const parse of [parseNotes, readNotesFromLines]) {
      for (const [elsewhere, incremental] of [[wrapped, true], [spanning, false]] as const) {
        const text = `# Notes\n\n## Area 1: Docker\n\nVideo: A (time: 5 min)\n\n## Area 2: Cloud Web Apps\n\n${elsewhere}\n\n\`event['Records']:\`\n\n## Area 3: Serverless\n\nVideo: C (time: 5 min)\n`;
        const model = parse(text, options);
        const at = text.indexOf('Video: A');
        const next = text.slice(0, at) + '[Video: Why Docker][why docker]\n\n' + text.slice(at);
        const update = updateNotesDetailed({ text, model }, next, options, parse);
        assert.equal(update.incremental, incremental, `${elsewhere}: ${update.fallback}`);
        assert.deepStrictEqual(update.model, parse(next, options));
      }
    }
  });

  it('reads an edit alone in an area whose heading is higher than those before it, and everything when the edit changes the depth after it', () => {
    const text = '# Notes\n\n## Area 1: Docker\n\nVideo: A (time: 5 min)\n\n# Area 2: Cloud Web Apps\n\nVideo: B (time: 5 min)\n\n## Beginner\n\nVideo: C (time: 5 min)\n\n# Area 3: Serverless\n\nVideo: D (time: 5 min)\n';
    for (const parse of [parseNotes, readNotesFromLines]) {
      const model = parse(text, options);
      const edits: [string, boolean][] = [
        [text.replace('Video: B', 'Video: Why Docker'), true],
        [text.replace('Video: C (time: 5 min)\n\n# Area 3', 'Video: C (time: 5 min)\n\n## Area 3'), true],
        [text.replace('Video: B (time: 5 min)\n\n## Beginner', 'Video: B (time: 5 min)\n\n# Beginner'), true],
      ];
      for (const [next, incremental] of edits) {
        const update = updateNotesDetailed({ text, model }, next, options, parse);
        assert.equal(update.incremental, incremental, update.fallback);
        assert.deepStrictEqual(update.model, parse(next, options));
      }
      const lower = text.replace('# Area 2', '## Area 2').replace('# Area 3', '## Area 3');
      const lowered = updateNotesDetailed({ text: lower, model: parse(lower, options) }, lower.replace('Video: A (time: 5 min)\n\n## Area 2', 'Video: A (time: 5 min)\n\n# Area 2'), options, parse);
      assert.equal(lowered.incremental, false, 'an area heading raised sets the depth of the areas after it');
      assert.deepStrictEqual(lowered.model, parse(lower.replace('Video: A (time: 5 min)\n\n## Area 2', 'Video: A (time: 5 min)\n\n# Area 2'), options));
    }
  });

  it('equals a full parse where a heading is an area only as the reader takes it, and a reference names a definition only as micromark compares labels', () => {
    const depths = '# Notes\n\n### Area 1: Docker\n\nVideo: A (time: 5 min)\n\n### Area 2: Cloud Web Apps\n\nVideo: B (time: 5 min)\n\n## Docker\n\nVideo: X (time: 5 min)\n\n### Area 3: Serverless\n\nVideo: C (time: 5 min)\n\n## Big Data and Machine Learning\n\nVideo: D (time: 5 min)\n';
    const flat = '# Notes\n\n## Area 1: Docker\n\nVideo: A (time: 5 min)\n\n## Area 2: Cloud Web Apps\n\nVideo: X (time: 5 min)\n\n## Area 3: Serverless\n\nVideo: C (time: 5 min)\n\n## Big Data and Machine Learning\n\nVideo: D (time: 5 min)\n';
    const usedIn = (definition: string, reference = '[why docker]'): string =>
      `# Notes\n\n## Area 1: Docker\n\nVideo: A (time: 5 min)\n\n## Area 2: Cloud Web Apps\n\n### [Beginner]${reference}\n\nVideo: X (time: 5 min)\n\n## Area 3: Serverless\n\n[Lab: Docker\nIntro](https://example.com/lab) (time: 40 min)\n\n${definition}\n`;
    const cases: [string, string, string][] = [
      // A heading in a quote, a list item or its indented text is an area heading at its depth.
      [depths, 'Video: X (time: 5 min)', '> # Serverless'],
      [depths, 'Video: X (time: 5 min)', '- Beginner Level\n    #Serverless'],
      [flat, 'Video: X (time: 5 min)', '> # Docker'],
      // Labels compare trimmed and case folded; definitions stand in list items' quotes, in footnotes, over lines with an escaped bracket.
      [usedIn('[why docker]: https://example.com/why'), '[why docker]', '[why docker ]'],
      [usedIn('[i]: https://example.com/i', '[ı]'), 'Video: X', 'Video: Y'],
      [usedIn('- > [why docker]: https://example.com/why'), 'Video: X', 'Video: Y'],
      [usedIn('[^n]: [why docker]: https://example.com/why'), 'Video: X', 'Video: Y'],
      [usedIn('[why\\]\ndocker]: https://example.com/why', '[why\\] docker]'), 'Video: X', 'Video: Y'],
    ];
    for (const parse of [parseNotes, readNotesFromLines]) {
      for (const [text, from, to] of cases) {
        const next = text.replace(from, to);
        assert.notEqual(next, text);
        for (const [before, after] of [[text, next], [next, text]]) {
          const update = updateNotesDetailed({ text: before, model: parse(before, options) }, after, options, parse);
          assert.deepStrictEqual(update.model, parse(after, options), `${JSON.stringify(to)} (${update.incremental ? 'read alone' : update.fallback})`);
        }
      }
    }
  });

  it('ends a section timed at its end at the next area heading, however deep, as a reading of the edited area alone does', () => {
    // `## kubernetes thoughts` among `### Area` headings: `spent 60 mins` in Area 3 is not its time.
    const text = '# Notes\n\n### Area 1: Docker\n\nVideo: A (time: 5 min)\n\n### Area 2: Cloud Web Apps\n\n## [My Foo Lab](https://example.com/foo)\n\nNotes.\n\nspent 20 min\n\n## kubernetes thoughts\n\nNotes on it.\n\n### Area 3: Serverless\n\nSome words.\n\nspent 60 mins\n';
    const edits: [string, string][] = [['Notes on it.', 'Notes on it, more.'], ['spent 60 mins', 'Some more words.'], ['Notes on it.', 'spent 10 min']];
    for (const parse of [parseNotes, readNotesFromLines]) {
      const titles = (model: NotesModel): string[] => model.modules.map((module) => module.title);
      assert.deepStrictEqual(titles(parse(text, options)), ['Video: A', 'My Foo Lab']);
      assert.deepStrictEqual(titles(parse(text.replace('Notes on it.', 'spent 10 min'), options)), ['Video: A', 'My Foo Lab', 'kubernetes thoughts'], 'a section timed within its area is still a module');
      for (const [from, to] of edits) {
        const next = text.replace(from, to);
        for (const [before, after] of [[text, next], [next, text]]) {
          const update = updateNotesDetailed({ text: before, model: parse(before, options) }, after, options, parse);
          assert.ok(update.incremental, update.fallback);
          assert.deepStrictEqual(update.model, parse(after, options), `${from} → ${to}`);
        }
      }
    }
  });

  it('ends a timed section at an area heading that fences, escapes or character references hide from a line scan, as the parse reads them', () => {
    const timed = (between: string, next = '### Area 2: Serverless'): string => `# Notes\n\n### Area 1: Docker\n\n## [My Foo Lab](https://example.com/foo)\n\nNotes.\n\nspent 20 min\n\n## kubernetes thoughts\n\nNotes on it.\n\n${between}\n\n${next}\n\nspent 60 mins\n`;
    // A fence closed as CommonMark closes it (not by ```js, nor by a shorter one), a list item's fence its item ends, a backtick in an info string.
    const texts = ['```\n```js\n```', '````\n```\n````', '- item\n\n  ```', '``` a`b'].map((between) => timed(between));
    texts.push(timed('x', '#### \\_Area 2: Serverless'), timed('x', '#### &#65;rea 2: Serverless'), timed('x', '### Cl&#111;ud Web Apps'));
    for (const parse of [parseNotes, readNotesFromLines]) {
      for (const text of texts) {
        for (const next of [text.replace('spent 60 mins', 'words'), text.replace('Notes on it.', 'Notes on it, more.')]) {
          for (const [before, after] of [[text, next], [next, text]]) {
            const update = updateNotesDetailed({ text: before, model: parse(before, options) }, after, options, parse);
            assert.deepStrictEqual(update.model, parse(after, options), `${JSON.stringify(after.slice(90, 140))} (${update.incremental ? 'read alone' : update.fallback})`);
          }
        }
      }
    }
  });

  it('reads a long text by areas as a whole parse reads it where an area uses a definition elsewhere', () => {
    const area = (index: number, body: string): string => `## Area ${index}: Docker\n\n${body}\n\n${'Notes on the lab, one line after another. '.repeat(24)}\n\n`;
    for (const definition of ['- <pre>\n\n  [why docker]: https://example.com/why\n\n  </pre>', '- ```\n\n  [why docker]: https://example.com/why\n\n  ```', '1. ~~~\n\n   [why docker]: https://example.com/why\n\n   ~~~', '````\n```\n\n[why docker]: https://example.com/why\n\n````', '```\n```js\n\n[why docker]: https://example.com/why\n\n```', '- > [why docker]: https://example.com/why', '[why docker]:\nhttps://example.com/why', '```\n[why docker]: https://example.com/why\n```', 'Some paragraph text\n[why docker]: https://example.com/why', '```\n\n[why docker]: https://example.com/why\n\n```', '<pre>\n\n[why docker]: https://example.com/why\n\n</pre>', '[why docker]: https://example.com/why "Why"']) {
      const areas = Array.from({ length: 40 }, (_, index) => area(index + 1, index === 1 ? definition : index === 34 ? '### [Beginner][why docker]\n\nVideo: X (time: 5 min)' : `Video: Part ${index} (time: 5 min)`));
      const text = `# Notes\n\n${areas.join('')}`;
      assert.ok(text.length > 32 * 1024);
      assert.deepStrictEqual(readPrecisely(text, options), parseNotes(text, options), definition);
    }
  });

  it('takes the estimates of a summary elsewhere, as a full parse does', () => {
    const text = '# Notes\n\n## Time spent\n- Docker Intro -- 40min\n\n## Area 1: Docker\n\nVideo: Why Docker (time: 5 min)\n\n## Area 2: Docker\n\nLab: Other (time: 5 min)\n';
    const model = parseNotes(text, options);
    const at = text.indexOf('Lab: Other');
    const next = text.slice(0, at) + 'Lab: Docker Intro\nnotes\n\n' + text.slice(at);
    const update = updateNotesDetailed({ text, model }, next, options);
    assert.equal(update.incremental, true, update.fallback);
    assert.deepStrictEqual(update.model, parseNotes(next, options));
    assert.equal(update.model.modules.find((module) => module.title === 'Lab: Docker Intro')?.estimate?.kind, 'minutes');
  });

  it("takes a summary's time before the time logged in a module's notes, as a full parse does", () => {
    const text = '# Notes\n\n## Area 1: Docker\n\n### Lab: Docker Intro\n1. Images and containers differ.\n1. Run a container:\n    * docker run\n\n*Cost 15 minutes, finished on Oct 13th.*\n\n## Area 2: Docker\n\nnotes\n\n## Time spent\n- Docker Intro -- 40min\n';
    const model = parseNotes(text, options);
    assert.equal(model.modules[0]?.estimate?.text, '-- 40min');
    const next = text.replace('containers differ', 'containers are not the same');
    const update = updateNotesDetailed({ text, model }, next, options);
    assert.equal(update.incremental, true, update.fallback);
    assert.deepStrictEqual(update.model, parseNotes(next, options));
  });

  it('the document cache re-reads a new version incrementally through its parser', () => {
    const seen: number[] = [];
    const cache = new NotesDocumentCache({
      catalog: bundledCourse.catalog,
      parse: (text: string, parseOptions: ParseOptions): NotesModel => {
        seen.push(text.length);
        return parseNotes(text, parseOptions);
      },
    });
    const text = synthetic + '\n' + synthetic.replace('# Distributed Systems Practice', '');
    const first = cache.get('file:///notes.md', 1, text);
    const at = text.indexOf('Hadoop Intro');
    const next = text.slice(0, at) + 'x' + text.slice(at);
    const second = cache.get('file:///notes.md', 2, next);
    assert.deepStrictEqual(second.model, parseNotes(next, options));
    assert.equal(seen.length, 2);
    assert.ok(seen[1] < text.length / 2, `the second parse read ${seen[1]} of ${text.length} characters`);
    assert.notEqual(second.model, first.model);
  });
});
