// _locales/*/messages.json (the manifest's name, description and command) come from locales/.
import { defineWxtModule } from 'wxt/modules';
import { manifestLocales } from '../../locales/manifest';

export default defineWxtModule({
  name: 'charte-pme:locales',
  setup(wxt) {
    wxt.hooks.hook('build:publicAssets', (_wxt, files) => {
      for (const [lang, messages] of Object.entries(manifestLocales())) {
        files.push({ relativeDest: `_locales/${lang}/messages.json`, contents: JSON.stringify(messages, null, 2) });
      }
    });
  },
});
