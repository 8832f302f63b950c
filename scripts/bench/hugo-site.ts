/**
 * The same stories as a Hugo site: two languages, topic and actor taxonomies, paginated lists,
 * translations by translationKey and related stories, in minimal templates.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const HUGO_CONFIG = `baseURL = "https://example.org/"
title = "Bench"
defaultContentLanguage = "de"
defaultContentLanguageInSubdir = true
paginate = 20
[taxonomies]
  topic = "topics"
  actor = "actors"
[languages.de]
  contentDir = "content/de"
  languageName = "Deutsch"
  weight = 1
[languages.en]
  contentDir = "content/en"
  languageName = "English"
  weight = 2
[related]
  includeNewer = true
  threshold = 1
  toLower = false
  [[related.indices]]
    name = "topics"
    weight = 3
  [[related.indices]]
    name = "actors"
    weight = 2
`;

export const HUGO_LAYOUTS: Record<string, string> = {
  '_default/baseof.html': `<!doctype html>
<html lang="{{ .Lang }}"><head><meta charset="utf-8"><title>{{ .Title }} · {{ .Site.Title }}</title>
{{ range .AllTranslations }}<link rel="alternate" hreflang="{{ .Lang }}" href="{{ .Permalink }}">{{ end }}
</head><body><nav><a href="{{ "/" | relLangURL }}">Home</a> <a href="{{ "/topics/" | relLangURL }}">Topics</a> <a href="{{ "/actors/" | relLangURL }}">Actors</a>
{{ range .Translations }}<a href="{{ .RelPermalink }}">{{ .Lang }}</a>{{ end }}</nav>
<main>{{ block "main" . }}{{ end }}</main></body></html>
`,
  '_default/single.html': `{{ define "main" }}<article><h1>{{ .Title }}</h1><p>{{ .Params.summary }}</p>
<time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time> · {{ .ReadingTime }} min
{{ .Content }}
<ul>{{ range .GetTerms "actors" }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>
{{ with .Site.RegularPages.Related . | first 3 }}<h2>Related</h2>{{ range . }}<p><a href="{{ .RelPermalink }}">{{ .Title }}</a></p>{{ end }}{{ end }}
</article>{{ end }}
`,
  '_default/list.html': `{{ define "main" }}<h1>{{ .Title }}</h1>
{{ range (.Paginate .Pages).Pages }}<article><h3><a href="{{ .RelPermalink }}">{{ .Title }}</a></h3><p>{{ .Params.summary }}</p></article>{{ end }}
{{ template "_internal/pagination.html" . }}{{ end }}
`,
  'index.html': `{{ define "main" }}<h1>{{ .Site.Title }}</h1>
{{ range (.Paginate .Site.RegularPages 12).Pages }}<article><h3><a href="{{ .RelPermalink }}">{{ .Title }}</a></h3><p>{{ .Params.summary }}</p></article>{{ end }}
{{ template "_internal/pagination.html" . }}{{ end }}
`,
};

/** MDX story to Hugo Markdown: frontmatter kept (topic and actors as taxonomies), components flattened. */
export function toHugoMarkdown(mdx: string): string {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(mdx);
  if (!match) throw new Error('story without frontmatter');
  const front = match[1]!
    .replace(/^topic: (.+)$/m, 'topics: [$1]')
    .replace(/^sources:\n(?: {2,}.*\n?)*/m, '')
    .trimEnd();
  const body = mdx
    .slice(match[0].length)
    .replace(/^<Callout[^>]*>$/gm, '')
    .replace(/^<\/Callout>$/gm, '')
    .replace(/^<Quote[^>]*>(.*)<\/Quote>$/gm, '> $1');
  return `---\n${front}\n---\n${body}`;
}

export async function writeHugoSite(dir: string, corpusDir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'config.toml'), HUGO_CONFIG);
  for (const [path, text] of Object.entries(HUGO_LAYOUTS)) {
    await mkdir(join(dir, 'layouts', path, '..'), { recursive: true });
    await writeFile(join(dir, 'layouts', path), text);
  }
  for (const lang of ['de', 'en']) {
    const from = join(corpusDir, 'articles', lang);
    const to = join(dir, 'content', lang, 'articles');
    await mkdir(to, { recursive: true });
    for (const name of await readdir(from)) {
      const mdx = await readFile(join(from, name), 'utf8');
      await writeFile(join(to, name.replace(/\.mdx$/, '.md')), toHugoMarkdown(mdx));
    }
  }
}
