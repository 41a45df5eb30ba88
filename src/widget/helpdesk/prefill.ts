import type { FieldValue } from '../../core/model/form.js';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

const frame = () => new Promise(resolve => setTimeout(resolve, 50));

/**
 * Fills fields of an `hd-case-form` as if typed: each control named after a field id gets the value and the
 * `input` and `change` events the form listens to, so the value is checked and kept like the customer's own.
 * Waits (up to about 5 s) for the form to be loaded. Resolves with the ids it filled; fields of later steps that
 * are not on screen yet are left out.
 */
export async function applyPrefill(form: HTMLElement, values: Record<string, FieldValue>): Promise<string[]> {
  for (let tries = 0; tries < 100; tries += 1) {
    const root = form.shadowRoot;
    if (root?.querySelector('form [name]')) {
      const filled: string[] = [];
      for (const [name, value] of Object.entries(values)) {
        const control = root.querySelector<Control>(`[name="${CSS.escape(name)}"]`);
        if (!control || value === null || value === undefined) continue;
        if (control instanceof HTMLInputElement && control.type === 'checkbox') control.checked = value === true;
        else control.value = Array.isArray(value) ? value.join(', ') : String(value);
        control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        control.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
        filled.push(name);
      }
      return filled;
    }
    await frame();
  }
  return [];
}
