/**
 * The settings file in VS Code: the packaged extension registers schemas/studynotes.schema.json
 * (jsonValidation), so VS Code's JSON support flags unknown keys and wrong values in
 * .studynotes.json, as the CLI does, and opens it as JSON with Comments. package.json's
 * "studyNotes" is registered too, but not checked here: offline, VS Code's own package.json
 * schema (from the web) cannot load, and VS Code then reports nothing for the file.
 * Screenshots: test-results/e2e/settings-*.png.
 */
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { focusEditor, openFile, openProblemsPanel, problemRows, triggerSuggest, waitForProblem, type Page } from './vscode';
import { log, useVsCode } from './session';
import { gotoLine } from './studyNotes';

describe('Study Notes settings files in VS Code (code-server)', function () {
  const vs = useVsCode({
    prefix: 'settings',
    fillWorkspace: async (workspace) => {
      await writeFile(
        path.join(workspace, '.studynotes.json'),
        '{\n  // comments are allowed\n  "diagnostic": {},\n  "diagnostics": { "missing-time": "warn" },\n  "ignores": ["drafts/**"],\n  "docker": {  }\n}\n',
      );
    },
  });
  let page: Page;
  before(() => {
    page = vs.page;
  });

  it('flags an unknown key and a wrong severity in .studynotes.json, and accepts comments and "ignores"', async function () {
    await openFile(page, '.studynotes.json');
    await openProblemsPanel(page);
    await waitForProblem(page, 'Property diagnostic is not allowed');
    const [severity] = await waitForProblem(page, 'Value is not accepted');
    assert.match(severity.text, /"off", "hint", "information", "warning", "error"/);
    const rows = (await problemRows(page)).filter((r) => r.kind === 'marker');
    log(`Problems: ${rows.map((r) => `${r.line}: ${r.text}`).join(' | ')}`);
    assert.ok(!rows.some((r) => /comment|ignores/i.test(r.text)), 'comments (the file opens as JSON with Comments) and "ignores" are fine');
    await vs.shot('studynotes-json-problems');
  });

  it('completes the keys of a settings object from the schema', async function () {
    await focusEditor(page);
    await gotoLine(page, 6, 14);
    const labels = await triggerSuggest(page);
    log(`completion in "docker": ${labels.join(', ')}`);
    assert.ok(labels.includes('enabled'), labels.join(', '));
    await vs.shot('studynotes-json-completion');
    await page.keyboard.press('Escape');
  });
});
