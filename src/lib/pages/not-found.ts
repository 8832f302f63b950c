import type { Route } from '../routing';
import type { SiteModel } from '../site';
import { buildFrame, type PageContext, type PageFrame } from './frame';

export interface NotFoundPage extends PageFrame {
  kind: 'notFound';
}

export function buildNotFoundPage(route: Extract<Route, { kind: 'notFound' }>, model: SiteModel, context: PageContext): NotFoundPage {
  return { kind: 'notFound', ...buildFrame(route, model, context) };
}
