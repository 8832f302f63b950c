import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import { getFixedT } from '../i18n';
import type { Article } from '../lib/content/model';
import { renderFeedBody } from '../lib/feed-body';
import type { SiteModel } from '../lib/site';
import { absoluteUrl, actorUrl, articleUrl } from '../lib/urls';
import { loadStoryBody } from './site';

/** One rendition per body image for feed readers, which show one `<img>`, not a picture set. */
const FEED_IMAGE_WIDTH = 1200;

const bodies = new Map<string, Promise<string>>();

/** A story's full text for feeds, made once per build however many feeds carry it. */
export function loadFeedBody(article: Article, model: SiteModel, site: URL): Promise<string> {
  let body = bodies.get(article.id);
  if (!body) {
    body = (async () => {
      const { parts, images } = await loadStoryBody(article.id);
      const urls = await Promise.all(
        images.map(async (image) => {
          const rendition = await getImage({ src: image.src as ImageMetadata, width: FEED_IMAGE_WIDTH, format: 'webp' });
          return { url: absoluteUrl(rendition.src, site), alt: image.alt };
        }),
      );
      return renderFeedBody(parts, {
        storyUrl: absoluteUrl(articleUrl(article), site),
        image: (index) => {
          const image = urls[index];
          if (!image) throw new Error(`${article.id}: body image ${index} is missing from the content store`);
          return image;
        },
        actor: (id) => {
          const actor = model.actors.get(id);
          if (!actor) throw new Error(`${article.id}: <Quote actor="${id}">: no actor file actors/${id}.yaml`);
          return { name: actor.name[article.lang], url: absoluteUrl(actorUrl(article.lang, id), site) };
        },
        paraphrase: getFixedT(article.lang)('quote.paraphrase'),
      });
    })();
    bodies.set(article.id, body);
  }
  return body;
}
