import { BCP47, type Lang } from '../../i18n/config';
import type { ResultView } from '../../lib/search/results';
import type { Segment } from '../../lib/search/snippet';

/** Builds result markup with DOM text APIs only: stored text and queries never become HTML. */
export interface ResultStrings {
  foreign: string;
  actors: string;
  /** `{{words}}`: the story's words that matched only further into the text (`ResultView.matchedElsewhere`). */
  elsewhere: string;
  /** `{{names}}`: other names of the story's actors or topic that matched (`ResultView.matchedNames`), one and several. */
  otherName: string;
  otherNames: string;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  return node;
}

/** `lang`: the language of the marked words, when it is not the surrounding text's. */
function appendSegments(parent: HTMLElement, segments: readonly Segment[], lang?: Lang): void {
  for (const segment of segments) {
    if (segment.hit) {
      const mark = element('mark');
      mark.textContent = segment.text;
      if (lang) mark.lang = BCP47[lang];
      parent.append(mark);
    } else {
      parent.append(document.createTextNode(segment.text));
    }
  }
}

/**
 * The parts every result has, built once and cloned: one deep clone instead of creating and
 * classing each element, for each of the results a keystroke changes (on the main thread).
 */
let skeleton: HTMLLIElement | undefined;

function resultSkeleton(): HTMLLIElement {
  if (skeleton) return skeleton;
  skeleton = element('li', 'result');
  const heading = element('h2', 'result-title');
  heading.append(element('a'));
  const meta = element('p', 'result-meta meta-line');
  meta.append(element('time'), element('a', 'result-topic'));
  skeleton.append(heading, element('p', 'result-snippet'), meta);
  return skeleton;
}

export function renderResult(result: ResultView, pageLang: Lang, strings: ResultStrings): HTMLLIElement {
  const item = resultSkeleton().cloneNode(true) as HTMLLIElement;
  const [heading, snippet, meta] = item.children as unknown as [HTMLHeadingElement, HTMLParagraphElement, HTMLParagraphElement];
  const [time, topic] = meta.children as unknown as [HTMLTimeElement, HTMLAnchorElement];
  if (result.foreign) item.lang = BCP47[result.lang];

  const link = heading.firstElementChild as HTMLAnchorElement;
  link.href = result.url;
  appendSegments(link, result.title);
  appendSegments(snippet, result.snippet);

  meta.lang = BCP47[pageLang];
  time.dateTime = result.date;
  time.textContent = result.dateLabel;
  topic.href = result.topicUrl;
  topic.dataset.topic = result.topic;
  appendSegments(topic, result.topicSegments);
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
  if (result.matchedElsewhere.length > 0) {
    // The words are the story's, in its language.
    const words = result.matchedElsewhere.map((word) => ({ segments: [{ text: word, hit: true }], lang: result.lang }));
    meta.before(namedLine('result-elsewhere', strings.elsewhere, '{{words}}', words, pageLang));
  }
  if (result.matchedNames.length > 0) {
    // A name in the other language (`Verteidigungscloud` on an English page) is marked as such.
    const names = result.matchedNames.map(({ name, of, lang }) => ({
      segments: [
        { text: name, hit: true },
        { text: ` (${of})`, hit: false },
      ],
      lang: lang || undefined,
    }));
    const template = names.length === 1 ? strings.otherName : strings.otherNames;
    meta.before(namedLine('result-other-name', template, '{{names}}', names, pageLang));
  }
  return item;
}

/**
 * A line under a result, in the page language: the string around `placeholder`, the items in its
 * place, comma-separated, an item's marked words in its `lang` where that is another.
 */
function namedLine(
  className: string,
  template: string,
  placeholder: string,
  items: readonly { segments: readonly Segment[]; lang?: Lang | undefined }[],
  pageLang: Lang,
): HTMLParagraphElement {
  const line = element('p', className);
  line.lang = BCP47[pageLang];
  const [before = '', after = ''] = template.split(placeholder);
  line.append(document.createTextNode(before));
  items.forEach(({ segments, lang }, index) => {
    if (index > 0) line.append(document.createTextNode(', '));
    appendSegments(line, segments, lang === pageLang ? undefined : lang);
  });
  line.append(document.createTextNode(after));
  return line;
}

/**
 * Makes `nodes` the children of `parent`, touching only what differs: results a keystroke
 * leaves unchanged (and in place) are not re-inserted, so the browser neither restyles nor
 * lays them out again. Children no longer listed go first: left in front of the kept ones,
 * every kept one after them would be moved (and so re-inserted) to pass them.
 */
export function syncChildren(parent: Element, nodes: readonly Element[]): void {
  // Emptying (the box cleared): one call instead of one removal per result.
  if (nodes.length === 0) return void parent.replaceChildren();
  const kept = new Set(nodes);
  for (const child of [...parent.children]) if (!kept.has(child)) child.remove();
  nodes.forEach((node, position) => {
    const current = parent.children[position];
    if (current !== node) parent.insertBefore(node, current ?? null);
  });
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
