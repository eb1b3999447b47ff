// Document sync fuzz over stdio: random bursts of incremental edits (inserts, deletes and
// replacements, across lines, line breaks and surrogate pairs) sent with didChange; after each
// burst the edited document's diagnostics, symbols, folding and outline must equal those of the
// same text opened whole on another server. Whatever the server does to avoid re-reading the
// whole document (the incremental reader), it must be invisible here.
//
// Edits are applied on the client side by plain string splicing (test/support/invariants.ts), not
// by the LSP library the server uses, so a wrong line index on either side shows as a mismatch.
// A failure prints fast-check's seed and the shrunk scenario, and writes the minimal run (source
// text, every didChange sent, both answers) to test-results/sync-fuzz-failure.json.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol/node';
import { propertyParameters } from '../support/arbitraries';
import { corpusAvailable, corpusNotesFiles, readCorpusFile } from '../support/corpus';
import { resolve, scenarioArbitrary, type Scenario, type Source } from '../support/editScripts';
import { documentLines, show } from '../support/invariants';
import { ensureBuilt, SpawnedServer, projectRoot, within } from '../support/lsp';

// ---- what is edited

function sources(): Source[] {
  const fixtures = ['headings.md', 'link-paragraphs.md', 'list-items.md'].map((name) => ({ name: `fixtures/${name}`, text: readFileSync(path.join(projectRoot, 'test/fixtures/notes', name), 'utf8') }));
  const own: Source[] = [
    {
      name: 'own/astral-crlf',
      text: '# Notes 😀\r\n\r\n## Area 1: Cloud Web Apps\r\n> Beginner Level\r\n\r\n[𝒳 Lab 👩‍💻](https://example.com/a) (time: 30 min)\r\nNotes e\u0301 😀😀.\r\n\r\n## Area 2: Docker\r\n- [Video](https://www.youtube.com/watch?v=GIdVRB5yNsk) ~10 mins\r\n  ```bash\r\n  docker ps --al\r\n  ```\r\n',
    },
    { name: 'own/mixed-endings', text: '## Area 1: X\r> Beginner Level\n\n[A](https://x.y/a) (time: 5 min)\r\nnotes\r\r## Area 2: Y\n[B](https://x.y/b) (time: )\nInclude notes here about each of the links\n' },
  ];
  if (!corpusAvailable()) {
    console.log('    (corpus not found at ../shared/corpus: fuzzing the fixtures only)');
    return [...fixtures, ...own];
  }
  // Small and medium files keep each run fast; the variety of real notes is what matters.
  const corpus = corpusNotesFiles()
    .map((file) => ({ name: file, text: readCorpusFile(file) }))
    .filter((source) => source.text.length < 36_000);
  const crlf = corpus.slice(0, 4).map((source) => ({ name: `${source.name} (CRLF)`, text: source.text.replace(/\r?\n/g, '\r\n') }));
  return [...corpus, ...crlf, ...fixtures, ...own];
}

// ---- answers compared

interface Answers {
  diagnostics: unknown;
  symbols: unknown;
  folding: unknown;
  outline: unknown;
  /** Hovers on what looks like a time estimate: they name the module's level and area. */
  hovers: unknown;
}

/** Where the text seems to hold a time: hovering there shows the module, its level and area totals. */
function estimatePositions(text: string): { line: number; character: number }[] {
  const positions: { line: number; character: number }[] = [];
  documentLines(text).forEach((line, index) => {
    const time = /\d+\s*(min|h\b|hour)|time\s*:/i.exec(line);
    if (time) positions.push({ line: index, character: time.index + 1 });
  });
  // At most 40, spread over the whole document: the modules after an edit matter most.
  const step = Math.max(1, positions.length / 40);
  return Array.from({ length: Math.min(40, positions.length) }, (_, index) => positions[Math.floor(index * step)]);
}

async function answersOf(server: SpawnedServer, uri: string, version: number, text: string): Promise<Answers> {
  const textDocument = { uri };
  // What the server finally shows: a long text is answered from a reading by lines until it is read precisely.
  await server.settled(uri);
  const [diagnostics, symbols, folding, outline, hovers] = await Promise.all([
    server.diagnostics(uri, version),
    server.request('textDocument/documentSymbol', { textDocument }),
    server.request('textDocument/foldingRange', { textDocument }),
    server.request('studyNotes/outline', { uri }),
    Promise.all(estimatePositions(text).map((position) => server.request('textDocument/hover', { textDocument, position }))),
  ]);
  return { diagnostics, symbols, folding, outline, hovers };
}

/** Answers of another URI, as if they were about `uri`. */
function renamed(answers: Answers, from: string, to: string): Answers {
  return JSON.parse(JSON.stringify(answers).split(JSON.stringify(from).slice(1, -1)).join(JSON.stringify(to).slice(1, -1))) as Answers;
}

interface Trace {
  source: string;
  initial: string;
  didChange: { version: number; contentChanges: TextDocumentContentChangeEvent[] }[];
  final?: string;
}

const failureFile = path.join(projectRoot, 'test-results/sync-fuzz-failure.json');

function recordFailure(trace: Trace, edited: Answers, expected: Answers, against: string): never {
  mkdirSync(path.dirname(failureFile), { recursive: true });
  writeFileSync(failureFile, JSON.stringify({ against, ...trace, edited, expected }, null, 1));
  const differing = (Object.keys(expected) as (keyof Answers)[]).filter((key) => !isDeepStrictEqual(edited[key], expected[key]));
  assert.fail(
    `after ${trace.didChange.length} didChange(s) on ${trace.source}, ${differing.join(', ')} differ from ${against}.\n` +
      `last changes: ${JSON.stringify(trace.didChange.slice(-3))}\nfinal text: ${show(trace.final ?? '', 600)}\n` +
      `edited ${differing[0]}: ${show(JSON.stringify(edited[differing[0]]), 600)}\nexpected: ${show(JSON.stringify(expected[differing[0]]), 600)}\n` +
      `(whole run in ${path.relative(projectRoot, failureFile)})`,
  );
}

