import type { CourseName } from './types';
import { caseless } from './caseless';
import { trimEndMatching } from './trimRuns';
import { typoAllowance, wordDistance } from './typos';
import { isAscii, wordsApart } from './wordsApart';

/**
 * Recognisers for the structural markers of notes: areas and levels. They read plain text
 * (markup already removed) and say what the text is, never where it is. The words are the
 * course's (CourseWords): its level names and area names as students write them; no course is
 * known here.
 */

/** The course's level names compiled for the reader: every spelling the course gives, any case and spacing. */
export interface LevelWords {
  /** One level word, at word boundaries; undefined when the course names no level. */
  readonly word?: RegExp;
  /** The same, global: every level word of a text. */
  readonly everyWord?: RegExp;
  /** A line that is a level marker (`Level 2: Basics Level - …`); undefined when the course names no level. */
  readonly marker?: RegExp;
  /**
   * The first word of every spelling, anywhere: a line's text without markup (openers.ts plainMarkup)
   * holding none of them holds no level marker, so its plain text need not be made.
   */
  readonly stems?: RegExp;
  /** The course's name of a spelling the word pattern matched. */
  nameOf(written: string): string | undefined;
  /** Every spelling the course gives (lower case, accents left out), with its level's name. */
  readonly spellings: ReadonlyMap<string, string>;
}

/** A spelling as notes may write it: any case and spacing, its accents left out or decomposed (`Basico` for `Básico`). */
const spellingKey = (text: string): string => withoutAccents(text.trim().toLowerCase().replace(/\s+/g, ' '));

/** "Level" in the languages students of a course may write it in: `Nivel básico`, `Базовый уровень`. */
const levelNouns = 'level|nivel|niveau|livello|stufe|уровень';

/**
 * `Nivel básico`, `Basics Level`, `Базовый уровень`: the level's name beside the noun, or
 * undefined. English puts the noun after the name only: `Level up your skills` and `Level of
 * effort` name no level, nor does a name of no letter (`Level 2`) or one opening with a
 * preposition (`Nivel de esfuerzo`).
 */
