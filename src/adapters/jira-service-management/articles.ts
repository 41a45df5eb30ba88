import { Article as ArticleSchema, HelpDeskError, type Article } from '../../core/index.js';
import { checked } from '../http/responses.js';
import { API, type CallContext } from './client.js';
import type { JiraContext } from './context.js';
import { ArticleDto, paged } from './schemas.js';

// Suggestions come from the knowledge base linked to the portal: `GET /knowledgebase/article?query=` across the desks
// the customer can see (an experimental operation: it needs `X-ExperimentalApi: opt-in`). Articles are Confluence
// pages; the id is the page id and the link the page's portal view (`content.iframeSrc`).

const SUGGESTIONS = 5;
const Articles = paged(ArticleDto);

function plain(text: string | undefined): string {
  return (text ?? '')
    .replace(/@@@(end)?hl@@@/g, '')
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export async function suggestArticles(ctx: JiraContext, query: string, call: CallContext = {}): Promise<Article[]> {
  if (ctx.options.articles === false) {
    throw new HelpDeskError('unsupported', 'This help desk does not suggest articles.');
  }
  await ctx.client.requireSession();
  const text = typeof query === 'string' ? query.trim() : '';
  if (text.length < 2) return [];
  const params = new URLSearchParams([
    ['query', text],
    ['highlight', 'false'],
    ['start', '0'],
    ['limit', String(SUGGESTIONS)]
  ]);
  const page = await ctx.client.get(`${API}knowledgebase/article`, params, Articles, 'suggestArticles()', {
    ...call,
    experimental: true
  });
  return page.values
    .filter(item => plain(item.title) !== '')
    .map(item =>
      checked(
        ArticleSchema,
        {
          id: item.source?.pageId ?? plain(item.title),
          title: plain(item.title),
          excerpt: plain(item.excerpt),
          url: item.content?.iframeSrc ?? ''
        },
        'suggestArticles()'
      )
    );
}
