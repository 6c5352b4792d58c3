import { render } from 'preact';
import { OptionsApp } from '@/components/options/OptionsApp';
import { downloadText } from '@/components/options/download';
import { askProfiles } from '@/lib/profile-client';
import './style.css';

render(
  <OptionsApp ask={askProfiles} download={(filename, text) => downloadText(filename, text)} />,
  document.getElementById('app')!,
);
