import type { Axis, Commitment } from '@/data/charter/commitments';
import { pick, typesetFrench } from '@/lib/text';
import { useI18n } from '../i18n';
import { ClaimList } from './claim-list';
import { SourceLinks } from './source-links';

interface Props {
  axes: readonly Axis[];
  /** What holds across the axes (the stated aim). */
  crossCutting: readonly Commitment[];
}

/** The three axes, each in the government's own words, with the commitments the sources describe. */
export function CommitmentList({ axes, crossCutting }: Props) {
  const { t, lang } = useI18n();
  return (
    <>
      <p>{t('sidepanel.commitments.secondary')}</p>
      {axes.map((axis, i) => (
        <div key={axis.id} class="axis" data-axis={axis.id}>
          <h3>{t('sidepanel.commitments.axis', { n: i + 1, title: pick(axis.title, lang) })}</h3>
          <p class="axis__label">
            {t('sidepanel.commitments.wording')} <span lang={axis.label.lang}>{typesetFrench(`« ${axis.label.text} »`)}</span>
          </p>
          <SourceLinks ids={axis.sources} />
          <ClaimList items={axis.commitments} />
        </div>
      ))}
      {crossCutting.length > 0 && (
        <>
          <h3>{t('sidepanel.commitments.crossCutting')}</h3>
          <ClaimList items={crossCutting} />
        </>
      )}
    </>
  );
}
