// Note text is the student's, or whoever wrote the fork a TA opens: what the server hands the editor
// to render (hover Markdown, completion documentation) or to open (outline URLs, URL completions)
// shows it as text and never offers a script URL as a link. The summary webview escapes it too.
import assert from 'node:assert/strict';
import type { CompletionItem, MarkupContent } from 'vscode-languageserver-types';
import { bundledCourse } from '../../server/src/catalog/bundledCourse';
import { CatalogSources } from '../../server/src/service/catalogSources';
import { hover } from '../../server/src/features/hover';
import { moduleCompletions } from '../../server/src/features/completion';
import { analyseNotes } from '../../server/src/document/notesDocument';
import { buildOutline } from '../../server/src/features/outline';
import type { OutlineResult } from '../../server/src/protocol/protocol';
import { markdownText, webUrl } from '../../server/src/document/safeText';
import { defaultSettings } from '../../server/src/document/settings';
import { WorkspaceIndex } from '../../server/src/service/workspaceIndex';
import { summaryHtml } from '../../client/src/summaryHtml';
import { completionRequest } from '../support/completionRequest';

const scriptUrls = ['javascript:alert(1)', 'JavaScript:alert(document.cookie)', ' javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'command:workbench.action.terminal.new', 'file:///etc/passwd', 'https://x.y/a b', 'https://x.y/<script>'];

/** A link or autolink to anything but the web, or raw HTML: what a Markdown renderer could make live. */
function liveMarkup(markdown: string): string | undefined {
  return /(?<!\\)\]\(\s*<?\s*(?!https?:)[a-z][a-z0-9+.-]*:[^)]*\)|(?<!\\)<(?!https?:\/\/[^\s<>]+>)[a-z!/?][^>]*>?/i.exec(markdown)?.[0];
}

function notesWith(...lines: string[]): string {
  return ['# Notes', '', '## Area 1: Docker and Containers', '> Beginner Level', '', ...lines, ''].join('\n');
}

describe('note text shown to the user stays text', () => {
  it('webUrl keeps web addresses and drops every other scheme', () => {
    assert.equal(webUrl('https://www.youtube.com/watch?v=GIdVRB5yNsk'), 'https://www.youtube.com/watch?v=GIdVRB5yNsk');
    assert.equal(webUrl(' http://example.com/a '), 'http://example.com/a');
    for (const url of [...scriptUrls, '#area-1', './local.md', '', 'https://']) assert.equal(webUrl(url), undefined, url);
  });

  it('markdownText escapes links, emphasis and HTML, and keeps the text readable', () => {
    const shown = markdownText('[x](javascript:alert(1)) <img src=x onerror=alert(1)> **b** `c`\nnext');
    assert.equal(liveMarkup(shown), undefined);
    assert.ok(!/[\r\n]/.test(shown));
    assert.equal(markdownText('Lab: Docker Intro 😀'), 'Lab: Docker Intro 😀');
  });

  it('the outline offers only web URLs to open; a script link is not a URL', () => {
    for (const url of scriptUrls.filter((candidate) => !candidate.startsWith('https'))) {
      const document = analyseNotes('file:///notes.md', 1, notesWith(`[Lab: Docker Intro](${url}) (time: 30 min)`, 'Ran it.'), bundledCourse.catalog);
      const outline = buildOutline(document, true);
      const modules = outline.areas.flatMap((area) => [...area.modules, ...area.levels.flatMap((level) => level.modules)]);
      for (const module of modules) assert.equal(module.url, undefined, `${url} offered as ${module.url}`);
    }
    const web = analyseNotes('file:///notes.md', 1, notesWith('[Lab: Docker Intro](https://example.com/lab) (time: 30 min)', 'Ran it.'), bundledCourse.catalog);
    assert.equal(buildOutline(web, true).areas[0].levels[0].modules[0].url, 'https://example.com/lab');
  });

  it('hover shows titles that look like links or HTML as text', () => {
    const lines = ['## \\[click\\](javascript:alert(1)) (time: 5 min)', 'Notes.', '## <img src=x onerror=alert(1)> Intro (time: 10 min)', 'Notes.', '## **Docker** `ps` _Intro_ (time: 15 min)', 'Notes.'];
    const text = notesWith(...lines);
    const document = analyseNotes('file:///notes.md', 1, text, bundledCourse.catalog);
    assert.ok(document.model.modules.length >= 3, 'the headings are modules');
    for (const module of document.model.modules) {
      const shown = hover(document, module.estimate!.range.start, defaultSettings);
      const value = (shown?.contents as MarkupContent).value;
      assert.equal(liveMarkup(value), undefined, value);
    }
  });

  it('module completion documents and offers no script URL from classmates’ notes', () => {
    const index = new WorkspaceIndex();
    const fork = notesWith('[Lab: Totally Legit Module](javascript:alert(1)) (time: 30 min)', 'Ran it.', '[Video: Another One](data:text/html,hi) (time: 10 min)', 'Watched.');
    for (const uri of ['file:///class/alice.md', 'file:///class/bob.md']) index.update(analyseNotes(uri, 1, fork, bundledCourse.catalog), defaultSettings);
    const mine = 'file:///class/me.md';
    const catalog = new CatalogSources().forDocument(mine, index);
    const text = notesWith('[Lab: Totally', '', '[Lab: Totally Legit Module](');
    const document = analyseNotes(mine, 1, text, bundledCourse.catalog);
    const titles = moduleCompletions(document, { line: 5, character: '[Lab: Totally'.length }, catalog, completionRequest(document))?.items ?? [];
    const legit = titles.find((item) => item.label === 'Lab: Totally Legit Module');
    assert.ok(legit, 'the classmates’ module is offered');
    const check = (item: CompletionItem): void => {
      const documentation = (item.documentation as MarkupContent | undefined)?.value ?? '';
      assert.equal(liveMarkup(documentation), undefined, documentation);
      const inserted = (item.textEdit as { newText: string } | undefined)?.newText ?? '';
      assert.ok(!/javascript:|data:/i.test(inserted + String(item.label)), `inserts ${inserted}`);
    };
    titles.forEach(check);
    const urls = moduleCompletions(document, { line: 7, character: '[Lab: Totally Legit Module]('.length }, catalog, completionRequest(document))?.items ?? [];
    urls.forEach(check);
  });
});

