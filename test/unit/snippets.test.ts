import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { bundledCourse } from '../../server/src/catalog/bundledCourse';
import { computeDiagnostics } from '../../server/src/features/diagnostics';
import { analyseNotes } from '../../server/src/document/notesDocument';
import { defaultSettings } from '../../server/src/document/settings';

interface Snippet {
  prefix: string[];
  body: string[];
}

const snippets = Object.values(JSON.parse(readFileSync(path.resolve(__dirname, '../../snippets/markdown.json'), 'utf8')) as Record<string, Snippet>);

/** The body as VS Code writes it: each placeholder's default (or first choice), or what the student typed into tab stop `typed.stop`. */
function expand(snippet: Snippet, typed?: { stop: number; text: string }): string {
  return snippet.body
    .join('\n')
    .replace(/\$\{(\d+)(?::([^}]*)|\|([^|}]*)\|)?\}|\$(\d+)/g, (_whole, stop: string | undefined, fallback: string | undefined, choices: string | undefined, bare: string | undefined) => {
      if (typed && Number(stop ?? bare) === typed.stop) return typed.text;
      return fallback ?? choices?.split(',')[0] ?? '';
    });
}

/** The tab stop of a snippet's time: the one right before the unit. */
function timeStop(snippet: Snippet): number {
  const stop = /\$\{?(\d+)(?::\d*)?\}? ?mins?\b/.exec(snippet.body.join('\n'));
  assert.ok(stop, `${snippet.prefix[1]} has a time placeholder`);
  return Number(stop[1]);
}

const moduleSnippets = ['sn-module', 'sn-module-heading', 'sn-module-item', 'sn-notes'].map((prefix) => {
  const snippet = snippets.find((candidate) => candidate.prefix.includes(prefix));
  assert.ok(snippet, prefix);
  return snippet;
});

function inNotes(snippet: Snippet, body: string): string {
  return snippet.prefix.includes('sn-notes') ? body : `## Area 1: Docker and Containers\n> Beginner Level\n\n${body}\n`;
}

describe('module snippets', () => {
  for (const snippet of moduleSnippets) {
    const prefix = snippet.prefix[1];
    it(`${prefix}: untouched, the module has no time and missing-time says so`, () => {
      const document = analyseNotes('file:///notes.md', 1, inNotes(snippet, expand(snippet)), bundledCourse.catalog);
      assert.deepEqual(
        document.model.modules.map((module) => [module.title, module.estimate?.kind ?? 'none']),
        [['Title', 'empty']],
      );
      const missing = computeDiagnostics(document, defaultSettings).filter((diagnostic) => diagnostic.code === 'missing-time');
      assert.equal(missing.length, 1);
    });

    it(`${prefix}: the time the student types is the module's`, () => {
      const document = analyseNotes('file:///notes.md', 1, inNotes(snippet, expand(snippet, { stop: timeStop(snippet), text: '45' })), bundledCourse.catalog);
      assert.deepEqual(
        document.model.modules.map((module) => (module.estimate?.kind === 'minutes' ? module.estimate.minutes.min : module.estimate?.kind)),
        [45],
      );
    });
  }
});
