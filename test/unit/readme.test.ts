// What the README tells a user to install or expect, held against the files that decide it.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');

function section(heading: string): string {
  const found = readme.split(/^#+ /m).find((part) => part.startsWith(`${heading}\n`));
  assert.ok(found, `README.md has a section "${heading}"`);
  return found;
}

/** The lowest Node major a `>=N` engines range admits; undefined for other ranges. */
function nodeFloor(range: string | undefined): number | undefined {
  const floor = /^>=\s*(\d+)(?:\.\d+){0,2}$/.exec(range?.trim() ?? '');
  return floor ? Number(floor[1]) : undefined;
}

describe('the README', () => {
  it('names in the Emacs recipe the Debian packages the editor tests install for Emacs', () => {
    const setup = readFileSync(path.join(root, 'scripts/setup-editors.sh'), 'utf8');
    const packages = [...new Set(setup.match(/\belpa-[a-z-]+/g))];
    assert.ok(packages.length >= 2, 'setup-editors.sh installs elpa packages');
    const emacs = section('Emacs (eglot)');
    for (const name of packages) assert.ok(emacs.includes(`\`${name}\``), `the Emacs recipe names ${name}`);
  });

  it('explains each EBADENGINE npm prints: a dev dependency asking for a newer Node than the project', () => {
    const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { engines: { node: string }; devDependencies: Record<string, string> };
    const ours = nodeFloor(manifest.engines.node);
    assert.ok(ours !== undefined, `package.json's engines.node is a floor: ${manifest.engines.node}`);
    const newer = Object.keys(manifest.devDependencies).filter((name) => {
      const file = path.join(root, 'node_modules', name, 'package.json');
      const floor = existsSync(file) ? nodeFloor((JSON.parse(readFileSync(file, 'utf8')) as { engines?: { node?: string } }).engines?.node) : undefined;
      return floor !== undefined && floor > ours;
    });
    const paragraphs = section('Development').split(/\n- /);
    for (const name of newer) assert.ok(paragraphs.some((paragraph) => paragraph.includes('EBADENGINE') && paragraph.includes(name)), `README's Development says why npm warns EBADENGINE for ${name}`);
  });
});
