import type { CatalogModule } from '../notes/catalog';
import { levelNameOf, plainMarkerText, readLevelMarker } from '../notes/markers';
import { plainMarkup } from '../notes/openers';
import { scanEstimate } from '../notes/timeEstimate';
import type { CatalogRead } from './userCatalog';
import { trimEndMatching } from '../notes/trimRuns';

/**
 * A course page in Markdown, written like the course site's topic pages: the page title names the
 * area, `> To achieve *Beginner Level* mastery ...` opens a level, `Containers:` a group, and each
 * list item `- [Lab: Docker Intro](https://...) - 30 min` under a level is a module. Read line by
 * line: the pages are small and regular, and a line that fits no role is simply prose.
 */
export function readCoursePage(text: string): CatalogRead {
  const lines = text.split(/\r\n|\r|\n/);
  const { area, bodyStart } = pageTitle(lines);
  if (!area) return { modules: [], problems: ['no page title: expected front matter with "title: <area>" or a "# <area>" heading'] };
  const modules = readModules(lines.slice(bodyStart), area);
  if (modules.length === 0) return { modules, problems: ['no modules: expected list items like "- [Lab: Docker Intro](https://...) - 30 min" under a line like "> To achieve *Beginner Level* mastery ..."'] };
  return { modules, problems: [] };
}

function pageTitle(lines: string[]): { area?: string; bodyStart: number } {
  if (lines[0]?.trim() === '---') {
    const end = lines.indexOf('---', 1);
    const title = lines.slice(1, end < 0 ? undefined : end).map((line) => /^title:\s*(.+)$/.exec(line.trim())?.[1]).find((found) => found);
    if (title) return { area: title.replace(/^(["'])(.*)\1$/, '$2').trim(), bodyStart: end < 0 ? lines.length : end + 1 };
  }
  const heading = lines.findIndex((line) => /^#\s+\S/.test(line));
  return heading < 0 ? { bodyStart: 0 } : { area: plainMarkup(lines[heading].replace(/^#\s+/, '')).trim(), bodyStart: heading + 1 };
}

interface PageState {
  level?: string;
  group?: string;
  /** Indentation of the level's module items; deeper items are details of the one above. */
  itemIndent?: number;
  inComment: boolean;
}

/**
 * Lines before the first level are the page's introduction; a rule or a "More resources:" group
 * after the levels ends the modules: what follows is optional reading, not part of a level.
 */
function readModules(lines: string[], area: string): CatalogModule[] {
  const modules: CatalogModule[] = [];
  const state: PageState = { inComment: false };
  for (const line of lines) {
    if (skipComment(line, state)) continue;
    if (state.level && /^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) break;
    const item = /^(\s*)[-*+]\s+(.*)$/.exec(line);
    if (!item) {
      readHeadingLine(line, state);
      if (state.group && /^more\b/i.test(state.group)) break;
      continue;
    }
    // Struck-through items are modules the course withdrew.
    if (!state.level || /^(<del>|~~)/.test(item[2])) continue;
    state.itemIndent ??= item[1].length;
    if (item[1].length > state.itemIndent) continue;
    const module = readItem(item[2], { area, level: state.level, group: state.group });
    if (module) modules.push(module);
  }
  return modules;
}

function skipComment(line: string, state: PageState): boolean {
  const opens = line.includes('<!--');
  const closes = line.includes('-->');
  if (state.inComment) {
    state.inComment = !closes;
    return true;
  }
  state.inComment = opens && !closes;
  return opens;
}

/** `> To achieve *Intermediate Level* ...` and `Bring it all together:` open a level; any other `Name:` line opens a group. */
function readHeadingLine(line: string, state: PageState): void {
  const plain = plainMarkerText(plainMarkup(line));
  if (!plain) return;
  const level = /\b(beginner|intermediate|advanced)\s+level\b/i.exec(plain);
  const marker = readLevelMarker(plain.replace(/:$/, ''));
  if ((level && line.trimStart().startsWith('>')) || (marker && marker.rest === '')) {
    state.level = level ? levelNameOf(level[1]) : marker?.name;
    state.group = undefined;
    state.itemIndent = undefined;
  } else if (state.level && /:$/.test(plain) && plain.length <= 80) {
    state.group = plain.slice(0, -1).trim();
  }
}

/** A list item under a level is a module, unless it is a sentence of instructions without a time. */
function readItem(text: string, place: Pick<CatalogModule, 'area' | 'level' | 'group'>): CatalogModule | undefined {
  const estimate = scanEstimate(text);
  const minutes = estimate?.kind === 'minutes' ? estimate.minutes?.min : undefined;
  const beforeTime = estimate ? text.slice(0, estimate.start) : text;
  const link = /\[([^\]]+)\]\(<?([^)\s>]+)>?\)/.exec(text);
  const title = itemTitle(beforeTime, link?.index === 0 ? link : undefined);
  if (!title || (minutes === undefined && link?.index !== 0 && title.split(/\s+/).length > 12)) return undefined;
  const module: CatalogModule = { area: place.area, level: place.level, title };
  if (place.group) module.group = place.group;
  if (link) module.url = link[2];
  if (minutes !== undefined) module.minutes = minutes;
  return module;
}

/**
 * `[Lab: Docker Intro](url) - 30 min` is the link's text; `[Install DPDK](url) and run the
 * skeleton app - 180 mins` goes on after the link; `Video: Netmap: [Usenix talk](url) or [...]`
 * is named before its links; `Performance Evaluation - details later` before the dash.
 */
function itemTitle(beforeTime: string, leadingLink: RegExpExecArray | undefined): string {
  const clean = (text: string) => trimEndMatching(plainMarkup(text), /[\s.:\-–]/).trim();
  if (leadingLink) {
    const rest = beforeTime.slice(leadingLink[0].length).trim();
    return /^[\p{Ll}`]/u.test(rest) ? clean(beforeTime) : clean(leadingLink[1]);
  }
  const named = /^(.*?):\s*\[/.exec(beforeTime);
  if (named) return clean(named[1]);
  return clean(beforeTime.split(/\s+[-–]\s+/)[0]);
}
