import type { CatalogIndex } from '../notes/catalog';
import type { Area, Level, Module } from '../notes/types';
import { areaName, union } from '../notes/shown';
import type { NotesDocument } from '../document/notesDocument';
import type { OutlineArea, OutlineLevel, OutlineModule, OutlineResult } from '../protocol/protocol';
import { webUrl } from '../document/safeText';
import { minutesText } from '../course/progressText';
import { moduleTime, summaryOf, totalOf } from '../document/timeTotals';

/**
 * The sidebar's and status bar's view of a document; totalMinutes count the lower end of ranges.
 * `isNotes` is the service's to say (a course page reads like notes and is none).
 */
export function buildOutline(document: NotesDocument, isNotes: boolean): OutlineResult {
  const { model } = document;
  const modules = isNotes ? model.modules : [];
  const total = totalOf(modules);
  return {
    uri: document.uri,
    isNotes,
    title: isNotes ? model.title?.text : undefined,
    totalMinutes: total.minutes.min,
    time: minutesText(total.minutes.min),
    modulesWithoutEstimate: total.withoutEstimate,
    summary: summaryOf(total),
    areas: isNotes ? model.areas.map((area) => outlineArea(area, document.catalog)) : [],
    modules: modules.filter((module) => module.areaIndex === undefined).map((module) => outlineModule(module, document.catalog)),
  };
}

function outlineArea(area: Area, catalog: CatalogIndex): OutlineArea {
  const inLevels = new Set(area.levels.flatMap((level) => level.modules));
  const total = totalOf(area.modules);
  return {
    name: areaName(area),
    // Over all its levels: the model's range ends at the heading while the levels have no modules yet,
    // and "Insert Module Here" writes at the end of this range.
    range: area.levels.map((level) => level.range).reduce(union, area.range),
    totalMinutes: total.minutes.min,
    time: minutesText(total.minutes.min),
    summary: summaryOf(total),
    levels: area.levels.map((level) => outlineLevel(level, catalog)),
    modules: area.modules.filter((module) => !inLevels.has(module)).map((module) => outlineModule(module, catalog)),
  };
}

function outlineLevel(level: Level, catalog: CatalogIndex): OutlineLevel {
  const total = totalOf(level.modules);
  return { name: level.name, range: level.range, totalMinutes: total.minutes.min, time: minutesText(total.minutes.min), summary: summaryOf(total), modules: level.modules.map((module) => outlineModule(module, catalog)) };
}

/** The client opens `url` on request: only web addresses are offered, never javascript: or command: links. */
function outlineModule(module: Module, catalog: CatalogIndex): OutlineModule {
  const readable = module.estimate?.kind === 'minutes' ? module.estimate.minutes : undefined;
  const listed = catalog.find(module.title, module.url);
  return {
    title: module.title,
    url: webUrl(module.url),
    range: module.range,
    time: moduleTime(module),
    minutes: readable?.min,
    hasEstimate: readable !== undefined,
    ...(listed && { courseTitle: listed.title }),
  };
}
