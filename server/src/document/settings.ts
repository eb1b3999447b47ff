import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { diagnosticCodes, diagnosticRules, type DiagnosticCode, type SeveritySetting } from './diagnosticCodes';
import { globProblem } from './globs';

/** The LSP severity each setting but `off` stands for, for the notes' diagnostics and docker's alike. */
export const severityOf: Record<Exclude<SeveritySetting, 'off'>, DiagnosticSeverity> = {
  hint: DiagnosticSeverity.Hint,
  information: DiagnosticSeverity.Information,
  warning: DiagnosticSeverity.Warning,
  error: DiagnosticSeverity.Error,
};

/**
 * The settings the service reads, with the same keys in VS Code (`studyNotes.*`), in
 * `.studynotes.json` and under `studyNotes` in package.json, so that editor and CI agree.
 */
export interface StudyNotesSettings {
  /** Severity per diagnostic code. */
  diagnostics: Record<DiagnosticCode, SeveritySetting>;
  /** Path of a user catalog: JSON like the bundled one, or a course page in Markdown. */
  catalog?: string;
  /** Globs of files always taken for notes, whatever their structure. */
  notesFiles: string[];
  /** Milliseconds of quiet after an edit before a document is validated again. */
  debounceMs: number;
  docker: { enabled: boolean };
}

export const defaultSettings: StudyNotesSettings = {
  diagnostics: Object.fromEntries(diagnosticCodes.map((code) => [code, diagnosticRules[code].severity])) as Record<DiagnosticCode, SeveritySetting>,
  notesFiles: [],
  debounceMs: 250,
  docker: { enabled: true },
};

const severities: readonly SeveritySetting[] = ['off', 'hint', 'information', 'warning', 'error'];

/**
 * Settings from any source (VS Code, a JSON file), checked key by key: a bad value is reported
 * by its key and the default is kept, so one typo never disables the rest.
 */
export function readSettings(raw: unknown): { settings: StudyNotesSettings; problems: string[] } {
  const problems: string[] = [];
  const settings: StudyNotesSettings = structuredClone(defaultSettings);
  if (raw === undefined || raw === null) return { settings, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { settings, problems: ['settings must be an object'] };
  const input = raw as Record<string, unknown>;
  if (input.diagnostics !== undefined) {
    if (typeof input.diagnostics !== 'object' || input.diagnostics === null) problems.push('diagnostics: must be an object of code to severity');
    else
      for (const [code, value] of Object.entries(input.diagnostics)) {
        if (!(diagnosticCodes as readonly string[]).includes(code)) problems.push(`diagnostics.${code}: unknown diagnostic code`);
        else if (!severities.includes(value as SeveritySetting)) problems.push(`diagnostics.${code}: must be one of ${severities.join(', ')}`);
        else settings.diagnostics[code as DiagnosticCode] = value as SeveritySetting;
      }
  }
  if (input.catalog !== undefined) {
    if (typeof input.catalog === 'string') settings.catalog = input.catalog || undefined;
    else problems.push('catalog: must be a path');
  }
  if (input.notesFiles !== undefined) {
    // A glob the matcher refuses is left out, so one bad glob does not drop the others.
    if (Array.isArray(input.notesFiles) && input.notesFiles.every((glob) => typeof glob === 'string')) settings.notesFiles = input.notesFiles.filter((glob) => !globProblem(glob));
    else problems.push('notesFiles: must be a list of globs');
  }
  if (input.debounceMs !== undefined) {
    if (typeof input.debounceMs === 'number' && input.debounceMs >= 0 && input.debounceMs <= 5000) settings.debounceMs = input.debounceMs;
    else problems.push('debounceMs: must be a number of milliseconds from 0 to 5000');
  }
  if (input.docker !== undefined) {
    const enabled = (input.docker as { enabled?: unknown } | null)?.enabled;
    if (typeof enabled === 'boolean') settings.docker = { enabled };
    else problems.push('docker.enabled: must be true or false');
  }
  return { settings, problems };
}
