/**
 * What a student sees in a real VS Code (code-server 4.100.3 in headless Chromium) with the packaged
 * extension installed: problems, the Areas & Modules tree, completion, the outline, the status bar,
 * and recovery from a crashed language server. Run by test/e2e/run.ts (`npm run test:e2e`), which
 * packages the .vsix first; screenshots of every step land in test-results/e2e/.
 *
 * The tests run in order on one VS Code window, each starting from where the previous one left.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir } from 'node:fs/promises';
import path from 'node:path';
import {
  activityBarItem,
  expandView,
  focusEditor,
  notificationTexts,
  openFile,
  openProblemsPanel,
  openViewContainer,
  pollUntil,
  selectors,
  sideBarPane,
  suggestionRows,
  waitForEditorText,
  waitForSuggestion,
  waitForSuggestions,
  waitForViewRow,
  type Page,
  type SuggestRow,
} from './vscode';
import { log, useVsCode } from './session';
import {
  expandTreeRow,
  gotoLine,
  lineNumberOf,
  notificationCenterTexts,
  restartedMessage,
  serverPids,
  treeRow,
  treeView,
  waitForMarkers,
  waitForOneServer,
  waitForStudyTime,
  waitForModuleRow,
  waitForTreeRow,
  widenSideBar,
} from './studyNotes';

const projectRoot = path.resolve(__dirname, '..', '..');
const fixture = path.join(__dirname, 'fixtures', 'course-notes.md');
/** Real students' notes, where the shared corpus sits beside the clone (../shared). */
const corpusNotes = path.resolve(projectRoot, '..', 'shared', 'corpus', 'notes');
const corpusFile = 'AaronCoplan-1.md';
const fixtureLines = readFileSync(fixture, 'utf8').split('\n');
/** The bundled catalog's area of each module title: what the completion list is ranked by. */
const catalogArea = new Map(
  (JSON.parse(readFileSync(path.join(projectRoot, 'server', 'data', 'course.json'), 'utf8')) as { modules: { title: string; area: string }[] }).modules.map((module) => [module.title, module.area]),
);

