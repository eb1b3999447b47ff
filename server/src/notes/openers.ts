import { isInPageLink, type LineLink, type SourceLine } from './lines';
import type { SourceMap } from './source';
import { scanTime, type EstimateMatch } from './timeEstimate';
import { caseless } from './caseless';
import { trimEndMatching, trimStartMatching } from './trimRuns';

/** What a line says if it opens a module; whether it really does depends on where it stands. */
export interface OpenerCandidate {
  title: string;
  /** Document offsets of the title text. */
  titleStart: number;
  titleEnd: number;
  url?: string;
  /** Document offsets are lineStart + match.start / match.end. */
  estimate?: EstimateMatch;
  lineStart: number;
  /** The line starts with a link to a resource. */
  linkLed: boolean;
  /** `Video:`, `Lab:`, `AWS Tutorial:`: the words name a kind of learning resource. */
  namesResource: boolean;
  /**
   * `Why Docker? (10 min) - it ships the same everywhere …`: the document offset where the
   * student's notes begin on the opener's own line. Such a line reads as a sentence of notes
   * unless it names one of the course's modules (notesReader.ts decides).
   */
  notesStart?: number;
  /**
   * `- Lab: Nmap (40 min) — scanned my own VM, found ssh`: a short title, its time set off from it,
   * then notes. Where modules are listed this is the student's entry for a module, whether or not
   * the course names it in full (notesReader.ts).
   */
  entry?: boolean;
}

/**
 * The kinds of resource in the languages of other courses, whose own titles name them so:
 * `Laboratorio: …`, `Übung: …`, `Лабораторная: …`, `实验：…` (Spanish, Portuguese, German, French,
 * Italian, Russian, Chinese).
 */
const otherLanguagesKinds = 'laboratorio|laboratório|práctica|practica|prática|vídeo|vidéo|lectura|leitura|lettura|lektüre|proyecto|projeto|projekt|projet|progetto|artículo|artigo|artikel|articolo|tutoriel|übung|esercitazione|лабораторная|практика|видео|чтение|проект|статья|实验|视频|教程|阅读|项目';
/** A kind of resource followed by its name: `Video: Why Queues?`, `Lab01: Kafka Quickstart Guide`. */
const resourceKind = new RegExp(caseless(String.raw`^((aws\s+tutorial|video\s+tutorial|tutorial|video|qwiklabs?|lab|hands[- ]on lab|reading|on your own|project|paper|article|course|${otherLanguagesKinds})\s*[:：\-–]|lab\s*\d+\s*[:\-–.]?)\s*`) + String.raw`[\p{L}\d]`, 'u');
/** `Nmap scanning lab`, `SQLi video`: a kind of resource named at a title's end. */
const kindWordLast = new RegExp(String.raw`(?:^|[^\p{L}])(?:tutorial|video|qwiklabs?|lab|reading|project|paper|article|course|${otherLanguagesKinds})s?$`, 'iu');
/** `I watched the first video`: a sentence of the student's, not a name. */
const sentenceLead = /^(?:i|we|my|our|it|this|that|then|today|first|after|before|also)\b/i;

/** A title that names a resource by its kind, before its name (`Lab: Nmap`) or after it (`Nmap lab`). */
export function namesResourceKind(candidate: OpenerCandidate): boolean {
  return candidate.namesResource || kindWordLast.test(candidate.title);
}

/** The kind word alone, standing before a link that names the resource. */
const resourceKindWord = new RegExp(String.raw`^(aws\s+tutorial|video\s+tutorial|tutorial|video|qwiklabs?|lab\s*\d*|hands[- ]on lab|reading|on your own|project|paper|article|course|${otherLanguagesKinds})\s*[:：\-–.]?$`, 'i');

