import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, parseRawGrammar, type IGrammar, type IRawGrammar } from 'vscode-textmate';
import { e2eCacheDir } from '../e2e/vscode';

// The Study Notes injection grammar, tokenized the way VS Code does it: injected into a Markdown host.
const root = path.resolve(__dirname, '../..');
const injectionPath = path.join(root, 'syntaxes/study-notes.injection.json');
const injectionScope = 'text.html.markdown.study-notes';

/**
 * A small stand-in for VS Code's Markdown grammar with the rules that compete with the injection:
 * headings retokenize their text, quotes and fenced code are blocks, inline links own their text.
 */
const miniMarkdown = {
  scopeName: 'text.html.markdown',
  patterns: [{ include: '#fenced' }, { include: '#heading' }, { include: '#quote' }, { include: '#inline' }],
  repository: {
    fenced: { begin: '^(```)(\\w*)\\s*$', end: '^(```)\\s*$', name: 'markup.fenced_code.block.markdown' },
    heading: {
      match: '^\\s{0,3}(#{1,6})\\s+(.*?)\\s*$',
      name: 'markup.heading.markdown',
      captures: { 1: { name: 'punctuation.definition.heading.markdown' }, 2: { name: 'entity.name.section.markdown', patterns: [{ include: '#inline' }] } },
    },
    quote: { begin: '^\\s{0,3}(>) ?', while: '^\\s{0,3}(>) ?', name: 'markup.quote.markdown', patterns: [{ include: '#inline' }] },
    inline: {
      patterns: [
        { match: '(`)[^`]*(`)', name: 'markup.inline.raw.string.markdown' },
        { match: '(\\[)([^\\[\\]]*)(\\])(\\()([^()\\s]*)(\\))', name: 'meta.link.inline.markdown', captures: { 2: { name: 'string.other.link.title.markdown' } } },
      ],
    },
  },
};

/** VS Code's own Markdown grammar, when a local VS Code (the e2e harness's) provides it. */
const vscodeMarkdownCandidates = [
  process.env.VSCODE_MARKDOWN_GRAMMAR,
  path.join(e2eCacheDir(), 'node_modules/code-server/lib/vscode/extensions/markdown-basics/syntaxes/markdown.tmLanguage.json'),
].filter((candidate): candidate is string => !!candidate && existsSync(candidate));
if (!vscodeMarkdownCandidates.length) console.log(`(grammar: VS Code's Markdown grammar is not in ${e2eCacheDir()} (scripts/setup-e2e.sh) nor VSCODE_MARKDOWN_GRAMMAR: checked in a minimal Markdown grammar only)`);

async function loadGrammar(markdownGrammar: () => IRawGrammar): Promise<IGrammar> {
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
  const registry = new Registry({
    onigLib: Promise.resolve({ createOnigScanner: (sources) => new oniguruma.OnigScanner(sources), createOnigString: (text) => new oniguruma.OnigString(text) }),
    loadGrammar: async (scopeName) => {
      if (scopeName === 'text.html.markdown') return markdownGrammar();
      if (scopeName === injectionScope) return parseRawGrammar(readFileSync(injectionPath, 'utf8'), injectionPath);
      return null;
    },
    getInjections: (scopeName) => (scopeName === 'text.html.markdown' ? [injectionScope] : undefined),
  });
  const grammar = await registry.loadGrammar('text.html.markdown');
  assert.ok(grammar, 'the Markdown host grammar loads');
  return grammar;
}

/** The scopes of the token that starts where `text` first occurs on the last line. */
function scopesOf(grammar: IGrammar, lines: string[], text: string): string[] {
  let state = INITIAL;
  let tokens: ReturnType<IGrammar['tokenizeLine']>['tokens'] = [];
  for (const line of lines) ({ tokens, ruleStack: state } = grammar.tokenizeLine(line, state));
  const line = lines[lines.length - 1];
  const offset = line.indexOf(text);
  assert.ok(offset >= 0, `"${text}" occurs in "${line}"`);
  const token = tokens.find((candidate) => candidate.startIndex <= offset && offset < candidate.endIndex);
  assert.ok(token, `a token at "${text}"`);
  return token.scopes;
}

function assertScope(grammar: IGrammar, lines: string | string[], text: string, scope: string): void {
  const scopes = scopesOf(grammar, typeof lines === 'string' ? [lines] : lines, text);
  assert.ok(scopes.some((name) => name.startsWith(scope)), `"${text}" has ${scope}; got ${scopes.join(' ')}`);
}

