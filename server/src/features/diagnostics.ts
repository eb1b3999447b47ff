import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation, type Range } from 'vscode-languageserver-types';
import type { CatalogIndex } from '../notes/catalog';
import { largestReadText } from '../notes/readCost';
import { formatMinutes, scanTime } from '../notes/timeEstimate';
import { areaName, comparePositions, openerLineRange } from '../notes/shown';
import { headingTitleSpan } from '../notes/headingLine';
import { misspeltLevel, plainMarkerText, readLevelMarker } from '../notes/markers';
import { plainMarkup } from '../notes/openers';
import type { Area, LoggedTime, Module, Placeholder } from '../notes/types';
import { hasWrittenText, isOwnLine } from '../course/writtenUp';
import { DOCKER_DIAGNOSTIC_CODE } from '../docker/dockerDiagnostics';
import { readLevelClaims } from '../course/levelClaims';
import { timeLogOf } from '../course/timeLog';
import type { PlacedModule } from '../course/progress';
import { loggedAcrossAreas, type LoggedInAreas } from '../course/progressText';
import { courseAreaName } from '../notes/courseNames';
import type { StudentView } from '../document/studentView';
import type { NotesDocument } from '../document/notesDocument';
import { timedElsewhereIn, timedInAnotherArea } from '../document/timeTotals';
import { diagnosticSource } from '../protocol/protocol';
import { ModuleIdentities, type ModuleIdentity } from '../document/sameModule';
import { severityOf, type StudyNotesSettings } from '../document/settings';
import type { DiagnosticCode } from '../document/diagnosticCodes';

interface Finding {
  code: DiagnosticCode;
  range: Range;
  message: string;
  relatedInformation?: DiagnosticRelatedInformation[];
  /** What the quick fix needs: the course titles it may link the module to. */
  data?: FixData;
}

/** What a quick fix needs: the course modules a placement fix offers, likeliest first; the modules whose heading notes under an area's may go under; a level claim to tick. */
export interface FixData {
  courseTitles?: string[];
  headingsOver?: string[];
  tick?: boolean;
  /** The minutes the student's time log gives a module that has no time of its own. */
  loggedMinutes?: number;
  /** The course's name of a level the heading misspells. */
  level?: string;
}

/** This file's modules as the student's progress placed them (course/progress.ts), by opener line. */
type PlacedHere = ReadonlyMap<number, PlacedModule>;

/**
 * The notes' problems, each with what to do about it. The service asks it of notes only.
 * `student`: the student's progress, so that the diagnostics agree with it (notes in a page a module
 * links to are its notes; what could not be placed is said; a level claimed is checked); without
 * it, what the document itself has under each module.
 */
export function computeDiagnostics(document: NotesDocument, settings: StudyNotesSettings, student?: StudentView): Diagnostic[] {
  const placed: PlacedHere | undefined = student && new Map(student.progress.placements.filter((module) => module.file === student.file).map((module) => [module.line, module]));
  const hasNotes = placed ? (module: Module) => placed.get(module.openerRange.start.line)?.written === true : (module: Module) => module.hasNotes;
  const findings = [
    ...readingFindings(document),
    ...timeFindings(document, placed),
    ...placeholderFindings(document),
    ...emptyFindings(document, hasNotes),
    ...duplicateFindings(document, placed),
    ...levelSpellingFindings(document),
    ...(placed ? placementFindings(document, placed) : []),
    ...(student ? loggedFindings(document, student) : []),
    // A file too large to read shows nothing of the levels its check list ticks: it is not checked against them.
    ...(student && document.reading.kind !== 'unread' ? claimFindings(document, student) : []),
  ];
  const diagnostics: Diagnostic[] = [];
  for (const finding of findings) {
    const severity = settings.diagnostics[finding.code];
    if (severity === 'off') continue;
    if (diagnostics.length === maxDiagnostics) return [...diagnostics, tooManyProblems(findings.length - maxDiagnostics)];
    diagnostics.push({ ...finding, severity: severityOf[severity], source: diagnosticSource });
  }
  return diagnostics;
}

