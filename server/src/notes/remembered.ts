/**
 * Answers kept by their question, forgotten all at once past a bound: a generated file may ask a
 * million distinct questions (titles, URLs), and memory must not grow with them.
 */
export class Remembered<T> {
  private readonly answers = new Map<string, T>();

  constructor(private readonly bound = 100_000) {}

  get(key: string, answer: () => T): T {
    if (this.answers.has(key)) return this.answers.get(key) as T;
    const value = answer();
    if (this.answers.size >= this.bound) this.answers.clear();
    this.answers.set(key, value);
    return value;
  }
}
