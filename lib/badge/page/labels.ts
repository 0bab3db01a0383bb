import { scopedToHost } from '../../status';
import { settingsOf, type FirstStage } from './stage';
import { pillLang, pillTranslator } from './strings';

/**
 * The pill's texts in the settings' language: its accessible name, its line, its phone chip. The
 * strings and status lines come with the stage's group (written at build time from the tables).
 */
export function writePillLabels(stage: FirstStage): void {
  const settings = settingsOf(stage);
  if (!stage.surface || !settings) return;
  const t = pillTranslator(stage.group.strings, settings);
  const lines = stage.group.lines[stage.platform.id]?.[pillLang(settings)];
  if (!lines) return;
  const long = scopedToHost(lines.short, stage.platform, t, location.hostname);
  stage.surface.setLabels({
    name: `${t('badge.pill.prefix', { platform: stage.platform.name })} ${long}`,
    mark: t('badge.pill.mark'),
    long,
    chip: lines.chip,
  });
}
