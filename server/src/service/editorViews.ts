import { letOthersRun } from '../document/letOthersRun';
import { EditPauses } from './editPauses';
import { everyView, type StaleViews } from './staleViews';

/** How the views read a document again: false when it is not open (any more). */
export type ReadDocument = (uri: string) => boolean;

/**
 * What an editor is shown of the documents a service reads for it, and when it is stale. An edit is
 * read after a quiet moment; every change says which views it made stale. Without `tell` (the
 * command line) nothing is shown and nothing waits.
 */
export class EditorViews {
  private readonly pauses = new EditPauses();
  /** Documents read since they were opened: the first reading asks the editor for lenses again (see readEdited). */
  private readonly shown = new Set<string>();

  constructor(
    private readonly tell: ((stale: StaleViews) => void) | undefined,
    private readonly read: ReadDocument,
    private readonly failed: (uri: string, error: unknown) => void,
    /** Resolves once the answers under way are written (service/answering.ts). */
    private readonly answersWritten: () => Promise<void> = letOthersRun,
  ) {}

  edited(uri: string, quietMs: number): void {
    if (!this.tell) return;
    this.pauses.after(uri, quietMs, () => void this.readEdited(uri).catch((error: unknown) => this.failed(uri, error)));
  }

  private async readEdited(uri: string): Promise<void> {
    // The answers under way are worked out and written first: the diagnostics of a long text
    // (progress, placement) and the workspace index's summary of it would hold them up (a 1 MB
    // text's first outline waited ~0.3 s for them; an outline answered in steps, between which this
    // ran, 10 MB of dense notes' ~0.35 s more).
    await this.answersWritten();
    if (!this.read(uri)) return;
    // An editor may ask for lenses before it has sent the document (VS Code does when the server
    // starts with the document open), get none, and not ask again until an edit: it is asked to.
    const first = !this.shown.has(uri);
    this.shown.add(uri);
    this.tell?.({ uri, diagnostics: true, outline: true, lenses: first, edited: true });
    // A student's progress is all their files': a level reached in this one is a level claim ticked,
    // or left to tick, in another. A client that pulls pulls the others after an edit unasked.
    for (const other of this.shown) if (other !== uri) this.tell?.({ uri: other, diagnostics: true, outline: false, lenses: false, edited: true });
  }

  closed(uri: string): void {
    this.pauses.drop(uri);
    this.shown.delete(uri);
  }

  /** A long text's precise reading replaced its first one (read by lines): what it changed is shown again. */
  readAgain(uri: string, changed: { diagnostics: boolean; outline: boolean }): void {
    if (changed.diagnostics || changed.outline) this.tell?.({ uri, ...changed, lenses: changed.outline });
  }

  /** A file no editor has open changed on disk: the views that list it (the tree) show it again. */
  fileChanged(uri: string): void {
    this.tell?.({ uri, diagnostics: false, outline: true, lenses: false });
  }

  /** Every view is stale: the documents shown are read again, and shown. */
  everythingChanged(quietMs: number): void {
    this.tell?.(everyView);
    for (const uri of this.shown) this.edited(uri, quietMs);
  }

  dispose(): void {
    this.pauses.dispose();
  }
}