/** What the service hands over: each checker's findings (a failing one's left out), the settings' problem. */
export interface DiagnosticCheckers {
  notes: () => Diagnostic[];
  docker: () => Diagnostic[];
  /** What is wrong with the settings or the course file. */
  problem?: string;
}

/**
 * A document's whole answer, in the text's order: the notes' findings and docker's at the severity
 * set, for notes (a course page reads like notes: its problems are the course check's), and the
 * settings' problem on line 1 of every file they govern (without its course a file may not read
 * as notes at all).
 */
export function documentDiagnostics({ notes, docker, problem }: DiagnosticCheckers, settings: StudyNotesSettings, isNotes: boolean): Diagnostic[] {
  const diagnostics = isNotes ? notes() : [];
  if (problem) diagnostics.push(configurationDiagnostic(problem));
  const dockerSeverity = settings.diagnostics[DOCKER_DIAGNOSTIC_CODE];
  if (isNotes && settings.docker.enabled && dockerSeverity !== 'off') diagnostics.push(...docker().map((diagnostic) => ({ ...diagnostic, severity: severityOf[dockerSeverity] })));
  return diagnostics.sort((a, b) => comparePositions(a.range.start, b.range.start));
}

function configurationDiagnostic(problem: string): Diagnostic {
  return { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Error, code: 'course-file', source: diagnosticSource, message: `${problem} (no course progress until it is fixed)` };
}

/**
 * Real notes have a few dozen problems; a pasted or generated file can have a hundred thousand,
 * which no one reads and which cost the editor seconds to take in.
 */
export const maxDiagnostics = 1000;

function tooManyProblems(left: number): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: diagnosticSource,
    message: `Only the first ${maxDiagnostics} problems of this file are shown (about ${left} more): fix those, or turn codes off in the studyNotes.diagnostics settings.`,
  };
}

/** Said once, on the first line: why code blocks go unchecked and a module may be missed in this file. */
function readingFindings(document: NotesDocument): Finding[] {
  // A first reading by lines is replaced by a precise one in a moment: nothing to explain.
  const { reading } = document;
  if (reading.kind === 'precise' || (reading.kind === 'byLines' && reading.preciseToCome)) return [];
  const size = document.text.length >= 1e6 ? `${(document.text.length / 1e6).toFixed(1)} M` : `${Math.ceil(document.text.length / 1e3)} K`;
  return [
    {
      code: 'read-by-lines',
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: Math.min(document.lines.lineText(0).length, 200) } },
      message: reading.kind === 'unread'
        ? `This file (${size} characters) is larger than the ${largestReadText / 1024 / 1024} M characters Study Notes reads, so nothing in it is read: no areas, modules, times or checks. Notes files are far smaller: split it, or leave it out of your notes.`
        : `This file (${size} characters) is too large or too dense in markup to read in full while you type, so Study Notes reads it line by line: areas, modules and times are found, code blocks are not checked.`,
    },
  ];
}

/** `### Begginer Level` is read as Beginner, as the student meant; the slip is said where it stands, with the course's spelling. */
function levelSpellingFindings(document: NotesDocument): Finding[] {
  const { names } = document.catalog;
  return document.model.levels.flatMap((level) => {
    // As the reader took the heading: its links and code as their text.
    const plain = plainMarkerText(plainMarkup(level.text));
    const misspelt = readLevelMarker(plain, names) ? undefined : misspeltLevel(plain, names);
    if (!misspelt) return [];
    const line = level.markerRange.start.line;
    const at = document.lines.lineText(line).indexOf(misspelt.written);
    if (at < 0) return [];
    const range = { start: { line, character: at }, end: { line, character: at + misspelt.written.length } };
    return [{ code: 'misspelt-level' as const, range, message: `"${misspelt.written}" is read as the level ${misspelt.name}: write it as the course does.`, data: { level: misspelt.name } }];
  });
}

