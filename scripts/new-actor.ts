/** `npm run new:actor -- --id x --kind person --name "…" [--name-de … --name-en …] --role-de "…" --role-en "…"` */
import { buildEnv } from '../src/data/build-env';
import { readContentState, writePlannedFiles } from './lib/content-state';
import { planActor } from './lib/new-actor';
import { parseCommandLine } from './lib/cli';

const { contentDir } = buildEnv;

const USAGE = `Usage: npm run new:actor -- --id ID --kind person|organisation|institution|country|event
       --name "Name" [--name-de "…" --name-en "…"] --role-de "…" --role-en "…"

Creates content/actors/ID.yaml with both languages' name and role. Writes nothing when an option
is wrong, and lists every problem.`;

const { values } = parseCommandLine(USAGE, {
  options: {
    id: { type: 'string' },
    kind: { type: 'string' },
    name: { type: 'string' },
    'name-de': { type: 'string' },
    'name-en': { type: 'string' },
    'role-de': { type: 'string' },
    'role-en': { type: 'string' },
  },
});

const plan = planActor(
  {
    id: values.id,
    kind: values.kind,
    name: values.name,
    nameDe: values['name-de'],
    nameEn: values['name-en'],
    roleDe: values['role-de'],
    roleEn: values['role-en'],
  },
  (await readContentState(contentDir)).paths,
);
if (!plan.ok) {
  console.error(`Nothing created:\n${plan.errors.map((error) => `  ✗ ${error}`).join('\n')}`);
  process.exit(1);
}
writePlannedFiles(contentDir, [plan.file]);
console.log(`created ${contentDir}/${plan.file.path}`.replace('./', '') + '\nAdd aliases (other names readers search for) to the file.');
