/**
 * Entry ids come from file names so that a page's URL is visible in the content tree.
 * Astro would silently let a second file with the same id replace the first; this refuses it.
 */

const ID_PATTERN = /^([a-z]{2}\/)?[a-z0-9]+(-[a-z0-9]+)*$/;

/** Why a content file's name cannot serve as an entry id, as a message that says how to fix it. */
export class ContentFileNameError extends Error {}

/**
 * Turns `roles/team-leader.yaml` into `team-leader` (and `texts/roles/en/x.mdx` into `en/x`),
 * refusing names that are not URL-safe and names already taken by another file.
 */
export function entryIdFromPath(path: string, seen: Map<string, string>): string {
  const parts = path.split('/');
  const file = parts.at(-1) ?? '';
  const stem = file.replace(/\.[^.]+$/, '');
  const langFolder = parts.length >= 2 && /^[a-z]{2}$/.test(parts.at(-2) ?? '') ? `${parts.at(-2)}/` : '';
  const id = `${langFolder}${stem}`;
  if (!ID_PATTERN.test(id)) {
    throw new ContentFileNameError(
      `${path}: the file name "${file}" cannot be an entry id. Expected lowercase letters, digits and hyphens, e.g. "team-leader.yaml".`,
    );
  }
  const earlier = seen.get(id);
  if (earlier !== undefined && earlier !== path) {
    throw new ContentFileNameError(
      `${path}: the id "${id}" is already used by ${earlier}. Two entries cannot share an id: rename or merge one of the files.`,
    );
  }
  seen.set(id, path);
  return id;
}
