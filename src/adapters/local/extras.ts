import * as z from 'zod/mini';
import { Article, Entitlement, Invoice } from '../../core/index.js';
import { requireCapability } from './capability-defaults.js';
import { checked } from './checked.js';
import type { LocalContext } from './context.js';
import { requireUser } from './sessions.js';
import { words } from './text.js';

const MAX_SUGGESTIONS = 5;
/** Shorter words ("de", "la", "el", "to") match nearly every article, so they do not count. */
const MIN_WORD_LENGTH = 3;

/** Hour bags are private: only a signed-in customer sees them. */
export async function listEntitlements(ctx: LocalContext): Promise<Entitlement[]> {
  requireCapability(ctx.capabilities.entitlements, 'support entitlements');
  await requireUser(ctx);
  const { catalog } = await ctx.state();
  return checked(z.array(Entitlement), catalog.entitlements, 'entitlements');
}

export async function listInvoices(ctx: LocalContext): Promise<Invoice[]> {
  requireCapability(ctx.capabilities.invoices, 'invoices');
  await requireUser(ctx);
  const { catalog } = await ctx.state();
  return checked(z.array(Invoice), catalog.invoices, 'invoices');
}

/**
 * Up to five articles whose title or excerpt has words starting like the query's words (accents and case ignored),
 * best first: a word in the title weighs twice one in the excerpt. The knowledge base is public, so no session.
 */
export async function suggestArticles(ctx: LocalContext, query: string): Promise<Article[]> {
  requireCapability(ctx.capabilities.articles, 'article suggestions');
  const { catalog } = await ctx.state();
  const wanted = words(String(query ?? '')).filter(word => word.length >= MIN_WORD_LENGTH);
  if (wanted.length === 0) return [];
  const scored = catalog.articles
    .map(article => ({
      article,
      score: score(wanted, words(article.title)) * 2 + score(wanted, words(article.excerpt))
    }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || a.article.title.localeCompare(b.article.title));
  return checked(
    z.array(Article),
    scored.slice(0, MAX_SUGGESTIONS).map(({ article }) => article),
    'articles'
  );
}

function score(wanted: readonly string[], text: readonly string[]): number {
  return wanted.filter(word => text.some(candidate => candidate.startsWith(word))).length;
}
