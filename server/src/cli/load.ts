import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-types';
import { URI } from 'vscode-uri';
import type { Course } from '../catalog/course';
import { summariseNotes, type NotesSummary } from '../course/studentNotes';
import { readClassNotes } from '../notes/linesAlike';
import type { NotesModel } from '../notes/types';
import { createNodeWorkspace } from '../workspace/nodeWorkspace';
import type { NotesDocument } from '../document/notesDocument';
import type { StudyNotesSettings } from '../document/settings';
import { createStudyNotesService, type OpenDocuments, type StudyNotesService } from '../service/studyNotesService';
import type { FileSettings, SettingsFinder } from './config';
import { CliError, type ReportLine } from './errors';
import { display, type Candidate } from './inputs';
import { ReadingAhead, type ReadAheadJob } from './readAhead';
import { readSnapshotModel, type SnapshotReading } from '../service/snapshotNotes';
import { readNotesText } from './readText';
import { pagesPlaceAny } from './summaryProgress';

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
  /** Files that could not be read or whose settings or course are broken; the run goes on with the others and exits 2. */
  problems: ReportLine[];
  /** Files found by walking a folder that do not read as notes: a class summary still owes their student a row. */
  skipped?: SkippedFile[];
  /** Said on stderr without failing the run: what the class's history could not use. */
  warnings: string[];
}

/** A file of a folder argument left out: it does not read as notes, or `problem` kept it from being read. */
export interface SkippedFile {
  file: string;
  root: string;
  problem?: string;
  /** What progress needs of a file that was read: it may be a page of the student's notes. */
  summary?: NotesSummary;
  /** The course of the file's settings, which its page is measured against. */
  course?: Course;
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

  delete(uri: string): void {
    this.texts.delete(uri);
  }
}

interface Configured {
  service: StudyNotesService;
  /** The course file cannot be used: every notes file under these settings is refused with this one line. */
  courseError?: CliError;
  texts: FileTexts;
  /** Models read ahead on other threads, by text; the service takes them instead of parsing again. */
  readAhead: Map<string, NotesModel>;
}

/**
 * One language service per configuration, over the folder of its `.studynotes.json` as the
 * editor's workspace folder: the catalog, notesFiles globs, severities and docker setting mean
 * what they mean in the editor.
 */
export class Services {
  private readonly byConfig = new Map<string, Configured>();

  constructor(private readonly cwd: string) {}

  /** Said on stderr without failing the run: what the class's history could not use. */
  readonly warnings: string[] = [];

  async for({ settings, baseDir, source }: FileSettings): Promise<Configured> {
    const key = `${source ?? ''}\u0000${baseDir}`;
    let configured = this.byConfig.get(key);
    if (!configured) {
      const texts = new FileTexts();
      const readAhead = new Map<string, NotesModel>();
      const ignore = (): void => {};
      const service = createStudyNotesService({
        // A class's notes are mostly plain: read by lines, a run is several times faster, and reads them alike.
        parse: (text, options) => readAhead.get(text) ?? readClassNotes(text, options),
        workspace: createNodeWorkspace({ folders: [URI.file(baseDir).toString()], trusted: true }),
        logger: { info: ignore, warn: ignore, error: ignore },
        openDocuments: texts,
      });
      await service.configure(settings);
      // A run reads its files once: the course file is not watched for changes.
      service.dispose();
      configured = { service, texts, readAhead, courseError: this.courseError(service) };
      this.byConfig.set(key, configured);
    }
    if (configured.courseError) throw configured.courseError;
    return configured;
  }

  /** The course file as the user would type it, relative to the current folder. */
  private courseError(service: StudyNotesService): CliError | undefined {
    const problem = service.courseProblem;
    const file = service.course().file;
    return problem === undefined ? undefined : new CliError(file ? problem.replace(file, display(file, this.cwd)) : problem);
  }
}

/** How the files of a run are read: on how many threads, by which built command. */
export interface Reading {
  concurrency: number | 'auto';
  /** The built command's file, which a worker thread runs; without it every file is read here. */
  bundle?: string;
  /** The run checks the files (not a summary, which shows no diagnostic): each is diagnosed as it is read. */
  checks?: boolean;
  /**
   * The run takes each file's notes as they are read and keeps nothing of them (a check without
   * --fix): they are handed on here and dropped, not returned, so a class of any size is held a
   * few files at a time.
   */
  handOn?: (notes: NotesFile) => void;
}

/** Files opened and read at once when the run hands them on: enough to share among reading threads, few enough to hold. */
const handedOnTogether = 64;

/** What reading a file's notes needs, for files read apart from the run's: notes of another time (cli/history). */
export async function readingFor(services: Services, settings: FileSettings): Promise<SnapshotReading & { baseDir: string }> {
  return { ...readingOf(await services.for(settings)), baseDir: settings.baseDir };
}

/** A candidate with its text and service (and what a worker may read of it), or the problem that kept it from being read. */
type Opened = { candidate: Candidate; root?: string } & ({ text: string; configured: Configured; job?: ReadAheadJob } | { error: CliError });

/**
 * Reads the candidates. A file found by walking a folder is kept only when it reads as notes or
 * matches notesFiles, so a project's other READMEs are not checked.
 */
