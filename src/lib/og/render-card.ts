import { layoutCard, type CardContent, type CardLayout } from './card-layout';
import { createCardPainter } from './paint-card';
import { loadFontMetrics } from './card-fonts';

export interface CardRenderer {
  layout(content: CardContent): CardLayout;
  render(content: CardContent): Buffer;
}

/** Lays out and paints cards on the calling thread (dev server, tests); builds use the worker pool. */
export function createCardRenderer(projectRoot: string): CardRenderer {
  const fonts = loadFontMetrics(projectRoot);
  const paint = createCardPainter(projectRoot);
  const layout = (content: CardContent) => layoutCard(content, fonts);
  return { layout, render: (content) => paint(layout(content)) };
}
