/** The printable handout for these exercises, in this order. */
export function handoutPath(ids: readonly string[]): string {
  return `/exercises/handout?${new URLSearchParams({ ids: ids.join(',') }).toString()}`;
}

/** The ids in a handout link, each once, in order; anything that is not a slug is dropped. */
export function readHandoutIds(params: URLSearchParams): string[] {
  const ids = (params.get('ids') ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter((id) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id));
  return [...new Set(ids)].slice(0, 60);
}
