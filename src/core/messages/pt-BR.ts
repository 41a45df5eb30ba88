import type { Messages } from './en.js';
import { ptBREssential } from './essential/pt-BR.js';
import { ptBROnDemand } from './on-demand/pt-BR.js';

/** Brazilian Portuguese (parts: see ./en.ts). */
export const ptBR: Messages = { ...ptBREssential, ...ptBROnDemand };
