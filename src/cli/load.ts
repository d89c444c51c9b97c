// npm run load -- --db PATH FILE|DIR...
// Loads .txt, .md and .html documents into a database (created and migrated if new) without
// serving it: a line per document (rows derived, or why it was refused), then a summary.
import { runLoad } from './load-command.js';

process.exitCode = await runLoad(process.argv.slice(2));
