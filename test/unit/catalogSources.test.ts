import assert from 'node:assert/strict';
import type { MarkupContent } from 'vscode-languageserver-types';
import { bundledCourse } from '../../server/src/catalog/bundledCourse';
import type { Course } from '../../server/src/catalog/course';
import { readCourseFile } from '../../server/src/catalog/courseFile';
import { courseAreaName } from '../../server/src/notes/courseNames';
import { CatalogSources } from '../../server/src/service/catalogSources';
import { hover } from '../../server/src/features/hover';
import { analyseNotes } from '../../server/src/document/notesDocument';
import { defaultSettings } from '../../server/src/document/settings';
import { WorkspaceIndex } from '../../server/src/service/workspaceIndex';

const userCourse = readCourseFile('/course/queues.json', JSON.stringify({
  title: 'Queues 101',
  modules: [
    { area: 'Message Queues', level: 'Beginner', title: 'Video: Why Queues?', url: 'https://example.com/why-queues', minutes: 12 },
    { area: 'Message Queues', level: 'Beginner', title: 'Lab: Docker Intro (our copy)', url: 'https://training.play-with-docker.com/beginner-linux/', minutes: 40 },
  ],
})).course as Course;

function workspaceWith(files: Record<string, string>): WorkspaceIndex {
  const index = new WorkspaceIndex();
  for (const [uri, text] of Object.entries(files)) index.update(analyseNotes(uri, 0, text, bundledCourse.catalog), defaultSettings);
  return index;
}

const classmate = (title: string, time: string) => `## Area 1: Message Queues\n> Beginner Level\n\n[${title}](https://example.com/${title.length}) (time: ${time})\nNotes.\n\n[Video: Why Docker?](https://www.youtube.com/watch?v=RYDHUTHLf8U) (time: 10 min)\nNotes.\n`;

describe('catalogSources', () => {
  it('uses the user’s course in place of the bundled one: its modules only, none of the bundled course', () => {
    const sources = new CatalogSources();
    assert.equal(sources.course, bundledCourse.catalog);
    assert.equal(sources.useCourse(userCourse), true);
    assert.equal(sources.useCourse(userCourse), false);
    const catalog = sources.forDocument(undefined, new WorkspaceIndex());
    assert.deepEqual(catalog.entries.map((entry) => [entry.module.title, entry.source, entry.origin]), [
      ['Video: Why Queues?', 'course', 'your course queues.json'],
      ['Lab: Docker Intro (our copy)', 'course', 'your course queues.json'],
    ]);
    assert.equal(sources.inForce.title, 'Queues 101');
    assert.equal(sources.course.find('Why Queues')?.minutes, 12);
    assert.equal(sources.course.find('Video: Why Docker?'), undefined);
    sources.useCourse(bundledCourse);
    assert.equal(sources.course, bundledCourse.catalog);
  });

  it('offers modules written in other notes files, grouped by title, not the ones the course knows', () => {
    const workspace = workspaceWith({
      'file:///ann.md': classmate('Lab: RabbitMQ Hello World', '40 min'),
      'file:///bob.md': classmate('Lab: RabbitMQ hello world', '50 min'),
      'file:///cy.md': classmate('Lab: RabbitMQ Hello World', '1 h'),
    });
    const sources = new CatalogSources();
    const notes = sources.forDocument('file:///dee.md', workspace).entries.filter((entry) => entry.source === 'notes');
    assert.deepEqual(notes, [{ module: { area: 'Message Queues', level: 'Beginner', title: 'Lab: RabbitMQ Hello World', url: 'https://example.com/25', minutes: 50 }, source: 'notes', origin: '3 other notes files' }]);
    const own = sources.forDocument('file:///ann.md', workspace).find('rabbitmq hello world');
    assert.equal(own?.origin, '2 other notes files');
  });

  it('does not offer a module back to the only file that has it', () => {
    const workspace = workspaceWith({ 'file:///ann.md': classmate('Lab: RabbitMQ Hello World', '40 min') });
    assert.equal(new CatalogSources().forDocument('file:///ann.md', workspace).find('Lab: RabbitMQ Hello World'), undefined);
  });

  it('reads the course’s name for an area as students wrote it', () => {
    const areas = bundledCourse.catalog.areaNames;
    assert.equal(courseAreaName('Area 1 - Docker', areas), 'Docker and Containers');
    assert.equal(courseAreaName('Cloud Web Applications', areas), 'Cloud Web Apps');
    assert.equal(courseAreaName('SDN', areas), 'SDN and NFV');
    assert.equal(courseAreaName('Area 2', areas), undefined);
  });

  it('hovers a module title with the merged catalog’s entry and where it comes from', () => {
    const sources = new CatalogSources();
    sources.useCourse(userCourse);
    const workspace = workspaceWith({ 'file:///ann.md': classmate('Lab: RabbitMQ Hello World', '40 min') });
    const text = '## Area 1: Message Queues\n> Beginner Level\n\n[Why Queues](https://example.com/why-queues) (time: 10 min)\nNotes.\n\n[Lab: RabbitMQ Hello World](https://example.com/25)\nNotes.\n';
    const document = analyseNotes('file:///dee.md', 1, text, sources.course);
    const catalog = sources.forDocument(document.uri, workspace);
    const valueAt = (line: number) => (hover(document, { line, character: 3 }, defaultSettings, catalog)?.contents as MarkupContent).value;
    assert.match(valueAt(3), /\*\*Video: Why Queues\?\*\* \(your course queues\\?\.json\)\s+Message Queues, Beginner\s+Suggested time: 12 min/);
    assert.match(valueAt(6), /\*\*Lab: RabbitMQ Hello World\*\* \(1 other notes file\)\s+Message Queues, Beginner\s+Suggested time: 40 min/);
  });
});
