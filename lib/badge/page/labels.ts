import { chipStatus, shortStatus } from '../../status';
import { settingsOf, type FirstStage } from './stage';
import { pillTranslator } from './strings';

/** The pill's texts in the settings' language: its accessible name, its line, its phone chip. */
export function writePillLabels(stage: FirstStage): void {
  const settings = settingsOf(stage);
  if (!stage.surface || !settings) return;
  const t = pillTranslator(settings);
  const long = shortStatus(stage.platform, t, location.hostname);
  stage.surface.setLabels({
    name: `${t('badge.pill.prefix', { platform: stage.platform.name })} ${long}`,
    mark: t('badge.pill.mark'),
    long,
    chip: chipStatus(stage.platform, t),
  });
}
