import { baseUrl } from './browser.ts';

export type CatalogueItem = { readonly id: string; readonly name: string; readonly phase: string };

/** The catalogue as the API lists it for `query` (e.g. "?phase=stretch"), in its order. */
export async function fetchCatalogue(query = ''): Promise<CatalogueItem[]> {
  const response = await fetch(`${baseUrl()}/api/exercises${query}`);
  const body = (await response.json()) as { items: CatalogueItem[] };
  return body.items;
}

/** Just the ids of `fetchCatalogue(query)`. */
export async function fetchIds(query = ''): Promise<string[]> {
  return (await fetchCatalogue(query)).map((item) => item.id);
}
