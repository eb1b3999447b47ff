import type { AreaRequirement, RoundRule } from './course';

/**
 * Rounds as course sites write them, in prose: `*Checkpoint 1:* By **Monday March 3rd** you must
 * attain Basics + Advanced level in a first topic and Basics level in a second topic`, `**Milestone
 * 2** (due 2025-04-30): Advanced in two areas, or a final project`. A round is a labelled line
 * (`Label:` or an emphasised label) with a due date and the course's level names. The requirement
 * of each part joined by "and" is its highest level named, in as many areas as its number says
 * ("two areas", "a third area": three in all); a part naming no level is another way to meet the
 * round (an alternative).
 */

/** The year of dates written without one (`Monday October 29th`), from the page or the command line. */
export interface RoundOptions {
  year?: number;
}

/**
 * A round, or what keeps a round line from being read; `unmeasured` names a labelled line with a
 * due date and a level but no number of areas (a round, if its label is one's: the page decides).
 * Undefined when the line is no round.
 */
export type RoundLine = { round: RoundRule } | { problem: string } | { unmeasured: string } | undefined;

/** `Label:` or an emphasised label; a colon between digits (`due 2025-10-03T17:00`) or of an address is no label's end. */
const label = /^\s*(?:(?:[-*+]|\d{1,2}[.)])\s+)?(?:[*_]{1,3}([^*_:]{2,60}?):?[*_]{1,3}:?|([^*_:\s](?:[^:]|(?<=\d):(?=\d)|:(?=\/\/)){1,58}):)\s*(.*)$/;

/** `Milestone 1 — due Oct 3`, `Milestone 2 (due 2025-11-14)`: a label holding its due date. */
const dueInLabel = /^(.*?)(?:\s+[—–-]+\s*|\s*\(\s*)(?:due|fällig|entrega|pour le|para el|bis)\b[\s:]*([^)]*)\)?$/iu;

/** `| Final checkpoint | Dec 12 | Tier 2 level in two areas |`: a table's row as a labelled line. */
function asLabelledLine(line: string): string {
  if (!/^\s*\|.*\|\s*$/.test(line)) return line;
  const [name, ...rest] = line.trim().slice(1, -1).split('|').map((cell) => cell.trim());
  return rest.length && name ? `${name}: ${rest.join(' ')}` : line;
}

/**
 * `levels`: the course's level names, lowest first. `pageTitle`: a label repeating it is named without it
 * ("Practice Checkpoint 1" on the page "Practice"). `areasInCourse`: what "in all areas" counts.
 */