const levelNamedPattern = new RegExp(String.raw`^(?:${levelNouns.replace('level|', '')})\s+(.{1,40})$|^(.{1,40}?)\s+(?:${levelNouns})$`, 'iu');
const notAName = /^(?:of|up|for|to|in|de|del|des|du|d'|di|da|von|vom|zu|zur|à)(?:\s|$)/iu;
export function levelNamed(plain: string): string | undefined {
  const match = levelNamedPattern.exec(plain.trim());
  const name = match ? (match[1] ?? match[2]).trim() : undefined;
  return name && /\p{L}/u.test(name) && !notAName.test(name) && name.split(/\s+/).length <= 3 ? name : undefined;
}

/** `(?<!letter)(basics|advanced)(?!letter)`: not `\b`, which knows ASCII letters only. */
export function levelWordsOf(levels: readonly CourseName[]): LevelWords {
  const byKey = new Map<string, string>();
  const spellings = new Set<string>();
  for (const { name, otherNames = [] } of levels)
    for (const spelling of [name, ...otherNames]) {
      const key = spellingKey(spelling);
      if (!key) continue;
      if (!byKey.has(key)) byKey.set(key, name);
      spellings.add(spelling.trim().toLowerCase().normalize('NFC').replace(/\s+/g, ' '));
    }
  const nameOf = (written: string): string | undefined => byKey.get(spellingKey(written));
  if (byKey.size === 0) return { nameOf, spellings: byKey };
  const alternatives = [...spellings].sort((a, b) => b.length - a.length).map((spelling) => spelling.split(' ').map(accentsOptional).join(String.raw`\s+`));
  const word = String.raw`(?<![\p{L}\p{N}])(` + caseless(alternatives.join('|')) + String.raw`)(?![\p{L}\p{N}])`;
  const marker = new RegExp(
    caseless(String.raw`^(?:(?:${levelNouns})\s*\d*\s*[:：\-–]?\s*)?`) + word + caseless(String.raw`(?:\s+(?:${levelNouns}|mastery|courses?|modules?|tasks?|part))*(?:\s*[(（].*?[)）])?\s*(?:[:：\-–—.]+\s*|\s+|$)(.*)$`),
    'u',
  );
  const stems = new RegExp([...new Set(alternatives.map((key) => key.split(String.raw`\s+`)[0]))].join('|'), 'iu');
  return { word: new RegExp(word, 'u'), everyWord: new RegExp(word, 'gu'), marker, stems, nameOf, spellings: byKey };
}

/** `b(?:á|a\p{M}*)sico`: a letter with an accent may be written without it, or decomposed. */
function accentsOptional(word: string): string {
  if (isAscii(word)) return escapeRegExp(word);
  return [...word]
    .map((letter) => {
      const base = withoutAccents(letter);
      return base !== letter && base.length === 1 ? String.raw`(?:${letter}|${base}\p{M}*)` : escapeRegExp(letter);
    })
    .join('');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** What plainMarkerText takes away: leading markup or spaces, emphasis, spaces other than single ones, trailing spaces. */
const dressedMarkerText = /^[\s>#*+\-[]|[*_]|[^\S ]| {2}|\s$/;

/** Strips emphasis, quote and checkbox markup so markers read the same however they were dressed. */
export function plainMarkerText(text: string): string {
  // Most lines the readers ask about wear none of it: one test instead of five replacements.
  return dressedMarkerText.test(text) ? withoutMarkerDress(text) : text;
}

/** Every replacement plainMarkerText makes, asked of any text. */
export function withoutMarkerDress(text: string): string {
  return text
    .replace(/^[\s>#]*/, '')
    .replace(/^[-*+]\s+/, '')
    .replace(/^\[[ xX]\]\s*/, '')
    .replace(/[*_]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface LevelMarker {
  name: string;
  /** What follows the level on the same line ("Consumer Groups" in "Advanced Level - Consumer Groups"). */
  rest: string;
  /**
   * The level word runs on into other words with no separator or `Level` between: `Advanced Deep
   * Dive`, a title that starts with a level's word rather than a level naming a module.
   */
  runsOn?: boolean;
}

/** The course's words for its areas and levels, compiled once per course for the reader. */
export interface NotesNames {
  readonly levels: LevelWords;
  /** Every name and other name of the course's areas: a heading naming one is an area. */
  readonly areaTopics: readonly string[];
}

/** Sections of any course's notes that stand where an area does: `## Final Project`, `### Projects: <level>`. */
const projectTopics = ['project', 'final project'];

export function notesNamesOf(areas: readonly CourseName[], levels: readonly CourseName[]): NotesNames {
  return { levels: levelWordsOf(levels), areaTopics: [...areas.flatMap(({ name, otherNames = [] }) => [name, ...otherNames]), ...projectTopics] };
}

/** `> Basics Level`, `### Basics Courses:`, `__Basics:__`, `Basics Level - Some Module`. */
export function readLevelMarker(plain: string, names: NotesNames): LevelMarker | undefined {
  const text = plain.trim();
  const { levels } = names;
  if (text.length > 160 || !levels.marker) return undefined;
  const match = levels.marker.exec(text);
  // A word the course cannot name by its lower case (`BAŞLANGIÇ` lower-cases to a dotted i) is no level.
  const name = match ? levels.nameOf(match[1]) : undefined;
  if (match && name !== undefined) {
    let rest = match[2].trim();
    const qualified = /^(?:mastery\s+)?(?:of|for|in|on)\s+(.*)$/i.exec(rest);
    if (qualified && qualified[1].length <= 40) rest = '';
    else if (/^(of|to|and|is|was|in|for|with|but)\b/i.test(rest)) return undefined;
    const wordEnd = match.index + match[0].length - match[2].length;
    const between = text.slice(text.toLowerCase().indexOf(match[1].toLowerCase()) + match[1].length, wordEnd);
    return { name, rest, runsOn: rest !== '' && /^\s+$/.test(between) };
  }
  return readAreaLevelMarker(text, names);
}

/** One word of five letters or more (accents decomposed or not), "level" after it at most: `Begginer Level`, `Intermedate:`. */
const lonelyWord = new RegExp(String.raw`^(\p{L}[\p{L}\p{M}]{4,})(\s+(?:${levelNouns}))?\s*[:：]?$`, 'iu');

/**
 * `Begginer Level`, `Intermedate`: one word a slip from one level's name (and from no other's), by
 * the allowance of the shorter of the two (a four-letter level is spelt right), and whether the
 * text says "level". Read as no level, the modules under it were listed in no level, and nothing said why.
 */
export function misspeltLevel(plain: string, { levels }: NotesNames): (LevelMarker & { written: string; saysLevel: boolean }) | undefined {
  const match = lonelyWord.exec(plain.trim());
  if (!match) return undefined;
  const key = spellingKey(match[1]);
  const near = new Set<string>();
  for (const [spelling, name] of levels.spellings) {
    const most = Math.min(typoAllowance(key), typoAllowance(spelling));
    if (!spelling.includes(' ') && spelling !== key && spelling[0] === key[0] && wordDistance(key, spelling, most) <= most) near.add(name);
  }
  return near.size === 1 ? { name: [...near][0], rest: '', written: match[1], saysLevel: match[2] !== undefined } : undefined;
}

const levelNounAfter = new RegExp(String.raw`^\s*(${levelNouns})?\s*[:\-–—]*\s*`, 'iu');

/** `AREA BASICS`, `Some Area Basics Level`: an area's name and a level, nothing more. */
function readAreaLevelMarker(text: string, { levels, areaTopics }: NotesNames): LevelMarker | undefined {
  const match = levels.word?.exec(text);
  const name = match ? levels.nameOf(match[1]) : undefined;
  if (!match || name === undefined) return undefined;
  const before = trimEndMatching(trimEndMatching(text.slice(0, match.index), /\s/), /[:\-–—]/).trim();
  const after = text.slice(match.index + match[0].length).replace(levelNounAfter, '').trim();
  if (after !== '' || before === '' || !isAreaTopic(before, areaTopics)) return undefined;
  return { name, rest: '' };
}

export interface AreaMarker {
  number?: number;
  topic: string;
  /** A level named in the heading itself: `Some Area (basics)`. */
  level?: string;
}

/** One spelling per topic: case, `&`, punctuation and plural `s` do not tell areas apart. */
function normaliseTopic(topic: string): string {
  const words = wordsApart(withoutAccents(topic.toLowerCase().replace(/&/g, ' and '))).split(' ');
  for (let at = 0; at < words.length; at++) if (words[at].length > 3 && words[at].endsWith('s')) words[at] = words[at].slice(0, -1);
  return words.join(' ');
}

/** `Orquestacion` names `Orquestación`, typed without its accent or saved decomposed (NFD, as macOS may). */
function withoutAccents(lower: string): string {
  return isAscii(lower) ? lower : lower.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC');
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

/** Asked once per line read: the course's area names are normalised once per list. */
const normalisedLists = new WeakMap<readonly string[], Topics>();

function normalisedTopics(names: readonly string[]): Topics {
  let topics = normalisedLists.get(names);
  if (!topics) normalisedLists.set(names, (topics = topicsOf(names)));
  return topics;
}

/**
 * At most the words normaliseTopic would keep (letters and digits of any script), counted without
 * building them: every line of prose is asked whether it names an area, and nearly all have more
 * words than any area.
 */
function wordCount(lowerCase: string): number {
  let words = 0;
  let inWord = false;
  for (let index = 0; index < lowerCase.length; index++) {
    const code = lowerCase.charCodeAt(index);
    // Few lines hold a character beyond ASCII: they are counted apart, and this loop stays as small as it can.
    if (code >= 128) return wordCountBeyondAscii(lowerCase);
    const alphanumeric = (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
    if (alphanumeric && !inWord) words++;
    inWord = alphanumeric;
  }
  return words;
}

const letterOrDigit = /[\p{L}\p{N}]/u;
const mark = /\p{M}/u;

function wordCountBeyondAscii(lowerCase: string): number {
  let words = 0;
  let inWord = false;
  for (let index = 0; index < lowerCase.length; index++) {
    const code = lowerCase.charCodeAt(index);
    const alphanumeric = code < 128 ? (code >= 97 && code <= 122) || (code >= 48 && code <= 57) : isLetterOrDigitAt(lowerCase, index, code);
    if (alphanumeric === undefined) continue;
    if (alphanumeric && !inWord) words++;
    inWord = alphanumeric;
  }
  return words;
}

/**
 * The characters beyond ASCII notes hold most are answered without the patterns: typographic
 * punctuation and spaces, CJK ideographs. Undefined for what goes with the character before it:
 * the second half of a character beyond the first plane, an accent written apart (NFD).
 */
function isLetterOrDigitAt(text: string, index: number, code: number): boolean | undefined {
  if (code === 0xa0 || (code >= 0x2010 && code <= 0x2027)) return false;
  if (code >= 0x4e00 && code <= 0x9fff) return true;
  if (code >= 0xdc00 && code <= 0xdfff) return undefined;
  const character = String.fromCodePoint(text.codePointAt(index)!);
  return letterOrDigit.test(character) || (mark.test(character) ? undefined : false);
}

export function isAreaTopic(topic: string, areaTopics: readonly string[]): boolean {
  const topics = normalisedTopics(areaTopics);
  // `&` becomes the word "and": a text's words are at most those of its normal form.
  if (wordCount(topic.toLowerCase()) > topics.mostWords) return false;
  const normal = normaliseTopic(topic);
  return normal !== '' && topics.normal.has(normal);
}

/** Splits `Some Area (first round)` or `Some Area(Basics level + Advanced Level)` into topic and note. */
function splitTopicNote(text: string): { topic: string; note: string } {
  // By hand, not /^(.*?)\s*\(([^()]*)\)\s*$/: its lazy group retries the rest of a heading of spaces from each of them.
  const trimmed = text.trimEnd();
  const open = trimmed.endsWith(')') ? trimmed.lastIndexOf('(', trimmed.length - 2) : -1;
  const note = open < 0 ? undefined : trimmed.slice(open + 1, -1);
  return note === undefined || note.includes(')') ? { topic: text.trim(), note: '' } : { topic: text.slice(0, open).trim(), note };
}

function levelInNote(note: string, levels: LevelWords): string | undefined {
  const words = levels.everyWord ? (note.match(levels.everyWord) ?? []) : [];
  return words.length === 1 ? levels.nameOf(words[0]) : undefined;
}

/** "Area" as the course's language writes it: `Área 2`, `Bereich 2`, `Раздел 2`. */
const areaWords = 'area|área|bereich|раздел';
// Without the u flag, which cost a cold 1 MB reading 1% of its instructions: every line is asked.
const numberedArea = new RegExp(String.raw`^(?:${areaWords})\s*(\d+)?\s*(?:[:\-–—.)]\s*)*(.*)$`, 'i');
const leadingAreaWord = new RegExp(String.raw`^(?:${areaWords})(?![\w\u0080-\uffff])`, 'i');

/** `Area 2: …`, `Área 2`: the text opens with the word "area", numbered or not. */
export function opensWithAreaWord(plain: string): boolean {
  return leadingAreaWord.test(plain);
}

/**
 * `Area 1: Some Area`, `Area 1 - Some`, bare `Area 2`, `1. Some Area`, `Some Area (first
 * round)`. A bare topic counts only when it names one of the course's areas, so that
 * `Installation` or `Why this?` never become areas.
 */
export function readAreaMarker(plain: string, names: NotesNames): AreaMarker | undefined {
  const text = plain.trim();
  if (text.length > 120) return undefined;
  const numbered = numberedArea.exec(text);
  if (numbered) {
    const { topic, note } = splitTopicNote(numbered[2]);
    if (/^[a-z]/.test(numbered[2]) && !numbered[1]) return undefined;
    return { number: numbered[1] ? Number(numbered[1]) : undefined, topic, level: levelInNote(note, names.levels) };
  }
  const listed = listedArea.exec(text);
  const body = listed ? listed[2] : text;
  const { topic, note } = splitTopicNote(body);
  if (!isAreaTopic(topic, names.areaTopics)) return undefined;
  return { number: listed ? listNumber(listed[1]) : undefined, topic, level: levelInNote(note, names.levels) };
}

/** `1. Some Area`, `2) Some Area`, and as Chinese numbers a list: `一、容器技术`, `二．大数据`. */
const listedArea = /^(\d+|[一二三四五六七八九十]{1,3})\s*[.):\-–、．]\s*(.*)$/;
const chineseDigits = '一二三四五六七八九';

/** `12`, `三` (3), `十二` (12), `二十` (20). */
function listNumber(written: string): number {
  if (/^\d+$/.test(written)) return Number(written);
  const [tens, ones = ''] = written.split('十');
  const digit = (character: string) => chineseDigits.indexOf(character) + 1;
  if (!written.includes('十')) return digit(written);
  return (tens ? digit(tens) : 1) * 10 + (ones ? digit(ones) : 0);
}

const summaryTitle = /^(check\s*list|time\s*(spen[dt]|log|summary|table|sheet|record)|summary of (time|modules|progress)|progress)\b/i;

/** `## Time spent`, `## Checklist`, `## Progress`: a section whose lines repeat the modules. */
export function isSummaryTitle(plain: string): boolean {
  return summaryTitle.test(plain);
}
