import type { Lang } from '../i18n/config.ts';

/** The fixed set of topics. Editors use the id; readers see the localized slug and label. */
export const TOPIC_IDS = ['alliance', 'defence-cloud', 'budget', 'digital-euro'] as const;
export type TopicId = (typeof TOPIC_IDS)[number];

export interface Topic {
  id: TopicId;
  slug: Record<Lang, string>;
  /** Accent colour used on cards and Open Graph images. */
  color: string;
}

export const TOPICS: Record<TopicId, Topic> = {
  alliance: { id: 'alliance', slug: { de: 'allianz', en: 'alliance' }, color: '#1f5fa8' },
  'defence-cloud': {
    id: 'defence-cloud',
    slug: { de: 'verteidigungscloud', en: 'defence-cloud' },
    color: '#3d6b35',
  },
  budget: { id: 'budget', slug: { de: 'haushalt', en: 'budget' }, color: '#a8521f' },
  'digital-euro': {
    id: 'digital-euro',
    slug: { de: 'digitaler-euro', en: 'digital-euro' },
    color: '#6b3d8f',
  },
};

export function isTopicId(value: unknown): value is TopicId {
  return typeof value === 'string' && (TOPIC_IDS as readonly string[]).includes(value);
}
