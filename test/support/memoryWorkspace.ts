// The one in-memory workspace of the service tests: files by URI, no disk.
import { insideFolders } from '../../server/src/service/insideFolders';
import type { OpenDocuments } from '../../server/src/service/studyNotesService';
import type { NotesWorkspace } from '../../server/src/service/workspace';

export interface MemoryWorkspace extends NotesWorkspace {
  /** Writes a file and tells its watchers, as a save would. */
  write(uri: string, text: string): void;
}

export function memoryWorkspace(files: Record<string, string>, options: { folders?: string[]; trusted?: boolean } = {}): MemoryWorkspace {
  const texts = new Map(Object.entries(files));
  const watchers = new Map<string, Set<() => void>>();
  const folders = options.folders ?? ['file:///workspace'];
  const inside = (uri: string): boolean => insideFolders(uri, folders);
  return {
    folders,
    trusted: options.trusted ?? true,
    markdownFiles: async () => [...texts.keys()].filter((uri) => inside(uri) && /\.(md|markdown)$/i.test(uri)).sort(),
    async read(uri) {
      const text = texts.get(uri);
      if (text === undefined) throw new Error('no such file');
      return text;
    },
    readInside: async (uri) => (inside(uri) && /\.(md|markdown)$/i.test(uri) ? texts.get(uri) : undefined),
    exists: async (uri) => texts.has(uri),
    watch(uri, changed) {
      const set = watchers.get(uri) ?? new Set();
      watchers.set(uri, set);
      set.add(changed);
      return { dispose: () => set.delete(changed) };
    },
    write(uri, text) {
      texts.set(uri, text);
      for (const changed of watchers.get(uri) ?? []) changed();
    },
  };
}

/** Documents as an editor holds them open, for the service's `openDocuments`. */
export class OpenTexts implements OpenDocuments {
  private readonly texts = new Map<string, { version: number; text: string }>();

  open(uri: string, text: string): void {
    this.texts.set(uri, { version: (this.texts.get(uri)?.version ?? 0) + 1, text });
  }

  close(uri: string): void {
    this.texts.delete(uri);
  }

  get(uri: string): { version: number; getText(): string } | undefined {
    const found = this.texts.get(uri);
    return found && { version: found.version, getText: () => found.text };
  }

  keys(): string[] {
    return [...this.texts.keys()];
  }
}
