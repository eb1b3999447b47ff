// The bundled course is a course page in the repository (server/data/course.md): its JSON is what
// `study-notes course convert` makes of it, and the page agrees with the course site it was
// written from, where the corpus holds that site.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { bundledCourse } from '../../server/src/catalog/bundledCourse';
import type { CourseSpec } from '../../server/src/catalog/course';
import { readCourseJson } from '../../server/src/catalog/courseJson';
import type { CatalogModule } from '../../server/src/notes/catalog';
import { bundledCoursePage } from '../../scripts/gen-course';
import { corpusRoot } from '../support/corpus';
import { buildCliOnce, projectRoot, runCli } from '../support/studyNotesCli';

const bundledJson = (): string => readFileSync(path.join(projectRoot, 'server/data/course.json'), 'utf8');

describe('the bundled course', function () {
  this.timeout(60_000);

  before(() => buildCliOnce());

  it('is exactly what `study-notes course convert` makes of its course page (npm run gen:course after changing it)', () => {
    const run = runCli(['course', 'convert', bundledCoursePage], projectRoot);
    assert.equal(run.stderr, '');
    assert.equal(run.status, 0);
    assert.equal(run.stdout, bundledJson());
  });

  it('is checked by `course check`, as its page and as its JSON, and is the default course', () => {
    for (const file of [bundledCoursePage, 'server/data/course.json']) {
      const run = runCli(['course', 'check', file], projectRoot);
      assert.equal(run.status, 0, run.stderr);
      assert.match(run.stdout, /^GW CS 6421 Distributed Systems Practice \(2018\) \(gwdistsys18\): 4 areas, 2 levels, 58 modules, 2 rounds; due dates in America\/New_York\n/);
      assert.match(run.stdout, /\nLevels, lowest first: Beginner · Intermediate \(counts Intermediate, Bring it together\)\n/);
    }
    assert.equal(bundledCourse.id, 'gwdistsys18');
  });
});

describe('the bundled course and the course site it was written from', function () {
  this.timeout(60_000);
  const siteDir = path.join(corpusRoot, 'course-site');
  /** The overview page (with the rounds), then the areas in the course's order. */
  const sitePages = ['learn', 'web', 'docker', 'bigdata', 'sdnfv'].map((page) => `gwdistsys18-learn-${page}.md`);

  before(function () {
    if (!existsSync(siteDir)) {
      console.log(`    (skipped: the course site's pages are not at ${siteDir}; they live in ../shared beside the project)`);
      this.skip();
    }
    buildCliOnce();
  });

  it('has the site’s areas, levels, modules (titles, links, times, groups, choices, optional and withdrawn ones) and rounds', () => {
    const run = runCli(['course', 'convert', '--year', '2018', ...sitePages], siteDir);
    assert.equal(run.status, 0, run.stderr);
    const site = readCourseJson(run.stdout).spec as CourseSpec;
    const bundled = readCourseJson(bundledJson()).spec as CourseSpec;
    assert.deepEqual(bundled.modules.map(asTheSiteFilesIt(bundled)), site.modules);
    assert.deepEqual(bundled.rounds, site.rounds);
    assert.deepEqual(bundled.areas?.map((area) => area.name), site.areas?.map((area) => area.name));
    assert.deepEqual(bundled.levels?.map((level) => level.name), site.levels?.map((level) => level.name));
    assert.deepEqual(bundled.choices, site.choices);
  });
});

/** The site files a part of a level (the project bringing an area together) under the level, and gives no other titles. */
function asTheSiteFilesIt(course: CourseSpec): (module: CatalogModule) => CatalogModule {
  return ({ otherTitles: _otherTitles, ...module }) => ({ ...module, level: course.levels?.find((level) => level.includes?.some((part) => part.name === module.level))?.name ?? module.level });
}
