/** Where the shipped fonts live, relative to the project root. */
export const FONT_DIR = 'src/lib/og/fonts';
export const FONT_FILES = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' } as const;
