import { isTemplateText } from '../notes/placeholders';
import { scanTime } from '../notes/timeEstimate';
import type { Module, NotesModel } from '../notes/types';

/**
 * Whether a module has notes written under it, as the course asks ("a short writeup that highlights
 * the key things you learned"): a line of the student's own. A bare `-`, the template's sentence, a
 * line holding only a time or only an image is not one: accepting a completion writes exactly that.
 * Nor is a tutorial's step title copied: the course asks for the key points, not the steps.
 */
export function hasWrittenNotes(module: Module, model: NotesModel, lines: readonly string[]): boolean {
  if (hasNotesBesideTitle(module, lines)) return true;
  const range = module.notesRange;
  if (!module.hasNotes || !range) return false;
  let placeholder = 0;
  // The title's own line (a table's row) is read after the title only, above.
  for (let line = Math.max(range.start.line, module.titleRange.end.line + 1); line <= range.end.line; line++) {
    while (placeholder < model.placeholders.length && model.placeholders[placeholder].range.end.line < line) placeholder++;
    const inPlaceholder = placeholder < model.placeholders.length && model.placeholders[placeholder].range.start.line <= line;
    if (!inPlaceholder && isOwnLine(lines[line] ?? '')) return true;
  }
  return false;
}

/** The rest of a link after its title's words: `Note](notes.pdf)`, `](https://…/Docker_(software))`. */
const restOfLink = /^[^[\]]*\]\((?:[^()]|\([^()]*\))*\)/;
/** `<!-- notes to write after class -->`: a reminder to oneself, hidden where the notes show. */
const htmlComment = /<!--.*?(?:-->|$)/g;

/**
 * `- [Nmap](…) 30 min — scanned my own VM, found ssh`: a one-line entry, its notes after its title
 * and time. A sentence's worth of letters besides them (`Note`, `(done)` are not one); fewer where
 * the reader took them for notes (`- 3 hours: all 8 challenges`, a colon after the time).
 */
function hasNotesBesideTitle(module: Module, lines: readonly string[]): boolean {
  const { end } = module.titleRange;
  const after = (lines[end.line] ?? '').slice(end.character).replace(restOfLink, ' ').replace(htmlComment, ' ');
  const time = scanTime(after);
  const rest = time ? after.slice(0, time.start) + ' ' + after.slice(time.end) : after;
  const least = module.notesRange?.start.line === end.line && !unfinished.test(rest) ? leastNotesBesideTitle : leastNotesLetters;
  return hasWrittenText([rest.replace(timeWords, ' ')], 0, 1, isOwnLine, least);
}

/** A page holding a few words under its heading ("Docker") is no notes: a sentence's worth of letters is. */
const leastNotesLetters = 20;
/** Notes the reader found on the title's line after it: a few words of the student's own. */
const leastNotesBesideTitle = 10;
/** `- 10 min: will do later`, `: not finished yet`: a few words that say the module is not done are no notes of it. */
const unfinished = /\b(?:not\s+(?:yet|done|finished|started|completed?)|will\s+(?:do|finish|complete|watch|read)|(?:do|finish)\s+(?:it\s+)?later|in\s+progress|unfinished|incomplete|skipped|to\s+do)\b/i;

/** Lines `from` to before `to` hold a sentence's worth of letters (or `least`), headings aside; it stops as soon as they do. */
export function hasWrittenText(lines: readonly string[], from = 0, to = lines.length, counts: (line: string) => boolean = () => true, least = leastNotesLetters): boolean {
  let letters = 0;
  for (let at = from; at < Math.min(to, lines.length); at++) {
    const line = lines[at];
    if (/^\s{0,3}#/.test(line) || !counts(line)) continue;
    letters += line.replace(/[^\p{L}]/gu, '').length;
    if (letters >= least) return true;
  }
  return false;
}

/** Markup around a line's words: quote and list markers, emphasis, a heading's hashes, a table's bars. */
const lineMarkup = /^[\s>*+\-#|]*(\d+[.)]\s+)?(\[[ xX]\]\s*)?/;
/** An image written `![alt](address)` or `<img …>`; no part may run past the next bracket, so a line of `![` is scanned once. */
const images = /!\[[^\][]*\]\([^)(]*\)|<img\b[^<>]*>/gi;
/** `<a name="LaunchaVM"></a>`, `<br>`: an anchor or a tag is markup, its words no notes. */
const htmlTags = /<\/?[a-z][^<>]*>/gi;
/** `Step 2: Create a Notebook Instance`, `Task 1: Create a Bucket`: a step's title, as the tutorial words it. */
const stepTitle = /^(step|task|part)\s*\d+\s*[:.)-]?\s*[^.!?,;:]*$/i;
/** What stands around a time on a line of its own: `**Time: 20 min**`, `Time spent: ~1 h`, `(took 15 minutes)`. */
const timeWords = /\b(time|spent|spend|took|takes?|taken|total|about|around|approx(imately)?|roughly|elapsed|duration|estimated?|cost|it|me|i|in|all|minutes?|mins?|hours?|hrs?|h)\b/gi;

/**
 * A label with nothing written after it (`Notes:`, `##### Notes`, `Key takeaways:`, `Notes: TBD`),
 * a reminder (`to be filled in`) or a mark of status (`done`, `✓`, `yes`): the notes are still to write.
 */
/** Marks of a thing done (`✓`): no letter, and no notes either. */
const statusMarks = '✓✔☑✅';
const bareLabel = new RegExp(
  String.raw`^(?:(?:my\s+)?(?:notes?|key\s+(?:takeaways?|points|learnings?)|takeaways?|learnings?|summary|reflections?|thoughts|what\s+i\s+(?:learned|learnt))\s*(?::\s*(?:tbd|todo|tba|n\/?a|-+|\.{2,}|…)?)?|(?:(?:to\s+be\s+(?:filled(?:\s+in)?|written|added|done|completed?)|to\s+do|later|wip|pending)(?:\s+later|\s+soon)?|done|completed?|finished|watched|read\s+it|yes|ok|y|x|[${statusMarks}])[.!]*)$`,
  'iu',
);

const ownCharacter = new RegExp(`[\\p{L}\\p{N}${statusMarks}]`, 'u');

/** A line of the student's own notes: words that are not markup, the template, a step's title or a time alone. */
export function isOwnLine(raw: string): boolean {
  const text = raw.replace(lineMarkup, '').replace(images, ' ').replace(htmlComment, ' ').replace(htmlTags, ' ');
  if (!ownCharacter.test(text)) return false;
  const plain = text.replace(/[*_`~]/g, '').trim();
  if (isTemplateText(plain) || isStepTitle(plain) || bareLabel.test(plain.replace(/\s*\|\s*/g, ' ').trim())) return false;
  const time = scanTime(plain);
  if (!time) return true;
  const rest = (plain.slice(0, time.start) + plain.slice(time.end)).replace(timeWords, ' ');
  return /[\p{L}\p{N}]/u.test(rest);
}

/** A tutorial's outline copied is no writeup: a step's title alone, short and with no sentence of the student's after it. */
function isStepTitle(plain: string): boolean {
  return stepTitle.test(plain) && plain.split(/\s+/).length <= 10;
}
