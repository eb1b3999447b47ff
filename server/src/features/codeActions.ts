import { CodeActionKind, TextEdit, type CodeAction, type Diagnostic, type Range } from 'vscode-languageserver-types';
import { dockerQuickFixes } from '../docker/dockerDiagnostics';
import type { CatalogModule } from '../notes/catalog';
import type { Module, Placeholder, TimeEstimate } from '../notes/types';
import { openerLineRange, sameRange } from '../notes/shown';
import { diagnosticSource } from '../protocol/protocol';
import { detectEstimateStyle, detectOpenerShape, placeholderMinutes, type EstimateStyle } from '../document/notesWriter';
import type { NotesDocument } from '../document/notesDocument';
import { fillEstimate, lineBreakAfter, moduleMinutesEdits, offsetInEstimate, timeText } from '../document/timeWriter';
import { headingLine } from '../notes/headingLine';

/** Quick fixes for the diagnostics the client sends back with the request, the notes' and the docker ones, for the editor's light bulb and `check --fix` alike. */
export function codeActions(document: NotesDocument, diagnostics: readonly Diagnostic[]): CodeAction[] {
  return [...notesFixes(document, diagnostics), ...diagnostics.flatMap((diagnostic) => dockerQuickFixes(diagnostic, document.uri))];
}

function notesFixes(document: NotesDocument, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== diagnosticSource) continue;
    if (diagnostic.code === 'likely-module' || diagnostic.code === 'unplaced-module') {
      actions.push(...placementFixes(document, diagnostic), ...headingOverFixes(document, diagnostic));
      continue;
    }
    if (diagnostic.code === 'copied-link') {
      const fix = linkFix(document, diagnostic);
      if (fix) actions.push(fix);
      continue;
    }
    const level = (diagnostic.data as { level?: unknown } | undefined)?.level;
    if (diagnostic.code === 'misspelt-level' && typeof level === 'string') {
      actions.push(quickFix(`Write the level as the course does: ${level}`, document, TextEdit.replace(diagnostic.range, level), diagnostic));
      continue;
    }
    if (diagnostic.code === 'level-claim' && (diagnostic.data as { tick?: unknown } | undefined)?.tick === true) {
      actions.push(quickFix('Tick it: your notes reach this level', document, TextEdit.replace(diagnostic.range, '[x]'), diagnostic));
      continue;
    }
    const action = fixFor(document, diagnostic);
    if (action) actions.push(action);
  }
  return actions;
}

/**
 * "This is «Video: VMs Versus Containers Deep Dive»": the course's link written into the student's
 * line, which makes the placement sure. The student's words stay: a title without a link becomes the
 * link's text; a title linked to the student's own notes keeps its link, and the course's follows it.
 * A course module without a page gets the course's title instead.
 */
function placementFixes(document: NotesDocument, diagnostic: Diagnostic): CodeAction[] {
  // A section kept by topic (`### Container`) is no module of the reader's: its title is the diagnostic's range.
  const module = document.model.modules.find((candidate) => sameRange(candidate.titleRange, diagnostic.range)) ?? { titleRange: diagnostic.range };
  const titles = (diagnostic.data as { courseTitles?: unknown } | undefined)?.courseTitles;
  if (!Array.isArray(titles)) return [];
  return titles.flatMap((title, index) => {
    const listed = courseModuleTitled(document, title);
    if (!listed) return [];
    const action = quickFix(listed.url ? `This is "${listed.title}": link it to the course's page` : `This is "${listed.title}": write the course's title`, document, placementEdit(document, module, listed), diagnostic);
    return [{ ...action, isPreferred: index === 0 && diagnostic.code === 'likely-module' }];
  });
}

/**
 * "Put these notes under "Video: Hadoop Intro"": notes right under an area's heading get a module's
 * heading, one level below the area's, with the course's link, which makes them that module's.
 */