function timeFindings(document: NotesDocument, placed: PlacedHere | undefined): Finding[] {
  const findings: Finding[] = [];
  const timeLog = placed && timeLogOf(document.model, document.catalog);
  const placedOn = (module: Module) => placed?.get(module.openerRange.start.line)?.catalog ?? [];
  const timedElsewhere = placed ? timedInAnotherArea(document.model.modules, placedOn) : timedElsewhereIn(document);
  for (const module of document.model.modules) {
    const estimate = module.estimate;
    if (timedElsewhere.has(module)) continue;
    if (!estimate || estimate.kind === 'empty') {
      const logged = !estimate && timeLog ? timeLog(placedOn(module)) : undefined;
      findings.push(logged ? loggedElsewhere(document, module, logged) : missingTime(document, module));
    } else if (estimate.kind === 'unreadable') {
      findings.push({
        code: 'invalid-time',
        range: estimate.range,
        message: `Time estimate "${estimate.text}" cannot be read: write a number with a unit, e.g. "30 min" or "1 h 30 min".`,
      });
    }
  }
  return findings;
}

function missingTime(document: NotesDocument, module: Module): Finding {
  const what = module.estimate ? `has an empty time estimate "${module.estimate.text}"` : 'has no time estimate';
  return { code: 'missing-time', range: openerLineRange(document.lines, module), message: `Module "${module.title}" ${what}: write how long it took, e.g. "(time: 30 min)".` };
}

/** The time is in the student's log, under the course's title: said, and the quick fix copies it here, where totals take it from. */
function loggedElsewhere(document: NotesDocument, module: Module, logged: LoggedTime): Finding {
  const { minutes } = logged.estimate;
  return {
    code: 'missing-time',
    range: openerLineRange(document.lines, module),
    message: `Module "${module.title}" has no time estimate here; your time log gives "${logged.title}" ${formatMinutes(minutes)} (line ${logged.range.start.line + 1}): write that time here too.`,
    relatedInformation: [{ location: { uri: document.uri, range: logged.range }, message: `The time logged for "${logged.title}"` }],
    ...(minutes.min === minutes.max && { data: { loggedMinutes: minutes.min } }),
  };
}

function placeholderFindings(document: NotesDocument): Finding[] {
  return document.model.placeholders.map((placeholder: Placeholder) => ({
    code: 'placeholder' as const,
    range: placeholder.range,
    message: `Template text "${placeholder.text}" was never replaced: write your own notes here, or remove it.`,
  }));
}

/** An area of timed prose (`I watched the first video (10 min): …`) has notes that count for nothing until each module has its title. */
function emptyAreaMessage({ lines }: NotesDocument, area: Area): string {
  const body = Array.from({ length: area.range.end.line - area.headingRange.end.line }, (_, at) => lines.lineText(area.headingRange.end.line + 1 + at));
  const timedNotes = body.some((line) => scanTime(line) !== undefined) && hasWrittenText(body, 0, body.length, isOwnLine);
  if (!timedNotes) return `Area "${areaName(area)}" has no modules yet: add the modules you worked through, or remove the heading.`;
  return `Area "${areaName(area)}" has notes but no module: head the notes of each module with its course title and time, as a heading or a list item, so that progress counts them.`;
}

function emptyFindings(document: NotesDocument, hasNotes: (module: Module) => boolean): Finding[] {
  const findings: Finding[] = [];
  for (const module of document.model.modules)
    if (!hasNotes(module))
      findings.push({ code: 'empty-module', range: openerLineRange(document.lines, module), message: `Module "${module.title}" has no notes yet: write what you learned under it.` });
  // Notes with no module at all are a layout not begun (a fresh template): nothing to point at yet.
  const begun = document.model.modules.length > 0;
  for (const [index, area] of document.model.areas.entries())
    if (begun && area.modules.length === 0 && !asTemplateWroteIt(document, index)) findings.push({ code: 'empty-area', range: area.headingRange, message: emptyAreaMessage(document, area) });
  return findings;
}

