import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { isTemplateSentence } from '../notes/placeholders';
import { comparePositions } from '../notes/shown';
import type { NotesDocument } from '../document/notesDocument';
import type { DiagnosticCode } from '../document/diagnosticCodes';
import { codeActions } from '../features/codeActions';
import type { NotesFile } from './load';
import { FileRefused } from '../workspace/regularFile';
import { replaceFile, requireInside, snapshotForFix } from './safeFile';

/**
 * Fixes that change only what is certainly wrong: the template's own sentences removed, a mistyped docker word
 * replaced by the one close match. Time fixes are left to the editor, because they write a
 * time (a placeholder or the catalog's) that the student did not spend.
 */
const safeCodes: ReadonlySet<DiagnosticCode> = new Set<DiagnosticCode>(['placeholder', 'docker-command']);

/** The text with the safe fixes applied, and how many there were. */
export function applySafeFixes(document: NotesDocument, diagnostics: readonly Diagnostic[]): { text: string; fixed: number } {
  const safe = diagnostics.filter((d) => safeCodes.has(d.code as DiagnosticCode) && (d.code !== 'placeholder' || templateSentenceAt(document, d)));
  const actions = codeActions(document, safe);
  const edits = withoutOverlaps(actions.filter((a) => a.isPreferred).flatMap((a) => a.edit?.changes?.[document.uri] ?? []));
  if (!edits.length) return { text: document.text, fixed: 0 };
  return { text: TextDocument.applyEdits(TextDocument.create(document.uri, 'markdown', document.version, document.text), edits), fixed: edits.length };
}

function templateSentenceAt(document: NotesDocument, diagnostic: Diagnostic): boolean {
  const { start } = diagnostic.range;
  return document.model.placeholders.some((p) => p.range.start.line === start.line && p.range.start.character === start.character && isTemplateSentence(p.text));
}

/** Two fixes of the same text cannot both apply; the first wins and the other waits for the next run. */
function withoutOverlaps(edits: readonly TextEdit[]): TextEdit[] {
  const sorted = [...edits].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  const kept: TextEdit[] = [];
  for (const edit of sorted) {
    const last = kept.at(-1);
    if (last && before(edit.range.start, last.range.end)) continue;
    kept.push(edit);
  }
  return kept;
}

function before(a: { line: number; character: number }, b: { line: number; character: number }): boolean {
  return comparePositions(a, b) < 0;
}

/** What `--fix` did to one file: the notes as they are now, and a line for the report. */
export interface FixOutcome {
  notes: NotesFile;
  fixed: number;
  /** Why the fixes were not written, when they were not. */
  notFixed?: string;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * One file at a time, read → fix → write, so an edit saved while a long run is under way is
 * either read or wins over the fixes; the BOM, line endings, mode and owner stay the file's own.
 */
export function fixFile(notes: NotesFile): FixOutcome {
  if (!fixesOf(notes).fixed) return { notes, fixed: 0 };
  let current = notes;
  try {
    if (notes.root) requireInside(notes.file, notes.root);
    const snapshot = snapshotForFix(notes.file);
    current = fresh(notes, decoded(snapshot.bytes));
    const { text, fixed } = fixesOf(current);
    if (!fixed) return { notes: current, fixed };
    replaceFile(notes.file, Buffer.from(text, 'utf8'), snapshot);
    return { notes: fresh(current, text), fixed };
  } catch (error) {
    return { notes: current, fixed: 0, notFixed: error instanceof FileRefused ? error.message : `cannot write (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
}

function fixesOf(notes: NotesFile): { text: string; fixed: number } {
  return applySafeFixes(notes.document, notes.diagnose());
}

function decoded(bytes: Buffer): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    throw new FileRefused('no longer valid UTF-8');
  }
}

/** The notes read again when the text is not the one loaded (saved since, or a BOM the loader dropped). */
function fresh(notes: NotesFile, text: string): NotesFile {
  return text === notes.text ? notes : notes.reread(text);
}