/** Links to the student's own report, blog or repository sit beside the modules but are not one. */
const ownWriting = /^(link to\s+)?(my\s+)?(technical report|report|blog\s*post|blog|repo(sitory)?|github|website)\b/i;
const rawUrl = /\(?<?(https?:\/\/[^\s)>]+)>?\)?/;
/** Longest text (in characters) after a link that still reads as a label rather than a sentence of notes. */
const maxTrailingTextAfterLink = 60;
const maxTitleLength = 140;
/** After a time in a line without a link, more than a few words make it a sentence of notes. */
const maxTrailingTextAfterTime = 20;

/** `For Video: Kafka Intro, it takes 35 minutes …`: a lead-in, the resource, a comma, then the student's time. */
const leadIn = /^\s*(for|in regard to|regarding|as for)\s+(.+?),\s*$/i;

/** `[AWS Tutorial: Launch a VM](AWS Tutorial: Launch a VM)`: an address with spaces is no link to CommonMark, but its writer meant one. */
const brokenLink = /^[\s>*+\-\d.)]*\[[^\]]+\]\(\s*[^\s)]+\s+[^\s")][^)]*\)/;
const bracketedTitle = /^\[([^[\]]+)\]$/;

/**
 * `](https://) (time: 30 min)`: the end of a link whose text stood on the line above, as a snippet
 * leaves it when its title was replaced by a whole module. It opens no module and holds no one's time.
 */
export function isLinkTail(text: string): boolean {
  return /^[\s>]*\]\(/.test(text);
}

/** Markup and separators around a title that are not part of it. */
function trimTitle(text: string): string {
  const lead = text.replace(/^[\s>#*_+\-–~|]*(\[[ xX]\]\s*)?/, '').replace(/^\d+[.)](\s+|(?=\p{L}))/u, '');
  return trimStartMatching(trimEndMatching(lead, /[\s*_:\-–—~|,(]/), /[\s*_]/).trim();
}

/**
 * An opener's time stands near its start: after a title of at most 140 characters, at most 60 after
 * its link, or right after a lead-in. On a longer line only its head is scanned (the whole of a line
 * of 2.4 MB took a second).
 */
const openerTimeWithin = 10_000;

function headOf(raw: string): string {
  if (raw.length <= openerTimeWithin) return raw;
  const space = raw.lastIndexOf(' ', openerTimeWithin);
  return raw.slice(0, space > 0 ? space : openerTimeWithin);
}

export function readOpener(line: SourceLine, source: SourceMap): OpenerCandidate | undefined {
  const estimate = scanTime(headOf(line.raw));
  const link = line.leadingLink ?? bareAddressLink(line);
  if (link && !isInPageLink(link.url)) {
    const linked = readLinkOpener(line, link, estimate, source);
    // A bare URL glued into the text (`-Video: Why queues?(https://…)(15min)`) is a link to
    // GFM but a title followed by its address to the student.
    if (linked !== 'not-leading') return linked;
  }
  return readTextOpener(line, estimate);
}

/** A literal address in text: `https://…` or `www.…` after a space, markup, `(` or the `<` of an autolink. */
const bareAddress = /(?:^|[\s*_~(<])((?:https?:\/\/|www\.)[^\s<]+)/i;

/**
 * `Video: https://youtu.be/abc - 10 min`: a literal address is a link, as GitHub shows it. The parse
 * leaves literal addresses as text (finding them cost a third of every parse), so the link is read
 * from the line here, for both line sources alike: trailing punctuation and an unmatched `)` stay
 * outside it, and an address in backticks is code.
 */
function bareAddressLink(line: SourceLine): LineLink | undefined {
  if (line.firstLink) return undefined;
  const match = bareAddress.exec(line.raw);
  if (!match) return undefined;
  const at = match.index + match[0].length - match[1].length;
  if (countOf(line.raw.slice(0, at), '`') % 2 === 1) return undefined;
  let address = match[1];
  // `(https://…)describes …`: an address the student put in parentheses ends at the one that closes them.
  if (line.raw[at - 1] === '(') address = address.slice(0, unmatchedClose(address));
  for (;;) {
    const last = address[address.length - 1];
    if ('?!.,:*_~\'"'.includes(last)) address = address.slice(0, -1);
    else if (last === ')' && countOf(address, '(') < countOf(address, ')')) address = address.slice(0, -1);
    else break;
  }
  const start = line.start + at;
  // `<https://…>` is CommonMark's autolink: the link is its brackets and all, as remark gives it.
  const autolink = line.raw[at - 1] === '<' && /^https?:\/\/[^>]+>/i.exec(match[1]);
  if (autolink) return { url: autolink[0].slice(0, -1), text: autolink[0].slice(0, -1), start: start - 1, end: start + autolink[0].length };
  return { url: /^www\./i.test(address) ? `http://${address}` : address, text: address, start, end: start + address.length };
}

/** Where the first `)` without its `(` stands in `text`, or its length. */
function unmatchedClose(text: string): number {
  let open = 0;
  for (let at = 0; at < text.length; at++) {
    if (text[at] === '(') open++;
    else if (text[at] === ')' && open-- === 0) return at;
  }
  return text.length;
}

function countOf(text: string, char: string): number {
  let count = 0;
  for (let at = text.indexOf(char); at >= 0; at = text.indexOf(char, at + 1)) count++;
  return count;
}

/**
 * `(https://www.youtube.com/watch?v=…)describes virtualization and why …`: a paragraph that starts
 * with a link and goes on as a sentence about it. Whether it opens the linked module depends on
 * where it stands (no module open, and the course's own address: notesReader.ts).
 */
export function readLinkLedSentence(line: SourceLine, source: SourceMap): OpenerCandidate | undefined {
  const link = line.leadingLink ?? bareAddressLink(line);
  if (!link || isInPageLink(link.url)) return undefined;
  const estimate = timeRightAfter(line, link);
  const linked = readLinkOpener(line, link, estimate, source, Infinity);
  return linked && linked !== 'not-leading' ? { ...linked, notesStart: inlineNotesStart(line, link.end - line.start, estimate) } : undefined;
}

/** `(https://…) (25 min) describes …`: a time between the link and the sentence is the module's; one in the sentence is notes. */
function timeRightAfter(line: SourceLine, link: LineLink): EstimateMatch | undefined {
  const linkEnd = link.end - line.start;
  const estimate = scanTime(headOf(line.raw));
  return estimate && estimate.start >= linkEnd && onlySeparators(line.raw.slice(linkEnd, estimate.start)) ? estimate : undefined;
}

/** Nothing but what separates a title from its time: spaces, dashes, a colon, an opening bracket, the address's closing one. */
function onlySeparators(text: string): boolean {
  return /^[\s\-–—:()>]*$/.test(text);
}

function readLinkOpener(line: SourceLine, link: LineLink, estimate: EstimateMatch | undefined, source: SourceMap, trailingAllowed = maxTrailingTextAfterLink): OpenerCandidate | undefined | 'not-leading' {
  const linkEnd = link.end - line.start;
  const after = line.raw.slice(linkEnd);
  const trailing = estimate && estimate.start >= linkEnd ? after.slice(0, estimate.start - linkEnd) + after.slice(estimate.end - linkEnd) : after;
  // `[Video: Overview](a) + [AWS Tutorial](b)`: a second link's address is not text the student wrote.
  const longTail = trimTitle(trailing.replace(/\]\([^)]*\)/g, ']').replace(/[()[\].,;!]/g, ' ')).length > trailingAllowed;
  const notesStart = longTail || notesAfterTime(line.raw, estimate, linkEnd) ? inlineNotesStart(line, linkEnd, estimate) : undefined;
  const raw = source.text.slice(link.start, link.end);
  const textEnd = raw.lastIndexOf('](');
  // `[text](url)` and `<url>` open with a mark the title leaves out; a literal address is all title.
  const marked = raw[0] === '[' || raw[0] === '<';
  const titleStart = link.start + (marked ? 1 : 0);
  const titleEnd = textEnd > 0 ? link.start + textEnd : link.end - (raw[0] === '<' ? 1 : 0);
  let title = link.text;
  if (estimate && estimate.start + line.start >= titleStart && estimate.end + line.start <= titleEnd) {
    const inLink = line.raw.slice(titleStart - line.start, titleEnd - line.start);
    const from = estimate.start + line.start - titleStart;
    title = inLink.slice(0, from) + inLink.slice(from + estimate.end - estimate.start);
  }
  const before = line.raw.slice(0, link.start - line.start);
  const prefix = trimTitle(before);
  if (prefix && !resourceKindWord.test(prefix) && !/^\d+(\.\d+)*[.)]?$/.test(prefix)) return 'not-leading';
  // A link's text wrapped over lines is one title.
  title = trimTitle(title.replace(/[*_`]/g, '').replace(/[ \t]*(?:\r\n?|\n)[ \t]*/g, ' '));
  if (ownWriting.test(title)) return undefined;
  if (prefix && resourceKindWord.test(prefix)) title = `${prefix}: ${title}`;
  if (!title) title = link.url;
  return {
    title,
    titleStart,
    titleEnd,
    url: link.url,
    estimate,
    lineStart: line.start,
    linkLed: true,
    namesResource: resourceKind.test(title) || resourceKindWord.test(prefix),
    notesStart,
  };
}

/** `- [Lab: Reflected XSS](…) - 45 min: payload in the search box`: a colon after the time opens the student's notes, however short. */
function notesAfterTime(raw: string, estimate: EstimateMatch | undefined, titleEnd: number): boolean {
  return estimate !== undefined && estimate.start >= titleEnd && /^[\s*_)]*[:：]\s*[*_]*\p{L}+\S*\s+\S/u.test(raw.slice(estimate.end));
}

/** Where the notes begin after a title ending at `titleEnd` (in the line): past the time right after it, and the separators. */
function inlineNotesStart(line: SourceLine, titleEnd: number, estimate: EstimateMatch | undefined): number {
  const timeFollows = estimate !== undefined && estimate.start >= titleEnd && onlySeparators(line.raw.slice(titleEnd, estimate.start));
  const end = timeFollows ? estimate.end : titleEnd;
  const separators = /^[\s\-–—:;,.)*_]*/.exec(line.raw.slice(end))?.[0].length ?? 0;
  return line.start + end + separators;
}

/** The words before a link that label it, as both line sources find a link: within 40 characters of the line's start. */
const maxLinkLabel = 40;

/**
 * `- Networking and Orchestration: [My post](https://me.example/…) - 2 h`: a short label, a colon
 * or dash, then a link and nothing more than a time. The label, the link's text and its address.
 */
export function labelledLink(line: SourceLine): { label: string; labelStart: number; text: string; url: string } | undefined {
  const link = line.firstLink;
  if (!link || isInPageLink(link.url) || link.start - line.start > maxLinkLabel) return undefined;
  const before = line.raw.slice(0, link.start - line.start);
  if (!/[:\-–]\s*[*_]*\s*$/.test(before)) return undefined;
  const after = line.raw.slice(link.end - line.start);
  const time = scanTime(after);
  if (trimTitle(time ? after.slice(0, time.start) + after.slice(time.end) : after).length > 0) return undefined;
  const label = trimTitle(plainMarkup(before));
  if (label.length < 3) return undefined;
  return { label, labelStart: line.start + Math.max(0, line.raw.indexOf(label)), text: link.text, url: link.url };
}

/** A title has a word: a setext heading's `===` in a quote under a level opens nothing. */
const wordy = /[\p{L}\p{N}]/u;

function readTextOpener(line: SourceLine, estimate: EstimateMatch | undefined): OpenerCandidate | undefined {
  const end = estimate ? estimate.start : line.raw.length;
  const ledIn = estimate?.labelled ? leadIn.exec(line.raw.slice(0, end)) : null;
  const longTail = estimate !== undefined && (trimTitle(line.raw.slice(estimate.end)).length > maxTrailingTextAfterTime || notesAfterTime(line.raw, estimate, 0));
  // A named resource before the student's time opens its notes, however they go on in the same paragraph.
  const notesStart = estimate && longTail && !(ledIn && resourceKind.test(trimTitle(plainMarkup(ledIn[2])))) ? inlineNotesStart(line, estimate.end, undefined) : undefined;
  let titleText = ledIn ? ledIn[2] : line.raw.slice(0, end);
  let url: string | undefined;
  const urlMatch = rawUrl.exec(titleText);
  if (urlMatch) {
    url = urlMatch[1];
    titleText = titleText.slice(0, urlMatch.index) + titleText.slice(urlMatch.index + urlMatch[0].length);
  }
  // `[Video: Virtualization] https://…`, `[Lab] (https://…)`: a link broken by a space, meant as one.
  const plain = trimTitle(plainMarkup(titleText));
  const spacedLink = url === undefined ? undefined : bracketedTitle.exec(plain)?.[1];
  const title = spacedLink ?? plain;
  if (title.length < 3 || isLinkTail(title) || title.length > maxTitleLength || ownWriting.test(title) || !wordy.test(title)) return undefined;
  // `For this part, it takes me 20 minutes …` and `I watched the first video (10 min): …` are sentences: no entry, whatever follows.
  const entry = notesStart !== undefined && !ledIn && timeSetOff(line.raw, estimate) && isShortTitle({ title }) && !sentenceLead.test(title);
  const leading = line.raw.length - line.raw.trimStart().length;
  const titleStart = line.start + Math.max(leading, line.raw.indexOf(title.slice(0, 8), ledIn ? ledIn[1].length : 0));
  return {
    title,
    titleStart,
    titleEnd: Math.max(titleStart, line.start + end),
    url,
    estimate,
    lineStart: line.start,
    linkLed: spacedLink !== undefined || brokenLink.test(line.raw),
    namesResource: resourceKind.test(title),
    notesStart,
    ...(entry && { entry }),
  };
}

/** `Nmap lab (40 min)`, `Nmap lab, Time: 40 min`, `Nmap lab - 40 min`: the time stands apart from the title; `it takes me about 4 hours` is a sentence. */
function timeSetOff(raw: string, estimate: EstimateMatch | undefined): boolean {
  if (estimate?.kind !== 'minutes') return false;
  return raw[estimate.start] === '(' || raw[estimate.start] === '（' || /(?:\s[-–—]+|[:：,])\s*[*_]*$/.test(raw.slice(0, estimate.start));
}

/** A kind of resource and its colon or dash before the name: the title of `Lab: Docker Intro: built …` ends at the second colon. */
const kindLead = /^(aws\s+tutorial|video\s+tutorial|tutorial|video|qwiklabs?|lab|hands[- ]on lab|reading|on your own|project|paper|article|course)\s*[:\-–]\s*/i;
/** Where a title ends and its notes begin: a colon (maybe inside bold) or a spaced dash; in a bold title, the bold's end too. */
const notesSeparator = /\s*[:：][*_]*\s+|[*_]*\s+[-–—]+\s+/;
const boldTitleEnd = new RegExp(String.raw`\s*[:：]?(\*\*|__)[:：]?\s+|${notesSeparator.source}`);

/**
 * `- Why Docker: it ships the same everywhere …`: a title, a colon or a spaced dash, then notes.
 * Whether the title opens a module is the reader's to decide: only a course module named in full does.
 */
export function titleBeforeNotes(line: SourceLine): { title: string; titleEnd: number; notesStart: number } | undefined {
  const lead = /^[\s>*+-]*(\[[ xX]\]\s*)?(\d+[.)]\s*)?[*_]*/.exec(line.raw)?.[0].length ?? 0;
  const from = lead + (kindLead.exec(line.raw.slice(lead))?.[0].length ?? 0);
  const bold = /(\*\*|__)$/.test(line.raw.slice(0, lead));
  const separator = (bold ? boldTitleEnd : notesSeparator).exec(line.raw.slice(from, from + maxTitleLength));
  if (!separator || separator.index < 3) return undefined;
  const titleEnd = from + separator.index;
  const title = trimTitle(plainMarkup(line.raw.slice(0, titleEnd)));
  return title.length >= 3 ? { title, titleEnd: line.start + titleEnd, notesStart: line.start + titleEnd + separator[0].length } : undefined;
}

/**
 * A title rather than a sentence of notes. A trailing aside in parentheses
 * (`OpenNetVM - Complete one issue (Speed tester should …)`) qualifies the title without lengthening it.
 */
export function isShortTitle(candidate: { title: string }): boolean {
  const title = titleWithoutAside(candidate.title);
  return title.length <= 80 && !/[.!?。]$/.test(title) && title.split(/\s+/).length <= 12;
}

export function titleWithoutAside(title: string): string {
  return title.replace(/\s*\([^()]*\)$/, '') || title;
}

/**
 * A line of raw Markdown as a reader sees it: links become their text, emphasis and HTML go.
 * Scanned once from left to right: a line of 100,000 `[` or `<` costs what its length does.
 */
export function plainMarkup(text: string): string {
  const plain = withoutLinkMarkup(withoutTags(text));
  const unmarked = /[*_`]/.test(plain) ? plain.replace(/[*_`]+/g, '') : plain;
  // Words apart by one space each are already as they should be: no new string for every line.
  return /[^\S ]| {2}/.test(unmarked) ? unmarked.replace(/\s+/g, ' ') : unmarked;
}

/** `<b>` and `</b>` become a space; a `<` with no `>` after it stays text, and so does every later one. */
function withoutTags(text: string): string {
  let out = '';
  let from = 0;
  for (let open = text.indexOf('<'); open >= 0; open = text.indexOf('<', from)) {
    const close = text.indexOf('>', open + 1);
    if (close < 0) break;
    out += text.slice(from, open) + ' ';
    from = close + 1;
  }
  return out + text.slice(from);
}

/** `[text](address)` and `![alt](address)` become their text; the first `]` after a `[` decides, as for every `[` before it. */
function withoutLinkMarkup(text: string): string {
  let out = '';
  let from = 0;
  let search = 0;
  for (let open = text.indexOf('[', search); open >= 0; open = text.indexOf('[', search)) {
    const close = text.indexOf(']', open + 1);
    if (close < 0) break;
    search = close + 1;
    if (text[close + 1] !== '(') continue;
    const end = text.indexOf(')', close + 2);
    if (end < 0) break;
    const start = open > from && text[open - 1] === '!' ? open - 1 : open;
    out += text.slice(from, start) + text.slice(open + 1, close);
    from = search = end + 1;
  }
  return out + text.slice(from);
}

/**
 * The depth of the own-writing section a heading leaves open: `# Technical Report` opens one, and
 * it runs until a heading as high that is not the student's own writing.
 */
export function ownWritingDepth(open: number | undefined, depth: number, plain: string): number | undefined {
  if (open !== undefined && depth > open) return open;
  return ownWriting.test(plain) ? depth : undefined;
}

/** `**Cons of Kubernetes:**`: a bold label over the lines it introduces is a sub-heading of notes, not a title. */
export function isBoldLabel(line: string): boolean {
  return /^[\s>*+-]*(\*\*|__)[^*_]+?(:\s*\1|\1\s*:)\s*$/.test(line);
}
