// Property-based tests: random Markdown-shaped notes through the model and every feature. Each
// feature must never throw, keep every range inside the document on UTF-16 boundaries, answer the
// same twice, hold no NaN/Infinity, never present a script URL as a link, and each offered fix
// must change only its target text (line endings included).
//
// A failure prints fast-check's seed and path; rerun it with FC_SEED=<seed> (and FC_RUNS=<n> for a
// deeper search than CI's). The shrunk counterexample is the minimal document.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, Hover, MarkupContent, TextEdit } from 'vscode-languageserver-types';
import { applySafeFixes } from '../../server/src/cli/fix';
import { dockerCompletions } from '../../server/src/docker/dockerCompletion';
import { dockerDiagnostics } from '../../server/src/docker/dockerDiagnostics';
import { dockerHover } from '../../server/src/docker/dockerHover';
import { bundledCourse } from '../../server/src/catalog/bundledCourse';
import { parseNotes } from '../../server/src/notes/parse';
import { readNotesFromLines } from '../../server/src/notes/textLines';
import type { Position } from '../../server/src/notes/types';
import { codeActions } from '../../server/src/features/codeActions';
import { computeDiagnostics } from '../../server/src/features/diagnostics';
import { foldingRanges } from '../../server/src/features/folding';
import { hover } from '../../server/src/features/hover';
import { analyseNotes, isNotesDocument, type NotesDocument, type NotesParser } from '../../server/src/document/notesDocument';
import { buildOutline } from '../../server/src/features/outline';
import { defaultSettings, type StudyNotesSettings } from '../../server/src/document/settings';
import { documentSymbols } from '../../server/src/features/symbols';
import { WorkspaceIndex } from '../../server/src/service/workspaceIndex';
import { fraction, notesDocumentArbitrary, propertyParameters } from '../support/arbitraries';
import { corpusAvailable, corpusNotesFiles, readCorpusFile } from '../support/corpus';
import { applyEdits, checkAllRanges, checkSaneValues, documentLines, lineEndings, show } from '../support/invariants';

const uri = 'file:///notes/properties.md';
/** Every feature on, whatever the detection says, so that random text reaches all of them. */
const forced: StudyNotesSettings = { ...defaultSettings, notesFiles: ['*.md'] };

/** The features as the service asks them of a file nobody configured: only what detection reads as notes. */
function detectedAnswers(document: NotesDocument) {
  const isNotes = isNotesDocument(document, defaultSettings);
  return {
    diagnostics: isNotes ? computeDiagnostics(document, defaultSettings) : [],
    symbols: isNotes ? documentSymbols(document) : [],
    folding: isNotes ? foldingRanges(document) : [],
    outline: buildOutline(document, isNotes),
  };
}

/** Positions to hover and complete at: every module's edges, every code line's characters, and random ones. */
function probePositions(document: NotesDocument, fractions: readonly [number, number][]): Position[] {
  const lines = documentLines(document.text);
  const positions: Position[] = [];
  for (const module of document.model.modules)
    for (const range of [module.titleRange, module.estimate?.range, module.openerRange])
      if (range) positions.push(range.start, range.end, { line: range.start.line, character: range.start.character + 1 });
  for (const span of document.model.code)
    for (const line of span.lines)
      for (let character = line.character; character <= line.character + line.text.length; character += Math.max(1, Math.floor(line.text.length / 6)))
        positions.push({ line: line.line, character });
  for (const [a, b] of fractions) {
    const line = Math.floor(a * lines.length);
    positions.push({ line, character: Math.floor(b * (lines[line].length + 1)) });
  }
  // What a client may send anyway: past the end of a line and of the document.
  positions.push({ line: 0, character: 10_000 }, { line: lines.length, character: 0 }, { line: lines.length + 5, character: 3 });
  return positions;
}