export function readRoundLine(line: string, levels: readonly string[], pageTitle: string | undefined, options: RoundOptions, areasInCourse: number): RoundLine {
  const labelled = label.exec(asLabelledLine(line));
  if (!labelled || levels.length === 0) return undefined;
  const written = (labelled[1] ?? labelled[2]).trim();
  const due = dueInLabel.exec(written);
  // A label opening a link or a comment (`- [Lab: …](…) (moved on 2018-10-04)`, `<!-- TODO: due …`) is no round's;
  // one holding a tag or a link is named by its words (`<b>Round 1</b>`, `Round 1 [(details)](…)`).
  if (/^(?:\[|<!)/.test(written)) return undefined;
  const name = roundName(plain(due ? due[1] : written).replace(/<[^>]*>/g, '').replace(/\(\s*\)/g, '').trim(), pageTitle);
  if (!name) return undefined;
  const rest = plain(due ? `${due[2]} ${labelled[3]}` : labelled[3]);
  const date = findDate(rest, options);
  if (!date || !levels.some((level) => wordsIn(rest, level))) return undefined;
  if ('problem' in date) return { problem: `"${name}": ${date.problem}` };
  const parts = waysToMeet(rest.slice(date.end));
  const measured = parts.findIndex((part) => requirementsOf(part, levels, areasInCourse).length > 0);
  if (measured < 0) return { unmeasured: name };
  const alternatives = parts.filter((_, index) => index !== measured).map(alternativeText).filter(Boolean);
  const round: RoundRule = { name, due: date.due, requires: strongest(requirementsOf(parts[measured], levels, areasInCourse), levels) };
  if (alternatives.length) round.alternatives = alternatives;
  return { round };
}

function roundName(written: string, pageTitle: string | undefined): string {
  const title = pageTitle?.trim();
  if (title && written.toLowerCase().startsWith(`${title.toLowerCase()} `)) return written.slice(title.length).trim();
  return written;
}

function plain(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function wordsIn(text: string, words: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

/** "either: 1) … , or 2) …" and "…, or …": the ways to meet the round. */
function waysToMeet(text: string): string[] {
  // Asides first: "(what you did in Checkpoint 1)" must not read as a numbered way "1)".
  const body = text.replace(/\([^()]*\)/g, ' ').replace(/^[\s:,-]*(?:you\s+must\s+)?(?:either\s*:?\s*)?/i, '');
  return body
    .split(/\s*(?:,?\s+or\s+)?\b\d\)\s*|,\s+(?:or|o|ou|oder|или)\s+/iu)
    .map((part) => part.trim())
    .filter(Boolean);
}

/** The part's requirements: its pieces joined by "and", each its highest level in its number of areas. */
function requirementsOf(part: string, levels: readonly string[], areasInCourse: number): AreaRequirement[] {
  const withoutAsides = part.replace(/\([^()]*\)/g, ' ');
  return withoutAsides.split(/\s+(?:and|y|e|et|und|и)\s+|;\s*/iu).flatMap((piece) => {
    const named = levels.map((level, rank) => ({ level, rank })).filter(({ level }) => wordsIn(piece, level));
    if (named.length === 0) return [];
    const areas = allAreas.test(piece) ? areasInCourse : areaCount(piece);
    return areas === undefined ? [] : [{ level: named[named.length - 1].level, areas }];
  });
}

/** Counts of areas in the languages a course may be written in (as the notes' times are read): English, Spanish, Portuguese, French, Italian, German, Russian. */
const counts = new Map<string, number>(
  Object.entries({
    a: 1, an: 1, one: 1, two: 2, both: 2, three: 3, four: 4, five: 5, six: 6,
    un: 1, una: 1, uno: 1, une: 1, um: 1, uma: 1, ein: 1, eine: 1, einem: 1, einer: 1, одной: 1, одна: 1, один: 1, одном: 1,
    dos: 2, ambas: 2, ambos: 2, dois: 2, duas: 2, deux: 2, due: 2, entrambe: 2, zwei: 2, beiden: 2, двух: 2, две: 2, два: 2, обеих: 2,
    tres: 3, três: 3, trois: 3, tre: 3, drei: 3, трёх: 3, трех: 3, три: 3,
    cuatro: 4, quatro: 4, quatre: 4, quattro: 4, vier: 4, четырёх: 4, четырех: 4, четыре: 4,
  }),
);
/** "a third area", `una tercera área`: the area that makes three. */
const ordinals = new Map<string, number>(
  Object.entries({
    first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6,
    segunda: 2, segundo: 2, seconde: 2, deuxième: 2, seconda: 2, zweiten: 2, zweite: 2, второй: 2, втором: 2,
    tercera: 3, tercer: 3, tercero: 3, terceira: 3, troisième: 3, terza: 3, dritten: 3, dritte: 3, третьей: 3, третьем: 3,
  }),
);
for (const [word, count] of ordinals) counts.set(word, count);
const countWords = [...counts.keys()].join('|');
const ordinalWords = [...ordinals.keys()].join('|');
const areaNouns = 'areas?|topics?|parts?|tracks?|áreas?|partes|aree|domaines?|bereich(?:e|en)?|themen|teilen?|област(?:ь|и|ях)';
const countedAreas = new RegExp(String.raw`(?<![\p{L}\p{N}])(\d+|${countWords})(?:\s+(\d+|${ordinalWords}))?(?:\s+[\p{L}-]+)?\s+(?:${areaNouns})(?![\p{L}\p{N}])`, 'iu');

/** "in all areas", "in each area", `en todas las áreas`, `dans tous les domaines`, `in allen Bereichen`: every area of the course. */
const allAreas = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:all|every|each)(?:\s+of)?(?:\s+(?:the|your|its))?|tod[ao]s\s+(?:las|os|as|los)|cada|tou(?:te)?s\s+les|chaque|tutte\s+le|ogni|allen|jedem|jeder|всех|каждой|каждом)\s+(?:${areaNouns})(?![\p{L}\p{N}])`,
  'iu',
);

/** "in two areas", "in a third topic", "in 2 areas", "in one area", `en dos áreas`, `in zwei Bereichen`. */
function areaCount(piece: string): number | undefined {
  const match = countedAreas.exec(piece);
  if (!match) return undefined;
  const word = (match[2] ?? match[1]).toLowerCase();
  return /^\d+$/.test(word) ? Number(word) : counts.get(word);
}

/** The same level asked twice (two sentences) is one requirement: the larger number of areas. */
function strongest(requires: AreaRequirement[], levels: readonly string[]): AreaRequirement[] {
  const byLevel = new Map<string, number>();
  for (const { level, areas } of requires) byLevel.set(level, Math.max(byLevel.get(level) ?? 0, areas));
  return [...byLevel].sort(([a], [b]) => levels.indexOf(b) - levels.indexOf(a)).map(([level, areas]) => ({ level, areas }));
}

function alternativeText(part: string): string {
  return part.replace(/\s*\([^()]*\)\s*/g, ' ').replace(/[\s.]+$/, '').trim();
}

const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const weekdays = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

type FoundDate = { due: string; end: number } | { problem: string };

const isoDate = /\b(\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2}))?)\b/;
const monthFirst = new RegExp(String.raw`\b(?:(${weekdays.join('|')}),?\s+)?(${months.join('|')}|${months.map((m) => m.slice(0, 3)).join('|')})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b`, 'i');
const dayFirst = new RegExp(String.raw`\b(?:(${weekdays.join('|')}),?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${months.join('|')}|${months.map((m) => m.slice(0, 3)).join('|')})\.?(?:,?\s+(\d{4}))?\b`, 'i');

/** Months in the languages rounds are read in, day first: `viernes 17 de octubre de 2025`, `Freitag, 7. November 2025`, `3 ottobre 2025`. */
const otherMonths = new Map<string, number>(
  [
    ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
    ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
    ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
    ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
    ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'],
  ].flatMap((names) => names.map((name, index) => [name, index] as const)),
);
otherMonths.set('setiembre', 8);
const otherDayFirst = new RegExp(String.raw`(?<![\p{L}\p{N}])(\d{1,2})(?:\.|º|°|er)?\s+(?:de\s+)?(${[...otherMonths.keys()].join('|')})(?:,?\s+(?:de\s+|del\s+)?(\d{4}))?(?![\p{L}\p{N}])`, 'iu');

/** The round's due date: ISO, or a month and a day ("Monday October 29th", "14 March 2025", "17 de octubre de 2025"), an English weekday checked. */
export function findDate(text: string, { year }: RoundOptions): FoundDate | undefined {
  const iso = isoDate.exec(text);
  if (iso) return { due: iso[1], end: iso.index + iso[0].length };
  const first = monthFirst.exec(text);
  const second = first ? undefined : dayFirst.exec(text);
  const match = first ?? second;
  if (!match) return otherLanguageDate(text, year);
  const [weekday, month, day, written] = first ? [first[1], first[2], first[3], first[4]] : [match[1], match[3], match[2], match[4]];
  const end = match.index + match[0].length;
  const inYear = written ? Number(written) : year;
  if (inYear === undefined) return { problem: `the date "${match[0]}" has no year: write it ("${match[0]}, 2025"), or give the year (front matter "year: 2025", or --year)` };
  const monthIndex = months.findIndex((name) => name.startsWith(month.toLowerCase().slice(0, 3)));
  const date = new Date(Date.UTC(inYear, monthIndex, Number(day)));
  if (date.getUTCDate() !== Number(day)) return { problem: `"${match[0]}" is no day of ${inYear}` };
  if (weekday && weekdays[date.getUTCDay()] !== weekday.toLowerCase()) return { problem: `"${match[0]}" is a ${capitalised(weekdays[date.getUTCDay()])} in ${inYear}, not a ${capitalised(weekday)}` };
  return { due: date.toISOString().slice(0, 10), end };
}

function otherLanguageDate(text: string, year: number | undefined): FoundDate | undefined {
  const match = otherDayFirst.exec(text);
  if (!match) return undefined;
  const [written, day, month, inText] = match;
  const inYear = inText ? Number(inText) : year;
  if (inYear === undefined) return { problem: `the date "${written}" has no year: write it ("${written} 2025"), or give the year (front matter "year: 2025", or --year)` };
  const date = new Date(Date.UTC(inYear, otherMonths.get(month.toLowerCase()) as number, Number(day)));
  if (date.getUTCDate() !== Number(day)) return { problem: `"${written}" is no day of ${inYear}` };
  return { due: date.toISOString().slice(0, 10), end: match.index + written.length };
}

function capitalised(word: string): string {
  return word[0].toUpperCase() + word.slice(1);
}
