import path from 'node:path';
import picomatch from 'picomatch';
import { bundledCatalog } from '../model/bundledCatalog';
import { parseNotes } from '../model/parse';
import type { NotesModel } from '../model/types';
import type { StudyNotesSettings } from '../service/settings';
import type { SettingsFinder } from './config';
import { CliError } from './errors';
import type { Candidate } from './inputs';
import { readNotesText } from './readText';

export interface NotesFile {
  /** As shown to the user (relative to the current folder when inside it). */
  file: string;
  text: string;
  model: NotesModel;
  settings: StudyNotesSettings;
  /** The folder argument that found the file; undefined when the file was named. */
  root?: string;
}

export interface Loaded {
  files: NotesFile[];
  /** Files that could not be read; the run goes on with the others and exits 2. */
  problems: string[];
}

/**
 * Reads and parses the candidates. A file found by walking a folder is kept only when it reads
 * as notes or matches notesFiles, so a project's other READMEs are not checked.
 */
export function loadNotes(candidates: readonly Candidate[], finder: SettingsFinder, cwd: string, onFile: (file: string) => void = () => {}): Loaded {
  const files: NotesFile[] = [];
  const problems: string[] = [];
  for (const candidate of candidates) {
    onFile(candidate.file);
    const { settings, baseDir } = finder.forFile(path.resolve(cwd, candidate.file));
    let text: string;
    try {
      text = readNotesText(candidate.file);
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      problems.push(error.message);
      continue;
    }
    const model = parseNotes(text, { catalog: bundledCatalog });
    if (candidate.explicit || model.detection.isNotes || matchesNotesFiles(path.resolve(cwd, candidate.file), settings, baseDir))
      files.push({ file: candidate.file, text, model, settings, root: candidate.explicit ? undefined : path.resolve(cwd, candidate.argument) });
  }
  requireNotesPerArgument(candidates, files, problems);
  return { files, problems };
}

function matchesNotesFiles(file: string, settings: StudyNotesSettings, baseDir: string): boolean {
  if (!settings.notesFiles.length) return false;
  const relative = path.relative(baseDir, file).split(path.sep).join('/');
  return picomatch(settings.notesFiles, { dot: true })(relative);
}

/** A folder that holds no notes is a mistake worth saying (a wrong path in CI), not a silent success. */
function requireNotesPerArgument(candidates: readonly Candidate[], files: readonly NotesFile[], problems: readonly string[]): void {
  const kept = new Set(files.map((f) => f.file));
  const argumentsSeen = [...new Set(candidates.map((c) => c.argument))];
  const empty = argumentsSeen.filter((argument) => !candidates.some((c) => c.argument === argument && kept.has(c.file)));
  if (empty.length && !problems.length) throw new CliError(empty.map((argument) => `${argument}: no notes files found (no *.md that reads as course notes)`).join('\n'));
}
