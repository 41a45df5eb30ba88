import type { FieldOption } from '../../core/index.js';
import type { ZendeskClient } from './client.js';
import { LookupRecordsResponse, type TicketField } from './wire.js';

// Options of a lookup relationship field, through Zendesk's autocomplete endpoints. The document allows them for
// agents only, so the adapter offers lookup fields only with `lookups: 'autocomplete'` (a proxy calling with an
// agent's rights); a call with an end user's token is refused (`forbidden`).

export async function lookupOptions(
  client: ZendeskClient,
  field: TicketField,
  query: string,
  signal?: AbortSignal
): Promise<FieldOption[]> {
  const target = field.relationship_target_type ?? '';
  const params = new URLSearchParams({ name: query, field_id: String(field.id), source: 'zen:ticket' });
  if (target.startsWith('zen:custom_object:')) {
    const key = encodeURIComponent(target.slice('zen:custom_object:'.length));
    const answer = await client.get(
      `custom_objects/${key}/records/autocomplete`,
      params,
      LookupRecordsResponse,
      'the lookup',
      signal
    );
    return (answer.custom_object_records ?? []).map(record => ({ value: String(record.id), label: record.name }));
  }
  if (query.trim() === '') return [];
  if (target === 'zen:user') {
    const answer = await client.get('users/autocomplete', params, LookupRecordsResponse, 'the lookup', signal);
    return (answer.users ?? []).map(user => ({
      value: String(user.id),
      label: user.name,
      ...(user.email ? { details: { email: user.email } } : {})
    }));
  }
  if (target === 'zen:organization') {
    const answer = await client.get('organizations/autocomplete', params, LookupRecordsResponse, 'the lookup', signal);
    return (answer.organizations ?? []).map(organization => ({
      value: String(organization.id),
      label: organization.name
    }));
  }
  return [];
}
