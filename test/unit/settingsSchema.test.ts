// One schema for the settings: generated from package.json's contributes.configuration, shipped in
// the .vsix for VS Code's JSON support, and the one the CLI and the server validate with.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import manifest from '../../package.json';
import { nestedSettings, settingsProblems } from '../../server/src/service/settingsSchema';

const root = path.resolve(__dirname, '../..');

/** What VS Code's getConfiguration('studyNotes') gives the server: every setting, nested at each dot. */
function vsCodeDefaults(): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, setting] of Object.entries(manifest.contributes.configuration.properties)) {
    const parts = key.split('.').slice(1);
    let level = result;
    for (const part of parts.slice(0, -1)) level = (level[part] ??= {}) as Record<string, unknown>;
    level[parts[parts.length - 1]] = setting.default;
  }
  return result;
}

describe('the settings schema', () => {
  it('is what scripts/gen-schema.mjs makes of package.json and the course schema (run npm run gen:schema after changing a setting)', async () => {
    const { schemaFiles } = await import(pathToFileURL(path.join(root, 'scripts/gen-schema.mjs')).href);
    const courseSchema = JSON.parse(readFileSync(path.join(root, 'schemas/course.schema.json'), 'utf8'));
    for (const [file, text] of Object.entries(schemaFiles(manifest, courseSchema) as Record<string, string>)) assert.equal(readFileSync(path.join(root, file), 'utf8'), text, `${file} is stale`);
  });

  it('is registered with jsonValidation for .studynotes.json, course files and package.json, and shipped in the .vsix', () => {
    const registered = manifest.contributes.jsonValidation.map((entry) => [entry.fileMatch, entry.url]);
    assert.deepEqual(registered, [
      ['.studynotes.json', './schemas/studynotes.schema.json'],
      [['course.json', '*.course.json'], './schemas/course.schema.json'],
      ['package.json', './schemas/package.schema.json'],
    ]);
    assert.match(readFileSync(path.join(root, '.vscodeignore'), 'utf8'), /^!schemas\/\*\.schema\.json$/m);
    const packageSchema = JSON.parse(readFileSync(path.join(root, 'schemas/package.schema.json'), 'utf8'));
    const settingsSchema = JSON.parse(readFileSync(path.join(root, 'schemas/studynotes.schema.json'), 'utf8'));
    assert.deepEqual(packageSchema.properties.studyNotes.properties, settingsSchema.properties);
  });

  it('accepts what VS Code sends the server, and the empty file', () => {
    assert.deepEqual(settingsProblems(vsCodeDefaults()), []);
    assert.deepEqual(settingsProblems({}), []);
    assert.deepEqual(settingsProblems(undefined), []);
  });

  it('names every problem by its path', () => {
    assert.deepEqual(settingsProblems({ notesFiles: ['a/*.md', 3], debounceMs: 9000, catalog: false }), [
      'catalog: must be a string (got false)',
      'notesFiles[1]: must be a string (got 3)',
      'debounceMs: must be at most 5000 (got 9000)',
    ]);
    assert.deepEqual(settingsProblems('warning'), ['settings: must be an object (got "warning")']);
  });

  it('folds the VS Code spelling into the nested one', () => {
    assert.deepEqual(nestedSettings({ 'studyNotes.diagnostics.placeholder': 'off', diagnostics: { 'missing-time': 'error' }, 'studyNotes.debounceMs': 10 }), {
      diagnostics: { placeholder: 'off', 'missing-time': 'error' },
      debounceMs: 10,
    });
  });
});

describe('the list of diagnostic codes (document/diagnosticCodes.ts), where it is written out', () => {
  it("is package.json's severity settings and README.md's table, as npm run gen:schema writes them", async () => {
    const { withSeveritySettings, withCodesTable } = await import(pathToFileURL(path.join(root, 'scripts/gen-schema.mjs')).href);
    assert.equal(JSON.stringify(withSeveritySettings(manifest)), JSON.stringify(manifest), 'package.json is stale');
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    assert.equal(withCodesTable(readme), readme, 'README.md is stale');
  });

  it('writes a code added to the list into both, and takes a removed one out', async () => {
    const { withSeveritySettings, withCodesTable } = await import(pathToFileURL(path.join(root, 'scripts/gen-schema.mjs')).href);
    const stale = structuredClone(manifest) as { contributes: { configuration: { properties: Record<string, unknown> } } };
    stale.contributes.configuration.properties['studyNotes.diagnostics.withdrawn-code'] = { type: 'string' };
    delete stale.contributes.configuration.properties['studyNotes.diagnostics.missing-time'];
    const settings = Object.keys(withSeveritySettings(stale).contributes.configuration.properties);
    assert.ok(settings.includes('studyNotes.diagnostics.missing-time') && !settings.includes('studyNotes.diagnostics.withdrawn-code'));
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8').replace(/^\| `missing-time` \|.*\n/m, '');
    assert.match(withCodesTable(readme), /^\| `missing-time` \| A module has no time estimate/m);
    assert.match(withCodesTable(readme), /^\| `course-file` \|/m, 'a code no setting sets keeps its row');
  });
});
