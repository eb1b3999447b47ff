// The `study-notes` command: the editor's diagnostics and time summaries for CI and teaching assistants.
import { version } from '../../package.json';
import { main } from './cli/main';
import { isReadingWorker, serveReadings } from './workspace/readingWorker';

// The same built file runs in the worker threads that read a large run's files (cli/readAhead.ts).
if (isReadingWorker()) serveReadings();
else
  void main({ argv: process.argv.slice(2), cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr, version, bundle: __filename }).then((code) => {
    process.exitCode = code;
  });
