import assert from 'node:assert/strict';
import { letOthersRun } from '../../server/src/document/letOthersRun';
import { EditorViews } from '../../server/src/service/editorViews';
import type { StaleViews } from '../../server/src/service/staleViews';

/** Views over documents `open` says are open, with what they told kept in order; `next()` waits for the next telling. */
function viewsOver(open: Set<string>) {
  const told: StaleViews[] = [];
  const reads: string[] = [];
  let waiting: (() => void) | undefined;
  const views = new EditorViews(
    (stale) => {
      told.push(stale);
      waiting?.();
    },
    (uri) => {
      reads.push(uri);
      return open.has(uri);
    },
    (uri, error) => assert.fail(`${uri}: ${String(error)}`),
  );
  const next = () => new Promise<void>((resolve) => (waiting = resolve));
  return { views, told, reads, next };
}

describe('what an editor is shown of the documents, and when it is stale (service/editorViews.ts)', () => {
  it('reads a burst of edits once, and asks for lenses on the first reading only', async () => {
    const { views, told, reads, next } = viewsOver(new Set(['a']));
    let shown = next();
    views.edited('a', 0);
    views.edited('a', 0);
    await shown;
    shown = next();
    views.edited('a', 0);
    await shown;
    assert.deepEqual(reads, ['a', 'a']);
    assert.deepEqual(told, [
      { uri: 'a', diagnostics: true, outline: true, lenses: true, edited: true },
      { uri: 'a', diagnostics: true, outline: true, lenses: false, edited: true },
    ]);
    views.dispose();
  });

  it('says nothing of a document closed before its edit was read', async () => {
    const open = new Set(['a', 'b']);
    const { views, told, next } = viewsOver(open);
    const shown = next();
    views.edited('a', 0);
    views.closed('a');
    views.edited('b', 0);
    await shown;
    assert.deepEqual(told.map((stale) => stale.uri), ['b']);
    views.dispose();
  });

  it('reads the documents shown again when everything changed, after saying every view is stale', async () => {
    const { views, told, next } = viewsOver(new Set(['a']));
    let shown = next();
    views.edited('a', 0);
    await shown;
    views.everythingChanged(0);
    assert.deepEqual(told.at(-1), { diagnostics: true, outline: true, lenses: true });
    // The reading again waits for a timer: it is told after this.
    shown = next();
    await shown;
    assert.deepEqual(told.at(-1), { uri: 'a', diagnostics: true, outline: true, lenses: false, edited: true });
    views.dispose();
  });

  it('shows again only what a precise reading changed', () => {
    const { views, told } = viewsOver(new Set(['a']));
    views.readAgain('a', { diagnostics: false, outline: false });
    views.readAgain('a', { diagnostics: true, outline: false });
    assert.deepEqual(told, [{ uri: 'a', diagnostics: true, outline: false, lenses: false }]);
    views.dispose();
  });

  it('reads an edit only once the answers under way have left for the editor', async () => {
    const reads: string[] = [];
    let left: () => void = () => undefined;
    const answersLeft = new Promise<void>((resolve) => (left = resolve));
    let told: () => void = () => undefined;
    const shown = new Promise<void>((resolve) => (told = resolve));
    const views = new EditorViews(() => told(), (uri) => reads.push(uri) > 0, (uri, error) => assert.fail(`${uri}: ${String(error)}`), () => answersLeft);
    views.edited('a', 0);
    // The edit's quiet moment is over after a timer made now has fired; still the answers have not left.
    await new Promise((resolve) => setTimeout(resolve, 0));
    await letOthersRun();
    assert.deepEqual(reads, []);
    left();
    await shown;
    assert.deepEqual(reads, ['a']);
    views.dispose();
  });

  it('tells nothing and reads nothing for the command line (no one to tell)', async () => {
    const reads: string[] = [];
    const views = new EditorViews(undefined, (uri) => reads.push(uri) > 0, () => undefined);
    views.edited('a', 0);
    views.everythingChanged(0);
    // A read would be due after a timer made now has fired and the turn after it.
    await new Promise((resolve) => setTimeout(resolve, 0));
    await letOthersRun();
    await letOthersRun();
    assert.deepEqual(reads, []);
    views.dispose();
  });
});
