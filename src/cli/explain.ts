// npm run explain -- FILE
// Reads one .txt, .md or .html document in memory (no database) and prints each row it yields
// (actors, events, tariffs, trade figures) with the rules that made and changed it, and the
// sentences they read.
import { explainFile } from './explain-command.js';

process.exitCode = explainFile(process.argv.slice(2), (line) => console.log(line));
