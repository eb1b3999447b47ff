/**
 * The extension's page in VS Code's Extensions view, as a student sees it after installing the
 * .vsix: the README with its screenshots. VS Code resolves a relative image against its webview,
 * not the extension (measured here: .../webview/browser/pre/media/...), and vsce accepts only
 * HTTPS images, so `vsce package` points them at the repository (package.json `repository`).
 * They load with network only; offline this test checks where they point and says it could not
 * load them. Screenshot: test-results/e2e/extension-page-*.png.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { log, useVsCode } from './session';
import { pollUntil, runCommand, type DomElement } from './vscode';

const projectRoot = path.resolve(__dirname, '..', '..');

describe('the extension page', function () {
  const session = useVsCode({
    prefix: 'extension-page',
    fillWorkspace: (workspace) => writeFile(path.join(workspace, 'notes.md'), '# Notes\n'),
  });

  it('shows the README with its screenshots, from the repository', async () => {
    const { page } = session;
    // "Show Enabled Extensions" is offered only once the extensions service is ready; the view's Installed list always holds it.
    await runCommand(page, 'View: Show Extensions');
    await page.locator('.extension-list-item').filter({ hasText: 'Study Notes' }).first().click({ timeout: 20000 });
    const readme = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    await readme.locator('h1').filter({ hasText: 'Study Notes' }).first().waitFor({ timeout: 20000 });
    const images = readme.locator('img');
    let loaded: { src: string; width: number }[] = [];
    await pollUntil(
      async () => {
        loaded = await images.evaluateAll((elements: DomElement[]) => elements.map((image) => {
          const img = image as unknown as { src: string; complete: boolean; naturalWidth: number };
          return { src: img.src, width: img.complete ? img.naturalWidth : -1 };
        }));
        return loaded.length > 0 && loaded.every((image) => image.width !== -1);
      },
      20000,
      () => `images still loading: ${JSON.stringify(loaded)}`,
    );
    await session.shot('readme');
    const { repository } = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { repository: { url: string } };
    const raw = `${repository.url.replace(/\.git$/, '')}/raw/HEAD/`;
    for (const { src } of loaded) {
      assert.ok(src.startsWith(raw), `${src} points at the repository (${raw})`);
      assert.ok(existsSync(path.join(projectRoot, src.slice(raw.length))), `${src} names a file of the repository`);
    }
    const broken = loaded.filter((image) => image.width === 0);
    if (broken.length > 0) log(`${broken.length} of ${loaded.length} screenshots did not load: no network here (${broken[0].src})`);
  });
});
