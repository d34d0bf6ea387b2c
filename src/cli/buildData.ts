/**
 * Builds the bundle the app loads from a folder of plain-text articles, or from a collection
 * exported by the app (a .json file), and writes the knowledge it used beside the bundle so
 * the app can run the same ingest over articles a person adds:
 *   npm run build:data -- [--in seeds | --in collection.json] [--out public/data/bundle.json] [--knowledge <in>/knowledge.json]
 *     [--gazetteer public/data/gazetteer.json] [--split]
 * `--split` writes the article texts and mentions to body files in `bodies/` beside the bundle,
 * so the app draws a large corpus without first reading every article.
 * The gazetteer table (`npm run build:gazetteer`, which npm runs first) finds the places the
 * knowledge file lacks; it is copied beside a bundle written elsewhere, as the knowledge is.
 * Logs a review report to stderr; exits non-zero only when no bundle could be written.
 */
import { runBuildData } from './runBuildData';

process.exitCode = await runBuildData(process.argv.slice(2), (line) => process.stderr.write(`${line}\n`));
