// The words of a module title that tell one module from another, in one spelling, whatever the
// student wrote around them: "Video: Queues Versus Streams Deep Dive", "Whiteboard queues vs streams"
// and "VMs vs. Containers" share `vm versus container`.
import { characterPairs, hasUnsegmentedScript } from '../notes/wordsApart';
import { typoAllowance, wordDistance } from '../notes/typos';

/** Words that say what kind of resource a module is, or that it is a note of one: not part of its name. */
const kindWords = new Set(['video', 'videos', 'lab', 'labs', 'tutorial', 'tutorials', 'qwiklab', 'qwiklabs', 'aws', 'amazon', 'note', 'notes', 'doc', 'docs', 'lightboard', 'youtube', '视频', '实验', '教程', '阅读', '笔记']);

/** Words every title may have: they join, they do not name. */
const joinWords = new Set(['a', 'an', 'the', 'to', 'of', 'on', 'in', 'for', 'with', 'and', 'or', 'by', 'from', 'into', 'using', 'use', 'your', 'my', 'i', 'is', 'are', 'be', 'at', 'as', 'it', 'its', 'this', 'that', 'some', 'own', 'about']);

/** One spelling for words students write several ways. */
const spellings = new Map(
  Object.entries({
    vs: 'versus',
    introduction: 'intro',
    introducation: 'intro',
    introducing: 'intro',
    application: 'app',
    applications: 'app',
    apps: 'app',
    vms: 'vm',
    minutes: 'minute',
    mins: 'minute',
    min: 'minute',
    k8s: 'kubernetes',
    kubenetes: 'kubernetes',
    bigdata: 'big data',
    five: '5',
  }),
);

/** Two words that are one thing, and the one word students also write for it; a typo of either is still the thing ("Vitual Machines"). */
const phrases: [readonly string[], string][] = [
  [['virtual', 'machine'], 'vm'],
  [['machine', 'learning'], 'ml'],
  [['simple', 'storage', 'service'], 's3'],
  [['elastic', 'compute', 'cloud'], 'ec2'],
];

/**
 * The words of a title, lower-cased and in one spelling, kind words and joining words left out;
 * `Linux2` is `linux 2`, plurals are singular.
 */
export function titleWords(title: string): string[] {
  const text = title.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/\bv\.\s?s\b\.?/g, ' versus ')
    // `I/O`, `A/B` are one word; split, `i` would be a joining word and `o` a name.
    .replace(/\b([a-z])\/([a-z])\b/g, '$1$2');
  const written = text
    .replace(/([a-z])(\d)/g, '$1 $2')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const raws = hasUnsegmentedScript(text) ? written.flatMap(characterPairs) : written;
  const words: string[] = [];
  for (let at = 0; at < raws.length; at++) {
    const phrase = phraseAt(raws, at);
    if (phrase) {
      words.push(phrase.word);
      at += phrase.length - 1;
      continue;
    }
    for (const word of (spellings.get(raws[at]) ?? singular(raws[at])).split(' ')) if (!kindWords.has(word) && !joinWords.has(word)) words.push(word);
  }
  return words;
}

function phraseAt(raws: readonly string[], at: number): { word: string; length: number } | undefined {
  for (const [parts, word] of phrases) if (parts.every((part, offset) => at + offset < raws.length && spells(raws[at + offset], part))) return { word, length: parts.length };
  return undefined;
}

/** The word, its plural, or a typo of either: a typo keeps the first letter. */
function spells(raw: string, word: string): boolean {
  if (raw[0] !== word[0]) return false;
  const most = typoAllowance(word);
  return [raw, singular(raw)].some((written) => written === word || (most > 0 && wordDistance(written, word, most) <= most));
}

/** Plural to singular and "Networking" to "network" for the words of titles; short words (`aws`, `os`, `dns`) are left alone. */
function singular(word: string): string {
  if (word.length >= 7 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length < 4 || /(ss|us|is)$/.test(word)) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(ches|shes|xes)$/.test(word)) return word.slice(0, -2);
  return word.endsWith('s') ? word.slice(0, -1) : word;
}

/** The kinds of resource a title may say it is, by the words courses and students use for them. */
const resourceKinds: [RegExp, string][] = [
  [/\bqwik\s*labs?\b|\bhands[- ]on\b|\blab\s*\d*\b/i, 'lab'],
  [/\bvideos?\b|\blightboard\b|\byoutube\b/i, 'video'],
  [/\btutorials?\b/i, 'tutorial'],
  [/\bon (your|my) own\b/i, 'own'],
];

/** What kind of resource a title says it is (`Lab: …` a lab, `Tutorial: …` a tutorial), by the first kind word. */
export function resourceKindOf(title: string): string | undefined {
  let first: { at: number; kind: string } | undefined;
  for (const [words, kind] of resourceKinds) {
    const found = words.exec(title);
    if (found && (!first || found.index < first.at)) first = { at: found.index, kind };
  }
  return first?.kind;
}
