// dist/server.js, what editors start (study-notes-ls, the VS Code extension): the language server's
// bundle, dist/serverMain.js, compiled from V8's code cache an earlier start left. A cold start is
// mostly the compiling of a megabyte of JavaScript before the first answer.
import path from 'node:path';
import { codeCacheDir, runFromCodeCache } from './codeCache';

runFromCodeCache(path.join(__dirname, 'serverMain.js'), codeCacheDir(process.env), require);
