/**
 * The project's one article id rule: Unicode NFC, then every run of characters outside [A-Za-z0-9._-] becomes one
 * '-', runs of '-' collapse to one, and '-' and '.' are trimmed from both ends (so no id is '.', '..' or hidden).
 * '' when nothing is left: such an article is refused.
 */
export function urlSafeId(name: string): string {
  return name
    .normalize('NFC')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
}

/** A file's name without its directory and last extension. */
export function fileStem(path: string): string {
  const name = path.split(/[\\/]/).pop()!;
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

/** Article id of a file: its name without directory and last extension, by the id rule. */
export const articleId = (path: string): string => urlSafeId(fileStem(path));

/** Article id of one row of an export: the file's stem and the row's line number, by the id rule. */
export const rowId = (path: string, line: number): string => urlSafeId(`${fileStem(path)}-${line}`);