export async function loadNotes(candidates: readonly Candidate[], finder: SettingsFinder, cwd: string, onFile: (file: string) => void = () => {}, reading: Reading = { concurrency: 1 }, services = new Services(cwd)): Promise<Loaded> {
  const files: NotesFile[] = [];
  const kept = new Set<string>();
  const problems: ReportLine[] = [];
  const warnings = services.warnings;
  const skipped: SkippedFile[] = [];
  const brokenSettings = new Set<CliError>();
  const together = reading.handOn ? handedOnTogether : Math.max(1, candidates.length);
  const ahead = new ReadingAhead(reading.concurrency, reading.bundle);
  try {
    for (let at = 0; at < candidates.length; at += together) {
      const opened = await openAll(candidates.slice(at, at + together), finder, cwd, services, brokenSettings, problems);
      offerAll(opened, ahead);
      for (const file of opened) {
        const model = 'job' in file && file.job ? await ahead.take(file.job) : undefined;
        onFile(file.candidate.file);
        try {
          if ('error' in file) throw file.error;
          const notes = readNotes(file.candidate.file, file.text, file.configured, file.root, reading.checks !== false, model);
          if (file.candidate.explicit || notes.isNotes) {
            kept.add(notes.file);
            if (reading.handOn) handOn(notes, file.configured, reading.handOn);
            else files.push(notes);
          } else if (file.root) skipped.push({ file: notes.file, root: file.root, summary: summariseNotes(notes.file, notes.model, notes.text, false), course: notes.course });
        } catch (error) {
          if (!(error instanceof CliError)) throw error;
          if (!brokenSettings.has(error)) problems.push(error.message);
          if (file.root) skipped.push({ file: file.candidate.file, root: file.root, problem: error.message });
        }
      }
    }
  } finally {
    ahead.stop();
  }
  // A student's pages alone (a repository of one page per module) are their notes where they place a module: no wrong path.
  requireNotesPerArgument(candidates, kept, problems, (argument) => pagesPlaceAny(skipped.filter((page) => page.root === path.resolve(cwd, argument)), cwd));
  return { files, problems, warnings, skipped };
}

/** The run takes the file's notes; the service then drops its reading, which nothing asks for again. */
function handOn(notes: NotesFile, { service, texts }: Configured, take: (notes: NotesFile) => void): void {
  take(notes);
  texts.delete(notes.document.uri);
  service.forgetDocument(notes.document.uri);
}

async function openAll(candidates: readonly Candidate[], finder: SettingsFinder, cwd: string, services: Services, brokenSettings: Set<CliError>, problems: ReportLine[]): Promise<Opened[]> {
  const opened: Opened[] = [];
  for (const candidate of candidates) {
    const root = candidate.explicit ? undefined : path.resolve(cwd, candidate.argument);
    try {
      // One student's broken settings or course are that student's problem, said once: the class is still checked.
      const fileSettings = await sayOnce(() => finder.forFile(path.resolve(cwd, candidate.file)), brokenSettings, problems);
      const text = candidate.committed?.text ?? readNotesText(candidate.file, candidate.stdin ? 0 : candidate.file);
      opened.push({ candidate, root, text, configured: await sayOnce(() => services.for(fileSettings), brokenSettings, problems) });
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      opened.push({ candidate, root, error });
    }
  }
  return opened;
}

/** Notes of a commit are read as the editor reads files it has not opened (service/snapshotNotes.ts), mostly while git read the others; the run's own files are offered to the workers. */
function offerAll(opened: Opened[], ahead: ReadingAhead): void {
  const jobs: ReadAheadJob[] = [];
  for (const file of opened) {
    if ('error' in file) continue;
    const { candidate, configured, text } = file;
    const catalog = configured.service.readingCatalog();
    if (candidate.committed) configured.readAhead.set(text, candidate.committed.read?.catalog === catalog ? candidate.committed.read.model : readSnapshotModel(text, catalog));
    else jobs.push((file.job = { text, catalog }));
  }
  ahead.offer(jobs);
}

function readingOf({ service }: Configured): SnapshotReading {
  return { catalog: service.readingCatalog(), course: service.course(), settings: service.settings };
}

/** A problem of the settings or course many files share: its lines are said once, each file is refused with it. */
async function sayOnce<T>(get: () => T | Promise<T>, said: Set<CliError>, problems: ReportLine[]): Promise<T> {
  try {
    return await get();
  } catch (error) {
    if (error instanceof CliError && !said.has(error)) {
      problems.push(...error.lines);
      said.add(error);
    }
    throw error;
  }
}

/** A file the checks fail on (a bug) is one line for that file; the others are still checked. */
function readNotes(file: string, text: string, configured: Configured, root: string | undefined, checks: boolean, model: NotesModel | undefined): NotesFile {
  try {
    const notes = notesFile(file, text, configured, root, model);
    if (checks) notes.diagnose();
    return notes;
  } catch (error) {
    throw new CliError(`${file}: not checked: internal error, please report it: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** `model`: the text as a worker read it, which the service takes instead of parsing again. */
function notesFile(file: string, text: string, configured: Configured, root: string | undefined, model?: NotesModel): NotesFile {
  const { service, texts, readAhead } = configured;
  const uri = pathToFileURL(path.resolve(file)).toString();
  texts.set(uri, text);
  if (model) readAhead.set(text, model);
  const document = service.document(uri) as NotesDocument;
  if (model) readAhead.delete(text);
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
    reread: (next) => notesFile(file, next, configured, root),
  };
}

/** A folder that holds no notes is a mistake worth saying (a wrong path in CI), not a silent success. */
function requireNotesPerArgument(candidates: readonly Candidate[], kept: ReadonlySet<string>, problems: readonly ReportLine[], pagesPlace: (argument: string) => boolean): void {
  const argumentsSeen = [...new Set(candidates.map((c) => c.argument))];
  const empty = argumentsSeen.filter((argument) => !candidates.some((c) => c.argument === argument && kept.has(c.file)) && !pagesPlace(argument));
  if (empty.length && !problems.length) throw new CliError(noNotesFound(empty));
}

function noNotesFound(folders: readonly string[]): string {
  return folders.map((folder) => `${folder}: no notes files found (no *.md that reads as course notes)`).join('; ');
}
