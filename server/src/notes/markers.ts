import type { LevelName } from './types';
import { trimEndMatching } from './trimRuns';

/**
 * Recognisers for the structural markers of notes: areas and levels. They read plain text
 * (markup already removed) and say what the text is, never where it is.
 */

/** Names under which students wrote the course's areas; misspellings included on purpose. */
const knownAreaTopics = [
  'docker and containers', 'docker and countainers', 'dockers and containers', 'docker containers', 'docker', 'containers',
  'cloud web apps', 'cloud web app', 'cloud web applications', 'cloud web application', 'cloud', 'cloud apps', 'web apps', 'web application',
  'big data and machine learning', 'big data machine learning', 'big data', 'machine learning', 'bigdata',
  'sdn and nfv', 'sdn nfv', 'sdn', 'nfv', 'software defined networking', 'network function virtualization',
  'serverless', 'distributed systems', 'final project', 'project',
];

const levelWord =
  /\b(beginn(?:er|ing)|intermediate|advanced?|bring(?:ing)?\s+it\s+(?:all\s+)?together|extra)\b/i;

/**
 * Whether a line's text without markup (openers.ts plainMarkup) may hold a level marker: every level
 * word holds one of these, and plainMarkerText only strips a leading marker and spaces.
 */
export function mayBeLevelMarker(markup: string): boolean {
  return levelWordStems.test(markup);
}

const levelWordStems = /beginn|intermediate|advance|bring|extra/i;

export function levelNameOf(word: string): LevelName {
  const lower = word.toLowerCase();
  if (lower.startsWith('beginn')) return 'Beginner';
  if (lower.startsWith('intermediate')) return 'Intermediate';
  if (lower.startsWith('advance')) return 'Advanced';
  return 'Bring it together';
}