/**
 * An area still as New Notes Document (or the course's template) wrote it: its heading and level
 * markers and nothing else up to the next area. The course may not ask for it: it is no problem.
 */
function asTemplateWroteIt(document: NotesDocument, index: number): boolean {
  const { areas } = document.model;
  const area = areas[index];
  if (area.levels.length === 0) return false;
  const markers = new Set(area.levels.map((level) => level.markerRange.start.line));
  const end = areas[index + 1]?.headingRange.start.line ?? document.lines.lineCount;
  for (let line = area.headingRange.end.line + 1; line < end; line++)
    if (!markers.has(line) && !/^[\s>]*$/.test(document.lines.lineText(line))) return false;
  return true;
}

/**
 * What progress is unsure of, said where it is written: a module counted by likeness (check it) and
 * a module with notes that counts for nothing (link it, if it is the course's).
 */
function placementFindings(document: NotesDocument, placed: PlacedHere): Finding[] {
  const findings: Finding[] = [...sectionFindings(document, placed)];
  for (const module of document.model.modules) {
    const here = placed.get(module.openerRange.start.line);
    if (here?.linkOf && here.catalog.length)
      findings.push({
        code: 'copied-link',
        range: module.titleRange,
        message: `The link of "${module.title}" is the page of "${here.linkOf}", but its title names "${here.catalog[0]}": a link copied from another module? Link it to its own page.`,
        data: { courseTitles: here.catalog },
      });
    if (here?.notesBelow)
      findings.push({
        code: 'likely-module',
        range: module.titleRange,
        message: `Module "${module.title}" has no notes of its own; it is counted as done by the notes under "${here.notesBelow}", right below it, which begin by speaking of it: check that they are its notes too, or write what you learned under it.`,
        // It is placed already: no link to write.
        data: { courseTitles: [] },
      });
    // Said once: a copied link's own, once put, makes the placement sure; a credit by the notes below is said above.
    if (here?.linkOf || here?.notesBelow) continue;
    if (!here?.written || here.page) continue;
    if (here.confidence === 'likely' && here.covers)
      findings.push({
        code: 'likely-module',
        range: module.titleRange,
        message: `"${module.title}" is counted as the ${here.catalog.length} modules of this ${here.covers} of the course (${here.catalog.map((title) => `"${title}"`).join(', ')}) by the page it links to, which is not read here: check that its notes cover them.`,
        // The course has no page for a group: no link to write.
        data: { courseTitles: [] },
      });
    else findings.push(...unsureFindings(`Module "${module.title}"`, module.titleRange, here));
  }
  return findings;
}

/** A module (or a section of notes) counted by likeness, or matching nothing: what to check, and the fixes' titles. */
function unsureFindings(named: string, range: Range, here: PlacedModule): Finding[] {
  if (here.confidence === 'likely')
    return [
      {
        code: 'likely-module',
        range,
        message: `${named} is counted as ${here.catalog.map((title) => `"${title}"`).join(' and ')} by its title and place: check it, or link it to the course's page to make it sure.${perhapsAlsoSentence(here)}`,
        data: { courseTitles: here.catalog },
      },
    ];
  if (!here.catalog.length && here.area)
    return [{ code: 'unplaced-module', range, message: `${named} matches no module of ${here.area}, so it does not count: if it is one, link it to the course's page.`, data: { courseTitles: here.suggested ?? [] } }];
  return [];
}

/**
 * A heading of notes kept by topic that progress placed (`### Container`), not a module of the
 * reader's: said on its title as a module is, so that the quick fix links it to the course's page.
 */
