import { chmodSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, TextEdit } from 'vscode-languageserver-types';
import type { NotesDocument } from '../service/notesDocument';
import type { DiagnosticCode } from '../service/settings';
import { quickFixes } from '../service/studyNotesService';

/**
 * Fixes that change only what is certainly wrong: template text removed, a mistyped docker word
 * replaced by the one close match. Time fixes are left to the editor, because they write a
 * time (a placeholder or the catalog's) that the student did not spend.
 */
const safeCodes: ReadonlySet<DiagnosticCode> = new Set<DiagnosticCode>(['placeholder', 'docker-command']);

/** The text with the safe fixes applied, and how many there were. */
export function applySafeFixes(document: NotesDocument, diagnostics: readonly Diagnostic[]): { text: string; fixed: number } {
  const safe = diagnostics.filter((d) => safeCodes.has(d.code as DiagnosticCode));
  const actions = quickFixes(document, safe);
  const edits = withoutOverlaps(actions.filter((a) => a.isPreferred).flatMap((a) => a.edit?.changes?.[document.uri] ?? []));
  if (!edits.length) return { text: document.text, fixed: 0 };
  return { text: TextDocument.applyEdits(TextDocument.create(document.uri, 'markdown', document.version, document.text), edits), fixed: edits.length };
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
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** Write to a temporary file beside the target, then rename: an interrupted run never leaves half a file. */
export function writeAtomically(file: string, text: string): void {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.study-notes-tmp`);
  try {
    writeFileSync(temporary, text, 'utf8');
    chmodSync(temporary, statSync(file).mode);
    renameSync(temporary, file);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // Nothing to clean up: the temporary file was never created.
    }
    throw error;
  }
}
