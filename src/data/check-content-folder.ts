import { join } from 'node:path';
import sharp from 'sharp';
import { berlinDay } from '../lib/dates.ts';
import type { ImageFacts } from '../lib/content/references.ts';
import { validateContent, type ContentError, type ValidateOptions } from '../lib/content/validate.ts';
import { buildEnv } from './build-env.ts';
import { readContentFolder } from './content-files.ts';

/**
 * The content check as `npm run check:content`, `astro build` and `astro dev` run it: the
 * folder read by the shared list, images described by sharp (format and size from the header
 * only), `updated` compared with the build's day.
 */
export async function checkContentFolder(
  dir: string,
  { keepTexts, ...options }: Pick<ValidateOptions, 'memo' | 'frontmatterMemo' | 'keepRenders'> & { keepTexts?: boolean } = {},
): Promise<{ errors: ContentError[]; files: number }> {
  const files = await readContentFolder(dir, { keepTexts });
  const errors = await validateContent(files, {
    ...options,
    today: berlinDay(buildEnv.buildTime),
    describeImage: (path) => describeImage(join(dir, path)),
  });
  return { errors, files: files.length };
}

async function describeImage(file: string): Promise<ImageFacts> {
  try {
    // limitInputPixels: false reads the header of a huge image too, so its size can be reported.
    const { format, width, height } = await sharp(file, { limitInputPixels: false }).metadata();
    return { format, width, height };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
