/** The site's sections in navigation order: the header's menu and the search page's list without JavaScript. */
import type { PageRef, View } from './routes';

/** One section: the dictionary key of its name, its index page, and the views that belong to it. */
export interface NavSection {
  key: 'nav.ladder' | 'nav.roles' | 'nav.skills' | 'nav.certifications' | 'nav.metrics' | 'nav.tools' | 'nav.guides' | 'nav.lists' | 'nav.sources';
  page: PageRef;
  views: View[];
  /** Whether the section lists entries that search can find (the search page offers these to browse). */
  browsable: boolean;
}

/** Every section, once. */
export const NAVIGATION: readonly NavSection[] = [
  { key: 'nav.ladder', page: { view: 'ladder' }, views: ['ladder'], browsable: true },
  { key: 'nav.roles', page: { view: 'roles' }, views: ['roles', 'role', 'job-description', 'compare'], browsable: true },
  { key: 'nav.skills', page: { view: 'skills' }, views: ['skills', 'skill'], browsable: true },
  { key: 'nav.certifications', page: { view: 'certifications' }, views: ['certifications', 'certification'], browsable: true },
  { key: 'nav.metrics', page: { view: 'metrics' }, views: ['metrics', 'metric'], browsable: true },
  { key: 'nav.tools', page: { view: 'tools' }, views: ['tools', 'tool'], browsable: true },
  { key: 'nav.guides', page: { view: 'guides' }, views: ['guides', 'guide'], browsable: true },
  { key: 'nav.lists', page: { view: 'lists' }, views: ['lists', 'list', 'list-print', 'list-builder'], browsable: true },
  { key: 'nav.sources', page: { view: 'sources' }, views: ['sources'], browsable: false },
];
