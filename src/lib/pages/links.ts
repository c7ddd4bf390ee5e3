/** The links page models hand to views: a title and an address, already in the reader's language. */
import type { Role } from '../catalog';
import { textOf } from '../catalog';
import type { Locale } from '../model';
import { pathTo, type PageRef } from '../routes';
import { t } from '../../i18n/ui';

/** A link to another page of the guide. */
export interface EntryLink {
  title: string;
  href: string;
}

/** A role in a list of roles (RoleList): its title, link and level, and why it is listed. */
export interface RoleLink extends EntryLink {
  level: string;
  /** A badge such as "Promotion" or "Essential". */
  note?: string;
  /** On whose word the link rests, e.g. "according to Guru" or "this guide's reading". */
  basis?: string;
}

/** A link to any page, for a title the caller already has. */
export function entryLink(lang: Locale, page: PageRef, title: string): EntryLink {
  return { title, href: pathTo(lang, page) };
}

/** A role as a RoleList item. */
export function roleLink(role: Role, lang: Locale, extra: { note?: string; basis?: string } = {}): RoleLink {
  return {
    ...entryLink(lang, { view: 'role', id: role.id }, textOf(role, lang).fields.title),
    level: t(lang)(`level.${role.level}`),
    ...(extra.note ? { note: extra.note } : {}),
    ...(extra.basis ? { basis: extra.basis } : {}),
  };
}
