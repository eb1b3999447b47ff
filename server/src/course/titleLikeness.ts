import { titleWords } from './titleWords';
import { typoAllowance, wordDistance } from '../notes/typos';

/** How much of two titles one's words explain of the other's, each word weighed by how rare it is among the course's titles. */
export interface Likeness {
  /** 0..1: the share of the student's words that the course's title has. */
  contained: number;
  /** 0..1: the share of the course's title that the student wrote. */
  covered: number;
  /**
   * The weight of the words both have but numbers: a rare word is evidence, a common one ("docker")
   * hardly, a number alone none ("Step 5" is no "Video: Kubernetes in 5 Minutes").
   */
  shared: number;
  score: number;
}

export const noLikeness: Likeness = { contained: 0, covered: 0, shared: 0, score: 0 };

/**
 * The words of a course's module titles, weighed: a word most titles have tells little, a word one
 * title has tells which. Students' words are read in the course's spelling: a typo of a course word
 * ("Anlyze", "Reshift") is that word, a word split or joined ("Sage Maker", "bigdata") too.
 */
export class CourseWords {
  private readonly weights = new Map<string, number>();
  private readonly spelt = new Map<string, string[]>();
  private readonly byFirstLetter = new Map<string, string[]>();
  /** The weight of a word no course title has: the student's own ("already", "classroom"). */
  private readonly foreignWeight: number;
  readonly titles: readonly (readonly string[])[];

  constructor(titles: readonly string[]) {
    this.titles = titles.map((title) => [...new Set(titleWords(title))]);
    const holders = new Map<string, number>();
    for (const words of this.titles) for (const word of words) holders.set(word, (holders.get(word) ?? 0) + 1);
    const count = Math.max(1, this.titles.length);
    for (const [word, held] of holders) {
      this.weights.set(word, Math.log((count + 1) / held));
      this.byFirstLetter.set(word[0], [...(this.byFirstLetter.get(word[0]) ?? []), word]);
    }
    this.foreignWeight = Math.log(count + 1) / 2;
  }

  weight(word: string): number {
    return this.weights.get(word) ?? this.foreignWeight;
  }

  /** A title's words in the course's spelling, each once. */
  wordsOf(title: string): string[] {
    const written = titleWords(title);
    const words: string[] = [];
    for (let at = 0; at < written.length; at++) {
      const joined = at + 1 < written.length ? written[at] + written[at + 1] : undefined;
      if (joined && !this.weights.has(written[at]) && this.weights.has(joined)) {
        words.push(joined);
        at++;
        continue;
      }
      words.push(...this.courseSpelling(written[at]));
    }
    return [...new Set(words)];
  }

  private courseSpelling(word: string): string[] {
    if (this.weights.has(word)) return [word];
    let found = this.spelt.get(word);
    if (found) return found;
    found = this.nearest(word) ?? this.split(word) ?? [word];
    // Students' words are few; a catalog grown from a workspace asks of many titles, so the memo is bounded.
    if (this.spelt.size > 5000) this.spelt.clear();
    this.spelt.set(word, found);
    return found;
  }

  /** A typo keeps a word's first letter ("Anlyze", "Reshift", "Lauch", "Kubenetes"): only the course's words with it are compared. */
  private nearest(word: string): string[] | undefined {
    const most = typoAllowance(word);
    if (!most || /\d/.test(word)) return undefined;
    let best: string | undefined;
    let bestDistance = most + 1;
    for (const known of this.byFirstLetter.get(word[0]) ?? []) {
      if (typoAllowance(known) < 1) continue;
      const distance = wordDistance(word, known, most);
      if (distance < bestDistance) [best, bestDistance] = [known, distance];
    }
    return best === undefined ? undefined : [best];
  }

  private split(word: string): string[] | undefined {
    for (let at = 2; at <= word.length - 2; at++) {
      const [head, tail] = [word.slice(0, at), word.slice(at)];
      if (this.weights.has(head) && this.weights.has(tail)) return [head, tail];
    }
    return undefined;
  }

  /** How alike a student's words (from wordsOf) and a course title's are. */
  likeness(student: readonly string[], course: readonly string[]): Likeness {
    if (!student.length || !course.length) return noLikeness;
    let shared = 0;
    let sharedNumbers = 0;
    let studentWeight = 0;
    for (const word of student) {
      const weight = this.weight(word);
      studentWeight += weight;
      if (!course.includes(word)) continue;
      if (/^\d+$/.test(word)) sharedNumbers += weight;
      else shared += weight;
    }
    if (shared === 0) return noLikeness;
    let courseWeight = 0;
    for (const word of course) courseWeight += this.weight(word);
    const contained = (shared + sharedNumbers) / studentWeight;
    const covered = (shared + sharedNumbers) / courseWeight;
    return { contained, covered, shared, score: (contained + covered) / 2 };
  }
}
