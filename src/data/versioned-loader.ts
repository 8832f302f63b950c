import type { Loader } from 'astro/loaders';
import { storedContentVersion } from './content-version.ts';

/**
 * A loader whose entries' digests also fold in the version of the code that parses them. Astro's
 * glob loader keeps an entry while its file's digest is unchanged, so without this a changed
 * schema (a new default, a stricter field) would leave every unchanged file's old parse in the
 * store until the cache folder is deleted.
 */
export function withCodeVersion(loader: Loader, version: () => string = storedContentVersion): Loader {
  return {
    ...loader,
    load: (context) =>
      loader.load({
        ...context,
        generateDigest: (data) => context.generateDigest(`${version()}\n${typeof data === 'string' ? data : JSON.stringify(data)}`),
      }),
  };
}
