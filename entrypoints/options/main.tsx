// First: before any module builds a zod schema (see lib/messaging/zod-setup.ts).
import '@/lib/messaging/zod-setup';
import { render } from 'preact';
import { OptionsApp } from '@/components/options/OptionsApp';
import { downloadText } from '@/components/options/download';
import { t } from '@/lib/i18n';
import { send } from '@/lib/messaging/send';
import '@/components/theme.css';
import './style.css';

// options.html's title is in English (HTML cannot read messages.json): the translated one replaces it.
document.documentElement.lang = t('html_lang');
document.title = t('options_title');
render(
  <OptionsApp ask={send} download={(filename, text) => downloadText(filename, text)} />,
  document.getElementById('app')!,
);
