// The `study-notes` command: the editor's diagnostics and time summaries for CI and teaching assistants.
import { version } from '../../package.json';
import { boundHeapGrowth } from './cli/heapGrowth';
import { main } from './cli/main';
import { isReadingWorker, serveReadings } from './workspace/readingWorker';

// The same built file runs in the worker threads that read a large run's files (cli/readAhead.ts).
if (isReadingWorker()) serveReadings();
else {
  // A reader that went away (`study-notes summary | head`) wants no more of the output: the run
  // ends with its own exit code, without a trace on stderr.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
  });
  void main({ argv: process.argv.slice(2), cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr, version, bundle: __filename, betweenFiles: boundHeapGrowth() }).then((code) => {
    process.exitCode = code;
  });
}
