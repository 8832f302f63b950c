import { getFixedT } from '../../i18n';
import type { NewsletterEdition } from './edition';
import type { StoryLink } from '../pages/story-link';
import type { NewsletterContext } from './context';

function storyLines(story: StoryLink, ctx: NewsletterContext): string[] {
  return [story.title, story.summary, `${story.dateText} · ${story.topicLabel}`, ctx.url(story.href), ''];
}

function heading(text: string): string[] {
  return [text.toUpperCase(), '='.repeat(Math.min(text.length, 60)), ''];
}

/** The plain-text part: every headline with its absolute link, for clients that show no HTML. */
export function renderEmailText(data: NewsletterEdition, ctx: NewsletterContext): string {
  const t = getFixedT(data.lang);
  const online = ctx.url(ctx.editionPath);
  const lines = [
    `${t('site.name')} · ${t('edition.kicker')}`,
    '',
    data.title,
    `${data.datesText} · ${data.countText}`,
    `${t('newsletter.viewOnline')}: ${online}`,
    '',
    ...data.intro.flatMap((paragraph) => [paragraph, '']),
    ...heading(t('edition.lead')),
    ...storyLines(data.lead, ctx),
    ...(data.highlights.length ? [...heading(t('edition.highlights')), ...data.highlights.flatMap((story) => storyLines(story, ctx))] : []),
    ...heading(t('edition.byTopic')),
    ...data.topics.flatMap((group) => [`${group.label} (${ctx.url(group.href)})`, ...group.stories.flatMap((story) => [`- ${story.title}`, `  ${ctx.url(story.href)}`]), '']),
    '-- ',
    t('newsletter.why'),
    `${t('newsletter.unsubscribe')}: ${ctx.unsubscribe}`,
    `${t('edition.archive')}: ${ctx.url(data.archiveHref)}`,
    '',
  ];
  return lines.join('\n');
}