describe('Study Notes in VS Code (code-server)', function () {
  const vs = useVsCode({
    prefix: 'notes',
    fillWorkspace: async (workspace) => {
      await cp(fixture, path.join(workspace, 'course-notes.md'));
      if (existsSync(path.join(corpusNotes, corpusFile))) {
        await mkdir(path.join(workspace, 'corpus'));
        await cp(path.join(corpusNotes, corpusFile), path.join(workspace, 'corpus', corpusFile));
      }
    },
  });
  let page: Page;
  let extensionsDir = '';
  const shot = (name: string) => vs.shot(name);
  before(() => {
    ({ page, extensionsDir } = vs);
  });

  it('activates on a notes file and shows its total study time in the status bar', async function () {
    await openFile(page, 'course-notes.md');
    await waitForEditorText(page, 'Area 1: Cloud Web Apps');
    const shown = await waitForStudyTime(page, '55 min');
    assert.match(shown, /55 min 2$/, 'total, then the number of modules without estimate');
    log(`status bar: "${shown}"`);
    await shot('status-bar-total');
  });

  it('lists the missing-time warnings of the file in the Problems panel', async function () {
    await openProblemsPanel(page);
    const markers = await waitForMarkers(page, 'course-notes.md', 'missing-time', 2);
    assert.deepEqual(
      markers.map((m) => [m.severity, m.line, m.source]),
      [
        ['warning', 11, 'study-notes'],
        ['warning', 28, 'study-notes'],
      ],
    );
    assert.match(markers[0].text, /QwikLab: Intro to S3/);
    assert.match(markers[1].text, /Lab: DevOps Docker Beginners Guide/);
    log(`Problems: ${markers.map((m) => `${m.line}: ${m.text}`).join(' | ')}`);
    await shot('problems');
    await vs.crop('problems', [editorLine(page, '[QwikLab: Intro to S3]'), ...(await page.locator(selectors.problemsRow).all())]);
  });

  it('shows the areas and modules with their times in the Areas & Modules tree', async function () {
    await openViewContainer(page, 'Study Notes');
    await waitForTreeRow(page, 'course-notes.md', '55 min');
    await expandTreeRow(page, 'course-notes.md');
    await waitForTreeRow(page, 'Area 1: Cloud Web Apps', '40 min');
    await waitForTreeRow(page, 'Area 2: Docker and Containers', '15 min');
    await expandTreeRow(page, 'Area 1: Cloud Web Apps');
    await expandTreeRow(page, 'Beginner');
    // The time leads the row: a narrow side bar cuts the title, not the time.
    await waitForTreeRow(page, '30 min · AWS Tutorial: Launch a VM');
    await waitForTreeRow(page, 'no estimate · QwikLab: Intro to S3');
    await waitForTreeRow(page, 'Intermediate 1/9', '8 h 10 min left');
    await widenSideBar(page, 460);
    await shot('tree');
    await vs.crop('tree', [activityBarItem(page, 'Study Notes'), page.locator(selectors.sideBarTitle).first(), ...(await sideBarPane(page, treeView).first().locator(`${selectors.paneBody} ${selectors.paneRow}`).all()), editorLine(page, '[QwikLab: Intro to S3]')]);
  });

  it('reveals a module in the editor when it is clicked in the tree', async function () {
    await treeRow(page, 'no estimate · QwikLab: Intro to S3').click();
    await waitForStatusBarText(page, 'Ln 11, Col 1');
    await shot('tree-click-reveals');
  });

  it('completes a catalog module after `[` on an empty line of an area and inserts it', async function () {
    await focusEditor(page);
    // A new paragraph in Area 2, Beginner, after "Containers start in seconds.".
    const line = fixtureLines.indexOf('Containers start in seconds.') + 1;
    await gotoLine(page, line, fixtureLines[line - 1].length + 1);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('[');
    let rows: SuggestRow[];
    try {
      await waitForSuggestions(page, 10_000);
      rows = await suggestionRows(page);
    } catch {
      rows = [];
    }
    const modules = rows.filter((row) => /\bModule$/.test(row.ariaLabel) && catalogArea.has(row.label));
    if (modules.length === 0) {
      console.log(`      PENDING: module-link completion after "[" is not in the server yet (the suggest widget showed ${JSON.stringify(rows.map((r) => r.label))}).`);
      await page.keyboard.press('Escape');
      this.skip();
    }
    // With labelDetails VS Code shows their description where a plain item shows its detail.
    log(`suggestions after "[": ${modules.map((m) => `${m.label} (${m.detail})`).join(' | ')}`);
    // This area's modules first; those the notes already have (both Beginner ones) after the others.
    assert.equal(catalogArea.get(modules[0].label), 'Docker and Containers', 'this area first');
    assert.ok(modules.every((module) => /^(\d+ h( \d+ min)?|\d+ min|no time given)( · in your notes)?$/.test(module.detail)), 'each row shows the suggested time (never the level or the area), marked when the notes have it');
    assert.ok(!fixtureLines.some((line) => line.includes(`[${modules[0].label}]`)), `a module the notes lack comes first: ${modules[0].label}`);
    await shot('module-completion');
    // With the details beside the list, as a student reads them before choosing (Ctrl+Space again).
    await page.keyboard.press('Control+Space');
    const details = page.locator('.monaco-editor .suggest-details-container .suggest-details').first();
    await details.waitFor({ state: 'visible', timeout: 10_000 }).catch(() => undefined);
    await vs.crop('module-completion', [page.locator(selectors.suggestWidgetVisible).first(), details, editorLine(page, 'Containers start in seconds.')]);
    const accepted = modules.find((m) => m.focused) ?? modules[0];
    await page.keyboard.press('Enter');
    await waitForEditorText(page, accepted.label);
    // Leave the snippet (its minutes are a placeholder) with the suggested estimate in place.
    await page.keyboard.press('Escape');
    const minutes = /(\d+) min/.exec(accepted.detail)?.[1];
    const total = await waitForStudyTime(page, /^(?!55 min)\d/);
    log(`inserted "${accepted.label}" (${minutes ?? '?'} min); status bar now "${total}"`);
    await waitForModuleRow(page, accepted.label);
    await shot('module-inserted');
  });

  it('completes `docker con` to `container` in a code block', async function () {
    await gotoLine(page, await lineNumberOf(page, 'docker run -it alpine sh'), 25);
    await page.keyboard.press('Enter');
    await page.keyboard.type('docker con');
    // Markdown has no quick suggestions, so the list hangs on the answer to the space typed after
    // "docker"; CI once saw no list at all under load (stop 37). Asking for it, as a student does
    // with Ctrl+Space, makes the test about the docker completion and not about that race.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Space');
    const rows = await waitForSuggestion(page, 'container');
    log(`suggestions after "docker con": ${rows.map((r) => `${r.label} (${r.detail})`).join(' | ')}`);
    await shot('docker-completion');
    await page.locator(selectors.suggestRow).filter({ has: page.locator(selectors.suggestRowLabel).filter({ hasText: /^container$/ }) }).first().click();
    await waitForEditorText(page, 'docker container');
    await page.locator(selectors.suggestWidgetVisible).waitFor({ state: 'hidden', timeout: 10_000 }).catch(() => page.keyboard.press('Escape'));
  });

  it('lists areas and modules in the Outline view', async function () {
    await openViewContainer(page, 'Explorer');
    // The file list above takes most of the height, and the Outline renders only the rows in view.
    const folders = sideBarPane(page, 'notes').first().locator(selectors.paneHeader).first();
    if ((await folders.getAttribute('aria-expanded')) === 'true') await folders.click();
    await expandView(page, 'Outline');
    const rows = await waitForViewRow(page, 'Outline', 'AWS Tutorial: Launch a VM');
    const labels = rows.map((r) => r.label);
    for (const label of ['Area 1: Cloud Web Apps', 'Area 2: Docker and Containers', 'Video: Why Docker?']) {
      assert.ok(labels.some((l) => l.includes(label)), `Outline lists ${label}: ${JSON.stringify(labels)}`);
    }
    const module = rows.find((r) => r.label === 'AWS Tutorial: Launch a VM');
    assert.equal(module?.description, '30 min', 'the module carries its time');
    // An area is no "{} namespace" and no String (Markdown's headings' kind, which a student may filter out).
    const areaIcon = sideBarPane(page, 'Outline').first().locator(selectors.paneRow).filter({ hasText: 'Area 1: Cloud Web Apps' }).first().locator('.codicon[class*="codicon-symbol-"]').first();
    assert.match((await areaIcon.getAttribute('class')) ?? '', /codicon-symbol-class\b/);
    log(`Outline: ${rows.map((r) => `${'  '.repeat(r.level - 1)}${r.label} ${r.description}`.trim()).join(' | ')}`);
    await shot('outline');
  });

  it('checks a real student notes file from the corpus', async function () {
    if (!existsSync(path.join(corpusNotes, corpusFile))) {
      console.log(`      SKIPPED: no corpus at ${corpusNotes} (../shared is not beside the clone).`);
      this.skip();
    }
    await openFile(page, `corpus/${corpusFile}`);
    await openProblemsPanel(page);
    const markers = await waitForMarkers(page, corpusFile, 'missing-time', 5);
    log(`${corpusFile}: missing-time on lines ${markers.map((m) => m.line).join(', ')}`);
    await openViewContainer(page, 'Study Notes');
    await waitForTreeRow(page, `corpus/${corpusFile}`, '6 h 35 min');
    await expandTreeRow(page, `corpus/${corpusFile}`);
    await waitForTreeRow(page, 'Area 1 - Docker and Containers', '6 h 5 min');
    await waitForStudyTime(page, '6 h 35 min 5');
    await shot('corpus-file');
  });

  it('restarts a killed language server once, and diagnostics and the tree come back', async function () {
    await openFile(page, 'course-notes.md');
    await openViewContainer(page, 'Study Notes');
    await openProblemsPanel(page);
    const before = await waitForOneServer(extensionsDir);
    process.kill(before, 'SIGKILL');
    const killedAt = Date.now();
    log(`killed the language server (pid ${before}) with SIGKILL`);
    const after = await waitForOneServer(extensionsDir, before);
    await pollUntil(async () => (await notificationTexts(page)).some((t) => t.includes(restartedMessage)), 30_000, async () => `a notification that the server was restarted; toasts: ${JSON.stringify(await notificationTexts(page))}`);
    log(`new server pid ${after}; notification after ${Date.now() - killedAt} ms`);
    await shot('server-restarted');
    // The new server answers: a fix made now shows up in the Problems panel, the tree and the status bar.
    await waitForMarkers(page, 'course-notes.md', 'missing-time', 2);
    await focusEditor(page);
    const s3 = fixtureLines.findIndex((line) => line.startsWith('[QwikLab: Intro to S3]'));
    await gotoLine(page, s3 + 1, fixtureLines[s3].length + 1);
    await page.keyboard.type(' (time: 25 min)');
    await waitForMarkers(page, 'course-notes.md', 'missing-time', 1);
    await waitForTreeRow(page, '25 min · QwikLab: Intro to S3');
    const total = await waitForStudyTime(page, / 1$/);
    log(`after the restart: 1 missing-time left, tree and status bar ("${total}") updated, ${Date.now() - killedAt} ms after the kill`);
    await shot('recovered');
    const told = (await notificationCenterTexts(page)).filter((t) => t.includes(restartedMessage));
    assert.equal(told.length, 1, `told once: ${JSON.stringify(told)}`);
    assert.deepEqual(await serverPids(extensionsDir), [after], 'no further restarts');
  });
});

async function waitForStatusBarText(page: Page, text: string): Promise<void> {
  await pollUntil(
    async () => (await page.locator(selectors.statusBarItem).allInnerTexts()).some((t) => t.includes(text)),
    30_000,
    async () => `status bar to show ${JSON.stringify(text)}; it shows ${JSON.stringify(await page.locator(selectors.statusBarItem).allInnerTexts())}`,
  );
}

/** The active editor's rendered line containing `text`. */
function editorLine(page: Page, text: string) {
  return page.locator(`${selectors.activeEditor} ${selectors.editorLine}`).filter({ hasText: text }).first();
}
