import { HelpDeskError, type Category } from '../../core/index.js';
import { API, segment, type CallContext, type JiraClient } from './client.js';
import type { CategorySource, JiraServiceManagementOptions } from './options.js';
import {
  RequestTypeDto,
  RequestTypeGroupDto,
  ServiceDeskDto,
  type RequestTypeDto as RequestType,
  type ServiceDeskDto as ServiceDesk
} from './schemas.js';

// Service desks, request type groups and request types become the category tree:
// - one desk (or `serviceDeskId` set): its groups are the cards, their request types the subcategories;
// - several desks: a card per desk, its groups below, request types below those.
// Groups keep the portal's order (Jira returns them as the administrator arranged them). A request type in two groups
// appears under both, with distinct category ids and one form. Request types in no group are hidden on the portal and
// left out; groups with no request type are left out too.

export interface CategoryPlace {
  path: Category[];
  serviceDeskId: string;
  groupId?: string;
  requestTypeId?: string;
}

export interface Catalog {
  tree: Category[];
  desks: Map<string, { desk: ServiceDesk; types: RequestType[] }>;
  places: Map<string, CategoryPlace>;
}

export const categoryIds = {
  desk: (desk: string) => `sd:${desk}`,
  group: (desk: string, group: string) => `group:${desk}:${group}`,
  requestType: (desk: string, group: string, type: string) => `type:${desk}:${group}:${type}`
};

export function formIdOf(serviceDeskId: string, requestTypeId: string): string {
  return `form:${serviceDeskId}:${requestTypeId}`;
}

/** The service desk and request type of a form id; anything else is `not-found`. */
export function parseFormId(formId: string): { serviceDeskId: string; requestTypeId: string } {
  const match = /^form:([^:]+):([^:]+)$/.exec(String(formId));
  if (!match) throw new HelpDeskError('not-found', `Form "${formId}" does not exist.`);
  return { serviceDeskId: match[1]!, requestTypeId: match[2]! };
}

function decorate(options: JiraServiceManagementOptions, category: Category, source: CategorySource): Category {
  return options.decorateCategory ? options.decorateCategory(category, source) : category;
}

async function desksOf(client: JiraClient, options: JiraServiceManagementOptions, call: CallContext) {
  if (options.serviceDeskId !== undefined) {
    const path = `${API}servicedesk/${segment(options.serviceDeskId, 'Service desk')}`;
    return [await client.get(path, undefined, ServiceDeskDto, 'the service desk', call)];
  }
  const { items } = await client.scan(
    `${API}servicedesk`,
    new URLSearchParams(),
    ServiceDeskDto,
    'the service desks',
    call
  );
  return items;
}

/** Reads the catalog: desks, then each desk's groups and request types (two listings per desk). */
export async function loadCatalog(
  client: JiraClient,
  options: JiraServiceManagementOptions,
  call: CallContext = {}
): Promise<Catalog> {
  const desks = await desksOf(client, options, call);
  const perDesk = await Promise.all(
    desks.map(async desk => {
      const base = `${API}servicedesk/${segment(desk.id, 'Service desk')}`;
      const [groups, types] = await Promise.all([
        client.scan(
          `${base}/requesttypegroup`,
          new URLSearchParams(),
          RequestTypeGroupDto,
          'the request type groups',
          call
        ),
        client.scan(`${base}/requesttype`, new URLSearchParams(), RequestTypeDto, 'the request types', call)
      ]);
      return { desk, groups: groups.items, types: types.items };
    })
  );

  const places = new Map<string, CategoryPlace>();
  const catalog: Catalog = { tree: [], desks: new Map(), places };
  const single = perDesk.length === 1;
  for (const { desk, groups, types } of perDesk) {
    catalog.desks.set(desk.id, { desk, types });
    const deskCategory: Category | undefined = single
      ? undefined
      : decorate(
          options,
          { id: categoryIds.desk(desk.id), name: desk.projectName ?? desk.projectKey ?? desk.id },
          { kind: 'serviceDesk', serviceDeskId: desk.id, projectKey: desk.projectKey }
        );
    const groupCategories: Category[] = [];
    for (const group of groups) {
      const groupCategory = decorate(
        options,
        { id: categoryIds.group(desk.id, group.id), name: group.name },
        { kind: 'group', serviceDeskId: desk.id, groupId: group.id }
      );
      const children = types
        .filter(type => (type.groupIds ?? []).includes(group.id))
        .map(type =>
          decorate(
            options,
            {
              id: categoryIds.requestType(desk.id, group.id, type.id),
              name: type.name,
              ...(type.description ? { description: type.description } : {}),
              formId: formIdOf(desk.id, type.id)
            },
            { kind: 'requestType', serviceDeskId: desk.id, groupId: group.id, requestTypeId: type.id }
          )
        );
      if (children.length === 0) continue;
      const withChildren = { ...groupCategory, children };
      groupCategories.push(withChildren);
      const above = deskCategory ? [deskCategory] : [];
      places.set(withChildren.id, { path: [...above, withChildren], serviceDeskId: desk.id, groupId: group.id });
      for (const child of children) {
        const requestTypeId = child.formId ? parseFormId(child.formId).requestTypeId : '';
        places.set(child.id, {
          path: [...above, withChildren, child],
          serviceDeskId: desk.id,
          groupId: group.id,
          requestTypeId
        });
      }
    }
    if (deskCategory) {
      if (groupCategories.length === 0) continue;
      const withGroups = { ...deskCategory, children: groupCategories };
      places.set(withGroups.id, { path: [withGroups], serviceDeskId: desk.id });
      // The paths below were built with the desk before its children were known: point them at the full card.
      for (const place of places.values()) {
        if (place.serviceDeskId === desk.id && place.path[0]?.id === withGroups.id) place.path[0] = withGroups;
      }
      catalog.tree.push(withGroups);
    } else {
      catalog.tree.push(...groupCategories);
    }
  }
  return catalog;
}

/** The place of a request type category, or `not-found` (also for desks and groups, which have no form). */
export function requestTypePlace(catalog: Catalog, categoryId: string): Required<CategoryPlace> {
  const place = catalog.places.get(categoryId);
  if (!place?.requestTypeId || !place.groupId) {
    throw new HelpDeskError('not-found', `Category "${categoryId}" has no form: it is not a request type.`);
  }
  return place as Required<CategoryPlace>;
}

/**
 * The category path of a request: the one the customer chose when known (`preferred`), else the first group the
 * request type is in. A request type the portal does not show gets a one-step path of its own.
 */
export function categoryPathOf(
  catalog: Catalog | undefined,
  serviceDeskId: string,
  requestType: { id: string; name?: string | undefined },
  preferred?: string
): { id: string; name: string }[] {
  const places = catalog ? [...catalog.places.entries()] : [];
  const matches = places.filter(
    ([, place]) => place.serviceDeskId === serviceDeskId && place.requestTypeId === requestType.id
  );
  const chosen = matches.find(([id]) => id === preferred) ?? matches[0];
  if (chosen) return chosen[1].path.map(category => ({ id: category.id, name: category.name }));
  return [
    { id: categoryIds.requestType(serviceDeskId, '-', requestType.id), name: requestType.name ?? requestType.id }
  ];
}
