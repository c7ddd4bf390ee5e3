/**
 * A draft job description for a role, assembled from its data in the reader's language: what a
 * recruiter pastes into a job board or an applicant-tracking system and then completes with what
 * only the employer knows (the bracketed placeholders). It states a figure only as its source
 * gives it, with the source and its date. No JobPosting JSON-LD: that type is for live openings.
 */
import type { Catalog, Texts } from '../catalog';
import { byId, payFigures, publisherName, textOf } from '../catalog';
import { experienceYears, payWords, sourceDateWords } from '../format';
import type { Locale } from '../model';
import { t } from '../../i18n/ui';
import { htmlText, markdownText } from '../escape';

/** One part of the description: a heading and its lines. */
export interface JobSection {
  id: 'responsibilities' | 'requirements' | 'nice-to-have' | 'tools' | 'metrics' | 'pay';
  heading: string;
  items: string[];
}

/** A job description, ready to render or to copy in any format. */
export interface JobDescription {
  title: string;
  /** "Also called: …", or empty. */
  alsoCalled: string;
  /** What only the employer knows: label and placeholder. */
  employer: { label: string; placeholder: string }[];
  summary: string;
  sections: JobSection[];
  /** The last line: where the description comes from, with the role page's absolute address. */
  origin: { text: string; url: string };
}

/** The job description of role `id` in `lang`; `roleUrl` is the role page's absolute address, `siteName` the guide's name. */
export function jobDescription(catalog: Catalog, id: string, lang: Locale, roleUrl: string, siteName: string): JobDescription {
  const say = t(lang);
  const role = byId(catalog.roles, id);
  const words = textOf(role, lang);
  const source = (sid: string) => byId(catalog.sources, sid);
  const cite = (sid: string) => {
    const s = source(sid);
    return say('jd.cite', { source: publisherName(s, lang), date: sourceDateWords(s, lang, say) });
  };
  const name = (entries: readonly { id: string; file: string; texts: Texts<{ name: string }> }[], eid: string) => textOf(byId(entries, eid), lang).fields.name;
  const skills = (importance: 'essential' | 'optional') => role.skills.filter((s) => s.importance === importance).map((s) => name(catalog.skills, s.skill));

  const sections: JobSection[] = [
    { id: 'responsibilities', heading: say('role.responsibilities'), items: words.fields.responsibilities },
    {
      id: 'requirements',
      heading: say('jd.requirements'),
      items: [
        ...skills('essential'),
        ...role.education.map(
          (e) => `${say(`qualification.${e.qualification}`)} (${say(`requirement.${e.requirement}`)}${e.scope === 'all-cs' ? `; ${say('scope.all-cs')}` : ''}; ${cite(e.source)})`,
        ),
        // Years a role asks for or people in it usually have; years of the stages before it are no requirement of it.
        ...role.experience
          .filter((e) => e.kind !== 'earlier-stage')
          .map(
          (e) => `${say('jd.experience', { years: experienceYears(e, say) })} (${say(`experienceKind.${e.kind}`)}; ${cite(e.source)})`,
        ),
      ],
    },
    {
      id: 'nice-to-have',
      heading: say('jd.niceToHave'),
      items: [...skills('optional'), ...role.certifications.map((cid) => say('jd.certification', { name: name(catalog.certifications, cid) }))],
    },
    { id: 'tools', heading: say('role.tools'), items: role.tools.map((tid) => name(catalog.tools, tid)) },
    {
      id: 'metrics',
      heading: say('jd.metrics'),
      items: role.metrics.map((mid) => {
        const metric = byId(catalog.metrics, mid);
        return say('jd.metricTarget', { metric: `${textOf(metric, lang).fields.name} (${metric.abbreviation})` });
      }),
    },
    {
      id: 'pay',
      heading: say('jd.pay'),
      items:
        payFigures(role).length > 0
          ? payFigures(role).map((s) => `${payWords(s, lang, say, (range) => say('jd.payRange', { range }))} (${cite(s.source)})`)
          : [say('jd.noPay')],
    },
  ];
  return {
    title: words.fields.title,
    alsoCalled: words.fields.altTitles.length > 0 ? `${say('role.alsoCalled')}: ${words.fields.altTitles.join(', ')}` : '',
    employer: (['company', 'location', 'type'] as const).map((k) => ({ label: say(`jd.${k}`), placeholder: say(`jd.${k}Placeholder`) })),
    summary: words.fields.summary,
    sections: sections.filter((s) => s.items.length > 0),
    origin: { text: say('jd.origin', { site: siteName }), url: roleUrl },
  };
}

/** The description as plain text, for any text box. */
export function jobDescriptionText(jd: JobDescription): string {
  return [
    jd.title,
    ...(jd.alsoCalled ? [jd.alsoCalled] : []),
    '',
    ...jd.employer.map((e) => `${e.label}: ${e.placeholder}`),
    '',
    jd.summary,
    ...jd.sections.flatMap((s) => ['', s.heading, ...s.items.map((i) => `- ${i}`)]),
    '',
    `${jd.origin.text}: ${jd.origin.url}`,
  ].join('\n');
}

/** The description as Markdown, for GitLab, Notion or a job board that takes it. */
export function jobDescriptionMarkdown(jd: JobDescription): string {
  return [
    `# ${markdownText(jd.title)}`,
    ...(jd.alsoCalled ? ['', markdownText(jd.alsoCalled)] : []),
    '',
    ...jd.employer.map((e) => `- **${markdownText(e.label)}:** ${markdownText(e.placeholder)}`),
    '',
    markdownText(jd.summary),
    ...jd.sections.flatMap((s) => ['', `## ${markdownText(s.heading)}`, '', ...s.items.map((i) => `- ${markdownText(i)}`)]),
    '',
    `${markdownText(jd.origin.text)}: <${jd.origin.url}>`,
  ].join('\n');
}

/** The description as HTML, for rich-text editors (Word, Google Docs, ATS editors); every string escaped. */
export function jobDescriptionHtml(jd: JobDescription): string {
  return [
    `<h1>${htmlText(jd.title)}</h1>`,
    ...(jd.alsoCalled ? [`<p>${htmlText(jd.alsoCalled)}</p>`] : []),
    `<ul>${jd.employer.map((e) => `<li><strong>${htmlText(e.label)}:</strong> ${htmlText(e.placeholder)}</li>`).join('')}</ul>`,
    `<p>${htmlText(jd.summary)}</p>`,
    ...jd.sections.map((s) => `<h2>${htmlText(s.heading)}</h2><ul>${s.items.map((i) => `<li>${htmlText(i)}</li>`).join('')}</ul>`),
    `<p>${htmlText(jd.origin.text)}: <a href="${htmlText(jd.origin.url)}">${htmlText(jd.origin.url)}</a></p>`,
  ].join('\n');
}
