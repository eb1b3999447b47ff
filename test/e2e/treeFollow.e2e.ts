/**
 * The tree opens the active notes file for the student, in a workspace of many notes (the corpus's
 * 70 students' files): while the others are still being read, the tree refreshes again and again,
 * and the active file's areas must still end up open down to their levels. Without ../shared beside
 * the clone there are no such notes, and the suite says so.
 */
import { existsSync } from 'node:fs';
import { copyFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { openFile, openViewContainer, pollUntil, viewRows, type Page, type TreeRow } from './vscode';
import { useVsCode } from './session';
import { skipWithoutCorpus, treeView } from './studyNotes';

const corpusNotes = path.resolve(__dirname, '..', '..', '..', 'shared', 'corpus', 'notes');
const activeFile = 'C91CBQ-2.md';

/** The active file's row and the rows under it, as the view draws them now. */
function fileAndItsRows(rows: readonly TreeRow[]): TreeRow[] {
  const at = rows.findIndex((row) => row.label === activeFile);
  if (at < 0) return [];
  const end = rows.findIndex((row, index) => index > at && row.level <= rows[at].level);
  return rows.slice(at, end < 0 ? undefined : end);
}

describe('The tree follows the active notes file in a workspace of many notes (code-server)', function () {
  const vs = useVsCode({
    prefix: 'tree-follow',
    fillWorkspace: async (workspace) => {
      if (!existsSync(corpusNotes)) return;
      for (const name of (await readdir(corpusNotes)).filter((file) => file.endsWith('.md'))) await copyFile(path.join(corpusNotes, name), path.join(workspace, name));
    },
  });
  let page: Page;

  before(function () {
    skipWithoutCorpus(this, corpusNotes);
    ({ page } = vs);
  });

  it('opens the active file’s areas down to their levels while the other files are read', async function () {
    // As a student does on day one: the notes first, then the tree, while the workspace is read.
    await openFile(page, activeFile);
    await openViewContainer(page, 'Study Notes');
    const shown = async () => fileAndItsRows(await viewRows(page, treeView));
    await pollUntil(
      async () => {
        const [file, ...under] = await shown();
        const areas = under.filter((row) => row.level === (file?.level ?? 0) + 1);
        return file?.expanded === true && areas.length > 0 && areas.every((area) => area.expanded === true);
      },
      60_000,
      async () => `${activeFile}'s areas to be open in the tree; it shows:\n${(await shown()).map((row) => `${'  '.repeat(row.level - 1)}${row.label} (${row.expanded === undefined ? 'leaf' : row.expanded ? 'open' : 'closed'})`).join('\n')}`,
    );
    await vs.shot('active-file-open');
  });
});
