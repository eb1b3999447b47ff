// What progress knows of a student's modules, said in the notes and mended by quick fixes, over
// the language service with an in-memory workspace of the student's files.
import assert from 'node:assert/strict';
import type { Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { largestReadText } from '../../server/src/notes/readCost';
import { createStudyNotesService } from '../../server/src/service/studyNotesService';
import { memoryWorkspace, OpenTexts } from '../support/memoryWorkspace';
import { corpusNotesFiles, readCorpusFile, skipWithoutCorpus } from '../support/corpus';

const readme = 'file:///workspace/README.md';

/** The service over a student's folder: its files indexed, as the editor's server reads them, one of them open; `git`: where git runs (a desktop's workspace). */
async function student(files: Record<string, string>, open: string, text: string, git = false) {
  const texts = new OpenTexts();
  const silent = (): void => {};
  const workspace = memoryWorkspace({ ...files, [open]: text });
  const service = createStudyNotesService({ workspace: git ? { ...workspace, history: async () => undefined } : workspace, logger: { info: silent, warn: silent, error: silent }, openDocuments: texts });
  texts.open(open, text);
  await service.indexWorkspace();
  return service;
}

const codesOf = (diagnostics: Diagnostic[], ...codes: string[]) => diagnostics.filter((diagnostic) => codes.includes(String(diagnostic.code)));

/** The text after the edits of one quick fix (edits of one line, applied from the end). */
function applied(text: string, edits: TextEdit[]): string {
  const lines = text.split('\n');
  for (const edit of [...edits].sort((a, b) => b.range.start.character - a.range.start.character)) {
    const line = lines[edit.range.start.line];
    lines[edit.range.start.line] = line.slice(0, edit.range.start.character) + edit.newText + line.slice(edit.range.end.character);
  }
  return lines.join('\n');
}

const docker = ['## Docker and Containers', '> Intermediate Level', '### [Lab: Docker Intro](https://training.play-with-docker.com/beginner-linux/) (30 min)', 'docker run alpine.', '### [Lab: Swarm Mode Introduction](https://training.play-with-docker.com/ops-s1-swarm-intro/) (45 min)', 'docker swarm init.'];

describe('progress in the notes: placements said and mended', () => {
  it('a bare opener counted by the notes right below it is said to have none of its own, with no "no notes yet" and no link to write', async () => {
    const text = [...docker, '', '[Video: Kubernetes vs Swarm](https://www.youtube.com/watch?v=L8xuFG49Fac) (4 min)', '', '[Video: Kubernetes in 5 Minutes](https://www.youtube.com/watch?v=PH-2FfFD2PU) (5 min)', '', 'Both Kubernetes and Docker Swarm orchestrate containers.'].join('\n');
    const service = await student({}, readme, text);
    const said = codesOf(service.diagnostics(readme), 'likely-module', 'empty-module');
    assert.deepEqual(said.map((diagnostic) => [diagnostic.code, diagnostic.range.start.line]), [['likely-module', 7]]);
    assert.match(String(said[0].message), /has no notes of its own; it is counted as done by the notes under "Video: Kubernetes in 5 Minutes", right below it/);
    assert.deepEqual(service.codeActions(readme, said), []);
  });

  it('a module placed by likeness gets a hint whose quick fix links it to the course\'s page; after it the module is sure', async () => {
    const text = [...docker, '### Kubernetes vs Swarm video (4 min)', 'Swarm is simpler, Kubernetes has more.', '### VM vs containers lightboard (9 min)', 'Kernel shared.'].join('\n');
    const service = await student({}, readme, text);
    const likely = codesOf(service.diagnostics(readme), 'likely-module');
    assert.deepEqual(likely.map((diagnostic) => diagnostic.range.start.line), [8]);
    // Every word of its title is in both videos of the group, and the notes write neither elsewhere: it covers both.
    assert.match(String(likely[0].message), /is counted as "Video: VMs Versus Containers" and "Video: VMs Versus Containers Deep Dive" by its title and place/);
    const [fix, other] = service.codeActions(readme, likely);
    assert.equal(fix.title, 'This is "Video: VMs Versus Containers": link it to the course\'s page');
    assert.equal(other.title, 'This is "Video: VMs Versus Containers Deep Dive": link it to the course\'s page');
    const fixed = applied(text, fix.edit?.changes?.[readme] ?? []);
    assert.equal(fixed.split('\n')[8], '### [VM vs containers lightboard](https://www.youtube.com/watch?v=L1ie8negCjc) (9 min)');
    const after = await student({}, readme, fixed);
    assert.deepEqual(codesOf(after.diagnostics(readme), 'likely-module', 'unplaced-module'), []);
  });

  it('a client that sends none of our diagnostics at the cursor gets the quick fixes of those the server has there; one that sends ours gets theirs alone', async () => {
    const text = [...docker, '### Kubernetes vs Swarm video (4 min)', 'Swarm is simpler, Kubernetes has more.', '### VM vs containers lightboard (9 min)', 'Kernel shared.'].join('\n');
    const service = await student({}, readme, text);
    const [likely] = codesOf(service.diagnostics(readme), 'likely-module');
    const titles = (actions: { title: string }[]) => actions.map((action) => action.title);
    const cursor = { line: 8, character: 6 };
    assert.deepEqual(titles(service.codeActions(readme, [], { start: cursor, end: cursor })), titles(service.codeActions(readme, [likely])));
    assert.equal(service.codeActions(readme, [], { start: cursor, end: cursor }).length, 2);
    // A cursor at the title's end is still on it; the line of notes below it holds nothing to fix.
    assert.equal(service.codeActions(readme, [], { start: likely.range.end, end: likely.range.end }).length, 2);
    assert.deepEqual(service.codeActions(readme, [], { start: { line: 9, character: 0 }, end: { line: 9, character: 0 } }), []);
    const elsewhere = { ...likely, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 2 } }, data: { courseTitles: [] } };
    assert.deepEqual(service.codeActions(readme, [elsewhere], { start: cursor, end: cursor }), []);
  });

  it('a module with notes that matches nothing gets information with the likeliest modules as quick fixes', async () => {
    const text = [...docker, '### My own docker-compose experiment (20 min)', 'Three services and a volume.'].join('\n');
    const service = await student({}, readme, text);
    const [unplaced] = codesOf(service.diagnostics(readme), 'unplaced-module');
    assert.match(String(unplaced.message), /matches no module of Docker and Containers, so it does not count/);
    assert.ok(service.codeActions(readme, [unplaced]).length >= 1);
  });

  it('notes kept by topic: a section it could not place is said on its heading, and the quick fix makes it a module of the course, sure', async () => {
    const text = [...docker, '### Experiment 1', 'Ran hello-world, then an alpine shell, and listed the containers.'].join('\n');
    const service = await student({}, readme, text);
    const [unplaced] = codesOf(service.diagnostics(readme), 'unplaced-module');
    assert.deepEqual(unplaced.range, { start: { line: 6, character: 4 }, end: { line: 6, character: 16 } });
    assert.match(String(unplaced.message), /^Section "Experiment 1" matches no module of Docker and Containers/);
    const fix = service.codeActions(readme, [unplaced]).find((action) => action.title.includes('Lab: DevOps Docker Beginners Guide'));
    assert.ok(fix, 'the course\'s modules are offered');
    const fixed = applied(text, fix.edit?.changes?.[readme] ?? []);
    assert.equal(fixed.split('\n')[6], '### [Experiment 1](https://training.play-with-docker.com/ops-s1-hello/)');
    const after = await student({}, readme, fixed);
    assert.deepEqual(codesOf(after.diagnostics(readme), 'likely-module', 'unplaced-module'), []);
  });

  it('a section titled by a group of the course, linked by the fix to a module\'s page, is that module, sure: `### [Container](…)`', async () => {
    const text = ['## Docker and Containers', '### Docker', 'Packages code with what it needs; containers share the kernel.', '### Container', 'A sandbox for a process: namespaces, cgroups and a layered image.', docker[2], docker[3]].join('\n');
    const service = await student({}, readme, text);
    const unsure = codesOf(service.diagnostics(readme), 'likely-module', 'unplaced-module').find((diagnostic) => diagnostic.range.start.line === 3);
    assert.ok(unsure, 'the section is said to be unsure');
    const fix = service.codeActions(readme, [unsure]).find((action) => action.title.includes('Video: What are Containers?'));
    assert.ok(fix, 'the course\'s module is offered');
    const fixed = applied(text, fix.edit?.changes?.[readme] ?? []);
    assert.equal(fixed.split('\n')[3], '### [Container](https://www.youtube.com/watch?v=EnJ7qX9fkcU)');
    const after = await student({}, readme, fixed);
    assert.deepEqual(codesOf(after.diagnostics(readme), 'likely-module', 'unplaced-module').filter((diagnostic) => diagnostic.range.start.line === 3), []);
  });

  it('in every corpus file, the first "This is …" fix of each module it is unsure of makes that module sure and moves no line', async function () {
    skipWithoutCorpus(this);
    // Each file indexed again per fix: half a minute here, more on a loaded 2-core machine.
    this.timeout(300_000);
    let fixes = 0;
    for (const file of corpusNotesFiles().filter((name) => name.startsWith('notes/'))) {
      const text = readCorpusFile(file);
      const service = await student({}, readme, text);
      for (const unsure of codesOf(service.diagnostics(readme), 'likely-module', 'unplaced-module')) {
        const fix = service.codeActions(readme, [unsure]).find((action) => action.title.startsWith('This is'));
        if (!fix) continue;
        const fixed = applied(text, fix.edit?.changes?.[readme] ?? []);
        assert.equal(fixed.split('\n').length, text.split('\n').length, `${file}:${unsure.range.start.line + 1}`);
        const after = await student({}, readme, fixed);
        const still = codesOf(after.diagnostics(readme), 'likely-module', 'unplaced-module').filter((diagnostic) => diagnostic.range.start.line === unsure.range.start.line);
        assert.deepEqual(still.map((diagnostic) => diagnostic.message), [], `${file}:${unsure.range.start.line + 1}: ${fix.title} -> ${fixed.split('\n')[unsure.range.start.line]}`);
        fixes++;
      }
    }
    assert.ok(fixes > 100, `${fixes} fixes applied`);
  });

  it('a link copied from another module is said on its line, not taken for a duplicate, and mended by the title\'s own link', async () => {
    const text = [...docker, '### [Lightboard VM vs containers](https://training.play-with-docker.com/ops-s1-swarm-intro/) (10 min)', 'Disk images of VMs hold a kernel.'].join('\n');
    const service = await student({}, readme, text);
    const diagnostics = service.diagnostics(readme);
    assert.deepEqual(codesOf(diagnostics, 'duplicate-module'), []);
    const [copied] = codesOf(diagnostics, 'copied-link');
    assert.equal(copied.range.start.line, 6);
    assert.match(String(copied.message), /is the page of "Lab: Swarm Mode Introduction", but its title names "Video: VMs Versus Containers"/);
    const [fix] = service.codeActions(readme, [copied]);
    assert.equal(applied(text, fix.edit?.changes?.[readme] ?? []).split('\n')[6], '### [Lightboard VM vs containers](https://www.youtube.com/watch?v=L1ie8negCjc) (10 min)');
  });

  it('a copied link whose text is wrapped over two lines is mended on the line its address stands on', async () => {
    const text = [...docker, '[Lightboard VM vs', 'containers](https://training.play-with-docker.com/ops-s1-swarm-intro/) (10 min)', '', 'Disk images of VMs hold a kernel.'].join('\n');
    const service = await student({}, readme, text);
    const [copied] = codesOf(service.diagnostics(readme), 'copied-link');
    assert.ok(copied, 'the copied link is said');
    const [fix] = service.codeActions(readme, [copied]);
    assert.equal(applied(text, fix?.edit?.changes?.[readme] ?? []).split('\n')[7], 'containers](https://www.youtube.com/watch?v=L1ie8negCjc) (10 min)');
  });

  it('a page of notes right under an area\'s heading, before any module, is said on the heading and listed, never placed by the area\'s name; an introduction is not', async () => {
    const hadoop = ['- Hadoop is a framework for distributed processing of large data sets across clusters of computers', '- HDFS stores copies of the data on different machines and resists hardware failure', '- The ecosystem: HBase, Sqoop, Flume, Spark, Pig, Impala, Hive and Oozie', '- Four steps: ingest, process, analyze and access the data', '- It scales both horizontally and vertically, and stores data to decide on later', '- Ordinary computers can be used for the processing, which keeps it economical', '- A distributed system takes less time to process data, but fails more often'];
    const text = ['# Notes', '', ...docker, '', '# Big Data and Machine Learning', '', ...hadoop, ''].join('\n');
    const service = await student({}, readme, text);
    const [lead] = codesOf(service.diagnostics(readme), 'unplaced-module');
    assert.equal(lead?.range.start.line, 9);
    assert.match(String(lead.message), /^The notes under "Big Data and Machine Learning" stand before any module, so they count for nothing/);
    const bigData = service.codeLenses(readme).find((lens) => lens.range.start.line === 9)?.command?.title;
    assert.match(bigData ?? '', /^Beginner 0\/2/, 'nothing counted by the area\'s name');
    // No link is written on an area's heading: a module's heading goes over the notes.
    const fixes = service.codeActions(readme, [lead]);
    assert.deepEqual(fixes.map((fix) => fix.title).sort(), ['Put these notes under a heading of "QwikLab: Analyze Big Data with Hadoop"', 'Put these notes under a heading of "Video: Hadoop Intro"']);
    const video = fixes.find((fix) => fix.title.includes('Video: Hadoop Intro'));
    const fixed = applied(text, video?.edit?.changes?.[readme] ?? []);
    assert.deepEqual(fixed.split('\n').slice(9, 11), ['# Big Data and Machine Learning', '## [Video: Hadoop Intro](https://www.youtube.com/watch?v=jKCj4BxGTi8&feature=youtu.be)']);
    const after = await student({}, readme, fixed);
    assert.deepEqual(codesOf(after.diagnostics(readme), 'unplaced-module', 'likely-module'), []);
    assert.match(after.codeLenses(readme).find((lens) => lens.range.start.line === 9)?.command?.title ?? '', /^Beginner 1\/2/);

    const intro = ['# Notes', '', ...docker, '', '# Big Data and Machine Learning', '', 'In this area I learned how clusters process big data, and why a cluster of machines beats one big machine.', ''].join('\n');
    assert.deepEqual(codesOf((await student({}, readme, intro)).diagnostics(readme), 'unplaced-module'), []);
  });

  it('notes kept in a page of the student\'s that the module links to: no "has no notes yet", and the module is done', async () => {
    const text = ['# Notes', '## Docker and Containers', '> Beginner Level', '1. [Why Docker](Docker/Basic.md) - 10 min', '2. [Lab: DevOps Docker Beginners Guide](https://training.play-with-docker.com/ops-s1-hello/) - 45 min'].join('\n');
    const files = { 'file:///workspace/Docker/Basic.md': '# Why Docker?\n\nContainers ship the runtime with the app.\n' };
    const service = await student(files, readme, text);
    const empty = codesOf(service.diagnostics(readme), 'empty-module');
    assert.deepEqual(empty.map((diagnostic) => diagnostic.range.start.line), [4], 'the lab has no notes; the linked page is Why Docker\'s');
    const lens = service.codeLenses(readme)[0]?.command?.title;
    assert.match(lens ?? '', /^Beginner 1\/2/);
  });

  it('a group of the course linked to the student\'s blog post: no "has no notes yet" on it, and its modules count', async () => {
    const text = ['# Notes', '## Docker and Containers', '- Beginner Level: [Intro to Docker](http://me.example/practice/intro-to-docker/)', '- Containers: [All About Containers](http://me.example/practice/containers/)'].join('\n');
    const service = await student({}, readme, text);
    assert.deepEqual(codesOf(service.diagnostics(readme), 'empty-module'), []);
    assert.match(service.codeLenses(readme)[0]?.command?.title ?? '', /^Beginner ✓ · Intermediate 5\/12/);
    const likely = codesOf(service.diagnostics(readme), 'likely-module');
    assert.deepEqual(likely.map((diagnostic) => diagnostic.range.start.line), [2, 3]);
    assert.match(String(likely[1].message), /^"Containers" is counted as the 5 modules of this group of the course \("Video: What are Containers\?", .*not read here/);
    assert.deepEqual(service.codeActions(readme, likely), [], 'no course page to link a group to');
  });

  it('notes kept in a page named after the module, not linked: no "has no notes yet", and the module is done', async () => {
    const text = ['# Notes', '## Docker and Containers', '> Why Docker', '', '> Lab: DevOps Docker Beginners Guide'].join('\n');
    const files = { 'file:///workspace/docker-and-containers/Why_Docker.md': '# Why Docker\n\nImages carry their dependencies with them.\n' };
    const service = await student(files, readme, text);
    assert.deepEqual(codesOf(service.diagnostics(readme), 'empty-module').map((diagnostic) => diagnostic.range.start.line), [4]);
    assert.match(service.codeLenses(readme)[0]?.command?.title ?? '', /^Beginner 1\/2/);
  });

  it('a ticked level the notes do not reach lists what is missing; an unticked one they reach gets a fix that ticks it', async () => {
    const text = [
      '## Check List',
      '##### Docker and Containers',
      '- [ ] Beginner Level',
      '- [x] Intermediate Level',
      '',
      '## Docker and Containers',
      '> Beginner Level',
      '### Video: Why Docker? (10 min)',
      'Ship the runtime.',
      '### Lab: DevOps Docker Beginners Guide (45 min)',
      'hello-world.',
    ].join('\n');
    const service = await student({}, readme, text);
    const claims = codesOf(service.diagnostics(readme), 'level-claim');
    assert.deepEqual(claims.map((claim) => claim.range.start.line), [2, 3]);
    assert.match(String(claims[1].message), /^Intermediate of Docker and Containers is ticked, but your notes do not show it yet: "Video: What are Containers\?"/);
    const [tick] = service.codeActions(readme, [claims[0]]);
    assert.equal(applied(text, tick.edit?.changes?.[readme] ?? []).split('\n')[2], '- [x] Beginner Level');
  });
  it('a level ticked by another name the course gives it is that level, and the levels ticked under it stay in their area', async () => {
    const text = [
      '## Docker and Containers',
      '- [x] Beginning Level',
      '- [x] Intermediate Level',
      '> Beginner Level',
      '### Video: Why Docker? (10 min)',
      'Ship the runtime.',
    ].join('\n');
    const service = await student({}, readme, text);
    const claims = codesOf(service.diagnostics(readme), 'level-claim');
    assert.deepEqual(claims.map((claim) => claim.range.start.line), [1, 2]);
    assert.match(String(claims[0].message), /^Beginner of Docker and Containers is ticked, but your notes do not show it yet: "Lab: DevOps Docker Beginners Guide"/);
  });

  it('levels ticked under an area written by another name the course gives it are checked in that area', async () => {
    // `## BigData` shares no word with "Big Data and Machine Learning": the claim went unchecked.
    const text = ['## BigData', '- [x] Intermediate Level', '> Beginner Level', '### Video: Hadoop Intro (10 min)', 'HDFS keeps three copies.'].join('\n');
    const service = await student({}, readme, text);
    const claims = codesOf(service.diagnostics(readme), 'level-claim');
    assert.deepEqual(claims.map((claim) => claim.range.start.line), [1]);
    assert.match(String(claims[0].message), /^Intermediate of Big Data and Machine Learning is ticked, but your notes do not show it yet/);
  });

  it('counts each clone in a TA\'s class folder as its own student, with all of their files, not the class as one', async () => {
    const [bob, carla] = ['file:///workspace/bob/README.md', 'file:///workspace/carla/README.md'];
    const why = ['## Docker and Containers', '> Beginner Level', '### Video: Why Docker? (10 min)', 'Ship the runtime.'];
    const files = {
      'file:///workspace/bob/.git': 'gitdir: ../.git/modules/bob\n',
      'file:///workspace/bob/round2.md': ['## Docker and Containers', '> Beginner Level', '### Lab: DevOps Docker Beginners Guide (45 min)', 'hello-world.'].join('\n'),
      'file:///workspace/carla/.git': 'gitdir: ../.git/modules/carla\n',
      [carla]: [...why, '### Lab: DevOps Docker Beginners Guide (45 min)', 'hello-world.', '### Lab: Docker Intro (30 min)', 'docker run alpine.'].join('\n'),
    };
    const service = await student(files, bob, why.join('\n'), true);
    const doneIn = async (uri: string) => (await service.outline(uri)).progress?.areas.find((area) => area.area === 'Docker and Containers')?.levels.map((level) => level.done);
    // Bob wrote two Beginner modules over two files; Carla those two and an Intermediate one: neither counts the other's.
    assert.deepEqual(await doneIn(bob), [2, 0]);
    assert.deepEqual(await doneIn(carla), [2, 1]);
    // Where git does not run (a browser's workspace), no `.git` is asked for: the folder is one student.
    const pooled = await student(files, bob, why.join('\n'));
    assert.deepEqual((await pooled.outline(bob)).progress?.areas.find((area) => area.area === 'Docker and Containers')?.levels.map((level) => level.done), [2, 1]);
  });

  it('a module the time log names that no notes are counted as is said on the log\'s line, listed as left with that line, and said no more once written', async () => {
    const log = ['# Notes', '## Time spent', '- Video: Why Docker? -- 10 min', '- Lab: DevOps Docker Beginners Guide -- 45 min', ''];
    const why = ['## Docker and Containers', '> Beginner Level', '### Video: Why Docker? (10 min)', 'Ship the runtime.'];
    const service = await student({}, readme, [...log, ...why].join('\n'));
    const logged = codesOf(service.diagnostics(readme), 'logged-without-notes');
    assert.deepEqual(logged.map((diagnostic) => [diagnostic.range.start.line, diagnostic.message]), [[3, 'Your time log names "Lab: DevOps Docker Beginners Guide", but no notes of yours are counted as it, so it does not count towards Docker and Containers: if you wrote its notes, put them under its title.']]);
    const docker = (await service.outline(readme)).progress?.areas.find((area) => area.area === 'Docker and Containers');
    const beginner = docker?.levels.find((level) => level.level === 'Beginner');
    assert.deepEqual(beginner?.left.map((left) => [left.title, left.logged]), [['Lab: DevOps Docker Beginners Guide', { uri: readme, range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, title: 'Lab: DevOps Docker Beginners Guide' }]]);
    assert.equal(docker?.unsure, '1 logged without notes');
    assert.deepEqual(docker?.logged, [{ title: 'Lab: DevOps Docker Beginners Guide', uri: readme, range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, catalog: ['Lab: DevOps Docker Beginners Guide'] }]);
    const hover = String((service.hover(readme, { line: 5, character: 5 })?.contents as { value: string }).value);
    assert.match(hover, /In your time log, with no notes counted as them:\n\n- «Lab: DevOps Docker Beginners Guide» \(line 4\)$/);
    // Its notes written, it is done: nothing left to say of the log.
    const written = await student({}, readme, [...log, ...why, '### Lab: DevOps Docker Beginners Guide (45 min)', 'hello-world.'].join('\n'));
    assert.deepEqual(codesOf(written.diagnostics(readme), 'logged-without-notes'), []);
    assert.equal((await written.outline(readme)).progress?.areas.find((area) => area.area === 'Docker and Containers')?.unsure, undefined);
  });

  it('a time log says only what was spent: a checklist\'s box left empty, a struck line, a plan or no time is no module done', async () => {
    const log = ['## Time spent', '- [ ] Lab: DevOps Docker Beginners Guide (45 min)', '- ~~Video: What are Containers? - 18 min~~', '- Lab: Docker Intro -- planned, ~30 min', '- Video: VMs Versus Containers -- 0 min', '- [x] Video: Why Docker? (10 min)', ''];
    const service = await student({}, readme, [...log, '## Docker and Containers', '> Beginner Level', '### Video: Why Docker? (10 min)', 'Ship the runtime.'].join('\n'));
    assert.deepEqual(codesOf(service.diagnostics(readme), 'logged-without-notes'), []);
  });

  it('a logged module is named as the log names it, once however many areas ask for it, and not where the notes write it with nothing under it', async () => {
    const log = ['## Time spent', '- AWS Tutorial: Analyze Big Data with Hadoop -- 1 h', '- QwikLab: Intro to S3 -- 30 min', '- Lab: DevOps Docker Beginners Guide -- 45 min', ''];
    const notes = ['## Docker and Containers', '> Beginner Level', '### Video: Why Docker? (10 min)', 'Ship the runtime.', '### Lab: DevOps Docker Beginners Guide (45 min)', ''];
    const service = await student({}, readme, [...log, ...notes].join('\n'));
    assert.deepEqual(
      codesOf(service.diagnostics(readme), 'logged-without-notes').map((diagnostic) => [diagnostic.range.start.line, diagnostic.message]),
      [
        [1, 'Your time log names "AWS Tutorial: Analyze Big Data with Hadoop", but no notes of yours are counted as it, so it does not count towards Big Data and Machine Learning: if you wrote its notes, put them under its title.'],
        [2, 'Your time log names "QwikLab: Intro to S3", but no notes of yours are counted as it, so it does not count towards Cloud Web Apps or Big Data and Machine Learning: if you wrote its notes, put them under its title.'],
      ],
    );
    assert.deepEqual(codesOf(service.diagnostics(readme), 'empty-module').map((diagnostic) => diagnostic.range.start.line), [9]);
  });

  it('a file read alone (the command line\'s check, a workspace not read) says a logged module has no notes in this file, not that the student has none', async () => {
    const text = ['## Time spent', '- Lab: DevOps Docker Beginners Guide -- 45 min', '', '## Docker and Containers', '> Beginner Level', '### Video: Why Docker? (10 min)', 'Ship the runtime.'].join('\n');
    const texts = new OpenTexts();
    const silent = (): void => {};
    const alone = createStudyNotesService({ workspace: memoryWorkspace({ [readme]: text, 'file:///workspace/docker.md': '### Lab: DevOps Docker Beginners Guide (45 min)\nhello-world.\n' }), logger: { info: silent, warn: silent, error: silent }, openDocuments: texts });
    texts.open(readme, text);
    assert.match(String(codesOf(alone.diagnostics(readme), 'logged-without-notes')[0]?.message), /but no module of this file is counted as it, so it does not count towards Docker and Containers here \(your other files are not read with it\)/);
  });

  it('a level ticked in a file read alone is said not shown by this file, not by the student\'s notes', async () => {
    const text = ['## Check List', '##### Docker and Containers', '- [x] Beginner Level', '', '## Docker and Containers', '> Beginner Level', '### Video: Why Docker? (10 min)', 'Ship the runtime.'].join('\n');
    const texts = new OpenTexts();
    const silent = (): void => {};
    const alone = createStudyNotesService({ workspace: memoryWorkspace({ [readme]: text }), logger: { info: silent, warn: silent, error: silent }, openDocuments: texts });
    texts.open(readme, text);
    assert.deepEqual(codesOf(alone.diagnostics(readme), 'level-claim').map((claim) => claim.message), ['Beginner of Docker and Containers is ticked, but this file does not show it (your other files are not read with it): "Lab: DevOps Docker Beginners Guide" has no notes here.']);
  });

  it('a file too large to read says only so: not that the levels its check list ticks are not shown', async () => {
    const text = ['## Docker and Containers', '- [x] Intermediate Level', 'x'.repeat(largestReadText)].join('\n');
    const service = await student({}, readme, text);
    assert.deepEqual(service.diagnostics(readme).map((diagnostic) => diagnostic.code), ['read-by-lines']);
  });

  it('a course module listed in two areas, timed in one: its line in the other needs no time of its own', async () => {
    const text = [
      '## Cloud Web Apps',
      '> Beginner Level',
      '* QwikLab: Intro to S3 (took 20 minutes)',
      '  * Made a bucket and uploaded a file.',
      '',
      '## Big Data and Machine Learning',
      '> Intermediate Level',
      '* QwikLab: Intro to S3 - already completed in Area 1',
      '* QwikLab: Intro to Amazon Redshift',
      '  * Loaded a users table from S3.',
    ].join('\n');
    const service = await student({}, readme, text);
    assert.deepEqual(codesOf(service.diagnostics(readme), 'missing-time').map((diagnostic) => diagnostic.range.start.line), [8]);
    // Every count of modules without an estimate says the same: the outline, the symbols, a hover on a time.
    const outline = await service.outline(readme);
    const inBigData = '1 module without estimate, 1 timed in another area';
    assert.deepEqual([outline.modulesWithoutEstimate, outline.summary, outline.areas[1].summary, outline.areas[1].levels[0].summary], [1, `20 min, ${inBigData}`, inBigData, inBigData]);
    assert.equal(outline.areas[1].levels[0].modules.length, 2, 'the line is a module of its level all the same');
    const symbols = await service.symbols(readme);
    assert.deepEqual(symbols.map((symbol) => symbol.detail), ['20 min', inBigData]);
    assert.deepEqual(symbols[1].children?.[0].children?.map((module) => module.detail), ['timed in another area', 'no time estimate']);
    const hover = service.hover(readme, { line: 2, character: 30 });
    assert.match(String((hover?.contents as { value: string }).value), new RegExp(`All notes: 20 min, ${inBigData}$`));
  });

  it('a module whose time is in the time log under the course\'s title: the warning names the log\'s line and the fix writes its time', async () => {
    const text = [
      '## Time spent',
      'Video: Why Docker? -- 50 min',
      'Lab: Swarm Mode Introduction -- 140min',
      '',
      '## Docker and Containers',
      '> Beginner Level',
      '### What is Docker and why we use it',
      'Containers start in seconds and ship the same everywhere.',
      '### Lab05: Swarm Mode Introduction for IT Pros',
      'Swarm mode joins docker engines into one cluster.',
      '### Docker Networking',
      'Bridge and overlay networks connect the containers.',
    ].join('\n');
    const service = await student({}, readme, text);
    const missing = codesOf(service.diagnostics(readme), 'missing-time');
    assert.deepEqual(missing.map((diagnostic) => diagnostic.range.start.line), [6, 8, 10]);
    assert.equal(missing[0].message, 'Module "What is Docker and why we use it" has no time estimate here; your time log gives "Video: Why Docker?" 50 min (line 2): write that time here too.');
    assert.deepEqual(missing[0].relatedInformation?.map((related) => related.location.range.start.line), [1]);
    assert.match(String(missing[1].message), /your time log gives "Lab: Swarm Mode Introduction" 2 h 20 min \(line 3\)/);
    // Nothing in the log is this one's: it is asked for as any module without a time.
    assert.match(String(missing[2].message), /has no time estimate: write how long it took/);
    const [fix] = service.codeActions(readme, [missing[0]]);
    assert.equal(fix.title, 'Add a time estimate: 50 min (from your time log)');
    assert.equal(applied(text, fix.edit?.changes?.[readme] ?? []).split('\n')[6], '### What is Docker and why we use it (time: 50 min)');
    const [courseFix] = service.codeActions(readme, [missing[2]]);
    assert.doesNotMatch(courseFix.title, /time log/);
  });
});
