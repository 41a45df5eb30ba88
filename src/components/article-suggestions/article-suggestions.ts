import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { HelpDeskAdapter } from '../../core/adapter.js';
import { isHelpDeskError } from '../../core/errors.js';
import type { Article } from '../../core/model/extras.js';
import { safeLinkUrl } from '../../core/sanitize-policy.js';
import { baseStyles } from '../shared/base.styles.js';
import { HdElement } from '../shared/hd-element.js';
import { articleSuggestionsStyles } from './article-suggestions.styles.js';

/** Whether each adapter offers article suggestions, asked once per adapter. */
const support = new WeakMap<HelpDeskAdapter, Promise<boolean>>();

function articlesSupported(adapter: HelpDeskAdapter): Promise<boolean> {
  let known = support.get(adapter);
  if (!known) {
    known = adapter.capabilities().then(capabilities => capabilities.articles);
    // A failed question is asked again next time.
    known.catch(() => support.delete(adapter));
    support.set(adapter, known);
  }
  return known;
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/**
 * Knowledge-base articles that may answer the customer's question before they open a case: while the subject is
 * typed (the host form sets `query`), up to five articles from the adapter's `suggestArticles`, each a link with
 * its excerpt, in a region labelled "Artículos que pueden ayudarle". The count is announced politely.
 *
 * It waits for a pause in typing (300 ms), needs at least three characters, and cancels a search whose query has
 * changed, so a late answer never replaces a newer one. It shows nothing, and takes no space, when there are no
 * articles, when the backend does not offer suggestions (`capabilities().articles` false), or when a search fails
 * (that is reported with `hd-error` only: a suggestion is never worth blocking the form).
 *
 * @tag hd-article-suggestions
 * @summary Knowledge-base articles suggested while the subject is typed.
 *
 * @fires hd-article-open - An article link was activated. Cancel it to show the article in the page instead of a new tab. Detail: `{ article }`.
 * @fires hd-error - A search failed; nothing is shown. Detail: `{ code, message }`.
 *
 * @csspart base - The region with the title and the list.
 * @csspart title - The region's title.
 * @csspart list - The list of articles.
 * @csspart article - One article.
 * @csspart link - The article's title, a link.
 * @csspart excerpt - The article's excerpt.
 *
 * @cssprop [--articles-background=var(--hd-color-surface-alt)] - Background of the region.
 * @cssprop [--articles-border-color=var(--hd-color-border)] - Border of the region.
 * @cssprop [--articles-link-color=var(--hd-color-brand)] - Color of the article links.
 */
export class HdArticleSuggestions extends HdElement {
  static override styles = [baseStyles, articleSuggestionsStyles];

  private timer: ReturnType<typeof setTimeout> | undefined;
  private controller: AbortController | undefined;
  private watchedAdapter: HelpDeskAdapter | undefined;
  /** The query of the articles on screen. */
  private shownQuery = '';

  @state() private articles: Article[] = [];
  @state() private supported: boolean | undefined;
  @state() private announcement = '';

  /** The text to find articles for: the subject as the customer types it. */
  @property() query = '';

  /** Most articles shown. */
  @property({ type: Number }) limit = 5;

  /** Fewest characters (without surrounding spaces) before a search runs. */
  @property({ type: Number, attribute: 'min-length' }) minLength = 3;

  /** Milliseconds of quiet typing before a search runs. */
  @property({ type: Number }) delay = 300;

  /** Level of the region's title in the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.cancel();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back in the page: search again for the current query.
    this.watchedAdapter = undefined;
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const adapter = this.configuration.config?.adapter;
    const adapterChanged = adapter !== this.watchedAdapter;
    if (adapterChanged) {
      this.watchedAdapter = adapter;
      this.supported = undefined;
    }
    if (adapterChanged || changed.has('query') || changed.has('minLength') || changed.has('limit')) this.schedule();
  }

  private cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.controller?.abort();
    this.controller = undefined;
  }

  private schedule(): void {
    const query = this.query.trim();
    if (query === this.shownQuery && this.articles.length && !this.controller) return;
    // Whatever is in flight answers a query the customer has already changed.
    this.cancel();
    if (query.length < this.minLength || !this.watchedAdapter || this.supported === false) {
      this.articles = [];
      this.shownQuery = '';
      return;
    }
    this.timer = setTimeout(() => void this.search(query), this.delay);
  }

  private async search(query: string): Promise<void> {
    const adapter = this.watchedAdapter;
    if (!adapter) return;
    const controller = new AbortController();
    this.controller = controller;
    try {
      const supported = await articlesSupported(adapter);
      if (controller.signal.aborted) return;
      this.supported = supported;
      if (!supported) {
        this.articles = [];
        return;
      }
      const articles = await adapter.suggestArticles(query, { signal: controller.signal });
      if (controller.signal.aborted) return;
      this.controller = undefined;
      this.shownQuery = query;
      const shown = articles.slice(0, Math.max(0, this.limit));
      const before = this.articles.map(article => article.id).join('\n');
      this.articles = shown;
      if (shown.length && shown.map(article => article.id).join('\n') !== before) {
        this.announcement =
          shown.length === 1
            ? this.localize.t('articles.countOne')
            : this.localize.t('articles.count', { count: shown.length });
      }
    } catch (error) {
      if (controller.signal.aborted || isAbort(error)) return;
      this.controller = undefined;
      this.articles = [];
      if (isHelpDeskError(error, 'unsupported')) {
        this.supported = false;
        return;
      }
      this.emit('hd-error', {
        code: isHelpDeskError(error) ? error.code : 'server',
        message: this.localize.error(error)
      });
    }
  }

  private onOpen(event: MouseEvent, article: Article): void {
    const proceed = this.emit('hd-article-open', { article }, { cancelable: true });
    if (!proceed) event.preventDefault();
  }

  protected override render() {
    if (this.supported === false) return nothing;
    const list = this.articles;
    return html`<p class="visually-hidden" role="status">${this.announcement}</p>
      ${
        list.length
          ? html`<section part="base" class="articles" aria-labelledby="title">
              <p part="title" class="articles__title" id="title" role="heading" aria-level=${this.headingLevel}>
                ${this.localize.t('articles.title')}
              </p>
              <ul part="list" class="articles__list">
                ${list.map(article => {
                  const href = safeLinkUrl(article.url, document.baseURI);
                  return html`<li part="article" class="articles__item">
                    ${
                      href
                        ? html`<a
                            part="link"
                            class="articles__link"
                            href=${href}
                            target="_blank"
                            rel="noopener noreferrer"
                            @click=${(event: MouseEvent) => this.onOpen(event, article)}
                            >${article.title}<span class="visually-hidden">
                              ${this.localize.t('articles.newTab')}</span
                            ></a
                          >`
                        : html`<span part="link" class="articles__link">${article.title}</span>`
                    }
                    <p part="excerpt" class="articles__excerpt">${article.excerpt}</p>
                  </li>`;
                })}
              </ul>
            </section>`
          : nothing
      }`;
  }
}
