import type { Module } from '../notes/types';
import type { NotesDocument } from '../document/notesDocument';
import type { WriteStudyTimeParams, WriteStudyTimeResult } from '../protocol/protocol';
import { moduleMinutesEdits } from '../document/timeWriter';

/**
 * The answer to the study timer's `studyNotes/writeStudyTime`: the module the client means, and the
 * edits that make its time what the student measured (added to the time written, or in its place).
 */
export function writeStudyTime(document: NotesDocument, { module: wanted, minutes, mode }: Pick<WriteStudyTimeParams, 'module' | 'minutes' | 'mode'>): WriteStudyTimeResult | null {
  const module = timedModule(document.model.modules, wanted);
  if (!module) return null;
  const minutesBefore = module.estimate?.kind === 'minutes' ? module.estimate.minutes.min : undefined;
  const target = Math.max(0, Math.round(mode === 'add' ? (minutesBefore ?? 0) + minutes : minutes));
  return { version: document.version, edits: moduleMinutesEdits(document, module, target), line: module.openerRange.start.line, minutesBefore, minutes: target };
}

/**
 * The module at the line with the title; else the title nearest the line (lines above moved); else
 * the module at the line (its title was edited).
 */
function timedModule(modules: readonly Module[], { title, line }: { title: string; line: number }): Module | undefined {
  const lineOf = (module: Module) => module.openerRange.start.line;
  const named = modules.filter((module) => module.title === title).sort((a, b) => Math.abs(lineOf(a) - line) - Math.abs(lineOf(b) - line));
  return named[0] ?? modules.find((module) => lineOf(module) === line);
}