function sectionFindings(document: NotesDocument, placed: PlacedHere): Finding[] {
  const taken = new Set([...document.model.modules.map((module) => module.openerRange.start.line), ...document.model.levels.map((level) => level.markerRange.start.line)]);
  const findings: Finding[] = [];
  for (const here of placed.values()) {
    if (taken.has(here.line) || !here.written || here.page || here.line >= document.lines.lineCount) continue;
    const span = headingTitleSpan(document.lines.lineText(here.line));
    if (!span) continue;
    const range = { start: { line: here.line, character: span.start }, end: { line: here.line, character: span.end } };
    findings.push(...(here.areaLead ? areaLeadFindings(range, here) : unsureFindings(`Section "${here.title}"`, range, here)));
  }
  return findings;
}

/** Notes under an area's heading before any module: no title to link, so the quick fixes put a module's heading over them. */
function areaLeadFindings(range: Range, here: PlacedModule): Finding[] {
  const asks = here.suggested?.length ? ` (what ${here.area ?? 'the area'} still asks: ${here.suggested.map((title) => `"${title}"`).join(', ')})` : '';
  return [{ code: 'unplaced-module', range, message: `The notes under "${here.title}" stand before any module, so they count for nothing: put them under a heading naming the course module they are${asks}.`, data: { courseTitles: [], headingsOver: here.suggested ?? [] } }];
}

/** " Its title names as much "Video: Kubernetes in 5 Minutes", not counted: if its notes are that too, give it a section of its own." */
function perhapsAlsoSentence(placed: PlacedModule): string {
  if (!placed.perhapsAlso?.length) return '';
  return ` Its title names as much ${placed.perhapsAlso.map((title) => `"${title}"`).join(' and ')}, not counted: if its notes are that too, give it a section of its own.`;
}

/**
 * A line of the time log naming a module a level still asks for, which no notes are counted as: the
 * log says it was done, so either its notes are in a shape the tool did not read or they are not
 * written. Said where the log is; progress lists it to check.
 */
function loggedFindings(document: NotesDocument, { progress, file, whole }: StudentView): Finding[] {
  const logLines = new Map(document.model.loggedTimes.map((logged) => [logged.range.start.line, logged.range]));
  return loggedAcrossAreas(progress.areas).flatMap((logged) => {
    const range = logged.file === file ? logLines.get(logged.line) : undefined;
    return range ? [{ code: 'logged-without-notes' as const, range, message: loggedMessage(logged, whole) }] : [];
  });
}

/** Names the course's module in the log's own words where they differ; read alone, a file cannot say the student's other files lack its notes. */
function loggedMessage({ title, courseTitle, areas }: LoggedInAreas, whole: boolean): string {
  const named = title === courseTitle ? `Your time log names "${courseTitle}"` : `Your time log's "${title}" is "${courseTitle}" of the course`;
  const counted = whole ? `no notes of yours are counted as it, so it does not count towards ${areas.join(' or ')}` : `no module of this file is counted as it, so it does not count towards ${areas.join(' or ')} here (your other files are not read with it)`;
  return `${named}, but ${counted}: if you wrote its notes, put them under its title.`;
}

/**
 * A level the student ticked that the notes do not reach (what is missing is listed), and one the
 * notes reach that the check list leaves unticked (the quick fix ticks it).
 */
