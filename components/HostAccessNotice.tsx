import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';

/** The extension's access to the court's pages, as the browser holds it now. */
export interface HostAccess {
  /** Whether the extension may read and change courts.mo.gov pages (never asks anything). */
  has(): Promise<boolean>;
  /** Asks the browser for that access. Call it straight from the click: browsers only allow the question then. */
  request(): Promise<boolean>;
  /** Calls back whenever access is granted or removed in the browser; returns what stops it. */
  watch(onChange: () => void): () => void;
}

/**
 * The court hosts the extension needs, as the manifest asks for them (`host_permissions`, written in
 * wxt.config.ts only): the person can remove that access per site (Firefox) or withhold it (Chrome's
 * "Site access"), and then no content script runs there and nothing else would say why.
 */
export function courtOrigins(): string[] {
  return browser.runtime.getManifest().host_permissions ?? [];
}

/** HostAccess through the browser's permissions API, for the court origins of the manifest. */
export function browserHostAccess(): HostAccess {
  const origins = courtOrigins();
  return {
    has: () => browser.permissions.contains({ origins }),
    request: () => browser.permissions.request({ origins }),
    watch(onChange) {
      browser.permissions.onAdded.addListener(onChange);
      browser.permissions.onRemoved.addListener(onChange);
      return () => {
        browser.permissions.onAdded.removeListener(onChange);
        browser.permissions.onRemoved.removeListener(onChange);
      };
    },
  };
}

type State = 'checking' | 'allowed' | 'missing' | 'asking' | 'refused' | 'granted';

/**
 * Shown at the top of the popup when the extension lacks its access to courts.mo.gov: says so in
 * plain words, with one button that asks the browser for it. Nothing at all while access is there.
 */
export function HostAccessNotice({ access }: { access: HostAccess }) {
  const [state, setState] = useState<State>('checking');

  useEffect(() => {
    let live = true;
    // A change made in the browser while the popup is open (or the answer to our own question).
    const check = () =>
      access.has().then(
        (has) => {
          if (!live) return;
          if (has) setState((was) => (was === 'checking' || was === 'allowed' ? 'allowed' : 'granted'));
          else setState((was) => (was === 'asking' || was === 'refused' ? was : 'missing'));
        },
        // Cannot tell: say nothing rather than something that may be wrong.
        () => live && setState((was) => (was === 'checking' ? 'allowed' : was)),
      );
    void check();
    const stop = access.watch(() => void check());
    return () => {
      live = false;
      stop();
    };
  }, [access]);

  const ask = () => {
    setState('asking');
    void access
      .request()
      .catch(() => false)
      // A "no" while access came some other way (the browser's settings) is still access.
      .then(async (granted) => granted || (await access.has().catch(() => false)))
      .then((has) => setState(has ? 'granted' : 'refused'));
  };

  if (state === 'checking' || state === 'allowed') return null;
  if (state === 'granted') {
    return (
      <p class="card done" role="status">
        {t('host_access_granted')}
      </p>
    );
  }
  return (
    <section class="card error host-access" aria-labelledby="host-access-heading">
      <h2 id="host-access-heading">{t('host_access_heading')}</h2>
      <p>{t('host_access_explain')}</p>
      <button type="button" class="primary" onClick={ask} disabled={state === 'asking'}>
        {t('host_access_allow')}
      </button>
      {state === 'asking' && <p role="status">{t('host_access_asking')}</p>}
      {state === 'refused' && <p role="status">{t('host_access_refused')}</p>}
    </section>
  );
}
