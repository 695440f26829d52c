import { useLocation } from 'preact-iso';
import { t } from '../i18n/language.ts';
import type { MessageKey } from '../i18n/ru.ts';

export const SECTIONS = [
  { path: '/', label: 'nav.home' },
  { path: '/organizations', label: 'nav.organizations' },
  { path: '/initiatives', label: 'nav.initiatives' },
  { path: '/materials', label: 'nav.materials' },
  { path: '/trainings', label: 'nav.trainings' },
  { path: '/sync', label: 'nav.sync' },
  { path: '/settings', label: 'nav.settings' },
] as const satisfies readonly { path: string; label: MessageKey }[];

export function Nav() {
  const { path } = useLocation();
  return (
    <nav class="app-nav" aria-label={t('shell.navLabel')}>
      <ul>
        {SECTIONS.map((section) => (
          <li key={section.path}>
            <a href={section.path} aria-current={path === section.path ? 'page' : undefined}>
              {t(section.label)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