function claimFindings(document: NotesDocument, { progress, whole }: StudentView): Finding[] {
  const names = new Set(progress.areas.flatMap((area) => area.levels.map((level) => level.level)));
  const levels = [...names].map((name) => document.catalog.words.levels.find((level) => level.name === name) ?? { name });
  const findings: Finding[] = [];
  const areas = document.catalog.words.areas.filter((area) => progress.areas.some((entry) => entry.area === area.name));
  for (const claim of readLevelClaims(document.lines.text.split(/\r\n|\r|\n/), levels)) {
    const areaName = claim.under && courseAreaName(claim.under, areas);
    const area = progress.areas.find((entry) => entry.area === areaName);
    const rank = area?.levels.findIndex((level) => level.level === claim.level) ?? -1;
    if (!area || rank < 0) continue;
    const reached = area.levels.slice(0, rank + 1).every((level) => level.met);
    const range = { start: { line: claim.line, character: claim.start }, end: { line: claim.line, character: claim.end } };
    if (claim.ticked && !reached) {
      const left = area.levels.slice(0, rank + 1).flatMap((level) => level.left.map((module) => module.title));
      const shown = left.slice(0, 3).map((title) => `"${title}"`).join(', ') + (left.length > 3 ? ` and ${left.length - 3} more` : '');
      // Read alone (the command line's check), the file cannot say the student's other files lack the notes.
      const notShown = whole ? 'your notes do not show it yet' : 'this file does not show it (your other files are not read with it)';
      findings.push({ code: 'level-claim', range, message: `${claim.level} of ${area.area} is ticked, but ${notShown}: ${shown} ${left.length === 1 ? 'has' : 'have'} no notes${whole ? '' : ' here'}.` });
    } else if (!claim.ticked && reached && !/[✓✔☑]/.test(document.lines.lineText(claim.line))) {
      findings.push({ code: 'level-claim', range, message: `Your notes reach ${claim.level} of ${area.area}: tick it.`, data: { tick: true } });
    }
  }
  return findings;
}

/**
 * A module is written twice when the notes hold it more often than the course lists it, or twice at one
 * place: a course may give one lab in two areas, and notes that follow it have it in both.
 */
function duplicateFindings(document: NotesDocument, placed: PlacedHere | undefined): Finding[] {
  const identities = identitiesOf(document.catalog);
  const seen = new Map<string, Copy[]>();
  const findings: Finding[] = [];
  // Two modules sharing a link that placing them told apart are no copy of each other: one link is wrong (copied-link).
  const placedApart = (a: Module, b: Module): boolean => {
    const [first, second] = [placed?.get(a.openerRange.start.line)?.catalog, placed?.get(b.openerRange.start.line)?.catalog];
    return Boolean(first?.length && second?.length && !first.some((title) => second.includes(title)));
  };
  for (const module of document.model.modules) {
    const copy = { module, identity: identities.identity(module) };
    const keys = identities.keys(copy.identity);
    const filed = keys.length === 1 ? (seen.get(keys[0]) ?? []) : [...new Set(keys.flatMap((key) => seen.get(key) ?? []))];
    const earlier = filed.filter((other) => identities.same(other.identity, copy.identity) && !placedApart(other.module, module)).map((other) => other.module);
    for (const key of keys) remember(seen, key, copy);
    const samePlace = earlier.find((other) => other.areaIndex === module.areaIndex && other.level === module.level);
    const first = samePlace ?? (earlier.length > 0 && earlier.length >= identities.placesInCourse(module) ? earlier[0] : undefined);
    if (first) findings.push(duplicateFinding(document, module, first));
  }
  return findings;
}

interface Copy {
  module: Module;
  identity: ModuleIdentity;
}

/**
 * The course lists a module at a few places at most, so a few earlier copies decide every finding; a
 * generated file repeating one module 50,000 times must not compare each copy with all the others.
 */
const copiesKept = 16;

function remember(seen: Map<string, Copy[]>, key: string, copy: Copy): void {
  const copies = seen.get(key);
  if (!copies) seen.set(key, [copy]);
  else if (copies.length < copiesKept) copies.push(copy);
}

function duplicateFinding(document: NotesDocument, module: Module, first: Module): Finding {
  const same = module.url && first.url ? 'URL' : 'module';
  return {
    code: 'duplicate-module',
    range: module.titleRange,
    message: `Module "${module.title}" appears twice in this file (same ${same}, line ${first.openerRange.start.line + 1}): merge the notes into one, or remove one.`,
    relatedInformation: [{ location: { uri: document.uri, range: first.titleRange }, message: `First "${first.title}" is here` }],
  };
}

const identities = new WeakMap<CatalogIndex, ModuleIdentities>();

function identitiesOf(catalog: CatalogIndex): ModuleIdentities {
  let found = identities.get(catalog);
  if (!found) identities.set(catalog, (found = new ModuleIdentities(catalog)));
  return found;
}
