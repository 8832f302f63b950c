import juice from 'juice';
import { getFixedT } from '../../i18n';
import { BCP47 } from '../../i18n/config';
import { escapeXml } from '../og/escape-xml';
import type { NewsletterEdition } from './edition';
import type { StoryLink } from '../pages/story-link';
import type { NewsletterContext } from './context';

/**
 * Mail clients ignore or strip most CSS, so the layout is one centred table column and the
 * styles are inlined (juice). The dark scheme is a media query that juice keeps in the head:
 * clients that honour it (Apple Mail, Outlook for Mac, some webmail) switch; the rest show the
 * light scheme, or invert it themselves, which the plain colours survive.
 */
const CSS = `
body { margin: 0; padding: 0; background: #f3f1ec; color: #1c1d21; font-family: Georgia, 'Times New Roman', serif; }
.wrap { width: 100%; background: #f3f1ec; border-collapse: collapse; border-spacing: 0; }
.outer { padding: 0; }
.sheet { width: 100%; max-width: 600px; margin: 0 auto; background: #ffffff; border-collapse: collapse; border-spacing: 0; }
.pad { padding: 20px 24px; }
.brand { font: bold 20px/1.2 Arial, Helvetica, sans-serif; color: #17457a; text-decoration: none; }
.kicker { font: bold 12px/1.4 Arial, Helvetica, sans-serif; letter-spacing: 1px; text-transform: uppercase; color: #55585f; margin: 0 0 4px; }
h1 { font: bold 26px/1.25 Georgia, 'Times New Roman', serif; margin: 0 0 6px; color: #1c1d21; }
h2 { font: bold 13px/1.4 Arial, Helvetica, sans-serif; letter-spacing: 1px; text-transform: uppercase; color: #55585f; margin: 24px 0 8px; }
h3 { font: bold 19px/1.3 Georgia, 'Times New Roman', serif; margin: 0 0 4px; }
h3.lead { font-size: 23px; }
p { font-size: 16px; line-height: 1.55; margin: 0 0 12px; }
.meta { font: 13px/1.4 Arial, Helvetica, sans-serif; color: #55585f; margin: 0 0 16px; }
.story { border-left: 4px solid #17457a; padding-left: 12px; margin: 0 0 18px; }
a { color: #17457a; }
h3 a { color: #1c1d21; text-decoration: none; }
ul { padding-left: 20px; margin: 0 0 12px; }
li { font-size: 15px; line-height: 1.5; margin: 0 0 6px; }
.foot { font: 13px/1.5 Arial, Helvetica, sans-serif; color: #55585f; border-top: 1px solid #dcd9d1; }
@media (prefers-color-scheme: dark) {
  body, .wrap { background: #15171b !important; color: #eceae4 !important; }
  .sheet { background: #1d2026 !important; }
  h1, h3 a, p, li { color: #eceae4 !important; }
  .kicker, h2, .meta, .foot { color: #b4b2ab !important; }
  a, .brand { color: #8fbaf0 !important; }
  .story { border-left-color: #8fbaf0 !important; }
}
`;

const esc = escapeXml;

function storyBlock(story: StoryLink, ctx: NewsletterContext, lead: boolean): string {
  return (
    `<div class="story"><h3${lead ? ' class="lead"' : ''}><a href="${esc(ctx.url(story.href))}">${esc(story.title)}</a></h3>` +
    `<p>${esc(story.summary)}</p><p class="meta">${esc(story.dateText)} · ${esc(story.topicLabel)}</p></div>`
  );
}

/** The edition as an email-safe HTML document (styles inlined, every link absolute, no images). */
export function renderEmailHtml(data: NewsletterEdition, ctx: NewsletterContext): string {
  const t = getFixedT(data.lang);
  const online = ctx.url(ctx.editionPath);
  const body = [
    `<p class="kicker">${esc(t('edition.kicker'))}</p>`,
    `<h1>${esc(data.title)}</h1>`,
    `<p class="meta">${esc(data.datesText)} · ${esc(data.countText)} · <a href="${esc(online)}">${esc(t('newsletter.viewOnline'))}</a></p>`,
    ...data.intro.map((paragraph) => `<p>${esc(paragraph)}</p>`),
    `<h2>${esc(t('edition.lead'))}</h2>`,
    storyBlock(data.lead, ctx, true),
    ...(data.highlights.length ? [`<h2>${esc(t('edition.highlights'))}</h2>`, ...data.highlights.map((story) => storyBlock(story, ctx, false))] : []),
    `<h2>${esc(t('edition.byTopic'))}</h2>`,
    ...data.topics.flatMap((group) => [
      `<p class="meta"><a href="${esc(ctx.url(group.href))}">${esc(group.label)}</a></p>`,
      `<ul>${group.stories.map((story) => `<li><a href="${esc(ctx.url(story.href))}">${esc(story.title)}</a></li>`).join('')}</ul>`,
    ]),
  ].join('\n');
  const html = `<!DOCTYPE html>
<html lang="${BCP47[data.lang]}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="supported-color-schemes" content="light dark">
<title>${esc(ctx.subject)}</title>
<style>${CSS}</style>
</head>
<body>
<table class="wrap" role="none">
<tbody><tr><td class="outer">
<table class="sheet" role="none"><tbody>
<tr><td class="pad"><a class="brand" href="${esc(ctx.url(ctx.homePath))}">${esc(t('site.name'))}</a></td></tr>
<tr><td class="pad">
${body}
</td></tr>
<tr><td class="pad foot">
<p class="meta">${esc(t('newsletter.why'))}</p>
<p class="meta"><a href="${esc(ctx.unsubscribe)}">${esc(t('newsletter.unsubscribe'))}</a> · <a href="${esc(online)}">${esc(t('newsletter.viewOnline'))}</a> · <a href="${esc(ctx.url(data.archiveHref))}">${esc(t('edition.archive'))}</a></p>
</td></tr>
</tbody></table>
</td></tr>
</tbody></table>
</body>
</html>
`;
  // Media queries stay in a <style> element (the dark scheme); everything else moves inline.
  return juice(html, { preserveMediaQueries: true, removeStyleTags: true, applyWidthAttributes: false, applyHeightAttributes: false });
}
