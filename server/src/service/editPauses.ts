/**
 * Edits come in bursts: a document is read again after a quiet moment, and a run the next edit
 * made stale is dropped. The timers are the server's, so that stopping it leaves none behind.
 */
export class EditPauses {
  private readonly waiting = new Map<string, ReturnType<typeof setTimeout>>();
  private stopped = false;

  after(uri: string, quietMs: number, read: () => void): void {
    // An edit's settings may be found after the server stopped.
    if (this.stopped) return;
    clearTimeout(this.waiting.get(uri));
    this.waiting.set(
      uri,
      setTimeout(() => {
        this.waiting.delete(uri);
        read();
      }, quietMs),
    );
  }

  drop(uri: string): void {
    clearTimeout(this.waiting.get(uri));
    this.waiting.delete(uri);
  }

  dispose(): void {
    this.stopped = true;
    for (const timer of this.waiting.values()) clearTimeout(timer);
    this.waiting.clear();
  }
}
