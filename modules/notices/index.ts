// THIRD_PARTY_NOTICES.txt: the licences of the packages the builds kept, so every zip carries them.
import { addViteConfig, defineWxtModule } from 'wxt/modules';
import { noticesCollector } from './collect';

export default defineWxtModule({
  name: 'charte-pme:notices',
  setup(wxt) {
    const notices = noticesCollector();
    addViteConfig(wxt, () => ({ plugins: [notices.plugin()] }));
    wxt.hooks.hook('build:done', (wxt) => {
      notices.writeNotices(wxt.config.root, wxt.config.outDir);
    });
  },
});
