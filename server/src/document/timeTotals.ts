import type { CatalogIndex } from '../notes/catalog';
import { formatMinutes } from '../notes/timeEstimate';
import type { Minutes, Module, NotesModel } from '../notes/types';
import { rememberingLookups, type NotesDocument } from './notesDocument';

export interface TimeTotal {
  /** Sum of the readable estimates; ranges add up end by end. */
  minutes: Minutes;
  modules: number;
  withoutEstimate: number;
  /** Modules without a time whose time is written in another area (timedInAnotherArea): not without an estimate. */
  timedElsewhere: number;
}

/** The module's normalised estimate ("30 min", "1 h 30 min"), if one is readable. */
export function moduleTime(module: Module): string | undefined {
  return module.estimate?.kind === 'minutes' ? formatMinutes(module.estimate.minutes) : undefined;
}

/** The course's titles a module of the notes stands for. */
export type CourseTitles = (module: Module) => readonly string[];

const noModules: ReadonlySet<Module> = new Set();

/**
 * The modules without a time whose course module these notes time in another area: the course
 * lists some in two (`* QwikLab: Intro to S3 - already completed in Area 1`), and their time is
 * written once. The diagnostics say no missing time of them, and no total counts them without an estimate.
 */
export function timedInAnotherArea(modules: readonly Module[], courseTitles: CourseTitles): ReadonlySet<Module> {
  const untimed = modules.filter((module) => !module.estimate);
  if (!untimed.length) return noModules;
  const timedIn = new Map<string, Set<number | undefined>>();
  for (const module of modules) {
    if (module.estimate?.kind !== 'minutes') continue;
    for (const title of courseTitles(module)) timedIn.set(title, (timedIn.get(title) ?? new Set()).add(module.areaIndex));
  }
  if (!timedIn.size) return noModules;
  return new Set(untimed.filter((module) => courseTitles(module).some((title) => [...(timedIn.get(title) ?? [])].some((area) => area !== module.areaIndex))));
}

/** The course module the catalog finds for each module (the reading's lookups, remembered): what a view without the student's progress places. */
export function catalogTitles(catalog: CatalogIndex): CourseTitles {
  const lookups = rememberingLookups(catalog);
  return (module) => {
    const listed = lookups.find(module.title, module.url);
    return listed ? [listed.title] : [];
  };
}

const timedElsewhereOf = new WeakMap<NotesModel, ReadonlySet<Module>>();

/** The document's modules timed in another area, as the catalog places them; once a reading, as the outline, the symbols and a hover each ask. */
export function timedElsewhereIn(document: Pick<NotesDocument, 'model' | 'catalog'>): ReadonlySet<Module> {
  let timed = timedElsewhereOf.get(document.model);
  if (!timed) {
    timed = timedInAnotherArea(document.model.modules, catalogTitles(document.catalog));
    timedElsewhereOf.set(document.model, timed);
  }
  return timed;
}

/** `timedElsewhere`: modules whose time is written in another area (timedInAnotherArea), not counted without an estimate. */
export function totalOf(modules: readonly Module[], timedElsewhere: ReadonlySet<Module> = noModules): TimeTotal {
  const total: TimeTotal = { minutes: { min: 0, max: 0 }, modules: modules.length, withoutEstimate: 0, timedElsewhere: 0 };
  for (const module of modules) {
    if (module.estimate?.kind === 'minutes') {
      total.minutes.min += module.estimate.minutes.min;
      total.minutes.max += module.estimate.minutes.max;
    } else if (timedElsewhere.has(module)) total.timedElsewhere++;
    else total.withoutEstimate++;
  }
  return total;
}

/** Whether a module of the total has a time of its own: else its minutes, 0, say nothing. */
export function hasOwnTimes(total: TimeTotal): boolean {
  return total.withoutEstimate + total.timedElsewhere < total.modules;
}

/** What a module without a time of its own says, where its time is written in another area. */
export const timedInAnotherAreaText = 'timed in another area';

/** "3 h 25 min, 1 module without estimate, 1 timed in another area" */
export function summaryOf(total: TimeTotal): string {
  if (total.modules === 0) return 'no modules';
  const parts: string[] = [];
  if (hasOwnTimes(total)) parts.push(formatMinutes(total.minutes));
  if (total.withoutEstimate > 0) parts.push(`${total.withoutEstimate} ${total.withoutEstimate === 1 ? 'module' : 'modules'} without estimate`);
  if (total.timedElsewhere > 0) parts.push(`${total.timedElsewhere} ${timedInAnotherAreaText}`);
  return parts.join(', ');
}

export function summaryOfModules(modules: readonly Module[], timedElsewhere?: ReadonlySet<Module>): string {
  return summaryOf(totalOf(modules, timedElsewhere));
}
