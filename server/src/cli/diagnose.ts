import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { dockerDiagnostics } from '../docker/dockerDiagnostics';
import { computeDiagnostics } from '../service/diagnostics';
import { analyseNotes, isNotesDocument, type NotesDocument } from '../service/notesDocument';
import type { SeveritySetting } from '../service/settings';
import type { NotesFile } from './load';

const severityOf: Record<Exclude<SeveritySetting, 'off'>, DiagnosticSeverity> = {
  hint: DiagnosticSeverity.Hint,
  information: DiagnosticSeverity.Information,
  warning: DiagnosticSeverity.Warning,
  error: DiagnosticSeverity.Error,
};

export function documentOf(notes: NotesFile): NotesDocument {
  return analyseNotes(pathToFileURL(notes.file).toString(), 1, notes.text);
}

/** The same diagnostics the editor shows, docker command lines included, at the configured severities. */
export function diagnose(notes: NotesFile, document: NotesDocument = documentOf(notes)): Diagnostic[] {
  const diagnostics = computeDiagnostics(document, notes.settings);
  const docker = notes.settings.diagnostics['docker-command'];
  if (notes.settings.docker.enabled && docker !== 'off' && isNotesDocument(document, notes.settings))
    diagnostics.push(...dockerDiagnostics(document.model.code).map((d) => ({ ...d, severity: severityOf[docker] })));
  return diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
