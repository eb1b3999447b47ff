// The class report (summary --format html) read by screen reader or at low vision: the chart's
// figures in a table too, a main landmark, and level colours legible on the page in either scheme.
// axe-core checks the drawn page in the e2e (a11y.e2e.ts); these check what holds without a browser.
import { strict as assert } from 'node:assert';
import { rmSync } from 'node:fs';
import { buildCliOnce, runCli, tempTree } from '../support/studyNotesCli';

/** WCAG's contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** The custom properties of one `:root { … }` block, light (the first) or dark (inside the media query). */
function rootColours(html: string, scheme: 'light' | 'dark'): Map<string, string> {
  const blocks = [...html.matchAll(/(@media \(prefers-color-scheme: dark\) \{ )?:root \{([^}]*)\}/g)].filter((match) => Boolean(match[1]) === (scheme === 'dark'));
  return new Map(blocks.flatMap((block) => [...block[2].matchAll(/--([\w-]+): (#[0-9a-f]{6})/gi)].map((match): [string, string] => [match[1], match[2]])));
}

describe('the class report for a screen reader and at low vision', function () {
  let dir: string;
  let html: string;
  before(function () {
    buildCliOnce();
    dir = tempTree({ 'class/alice/README.md': { notes: 'alice' }, 'class/bob/README.md': { notes: 'bob' } });
    const run = runCli(['summary', 'class', '--format', 'html'], dir);
    assert.equal(run.status, 0, run.stderr);
    html = run.stdout;
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('puts the chart’s figures in a table after it, area by area, as the bars’ labels say them', () => {
    const bars = [...html.matchAll(/<div class="bar" role="img" aria-label="([^":]+): ([^"]+)">/g)].map(([, area, label]) => [area, label.split(', ').map((part) => Number(part.split(' ')[0]))]);
    assert.ok(bars.length > 0, 'no bar in the chart');
    const table = /<\/div><details><summary>Levels per area as a table<\/summary><table>(.*?)<\/table><\/details>/.exec(html)?.[1] ?? '';
    const rows = [...table.matchAll(/<tr><th scope="row">([^<]+)<\/th>((?:<td>\d+<\/td>)+)<\/tr>/g)].map(([, area, cells]) => [area, [...cells.matchAll(/\d+/g)].map(Number)]);
    assert.deepEqual(rows, bars);
    assert.match(table, /^<thead><tr><th scope="col">Area<\/th><th scope="col">Intermediate<\/th><th scope="col">Beginner<\/th><th scope="col">no level yet<\/th><\/tr><\/thead>/);
  });

  it('holds its content in a main landmark', () => {
    assert.match(html, /<body><main>.*<\/main><\/body>/s);
  });

  it('draws every level’s colour at 4.5:1 or more against the page, in the light scheme and in the dark', () => {
    for (const scheme of ['light', 'dark'] as const) {
      const colours = new Map([...rootColours(html, 'light'), ...(scheme === 'dark' ? rootColours(html, 'dark') : [])]);
      const levels = [...colours].filter(([name]) => name.startsWith('level-'));
      assert.ok(levels.length >= 2, `${scheme}: no level colours in ${[...colours.keys()].join(', ')}`);
      for (const [name, colour] of levels) assert.ok(contrast(colour, colours.get('bg')!) >= 4.5, `${scheme}: --${name} ${colour} on ${colours.get('bg')} is ${contrast(colour, colours.get('bg')!).toFixed(2)}:1`);
    }
    // A bar's figures are written in the page's background colour on the level's.
    assert.match(html, /\.bar \.level-0 \{ background: var\(--level-0\); color: var\(--bg\); \}/);
  });
});