interface Answers {
  diagnostics: Diagnostic[];
  symbols: unknown;
  folding: unknown;
  hovers: (Hover | null)[];
  dockerHovers: unknown[];
  completions: unknown[];
  actions: CodeAction[][];
  outline: ReturnType<typeof buildOutline>;
  workspaceSymbols: unknown;
  safeFix: { text: string; fixed: number };
  detected: unknown;
}

/** Every feature on one document, as the server and the CLI call them. */
function allAnswers(text: string, fractions: readonly [number, number][], parse: NotesParser): { document: NotesDocument; answers: Answers } {
  const document = analyseNotes(uri, 1, text, bundledCourse.catalog, parse);
  const { code } = document.model;
  const diagnostics = [...computeDiagnostics(document, forced), ...dockerDiagnostics(code)];
  const positions = probePositions(document, fractions);
  const index = new WorkspaceIndex();
  index.update(document, forced);
  const answers: Answers = {
    diagnostics,
    symbols: documentSymbols(document),
    folding: foldingRanges(document),
    hovers: positions.map((position) => hover(document, position, forced)),
    dockerHovers: positions.map((position) => dockerHover(code, position) ?? null),
    completions: positions.map((position) => dockerCompletions(code, position) ?? null),
    actions: diagnostics.map((diagnostic) => codeActions(document, [diagnostic])),
    outline: buildOutline(document, true),
    workspaceSymbols: index.query(''),
    safeFix: applySafeFixes(document, diagnostics),
    // The same features with detection deciding, as for a file nobody configured.
    detected: detectedAnswers(document),
  };
  return { document, answers };
}

function checkFolding(folding: unknown, text: string): void {
  const lineCount = documentLines(text).length;
  for (const range of folding as { startLine: number; endLine: number }[])
    assert.ok(range.startLine >= 0 && range.startLine < range.endLine && range.endLine < lineCount, `folding ${JSON.stringify(range)} outside ${lineCount} lines`);
}

/** Markdown shown to the user may link only to the web: never javascript:, data:, command: or raw HTML from the notes. */
function checkSafeMarkdown(value: string, what: string): void {
  assert.ok(!/\]\(\s*<?\s*(?!https?:)[a-z][a-z0-9+.-]*:/i.test(value), `${what}: a link to a non-web URL in ${show(value)}`);
  assert.ok(!/(?<!\\)<(?!https?:\/\/[^\s<>]+>)(?:[a-z!/?]|[a-z][a-z0-9+.-]*:)/i.test(value.replace(/```[\s\S]*?```/g, '')), `${what}: raw HTML or an autolink in ${show(value)}`);
}

