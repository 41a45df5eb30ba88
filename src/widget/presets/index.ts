import type { Preset } from '../../core/preset.js';
import { categoryCards } from './category-cards.js';
import { cloudServices } from './cloud-services.js';
import { companyTickets } from './company-tickets.js';
import { equipmentWarranty } from './equipment-warranty.js';
import { supportHours } from './support-hours.js';

export { categoryCards, cloudServices, companyTickets, equipmentWarranty, supportHours };

/** Every preset the library ships, by id (the script tag's `data-preset`). */
export const presets: Readonly<Record<string, Preset>> = {
  [equipmentWarranty.id]: equipmentWarranty,
  [supportHours.id]: supportHours,
  [categoryCards.id]: categoryCards,
  [companyTickets.id]: companyTickets,
  [cloudServices.id]: cloudServices
};
