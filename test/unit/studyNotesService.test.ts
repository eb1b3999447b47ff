import assert from 'node:assert/strict';
import { defaultSettings, type StudyNotesSettings } from '../../server/src/document/settings';
import { createStudyNotesService } from '../../server/src/service/studyNotesService';
import type { StaleViews } from '../../server/src/service/staleViews';
import { memoryWorkspace, OpenTexts, type MemoryWorkspace } from '../support/memoryWorkspace';

const notes = [
  '# My notes', // 0
  '', // 1
  '## Area 1: Docker and Containers', // 2
  '### Beginner', // 3
  '', // 4
  'Quantum Basket Weaving', // 5: a module only when a catalog knows it
  '', // 6
  '[Lab: Docker Intro](https://training.play-with-docker.com/beginner-linux/) (time: 30 min)', // 7
  '', // 8
  '```bash', // 9
  'docker contaner ls', // 10
  '```', // 11
  '', // 12
].join('\n');
const catalog = JSON.stringify({ course: 'Basket course', modules: [{ area: 'Docker and Containers', level: 'Beginner', title: 'Quantum Basket Weaving', minutes: 45 }] });
const uri = 'file:///workspace/week1/notes.md';

function serviceOver(workspace: MemoryWorkspace, problems: string[] = [], onStale?: (stale: StaleViews) => void) {
  const open = new OpenTexts();
  const silent = (): void => {};
  const service = createStudyNotesService({ workspace, logger: { info: silent, warn: silent, error: silent }, openDocuments: open, onProblem: (message) => problems.push(message), onStale });
  return { service, open };
}

const settings = (changes: Partial<StudyNotesSettings>): StudyNotesSettings => ({ ...defaultSettings, ...changes });