/** Strips emphasis, quote and checkbox markup so markers read the same however they were dressed. */
export function plainMarkerText(text: string): string {
  return text
    .replace(/^[\s>#]*/, '')
    .replace(/^[-*+]\s+/, '')
    .replace(/^\[[ xX]\]\s*/, '')
    .replace(/[*_]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface LevelMarker {
  name: LevelName;
  /** What follows the level on the same line ("Docker Networking" in "Intermediate Level - Docker Networking"). */
  rest: string;
  /**
   * The level word runs on into other words with no separator or `Level` between: `Advanced Deep
   * Dive`, a title that starts with a level's word rather than a level naming a module.
   */
  runsOn?: boolean;
}

const levelMarkerPattern = new RegExp(
  String.raw`^(?:level\s*\d*\s*[:\-–]?\s*)?` +
    levelWord.source +
    String.raw`(?:\s+(?:level|mastery|courses?|modules?|tasks?|part))*(?:\s*\(.*?\))?\s*(?:[:\-–—.]+\s*|\s+|$)(.*)$`,
  'i',
);

/** `> Beginner Level`, `### Beginner Courses:`, `__Bring it together:__`, `Intermediate Level - Docker Networking`. */
export function readLevelMarker(plain: string): LevelMarker | undefined {
  const text = plain.trim();
  if (text.length > 160) return undefined;
  const match = levelMarkerPattern.exec(text);
  if (match) {
    let rest = match[2].trim();
    const qualified = /^(?:mastery\s+)?(?:of|for|in|on)\s+(.*)$/i.exec(rest);
    if (qualified && qualified[1].length <= 40) rest = '';
    else if (/^(of|to|and|is|was|in|for|with|but)\b/i.test(rest)) return undefined;
    const wordEnd = match.index + match[0].length - match[2].length;
    const between = text.slice(text.toLowerCase().indexOf(match[1].toLowerCase()) + match[1].length, wordEnd);
    return { name: levelNameOf(match[1]), rest, runsOn: rest !== '' && /^\s+$/.test(between) };
  }
  return readAreaLevelMarker(text);
}

/** `CLOUD BEGINNER`, `Docker Intermediate Level`: an area's name and a level, nothing more. */
function readAreaLevelMarker(text: string): LevelMarker | undefined {
  const match = levelWord.exec(text);
  if (!match) return undefined;
  const before = trimEndMatching(trimEndMatching(text.slice(0, match.index), /\s/), /[:\-–—]/).trim();
  const after = text.slice(match.index + match[0].length).replace(/^\s*(level)?\s*[:\-–—]*\s*/i, '').trim();
  if (after !== '' || before === '' || !isAreaTopic(before)) return undefined;
  return { name: levelNameOf(match[1]), rest: '' };
}

export interface AreaMarker {
  number?: number;
  topic: string;
  /** A level named in the heading itself: `Dockers and Containers (beginner)`. */
  level?: LevelName;
}

/** One spelling per topic: case, `&`, punctuation and plural `s` do not tell areas apart. */
function normaliseTopic(topic: string): string {
  return topic
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .map((word) => (word.length > 3 ? word.replace(/s$/, '') : word))
    .join(' ');
}

/** Normalised topics, and the most words one has: a text with more words names none of them. */
interface Topics {
  normal: Set<string>;
  mostWords: number;
}

function topicsOf(names: readonly string[]): Topics {
  const normal = new Set(names.map(normaliseTopic));
  return { normal, mostWords: Math.max(0, ...[...normal].map((topic) => topic.split(' ').length)) };
}

const knownTopics = topicsOf(knownAreaTopics);

/** Asked once per line read: the catalog's area names are normalised once per list. */
const normalisedExtras = new WeakMap<readonly string[], Topics>();

function normalisedTopics(names: readonly string[]): Topics {
  let topics = normalisedExtras.get(names);
  if (!topics) normalisedExtras.set(names, (topics = topicsOf(names)));
  return topics;
}

/**
 * The words normaliseTopic would keep, counted without building them: every line of prose is
 * asked whether it names an area, and nearly all have more words than any area.
 */
function wordCount(lowerCase: string): number {
  let words = 0;
  let inWord = false;
  for (let index = 0; index < lowerCase.length; index++) {
    const code = lowerCase.charCodeAt(index);
    const alphanumeric = (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
    if (alphanumeric && !inWord) words++;
    inWord = alphanumeric;
  }
  return words;
}

export function isAreaTopic(topic: string, extraTopics: readonly string[] = []): boolean {
  const extras = normalisedTopics(extraTopics);
  // `&` becomes the word "and": a text's words are at most those of its normal form.
  if (wordCount(topic.toLowerCase()) > Math.max(knownTopics.mostWords, extras.mostWords)) return false;
  const normal = normaliseTopic(topic);
  if (!normal) return false;
  return knownTopics.normal.has(normal) || extras.normal.has(normal);
}

/** Splits `Cloud Web Apps (Round 1)` or `Cloud Web Apps(Beginner level + Intermediate Level)` into topic and note. */
function splitTopicNote(text: string): { topic: string; note: string } {
  // By hand, not /^(.*?)\s*\(([^()]*)\)\s*$/: its lazy group retries the rest of a heading of spaces from each of them.
  const trimmed = text.trimEnd();
  const open = trimmed.endsWith(')') ? trimmed.lastIndexOf('(', trimmed.length - 2) : -1;
  const note = open < 0 ? undefined : trimmed.slice(open + 1, -1);
  return note === undefined || note.includes(')') ? { topic: text.trim(), note: '' } : { topic: text.slice(0, open).trim(), note };
}

function levelInNote(note: string): LevelName | undefined {
  const words = note.match(new RegExp(levelWord.source, 'gi')) ?? [];
  return words.length === 1 ? levelNameOf(words[0]) : undefined;
}

/**
 * `Area 1: Cloud Web Apps`, `Area 1 - Docker`, bare `Area 2`, `1. Docker and Containers`,
 * `Cloud Web Apps (Round 1)`. A bare topic counts only when it names one of the course's areas,
 * so that `Installation` or `Why Docker?` never become areas.
 */
export function readAreaMarker(plain: string, extraTopics: readonly string[] = []): AreaMarker | undefined {
  const text = plain.trim();
  if (text.length > 120) return undefined;
  const numbered = /^area\s*(\d+)?\s*(?:[:\-–—.)]\s*)*(.*)$/i.exec(text);
  if (numbered) {
    const { topic, note } = splitTopicNote(numbered[2]);
    if (/^[a-z]/.test(numbered[2]) && !numbered[1]) return undefined;
    return { number: numbered[1] ? Number(numbered[1]) : undefined, topic, level: levelInNote(note) };
  }
  const listed = /^(\d+)\s*[.):\-–]\s*(.*)$/.exec(text);
  const body = listed ? listed[2] : text;
  const { topic, note } = splitTopicNote(body);
  if (!isAreaTopic(topic, extraTopics)) return undefined;
  return { number: listed ? Number(listed[1]) : undefined, topic, level: levelInNote(note) };
}

const summaryTitle = /^(check\s*list|time\s*(spen[dt]|log|summary|table|sheet|record)|summary of (time|modules|progress)|progress)\b/i;

/** `## Time spent`, `## Checklist`, `## Progress`: a section whose lines repeat the modules. */
export function isSummaryTitle(plain: string): boolean {
  return summaryTitle.test(plain);
}
