/**
 * A course set by the workspace's .studynotes.json, as a TA's template repository sets it for every
 * student's editor, and no VS Code setting at all: the example Kubernetes course of
 * examples/kubernetes-course (a course page in Markdown) and its student's notes. The editor finds
 * the course as the CLI does, shows its progress in the tree, and completes its modules after `[`;
 * nothing of the bundled course appears. Screenshots: test-results/e2e/course-*.png.
 */
import assert from 'node:assert/strict';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { focusEditor, openFile, openViewContainer, suggestionRows, waitForSuggestions, type Page, type SuggestRow } from './vscode';
import { log, useVsCode } from './session';
import { gotoLine, waitForTreeRow } from './studyNotes';

const projectRoot = path.resolve(__dirname, '..', '..');
const example = path.join(projectRoot, 'examples', 'kubernetes-course');
const files = ['.studynotes.json', 'course.md', path.join('mara', 'README.md')];

describe('A course set by .studynotes.json in VS Code (code-server), no VS Code setting', function () {
  const vs = useVsCode({
    prefix: 'course',
    fillWorkspace: async (workspace) => {
      await mkdir(path.join(workspace, 'mara'));
      for (const file of files) await copyFile(path.join(example, file), path.join(workspace, file));
    },
  });
  let page: Page;
  before(() => {
    page = vs.page;
  });

  it('shows the course’s progress in the tree: its areas and its levels', async function () {
    await openFile(page, 'mara/README.md');
    await openViewContainer(page, 'Study Notes');
    // The progress row names the next level to reach: Practitioner where Basics is met, else Basics.
    const cluster = await waitForTreeRow(page, 'Practitioner 2/4');
    log(`Cluster Basics progress: ${cluster.label} (${cluster.description})`);
    await waitForTreeRow(page, 'Basics 1/2');
    await vs.shot('tree');
  });

  it('completes the course’s modules after `[`, none of the bundled course', async function () {
    const notes = (await readFile(path.join(example, 'mara', 'README.md'), 'utf8')).split('\n');
    const course = await readFile(path.join(example, 'course.md'), 'utf8');
    const bundled = JSON.parse(await readFile(path.join(projectRoot, 'server', 'data', 'course.json'), 'utf8')) as { modules: { title: string }[] };
    await focusEditor(page);
    // A new paragraph at the end of Area 3, after the last line of notes.
    const last = notes.length - 1 - [...notes].reverse().findIndex((line) => line.trim() !== '');
    await gotoLine(page, last + 1, notes[last].length + 1);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('[');
    await waitForSuggestions(page);
    const rows: SuggestRow[] = await suggestionRows(page);
    const modules = rows.filter((row) => /\bModule$/.test(row.ariaLabel));
    log(`suggestions after "[": ${modules.map((row) => row.label).join(' | ')}`);
    assert.ok(modules.length > 0, JSON.stringify(rows.map((row) => row.label)));
    // A module may be written without a link on the page (`- Performance review of your own cluster - details later`).
    const notOnPage = modules.filter((row) => !course.includes(row.label)).map((row) => row.label);
    assert.deepEqual(notOnPage, [], 'every suggestion is a module of the course page');
    assert.ok(!modules.some((row) => bundled.modules.some((module) => module.title === row.label)), 'none of the bundled course');
    await vs.shot('module-completion');
    await page.keyboard.press('Escape');
  });
});