describe('document sync fuzz over stdio', function () {
  this.timeout(240_000);
  const { seed, numRuns } = propertyParameters(40);
  let all: Source[];
  let edited: SpawnedServer;
  let pushed: SpawnedServer;
  let reference: SpawnedServer;
  let counter = 0;
  const fresh = { used: 0, limit: 6 };

  before(async function () {
    this.timeout(120_000);
    ensureBuilt();
    all = sources();
    // Debounce 0: analyses of intermediate versions run between the edits of a burst.
    const settings = { studyNotes: { debounceMs: 0 } };
    [edited, pushed, reference] = await Promise.all([SpawnedServer.start({ pull: true, settings }), SpawnedServer.start({ pull: false, settings }), SpawnedServer.start({ pull: true })]);
  });

  after(async () => {
    await Promise.all([edited?.stop(), pushed?.stop(), reference?.stop()]);
  });

  async function expectedFor(uri: string, text: string): Promise<Answers> {
    const other = `file:///reference/${++counter}.md`;
    await reference.open(other, text);
    const answers = await answersOf(reference, other, 1, text);
    await reference.close(other);
    return renamed(answers, other, uri);
  }

  /** The strongest check: a server that never saw any other text. */
  async function freshAnswers(uri: string, text: string): Promise<Answers> {
    const server = await SpawnedServer.start({ pull: true });
    try {
      await server.open(uri, text);
      return await answersOf(server, uri, 1, text);
    } finally {
      await server.stop();
    }
  }

  async function run(scenario: Scenario, server: SpawnedServer): Promise<void> {
    const source = all[scenario.source];
    const uri = `file:///fuzz/${++counter}/${path.basename(source.name).replace(/[^\w.-]/g, '_')}`;
    const trace: Trace = { source: source.name, initial: source.text, didChange: [] };
    let text = source.text;
    let version = 1;
    await server.open(uri, text, version);
    try {
      for (const { changes, readEach, pause } of scenario.bursts) {
        for (const [index, specs] of changes.entries()) {
          const contentChanges: TextDocumentContentChangeEvent[] = [];
          for (const spec of specs) {
            const resolved = resolve(text, spec);
            contentChanges.push(resolved.change);
            text = resolved.text;
          }
          version++;
          trace.didChange.push({ version, contentChanges });
          await server.change(uri, version, contentChanges);
          if (readEach) await server.request('textDocument/documentSymbol', { textDocument: { uri } });
          if (pause && index === Math.floor(changes.length / 2)) await new Promise((resolve) => setTimeout(resolve, 15));
        }
        trace.final = text;
        const answers = await within(answersOf(server, uri, version, text), 60_000, `answers for version ${version}`);
        const expected = await expectedFor(uri, text);
        if (!isDeepStrictEqual(answers, expected)) recordFailure(trace, answers, expected, 'the same text opened whole on another server');
      }
      if (fresh.used < fresh.limit) {
        fresh.used++;
        const answers = await answersOf(server, uri, version, text);
        const expected = await freshAnswers(uri, text);
        if (!isDeepStrictEqual(answers, expected)) recordFailure(trace, answers, expected, 'a fresh server opened on the final text');
      }
    } finally {
      await server.close(uri);
    }
    assert.ok(server.alive, 'the server is still running');
  }

  it(`pulled diagnostics, symbols, folding, outline and hovers after random edit bursts equal a whole read (seed ${seed}, ${numRuns} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArbitrary(all), (scenario) => run(scenario, edited)),
      { seed, numRuns },
    );
    assert.ok(fresh.used > 0, 'some runs were compared with a fresh server');
  });

  it(`published diagnostics after random edit bursts equal a whole read (seed ${seed + 1}, ${Math.ceil(numRuns / 3)} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArbitrary(all), (scenario) => run(scenario, pushed)),
      { seed: seed + 1, numRuns: Math.ceil(numRuns / 3) },
    );
  });

  it('applies edits that split and join surrogate pairs and CRLF line breaks exactly', async () => {
    // Hand-picked edits the random ones reach only by chance.
    const initial = '## Area 1: A\r\n[😀 Lab](https://x.y/a) (time: 5 min)\r\nnotes 😀\r\n## Area 2: B\r[𝒳](https://x.y/b) (time: 10 min)\rmore\r';
    const scenario: Scenario = {
      source: 0,
      bursts: [
        { changes: [[{ at: 0.2, remove: 1, insert: '', snap: 'surrogate' }], [{ at: 0.2, remove: 0, insert: '\ude00', snap: 'surrogate' }]], readEach: true, pause: false },
        { changes: [[{ at: 0.7, remove: 0, insert: '\n', snap: 'afterBreak' }], [{ at: 0.5, remove: 3, insert: '\r', snap: 'lineEnd' }]], readEach: true, pause: false },
        { changes: [[{ at: 0.1, remove: 0, insert: '\r\n## Area 3: C\r\n', snap: 'lineEnd' }, { at: 0.9, remove: 5, insert: '😀', snap: 'surrogate' }]], readEach: false, pause: false },
      ],
    };
    all.unshift({ name: 'own/hand-picked', text: initial });
    try {
      await run(scenario, edited);
      await run(scenario, pushed);
    } finally {
      all.shift();
    }
  });
});
