import { normaliseTitle, type CatalogModule } from '../notes/catalog';
import { frontMatter } from '../notes/frontMatter';
import { levelNamed } from '../notes/markers';
import { plainMarkup } from '../notes/openers';
import { durationSpan, scanEstimate } from '../notes/timeEstimate';
import { trimEndMatching } from '../notes/trimRuns';
import type { CourseName } from '../notes/types';
import type { CourseSpec, LevelSpec, RoundRule } from './course';
import type { CourseRead } from './courseJson';
import { declaredLevels, mergedNames, nameMatching, namedAlso, withoutAlso } from './pageNames';
import { readRoundLine, type RoundOptions } from './pageRounds';

/**
 * A course written as course sites write it, in Markdown: one page per area (its title names the
 * area) or one page whose `## Headings` are the areas; `> To achieve *Basics Level* mastery …`
 * (any emphasised "… Level", or a heading naming a level) opens a level; `Networking:` or a
 * `### Heading` opens a group; each list item under a level is a module, `- [Lab: Title](url) -
 * 30 min`. Struck through, a module is withdrawn (and one of a choice with the module that
 * replaced it); "(optional)", a "More …:" group or a rule after the levels make modules optional;
 * "One of:" or "Two of the following:" over nested items makes a choice. Rounds are the labelled
 * lines with a due date (pageRounds.ts), on any page. See docs/course-format.md.
 */
export interface CoursePage {
  /** As the user named the file: messages say it. */
  name: string;
  text: string;
}

/** The levels known while reading: the declared ones with what they count, then those the pages open. */
interface PageLevels {
  /** Level names, lowest first. */
  names: string[];
  declared: readonly LevelSpec[];
}

interface PageState {
  area: string;
  level?: string;
  group?: string;
  /** A part of the level (`levels: Builder + Capstone`) its group line names: its modules are filed there. */
  part?: string;
  /** Indentation of the level's module items; deeper items are details of the one above, or a choice's members. */
  itemIndent?: number;
  choice?: { name: string; indent: number };
  /** After a rule or a "More …" group: what follows is optional reading. */
  extras: boolean;
  /** The areas named so far, with what else their students call them. */
  areas: CourseName[];
  inComment: boolean;
  /** The line read, as numbered in the file. */
  line: number;
  /** The area's items with a time while no level is open. */
  underNoLevel: LeftOut[];
  leftOut: LeftOut[][];
}

/**
 * A table's row as the item it lists: `| 1 | [Lab: SQL Injection](…) | 1 hour | (optional) |` is
 * `[Lab: SQL Injection](…) - 1 hour (optional)`: the title the cell with a link (else the first
 * cell of words), the time the cell holding one. A row without a time is no module (its header, its
 * rule, a table of references); undefined for a line that is no row.
 */
function tableRowItem(line: string): string | null | undefined {
  if (!/^\s*\|.*\|\s*$/.test(line)) return undefined;
  const cells = line.trim().slice(1, -1).split(/(?<!\\)\|/).map((cell) => cell.trim());
  const timed = cells.findIndex((cell) => durationSpan(cell) !== undefined && !/\[[^\]]*\]\(/.test(cell));
  const linked = cells.findIndex((cell) => /\[[^\]]+\]\([^)]+\)/.test(cell));
  const titled = linked >= 0 ? linked : cells.findIndex((cell, index) => index !== timed && /\p{L}/u.test(cell));
  if (timed < 0 || titled < 0) return null;
  const rest = cells.filter((cell, index) => index !== timed && index !== titled && /\p{L}/u.test(cell));
  return [`${cells[titled]} - ${cells[timed]}`, ...rest].join(' ');
}

/**
 * `## Part A: Web Security`: students head the area by its name; `Part A` is where the page puts it.
 * The whole heading stays its name, the rest another it is called.
 */
