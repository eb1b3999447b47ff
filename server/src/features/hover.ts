import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import { formatMinutes } from '../notes/timeEstimate';
import type { Module, Range } from '../notes/types';
import type { CatalogEntry } from '../service/catalogSources';
import { areaName, rangeContains } from '../notes/shown';
import { isNotesDocument, type NotesDocument } from '../service/notesDocument';
import type { StudyNotesSettings } from '../service/settings';
import { markdownText, webUrl } from '../service/safeText';
import { moduleTime, summaryOfModules } from '../service/timeTotals';

/** Looks a written module up: the merged catalog (see catalogSources), or the document's own. */
export interface ModuleLookup {
  find(title: string, url?: string): CatalogEntry | undefined;
}

/** On an estimate: the totals it counts towards; on a module title: what the catalogs say about it. */
export function hover(document: NotesDocument, position: Position, settings: Pick<StudyNotesSettings, 'notesFiles'>, catalog: ModuleLookup = courseLookup(document)): Hover | null {
  if (!isNotesDocument(document, settings)) return null;
  for (const module of document.model.modules) {
    if (module.estimate && rangeContains(module.estimate.range, position)) return estimateHover(document, module, module.estimate.range);
    if (rangeContains(module.titleRange, position)) return catalogHover(catalog, module);
  }
  return null;
}

function courseLookup(document: NotesDocument): ModuleLookup {
  return {
    find(title, url) {
      const module = document.catalog.find(title, url);
      return module && { module, source: 'course', origin: 'course catalog' };
    },
  };
}

function estimateHover(document: NotesDocument, module: Module, range: Range): Hover {
  const lines = [`**${markdownText(module.title)}**: ${moduleTime(module) ?? 'no readable estimate'}`];
  const level = document.model.levels.find((candidate) => candidate.modules.includes(module));
  if (level) lines.push(`Level ${level.name}: ${summaryOfModules(level.modules)}`);
  const area = module.areaIndex !== undefined ? document.model.areas[module.areaIndex] : undefined;
  if (area) lines.push(`${markdownText(areaName(area))}: ${summaryOfModules(area.modules)}`);
  lines.push(`All notes: ${summaryOfModules(document.model.modules)}`);
  return { contents: { kind: MarkupKind.Markdown, value: lines.join('  \n') }, range };
}

function catalogHover(catalog: ModuleLookup, module: Module): Hover | null {
  const found = catalog.find(module.title, module.url);
  if (!found) return null;
  const entry = found.module;
  const lines = [`**${markdownText(entry.title)}** (${markdownText(found.origin)})`, markdownText([entry.area, entry.level, entry.group].filter(Boolean).join(', '))];
  if (entry.minutes !== undefined) lines.push(`Suggested time: ${formatMinutes({ min: entry.minutes, max: entry.minutes })}`);
  if (entry.url) lines.push(webUrl(entry.url) ? `<${webUrl(entry.url)}>` : markdownText(entry.url));
  return { contents: { kind: MarkupKind.Markdown, value: lines.join('  \n') }, range: module.titleRange };
}