function assertNoScope(grammar: IGrammar, lines: string | string[], text: string, scope: string): void {
  const scopes = scopesOf(grammar, typeof lines === 'string' ? [lines] : lines, text);
  assert.ok(!scopes.some((name) => name.startsWith(scope)), `"${text}" has no ${scope}; got ${scopes.join(' ')}`);
}

const hosts: [string, () => IRawGrammar][] = [
  ['a minimal Markdown grammar', () => parseRawGrammar(JSON.stringify(miniMarkdown), 'mini-markdown.json')],
  ...vscodeMarkdownCandidates.map((file): [string, () => IRawGrammar] => [`VS Code's Markdown grammar (${file})`, () => parseRawGrammar(readFileSync(file, 'utf8'), file)]),
];

for (const [hostName, host] of hosts) {
  describe(`study notes injection grammar in ${hostName}`, () => {
    let grammar: IGrammar;
    before(async () => {
      grammar = await loadGrammar(host);
    });

    describe('time estimates', () => {
      it('scopes "(time: 30 min)" after a module link', () => {
        const line = '[AWS Tutorial: Launch a VM](https://aws.amazon.com/getting-started/tutorials/launch-a-virtual-machine/) (time: 30 min)';
        assertScope(grammar, line, 'time:', 'keyword.other.time');
        assertScope(grammar, line, '30 min', 'constant.numeric.time');
      });

      it('scopes "(45min)" and "(1h 30mins)" in headings', () => {
        assertScope(grammar, '#### [Video: Why Docker?](https://www.youtube.com/watch?v=RYDHUTHLf8U) (45min)', '45min', 'constant.numeric.time');
        assertScope(grammar, '#### Lab: DevOps Docker Beginners Guide (1h 30mins)', '1h 30mins', 'constant.numeric.time');
      });

      it('scopes "~10 mins" inside a list item link text', () => {
        const line = '* [Video: Hadoop Intro ~10 mins](https://www.youtube.com/watch?v=jKCj4BxGTi8)';
        assertScope(grammar, line, '~10 mins', 'constant.numeric.time');
        assertScope(grammar, line, 'https://', 'markup.underline.link');
      });

      it('scopes "Time: 15 min" on its own line', () => {
        assertScope(grammar, 'Time: 15 min', 'Time:', 'keyword.other.time');
        assertScope(grammar, 'Time: 15 min', '15 min', 'constant.numeric.time');
      });

      it('leaves numbers without a unit and code alone', () => {
        assertNoScope(grammar, 'I ran it (3 times) on 2 VMs', '3 times', 'constant.numeric.time');
        assertNoScope(grammar, ['```sh', 'sleep (30 min)'], '30 min', 'constant.numeric.time');
      });
    });

    describe('level markers', () => {
      it('scopes "> Basics Level" and "> **_Advanced Level_**", whatever the course names its levels', () => {
        assertScope(grammar, '> Basics Level', 'Basics Level', 'entity.name.section');
        assertScope(grammar, '> Basics Level', 'Basics Level', 'keyword.control.level');
        assertScope(grammar, '> **_Advanced Level_**', 'Advanced Level', 'keyword.control.level');
        assertScope(grammar, '> Cloud Native Practitioner Level', 'Cloud Native Practitioner Level', 'keyword.control.level');
      });

      it('scopes "### Advanced Level" as a section heading', () => {
        assertScope(grammar, '### Advanced Level', 'Advanced Level', 'entity.name.section');
        assertScope(grammar, '### Advanced Level', 'Advanced Level', 'keyword.control.level');
      });

      it('leaves a quote that only mentions a level alone, and knows no course’s level words', () => {
        assertNoScope(grammar, '> The Basics Level was easy for me', 'Basics Level', 'keyword.control.level');
        assertNoScope(grammar, '> Bring it together', 'Bring it together', 'keyword.control.level');
        assert.doesNotMatch(readFileSync(injectionPath, 'utf8'), /Beginner|Intermediate|Bring it/);
      });
    });

    describe('placeholders', () => {
      it('flags the template prompt "> Include notes here..."', () => {
        assertScope(grammar, '> Include notes here about each of the links', 'Include notes', 'invalid.deprecated');
      });

      it('flags "**FILL ME IN**", "Time: TODO" and an empty "(time: )"', () => {
        assertScope(grammar, 'What I learned: **FILL ME IN**', '**FILL', 'invalid.deprecated');
        assertScope(grammar, 'Time: TODO', 'Time: TODO', 'invalid.deprecated');
        assertScope(grammar, '[QwikLab: Intro to S3](https://awseducate.qwiklabs.com/focuses/30?parent=catalog) (time: )', '(time: )', 'invalid.deprecated');
      });
    });
  });
}