function areaNamed(heading: string): CourseName {
  const named = namedAlso(heading);
  const rest = /^(?:part|section|unit|track|module|area|topic|parte|sección|unidad|teil|partie)\s+(?:[A-Z]|\d{1,2}|[IVX]{1,4})\s*[:.—–-]\s*(\S.*)$/iu.exec(named.name)?.[1];
  return rest ? { ...named, otherNames: [...(named.otherNames ?? []), rest] } : named;
}

/** An item with a time where no level is open: a module its students' notes would count for nothing, or not one at all (a schedule). */
interface LeftOut {
  line: number;
  area: string;
  title: string;
}

interface PageRead {
  title?: string;
  /** The areas it names, with what else their students call them. */
  areas: CourseName[];
  fields: Map<string, string>;
  modules: CatalogModule[];
  choices: Record<string, number>;
  lines: string[];
  /** The line number of `lines[0]` in the file, less one. */
  bodyStart: number;
  /** Items with a time where no level is open, by the run they stand in: said, never counted. */
  leftOut: LeftOut[][];
}

export function readCoursePages(pages: readonly CoursePage[], options: RoundOptions = {}): CourseRead {
  const declared = pages.flatMap((page) => declaredLevels(frontMatter(page.text.split(/\r\n|\r|\n/)).fields.get('levels')));
  const levels: PageLevels = { names: [...new Set(declared.map((level) => level.name))], declared };
  const read = pages.map((page) => readPage(page, levels));
  const modules = read.flatMap((page) => page.modules);
  if (modules.length === 0) return { problems: [`no modules: expected list items like "- [Lab: Title](https://...) - 30 min" under a line like "> To achieve *Basics Level* mastery ..."`] };
  const problems: string[] = [];
  const spec: CourseSpec = { modules };
  const field = (name: string): string | undefined => read.map((page) => page.fields.get(name)).find((value) => value !== undefined);
  const yearField = field('year');
  const year = options.year ?? (yearField === undefined ? undefined : Number(yearField));
  const title = field('course') ?? read.find((page) => page.modules.length === 0 || new Set(page.modules.map((module) => module.area)).size > 1)?.title;
  if (field('id')) spec.id = field('id');
  if (title) spec.title = title;
  if (field('site')) spec.site = field('site');
  const zone = field('timezone') ?? field('timeZone');
  if (zone) spec.timeZone = zone;
  const areaNames = mergedNames(read.flatMap((page) => page.areas));
  spec.areas = [...new Set(modules.map((module) => module.area))].map((name) => areaNames.find((area) => area.name === name) ?? { name });
  spec.levels = courseLevels(levels, modules);
  const unmeasured: { name: string; where: string; line: string }[] = [];
  const rounds = read.flatMap((page, index) => page.lines.flatMap((line, at) => {
    const round = readRoundLine(line, levels.names, page.title, { year }, spec.areas?.length ?? 0);
    const where = `${pages[index].name}:${page.bodyStart + at + 1}`;
    if (round && 'problem' in round) problems.push(`${where}: ${round.problem}`);
    if (round && 'unmeasured' in round) unmeasured.push({ name: round.unmeasured, where, line });
    return round && 'round' in round ? [round.round] : [];
  }));
  if (rounds.length) spec.rounds = rounds;
  problems.push(...unmeasuredRounds(unmeasured, rounds));
  const notices = read.flatMap((page, index) => page.leftOut.map((run) => leftOutNotice(pages[index].name, run, levels.names[0] ?? 'Basics')));
  const choices = Object.assign({}, ...read.map((page) => page.choices)) as Record<string, number>;
  if (Object.keys(choices).length) spec.choices = choices;
  return problems.length ? { problems } : { spec, problems, notices };
}

/**
 * A line like a round's but for its number of areas is a round left out, when its label is
 * numbered (`Entrega 4`) or shares a word with a round read (`Final Round` by `Round 1`) and it
 * asks something (`you must reach`, `debes alcanzar`); `Office hours:` with a date and a level, or
 * `Round 1 recap: on 2018-10-30 we saw Basics level work`, are not.
 */
