import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation, type Range } from 'vscode-languageserver-types';
import type { CatalogIndex } from '../notes/catalog';
import { largestReadText } from '../notes/readCost';
import { areaName, openerLineRange } from '../notes/shown';
import type { Module, Placeholder } from '../notes/types';
import { isNotesDocument, type NotesDocument } from '../service/notesDocument';
import { diagnosticSource } from '../service/protocol';
import { ModuleIdentities, type ModuleIdentity } from '../service/sameModule';
import type { DiagnosticCode, SeveritySetting, StudyNotesSettings } from '../service/settings';


const severityOf: Record<Exclude<SeveritySetting, 'off'>, DiagnosticSeverity> = {
  hint: DiagnosticSeverity.Hint,
  information: DiagnosticSeverity.Information,
  warning: DiagnosticSeverity.Warning,
  error: DiagnosticSeverity.Error,
};

interface Finding {
  code: DiagnosticCode;
  range: Range;
  message: string;
  relatedInformation?: DiagnosticRelatedInformation[];
}

/** The notes' problems, each with what to do about it. Documents that are not notes have none. */
export function computeDiagnostics(document: NotesDocument, settings: StudyNotesSettings): Diagnostic[] {
  if (!isNotesDocument(document, settings)) return [];
  const findings = [...readingFindings(document), ...timeFindings(document), ...placeholderFindings(document), ...emptyFindings(document), ...duplicateFindings(document)];
  const diagnostics: Diagnostic[] = [];
  for (const finding of findings) {
    const severity = settings.diagnostics[finding.code];
    if (severity === 'off') continue;
    if (diagnostics.length === maxDiagnostics) return [...diagnostics, tooManyProblems(findings.length - maxDiagnostics)];
    diagnostics.push({ ...finding, severity: severityOf[severity], source: diagnosticSource });
  }
  return diagnostics;
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
  if ((!document.readByLines || document.preciseToCome) && !document.tooLarge) return [];
  const size = document.text.length >= 1e6 ? `${(document.text.length / 1e6).toFixed(1)} M` : `${Math.ceil(document.text.length / 1e3)} K`;
  return [
    {
      code: 'read-by-lines',
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: Math.min(document.lines.lineText(0).length, 200) } },
      message: document.tooLarge
        ? `This file (${size} characters) is larger than the ${largestReadText / 1024 / 1024} M characters Study Notes reads, so nothing in it is read: no areas, modules, times or checks. Notes files are far smaller: split it, or leave it out of your notes.`
        : `This file (${size} characters) is too large or too dense in markup to read in full while you type, so Study Notes reads it line by line: areas, modules and times are found, code blocks are not checked.`,
    },
  ];
}

function timeFindings(document: NotesDocument): Finding[] {
  const findings: Finding[] = [];
  for (const module of document.model.modules) {
    const estimate = module.estimate;
    if (!estimate || estimate.kind === 'empty') {
      const what = estimate ? `has an empty time estimate "${estimate.text}"` : 'has no time estimate';
      findings.push({
        code: 'missing-time',
        range: openerLineRange(document.lines, module),
        message: `Module "${module.title}" ${what}: write how long it took, e.g. "(time: 30 min)".`,
      });
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

function placeholderFindings(document: NotesDocument): Finding[] {
  return document.model.placeholders.map((placeholder: Placeholder) => ({
    code: 'placeholder' as const,
    range: placeholder.range,
    message: `Template text "${placeholder.text}" was never replaced: write your own notes here, or remove it.`,
  }));
}

function emptyFindings(document: NotesDocument): Finding[] {
  const findings: Finding[] = [];
  for (const module of document.model.modules)
    if (!module.hasNotes)
      findings.push({ code: 'empty-module', range: openerLineRange(document.lines, module), message: `Module "${module.title}" has no notes yet: write what you learned under it.` });
  // Notes with no module at all are a layout not begun (a fresh template): nothing to point at yet.
  const begun = document.model.modules.length > 0;
  for (const area of document.model.areas)
    if (begun && area.modules.length === 0)
      findings.push({ code: 'empty-area', range: area.headingRange, message: `Area "${areaName(area)}" has no modules yet: add the modules you worked through, or remove the heading.` });
  return findings;
}

/**
 * A module is written twice when the notes hold it more often than the course lists it, or twice at one
 * place: the course gives "QwikLab: Intro to S3" in two areas, and notes that follow it have it in both.
 */
function duplicateFindings(document: NotesDocument): Finding[] {
  const identities = identitiesOf(document.catalog);
  const seen = new Map<string, Copy[]>();
  const findings: Finding[] = [];
  for (const module of document.model.modules) {
    const copy = { module, identity: identities.identity(module) };
    const keys = identities.keys(copy.identity);
    const filed = keys.length === 1 ? (seen.get(keys[0]) ?? []) : [...new Set(keys.flatMap((key) => seen.get(key) ?? []))];
    const earlier = filed.filter((other) => identities.same(other.identity, copy.identity)).map((other) => other.module);
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
