import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../../src/lib/content/validate';
import { ECO } from './corpus';

// EDITING.md's examples are what editors copy: they must pass the content check as written.
const guide = readFileSync(join(process.cwd(), 'EDITING.md'), 'utf8');
const blocks = [...guide.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map(([, lang, text]) => ({ lang, text: text! }));

describe('EDITING.md examples', () => {
  it('pass the content check: article frontmatter, actor file, Callout and Quote', async () => {
    const frontmatter = blocks.find((b) => b.lang === 'mdx' && b.text.startsWith('---\n'))!.text;
    const actor = blocks.find((b) => b.lang === 'yaml' && b.text.includes('kind: person'))!.text;
    const components = blocks.filter((b) => b.lang === 'mdx' && /^<(Callout|Quote)/.test(b.text)).map((b) => b.text);
    expect(components).toHaveLength(2);
    const errors = await validateContent([
      { path: 'actors/eco.yaml', text: ECO },
      { path: 'actors/bmds.yaml', text: ECO.replace('name: eco', 'name: BMDS') },
      { path: 'actors/karsten-wildberger.yaml', text: actor },
      { path: 'images/bmds.jpg' },
      { path: 'articles/de/eco-kritik.mdx', text: `${frontmatter}\n${components.join('\n')}` },
    ]);
    expect(errors).toEqual([]);
  });
});
