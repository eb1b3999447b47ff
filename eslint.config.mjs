import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const editorFree = { name: 'vscode', message: 'The service is editor-free: only client/ may import vscode.' };
const hosts = ['../lsp', '../workspace', '../cli', 'vscode-languageserver'];

/** A layer of the server that may not import the layers above it (the editor, the hosts, the CLI, Node). */
function layer(folder, above, why, own = []) {
  return {
    files: [`server/src/${folder}/**/*.ts`],
    rules: { 'no-restricted-imports': ['error', { paths: [editorFree], patterns: [{ group: [...[...above, ...hosts].flatMap((path) => [path, `${path}/*`]), ...own, 'node:*'], message: why }] }] },
  };
}

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', '.bench/**', 'test-results/**', 'schemas/*.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [editorFree] }],
    },
  },
  // The layers, from the bottom: notes (the format, its reader and line sources), catalog (what the
  // course offers: bundled, user files, course pages, rules), docker and course (what the notes say
  // about commands and about the course's levels), protocol (the shapes of the messages, shared with
  // the client), document (what features stand on: a document and its reading, the settings, the
  // notes writer, time totals, safe text, the catalog and progress one document sees), features (one
  // pure file per editor feature), service (the language service: the facade, caches, catalog
  // sources, the workspace index); the hosts (lsp, workspace, cli) wire it to an editor, the disk, a
  // terminal or Node. Each layer's rule names every layer above it, so no folder imports in a cycle.
  layer('notes', ['../protocol', '../catalog', '../course', '../docker', '../document', '../features', '../service'], 'notes/ reads the notes format: it knows no course rules, docker, feature, service or host.'),
  layer('catalog', ['../protocol', '../course', '../docker', '../document', '../features', '../service'], 'catalog/ says what the course offers: it knows no progress, docker, feature, service or host.'),
  layer('docker', ['../protocol', '../catalog', '../course', '../document', '../features', '../service'], 'docker/ checks commands: it knows no course, feature, service or host.'),
  layer('course', ['../protocol', '../docker', '../document', '../features', '../service'], 'course/ measures notes against the course: it knows no docker, feature, service or host.'),
  layer('document', ['../features', '../service'], 'document/ is what features stand on: it knows no feature, nor the service that composes them.'),
  layer('features', ['../features', '../service'], 'A feature is one pure file: it imports no other feature (shared helpers live in notes/, course/ or document/), nor the service that composes them.', ['./*']),
  layer('protocol', ['../catalog', '../course', '../docker', '../document', '../features', '../service'], 'protocol/ is what the server and the client say to each other: shapes over the notes model, nothing that computes them.'),
  layer('service', [], 'service/ is the editor-free language service: its I/O goes through the workspace interface, its host wires it.'),
  {
    files: ['client/**/*.ts', 'test/integration/**/*.ts', 'test/e2e/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['client/**/*.ts'],
    ignores: ['client/src/protocol.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['../../server/**'], message: 'The client renders what the server sends: it reaches the server’s code only through protocol.ts.' }] }],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'test/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
