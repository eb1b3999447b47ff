// The two example courses of examples/ (a Kubernetes course written as a course page, a web
// programming course in JSON), each with a student's notes, end to end: the editor's server finds
// the course through the folder's .studynotes.json with no setting sent, every feature answers
// from that course, every CLI format reports it, and no text of the bundled course appears.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, CodeLens, CompletionItem, CompletionList, Diagnostic, DocumentSymbol, Hover } from 'vscode-languageserver-protocol/node';
import { bundledCourse } from '../../server/src/catalog/bundledCourse';
import type { CatalogResult } from '../../server/src/protocol/protocol';
import { catalogRequest, notesTemplateRequest, outlineRequest, renderModuleRequest } from '../../server/src/protocol/requests';
import { ensureBuilt, LspServer, projectRoot } from '../support/lsp';
import { runCli } from '../support/studyNotesCli';

interface Example {
  folder: string;
  courseFile: string;
  student: string;
  /** What the course is, to see it in every answer. */
  title: string;
  areas: string[];
  levels: string[];
  rounds: string[];
  /** A line of the notes inside an area, to complete a module on, and a module title written there. */
  areaLine: string;
  module: string;
}

const examples: Example[] = [
  {
    folder: 'examples/kubernetes-course',
    courseFile: 'course.md',
    student: 'mara',
    title: 'Kubernetes in Practice (Spring 2025)',
    areas: ['Cluster Basics', 'Workloads and State', 'Networking and Operations'],
    levels: ['Basics', 'Practitioner'],
    rounds: ['Checkpoint 1', 'Checkpoint 2'],
    areaLine: '## Area 3: Networking and Operations',
    module: 'Tutorial: Using a Service to Expose Your App',
  },
  {
    folder: 'examples/web-course',
    courseFile: 'course.json',
    student: 'tomas',
    title: 'WEB 210: Web Programming with Python and JavaScript (Fall 2025)',
    areas: ['Front End', 'Back End', 'Shipping'],
    levels: ['Core', 'Builder'],
    rounds: ['Midterm review', 'Final review'],
    areaLine: '## Shipping',
    module: 'Lecture 1: Git',
  },
];

/** Every text of the bundled course that another course has no business showing. */
function bundledTexts(example: Example): string[] {
  const own = new Set([...example.levels, ...example.areas]);
  const levels = bundledCourse.catalog.words.levels.flatMap((level) => [level.name, ...(level.otherNames ?? [])]);
  const texts = [bundledCourse.title, bundledCourse.site ?? '', ...bundledCourse.areas, ...levels, ...bundledCourse.catalog.modules.map((module) => module.title), ...bundledCourse.rules.rounds.flatMap((round) => [round.name, round.due])];
  return [...new Set(texts)].filter((text) => text && !own.has(text));
}

function assertNoBundledText(example: Example, what: string, answer: unknown): void {
  const text = typeof answer === 'string' ? answer : JSON.stringify(answer);
  const found = bundledTexts(example).filter((bundled) => text.includes(bundled));
  assert.deepEqual(found, [], `${what} shows the bundled course's ${found.join(', ')}`);
}

