import { isLang, type Lang } from '../../i18n/config';
import type { SearchFilters } from '../../lib/search/engine';
import type { ResultPage } from '../../lib/search/results';
import { readSearchParams, writeSearchParams } from '../../lib/search/params';
import { isTopicId } from '../../lib/topics';
import { SearchClient } from './client';
import { renderResult, ResultElements, syncChildren } from './render';

/** UI strings handed over by SearchView (the locale JSON stays the only source). */
export interface SearchPageStrings {
  count_one: string;
  count_other: string;
  countShown: string;
  countShownNewest: string;
  more: string;
  none: string;
  loading: string;
  error: string;
  foreign: string;
  actors: string;
  elsewhere: string;
  otherName: string;
  otherNames: string;
}

/**
 * How long typing must pause before the address bar follows. Each `replaceState` is a
 * same-document navigation that the browser process records; once per keystroke it cost
 * the browser more than the search itself.
 */
const URL_DELAY_MS = 300;

/** After the page has loaded and the main thread has a moment (no timeout: the box's focus comes first if sooner). */
function whenIdle(run: () => void): void {
  const start = () => ('requestIdleCallback' in window ? requestIdleCallback(() => run()) : setTimeout(run, 0));
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}

/** One letter typed (not pasted, deleted or filled in whole): the reader is typing on. */
function isTypedLetter(event: Event): boolean {
  return event instanceof InputEvent && event.inputType === 'insertText' && event.data?.length === 1;
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');
}

/**
 * The search page: instant results while typing, `?q=` kept in step, keyboard navigation
 * through the results. Without JavaScript the same form still submits as a GET request.
 */
export class SearchPage extends HTMLElement {
  #client!: SearchClient;
  #lang!: Lang;
  #strings!: SearchPageStrings;
  #form!: HTMLFormElement;
  #input!: HTMLInputElement;
  #topic: HTMLSelectElement | null = null;
  #year: HTMLSelectElement | null = null;
  #month: HTMLSelectElement | null = null;
  #sort: HTMLSelectElement | null = null;
  /** The address typing asked for, not yet in the address bar (see `#scheduleUrl`). */
  #typedUrl: string | undefined;
  #status!: HTMLElement;
  #list!: HTMLOListElement;
  #empty!: HTMLElement;
  /** Latest stories, topics and example searches: shown while there is nothing to search for. */
  #starts: HTMLElement[] = [];
  #more!: HTMLButtonElement;
  /** The query and filters of the results on screen, for "show more". */
  #shown: { query: string; filters: SearchFilters; total: number } | undefined;
  #plural!: Intl.PluralRules;
  #numbers!: Intl.NumberFormat;
  #elements!: ResultElements;
  #urlTimer: ReturnType<typeof setTimeout> | undefined;

  /** Set by the entry script before the element upgrades. */
  static createWorker: () => Worker;