function unmeasuredRounds(unmeasured: readonly { name: string; where: string; line: string }[], rounds: readonly RoundRule[]): string[] {
  const roundWords = new Set(rounds.flatMap((round) => labelWords(round.name)));
  return unmeasured
    .filter(({ name, line }) => (/\d/.test(name) || labelWords(name).some((word) => roundWords.has(word))) && asks.test(line))
    .map(({ name, where }) => `${where}: "${name}": a due date and a level, but not in how many areas: write "in two areas" (or "en dos áreas", "in zwei Bereichen", "dans deux domaines")`);
}

/** What a round asks of the student, in the languages rounds are read in (pageRounds.ts). */
const asks = /(?<!\p{L})(?:must|needs?|reach|achieve|attain|complete|debes|deben|debe|alcanzar|lograr|completar|deves|devem|deve|atingir|alcançar|dois|doit|doivent|atteindre|musst|muss|müssen|erreichen|devi|devono|raggiungere|должны|должен|должна|достичь|достигнуть)(?!\p{L})/iu;

function labelWords(label: string): string[] {
  return label.toLowerCase().split(/[^\p{L}]+/u).filter((word) => word.length >= 3);
}

/** One line a run: `course.md:14: 2 items with a time in Bases de Datos are read as no modules, as no level is open above them ("SQL", "Índices"): …`. */
function leftOutNotice(file: string, run: readonly LeftOut[], level: string): string {
  const titles = run.slice(0, 3).map((item) => `"${item.title}"`).join(', ') + (run.length > 3 ? ', …' : '');
  const what = run.length === 1 ? `${titles} in ${run[0].area} is read as no module, as no level is open above it` : `${run.length} items with a time in ${run[0].area} are read as no modules, as no level is open above them (${titles})`;
  return `${file}:${run[0].line}: ${what}: if they are modules, open a level above (a heading "### ${level}", or "> To achieve *${level} Level* mastery")`;
}

/** The declared levels that count modules, then the levels the pages open, each as declared. */
function courseLevels(levels: PageLevels, modules: readonly CatalogModule[]): LevelSpec[] {
  const specs = mergedLevels(levels.declared);
  return levels.names
    .map((name) => specs.find((level) => level.name === name) ?? { name })
    .filter((level) => modules.some((module) => (level.includes ?? [level]).some((counted) => counted.name === module.level)));
}

/** A level declared on several pages: its other names and parts from all of them. */
function mergedLevels(declared: readonly LevelSpec[]): LevelSpec[] {
  return mergedNames(declared).map((level) => {
    const parts = declared.filter((spec) => spec.name === level.name).flatMap((spec) => spec.includes ?? []);
    return parts.length ? { ...level, includes: mergedNames(parts) } : level;
  });
}

