/**
 * `npm run new -- --topic budget --actors karsten-wildberger,eco --de "Titel" --en "Title" [--key k]`
 * A translation of an existing story: `npm run new -- --key <its translationKey> --en "Title"`
 * (topic and actors come from the existing edition unless given).
 */
import { buildEnv } from '../src/data/build-env';
import { readContentState, writePlannedFiles } from './lib/content-state';
import { planStory } from './lib/new-story';
import { parseCommandLine } from './lib/cli';

const { contentDir } = buildEnv;

const USAGE = `Usage: npm run new -- --topic TOPIC --actors ID,ID --de "Titel" --en "Title" [--key KEY]
       npm run new -- --key KEY --en "Title"   (a translation of an existing story)

Creates draft MDX stories in content/articles/<lang>/, paired by translationKey, with today's
date and the front matter the content check asks for. Writes nothing when an option is wrong,
and lists every problem.`;

const { values } = parseCommandLine(USAGE, {
  options: {
    topic: { type: 'string' },
    actors: { type: 'string' },
    de: { type: 'string' },
    en: { type: 'string' },
    key: { type: 'string' },
  },
});

const plan = planStory(
  { topic: values.topic, actors: values.actors, titles: { de: values.de, en: values.en }, key: values.key, now: new Date() },
  await readContentState(contentDir),
);
if (!plan.ok) {
  console.error(`Nothing created:\n${plan.errors.map((error) => `  ✗ ${error}`).join('\n')}`);
  process.exit(1);
}
writePlannedFiles(contentDir, plan.files);
if (plan.copiedFrom) console.log(`topic and actors taken from ${plan.copiedFrom} (the same story's other edition)`);
console.log(plan.files.map((file) => `created ${contentDir}/${file.path}`.replace('./', '')).join('\n'));
console.log('The story is a draft (draft: true): it shows in `npm run dev` only. Fill in the TODOs, then remove draft.');
