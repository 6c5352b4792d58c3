import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '@/components/PopupApp';
import { askBackground } from '@/lib/progress-client';
import './style.css';

render(
  <PopupApp ask={askBackground} openLink={(url) => void browser.tabs.create({ url })} />,
  document.getElementById('app')!,
);
