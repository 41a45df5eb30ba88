import type { Article } from '../../core/index.js';
import type { ZendeskClient } from './client.js';
import { ArticleSearchResponse } from './wire.js';

// Help Center article suggestions: `GET /api/v2/help_center/articles/search?query=` (Zendesk's Help Center API,
// not part of the Support API document; see docs/zendesk.md). The endpoint answers anonymous callers too; the
// adapter sends the customer's token when it has one, as browsers on another origin need an OAuth token for CORS.

const SUGGESTIONS = 5;

function excerpt(snippet: string | null | undefined, body: string | null | undefined): string {
  const text = (snippet || body || '')
    .replace(/<\/?(p|div|br|li|ul|ol|h[1-6]|tr|td|blockquote)\b[^>]*>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}

export async function suggestArticles(
  client: ZendeskClient,
  query: string,
  locale: string | undefined,
  signal?: AbortSignal
): Promise<Article[]> {
  const words = query.trim();
  if (words === '') return [];
  const params = new URLSearchParams({ query: words, per_page: String(SUGGESTIONS) });
  if (locale) params.set('locale', locale);
  const answer = await client.get(
    'help_center/articles/search',
    params,
    ArticleSearchResponse,
    'the article search',
    signal
  );
  return answer.results.slice(0, SUGGESTIONS).map(result => ({
    id: String(result.id),
    title: result.title,
    excerpt: excerpt(result.snippet, result.body),
    url: result.html_url
  }));
}