  connectedCallback(): void {
    const lang = this.dataset.lang;
    this.#lang = isLang(lang) ? lang : 'de';
    this.#strings = JSON.parse(this.dataset.strings ?? '{}') as SearchPageStrings;
    this.#form = this.querySelector('form')!;
    this.#input = this.querySelector('[data-search-input]')!;
    this.#topic = this.querySelector('select[name="topic"]');
    this.#year = this.querySelector('select[name="year"]');
    this.#month = this.querySelector('select[name="month"]');
    this.#sort = this.querySelector('select[name="sort"]');
    this.#status = this.querySelector('[data-search-status]')!;
    this.#list = this.querySelector('[data-search-results]')!;
    this.#empty = this.querySelector('[data-search-empty]')!;
    this.#starts = [...this.querySelectorAll<HTMLElement>('[data-search-start]')];
    this.#more = this.querySelector('[data-search-more]')!;
    this.#more.addEventListener('click', () => void this.#showMore());
    this.#plural = new Intl.PluralRules(this.#lang);
    this.#numbers = new Intl.NumberFormat(this.#lang);
    this.#elements = new ResultElements((result) => renderResult(result, this.#lang, this.#strings));
    this.#client = new SearchClient(this.dataset.indexUrl ?? '', SearchPage.createWorker);
    this.#client.onError(() => this.#announce(this.#strings.error));

    // A visit to the search page is a visit to search: the worker, the manifest and the engine
    // get ready while the reader looks at the page (and at once when the box gets focus), so
    // the first keystroke waits only for the shards its words need.
    this.#input.addEventListener('focus', () => this.#client.prepare(), { once: true });
    whenIdle(() => this.#client.prepare());
    this.#input.addEventListener('input', (event) => void this.#update({ typing: true, ahead: isTypedLetter(event) }));
    // Leaving the box (arrow to a result, a click on a link) or the page brings the address up to date first.
    this.#input.addEventListener('blur', () => this.#flushUrl());
    window.addEventListener('pagehide', () => this.#flushUrl());
    // A filter or sort chosen is a step the back button goes back to; typing is not.
    for (const select of [this.#topic, this.#year, this.#month, this.#sort]) {
      select?.addEventListener('change', () => void this.#update({ push: true }));
    }
    window.addEventListener('popstate', () => {
      this.#restore();
      void this.#update({ fromAddress: true });
    });
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#update();
    });
    this.addEventListener('keydown', (event) => this.#navigate(event));

    this.#restore();
    if (this.#input.value.trim() || this.#filters().topic || this.#filters().year) void this.#update({ fromAddress: true });
  }

  /** Puts the address's query, filters and sort into the form. */
  #restore(): void {
    const { query, filters } = readSearchParams(new URLSearchParams(location.search));
    this.#input.value = query;
    if (this.#topic) this.#topic.value = filters.topic ?? '';
    if (this.#year) this.#year.value = filters.year && this.#hasOption(this.#year, filters.year) ? filters.year : '';
    if (this.#month) this.#month.value = filters.month ?? '';
    if (this.#sort) this.#sort.value = filters.sort ?? '';
  }

  #hasOption(select: HTMLSelectElement, value: string): boolean {
    return [...select.options].some((option) => option.value === value);
  }

  #filters(): SearchFilters {
    const year = this.#year?.value || undefined;
    // A month means nothing without its year: the box waits, greyed out, until a year is chosen.
    if (this.#month) this.#month.disabled = !year;
    return {
      topic: isTopicId(this.#topic?.value) ? this.#topic.value : undefined,
      year,
      month: (year && this.#month?.value) || undefined,
      sort: this.#sort?.value === 'date' ? 'date' : undefined,
    };
  }

  /** Searches for what the form says; while typing, the address bar follows once typing pauses. */
  async #update({ typing = false, ahead = false, push = false, fromAddress = false } = {}): Promise<void> {
    const query = this.#input.value;
    const filters = this.#filters();
    if (!query.trim() && !filters.topic && !filters.year) {
      if (!fromAddress) this.#syncUrl({ push });
      this.#show(undefined, query);
      return;
    }
    // The worker starts on the query first; the address bar is updated while it searches.
    const answer = this.#client.search(query, filters, 0, ahead);
    if (typing) this.#scheduleUrl();
    else if (!fromAddress) this.#syncUrl({ push });
    if (this.#list.childElementCount === 0) this.#announce(this.#strings.loading);
    const page = await answer;
    if (!page) return;
    this.#show(page, query);
    // After the frame that paints it (a timeout queued from the frame runs once it is drawn).
    requestAnimationFrame(() => setTimeout(() => this.#client.shown(), 0));
  }

  /** Appends the next results of the same query and moves focus to the first of them. */
  async #showMore(): Promise<void> {
    const shown = this.#shown;
    // Only for the results on screen: a query still being typed would lose its answer.
    if (!shown || shown.query !== this.#input.value) return;
    const page = await this.#client.search(shown.query, shown.filters, this.#list.childElementCount);
    if (!page || this.#shown !== shown || page.offset !== this.#list.childElementCount) return;
    const items = this.#elements.add(page.results);
    this.#list.append(...items);
    this.#announceCount(page);
    items[0]?.querySelector('a')?.focus();
  }

  #scheduleUrl(): void {
    clearTimeout(this.#urlTimer);
    this.#typedUrl = this.#formUrl();
    this.#urlTimer = setTimeout(() => this.#syncUrl(), URL_DELAY_MS);
  }

  /** The address for what the form says now. */
  #formUrl(): string {
    const url = new URL(location.href);
    url.search = writeSearchParams(url.searchParams, { query: this.#input.value, filters: this.#filters() }).toString();
    return url.href;
  }

  #flushUrl(): void {
    if (this.#urlTimer !== undefined) this.#syncUrl();
  }

  /** Puts the form's current query, filters and sort into the address bar. */
  #syncUrl({ push = false } = {}): void {
    clearTimeout(this.#urlTimer);
    this.#urlTimer = undefined;
    // A filter chosen before the address caught up with typing: the step back leads to the
    // typed query, the results the reader saw, not to the address before typing.
    const typed = this.#typedUrl;
    this.#typedUrl = undefined;
    if (push && typed !== undefined && typed !== location.href) history.replaceState(history.state, '', typed);
    const url = this.#formUrl();
    if (url === location.href) return;
    if (push) history.pushState(null, '', url);
    else history.replaceState(history.state, '', url);
  }

  #show(page: ResultPage | undefined, query: string): void {
    syncChildren(this.#list, this.#elements.replace(page?.results ?? []));
    this.#empty.hidden = !page || page.total > 0;
    for (const start of this.#starts) start.hidden = Boolean(page);
    this.#shown = page && { query, filters: this.#filters(), total: page.total };
    if (!page) this.#announce('');
    else if (page.total === 0) this.#announce(fill(this.#strings.none, { query: query.trim() }));
    else this.#announceCount(page);
    this.#more.hidden = !page || page.total <= this.#list.childElementCount;
    this.dispatchEvent(new CustomEvent('search-rendered', { detail: { query, total: page?.total ?? 0 } }));
  }

  #announceCount(page: ResultPage): void {
    const shown = this.#list.childElementCount;
    const count = this.#numbers.format(page.total);
    const text = fill(this.#plural.select(page.total) === 'one' ? this.#strings.count_one : this.#strings.count_other, { count });
    const more = this.#shown?.filters.sort === 'date' ? this.#strings.countShownNewest : this.#strings.countShown;
    this.#announce(page.total > shown ? `${text} ${fill(more, { shown: this.#numbers.format(shown) })}` : text);
    this.#more.hidden = page.total <= shown;
  }

  #announce(text: string): void {
    if (this.#status.textContent !== text) this.#status.textContent = text;
  }

  /** Arrows move between the box and the result links; Escape clears. */
  #navigate(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      if (!this.#input.value) return;
      event.preventDefault();
      this.#input.value = '';
      this.#input.focus();
      void this.#update();
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...this.#list.querySelectorAll<HTMLAnchorElement>('.result-title a')];
    if (links.length === 0) return;
    const current = links.indexOf(document.activeElement as HTMLAnchorElement);
    const fromInput = document.activeElement === this.#input;
    if (current === -1 && !fromInput) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? (fromInput ? 0 : Math.min(current + 1, links.length - 1)) : current - 1;
    if (next < 0) this.#input.focus();
    else links[next]!.focus();
  }
}
