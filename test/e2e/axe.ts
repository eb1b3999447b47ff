/**
 * axe-core (a pinned devDependency) run over a page the way a screen reader's user meets it: the
 * page's own document, its styles as drawn. The source is handed in through the browser's debugger,
 * which a page's CSP (the summary webview runs no script) does not govern.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { log } from './session';
import { closeBrowser, openBrowser, type Locator } from './vscode';

/** One rule axe found broken: its id, how bad, and where (a CSS path per node). */
export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** What fails a page: a student who reads by screen reader or zoom cannot get past these. */
const blocking = ['serious', 'critical'];

const axeSource = (): string => readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe on the document of `root` (a locator of its `html`) and logs every violation, whatever its impact. */
export async function axeViolations(root: Locator, what: string): Promise<AxeViolation[]> {
  await root.evaluateAll((_elements, source: string) => {
    // Indirect eval: axe's bundle defines its global as a script would.
    (0, eval)(source);
  }, axeSource());
  log(`axe injected into ${what}`);
  const violations = await root.evaluateAll(async () => {
    interface AxeResult {
      violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
    }
    const axe = (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResult> } }).axe;
    const result = await axe.run((globalThis as unknown as { document: unknown }).document, { resultTypes: ['violations'] });
    return result.violations.map((violation) => ({ id: violation.id, impact: violation.impact ?? 'unknown', help: violation.help, targets: violation.nodes.map((node) => node.target.map(String).join(' ')) }));
  });
  log(`axe on ${what}: ${violations.length ? violations.map(violationText).join('; ') : 'no violation'}`);
  return violations;
}

export function violationText(violation: AxeViolation): string {
  const shown = violation.targets.slice(0, 5).join(', ');
  return `${violation.id} (${violation.impact}, ${violation.targets.length}×: ${shown}${violation.targets.length > 5 ? ', …' : ''})`;
}

/** The violations that fail a page, one line each, for the assertion's message. */
export function blockingOf(violations: readonly AxeViolation[]): AxeViolation[] {
  return violations.filter((violation) => blocking.includes(violation.impact));
}

/**
 * A webview that runs no script runs no timer either (VS Code sandboxes its frame without scripts),
 * and axe waits on timers: it checks a copy of the document as VS Code drew it (the theme's colours
 * are in its html's style attribute, the theme's kind in its body's class) in a page of its own.
 * The copy leaves out the CSP, which lets in only the styles of the nonce VS Code's own lack.
 */
export async function axeViolationsOfCopy(root: Locator, what: string): Promise<AxeViolation[]> {
  // evaluate, not evaluateAll: it waits for the element, which a webview drawn again has for a moment not.
  const drawn = await root.first().evaluate((element) => (element as unknown as { outerHTML: string }).outerHTML);
  const folder = mkdtempSync(path.join(os.tmpdir(), 'study-notes-e2e-axe-'));
  const copy = path.join(folder, 'copy.html');
  writeFileSync(copy, `<!DOCTYPE html>\n${drawn.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')}`);
  const page = await openBrowser(`file://${copy}`);
  try {
    return await axeViolations(page.locator('html'), what);
  } finally {
    await closeBrowser(page);
    rmSync(folder, { recursive: true, force: true });
  }
}
