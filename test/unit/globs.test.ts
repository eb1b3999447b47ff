import { strict as assert } from 'node:assert';
import picomatch from 'picomatch';
import { globMatcher, globProblem, splitGlob } from '../../server/src/document/globs';

describe('globs', () => {
  // picomatch is the reference for the globs people write; only its backtracking is not wanted.
  const globs = ['notes/**/*.md', '**/old-*.md', 'drafts/**', '*.md', 'week?/README.md', 'w[0-9]/*.md', 'w[^0-9]/*.md', '{notes,labs}/*.{md,markdown}', 'a/**/b/**/c.md', '**', './notes/*.md', 'sp\\*cial.md'];
  const paths = ['notes/a.md', 'notes/x/y/a.md', 'notes', 'old-1.md', 'x/old-2.md', 'drafts/x.md', 'drafts', 'README.md', 'week1/README.md', 'week12/README.md', 'w1/a.md', 'wx/a.md', 'labs/l.markdown', 'a/b/c.md', 'a/x/b/y/c.md', 'a/c.md', '.github/x.md', 'notes/.hidden.md', 'sp*cial.md', 'spXcial.md'];

  for (const dot of [true, false])
    it(`agrees with picomatch on ordinary globs (dot: ${dot})`, () => {
      for (const glob of globs) {
        const ours = globMatcher([glob], { dot });
        const reference = picomatch(glob, { dot });
        for (const file of paths) assert.equal(ours(file), reference(file), `${glob} on ${file}`);
      }
    });

  it('reads [!x] as the shell does: any character but x (picomatch matches w1 with w[!0-9])', () => {
    const matches = globMatcher(['w[!0-9]/*.md'], { dot: false });
    assert.deepEqual(['w1/a.md', 'wx/a.md'].map(matches), [false, true]);
  });

  it('matches a glob without a slash against the file name in any folder when asked', () => {
    const byName = globMatcher(['notes.md', 'labs/*.md'], { dot: true, basename: true });
    assert.equal(byName('week1/deep/notes.md'), true);
    assert.equal(byName('labs/l.md'), true);
    assert.equal(byName('x/labs/l.md'), false);
  });

  it('answers at once on the shapes that made a regular expression backtrack for seconds', () => {
    const name = 'a'.repeat(33);
    for (const glob of ['*a*a*a*a*a*a*a*a*a*a*a*a*b', '**/*a*a*a*a*a*a*a*a*a*a*b.md', `${'**/'.repeat(40)}b`, '*'.repeat(900)]) {
      const started = performance.now();
      const matches = globMatcher([glob], { dot: true });
      assert.equal(matches(`${'a/'.repeat(200)}${name}`), false);
      console.log(`      ${glob.slice(0, 30)}… on a 33-character name under 200 folders: ${(performance.now() - started).toFixed(1)} ms`);
    }
  });

  it('refuses globs too long or with too many alternatives, in words', () => {
    assert.match(globProblem('a'.repeat(2000)) ?? '', /longer than 1000 characters/);
    assert.match(globProblem('{a,b}'.repeat(8)) ?? '', /more than 64 alternatives/);
    assert.equal(globProblem('notes/**/*.{md,markdown}'), undefined);
    assert.throws(() => globMatcher(['{a,b}'.repeat(8)], { dot: true }), /alternatives/);
  });

  it('splits a command-line glob at its first wildcard', () => {
    assert.deepEqual(splitGlob('class/*/README.md'), { base: 'class', glob: '*/README.md' });
    assert.deepEqual(splitGlob('**/*.md'), { base: '', glob: '**/*.md' });
    assert.equal(splitGlob('class/alice/README.md'), undefined);
  });
});
