import assert from 'node:assert/strict';
import { bundledCourse } from '../../server/src/catalog/bundledCourse';
import type { CatalogModule } from '../../server/src/notes/catalog';
import { detectOpenerShape, inQuote, renderModuleAt, renderOpener, templateShape, withTypedMarker } from '../../server/src/document/notesWriter';
import { analyseNotes } from '../../server/src/document/notesDocument';
import { plainInsertText } from '../../server/src/document/plainInsertText';
import { lines, styles } from '../support/noteStyles';

const documentOf = (text: string) => analyseNotes('file:///notes.md', 1, text, bundledCourse.catalog);
const dockerIntro: CatalogModule = { area: 'Docker and Containers', level: 'Intermediate', group: 'Containers', title: 'Lab: Docker Intro', url: 'https://training.play-with-docker.com/beginner-linux/', minutes: 30 };
const insertedAt = (text: string, [line, character]: [number, number], inserted: string) => {
  const all = text.split('\n');
  all[line] = all[line].slice(0, character) + inserted + all[line].slice(character);
  return all.join('\n');
};
const render = (text: string) => renderOpener(dockerIntro, detectOpenerShape(documentOf(text)));


describe('notes writer', () => {
  describe('detects the opener style and renders a module in it', () => {
    it('link paragraph with (time: N min)', () => {
      assert.equal(render(styles.linkParagraph), '[Lab: Docker Intro](https://training.play-with-docker.com/beginner-linux/) (time: ${1:30} min)\n$0');
    });

    it('heading with a link at the document’s depth, bullet notes', () => {
      assert.equal(render(styles.linkHeading), '#### [Lab: Docker Intro](https://training.play-with-docker.com/beginner-linux/) (${1:30} min)\n- $0');
    });

    it('list item with the time inside the link text, nested notes', () => {
      const shape = detectOpenerShape(documentOf(styles.listInLink));
      assert.equal(shape.estimatePlace, 'in-link');
      assert.equal(renderOpener(dockerIntro, shape), '* [Lab: Docker Intro ~${1:30} mins](https://training.play-with-docker.com/beginner-linux/)\n  * $0');
    });

    it('blockquote with a bare time, notes after a blank line', () => {
      assert.equal(render(styles.blockquote), '> [Lab: Docker Intro](https://training.play-with-docker.com/beginner-linux/) ${1:30} min\n\n$0');
    });

    it('a module the course gives no page, in a style of bare times: its time in parentheses, where it reads without a link', () => {
      const ownReading: CatalogModule = { area: 'Docker and Containers', level: 'Intermediate', title: 'Learn more about Kubernetes on your own', minutes: 60 };
      const rendered = renderOpener(ownReading, detectOpenerShape(documentOf(styles.blockquote)));
      assert.equal(rendered, '> Learn more about Kubernetes on your own (${1:60} min)\n\n$0');
      const text = `${styles.blockquote}\n${rendered.replace('${1:60}', '60').replace('$0', 'Pods and services.')}\n`;
      const module = documentOf(text).model.modules.find((candidate) => candidate.title === ownReading.title);
      assert.equal(module?.estimate?.kind === 'minutes' && module.estimate.minutes.min, 60);
    });

    it('time on a line of its own, in the document’s own markup', () => {
      assert.equal(render(styles.timeLine), '#### [Lab: Docker Intro](https://training.play-with-docker.com/beginner-linux/)\n**Time: ${1:30} minutes**\n\n1. $0');
    });

    it('numbered list without links: the title alone, numbered after the item above', () => {
      const document = documentOf(styles.numbered);
      const text = renderModuleAt(document, dockerIntro, { line: 6, character: 0 });
      assert.equal(text, '3. Lab: Docker Intro - ${1:30} min\n\t- $0');
    });

    it('notes going on in the opener’s line, after its dash or colon', () => {
      assert.equal(render('## Docker and Containers\n1. **What are Containers?** (10 min) - containers share the kernel and namespaces.\n2. VMs vs Containers - 12 min: VMs virtualise hardware, containers only the OS.\n'), '1. Lab: Docker Intro (${1:30} min) - $0');
      assert.equal(render('## Docker and Containers\n- Why Docker: Docker lets you ship one image from a laptop to the cloud.\n- Lab: DevOps Docker Beginners Guide - ran hello-world, alpine and a shell.\n'), '- Lab: Docker Intro (time: ${1:30} min): $0');
    });

    it('the course template’s style for notes without modules', () => {
      assert.deepEqual(detectOpenerShape(documentOf('## Area 1: Docker and Containers\n> Beginner Level\n')), templateShape);
      assert.equal(renderOpener({ ...dockerIntro, minutes: undefined }, templateShape), '[Lab: Docker Intro](https://training.play-with-docker.com/beginner-linux/) (time: ${1:30} min)\n$0');
    });
  });

  it('counts the modules of the area at the position: students change style between areas', () => {
    const text = lines(styles.linkParagraph, '', '## Area 2: Cloud Web Apps', '* [AWS Tutorial: Launch a VM](https://aws.amazon.com/launch) - 30 min', '  * launched', '* [QwikLab: Intro to S3](https://awseducate.qwiklabs.com/focuses/30) - 25 min', '  * buckets', '');
    const document = documentOf(text);
    assert.equal(detectOpenerShape(document, { line: 3, character: 0 }).style, 'link-paragraph');
    assert.equal(detectOpenerShape(document, { line: 14, character: 0 }).style, 'list-item');
  });

  it('keeps a marker the student typed, with that container’s notes line', () => {
    const shape = withTypedMarker(detectOpenerShape(documentOf(styles.linkParagraph)), '- ');
    assert.equal(renderOpener(dockerIntro, shape), '- [Lab: Docker Intro](https://training.play-with-docker.com/beginner-linux/) (time: ${1:30} min)\n  $0');
  });

  it('takes titles and URLs literally in snippets and links', () => {
    const odd: CatalogModule = { area: 'A', level: 'Beginner', title: 'Costs in $ [draft] {x}', url: 'https://example.com/a_(b)', minutes: 5 };
    assert.equal(renderOpener(odd, templateShape), '[Costs in \\$ \\\\[draft\\\\] {x\\}](<https://example.com/a_(b)>) (time: ${1:5} min)\n$0');
  });

  it('separates a module inserted after text from that text', () => {
    const document = documentOf(styles.linkParagraph);
    assert.equal(renderModuleAt(document, dockerIntro, { line: 7, character: 11 }), '\n\n[Lab: Docker Intro](https://training.play-with-docker.com/beginner-linux/) (time: ${1:30} min)\n$0');
  });

  describe('leaves a blank line between a level marker’s quote and the module, or GitHub shows the module inside the quote', () => {
    const opener = '[Lab: Docker Intro](https://training.play-with-docker.com/beginner-linux/) (time: ${1:30} min)\n$0';
    const area = '## Area 1: Docker and Containers';
    const cases: { name: string; text: string; at: [number, number]; lead: string }[] = [
      { name: 'on the empty line right under `> Beginner Level`', text: lines(area, '> Beginner Level', '', ''), at: [2, 0], lead: '\n' },
      { name: 'at the end of the marker line (Insert Module Here on an empty level)', text: lines(area, '> Beginner Level', ''), at: [1, 16], lead: '\n\n' },
      { name: 'under an emphasised marker', text: lines(area, '> **_Intermediate Level_**', ''), at: [2, 0], lead: '\n' },
      { name: 'under a nested quote marker with no space', text: lines(area, '>>Intermediate Level', ''), at: [2, 0], lead: '\n' },
      { name: 'under a remark continuing the quote with its own `>`', text: lines(area, '> Beginner Level', '> I watched all the videos first, then did the labs.', ''), at: [3, 0], lead: '\n' },
      { name: 'under a remark continuing the quote lazily', text: lines(area, '> Beginner Level', 'I watched all the videos first, then did the labs.', ''), at: [3, 0], lead: '\n' },
    ];
    for (const { name, text, at, lead } of cases) {
      it(name, () => {
        const rendered = renderModuleAt(documentOf(text), dockerIntro, { line: at[0], character: at[1] });
        assert.equal(rendered, lead + opener);
        const written = documentOf(insertedAt(text, at, plainInsertText(rendered)));
        const [module] = written.model.modules;
        assert.equal(module?.title, 'Lab: Docker Intro');
        assert.equal(written.lines.lineText(module.openerRange.start.line - 1), '', 'a blank line above the module');
        assert.deepEqual(written.model.levels.map((level) => level.modules.length), [1]);
      });
    }

    it('not under a level written as a heading, nor after the blank line that already ends the quote', () => {
      assert.equal(renderModuleAt(documentOf(lines(area, '### Beginner Level', '')), dockerIntro, { line: 2, character: 0 }), opener);
      assert.equal(renderModuleAt(documentOf(lines(area, '> Beginner Level', '', '')), dockerIntro, { line: 3, character: 0 }), opener);
    });

    it('a numbered module in an empty level of a numbered list: numbered from 1, after a blank line (it would continue the marker’s paragraph)', () => {
      const document = documentOf(lines(styles.numbered, '> Intermediate Level', ''));
      assert.equal(renderModuleAt(document, dockerIntro, { line: 7, character: 20 }), '\n\n1. Lab: Docker Intro - ${1:30} min\n\t- $0');
    });

    it('a table of modules: a row right under its last, and a table headed like it where no table goes on', () => {
      const text = lines('## Area 1: Docker and Containers', '### Beginner Level', '', '| Module | Minutes | What I learned |', '|:--|--:|---|', '| [Video: Why Docker?](https://www.youtube.com/watch?v=RYDHUTHLf8U) | 16 min | Containers start in seconds |', '', '### Intermediate Level', '');
      const row = '| [Lab: Docker Intro](https://training.play-with-docker.com/beginner-linux/) | ${1:30} min | $0 |';
      assert.equal(renderModuleAt(documentOf(text), dockerIntro, { line: 6, character: 0 }), row);
      assert.equal(renderModuleAt(documentOf(text), dockerIntro, { line: 8, character: 0 }), `| Module | Minutes | What I learned |\n|:--|--:|---|\n${row}`);
      const written = insertedAt(text, [8, 0], `| Module | Minutes | What I learned |\n|:--|--:|---|\n${row.replace('${1:30}', '30').replace('$0', 'pulled images')}`);
      assert.deepEqual(documentOf(written).model.modules.map((m) => [m.title, m.level, m.estimate?.text, m.hasNotes]), [['Video: Why Docker?', 'Beginner', '16 min', true], ['Lab: Docker Intro', 'Intermediate', '30 min', true]]);
    });

    it('a table whose header names the unit of its times and whose rows write bare numbers: the time a bare number in that unit, in its column', () => {
      const table = (unit: string, time: string) => lines('## Area 1: Docker and Containers', '### Beginner Level', '', `| Module | Notes | ${unit} |`, '|---|---|---|', `| [Video: Why Docker?](https://www.youtube.com/watch?v=RYDHUTHLf8U) | ships anywhere | ${time} |`, '');
      const link = '[Lab: Docker Intro](https://training.play-with-docker.com/beginner-linux/)';
      assert.equal(renderModuleAt(documentOf(table('Time (min)', '16')), dockerIntro, { line: 6, character: 0 }), `| ${link} | $0 | \${1:30} |`);
      assert.equal(renderModuleAt(documentOf(table('Hours', '0.25')), dockerIntro, { line: 6, character: 0 }), `| ${link} | $0 | \${1:0.5} |`);
      const written = insertedAt(table('Hours', '0.25'), [6, 0], `| ${link} | ran it | 0.5 |`);
      assert.deepEqual(documentOf(written).model.modules.map((m) => [m.title, m.estimate?.kind === 'minutes' && m.estimate.minutes.min]), [['Video: Why Docker?', 15], ['Lab: Docker Intro', 30]]);
      // Rows that write their unit keep it.
      assert.equal(renderModuleAt(documentOf(table('Minutes', '16 min')), dockerIntro, { line: 6, character: 0 }), `| ${link} | $0 | \${1:30} min |`);
    });

    it('numbered on across a level’s heading only where the notes’ levels are numbered so', () => {
      const restarting = lines(styles.numbered, '> Intermediate Level', '1. What are Containers - 18 min', '\t- namespaces', '');
      assert.equal(renderModuleAt(documentOf(restarting), dockerIntro, { line: 10, character: 0 }), '2. Lab: Docker Intro - ${1:30} min\n\t- $0');
      const counting = restarting.replace('1. What are Containers', '3. What are Containers');
      assert.equal(renderModuleAt(documentOf(lines(counting, '> Bring it together', '')), dockerIntro, { line: 12, character: 0 }), '\n4. Lab: Docker Intro - ${1:30} min\n\t- $0');
      assert.equal(renderModuleAt(documentOf(lines(restarting, '> Bring it together', '')), dockerIntro, { line: 12, character: 0 }), '\n1. Lab: Docker Intro - ${1:30} min\n\t- $0');
    });

    it('a quoted module gets a quote of its own', () => {
      const document = documentOf(lines(styles.blockquote, '', '## Beginner', '> Intermediate Level', ''));
      assert.equal(renderModuleAt(document, dockerIntro, { line: 11, character: 20 }), '\n\n> [Lab: Docker Intro](https://training.play-with-docker.com/beginner-linux/) ${1:30} min\n\n$0');
    });

    it('the quote ends at a blank line or a block of its own: a heading, a list item, a fence', () => {
      const document = documentOf(lines(area, '> Beginner Level', '- a list item', '> Intermediate Level', '### A sub-heading', '> Advanced Level', '```', '```'));
      assert.deepEqual([1, 2, 3, 4, 5, 6].map((line) => inQuote(document, line)), [true, false, true, false, true, false]);
      assert.equal(inQuote(documentOf(lines(area, '', '    > indented code', '')), 2), false);
    });
  });
});
