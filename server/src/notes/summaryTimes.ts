import { normaliseTitle, sameModuleTitle, significantWords } from './catalog';

/**
 * The titles of a summary of time spent, looked up by the modules that have no time of their own.
 * Scoring every module against every entry grew with the square of the notes (1 → 10 MB: ×31);
 * entries are kept once per title and indexed by their words, modules asked once per title, so
 * a lookup scores only the entries that share a word with it.
 */
export class SummaryTitles<E extends { title: string }> {
  private readonly kept: { entry: E; normalised: string }[] = [];
  private readonly byNormalised = new Map<string, number>();
  private readonly byWord = new Map<string, number[]>();
  private readonly answers = new Map<string, E | undefined>();

  /** `entries` in document order: the first entry that names a module gives its time. */
  constructor(
    entries: readonly E[],
    private readonly alike: (a: string, b: string) => boolean = sameModuleTitle,
  ) {
    for (const entry of entries) this.keep(entry);
  }

  find(title: string): E | undefined {
    const normalised = normaliseTitle(title);
    if (!this.answers.has(normalised)) this.answers.set(normalised, this.firstAlike(title, normalised));
    return this.answers.get(normalised);
  }

  private keep(entry: E): void {
    const normalised = normaliseTitle(entry.title);
    if (this.byNormalised.has(normalised)) return;
    const at = this.kept.length;
    this.kept.push({ entry, normalised });
    this.byNormalised.set(normalised, at);
    for (const word of significantWords(normalised)) {
      const holders = this.byWord.get(word);
      if (holders) holders.push(at);
      else this.byWord.set(word, [at]);
    }
  }

  /** Titles alike share two words, and equal titles are found by their text: no other entry can name the module. */
  private firstAlike(title: string, normalised: string): E | undefined {
    const candidates = new Set<number>();
    const equal = this.byNormalised.get(normalised);
    if (equal !== undefined) candidates.add(equal);
    for (const word of significantWords(normalised)) for (const at of this.byWord.get(word) ?? []) candidates.add(at);
    const first = [...candidates].sort((a, b) => a - b).find((at) => this.alike(this.kept[at].entry.title, title));
    return first === undefined ? undefined : this.kept[first].entry;
  }
}
