// The `study-notes` command: the editor's diagnostics and time summaries for CI and teaching assistants.
import { version } from '../../package.json';
import { main } from './cli/main';

void main({ argv: process.argv.slice(2), cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr, version }).then((code) => {
  process.exitCode = code;
});