describe('the summary webview', () => {
  it('shows a module titled <img src=x onerror=alert(1)> as text, under a CSP that runs no script', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const range = { start: { line: 5, character: 0 }, end: { line: 5, character: 10 } };
    const outline: OutlineResult = {
      uri: 'file:///notes.md',
      isNotes: true,
      title: `${evil}"'&`,
      totalMinutes: 30,
      time: evil,
      modulesWithoutEstimate: 1,
      summary: `<script>alert(1)</script>`,
      areas: [{ name: evil, range, totalMinutes: 30, time: evil, summary: '30 min', modulesWithoutEstimate: 1, levels: [{ name: `</td><script>x</script>`, range, totalMinutes: 30, time: evil, summary: evil, modulesWithoutEstimate: 1, modules: [{ title: evil, range, hasEstimate: false }] }], modules: [] }],
      modules: [{ title: `"><svg onload=alert(1)>`, range, hasEstimate: false }],
    };
    outline.progress = {
      areas: [
        {
          area: evil,
          reached: null,
          text: evil,
          levelCounts: evil,
          nextLevelCount: evil,
          nextLevel: evil,
          levels: [{ level: evil, met: false, required: 1, done: 0, minutesLeft: 5, timeLeft: evil, left: [{ title: evil, minutes: 5, time: evil, module: { area: evil, level: evil, title: evil }, inNotes: range }, { title: evil, minutes: 5, module: { area: evil, level: evil, title: evil }, logged: { uri: 'file:///notes.md', range, title: evil } }] }],
          likely: [{ title: evil, uri: 'file:///notes.md', range, catalog: [evil], confidence: 'likely' }],
          unplaced: [{ title: evil, uri: 'file:///notes.md', range, catalog: [] }],
          logged: [{ title: evil, uri: 'file:///notes.md', range, catalog: [evil] }],
          unsure: evil,
        },
      ],
      rounds: [{ name: evil, due: evil, met: false, text: evil, missing: [evil] }],
      unplaced: [{ title: evil, uri: 'file:///notes.md', range, catalog: [] }],
      unread: ['file:///evil%3Cscript%3E.md'],
    };
    const html = summaryHtml(outline, { fileName: evil, cspSource: 'vscode-resource:', nonce: 'n0nce' });
    const body = html.slice(html.indexOf('<body>'));
    assert.ok(!/<img|<script|<svg onload|onerror=alert\(1\)>/i.test(body.replace(/&#60;(img|script|svg)/g, '')), body);
    assert.match(body, /&#60;img src=x onerror=alert\(1\)&#62;/);
    // A module left that the time log names links to the log's line.
    assert.match(body, /in your time log<\/a>, no notes\)/);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1] ?? '';
    assert.match(csp, /default-src 'none'/);
    assert.ok(!/script-src|unsafe-inline|unsafe-eval/.test(csp), csp);
    // Only the page's own tags: html, head, meta, style, title, body, main, headings, p, table parts, svg bars, lists, links, details.
    const tags = new Set([...html.matchAll(/<([a-z][a-z0-9]*)/gi)].map((match) => match[1].toLowerCase()));
    const allowed = ['html', 'head', 'meta', 'style', 'title', 'body', 'main', 'h1', 'h2', 'h3', 'p', 'section', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'svg', 'rect', 'ul', 'li', 'span', 'strong', 'a', 'details', 'summary'];
    for (const tag of tags) assert.ok(allowed.includes(tag), `unexpected <${tag}>`);
    // Links run the one command that reveals a place in the notes, with JSON arguments the title cannot break out of.
    const links = [...html.matchAll(/<a href="([^"]*)">/g)].map((match) => match[1]);
    assert.ok(links.length > 0);
    for (const href of links) assert.match(href, /^command:studyNotes\.revealRange\?[^"<>\s']*$/);
  });
});