function headingOverFixes(document: NotesDocument, diagnostic: Diagnostic): CodeAction[] {
  const titles = (diagnostic.data as { headingsOver?: unknown } | undefined)?.headingsOver;
  if (!Array.isArray(titles)) return [];
  const line = diagnostic.range.start.line;
  const depth = headingLine(document.lines.lineText(line))?.depth ?? 2;
  const end = document.lines.positionAt(document.lines.lineEnd(line));
  return titles.flatMap((title) => {
    const listed = courseModuleTitled(document, title);
    if (!listed) return [];
    const heading = `${'#'.repeat(Math.min(depth + 1, 6))} ${listed.url ? `[${linkText(listed.title)}](${listed.url})` : listed.title}`;
    // Which module the notes are is the student's to say: none is preferred.
    return [{ ...quickFix(`Put these notes under a heading of "${listed.title}"`, document, TextEdit.insert(end, `${lineBreakAfter(document, line)}${heading}`), diagnostic), isPreferred: false }];
  });
}

function placementEdit(document: NotesDocument, module: Pick<Module, 'titleRange' | 'url'>, listed: CatalogModule): TextEdit {
  if (!listed.url || !module.url) {
    // The title's range ends where the time begins: the space between them stays.
    const start = document.lines.offsetAt(module.titleRange.start);
    const title = document.text.slice(start, document.lines.offsetAt(module.titleRange.end)).trimEnd();
    return TextEdit.replace(document.lines.range(start, start + title.length), listed.url ? `[${linkText(title)}](${listed.url})` : listed.title);
  }
  const line = module.titleRange.end.line;
  const after = document.lines.lineText(line).slice(module.titleRange.end.character);
  const close = /^[^\n]*?\]\([^)]*\)/.exec(after);
  const at = { line, character: module.titleRange.end.character + (close ? close[0].length : 0) };
  return TextEdit.insert(at, ` ([course page](${listed.url}))`);
}

/** The course's address of the module the title names, in place of the copied one. */
function linkFix(document: NotesDocument, diagnostic: Diagnostic): CodeAction | undefined {
  const module = document.model.modules.find((candidate) => sameRange(candidate.titleRange, diagnostic.range));
  const title = (diagnostic.data as { courseTitles?: unknown[] } | undefined)?.courseTitles?.[0];
  const listed = courseModuleTitled(document, title);
  if (!module?.url || !listed?.url) return undefined;
  // The address follows the title, on the line its text ends (a link's text may be wrapped over two).
  const line = module.titleRange.end.line;
  const at = document.lines.lineText(line).indexOf(module.url, module.titleRange.end.character);
  if (at < 0) return undefined;
  const range = { start: { line, character: at }, end: { line, character: at + module.url.length } };
  return quickFix(`Link it to the page of "${listed.title}"`, document, TextEdit.replace(range, listed.url), diagnostic);
}

/** The course's module of this title, as a diagnostic's data names it. */
function courseModuleTitled(document: NotesDocument, title: unknown): CatalogModule | undefined {
  return typeof title === 'string' ? document.catalog.modules.find((candidate) => candidate.title === title) : undefined;
}

/** Brackets in the student's title would end the link's text early. */
function linkText(text: string): string {
  return text.replace(/[[\]]/g, (bracket) => `\\${bracket}`);
}

function fixFor(document: NotesDocument, diagnostic: Diagnostic): CodeAction | undefined {
  switch (diagnostic.code) {
    case 'missing-time':
    case 'invalid-time': {
      const module = moduleAt(document, diagnostic.range);
      return module && timeFix(document, module, diagnostic);
    }
    case 'placeholder': {
      const placeholder = document.model.placeholders.find((candidate) => sameRange(candidate.range, diagnostic.range));
      return placeholder && placeholderFix(document, placeholder, diagnostic);
    }
    default:
      return undefined;
  }
}

function moduleAt(document: NotesDocument, range: Range): Module | undefined {
  return document.model.modules.find((module) => {
    const estimate = module.estimate;
    return sameRange(openerLineRange(document.lines, module), range) || (estimate !== undefined && sameRange(estimate.range, range));
  });
}

