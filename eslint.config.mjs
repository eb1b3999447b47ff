import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const editorFree = { name: 'vscode', message: 'The service is editor-free: only client/ may import vscode.' };
const hosts = ['../lspServer', '../server', '../browserServer', '../nodeWorkspace', '../clientWorkspace', '../regularFile', '../cli', 'vscode-languageserver'];

/** A layer of the server that may not import the layers above it (the editor, the hosts, the CLI, Node). */
function layer(folder, above, why) {
  return {
    files: [`server/src/${folder}/**/*.ts`],
    rules: { 'no-restricted-imports': ['error', { paths: [editorFree], patterns: [{ group: [...[...above, ...hosts].flatMap((path) => [path, `${path}/*`]), 'node:*'], message: why }] }] },
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
  // The layers, from the bottom: model (the notes format and the catalog), docker and course (what
  // the notes say about commands and about the course), service (the features and their policy);
  // the hosts (lspServer, server, browserServer, cli) wire them to an editor, a terminal or Node.
  layer('model', ['../service', '../course', '../docker'], 'model/ reads the notes format: it knows no course rules, docker, service or host.'),
  layer('docker', ['../service', '../course'], 'docker/ checks commands: it knows no course rules, service or host.'),
  layer('course', ['../service', '../docker'], 'course/ measures notes against the course: it knows no service or host.'),
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
