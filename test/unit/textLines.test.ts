import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { bundledCourse } from '../../server/src/catalog/bundledCourse';
import { dockerDiagnostics } from '../../server/src/docker/dockerDiagnostics';
import { parseNotes } from '../../server/src/notes/parse';
import type { NotesModel } from '../../server/src/notes/types';
import { readNotesFromLines } from '../../server/src/notes/textLines';
import { analyseNotes, rememberingLookups } from '../../server/src/document/notesDocument';
import { WorkspaceIndex } from '../../server/src/service/workspaceIndex';
import { defaultSettings } from '../../server/src/document/settings';
import { corpusAvailable, corpusNotesFiles, readCorpusFile } from '../support/corpus';

const root = path.resolve(__dirname, '../..');
const catalog = rememberingLookups(bundledCourse.catalog);

function moduleKeys(model: NotesModel): string[] {
  return model.modules.map((module) => `${module.titleRange.start.line}:${module.title}`);
}

describe('text line source: unopened files read from their lines, for the workspace index', function () {
  this.timeout(120000);

  it('reads the fixtures as the full model does: areas, modules, estimates and detection', () => {
    const files = [...readdirSync(path.join(root, 'test/fixtures/notes')).map((name) => path.join(root, 'test/fixtures/notes', name)), path.join(root, 'examples/notes/README.md')];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const model = parseNotes(text, { catalog });
      const byLines = readNotesFromLines(text, { catalog });
      assert.deepEqual(byLines.areas.map((area) => area.heading), model.areas.map((area) => area.heading), file);
      assert.deepEqual(moduleKeys(byLines), moduleKeys(model), file);
      assert.deepEqual(byLines.modules.map((module) => module.estimate?.text), model.modules.map((module) => module.estimate?.text), file);
      assert.equal(byLines.detection.isNotes, model.detection.isNotes, file);
    }
  });

  it('leaves a module listed right under one without a time its own time, as the full model does', () => {
    const text = '## Area 2: Big Data\n* QwikLab: Intro to S3 - already done in Area 1\n* QwikLab: Intro to Amazon Redshift (took ~20 minutes)\n  * a data warehouse\n';
    const times = (model: NotesModel) => model.modules.map((module) => [module.title, module.estimate?.text, module.range.end.line]);
    assert.deepEqual(times(readNotesFromLines(text, { catalog })), [
      ['QwikLab: Intro to S3', undefined, 1],
      ['QwikLab: Intro to Amazon Redshift', '(took ~20 minutes)', 3],
    ]);
    assert.deepEqual(times(readNotesFromLines(text, { catalog })), times(parseNotes(text, { catalog })));
  });

  it('reads a level or template text that emphasis splits, as the full model does (the reader looks for their words in the text without markup)', () => {
    const text = '## Area 1: Docker and Containers\n\nIntro.\nBe*ginner* Level\n\n[Lab: Docker Intro](https://x.example/l) (time: 30 min)\nNot*es* go here\n';
    for (const model of [readNotesFromLines(text, { catalog }), parseNotes(text, { catalog })]) {
      assert.deepEqual(model.levels.map((level) => level.name), ['Beginner']);
      assert.equal(model.modules[0].level, 'Beginner');
      assert.equal(model.modules[0].hasNotes, false, 'the template text is no notes');
    }
  });


  it('reads a link whose text is wrapped over two lines as one opener, as remark does (notes wrapped at a fixed width)', () => {
    const text = [
      '## Cloud Web Apps',
      '',
      '[AWS Tutorial: Deploy a Scalable Node.js Web',
      'App](https://aws.amazon.com/getting-started/projects/deploy-nodejs-web-app/) (45 min)',
      '',
      'Elastic Beanstalk runs the app behind a load balancer. [not a link',
      '',
      'over a blank line](https://x.example/)',
      '',
      '- [Lab: Docker',
      '  Intro](https://training.play-with-docker.com/beginner-linux/) 30 min',
      '  - images and containers',
      '',
      '- [QwikLab: Intro to',
      '  S3](https://awseducate.qwiklabs.com/focuses/30) 20 min',
    ].join('\n');
    const openers = (model: NotesModel) => model.modules.map((module) => [module.title, module.url, module.estimate?.text, module.openerRange.start.line, module.hasNotes]);
    const byLines = openers(readNotesFromLines(text, { catalog }));
    assert.deepEqual(byLines, [
      ['AWS Tutorial: Deploy a Scalable Node.js Web App', 'https://aws.amazon.com/getting-started/projects/deploy-nodejs-web-app/', '(45 min)', 2, true],
      ['Lab: Docker Intro', 'https://training.play-with-docker.com/beginner-linux/', '30 min', 9, true],
      ['QwikLab: Intro to S3', 'https://awseducate.qwiklabs.com/focuses/30', '20 min', 13, false],
    ]);
    assert.deepEqual(byLines, openers(parseNotes(text, { catalog })));
  });
  it('gives workspace symbols with the model of an open document', () => {
    const text = readFileSync(path.join(root, 'test/fixtures/notes/link-paragraphs.md'), 'utf8');
    const index = new WorkspaceIndex();
    index.update(analyseNotes('file:///notes.md', 0, text, bundledCourse.catalog, readNotesFromLines), defaultSettings);
    assert.ok(index.query('').length > 0);
  });

  it('reads a time log written as a table alike in both line sources: its rows are logged times, and lend a module without a time its own', () => {
    const text = ['# Notes', '', '## Time spent', '', '| Module | Time |', '| --- | --- |', '| Video: Why Docker? | 10 min |', '  | Lab: DevOps Docker Beginners Guide | 45 min |', '', '## Docker and Containers', '', '### Video: Why Docker?', '', 'Ship the runtime.', ''].join('\n');
    for (const read of [parseNotes, readNotesFromLines]) {
      const model = read(text, { catalog });
      assert.deepEqual(model.loggedTimes.map((logged) => [logged.range.start, logged.title, logged.estimate.minutes.min]), [[{ line: 6, character: 0 }, 'Video: Why Docker?', 10], [{ line: 7, character: 2 }, 'Lab: DevOps Docker Beginners Guide', 45]], read.name);
      assert.deepEqual(model.modules.map((module) => [module.title, module.estimate?.kind === 'minutes' && module.estimate.minutes.min]), [['Video: Why Docker?', 10]], read.name);
    }
  });

  it('reads a time log\'s table of more columns alike in both line sources: a date, the module, its time, notes; a column of check marks', () => {
    const rows = ['| Date | Module | Time | Notes |', '| --- | --- | --- | --- |', '| 2018-10-02 | Video: Why Docker? | 10 min | fast |', '| Oct 3 | [x] | Lab: DevOps Docker Beginners Guide | 45 min |', '| **Total** | | 55 min | |'];
    const text = ['# Notes', '', '## Time spent', '', ...rows, '', '## Docker and Containers', '', '### Video: Why Docker?', '', 'Ship the runtime.', ''].join('\n');
    for (const read of [parseNotes, readNotesFromLines]) {
      const model = read(text, { catalog });
      assert.deepEqual(model.loggedTimes.slice(0, 2).map((logged) => [logged.range.start.line, logged.title, logged.estimate.minutes.min]), [[6, 'Video: Why Docker?', 10], [7, 'Lab: DevOps Docker Beginners Guide', 45]], read.name);
      const [why] = model.modules;
      assert.deepEqual([why.title, why.estimate?.kind === 'minutes' && why.estimate.minutes.min, why.estimate && text.split('\n')[why.estimate.range.start.line].slice(why.estimate.range.start.character, why.estimate.range.end.character)], ['Video: Why Docker?', 10, '10 min'], read.name);
    }
  });

  it('reads a wrapped link in a quote, in bold, after a lead-in and over three lines as one opener in both line sources', () => {
    const url = 'https://aws.amazon.com/getting-started/projects/deploy-nodejs-web-app/';
    const shapes = [
      ['> [AWS Tutorial: Deploy a Scalable Node.js Web', `> App](${url}) (45 min)`, '', 'notes here'],
      ['**[AWS Tutorial: Deploy a Scalable Node.js Web', `App](${url})** (45 min)`, '', 'notes here'],
      ['AWS Tutorial: [Deploy a', 'Scalable Node.js Web', `App](${url}) (45 min)`, 'notes here'],
    ];
    for (const shape of shapes) {
      const text = ['## Cloud Web Apps', '', ...shape, ''].join('\n');
      const openers = (model: NotesModel) => model.modules.map((module) => [module.title, module.estimate?.text, module.hasNotes]);
      assert.deepEqual(openers(readNotesFromLines(text, { catalog })), [['AWS Tutorial: Deploy a Scalable Node.js Web App', '(45 min)', true]], shape[0]);
      assert.deepEqual(openers(parseNotes(text, { catalog })), openers(readNotesFromLines(text, { catalog })), shape[0]);
    }
  });

  it('reads a link definition (`[why]: https://…`) as notes, as remark does, not as a module', () => {
    const text = ['## Docker and Containers', '', '[Video: Why Docker?][why] (time: 10 min)', '', '[why]: <https://www.youtube.com/watch?v=RYDHUTHLf8U> "The video"', '', 'notes', ''].join('\n');
    const openers = (model: NotesModel) => model.modules.map((module) => [module.title, module.estimate?.text, module.hasNotes]);
    assert.deepEqual(openers(readNotesFromLines(text, { catalog })), [['[Video: Why Docker?][why]', '(time: 10 min)', true]]);
    assert.deepEqual(openers(parseNotes(text, { catalog })), openers(readNotesFromLines(text, { catalog })));
  });

  it('starts an HTML block where remark does, its tag name in any case: `<DIV>` holds the item under it, `<Preach> notes` is a paragraph', () => {
    const text = ['## Docker and Containers', '', '- Lab: Docker Intro - 30 min', '', '<DIV>', '- Lab: Docker Networking - 40 min', '</DIV>', '', '<Preach> notes', '- Lab: Docker Swarm - 40 min', ''].join('\n');
    const titles = (model: NotesModel) => model.modules.map((module) => module.title);
    assert.deepEqual(titles(readNotesFromLines(text, { catalog })), ['Lab: Docker Intro', 'Lab: Docker Swarm']);
    assert.deepEqual(titles(parseNotes(text, { catalog })), titles(readNotesFromLines(text, { catalog })));
  });

  const area = '## Area 1: Docker and Containers\n\n- [Lab: Docker Intro](https://x.example/l) (30 min)\n\n';
  const module = '- [Lab: Intro to S3](https://x.example/s3) (20 min)';
  const first = ['2:Lab: Docker Intro'];
  const shown = (model: NotesModel) => ({ areas: model.areas.map((area) => area.heading), modules: moduleKeys(model), times: model.modules.map((module) => module.estimate?.text) });
  /** What the line source reads of `text` is what remark reads; its modules are `modules`. */
  const readAlike = (text: string, modules: string[]) => {
    const byLines = shown(readNotesFromLines(text, { catalog }));
    assert.deepEqual(byLines.modules, modules, text);
    assert.deepEqual(byLines, shown(parseNotes(text, { catalog })), text);
  };

  describe('ends a block of HTML where remark does', () => {

    it('`<pre>`, `<script>`, `<style>`, `<textarea>`, `<?`, `<!DOCTYPE`, CDATA and comments at their closing, blank lines and all, after a blank line or in a paragraph', () => {
      const swallowed = `\n## Area 2: Big Data\n\n${module}\n`;
      const blocks = [`<pre>\noutput${swallowed}</pre>`, `<script type="module">${swallowed}</SCRIPT>`, `<TEXTAREA>${swallowed}</textarea>`, `<pre\tclass="x">${swallowed}</style>`, `<style>${swallowed}`, `<?php${swallowed}?>`, `<!DOCTYPE${swallowed}>`, `<![CDATA[${swallowed}]]>`, `<!--${swallowed}-->`];
      for (const block of blocks) {
        readAlike(`${area}${block}\n\n## Area 3: Cloud Web Apps\n`, first);
        readAlike(`${area}Some text\n${block}\n\n## Area 3: Cloud Web Apps\n`, first);
      }
    });

    it('a block closed on its first line there (`<!-->`, `<?>`), and no block that runs on where there is none (`<pre/>`, `</pre>`, `<pre\u00a0x>`)', () => {
      for (const line of ['<pre>output</pre>', '<!-->', '<!--->\n', '<?>\n', '<?php echo 1 ?>', '<pre/>\n', '</pre>\n', '<pre\u00a0class>\n', '<details>\n']) {
        const text = `${area}${line}\n## Area 2: Big Data\n`;
        assert.deepEqual(shown(readNotesFromLines(text, { catalog })).areas, ['Area 1: Docker and Containers', 'Area 2: Big Data'], line);
        readAlike(text, first);
      }
    });

    it('a block a blank line ends at the blank line, the tag names remark\'s (`<option>` interrupts a paragraph), and a line of `>` alone in it', () => {
      readAlike(`${area}Some text\n<option>\n## Area 2: Big Data\n`, first);
      readAlike(`${area}Some text\n<details>\n${module}\n>\n${module}\n`, first);
    });

    it('in a list item: at the end of the item; an item that starts with HTML has no paragraph for a lazy line, and is no module', () => {
      readAlike(`${area}- Beginner\n\n  <pre>\n\n${module}\n\n## Area 2: Big Data\n`, [...first, '8:Lab: Intro to S3']);
      readAlike(`${area}- Beginner\n  <div>\n${module}\n`, [...first, '6:Lab: Intro to S3']);
      readAlike(`${area}- <pre>\n</pre>\n## Area 2: Big Data\n`, first);
      readAlike(`${area}- <span>\n${module.slice(2)}\n`, [...first, '5:Lab: Intro to S3']);
      // Its first block HTML, an item has no line to be a module by.
      readAlike(`${area}- <?php\n\n${module}\n`, [...first, '6:Lab: Intro to S3']);
    });

    it('a tag alone where a line would go on lazily starts a block, as micromark reads it: in the item or quote, to its end', () => {
      const image = '<img src="cluster.png">';
      // The class's history has this shape: the second tag stands at the margin, and its block runs on over the next item.
      readAlike(`${area}- Beginner\n  - Build the cluster\n ${image}\n ${image}\n  ${module}\n`, first);
      readAlike(`${area}- Beginner\n${image}\n${module}\n`, [...first, '6:Lab: Intro to S3']);
      readAlike(`${area}- Beginner\n\n  Some text\n${image}\n  ${module}\n`, first);
      readAlike(`${area}> Some notes\n${image}\n> ${module.slice(2)}\n\n${module}\n`, [...first, '8:Lab: Intro to S3']);
      // Inside the item, or where no paragraph goes on, the tag goes on with the text.
      readAlike(`${area}- Beginner\n  ${image}\n  ${module}\n`, [...first, '6:Lab: Intro to S3']);
      readAlike(`${area}> <pre>\n>\n> ${module.slice(2)}\n> </pre>\n>\n> ${module.slice(2)}\n`, [...first, '9:Lab: Intro to S3']);
      // Once a rule or a heading ends the item's text, a tag alone starts a block again.
      readAlike(`${area}- Beginner\n  ***\n  ${image}\n  ${module}\n`, first);
      // A quote's item holds the tag under it; the quote's next line leaves the item.
      readAlike(`${area}> - Some notes\n> ${image}\n> ${module.slice(2)}\n`, [...first, '6:Lab: Intro to S3']);
      // An item that opens with HTML holds it over its lines: a tag at the margin below starts a block that takes the heading.
      readAlike(`${area}- <pre>\n  notes here\n<textarea/>\n## Area 2: Big Data\n`, first);
      // A block of HTML takes no lazy line: a line at the margin under one in an item's notes leaves the item.
      readAlike(`${area}- Some notes on Docker\n\n  ${image}\n${module.slice(2)}\n`, [...first, '4:Some notes on Docker', '7:Lab: Intro to S3']);
    });

    it('a tag alone is a tag by HTML\'s grammar: `<Week 2>`, `</x y>` and `<see https://…>` are text', () => {
      for (const text of ['<Week 2>', '</x y>', '<see https://x.example>', '<img src=img/docker.png>']) {
        readAlike(`${area}> ${text}\n> ${module.slice(2)}\n`, [...first, '5:Lab: Intro to S3']);
        readAlike(`${area}- Beginner\n${text}\n  ${module}\n`, [...first, '6:Lab: Intro to S3']);
      }
    });
  });

  describe('reads quotes, rules and setext headings as remark does', () => {
    it('a quoted item\'s text goes on over the lines under it, in the quote or lazily, and ends at a blank line or a block of HTML', () => {
      readAlike(`${area}> - Some notes\n> ${module.slice(2)}\n`, first);
      readAlike(`${area}> - Some notes\n${module.slice(2)}\n`, first);
      readAlike(`${area}> - Some notes\n> -${module.slice(2)}\n`, first);
      readAlike(`${area}> - Some notes\n>\n> ${module.slice(2)}\n`, [...first, '6:Lab: Intro to S3']);
      readAlike(`${area}> - Some notes\n>\n>   ${module.slice(2)}\n`, first);
    });

    it('indented code in a quote is notes, not a module, and its code is code', () => {
      const text = `${area}>     ${module.slice(2)}\n>\n>     docker ps\n> ${module.slice(2)}\n`;
      readAlike(text, [...first, '7:Lab: Intro to S3']);
      const code = (model: NotesModel) => model.code.map((span) => span.lines.map((line) => line.text));
      assert.deepEqual(code(readNotesFromLines(text, { catalog })), [[module.slice(2), '', 'docker ps']]);
      assert.deepEqual(code(readNotesFromLines(text, { catalog })), code(parseNotes(text, { catalog })));
    });

    it('`---` right under an item\'s text, not indented into it, is a rule that ends the list, not a heading\'s underline', () => {
      readAlike(`${area}- Some notes\n---\n${module.slice(2)}\n`, [...first, '4:Some notes', '6:Lab: Intro to S3']);
      readAlike(`${area}> Some notes\n---\n${module.slice(2)}\n`, [...first, '6:Lab: Intro to S3']);
    });

    it('a setext heading\'s underline ends its paragraph: a list may start under it', () => {
      for (const underline of ['===', '---']) {
        const text = `${area}### Beginner\n1. Lab: Docker Swarm - 10 min\n\nSome text\n${underline}\n2. Reduce complexity\n3. Opensource, large communities\n`;
        readAlike(text, [...first, '5:Lab: Docker Swarm', '9:Reduce complexity', '10:Opensource, large communities']);
      }
    });

    it('a heading in a quote is a heading: an area, a level, or a module\'s', () => {
      readAlike(`${area}> ## Area 2: Big Data\n\n${module}\n`, [...first, '6:Lab: Intro to S3']);
      assert.deepEqual(shown(readNotesFromLines(`> ## Area 2: Big Data\n\n${module}\n`, { catalog })).areas, ['Area 2: Big Data']);
    });

    it('looks for the time under a module a block at a time, an item of notes one block however many lines it has', () => {
      const text = `${area}### [Lab: Intro to S3](https://x.example/s3)\n* Some notes\n1.5.2 more notes\n![Image](images/6.png)\n\nTime spent: 40 min\n - a\n - b\n - c\n`;
      readAlike(text, [...first, '4:Lab: Intro to S3']);
      assert.deepEqual(shown(readNotesFromLines(text, { catalog })).times, ['(30 min)', 'Time spent: 40 min']);
    });

    it('an item that leads with a link into the page is a contents entry; a link into the page on a line under its text is not', () => {
      const notes = (model: NotesModel) => model.modules.map((module) => module.hasNotes);
      const text = `${area}### [Lab: Intro to S3](https://x.example/s3) (20 min)\n - VMs\n[Back to Menu](#menu)\n`;
      assert.deepEqual(notes(readNotesFromLines(text, { catalog })), [false, true]);
      assert.deepEqual(notes(parseNotes(text, { catalog })), [false, true]);
    });
  });

  it('reads alike the shapes two reviews of the quoted items, the time\'s look-ahead and contents entries found', () => {
    const s3 = '[Lab: Intro to S3](https://x.example/s3)';
    const timed = `${s3} (20 min)`;
    const level = '### Beginner\n';
    const underModule = (notes: string) => `${level}- ${s3}\n\n${notes}\n\n  x\n  y\n  z\n`;
    const read = (model: NotesModel) => ({ modules: model.modules.map((module) => [module.openerRange.start.line, module.title, module.estimate?.text, module.hasNotes]), contents: model.tablesOfContents });
    const texts = [
      // A fence, code four columns in, or a blank line ends a quoted item's text; `> 2.` under the quote's text opens no item.
      `${level}> - item\n>   \`\`\`\n>   code\n>   \`\`\`\n> ${timed}\n`,
      `${level}> - item\n> \`\`\`\n> code\n> \`\`\`\n${timed}\n`,
      `${level}> Steps:\n>\n>     - foo\n> ${timed}\n`,
      `${level}>     - foo\n> ${timed}\n`,
      `${level}\n> - item\n>       more\n> ${timed}\n`,
      `${level}\n> - item\n          more\n> ${timed}\n`,
      `${level}> - item\n<span>\n> ${timed}\n`,
      `${level}\n> foo\n> 2. bar\n> ${timed}\n`,
      `${level}${s3}\n> - a\n>   Time: 20 min\n>\n>   x\n>   y\n>   z\n`,
      // A setext heading, a rule, a quote, a link's definition or a comment under notes text is a block of its own, whose first line may be the time.
      underModule('  Summary\n  -------\n  Time: 20 min'),
      underModule('  Summary\n  ===\n  Time: 20 min'),
      underModule('  Summary\n  ***\n  Time: 20 min'),
      underModule('  note\n  > Time: 20 min'),
      underModule('  [x]: https://a.example\n  Time: 20 min'),
      `${level}- ${s3}\n\n  note\n  <!-- Time: 20 min -->\n`,
      // A block of HTML's and a quote's lines go on with their block; a lazy `===` under a sub-item underlines nothing.
      underModule('  <!--\n  Time: 20 min\n  -->'),
      underModule('  > a\n  > b\n  > c\n\n  Time: 20 min'),
      underModule('  - sub\n  ===\n  Time: 20 min'),
      // A quoted list ends at a marker of another kind, and at a fence at the quote's margin.
      `${level}${s3}\n\n> - Note\n> 1. step\n>\n> more\n>\n> Time: 20 min\n\nx\ny\nz\n`,
      `${level}${s3}\n\n> - a\n> \`\`\`\n> x\n> \`\`\`\n> - b\n>\n> Time: 20 min\n\nx\ny\nz\n`,
            // A contents entry leads with a link, in emphasis or wrapped over lines too; an image is none.
      `${level}${timed}\n\n- **[Docker](#docker)**\n- **[K8s](#k8s)**\n`,
      `${level}${timed}\n\n- ![x](#a)\n`,
      `${level}${timed}\n\n- [Docker\n  Intro](#docker)\n- [K8s](#k8s)\n`,
      `${level}${timed}\n\n- [Docker \n  Intro](#docker)\n- [K8s](#k8s)\n`,
    ];
    for (const text of texts) assert.deepEqual(read(readNotesFromLines(text, { catalog })), read(parseNotes(text, { catalog })), text);
  });

  it('reads list indentation as CommonMark does: each item its own content column, a marker four columns past it no item', () => {
    const shapes: [string, string[], [string, boolean][]][] = [
      // ` 12. ` has its content at column 5: a tab (column 4) under it is no item of it but its paragraph going on.
      ['a tab under ` 12. `', ['11. Lab: Docker Intro - 30 min', '', ' 12. Lab: Docker Networking - 40 min', '\t- bridge and overlay networks, and how containers find each other'], [['Lab: Docker Intro', false], ['Lab: Docker Networking', true]]],
      // After a heading, a tab-indented list is code to CommonMark (and on GitHub): no modules.
      ['a tab-indented list after a heading', ['### Beginner', '\t1. Why Docker', '\t\t-This video discussed the trend of containers'], []],
      // Under `- Beginner` (content at column 2), a marker at column 6 is code in the item, not a module.
      ['a marker four columns into a level item', ['- Beginner', '', '      - Lab: Docker Intro - 30 min'], []],
      // `\t-` stands outside ` 12. ` and at the margin is four columns in: no item, but the nested item's paragraph going on.
      ['a tab marker under a nested item of ` 12. `', [' 12. Bring it all together', '\t\t* First step is to build a cluster using the image created earlier', '\t- Next once the cluster is deployed it must have its task set to', '\t\t* Setting a target group is needed to route traffic to containers', '\t\tbalancer'], [['First step is to build a cluster using the image created earlier', true], ['Setting a target group is needed to route traffic to containers', true]]],
      // A list's items need not stand in one column: `*` at the margin under `  *` is the same list's next item.
      ['an item less indented than the first of its list', ['  * Docker registry and cache', '  * Docker client does container lifecycle management', '* [VMs Versus Containers Video](https://www.youtube.com/watch?v=L1ie8negCjc)'], [['Docker registry and cache', false], ['Docker client does container lifecycle management', false], ['VMs Versus Containers Video', false]]],
      // A quote indented into a module's item, or a notes item, is a block of it: its notes, no module.
      ['a quote in a module\'s item', ['- [Lab: Docker Intro](https://x.example/l) (30 min)', '  > [Why Docker](https://www.youtube.com/watch?v=RYDHUTHLf8U) (10 min)', '- [VMs Versus Containers](https://www.youtube.com/watch?v=L1ie8negCjc) (8 min)'], [['Lab: Docker Intro', true], ['VMs Versus Containers', false]]],
      ['a quote in a notes item', ['- Some notes here', '   > [Why Docker](https://www.youtube.com/watch?v=RYDHUTHLf8U) (10 min)'], []],
      // Four columns in, `>` marks no quote: the line is code, or a quote's text going on.
      ['a tab-indented quote', ['\t> [Why Docker](https://www.youtube.com/watch?v=RYDHUTHLf8U) (10 min)'], []],
      ['a tab-indented quote under a quote', ['> Some notes on Docker', '\t> [Lab: Docker Intro](https://x.example/l) (30 min)'], [['Some notes on Docker', false], ['Lab: Docker Intro', false]]],
      // A line at the margin right under an item in a notes item's notes goes on with that item's text.
      ['a lazy line in the notes of an item', ['* Hypervisors and their kinds:', '', '    * Type 1: a layer in ring0, gives hardware access', '[QwikLab: Intro to S3](https://awseducate.qwiklabs.com/focuses/30?parent=catalog) (time: 25 min)'], []],
    ];
    for (const [name, lines, expected] of shapes) {
      const text = ['## Docker and Containers', '', ...lines, ''].join('\n');
      const openers = (model: NotesModel) => model.modules.map((module) => [module.title, module.hasNotes]);
      assert.deepEqual(openers(readNotesFromLines(text, { catalog })), expected, name);
      assert.deepEqual(openers(parseNotes(text, { catalog })), expected, name);
    }
  });

  it('reads `3.` right under a line of text as that text going on (only a list from 1 interrupts a paragraph), and under indented code as micromark does, as text', () => {
    const text = '![docker](/src/docker.png)\n3. Configure the Target Group: Name = api\n';
    // Indented code may go on past blank lines: micromark reads the next line as interrupting it.
    const underCode = '    sudo yum update -y\n\n4. [Install a LAMP server on Amazon Linux](https://github.com/x/lamp.md)\n';
    for (const read of [parseNotes, readNotesFromLines]) {
      assert.deepEqual(read(text, { catalog }).areas, [], read.name);
      assert.deepEqual(read(underCode, { catalog }).modules, [], read.name);
    }
  });

  it('reads `#Round2 …` over a `-` as text, as the line source does: with no space after `#` it is no ATX heading, and CommonMark\'s setext heading is a paragraph and a rule to its writer', () => {
    const text = ['# Notes', '', '## Area 2', '#Round2 Cloud Web Apps', '-', '', '## AWS Tutorial: Launch a VM (1hr)', 'Step 1: Launch an Amazon EC2 Instance', ''].join('\n');
    const reading = (model: NotesModel) => [model.areas.map((area) => area.heading), model.modules.map((module) => [module.title, module.estimate?.text])];
    assert.deepEqual(reading(parseNotes(text, { catalog })), [['Area 2'], [['AWS Tutorial: Launch a VM', '(1hr)']]]);
    assert.deepEqual(reading(readNotesFromLines(text, { catalog })), reading(parseNotes(text, { catalog })));
  });

  it('finds code blocks and spans where remark does, each code line where its code starts: fences in quotes and on an item\'s line, indented code in nested items, blocks left open, spans over lines', () => {
    const shapes: [string, string[]][] = [
      ['a fence in a quote, ended by a blank line', ['> ```sh', '> docker ps', '', 'after']],
      ['a fence on an item\'s line, left open to the next item', ['    - ```aws cloudformation deploy \\', '        --region us-east-1 \\', '        --capabilities CAPABILITY_NAMED_IAM```', '', '* Break the Monolith']],
      ['a fence closed by a fence and a tab', ['- Run the command:', '\t```', '\tdocker container run alpine hostname', '\t```\t', '\tThe prefix `docker container run` runs it']],
      ['indented code in a nested item, after a blank line and after an empty item', ['* Set up', '', '    * Update yum:', '', '            [ec2-user ~]$ sudo yum update -y', '', '    * In Function code, configure as:', '        * Runtime: Python 3.6', '        * Amazon S3 link URL: fill as:', '        * ', '                https://example.com/thumbnail.zip']],
      ['indented code after a heading in an item', ['* Some Tips:', '  * To build index.js, first type', '  #', '      vi index.js']],
      ['indented code over blank lines, ending in indented blank lines', ['Intro.', '', '    docker ps', '', '', '\tdocker images', '\t', '\t', 'after']],
      ['an ordered list from 7 goes on with the paragraph above, and the code after it is at the margin', ['![](aws8.png)', '7. Configure the Target Group.', '', '\tVPC: vpc-0627']],
      ['code spans: doubled, over two lines of a paragraph, after an escaped backtick, in a heading, an item, a quote and a table', ['### Run `docker ps`', 'Try ``a ` b`` and `docker', 'run` and \\`not` but `this`.', '', '- item `docker images` and', '  `docker rmi` more', '> quote `docker', '> ps` end', '', '| command | what |', '|---|---|', '| `docker tag` | names |']],
    ];
    const code = (model: NotesModel) => model.code.map((span) => [span.kind, span.lang, span.range, span.lines]);
    for (const [name, lines] of shapes) {
      const text = ['## Docker and Containers', '', ...lines, ''].join('\n');
      const parsed = code(parseNotes(text, { catalog }));
      assert.ok(parsed.length > 0, `${name}: remark finds code`);
      assert.deepEqual(code(readNotesFromLines(text, { catalog })), parsed, name);
    }
  });

  it('gives the docker features of a text read by lines what a precise reading gives: the typos in its code spans are found at once', function () {
    if (!corpusAvailable()) return this.skip();
    const text = readCorpusFile('notes/bbowman410-1.md');
    const byLines = dockerDiagnostics(readNotesFromLines(text, { catalog }).code);
    assert.ok(byLines.some((diagnostic) => String(diagnostic.message).startsWith('`execute` is not a `docker container` command')));
    assert.deepEqual(byLines, dockerDiagnostics(parseNotes(text, { catalog }).code));
  });

  it('finds template text where remark does: an empty item, not one that cannot interrupt a paragraph nor one whose content starts below it; a tab before a marker is one character', () => {
    const text = ['## Docker and Containers', '', '3. Store System Information', '\t- ', '', '* Keys :', '', '    - ', '', '- Commands:', '    5. docker container ls -a', '    6. ', '        a. docker container start 514f', '', '- Notes', '', '\t- ', ''].join('\n');
    const placeholders = parseNotes(text, { catalog }).placeholders;
    assert.deepEqual(placeholders.map((placeholder) => placeholder.range.start.line), [7, 16]);
    assert.deepEqual(readNotesFromLines(text, { catalog }).placeholders, placeholders);
  });

  it('reads every corpus file as the full model does: for each module its line, title, time, address and notes, and where its opener, title and time stand; the areas; the detection; the code blocks and spans; the template text; the contents lists', function () {
    if (!corpusAvailable()) return this.skip();
    const reading = (model: NotesModel): string[] => [
      `notes: ${model.detection.isNotes}`,
      ...model.areas.map((area) => `area ${area.heading}`),
      ...model.modules.map((module) => `${module.openerRange.start.line}: ${module.title} | ${module.estimate?.text ?? 'no time'} | ${module.url ?? 'no link'} | ${module.hasNotes ? 'notes' : 'no notes'} | ${JSON.stringify([module.openerRange.start, module.titleRange, module.estimate?.range])}`),
      ...model.code.map((span) => `code ${JSON.stringify([span.kind, span.lang, span.range, span.lines])}`),
      ...model.placeholders.map((placeholder) => `template text ${JSON.stringify(placeholder)}`),
      ...model.tablesOfContents.map((contents) => `contents ${JSON.stringify(contents)}`),
    ];
    const files = corpusNotesFiles();
    const differing: string[] = [];
    for (const file of files) {
      const text = readCorpusFile(file);
      const byLines = reading(readNotesFromLines(text, { catalog }));
      const parsed = new Set(reading(parseNotes(text, { catalog })));
      const lines = new Set(byLines);
      const only = [...byLines.filter((line) => !parsed.has(line)).map((line) => `by lines only: ${line}`), ...[...parsed].filter((line) => !lines.has(line)).map((line) => `remark only: ${line}`)];
      if (only.length > 0) differing.push(`${file}\n  ${only.join('\n  ')}`);
    }
    console.log(`      (${files.length} files, ${files.length - differing.length} read alike)`);
    assert.deepEqual(differing, []);
  });

  it('reads texts spliced from runs of the corpus files\' lines as remark does, but for a rare shape it approximates: a seeded sample of 2,000', function () {
    if (!corpusAvailable()) return this.skip();
    const files = corpusNotesFiles().map((file) => readCorpusFile(file).split(/\r?\n/));
    const reading = (model: NotesModel): string => JSON.stringify([model.areas.map((area) => area.heading), model.levels.map((level) => [level.name, level.range.start.line]), model.modules.map((module) => [module.openerRange.start.line, module.title, module.estimate?.text, module.hasNotes])]);
    // mulberry32: the same texts on every run.
    let state = 20261128;
    const random = (below: number): number => {
      state = (state + 0x6d2b79f5) | 0;
      let t = Math.imul(state ^ (state >>> 15), 1 | state);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) % below;
    };
    const differing: string[] = [];
    for (let sample = 0; sample < 2000; sample++) {
      const lines: string[] = [];
      for (let run = 0, runs = 2 + random(5); run < runs; run++) {
        const file = files[random(files.length)];
        const at = random(file.length);
        lines.push(...file.slice(at, at + 1 + random(8)));
      }
      const text = `${lines.join('\n')}\n`;
      if (reading(parseNotes(text, { catalog })) !== reading(readNotesFromLines(text, { catalog }))) differing.push(text);
    }
    console.log(`      (${2000 - differing.length} of 2,000 read alike)`);
    // 2026-11-28: 13 of 2,000 differed before the line source learnt lazy tags, quotes in items and
    // a list's items out of line; 8 after, most of them lists in quotes; 1 since it reads a quoted
    // item's lines, code in quotes, lazy rules, setext underlines and headings in quotes as remark does.
    assert.ok(differing.length <= 2, `${differing.length} of 2,000 spliced texts read differently, the first: ${JSON.stringify(differing[0])}`);
  });
});
