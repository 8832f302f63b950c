import { cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { checkContentFolder } from '../../../src/data/check-content-folder';
import { listContentFiles } from '../../../src/data/content-files';
import { mdx } from './corpus';

const FIXTURE = join(process.cwd(), 'tests', 'fixtures', 'content', 'publishing');

function copyOfFixture(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'souveraen-folder-')), 'content');
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

/**
 * A JPEG that claims `width`×`height`: a tiny real one with the frame header patched. sharp reads
 * sizes from the header, so this stands in for a huge photo without megabytes of pixels.
 */
async function jpegClaiming(width: number, height: number): Promise<Buffer> {
  const jpeg = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#1f5fa8' } }).jpeg().toBuffer();
  const frame = jpeg.indexOf(Buffer.from([0xff, 0xc0]));
  jpeg.writeUInt16BE(height, frame + 5);
  jpeg.writeUInt16BE(width, frame + 7);
  return jpeg;
}

const story = (name: string, image: string, key: string) =>
  mdx({ actors: '[eco]', translationKey: key, image: `\n  src: ../../images/${image}\n  alt: Bild` }, `\nText.\n\n![Im Text](../../images/${image})\n`);

describe('the content folder on disk', () => {
  it('reports dot-files, symlinks and misspelt folders, and the story loader’s list leaves them out', async () => {
    const dir = copyOfFixture();
    const valid = join(dir, 'articles', 'de', 'tapir.mdx');
    writeFileSync(join(dir, 'articles', 'de', '.versteckt.mdx'), mdx({ actors: '[eco]', translationKey: 'versteckt' }));
    symlinkSync(valid, join(dir, 'articles', 'de', 'verlinkt.mdx'));
    mkdirSync(join(dir, 'artikel', 'de'), { recursive: true });
    writeFileSync(join(dir, 'artikel', 'de', 'verirrt.mdx'), mdx({ actors: '[eco]', translationKey: 'verirrt' }));
    const { errors } = await checkContentFolder(dir);
    expect(errors.map((e) => [e.file, e.message.split(/[;,(]/)[0]!.trim()])).toEqual([
      ['articles/de/.versteckt.mdx', '".versteckt.mdx" starts with a dot'],
      ['articles/de/verlinkt.mdx', 'symbolic links are not read in the content folder'],
      ['artikel/de/verirrt.mdx', 'the content folder holds only articles/'],
    ]);
    const stories = listContentFiles(dir).filter((file) => file.what.kind === 'article').map((file) => file.path);
    expect(stories).toEqual(['articles/de/entwurf.mdx', 'articles/de/geplant.mdx', 'articles/de/tapir.mdx', 'articles/de/veroeffentlicht.mdx', 'articles/en/published.mdx']);
  });

  it('reads every image’s header with sharp: too many pixels, a format it cannot convert, no image at all', async () => {
    const dir = copyOfFixture();
    const images = join(dir, 'images');
    mkdirSync(images);
    writeFileSync(join(images, 'riesig.jpg'), await jpegClaiming(8_000, 6_000));
    writeFileSync(join(images, 'gross-genug.jpg'), await jpegClaiming(6_000, 6_000));
    writeFileSync(join(images, 'getarnt.png'), '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><image href="https://evil.example/x.png"/></svg>');
    writeFileSync(join(images, 'kaputt.webp'), 'not an image at all');
    writeFileSync(join(images, 'echt.png'), await sharp({ create: { width: 4, height: 4, channels: 3, background: '#a8521f' } }).png().toBuffer());
    const files = ['riesig.jpg', 'gross-genug.jpg', 'getarnt.png', 'kaputt.webp', 'echt.png'];
    files.forEach((image, i) => writeFileSync(join(dir, 'articles', 'de', `bild-${i}.mdx`), story(`bild-${i}`, image, `bild-${i}`)));
    const { errors } = await checkContentFolder(dir);
    const byFile = (i: number) => errors.filter((e) => e.file === `articles/de/bild-${i}.mdx`).map((e) => `${e.field ?? `line ${e.line}`}: ${e.message.replace(/^image\.src: /, '')}`);
    expect(byFile(0)).toEqual([
      'image.src: image file "../../images/riesig.jpg" has 8000×6000 pixels (48 megapixels); scale it down to at most 40 megapixels',
      'line 15: image file "../../images/riesig.jpg" has 8000×6000 pixels (48 megapixels); scale it down to at most 40 megapixels',
    ]);
    expect(byFile(1)).toEqual([]);
    expect(byFile(2)[0]).toContain('is in the svg format, which the build cannot convert');
    expect(byFile(3)[0]).toMatch(/image file "..\/..\/images\/kaputt.webp" cannot be read as an image \(.+\); save it again as PNG, JPEG, WebP or AVIF/);
    expect(byFile(4)).toEqual([]);
    expect(errors.every((e) => /^articles\/de\/bild-[023]\.mdx$/.test(e.file))).toBe(true);
  });
});