function readPage(page: CoursePage, levels: PageLevels): PageRead {
  const lines = page.text.split(/\r\n|\r|\n/);
  const { fields, bodyStart } = frontMatter(lines);
  const heading = lines.findIndex((line, at) => at >= bodyStart && /^#\s+\S/.test(line));
  const titled = fields.get('title') ?? (heading < 0 ? undefined : plainMarkup(lines[heading].replace(/^#\s+/, '')).trim());
  const titleName = titled === undefined ? undefined : namedAlso(titled);
  const title = titleName?.name;
  const body = lines.slice(bodyStart);
  const modules: CatalogModule[] = [];
  const choices: Record<string, number> = {};
  const state: PageState = { area: title ?? page.name, extras: false, areas: titleName ? [titleName] : [], inComment: false, line: 0, underNoLevel: [], leftOut: [] };
  for (let at = 0; at < body.length; at++) {
    const line = joinedItem(body, at);
    state.line = bodyStart + at + 1;
    at += line.lines - 1;
    readLine(line.text, state, levels, modules, choices);
  }
  settleUnderNoLevel(state);
  return { title, areas: state.areas, fields, modules: withReplacements(modules), choices, lines: body, bodyStart, leftOut: state.leftOut };
}

/** A list item whose link text runs on to the next line (`[Some Title\n](url)`) is one item. */
function joinedItem(lines: readonly string[], at: number): { text: string; lines: number } {
  let text = lines[at];
  let count = 1;
  while (listItem.test(lines[at]) && opened(text) > 0 && at + count < lines.length && lines[at + count].trim() && count < 4) text += ` ${lines[at + count++].trim()}`;
  return { text, lines: count };
}

function opened(text: string): number {
  return (text.match(/\[/g) ?? []).length - (text.match(/\]/g) ?? []).length;
}

/** An item of a list, bulleted or numbered (`- [Lab: …](…) - 30 min`, `2. [Lab: …](…) - 30 min`). */
const listItem = /^(\s*)(?:[-*+]|\d{1,3}[.)])\s+(.*)$/;

function readLine(line: string, state: PageState, levels: PageLevels, modules: CatalogModule[], choices: Record<string, number>): void {
  if (skipComment(line, state)) return;
  const area = /^##\s+(.+)$/.exec(line);
  if (area) return openArea(areaNamed(plainMarkup(area[1])), state);
  if (state.level && /^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) {
    state.extras = true;
    return;
  }
  const row = tableRowItem(line);
  if (row === null) return;
  const item = row === undefined ? listItem.exec(line) : ['', '', row];
  if (!item) return readHeadingLine(line, state, levels);
  if (!state.level) return noteUnderNoLevel(item[2], state);
  const indent = item[1].length;
  state.itemIndent ??= indent;
  if (state.choice && indent <= state.choice.indent) state.choice = undefined;
  const choice = !state.choice && indent === state.itemIndent ? choiceLine(item[2]) : undefined;
  if (choice) {
    state.choice = { name: `${choice.name} (${state.area}, ${state.level})`, indent };
    if (choice.need > 1) choices[state.choice.name] = choice.need;
    return;
  }
  if (indent > state.itemIndent && !state.choice) return;
  const module = readItem(item[2], state);
  if (module) modules.push(module);
}

/** An item with a time where no level is open (one without is reading, as `Before you start: - [Linux basics](…)`). */
function noteUnderNoLevel(text: string, state: PageState): void {
  const module = readItem(text, state);
  if (module?.minutes !== undefined) state.underNoLevel.push({ line: state.line, area: state.area, title: module.title });
}

/** A run of items under no level ends with a level or an area: said once. */
function settleUnderNoLevel(state: PageState): void {
  if (state.underNoLevel.length) state.leftOut.push(state.underNoLevel);
  state.underNoLevel = [];
}

function openArea(area: CourseName, state: PageState): void {
  settleUnderNoLevel(state);
  state.areas.push(area);
  Object.assign(state, { area: area.name, level: undefined, group: undefined, part: undefined, itemIndent: undefined, choice: undefined, extras: false });
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

/**
 * `> To achieve *Basics Level* …`, `### Advanced`, `Capstone:` naming a declared level (or what it
 * is also called) open a level; any other `Name:` or `### Name` a group, whose modules are a part
 * of the level when it names one.
 */
function readHeadingLine(line: string, state: PageState, levels: PageLevels): void {
  const level = levelOf(line, levels);
  if (level) {
    if (!levels.names.includes(level)) levels.names.push(level);
    settleUnderNoLevel(state);
    Object.assign(state, { level, group: undefined, part: undefined, itemIndent: undefined, choice: undefined, extras: false });
    return;
  }
  const plain = plainMarkup(line).replace(/^[\s>#]+/, '').trim();
  const group = /^#{3,6}\s/.test(line) ? plain.replace(/:$/, '') : /:$/.test(plain) && plain.length <= 80 ? plain.slice(0, -1).trim() : undefined;
  if (!state.level || !group) return;
  state.group = group;
  state.part = nameMatching(partsOf(state.level, levels), group);
  state.choice = undefined;
  if (/^more\b/i.test(group)) state.extras = true;
}

/** The parts a declared level counts besides its own modules. */
function partsOf(level: string, levels: PageLevels): CourseName[] {
  return levels.declared.filter((spec) => spec.name === level).flatMap((spec) => (spec.includes ?? []).filter((part) => part.name !== level));
}

function levelOf(line: string, levels: PageLevels): string | undefined {
  const known = [...levels.declared, ...levels.names.map((name) => ({ name }))];
  if (/^\s*(>|#)/.test(line)) {
    for (const span of line.matchAll(/[*_]{1,3}([^*_]{1,50}?)[*_]{1,3}/g)) {
      const name = levelNamed(span[1]);
      if (name !== undefined) return nameMatching(known, span[1]) ?? nameMatching(known, name) ?? name;
    }
  }
  const plain = plainMarkup(line).replace(/^[\s>#]+/, '').replace(/:$/, '').trim();
  const name = levelNamed(plain);
  const whole = nameMatching(known, plain) ?? (name === undefined ? undefined : nameMatching(known, name));
  return whole ?? (/^\s*#{2,6}\s/.test(line) ? name : undefined);
}

/** How many a choice asks, in the languages its page may be written in: `Uno de:`, `Deux parmi :`, `Eines davon:`. */
const choiceCounts = new Map(
  Object.entries({ one: 1, two: 2, three: 3, four: 4, uno: 1, una: 1, dos: 2, tres: 3, um: 1, uma: 1, dois: 2, duas: 2, três: 3, un: 1, une: 1, deux: 2, trois: 3, eins: 1, eines: 1, einen: 1, eine: 1, zwei: 2, drei: 3, due: 2, tre: 3 }),
);
const choiceWords = new RegExp(
  String.raw`^(?:(?:choose|pick|complete|do|elige|escoge|elija|escolha|choisissez|choisir|wähle|wählen sie|scegli)\s+)?(${[...choiceCounts.keys()].join('|')}|\d+|any\s+(?:one|two|three|\d+))\s+(?:of|de|d'entre|parmi|von|davon|aus|di|tra)\b[^:]*:$`,
  'iu',
);

/** "One of:", "Choose two of the following:", "Pick 2 of these labs:" over the members. */
function choiceLine(text: string): { name: string; need: number } | undefined {
  const plain = plainMarkup(text).trim();
  const match = choiceWords.exec(plain);
  if (!match) return undefined;
  const count = match[1].toLowerCase().replace(/^any\s+/, '');
  const need = /^\d+$/.test(count) ? Number(count) : (choiceCounts.get(count) ?? 1);
  return { name: plain.slice(0, -1), need };
}

const optionalMark = /\(optional\)|^optional\s*:/i;
/** Still to announce, in the languages rounds are read in; the words other sentences use too (`a definir`, `folgt`) only at the item's end. */
const notDefinedYet = /(?<!\p{L})(details later|to be (announced|defined|determined)|tba|tbd|coming soon|por (anunciar|definir|determinar)|à (venir|définir|annoncer)|wird (noch )?bekannt gegeben|da (definire|annunciare)|(a (anunciar|definir)|folgt)(?=[\s).]*$))(?!\p{L})/iu;

/** A list item under a level is a module, unless it is a sentence of instructions without a time. */
function readItem(written: string, state: PageState): CatalogModule | undefined {
  const withdrawn = /^(<del>|~~)/.test(written);
  const text = written.replace(/<\/?del>|~~/g, '').trim();
  const estimate = pageEstimate(text);
  const minutes = estimate?.minutes;
  const beforeTime = estimate ? text.slice(0, estimate.start) : text;
  const links = [...text.matchAll(/\[([^\]]+)\]\(<?([^)\s>]+)>?\)/g)];
  const leading = links[0]?.index === 0 ? links[0] : undefined;
  const title = itemTitle(withoutAlso(beforeTime.replace(optionalMark, '')), leading);
  if (!title || (minutes === undefined && !leading && title.split(/\s+/).length > 12)) return undefined;
  const module: CatalogModule = { area: state.area, level: state.part ?? (state.level as string), title };
  if (state.group) module.group = state.group;
  if (links.length) module.url = links[0][2];
  if (minutes !== undefined) module.minutes = minutes;
  if (withdrawn) module.withdrawn = true;
  if (state.extras || optionalMark.test(text) || (!links.length && minutes === undefined && notDefinedYet.test(text))) module.optional = true;
  if (state.choice) module.choice = state.choice.name;
  if (links.length > 1) module.otherUrls = links.slice(1).map((link) => link[2]);
  const otherTitles = namedAlso(text).otherNames;
  if (otherTitles?.length) module.otherTitles = [...otherTitles];
  return module;
}

/** A dash after the title and a time right after it: ` - 45 min`, ` – 1.5 hours?`, ` - 1 hr 30`, whatever follows ("or [the paper](…)", "(no longer available)"). */
const dashBeforeTime = /\s[-–]\s*(?=~?\s*\d)/g;

/** The course's estimate: written after a dash as course pages do, read as notes read a time; else wherever notes would write it. */
function pageEstimate(text: string): { minutes?: number; start: number } | undefined {
  for (const dash of text.matchAll(dashBeforeTime)) {
    const after = text.slice(dash.index + dash[0].length);
    const duration = durationSpan(after);
    if (duration && /^~?\s*$/.test(after.slice(0, duration.start))) return { minutes: duration.minutes.min, start: dash.index };
  }
  const estimate = scanEstimate(text);
  if (!estimate) return undefined;
  return { minutes: estimate.kind === 'minutes' ? estimate.minutes?.min : undefined, start: estimate.start };
}

/**
 * `[Lab: Title](url) - 30 min` is the link's text; `[Install it](url) and run the sample - 180
 * mins` goes on after the link; `Video: Title: [a talk](url) or [the paper](url)` is named before
 * its links; `Some Task - details later` before the dash.
 */
function itemTitle(beforeTime: string, leadingLink: RegExpMatchArray | undefined): string {
  const clean = (text: string) => trimEndMatching(withCode(text), /[\s.:\-–]/).trim();
  if (leadingLink) {
    const rest = beforeTime.slice(leadingLink[0].length).trim();
    return /^[\p{Ll}`]/u.test(rest) ? clean(beforeTime) : clean(leadingLink[1]);
  }
  const named = /^(.*?):\s*\[/.exec(beforeTime);
  if (named) return clean(named[1]);
  return clean(beforeTime.split(/\s+[-–]\s+/)[0]);
}

/** The text without markup, but for code spans: `skeleton` stays as the course writes it. */
function withCode(text: string): string {
  return text
    .split(/(`[^`]+`)/)
    .map((part, index) => (index % 2 ? part : plainMarkup(part)))
    .join('');
}

/**
 * A withdrawn module and a module of its area and level with the same name but for its kind
 * ("Lab: X" struck through, "Tutorial: X" listed after it) are one choice, named by that name.
 */
function withReplacements(modules: CatalogModule[]): CatalogModule[] {
  for (const withdrawn of modules.filter((module) => module.withdrawn && !module.choice)) {
    const name = normaliseTitle(withdrawn.title);
    const replacement = modules.find((module) => module !== withdrawn && !module.withdrawn && !module.choice && module.area === withdrawn.area && module.level === withdrawn.level && normaliseTitle(module.title) === name);
    if (!replacement) continue;
    const choice = replacement.title.replace(/^[^:]{1,30}:\s*/, '');
    withdrawn.choice = choice;
    replacement.choice = choice;
  }
  return modules;
}