describe('the language service over an in-memory workspace', () => {
  it('reads the user catalog the settings name, and again when the file changes', async () => {
    const workspace = memoryWorkspace({ 'file:///workspace/course.json': '{ "modules": [] }' });
    let changed = (): void => {};
    // A new course makes every view stale.
    const { service, open } = serviceOver(workspace, [], (stale) => stale.uri === undefined && changed());
    await service.configure(settings({ catalog: 'course.json' }));
    open.open(uri, notes);
    assert.ok(!service.diagnostics(uri).some((d) => d.code === 'missing-time'));
    const reread = new Promise<void>((resolve) => (changed = resolve));
    workspace.write('file:///workspace/course.json', catalog);
    await reread;
    assert.equal(service.catalog().course, 'Basket course');
    assert.deepEqual(service.diagnostics(uri).filter((d) => d.code === 'missing-time').map((d) => d.range.start.line), [5]);
  });

  it('reads no catalog in an untrusted workspace', async () => {
    const { service, open } = serviceOver(memoryWorkspace({ 'file:///workspace/course.json': catalog }, { trusted: false }));
    await service.configure(settings({ catalog: 'course.json' }));
    open.open(uri, notes);
    assert.notEqual(service.catalog().course, 'Basket course');
  });

  it('says every view is stale when the settings change, and nothing when the editor sends the same ones again', async () => {
    const told: StaleViews[] = [];
    const { service, open } = serviceOver(memoryWorkspace({}), [], (stale) => told.push(stale));
    await service.configure(defaultSettings);
    open.open(uri, notes);
    const answered = service.diagnostics(uri);
    await service.configure(settings({}));
    assert.deepEqual(told, [], 'the first settings and the same again are no change');
    assert.equal(service.diagnostics(uri), answered, 'the answers made under them are kept');
    await service.configure(settings({ debounceMs: 100 }));
    assert.deepEqual(told, [{ diagnostics: true, outline: true, lenses: true }]);
  });

  it('says once what is wrong with a broken catalog', async () => {
    const problems: string[] = [];
    const { service } = serviceOver(memoryWorkspace({ 'file:///workspace/course.json': '{ broken' }), problems);
    await service.configure(settings({ catalog: 'course.json' }));
    await service.configure(settings({ catalog: 'course.json', debounceMs: 100 }));
    assert.equal(problems.length, 1);
    assert.match(problems[0], /course\.json/);
  });

  it('matches notesFiles globs against the path inside the workspace folder; a glob without a slash names a file anywhere', async () => {
    const text = '# Week 1\n\nInclude notes here\n';
    for (const [globs, isNotes] of [[[], false], [['notes.md'], true], [['week1/*.md'], true], [['week2/*.md'], false], [['**/week1/notes.md'], true]] as const) {
      const { service, open } = serviceOver(memoryWorkspace({}));
      await service.configure(settings({ notesFiles: [...globs] }));
      open.open(uri, text);
      assert.equal(service.isNotes(service.document(uri)!), isNotes, JSON.stringify(globs));
    }
  });

  it('reads the course page it is given as the course, not as notes: no notes findings, not in the tree, still an outline', async () => {
    const page = ['# Basket course', '', '## Weaving', '', '> To reach *Beginner Level* in Weaving, complete:', '', '  - [Lab: Over and under](https://basket.example/over) - 30 min', '  - [Video: Rims](https://basket.example/rims)', ''].join('\n');
    const coursePage = 'file:///workspace/course.md';
    const { service, open } = serviceOver(memoryWorkspace({ 'file:///workspace/course.md': page }));
    await service.configure(settings({ catalog: 'course.md' }));
    open.open(coursePage, page);
    assert.equal(service.catalog().modules.length, 2);
    assert.equal(service.isNotes(service.document(coursePage)!), false);
    assert.deepEqual(service.diagnostics(coursePage), []);
    const outline = await service.outline(coursePage);
    assert.deepEqual([outline.isNotes, outline.areas.length, outline.progress], [false, 0, undefined]);
    assert.deepEqual(service.codeLenses(coursePage), []);
    assert.ok((await service.symbols(coursePage)).length > 0, 'the page keeps its outline in the editor');
  });

  it('leaves the course page, open and edited, out of the student\'s progress: its modules are the course\'s, not notes written', async () => {
    const page = ['# Basket course', '', '## Weaving', '', '> To reach *Beginner Level* in Weaving, complete:', '', '  - [Lab: Over and under](https://basket.example/over) - 30 min', '', '    Weave the first rows over and under.', ''].join('\n');
    const [coursePage, student] = ['file:///workspace/course.md', 'file:///workspace/notes.md'];
    const studentNotes = ['# My notes', '', '## Weaving', '', '### Beginner', ''].join('\n');
    const editedRead = new Set<string>();
    let bothRead = (): void => {};
    const read = new Promise<void>((resolve) => (bothRead = resolve));
    const { service, open } = serviceOver(memoryWorkspace({ [coursePage]: page, [student]: studentNotes }), [], (stale) => {
      if (stale.edited && stale.uri) editedRead.add(stale.uri);
      if (editedRead.size === 2) bothRead();
    });
    await service.configure(settings({ catalog: 'course.md' }));
    for (const [opened, text] of [[coursePage, page], [student, studentNotes]]) {
      open.open(opened, text);
      service.edited(opened);
    }
    await read;
    const progress = (await service.outline(student)).progress;
    assert.deepEqual(progress?.areas.map((area) => [area.area, area.levels.map((level) => level.done)]), [['Weaving', [0]]]);
    assert.deepEqual(progress?.unread, [], 'nor is it a page of notes the tool could not read');
    service.dispose();
  });

  it('answers ordinary Markdown with nothing of notes: no findings, symbols, folds, hovers or lenses', async () => {
    const readme = 'file:///workspace/README.md';
    const { service, open } = serviceOver(memoryWorkspace({}));
    await service.configure(defaultSettings);
    open.open(readme, '# Tool\n\n## Installation\n\nSee [npm](https://npmjs.com).\n\n```\nnpm i\ndocker run nginx\n```\n');
    assert.deepEqual([service.diagnostics(readme), await service.symbols(readme), service.folding(readme), service.codeLenses(readme)], [[], [], [], []]);
    assert.equal(service.hover(readme, { line: 8, character: 2 }), null);
    assert.equal(service.hover(readme, { line: 4, character: 6 }), null);
  });

  it('adds docker diagnostics at their severity, and none with docker off', async () => {
    const { service, open } = serviceOver(memoryWorkspace({}));
    open.open(uri, notes);
    await service.configure(settings({ diagnostics: { ...defaultSettings.diagnostics, 'docker-command': 'error' } }));
    assert.deepEqual(service.diagnostics(uri).filter((d) => d.code === 'docker-command').map((d) => [d.range.start.line, d.severity]), [[10, 1]]);
    await service.configure(settings({ docker: { enabled: false } }));
    assert.deepEqual(service.diagnostics(uri).filter((d) => d.code === 'docker-command'), []);
  });

  it('answers hover from the notes first, and from docker inside a command line', async () => {
    const { service, open } = serviceOver(memoryWorkspace({}));
    await service.configure(defaultSettings);
    open.open(uri, notes);
    const onModule = service.hover(uri, { line: 7, character: 80 });
    const onCommand = service.hover(uri, { line: 10, character: 2 });
    assert.ok(onModule && onCommand);
    assert.notDeepEqual(onModule.contents, onCommand.contents);
    assert.match(JSON.stringify(onCommand.contents), /docker/i);
  });

  it('answers an unchanged version from memory, and a new version or new settings afresh', async () => {
    const { service, open } = serviceOver(memoryWorkspace({}));
    await service.configure(defaultSettings);
    open.open(uri, notes);
    const first = await service.symbols(uri);
    assert.equal(await service.symbols(uri), first);
    open.open(uri, notes);
    assert.notEqual(await service.symbols(uri), first);
    assert.deepEqual(await service.symbols(uri), first);
  });

  it('indexes unopened notes of the workspace for workspace symbols, and forgets a deleted one', async () => {
    const workspace = memoryWorkspace({ 'file:///workspace/a.md': notes, 'file:///workspace/readme.md': '# Tool\n\nRun it.\n', 'file:///elsewhere/b.md': notes });
    const { service } = serviceOver(workspace);
    await service.configure(defaultSettings);
    await service.indexWorkspace();
    assert.deepEqual([...new Set((await service.workspaceSymbols('docker intro')).map((symbol) => ('uri' in symbol.location ? symbol.location.uri : '')))], ['file:///workspace/a.md']);
    await service.fileChanged('file:///workspace/a.md', true);
    assert.deepEqual(await service.workspaceSymbols('docker intro'), []);
  });

  it('reports as indexed the notes files among the folders’ Markdown files, not an open document outside them', async () => {
    const workspace = memoryWorkspace({ 'file:///workspace/a.md': notes, 'file:///workspace/b.md': notes, 'file:///workspace/readme.md': '# Tool\n\nRun it.\n' });
    const editedRead = new Set<string>();
    let bothRead = (): void => {};
    const read = new Promise<void>((resolve) => (bothRead = resolve));
    const { service, open } = serviceOver(workspace, [], (stale) => {
      if (stale.edited && stale.uri) editedRead.add(stale.uri);
      if (editedRead.size === 2) bothRead();
    });
    await service.configure(defaultSettings);
    for (const opened of ['file:///elsewhere/open.md', 'file:///workspace/b.md']) {
      open.open(opened, notes);
      service.edited(opened);
    }
    await read;
    const reported: number[][] = [];
    await service.indexWorkspace({ begin: () => undefined, file: () => undefined, done: (indexed, files) => reported.push([indexed, files]) });
    assert.deepEqual(reported, [[2, 3]], 'a.md read from the folder and b.md open, of a.md, b.md and readme.md');
    service.dispose();
  });

  it('indexes only what a watcher or a close names inside the folders, and nothing of an untrusted workspace', async () => {
    const files = { 'file:///workspace/a.md': notes, 'file:///etc/notes.md': notes };
    const trusted = serviceOver(memoryWorkspace(files)).service;
    await trusted.fileChanged('file:///etc/notes.md', false);
    await trusted.documentClosed('file:///etc/notes.md');
    assert.deepEqual(await trusted.workspaceSymbols('docker intro'), []);
    const untrusted = serviceOver(memoryWorkspace(files, { trusted: false })).service;
    await untrusted.indexWorkspace();
    await untrusted.fileChanged('file:///workspace/a.md', false);
    assert.deepEqual(await untrusted.workspaceSymbols('docker intro'), []);
    assert.equal(untrusted.indexed, 0);
  });

  it('outlines an unopened file inside the folders only', async () => {
    const { service } = serviceOver(memoryWorkspace({ 'file:///workspace/a.md': notes, 'file:///elsewhere/b.md': notes }));
    await service.configure(defaultSettings);
    assert.equal((await service.outline('file:///workspace/a.md')).isNotes, true);
    assert.equal((await service.outline('file:///elsewhere/b.md')).isNotes, false);
  });
});
