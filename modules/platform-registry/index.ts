// Serves the registry's generated modules (./plugin.ts) to every bundle of the build.
import { addViteConfig, defineWxtModule } from 'wxt/modules';
import { platformRegistry } from './plugin';

export default defineWxtModule({
  name: 'charte-pme:platform-registry',
  setup(wxt) {
    addViteConfig(wxt, () => ({ plugins: [platformRegistry(wxt.config.root)] }));
  },
});