for (const example of examples)
  describe(`the example course ${example.folder}`, function () {
    this.timeout(120_000);
    const folder = path.join(projectRoot, example.folder);
    const notesFile = path.join(folder, example.student, 'README.md');
    const uri = pathToFileURL(notesFile).toString();
    const textDocument = { uri };
    const lines = readFileSync(notesFile, 'utf8').split('\n');
    let server: LspServer;

    before(async () => {
      ensureBuilt();
      server = await LspServer.start({ pull: true, snippets: true, rootUri: pathToFileURL(folder).toString() });
      await server.open(uri, lines.join('\n'));
    });

    after(async () => server?.stop());

    it('the editor’s server reads the notes with the course of the folder’s .studynotes.json, no setting sent: every feature answers from it', async () => {
      const answers: Record<string, unknown> = {};
      const diagnostics: Diagnostic[] = await server.diagnostics(uri, 1);
      answers.diagnostics = diagnostics;
      const symbols: DocumentSymbol[] = await server.request('textDocument/documentSymbol', { textDocument });
      answers.symbols = symbols;
      assert.deepEqual(symbols.map((symbol) => symbol.name.replace(/^Area \d+: /, '')), example.areas.filter((area) => lines.some((line) => line.includes(`## `) && line.includes(area))));
      answers.folding = await server.request('textDocument/foldingRange', { textDocument });
      const lenses: CodeLens[] = await server.request('textDocument/codeLens', { textDocument });
      answers.lenses = lenses;
      // An editor without a view of the rounds (this one) gets them as lenses after the areas'.
      const areaLenses = lenses.slice(0, lenses.length - example.rounds.length);
      assert.ok(areaLenses.length > 0 && areaLenses.every((lens) => example.levels.some((level) => lens.command?.title.includes(level))), JSON.stringify(lenses.map((lens) => lens.command?.title)));
      assert.deepEqual(lenses.slice(areaLenses.length).map((lens) => lens.command?.title.split(' (due ')[0]), example.rounds);
      const areaLine = lines.indexOf(example.areaLine);
      const areaHover: Hover | null = await server.request('textDocument/hover', { textDocument, position: { line: areaLine, character: 4 } });
      answers.areaHover = areaHover;
      assert.match(JSON.stringify(areaHover), new RegExp(example.levels[0]));
      const moduleLine = lines.findIndex((line) => line.includes(`[${example.module}]`));
      answers.moduleHover = await server.request('textDocument/hover', { textDocument, position: { line: moduleLine, character: 3 } });
      answers.timeHover = await server.request('textDocument/hover', { textDocument, position: { line: moduleLine, character: lines[moduleLine].length - 3 } });
      answers.actions = (await server.request<CodeAction[]>('textDocument/codeAction', { textDocument, range: diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics } })) ?? [];
      answers.workspaceSymbols = await server.request('workspace/symbol', { query: '' });
      const outline = await server.answer(outlineRequest, { uri });
      answers.outline = outline;
      assert.deepEqual(outline.progress?.areas.map((area) => area.area), example.areas);
      const catalog: CatalogResult = await server.request(catalogRequest, { uri });
      answers.catalog = catalog;
      assert.equal(catalog.course, example.title);
      answers.render = await server.request(renderModuleRequest, { uri, module: catalog.modules[0], position: { line: lines.length - 1, character: 0 } });
      for (const [what, answer] of Object.entries(answers)) assertNoBundledText(example, what, answer);
    });

    it('completes the course’s modules after `[` and its levels after `>`, and nothing of the bundled course', async () => {
      const version = 2;
      const typed = [...lines, '', '['];
      await server.change(uri, version, [{ text: typed.join('\n') }]);
      const modules: CompletionList = await server.request('textDocument/completion', { textDocument, position: { line: typed.length - 1, character: 1 }, context: { triggerKind: 2, triggerCharacter: '[' } });
      const courseModules = (await server.request(catalogRequest, { uri })).modules.map((module) => module.title);
      assert.ok(modules.items.length > 0 && modules.items.every((item) => courseModules.includes(item.label)), modules.items.map((item) => item.label).join(', '));
      const quoted = [...lines, '', '> '];
      await server.change(uri, version + 1, [{ text: quoted.join('\n') }]);
      const levels: CompletionItem[] | CompletionList = await server.request('textDocument/completion', { textDocument, position: { line: quoted.length - 1, character: 2 }, context: { triggerKind: 2, triggerCharacter: ' ' } });
      const levelLabels = (Array.isArray(levels) ? levels : levels.items).map((item) => item.label);
      assert.deepEqual(levelLabels.slice(0, example.levels.length).map((label) => label.replace(/ Level$/, '')), example.levels);
      assertNoBundledText(example, 'completion', [modules, levels]);
      await server.change(uri, version + 2, [{ text: lines.join('\n') }]);
    });

    it('writes the New Notes template of the course: its areas and its levels, each as the notes will read it', async () => {
      const template = await server.answer(notesTemplateRequest, { title: 'My notes', uri: pathToFileURL(path.join(folder, example.student, 'new.md')).toString() });
      assertNoBundledText(example, 'the template', template);
      for (const area of example.areas) assert.match(template.text, new RegExp(`^## Area \\d: ${area}$`, 'm'));
      for (const level of example.levels) assert.match(template.text, new RegExp(`^> ${level} Level$`, 'm'));
    });

    it('every CLI format, and course check and convert, report the course and nothing of the bundled one', () => {
      const formats = [
        ['check', 'text'],
        ['check', 'json'],
        ['check', 'sarif'],
        ['check', 'github'],
        ['summary', 'table'],
        ['summary', 'json'],
        ['summary', 'csv'],
        ['summary', 'markdown'],
        ['summary', 'html'],
      ];
      for (const [command, format] of formats) {
        const run = runCli([command, '.', '--format', format], folder);
        assert.ok(run.status === 0 || run.status === 1, `${command} --format ${format}: exit ${run.status}: ${run.stderr}`);
        assert.equal(run.stderr.includes('internal error'), false, run.stderr);
        assertNoBundledText(example, `${command} --format ${format}`, run.stdout + run.stderr);
        if (command === 'summary') for (const area of example.areas) assert.ok(run.stdout.includes(area), `${format}: ${area}`);
      }
      const students = JSON.parse(runCli(['summary', '.', '--format', 'json'], folder).stdout).students as { student: string }[];
      assert.deepEqual(students.map((row) => row.student), [example.student], 'the course file beside the notes is the course, no student’s notes');
      const html = runCli(['summary', '.', '--format', 'html'], folder).stdout;
      for (const level of example.levels) assert.match(html, new RegExp(`<span style="--c:var\\(--level-\\d\\)">${level}</span>`), 'the legend names the course’s levels');
      const check = runCli(['course', 'check', example.courseFile], folder);
      assert.equal(check.status, 0, check.stderr);
      assert.ok(check.stdout.startsWith(example.title), check.stdout);
      assertNoBundledText(example, 'course check', check.stdout);
      const convert = runCli(['course', 'convert', example.courseFile], folder);
      assert.equal(convert.status, 0, convert.stderr);
      assert.equal(JSON.parse(convert.stdout).title, example.title);
    });
  });