function checkOutlineUrls(outline: Answers['outline']): void {
  const modules = [...outline.modules, ...outline.areas.flatMap((area) => [...area.modules, ...area.levels.flatMap((level) => level.modules)])];
  for (const module of modules) if (module.url !== undefined) assert.match(module.url, /^https?:\/\//i, `outline offers "${module.url}" of "${module.title}" to open`);
}

/** A fix's only edit, applied with plain splicing; the editor's own application must agree. */
function checkFix(text: string, action: CodeAction, diagnostic: Diagnostic, document: NotesDocument): void {
  const edits: TextEdit[] = action.edit?.changes?.[uri] ?? [];
  assert.equal(edits.length, 1, `${action.title}: one edit`);
  const [edit] = edits;
  const result = applyEdits(text, edits);
  const editor = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, text), edits);
  assert.equal(editor, result, `${action.title}: the editor applies the edit elsewhere than its range says`);
  const start = TextDocument.create(uri, 'markdown', 1, text).offsetAt(edit.range.start);
  const end = TextDocument.create(uri, 'markdown', 1, text).offsetAt(edit.range.end);
  const removed = text.slice(start, end);
  // Notes that keep their times on the line below get the missing one there: one new line, ended as the notes end theirs.
  const newLines = lineEndings(edit.newText);
  const lineBelow = diagnostic.code === 'missing-time' && newLines.crlf + newLines.cr + newLines.lf === 1;
  assert.ok(lineBelow || !/[\r\n]/.test(edit.newText), `${action.title}: inserts a line break ${show(edit.newText)}`);
  const before = lineEndings(text);
  const after = lineEndings(result);
  const [crlf, cr, lf] = lineBelow ? [newLines.crlf, newLines.cr, newLines.lf] : [0, 0, 0];
  assert.ok(after.crlf <= before.crlf + crlf && after.cr <= before.cr + cr && after.lf <= before.lf + lf, `${action.title}: changes line endings ${JSON.stringify(before)} -> ${JSON.stringify(after)}`);
  if (lineBelow) assert.ok((crlf === 0 || before.crlf > 0) && (cr === 0 || before.cr > 0) && (lf === 0 || before.lf > 0), `${action.title}: a line ended unlike the notes' ${show(edit.newText)}`);
  switch (diagnostic.code) {
    case 'placeholder': {
      assert.equal(edit.newText, '');
      const placeholder = document.model.placeholders.find((candidate) => JSON.stringify(candidate.range) === JSON.stringify(diagnostic.range));
      assert.ok(placeholder, 'the fix is for a known placeholder');
      const at = removed.indexOf(placeholder.text);
      assert.ok(at >= 0, `${action.title}: removes ${show(removed)}, not the placeholder`);
      const rest = removed.slice(0, at) + removed.slice(at + placeholder.text.length);
      const blankAfter = /^[ \t>]*(\r\n|\r(?!\n)|\n)[ \t]*(\r\n|\r|\n)$/.test(rest);
      assert.ok(/^[ \t>]*(\r\n|\r|\n)?$/.test(rest) || blankAfter, `${action.title}: removes more than the placeholder's line: ${show(removed)}`);
      // Its blank line after goes only where a blank line stays before it: the paragraphs around stay apart.
      if (blankAfter) assert.match(text.slice(0, start), /^\ufeff?$|(^|\r\n|\r|\n)[ \t]*(\r\n|\r|\n)$/, `${action.title}: joins the paragraphs around it`);
      break;
    }
    case 'missing-time':
    case 'invalid-time': {
      assert.ok(!/[\r\n]/.test(removed), `${action.title}: removes a line break`);
      const onOpener = edit.range.start.line === diagnostic.range.start.line;
      const inEstimate = document.model.modules.some((module) => module.estimate && module.estimate.range.start.line === edit.range.start.line);
      assert.ok(onOpener || inEstimate, `${action.title}: edits line ${edit.range.start.line}, neither the opener nor an estimate`);
      break;
    }
    case 'docker-command':
      assert.deepEqual(edit.range, diagnostic.range, `${action.title}: replaces more than the mistyped word`);
      assert.ok(!/[\r\n]/.test(removed));
      break;
    default:
      assert.fail(`a fix for ${String(diagnostic.code)}`);
  }
}

/** `--fix` keeps every line it has no fix for, in order, with its own line ending. */
function checkSafeFix(text: string, safeFix: Answers['safeFix'], diagnostics: readonly Diagnostic[]): void {
  const before = lineEndings(text);
  const after = lineEndings(safeFix.text);
  assert.ok(after.crlf <= before.crlf && after.cr <= before.cr && after.lf <= before.lf, `--fix changes line endings ${JSON.stringify(before)} -> ${JSON.stringify(after)}`);
  if (safeFix.fixed === 0) return assert.equal(safeFix.text, text);
  // A byte order mark belongs to the file, not to its first line: it stays where it was.
  const bom = text.startsWith('\ufeff');
  if (bom) assert.ok(safeFix.text.startsWith('\ufeff'), '--fix keeps the byte order mark');
  const touched = new Set(diagnostics.filter((d) => d.code === 'placeholder' || d.code === 'docker-command').flatMap((d) => [d.range.start.line, d.range.end.line]));
  const blank = (line: string) => line.trim() === '';
  const untouched = documentLines(bom ? text.slice(1) : text).filter((_, line) => !touched.has(line));
  const kept = untouched.filter((line) => !blank(line));
  const result = documentLines(bom ? safeFix.text.slice(1) : safeFix.text);
  let at = 0;
  for (const line of result) if (at < kept.length && line === kept[at]) at++;
  assert.equal(at, kept.length, `--fix lost or changed the line ${show(kept[at] ?? '')}`);
  // A template paragraph of its own takes its blank line after with it, and only that.
  const placeholders = diagnostics.filter((d) => d.code === 'placeholder').length;
  assert.ok(untouched.filter(blank).length - result.filter(blank).length <= placeholders, '--fix removed blank lines beside no template text');
}

