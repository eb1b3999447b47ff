// A TA's summary says of every student what it could not read: no file and no student is dropped unsaid.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { buildCliOnce, runCli, tempTree } from '../support/studyNotesCli';

describe('summary never drops a student\'s files unsaid', function () {
  this.timeout(60_000);
  const trees: string[] = [];
  before(() => buildCliOnce());
  after(() => trees.forEach((tree) => rmSync(tree, { recursive: true, force: true })));
  const tree = (files: Record<string, string | { notes: 'alice' | 'bob' }>) => {
    const dir = tempTree(files);
    trees.push(dir);
    return dir;
  };

  it('lists the files of a student that are not read as notes on the student\'s row, in every format', () => {
    const dir = tree({ 'class/alice/README.md': { notes: 'alice' }, 'class/alice/empty.md': '', 'class/alice/draft.md': '# Draft\n\nA report about nothing the course teaches.\n', 'class/alice/notes/later.md': '\n\n' });
    const json = JSON.parse(runCli(['summary', 'class', '--format', 'json'], dir).stdout);
    assert.deepEqual(json.students[0].unread, ['draft.md', 'empty.md', 'notes/later.md']);
    assert.match(runCli(['summary', 'class'], dir).stdout, /^ {2}alice\s+not read as notes\s+draft\.md\n\s+not read as notes\s+empty\.md\n\s+not read as notes\s+notes\/later\.md$/m);
    assert.match(runCli(['summary', 'class', '--format', 'csv'], dir).stdout, /,3,,draft\.md; empty\.md; notes\/later\.md,\n/);
    assert.match(runCli(['summary', 'class', '--format', 'markdown'], dir).stdout, /^- not read as notes: draft\.md\n- not read as notes: empty\.md\n- not read as notes: notes\/later\.md$/m);
    assert.match(runCli(['summary', 'class', '--format', 'html'], dir).stdout, /<li><strong>not read as notes<\/strong>: draft\.md<\/li><li><strong>not read as notes<\/strong>: empty\.md<\/li><li><strong>not read as notes<\/strong>: notes\/later\.md<\/li>/);
  });

  it('says on a student\'s row that a .gitignore hides the whole student', () => {
    const dir = tree({ 'class/.gitignore': 'bob/\n', 'class/alice/README.md': { notes: 'alice' }, 'class/bob/README.md': { notes: 'bob' }, 'class/carol/.gitignore': '*.md\n', 'class/carol/README.md': { notes: 'bob' }, 'class/carol/notes/S3.md': '# S3\n\nBuckets.\n' });
    execFileSync('git', ['init', '-q', path.join(dir, 'class')]);
    const rows = JSON.parse(runCli(['summary', 'class', '--format', 'json'], dir).stdout).students as { student: string; problem?: string }[];
    assert.deepEqual(rows.map((row) => [row.student, row.problem]), [
      ['alice', undefined],
      ['bob', `the folder is hidden by ${path.join('class', '.gitignore')}; name its files to read them`],
      ['carol', `2 Markdown files hidden by ${path.join('class', 'carol', '.gitignore')}: notes/S3.md, README.md; name them to read them`],
    ]);
  });

  it('says of a student folder linked into the class that leads nowhere, or out of the folders named, that it was not read', () => {
    const dir = tree({ 'class/alice/README.md': { notes: 'alice' }, 'clones/bob/README.md': { notes: 'bob' } });
    symlinkSync(path.join(dir, 'clones/bob'), path.join(dir, 'class/bob'));
    symlinkSync(path.join(dir, 'clones/gone'), path.join(dir, 'class/carol'));
    // Links the walk passes by anyway are nothing to say.
    symlinkSync(path.join(dir, 'clones'), path.join(dir, 'class/node_modules'));
    symlinkSync(path.join(dir, 'clones'), path.join(dir, 'class/.venv'));
    symlinkSync(path.join(dir, 'clones/gone'), path.join(dir, 'class/.#README.md'));
    const run = runCli(['summary', '.', '--format', 'json'], path.join(dir, 'class'));
    assert.doesNotMatch(run.stderr, /node_modules|\.venv|\.#README/);
    assert.match(run.stderr, /^study-notes: bob: a symbolic link out of the folder named and the current folder, not followed: name the folder it leads to$/m);
    assert.match(run.stderr, /^study-notes: carol: a symbolic link to nothing \(/m);
    assert.equal(run.status, 2);
    assert.deepEqual((JSON.parse(runCli(['summary', 'class', '--format', 'json'], dir).stdout).students as { student: string }[]).map((row) => row.student), ['alice', 'bob']);
  });

  it('says of a bare clone in the class that it has no files to read, and how to read them', () => {
    const dir = tree({ 'class/alice/README.md': { notes: 'alice' } });
    execFileSync('git', ['init', '-q', '--bare', path.join(dir, 'class', 'bob.git')]);
    const rows = JSON.parse(runCli(['summary', 'class', '--format', 'json'], dir).stdout).students as { student: string; problem?: string }[];
    assert.equal(rows.find((row) => row.student === 'bob.git')?.problem, `a bare git repository, with no files to read: clone it (git clone ${path.join('class', 'bob.git')}) and summarise the clone`);
  });

  it('fails the run, naming the student, when git cannot read a student\'s history: files as they are now are no grade at a due date', () => {
    const dir = tree({ 'class/alice/README.md': { notes: 'alice' }, 'class/alice/.git': 'gitdir: /nowhere/at/all\n' });
    const run = runCli(['summary', 'class'], dir);
    assert.match(run.stderr, /^study-notes: class\/alice: git history not read \(.+\): graded on its files as they are now, not at the due dates$/m);
    assert.equal(run.status, 2);
  });

  it('says so when a .gitignore hides the whole folder named, instead of "no Markdown files"', () => {
    const dir = tree({ '.gitignore': 'class/\n', 'class/alice/README.md': { notes: 'alice' } });
    execFileSync('git', ['init', '-q', dir]);
    const run = runCli(['summary', 'class'], dir);
    assert.equal(run.status, 2);
    assert.equal(run.stderr, 'study-notes: class: no notes files found (the folder is hidden by .gitignore; name its files to read them)\n');
  });
  it('names a student folder named on the command line by the folder when its one Markdown file is notes of any name', () => {
    // `bob/notes.md` was a student called "notes".
    const dir = tree({ 'alice/README.md': { notes: 'alice' }, 'bob/notes.md': { notes: 'bob' } });
    const rows = JSON.parse(runCli(['summary', 'alice', 'bob', '--format', 'json'], dir).stdout).students as { student: string }[];
    assert.deepEqual(rows.map((row) => row.student), ['alice', 'bob']);
  });

  it('gives a row to a student of a one-file-per-student class whose file is not read as notes', () => {
    const dir = tree({ 'notes/alice.md': { notes: 'alice' }, 'notes/bob.md': '# Distributed Systems Practice\n\nA few questions about -it and -d.\n' });
    const rows = JSON.parse(runCli(['summary', 'notes', '--format', 'json'], dir).stdout).students as { student: string; problem?: string }[];
    assert.deepEqual(rows.map((row) => [row.student, row.problem]), [
      ['alice', undefined],
      ['bob', 'nothing read as notes in bob.md'],
    ]);
  });
  it('reads a student folder of pages named after their modules, with no notes file, as that student\'s notes', () => {
    const dir = tree({
      'class/alice/README.md': { notes: 'alice' },
      'class/kai/Why Docker.md': '# Why Docker\n\nContainers start in seconds and run the same on every machine.\n',
      'class/kai/DevOps Docker Beginners Guide.md': '# DevOps Docker Beginners Guide\n\nI ran alpine, listed containers with docker ps -a and removed them.\n',
      'class/lee/LICENSE.md': '# MIT License\n\nPermission is hereby granted, free of charge, to any person.\n',
    });
    const rows = JSON.parse(runCli(['summary', 'class', '--format', 'json'], dir).stdout).students as { student: string; problem?: string; progress: { area: string; reached: string | null }[] }[];
    const kai = rows.find((row) => row.student === 'kai');
    assert.equal(kai?.problem, 'no notes file: progress from 2 pages of notes');
    assert.equal(kai?.progress.find((area) => area.area === 'Docker and Containers')?.reached, 'Beginner');
    assert.equal(rows.find((row) => row.student === 'lee')?.problem, 'nothing read as notes in LICENSE.md');
    // Every format shows the pages as the student's files, and their progress: the rounds are kai's, not blank.
    assert.match(runCli(['summary', 'class'], dir).stdout, /^kai +2 pages +0 /m);
    assert.match(runCli(['summary', 'class', '--format', 'csv'], dir).stdout, /^kai,0,2,0,/m);
    assert.match(runCli(['summary', 'class', '--format', 'markdown'], dir).stdout, /^## kai: 2 pages of notes, no notes file\n\n\| Course area \| Reached \| Levels \|\n(.*\n){2}\| Docker and Containers \| Beginner \|/m);
    const kaiHtml = /<tr><td>kai<br>.*?<\/tr>/.exec(runCli(['summary', 'class', '--format', 'html'], dir).stdout)?.[0] ?? '';
    assert.match(kaiHtml, /<td class="unmet">not met<\/td><td class="unmet">not met<\/td>/);
  });
  it('reads a student\'s repository of pages alone, named, as that student; a folder of pages placing nothing is still no notes', () => {
    const dir = tree({
      'kai/README.md': '# Distributed Systems Practice\n',
      'kai/Why Docker.md': '# Why Docker\n\nContainers start in seconds and run the same on every machine.\n',
      'kai/Round2/DevOps Docker Beginners Guide.md': '# DevOps Docker Beginners Guide\n\nI ran alpine, listed containers with docker ps -a and removed them.\n',
      'lee/LICENSE.md': '# MIT License\n\nPermission is hereby granted, free of charge, to any person.\n',
    });
    const run = runCli(['summary', 'kai', '--format', 'json'], dir);
    assert.equal(run.status, 0, run.stderr);
    const rows = JSON.parse(run.stdout).students as { student: string; problem?: string; progress: { area: string; reached: string | null }[] }[];
    assert.deepEqual(rows.map((row) => [row.student, row.problem, row.progress.find((area) => area.area === 'Docker and Containers')?.reached]), [['kai', 'no notes file: progress from 2 pages of notes', 'Beginner']]);
    assert.match(runCli(['summary'], path.join(dir, 'kai')).stdout, /^kai\n {2}Progress of kai, from 2 pages of notes \(no notes file\):\n {2}Cloud Web Apps .*\n {2}Docker and Containers +Beginner /m);
    const none = runCli(['summary', 'lee'], dir);
    assert.equal(none.status, 2);
    assert.equal(none.stderr, 'study-notes: lee: no notes files found (no *.md that reads as course notes)\n');
    // A student's CI check of such a repository is no wrong path: it passes, and says why nothing was checked.
    const checked = runCli(['check', '--format', 'json'], path.join(dir, 'kai'));
    assert.equal(checked.status, 0, checked.stderr);
    assert.deepEqual(JSON.parse(checked.stdout).files, []);
    assert.equal(checked.stderr, 'study-notes: no notes file to check: 2 pages of notes, which "study-notes summary" reads for progress; a page has nothing to check\n');
    assert.equal(runCli(['check', 'lee'], dir).status, 2);
  });
  it('a class folder of students with pages alone stays a class: its README and LICENSE are no student, and a post of front matter alone is no notes', () => {
    const page = (title: string, text: string) => `# ${title}\n\n${text}\n`;
    const dir = tree({
      'class/README.md': '# Class of 2018\n\nEach student keeps their notes in a folder of their own.\n',
      'class/LICENSE.md': '# MIT License\n\nPermission is hereby granted, free of charge, to any person.\n',
      'class/ann/Why Docker.md': page('Why Docker', 'Containers start in seconds and run the same on every machine.'),
      'class/bo/Why Docker.md': page('Why Docker', 'A shift as big as the move to the cloud, the talk says.'),
      'class/cy/networking.md': '---\ntitle: Docker and Containers - Lab: Docker Networking\ndate: "2018-10-22T22:12:03.284Z"\nlayout: post\n---\n',
      'other/LICENSE.md': '# MIT License\n\nPermission is hereby granted, free of charge, to any person.\n',
    });
    const rows = JSON.parse(runCli(['summary', 'class', '--format', 'json'], dir).stdout).students as { student: string; problem?: string }[];
    assert.deepEqual(rows.map((row) => [row.student, row.problem]), [
      ['ann', 'no notes file: progress from 1 page of notes'],
      ['bo', 'no notes file: progress from 1 page of notes'],
      ['cy', 'nothing read as notes in networking.md'],
    ]);
    const other = runCli(['summary', 'class', 'other'], dir);
    assert.equal(other.status, 2);
    assert.equal(other.stderr, 'study-notes: other: no notes files found (no *.md that reads as course notes)\n');
  });
  it('reads a student\'s repository of a README and folders of pages (`Cloud/S3.md`) as one student, not a class of folders', () => {
    const dir = tree({
      'gx/README.md': { notes: 'alice' },
      'gx/Cloud/Launch a VM.md': '# Launch a VM\n\nI launched a t2.micro with Amazon Linux and connected over ssh.\n',
      'gx/Cloud/Intro to S3.md': '# Intro to S3\n\nBuckets, objects, and a bucket policy making one file public.\n',
      'gx/notes/draft.md': '# Draft\n\nA report about nothing the course teaches.\n',
    });
    for (const [args, cwd] of [[['summary', '--format', 'json'], path.join(dir, 'gx')], [['summary', 'gx', '--format', 'json'], dir]] as const) {
      const rows = JSON.parse(runCli([...args], cwd).stdout).students as { student: string; files: number; pages?: number; unread: string[]; progress: { area: string; reached: string | null }[] }[];
      assert.deepEqual(rows.map((row) => [row.student, row.files, row.pages, row.unread]), [['gx', 1, 3, ['notes/draft.md']]], args.join(' '));
      assert.equal(rows[0].progress.find((area) => area.area === 'Cloud Web Apps')?.reached, 'Beginner', 'the pages count for the README\'s student');
    }
    // Notes files lying side by side in a student's clone are one student's: GuanYuankai's rounds, xiaokunyin's areas beside a README.
    const rounds = tree({ 'gy/Round 1 Note.md': { notes: 'alice' }, 'gy/Round2 note.md': { notes: 'bob' } });
    execFileSync('git', ['init', '-q', path.join(rounds, 'gy')]);
    const areas = tree({ 'xk/README.md': { notes: 'bob' }, 'xk/Docker and Containers.md': { notes: 'alice' } });
    for (const [folder, cwd] of [['gy', rounds], ['xk', areas]]) {
      const run = runCli(['summary', '--format', 'json'], path.join(cwd, folder));
      const rows = JSON.parse(run.stdout).students as { student: string; files: number }[];
      assert.deepEqual(rows.map((row) => [row.student, row.files]), [[folder, 2]], folder);
      // A class of one file per student kept in a repository reads so too: the run says what it did, and how to read it otherwise.
      assert.equal(run.stderr, "study-notes: .: read as one student's notes, its 2 notes files together; to read a class of one file per student, name its files (study-notes summary *.md)\n");
    }
  });
  it('keeps a class a class: its students\' folders each hold notes or pages, its README is the course\'s template or a TA\'s, in a repository or not', () => {
    const template = '# Distributed Systems Practice\nNotes from learning about distributed systems in [GW CS 6421](https://gwdistsys18.github.io/)\n\n## Area 1\n> Include notes here about each of the links\n';
    const page = '# Intro to S3\n\nBuckets, objects, and a bucket policy making one file public.\n';
    const folders = tree({ 'class/README.md': template, 'class/alice/README.md': { notes: 'alice' }, 'class/bob/README.md': { notes: 'bob' }, 'class/bob/Cloud/Intro to S3.md': page });
    execFileSync('git', ['init', '-q', path.join(folders, 'class')]);
    const pages = tree({ 'class/README.md': template, 'class/ann/Intro to S3.md': page, 'class/bo/Cloud/Intro to S3.md': page });
    execFileSync('git', ['init', '-q', path.join(pages, 'class')]);
    const files = tree({ 'class/README.md': template, 'class/alice.md': { notes: 'alice' }, 'class/bob.md': { notes: 'bob' } });
    for (const [dir, expected] of [[folders, ['alice', 'bob', 'class']], [pages, ['ann', 'bo', 'class']], [files, ['alice', 'bob', 'class']]] as const) {
      const run = runCli(['summary', 'class', '--format', 'json'], dir);
      assert.deepEqual((JSON.parse(run.stdout).students as { student: string }[]).map((row) => row.student), expected);
      assert.equal(run.stderr, '');
    }
    // A class of one page per student lying side by side reads as one student's pages: said, with how to read it as a class.
    const onePage = tree({ 'class/ann.md': page, 'class/bo.md': '# Why Docker\n\nContainers start in seconds and run the same on every machine.\n' });
    assert.equal(runCli(['summary', 'class'], onePage).stderr, "study-notes: class: read as one student's notes, its 2 pages together; to read a class of one file per student, name its files (study-notes summary class/*.md)\n");
  });
  it('counts a copy of a student\'s file once, and says so on the row', () => {
    const dir = tree({ 'class/alice/README.md': { notes: 'alice' }, 'class/bob/README.md': { notes: 'alice' }, 'class/bob/README (1).md': { notes: 'alice' } });
    const rows = JSON.parse(runCli(['summary', 'class', '--format', 'json'], dir).stdout).students as { student: string; files: number; modules: number; minutes: { min: number }; problem?: string }[];
    const [alice, bob] = rows;
    assert.deepEqual([bob.files, bob.modules, bob.minutes.min], [2, alice.modules, alice.minutes.min]);
    assert.equal(bob.problem, 'README (1).md is a copy of README.md: counted once');
    assert.equal(alice.problem, undefined, 'the same text in another student\'s folder is no copy of theirs');
  });
  it('says of two students of one name, from two folders named together, that they are read as one', () => {
    const dir = tree({ 'section1/ann/README.md': { notes: 'alice' }, 'section1/bo/README.md': { notes: 'bob' }, 'section2/ann/README.md': { notes: 'bob' } });
    const run = runCli(['summary', 'section1', 'section2', '--format', 'json'], dir);
    const problem = `${path.join('section1', 'ann')} and ${path.join('section2', 'ann')} have one name: read as one student; summarise each on its own`;
    assert.equal(run.stderr, `study-notes: ann: ${problem}\n`);
    const rows = JSON.parse(run.stdout).students as { student: string; problem?: string }[];
    assert.deepEqual(rows.map((row) => [row.student, row.problem]), [['ann', problem], ['bo', undefined]]);
    assert.equal(runCli(['summary', 'section1'], dir).stderr, '', 'one class folder: no name is shared');
    const aside = tree({ 's1/ann/README.md': { notes: 'alice' }, 's1/ann.md': '', 's1/LICENSE.md': 'MIT License\n\nCopyright the class.\n', 's2/bo/README.md': { notes: 'bob' }, 's2/LICENSE.md': 'MIT License\n\nCopyright the class.\n' });
    const apart = runCli(['summary', 's1', 's2', '--format', 'json'], aside);
    assert.equal(apart.stderr, '', 'files beside the students, of one name in each class folder, join no student');
    assert.deepEqual((JSON.parse(apart.stdout).students as { problem?: string }[]).map((row) => row.problem), [undefined, undefined]);
  });
  it('says under each file of a student with several that the levels shown are the student\'s, from all their files', () => {
    const dir = tree({ 'class/alice/README.md': { notes: 'alice' }, 'class/alice/Round2.md': { notes: 'bob' }, 'class/bob/README.md': { notes: 'bob' } });
    const text = runCli(['summary', 'class'], dir).stdout;
    assert.equal(text.match(/^ {2}Progress of alice, from all their files:$/gm)?.length, 2);
    assert.doesNotMatch(text, /Progress of bob/);
  });
});
