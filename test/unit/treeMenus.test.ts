// The Areas & Modules tree's context menu on modules, from the real service's outline: what
// package.json's menus show for each row's context value, what "Copy Module as Link" copies and
// where "Insert Module Here" writes. A module written without a link (the numbered lists of seed
// 000) offers what a linked one does, with the course's page of the module it was placed on.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { OutlineResult } from '../../client/src/protocol';
import { contextValue, insertPlace, moduleLinkText, moduleUrl } from '../../client/src/treeMenus';
import { childrenOf, fileNode, nodeTarget, type NotesNode } from '../../client/src/treeNodes';
import { rowText } from '../../client/src/treeText';
import { defaultSettings } from '../../server/src/document/settings';
import { createStudyNotesService } from '../../server/src/service/studyNotesService';
import { memoryWorkspace, OpenTexts } from '../support/memoryWorkspace';

const notesUri = 'file:///workspace/README.md';
const notes = [
  '# Distributed Systems Practice',
  '',
  '## Area 1 Docker',
  '### Beginner',
  '1. Why Docker - 10 min',
  '\t- Containers ship the environment.',
  '2. [Lab: DevOps Docker Beginners Guide](https://training.play-with-docker.com/ops-s1-hello/) - 45 min',
  '\t- Ran alpine.',
  '3. Reading about my own cluster - 20 min',
  '\t- Not the course’s.',
  '',
].join('\n');

interface MenuEntry {
  command: string;
  when: string;
  group?: string;
}

