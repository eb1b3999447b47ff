import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';

interface Layer {
  dir: string;
  rules: Ignore;
}

/**
 * The .gitignore files of the repository a file is in, applied as git does: each file's patterns
 * relative to its own folder, deeper files last so they can re-include (`!keep.md`). Outside a
 * git repository nothing is ignored, so a stray .gitignore in a home folder hides no notes.
 */
export class GitIgnores {
  private readonly layersByDir = new Map<string, Layer[]>();

  isIgnored(file: string, isDirectory: boolean): boolean {
    return this.ignoredBy(file, isDirectory) !== undefined;
  }

  /** The .gitignore whose rule ignores the file, or undefined when none does. */
  ignoredBy(file: string, isDirectory: boolean): string | undefined {
    let ignoredBy: string | undefined;
    for (const { dir, rules } of this.layersFor(path.dirname(file))) {
      const relative = path.relative(dir, file).split(path.sep).join('/') + (isDirectory ? '/' : '');
      const verdict = rules.test(relative);
      if (verdict.ignored) ignoredBy = path.join(dir, '.gitignore');
      else if (verdict.unignored) ignoredBy = undefined;
    }
    return ignoredBy;
  }

  private layersFor(dir: string): Layer[] {
    let layers = this.layersByDir.get(dir);
    if (layers) return layers;
    layers = [];
    if (this.inRepository(dir)) {
      const parent = path.dirname(dir);
      const above = existsSync(path.join(dir, '.git')) || parent === dir ? [] : this.layersFor(parent);
      const own = rulesIn(dir);
      layers = own ? [...above, { dir, rules: own }] : above;
    }
    this.layersByDir.set(dir, layers);
    return layers;
  }

  private readonly repositoryByDir = new Map<string, boolean>();

  /** The folder or one above it holds .git. */
  private inRepository(dir: string): boolean {
    let known = this.repositoryByDir.get(dir);
    if (known === undefined) {
      const parent = path.dirname(dir);
      known = existsSync(path.join(dir, '.git')) || (parent !== dir && this.inRepository(parent));
      this.repositoryByDir.set(dir, known);
    }
    return known;
  }
}

function rulesIn(dir: string): Ignore | undefined {
  const file = path.join(dir, '.gitignore');
  try {
    return ignore().add(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}
