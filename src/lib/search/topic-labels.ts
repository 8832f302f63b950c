import { getFixedT } from '../../i18n';
import { LANGS, type Lang } from '../../i18n/config';
import { TOPIC_IDS } from '../topics';
import type { TopicLabels } from './build';

/** Each topic's label in each language, as the UI strings give them: the index finds a topic by either. */
export function searchTopicLabels(): TopicLabels {
  const labels = {} as TopicLabels;
  for (const lang of LANGS) {
    const t = getFixedT(lang);
    labels[lang] = Object.fromEntries(TOPIC_IDS.map((id) => [id, t(`topic.${id}.label`)])) as TopicLabels[Lang];
  }
  return labels;
}
