/**
 * --json output: the server's JSON, unchanged but pretty-printed with two spaces, so scripts
 * get exactly the API's shape (including fields this CLI version does not know about yet).
 */
export function formatJson(json: unknown): string {
  return `${JSON.stringify(json, null, 2)}\n`;
}