function timeFix(document: NotesDocument, module: Module, diagnostic: Diagnostic): CodeAction | undefined {
  const logged = loggedMinutes(diagnostic);
  const suggested = logged ?? document.catalog.find(module.title, module.url)?.minutes;
  const minutes = suggested ?? placeholderMinutes;
  // A new estimate is written as the module's neighbours write theirs, on the line below too.
  const style = module.estimate ? detectEstimateStyle(document) : detectOpenerShape(document, module.openerRange.start).estimate;
  const edit = module.estimate ? estimateEdit(document, module.estimate, timeText(minutes, style), style) : moduleMinutesEdits(document, module, minutes)[0];
  if (!edit) return undefined;
  const why = logged !== undefined ? 'from your time log' : suggested !== undefined ? 'the course catalog’s suggestion' : 'a placeholder: change it to your time';
  const verb = module.estimate?.kind === 'unreadable' ? 'Add the unit to the time estimate' : 'Add a time estimate';
  const title = module.estimate?.kind === 'unreadable' && /\d/.test(module.estimate.text) ? verb : `${verb}: ${timeText(minutes, style)} (${why})`;
  return quickFix(title, document, edit, diagnostic);
}

/** The minutes the diagnostic says the student's own time log gives the module; the client sends its data back as it may. */
function loggedMinutes(diagnostic: Diagnostic): number | undefined {
  const minutes = (diagnostic.data as { loggedMinutes?: unknown } | undefined)?.loggedMinutes;
  return typeof minutes === 'number' && Number.isInteger(minutes) && minutes > 0 ? minutes : undefined;
}

function estimateEdit(document: NotesDocument, estimate: TimeEstimate, time: string, style: EstimateStyle): TextEdit | undefined {
  if (estimate.kind === 'unreadable') {
    const number = /\d+(?:\.\d+)?(?!.*\d)/.exec(estimate.text);
    if (number) return TextEdit.insert(offsetInEstimate(document, estimate, number.index + number[0].length), `${style.gap}${style.unit}`);
  }
  return fillEstimate(document, estimate, time);
}

/** Deletes the placeholder's whole line when it stands alone, else only its text. */
function placeholderFix(document: NotesDocument, placeholder: Placeholder, diagnostic: Diagnostic): CodeAction | undefined {
  const { start, end } = placeholder.range;
  const opensModule = document.model.modules.some((module) => module.openerRange.start.line <= end.line && module.openerRange.end.line >= start.line);
  if (opensModule) return undefined;
  const before = document.lines.lineText(start.line).slice(0, start.character);
  const after = document.lines.lineText(end.line).slice(end.character);
  const alone = /^[\s>]*$/.test(before) && after.trim() === '';
  const range = alone ? wholeLines(document, start.line, end.line + (betweenBlankLines(document, start.line, end.line) ? 1 : 0)) : placeholder.range;
  return quickFix(`Remove the template text "${placeholder.text}"`, document, TextEdit.del(range), diagnostic);
}

/** A paragraph of its own: its blank line after goes with it, or two blank lines would stand where it was. */
function betweenBlankLines({ lines }: NotesDocument, first: number, last: number): boolean {
  const blank = (line: number) => lines.lineText(line).trim() === '';
  return (first === 0 || blank(first - 1)) && last + 1 < lines.lineCount && blank(last + 1);
}

function wholeLines(document: NotesDocument, first: number, last: number): Range {
  // A byte order mark belongs to the file, not to its first line: it stays.
  const startOffset = document.lines.lineStart(first) + (first === 0 && document.text.charCodeAt(0) === 0xfeff ? 1 : 0);
  const endOffset = last + 1 < document.lines.lineCount ? document.lines.lineStart(last + 1) : document.lines.lineEnd(last);
  return document.lines.range(startOffset, endOffset);
}

function quickFix(title: string, document: NotesDocument, edit: TextEdit, diagnostic: Diagnostic): CodeAction {
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: true, edit: { changes: { [document.uri]: [edit] } } };
}