function checkDocument(text: string, fractions: readonly [number, number][], parse: NotesParser = parseNotes): void {
  const { document, answers } = allAnswers(text, fractions, parse);
  checkAllRanges(document.model, text, 'model');
  checkAllRanges(answers, text, 'answers');
  checkFolding(answers.folding, text);
  checkFolding((answers.detected as { folding: unknown }).folding, text);
  checkSaneValues(answers, 'answers');
  checkSaneValues(document.model.modules.map((module) => module.estimate), 'estimates');
  for (const [index, found] of answers.hovers.entries()) if (found) checkSafeMarkdown((found.contents as MarkupContent).value, `hover ${index}`);
  checkOutlineUrls(answers.outline);
  answers.diagnostics.forEach((diagnostic, index) => {
    for (const action of answers.actions[index]) checkFix(text, action, diagnostic, document);
  });
  checkSafeFix(text, answers.safeFix, answers.diagnostics);
  // The same text read again gives the same answers, to the last character.
  assert.deepEqual(allAnswers(text, fractions, parse).answers, answers, 'not deterministic');
}

const fractions = fc.array(fc.tuple(fraction(0.999), fraction()), { maxLength: 12 });

describe('properties of every feature on random notes', function () {
  this.timeout(180_000);
  const { seed, numRuns } = propertyParameters(400);

  it(`never throws, keeps ranges in the document, answers alike twice, fixes only their targets (seed ${seed}, ${numRuns} runs)`, () => {
    fc.assert(
      fc.property(notesDocumentArbitrary, fractions, (text, probes) => checkDocument(text, probes)),
      { seed, numRuns },
    );
  });

  it(`holds for texts read by lines, as those over the read budget are (seed ${seed}, ${Math.ceil(numRuns / 2)} runs)`, () => {
    fc.assert(
      fc.property(notesDocumentArbitrary, fractions, (text, probes) => checkDocument(text, probes, readNotesFromLines)),
      { seed, numRuns: Math.ceil(numRuns / 2) },
    );
  });

  it('holds on the corpus files as written and with CRLF and CR line endings', function () {
    // One deterministic pass per file; the random suite covers the shapes, this the real notes.
    if (!corpusAvailable()) {
      console.log('      (skipped: no corpus at ../shared/corpus)');
      return this.skip();
    }
    const files = corpusNotesFiles().filter((file) => readCorpusFile(file).length < 40_000);
    for (const file of files.slice(0, 12)) {
      const text = readCorpusFile(file);
      for (const variant of [text, text.replace(/\r?\n/g, '\r\n'), text.replace(/\r?\n/g, '\r')]) {
        try {
          checkDocument(variant, [[0.5, 0.5]]);
        } catch (error) {
          throw new Error(`${file} (${variant === text ? 'as written' : variant.includes('\r\n') ? 'CRLF' : 'CR'}): ${(error as Error).message}`, { cause: error });
        }
      }
    }
  });

  it('parses the same text to the same model whatever the catalog object identity', () => {
    fc.assert(
      fc.property(notesDocumentArbitrary, (text) => {
        assert.deepEqual(parseNotes(text, { catalog: bundledCourse.catalog }), parseNotes(text, { catalog: bundledCourse.catalog }));
      }),
      { seed, numRuns: Math.ceil(numRuns / 4) },
    );
  });
});
