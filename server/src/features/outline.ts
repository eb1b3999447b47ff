import type { CatalogIndex } from '../notes/catalog';
import type { Area, Level, Module } from '../notes/types';
import { areaName, union } from '../notes/shown';
import type { NotesDocument } from '../document/notesDocument';
import type { OutlineArea, OutlineLevel, OutlineModule, OutlineResult } from '../protocol/protocol';
import { webUrl } from '../document/safeText';
import { minutesText } from '../course/progressText';
import { moduleTime, summaryOf, timedElsewhereIn, totalOf } from '../document/timeTotals';

/**
 * The sidebar's and status bar's view of a document; totalMinutes count the lower end of ranges.
 * `isNotes` is the service's to say (a course page reads like notes and is none).
 */
export function buildOutline(document: NotesDocument, isNotes: boolean): OutlineResult {
  const { model } = document;
  const modules = isNotes ? model.modules : [];
  const counted: Counted = { catalog: document.catalog, timedElsewhere: timedElsewhereIn(document) };
  const total = totalOf(modules, counted.timedElsewhere);
  return {
    uri: document.uri,
    isNotes,
    title: isNotes ? model.title?.text : undefined,
    totalMinutes: total.minutes.min,
    time: minutesText(total.minutes.min),
    modulesWithoutEstimate: total.withoutEstimate,
    summary: summaryOf(total),
    areas: isNotes ? model.areas.map((area) => outlineArea(area, counted)) : [],
    modules: modules.filter((module) => module.areaIndex === undefined).map((module) => outlineModule(module, counted)),
  };
}

/** What the outline's entries are counted and named by: the course's catalog, and the modules timed in another area (not without an estimate). */
interface Counted {
  catalog: CatalogIndex;
  timedElsewhere: ReadonlySet<Module>;
}

function outlineArea(area: Area, counted: Counted): OutlineArea {
  const inLevels = new Set(area.levels.flatMap((level) => level.modules));
  const total = totalOf(area.modules, counted.timedElsewhere);
  return {
    name: areaName(area),
    // Over all its levels: the model's range ends at the heading while the levels have no modules yet,
    // and "Insert Module Here" writes at the end of this range.
    range: area.levels.map((level) => level.range).reduce(union, area.range),
    totalMinutes: total.minutes.min,
    time: minutesText(total.minutes.min),
    summary: summaryOf(total),
    modulesWithoutEstimate: total.withoutEstimate,
    levels: area.levels.map((level) => outlineLevel(level, counted)),
    modules: area.modules.filter((module) => !inLevels.has(module)).map((module) => outlineModule(module, counted)),
  };
}

function outlineLevel(level: Level, counted: Counted): OutlineLevel {
  const total = totalOf(level.modules, counted.timedElsewhere);
  return {
    name: level.name,
    range: level.range,
    totalMinutes: total.minutes.min,
    time: minutesText(total.minutes.min),
    summary: summaryOf(total),
    modulesWithoutEstimate: total.withoutEstimate,
    modules: level.modules.map((module) => outlineModule(module, counted)),
  };
}

/** The client opens `url` on request: only web addresses are offered, never javascript: or command: links. */
function outlineModule(module: Module, { catalog, timedElsewhere }: Counted): OutlineModule {
  const readable = module.estimate?.kind === 'minutes' ? module.estimate.minutes : undefined;
  const listed = catalog.find(module.title, module.url);
  return {
    title: module.title,
    url: webUrl(module.url),
    range: module.range,
    time: moduleTime(module),
    minutes: readable?.min,
    hasEstimate: readable !== undefined,
    ...(timedElsewhere.has(module) && { timedElsewhere: true as const }),
    ...(listed && { courseTitle: listed.title }),
  };
}
