/**
 * The job description page's buttons: copy as plain text, rich text (HTML beside plain text, so a
 * rich editor keeps the headings and lists) or Markdown, and print. The texts were made at build
 * time (src/lib/pages/job-description.ts); this only hands them to the clipboard.
 */
import { fillPlaceholders } from '../lib/placeholders';

interface Formats {
  text: string;
  markdown: string;
  html: string;
  words: { copied: string; failed: string; text: string; rich: string; markdown: string };
}

const actions = document.querySelector<HTMLElement>('[data-jd-actions]');
const data = document.querySelector('script[data-jd-formats]');
if (actions && data) {
  const formats = JSON.parse(data.textContent ?? '{}') as Formats;
  const status = document.querySelector<HTMLElement>('[data-jd-status]')!;
  const copy = async (format: 'text' | 'rich' | 'markdown') => {
    if (format === 'rich') {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([formats.html], { type: 'text/html' }),
          'text/plain': new Blob([formats.text], { type: 'text/plain' }),
        }),
      ]);
    } else await navigator.clipboard.writeText(format === 'text' ? formats.text : formats.markdown);
  };
  for (const button of actions.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
    const format = button.dataset.copy as 'text' | 'rich' | 'markdown';
    button.addEventListener('click', () => {
      copy(format).then(
        () => (status.textContent = fillPlaceholders(formats.words.copied, { format: formats.words[format] })),
        () => (status.textContent = formats.words.failed),
      );
    });
  }
  actions.querySelector('[data-print]')!.addEventListener('click', () => window.print());
  actions.hidden = false;
}
