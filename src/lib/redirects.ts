import type { RoutedPage } from './routing';
import { articleUrl } from './urls';

/** One permanent redirect for web servers: paths from the URL builder. */
export interface Redirect {
  from: string;
  to: string;
  status: 301;
}

/** Every old story URL (`aliases`) with the story's current URL, sorted by old path. */
export function listRedirects(pages: readonly RoutedPage[]): Redirect[] {
  return pages
    .flatMap(({ path, route }) => (route.kind === 'alias' ? [{ from: path, to: articleUrl(route.article), status: 301 as const }] : []))
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}
