import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-types';
import { URI } from 'vscode-uri';
import type { Course } from '../course/progress';
import type { NotesModel } from '../model/types';
import { createNodeWorkspace } from '../nodeWorkspace';
import type { NotesDocument } from '../service/notesDocument';
import type { StudyNotesSettings } from '../service/settings';
import { createStudyNotesService, type OpenDocuments, type StudyNotesService } from '../service/studyNotesService';
import type { FileSettings, SettingsFinder } from './config';
import { CliError } from './errors';
import type { Candidate } from './inputs';
import { readNotesText } from './readText';

export interface NotesFile {
  /** As shown to the user (relative to the current folder when inside it). */
  file: string;
  text: string;
  model: NotesModel;
  document: NotesDocument;
  settings: StudyNotesSettings;
  /** What course progress is measured against under the file's configuration. */
  course: Course;
  /** Reads as notes, or matches notesFiles: the editor's notes gate. */
  isNotes: boolean;
  /** The folder argument that found the file; undefined when the file was named. */
  root?: string;
  /** What the editor would say about this text: the service of the file's configuration. */
  diagnose(): Diagnostic[];
  /** The file's new text (after --fix), read again. */
  reread(text: string): NotesFile;
}

export interface Loaded {
  files: NotesFile[];
  /** Files that could not be read; the run goes on with the others and exits 2. */
  problems: string[];
  /** Said on stderr without failing the run, as the editor shows them: a broken catalog file. */
  warnings: string[];
  /** Files found by walking a folder that do not read as notes: a class summary still owes their student a row. */
  skipped?: { file: string; root: string }[];
}

/** The command line's files play the editor's open documents, so the service reads each text once. */
class FileTexts implements OpenDocuments {
  private readonly texts = new Map<string, { version: number; getText(): string }>();

  set(uri: string, text: string): void {
    this.texts.set(uri, { version: (this.texts.get(uri)?.version ?? 0) + 1, getText: () => text });
  }

  get(uri: string): { version: number; getText(): string } | undefined {
    return this.texts.get(uri);
  }

  keys(): string[] {
    return [...this.texts.keys()];
  }
}

interface Configured {
  service: StudyNotesService;
  texts: FileTexts;
}

/**
 * One language service per configuration, over the folder of its `.studynotes.json` as the
 * editor's workspace folder: the catalog, notesFiles globs, severities and docker setting mean
 * what they mean in the editor.
 */
class Services {
  private readonly byConfig = new Map<string, Configured>();

  constructor(private readonly warnings: string[]) {}

  async for({ settings, baseDir, source }: FileSettings): Promise<Configured> {
    const key = `${source ?? ''}\u0000${baseDir}`;
    let configured = this.byConfig.get(key);
    if (!configured) {
      const texts = new FileTexts();
      const ignore = (): void => {};
      const service = createStudyNotesService({
        workspace: createNodeWorkspace({ folders: [URI.file(baseDir).toString()], trusted: true }),
        logger: { info: ignore, warn: ignore, error: ignore },
        openDocuments: texts,
        onProblem: (message) => this.warnings.push(message),
      });
      await service.configure(settings);
      // A run reads its files once: the catalog is not watched for changes.
      service.dispose();
      configured = { service, texts };
      this.byConfig.set(key, configured);
    }
    return configured;
  }
}

/**
 * Reads the candidates. A file found by walking a folder is kept only when it reads as notes or
 * matches notesFiles, so a project's other READMEs are not checked.
 */
export async function loadNotes(candidates: readonly Candidate[], finder: SettingsFinder, cwd: string, onFile: (file: string) => void = () => {}): Promise<Loaded> {
  const files: NotesFile[] = [];
  const problems: string[] = [];
  const warnings: string[] = [];
  const skipped: { file: string; root: string }[] = [];
  const services = new Services(warnings);
  for (const candidate of candidates) {
    onFile(candidate.file);
    const fileSettings = finder.forFile(path.resolve(cwd, candidate.file));
    let text: string;
    try {
      text = readNotesText(candidate.file, candidate.stdin ? 0 : candidate.file);
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      problems.push(error.message);
      continue;
    }
    const notes = notesFile(candidate.file, text, await services.for(fileSettings), candidate.explicit ? undefined : path.resolve(cwd, candidate.argument));
    if (candidate.explicit || notes.isNotes) files.push(notes);
    else if (notes.root) skipped.push({ file: notes.file, root: notes.root });
  }
  requireNotesPerArgument(candidates, files, problems);
  return { files, problems, warnings, skipped };
}

function notesFile(file: string, text: string, { service, texts }: Configured, root: string | undefined): NotesFile {
  const uri = pathToFileURL(path.resolve(file)).toString();
  texts.set(uri, text);
  const document = service.document(uri) as NotesDocument;
  return {
    file,
    text,
    model: document.model,
    document,
    settings: service.settings,
    course: service.course(),
    isNotes: service.isNotes(document),
    root,
    diagnose: () => service.diagnostics(uri),
    reread: (next) => notesFile(file, next, { service, texts }, root),
  };
}

/** A folder that holds no notes is a mistake worth saying (a wrong path in CI), not a silent success. */
function requireNotesPerArgument(candidates: readonly Candidate[], files: readonly NotesFile[], problems: readonly string[]): void {
  const kept = new Set(files.map((f) => f.file));
  const argumentsSeen = [...new Set(candidates.map((c) => c.argument))];
  const empty = argumentsSeen.filter((argument) => !candidates.some((c) => c.argument === argument && kept.has(c.file)));
  if (empty.length && !problems.length) throw new CliError(empty.map((argument) => `${argument}: no notes files found (no *.md that reads as course notes)`).join('\n'));
}
