import { readByAreas } from '../notes/readByAreas';
import type { CatalogIndex } from '../notes/catalog';
import type { NotesModel } from '../notes/types';
import { preciseToCome, rememberingLookups, type NotesDocument, type NotesParser } from '../document/notesDocument';
import type { NotesDocumentCache } from './notesDocumentCache';
import { letOthersRun } from '../document/letOthersRun';

/**
 * A host's other thread reads a text precisely (notes/readByAreas.ts readPrecisely), a version of
 * `document` where it names one (then from its last reading there); undefined when it cannot.
 */
export type ReadOffThread = (text: string, catalog: CatalogIndex, document?: string) => Promise<NotesModel | undefined>;

/**
 * While a student types, a document read precisely before is read again only once it has stayed
 * unchanged this long: a precise reading of the whole text after every keystroke would keep a
 * core busy (on a 2-core machine the editor's own drawing waited for it).
 */
export const typingPauseMs = 400;

/**
 * The precise readings of documents first read by lines (document/notesDocument.ts preciseToCome). Each is
 * read on the host's other thread where it has one (Node), else on this one an area at a time
 * (notes/readByAreas.ts), requests and edits going between areas. It replaces the first reading
 * when done; an edit made meanwhile is read into it, or, when it cannot be read alone, the new
 * version is read again.
 */
export class PreciseReads {
  private readonly running = new Map<string, Promise<void>>();
  /** A text whose reading failed is not read again: it stays read by lines. */
  private readonly failedTexts = new Map<string, string>();
  /** Documents read precisely since they were opened: the next reading waits for a pause in the typing. */
  private readonly readBefore = new Set<string>();

  constructor(
    private readonly analyses: NotesDocumentCache,
    private readonly parse: NotesParser,
    private readonly adopted: (first: NotesDocument, precise: NotesDocument) => void,
    private readonly failed: (uri: string, error: unknown) => void,
    /** Resolves once the answers being made are written (Answering.written). */
    private readonly answersWritten: () => Promise<void>,
    private readonly offThread?: ReadOffThread,
  ) {}

  /** Reads the document precisely, unless that is under way; resolves when the reading ends. */
  start(document: NotesDocument): Promise<void> {
    const uri = document.uri;
    const running = this.running.get(uri);
    if (running) return running;
    if (!preciseToCome(document) || this.failedTexts.get(uri) === document.text) return Promise.resolve();
    const reading = this.read(document)
      .catch((error: unknown) => {
        this.failed(uri, error);
        // The reading by lines stays, and says so (its notice); this text is not read again.
        const current = this.analyses.peek(uri);
        if (!current || !preciseToCome(current)) return;
        this.failedTexts.set(uri, current.text);
        const kept = this.analyses.keepByLines(uri);
        if (kept) this.adopted(current, kept);
      })
      .finally(() => {
        this.running.delete(uri);
        // Read again while this reading ran (told of the last one, the editor asked again): read that too.
        const now = this.analyses.peek(uri);
        if (now && preciseToCome(now) && now !== document) void this.start(now);
      });
    this.running.set(uri, reading);
    return reading;
  }

  /** The document is closed: opened again, it is read at once, a failed reading too. */
  forget(uri: string): void {
    this.failedTexts.delete(uri);
    this.readBefore.delete(uri);
  }

  private async read(asked: NotesDocument): Promise<void> {
    const edited = this.readBefore.has(asked.uri);
    this.readBefore.add(asked.uri);
    const first = edited ? await this.afterTypingPause(asked) : await this.afterAnswers(asked);
    for (let document: NotesDocument | undefined = first; document && preciseToCome(document); ) {
      const model = (await this.offThread?.(document.text, document.catalog, document.uri)) ?? (await this.readHere(document));
      const before = this.analyses.peek(document.uri);
      const precise = model && this.analyses.adoptPrecise(document.uri, { text: document.text, model, catalog: document.catalog });
      if (precise && before) return this.adopted(before, precise);
      // Moved on too far (or closed, or read with another catalog): the document as it is now.
      document = this.analyses.peek(document.uri);
    }
  }

  /**
   * The document once the answers being made are written: the first answer about a long text goes
   * out before the other thread starts, whose start takes a core for ~60 ms (Node compiling its
   * own modules): a 20 KB text's first outline took ×0.84–0.98 the time, paired.
   */
  private async afterAnswers(document: NotesDocument): Promise<NotesDocument | undefined> {
    await this.answersWritten();
    return this.analyses.peek(document.uri);
  }

  /** The document as it is once no edit came for a whole pause. */
  private async afterTypingPause(document: NotesDocument): Promise<NotesDocument | undefined> {
    for (let seen: NotesDocument | undefined = document; ; ) {
      await new Promise((resolve) => setTimeout(resolve, typingPauseMs));
      const now = this.analyses.peek(document.uri);
      if (now === seen) return now;
      seen = now;
    }
  }

  /** An area at a time, the requests and edits that came meanwhile going first; undefined when it is of no use any more. */
  private async readHere(document: NotesDocument): Promise<NotesModel | undefined> {
    const reading = readByAreas(document.text, document.model, { catalog: rememberingLookups(document.catalog) }, this.parse);
    // The request that found the document read by lines is answered before the first piece.
    let step: IteratorResult<void, NotesModel>;
    do {
      await letOthersRun();
      // Closed, or read with another catalog: this reading is of no use any more.
      if (this.analyses.peek(document.uri)?.catalog !== document.catalog) return undefined;
      step = reading.next();
    } while (!step.done);
    return step.value;
  }
}
