import { BCP47, type Lang } from '../../i18n/config';
import type { ResultView } from '../../lib/search/results';
import type { Segment } from '../../lib/search/snippet';

/** Builds result markup with DOM text APIs only: stored text and queries never become HTML. */
export interface ResultStrings {
  foreign: string;
  actors: string;
  /** `{{terms}}`: the terms found only further into the text. */
  elsewhere: string;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  return node;
}

function appendSegments(parent: HTMLElement, segments: readonly Segment[]): void {
  for (const segment of segments) {
    if (segment.hit) {
      const mark = element('mark');
      mark.textContent = segment.text;
      parent.append(mark);
    } else {
      parent.append(document.createTextNode(segment.text));
    }
  }
}

export function renderResult(result: ResultView, pageLang: Lang, strings: ResultStrings): HTMLLIElement {
  const item = element('li', 'result');
  if (result.foreign) item.lang = BCP47[result.lang];

  const heading = element('h2', 'result-title');
  const link = element('a');
  link.href = result.url;
  appendSegments(link, result.title);
  heading.append(link);

  const snippet = element('p', 'result-snippet');
  appendSegments(snippet, result.snippet);

  const meta = element('p', 'result-meta meta-line');
  meta.lang = BCP47[pageLang];
  const time = element('time');
  time.dateTime = result.date;
  time.textContent = result.dateLabel;
  const topic = element('a', 'result-topic');
  topic.href = result.topicUrl;
  topic.dataset.topic = result.topic;
  topic.textContent = result.topicLabel;
  meta.append(time, topic);
  if (result.actors.length > 0) {
    const actors = element('span', 'result-actors');
    actors.append(document.createTextNode(`${strings.actors}: `));
    result.actors.forEach((name, index) => {
      if (index > 0) actors.append(document.createTextNode(', '));
      appendSegments(actors, name);
    });
    meta.append(actors);
  }
  if (result.foreign) {
    const marker = element('span', 'result-foreign');
    marker.textContent = strings.foreign;
    meta.append(marker);
  }
  item.append(heading, snippet);
  if (result.matchedElsewhere.length > 0) {
    const elsewhere = element('p', 'result-elsewhere');
    const [before, after = ''] = strings.elsewhere.split('{{terms}}');
    elsewhere.append(document.createTextNode(before ?? ''));
    result.matchedElsewhere.forEach((term, index) => {
      if (index > 0) elsewhere.append(document.createTextNode(', '));
      appendSegments(elsewhere, [{ text: term, hit: true }]);
    });
    elsewhere.append(document.createTextNode(after));
    item.append(elsewhere);
  }
  item.append(meta);
  return item;
}

/**
 * Makes `nodes` the children of `parent`, touching only what differs: results a keystroke
 * leaves unchanged (and in place) are not re-inserted, so the browser neither restyles nor
 * lays them out again.
 */
export function syncChildren(parent: Element, nodes: readonly Element[]): void {
  nodes.forEach((node, position) => {
    const current = parent.children[position];
    if (current !== node) parent.insertBefore(node, current ?? null);
  });
  while (parent.children.length > nodes.length) parent.lastElementChild!.remove();
}

/**
 * Result elements by their content: a result identical to one on screen keeps its element.
 * Consecutive keystrokes mostly find the same stories with the same words marked.
 */
export class ResultElements {
  #byKey = new Map<string, HTMLLIElement>();

  constructor(private readonly build: (result: ResultView) => HTMLLIElement) {}

  /** Elements for a new list of results; elements of results no longer listed are forgotten. */
  replace(results: readonly ResultView[]): HTMLLIElement[] {
    const previous = this.#byKey;
    this.#byKey = new Map();
    return this.add(results, previous);
  }

  /** Elements for results added to the list ("show more"). */
  add(results: readonly ResultView[], reusable: ReadonlyMap<string, HTMLLIElement> = this.#byKey): HTMLLIElement[] {
    return results.map((result) => {
      const key = JSON.stringify(result);
      const item = reusable.get(key) ?? this.build(result);
      this.#byKey.set(key, item);
      return item;
    });
  }
}
