// npm run explain -- FILE
// Reads one .txt, .md or .html document in memory (no database) and prints each row it yields
// (actors, events, tariffs, trade figures) with the rules that made and changed it, and the
// sentences they read.
import { explainFile } from './explain-command.js';

// Piped into head or grep, which may close the pipe early: that is no error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});
process.exitCode = explainFile(process.argv.slice(2), (line) => console.log(line));