const menus = (JSON.parse(readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8')) as { contributes: { menus: { 'view/item/context': MenuEntry[] } } }).contributes.menus['view/item/context'];

/** The commands of the tree's context menu (not the inline buttons) for a row's context value, as VS Code reads the `when` clauses this manifest writes. */
function menuOf(value: string): string[] {
  return menus
    .filter((entry) => entry.group !== 'inline' && whenHolds(entry.when, value))
    .map((entry) => entry.command.replace(/^studyNotes\.(tree\.)?/, ''));
}

function whenHolds(when: string, value: string): boolean {
  return when.split(' && ').every((clause) => {
    if (clause === 'view == studyNotes.tree') return true;
    const equal = /^viewItem == (\S+)$/.exec(clause);
    if (equal) return value === equal[1];
    const matching = /^viewItem =~ \/(.+)\/$/.exec(clause);
    assert.ok(matching, `a when clause this test does not read: ${clause}`);
    return new RegExp(matching[1]).test(value);
  });
}

async function outlineOf(text: string): Promise<OutlineResult> {
  const silent = (): void => {};
  const service = createStudyNotesService({ workspace: memoryWorkspace({ [notesUri]: text }), logger: { info: silent, warn: silent, error: silent }, openDocuments: new OpenTexts(), onProblem: silent });
  await service.configure(defaultSettings);
  await service.indexWorkspace();
  return service.outline(notesUri);
}

function all(node: NotesNode): NotesNode[] {
  return [node, ...childrenOf(node).flatMap(all)];
}

describe('the tree’s context menu on modules', () => {
  let modules: Map<string, Extract<NotesNode, { kind: 'module' }>>;
  before(async () => {
    const file = fileNode(await outlineOf(notes));
    modules = new Map(all(file).flatMap((node) => (node.kind === 'module' ? [[node.module.title, node]] : [])));
  });

  it('offers a module written without a link, placed on the course, what a linked one offers, with the course’s page', () => {
    const why = modules.get('Why Docker')!;
    assert.equal(why.module.url, undefined);
    assert.equal(why.module.courseUrl, 'https://www.youtube.com/watch?v=RYDHUTHLf8U&t=0s&list=PLBmVKD7o3L8tQzt8QPCINK9wXmKecTHlM&index=23');
    const linked = modules.get('Lab: DevOps Docker Beginners Guide')!;
    assert.deepEqual(menuOf(contextValue(why, undefined)), menuOf(contextValue(linked, undefined)));
    assert.deepEqual(menuOf(contextValue(why, undefined)), ['revealModule', 'insertModuleHere', 'openModuleUrl', 'copyModuleLink', 'timer.start']);
    assert.equal(moduleUrl(why.module), why.module.courseUrl);
    assert.equal(moduleLinkText(why.module), `[Why Docker](${why.module.courseUrl})`);
    assert.equal(moduleLinkText(linked.module), '[Lab: DevOps Docker Beginners Guide](https://training.play-with-docker.com/ops-s1-hello/)');
  });

  it('offers a module the course does not have no page, and the timer’s menu while it is timed', () => {
    const own = modules.get('Reading about my own cluster')!;
    assert.equal(own.module.courseUrl, undefined);
    assert.deepEqual(menuOf(contextValue(own, undefined)), ['revealModule', 'insertModuleHere', 'timer.start']);
    assert.equal(moduleLinkText(own.module), undefined);
    assert.deepEqual(menuOf(contextValue(modules.get('Why Docker')!, { running: true })), ['revealModule', 'insertModuleHere', 'openModuleUrl', 'copyModuleLink', 'timer.pause', 'timer.stop']);
  });

  it('inserts from a module’s row at the end of its level, offering that level’s modules', () => {
    const place = insertPlace(modules.get('Why Docker')!);
    assert.deepEqual(place && { ...place, end: place.end.line }, { end: 9, area: 'Area 1 Docker', courseArea: 'Docker and Containers', level: 'Beginner' });
  });
});

describe('the tree’s row of a module left that the time log names', () => {
  it('says it is in the time log without notes, takes the student to the log’s line, and still offers to insert it', async () => {
    const logged = ['# Notes', '## Time spent', '- Video: Why Docker? -- 10 min', '- Lab: DevOps Docker Beginners Guide -- 45 min', '', '## Docker and Containers', '> Beginner Level', '### Video: Why Docker? (10 min)', 'Ship the runtime.'].join('\n');
    const left = all(fileNode(await outlineOf(logged))).find((node): node is Extract<NotesNode, { kind: 'moduleLeft' }> => node.kind === 'moduleLeft' && node.left.title === 'Lab: DevOps Docker Beginners Guide');
    assert.ok(left, 'the lab is left for Beginner');
    const row = rowText(left, (uri) => uri);
    assert.equal(row.description, 'in your time log, no notes');
    assert.ok(row.tooltip.some((line) => line.startsWith('Your time log names "Lab: DevOps Docker Beginners Guide" (line 4)')), row.tooltip.join('\n'));
    assert.deepEqual(nodeTarget(left), { uri: notesUri, range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } } });
    assert.equal(contextValue(left, undefined), 'moduleLeft');
  });

  it('is listed under the area’s Check row too, with the log’s line', async () => {
    const logged = ['# Notes', '## Time spent', '- Video: Why Docker? -- 10 min', '- Lab: DevOps Docker Beginners Guide -- 45 min', '', '## Docker and Containers', '> Beginner Level', '### Video: Why Docker? (10 min)', 'Ship the runtime.'].join('\n');
    const check = all(fileNode(await outlineOf(logged))).find((node): node is Extract<NotesNode, { kind: 'check' }> => node.kind === 'check');
    assert.ok(check, 'a Check row under Docker and Containers');
    assert.equal(rowText(check, (uri) => uri).label, 'Check: 1 logged without notes');
    const [row] = childrenOf(check);
    assert.ok(row?.kind === 'placed' && row.how === 'logged', 'its one row is the logged module');
    assert.deepEqual([rowText(row, (uri) => uri).label, rowText(row, (uri) => uri).description, nodeTarget(row)?.range.start.line], ['Lab: DevOps Docker Beginners Guide', 'in your time log, no notes', 3]);
  });
});
