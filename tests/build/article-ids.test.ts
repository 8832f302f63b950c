import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE_PAGE_IDS } from '../../src/lib/content/body/render-body';
import { assertBuilt, listPages, readDist } from './dist';

const STORY = /^\/(de\/artikel|en\/articles)\/[^/]+\/index\.html$/;
/** Reserved ids a story page has only sometimes: the correction box, on corrected stories (the digest fixture has them). */
const CONDITIONAL_IDS = ['corrections-heading'];

// The content check refuses body ids that the page around the body uses; this keeps its list
// (ARTICLE_PAGE_IDS) equal to the ids story pages really give outside the body.
describe('ids on story pages', () => {
  beforeAll(assertBuilt);

  it('outside the body are exactly the ones the content check reserves, and no id is given twice', () => {
    const stories = listPages().filter((page) => STORY.test(page));
    expect(stories.length).toBeGreaterThan(0);
    const outside = new Set<string>();
    for (const page of stories) {
      const root = parse(readDist(page));
      const body = root.querySelector('.prose.body');
      expect(body, page).toBeTruthy();
      const inBody = new Set(body!.querySelectorAll('[id]').map((el) => el.id));
      const all = root.querySelectorAll('[id]').map((el) => el.id);
      expect(all.length, `${page}: duplicate ids`).toBe(new Set(all).size);
      for (const id of all) if (!inBody.has(id)) outside.add(id);
    }
    const always = ARTICLE_PAGE_IDS.filter((id) => !CONDITIONAL_IDS.includes(id) || outside.has(id));
    expect([...outside].sort()).toEqual([...always].sort());
  });
});
