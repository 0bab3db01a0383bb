import { callExtension } from './report';
import { setViewTimer, settingsOf, type FirstStage } from './stage';
import { pillTranslator } from './strings';

/** How long the card may take to load before the badge says it could not. */
const CARD_LOAD_TIMEOUT_MS = 3000;

const isCardLoaded = (stage: FirstStage) => stage.forCard?.isCardLoaded ?? false;

/** Opens or closes the card; the first opening asks the background for the card (second stage). */
function setCardOpen(stage: FirstStage, isOpen: boolean): void {
  stage.state.setState({ isOpen });
  stage.surface?.setExpanded(isOpen);
  if (!isOpen) {
    if (!isCardLoaded(stage)) stage.surface?.slot.replaceChildren();
    return;
  }
  if (!isCardLoaded(stage) && !stage.isCardRequested) requestCard(stage);
}

/** The pill's action: only the user's own clicks and keys reach it (the callers check isTrusted). */
export function toggleCard(stage: FirstStage): void {
  if (stage.ctx.isValid) setCardOpen(stage, !stage.state.getState().isOpen);
}

/** Closes the card and puts focus back on the pill. */
export function closeCard(stage: FirstStage): void {
  setCardOpen(stage, false);
  stage.surface?.pill.focus();
}

function requestCard(stage: FirstStage): void {
  stage.isCardRequested = true;
  // For npm run bench: click → card painted (the card measures from this mark).
  performance.mark('charte-pme:open');
  setViewTimer(stage, () => showLoadFailure(stage), CARD_LOAD_TIMEOUT_MS);
  // The background injects the card (scripting.executeScript): nothing a page could fetch.
  void callExtension(stage, (api) => api.runtime.sendMessage({ type: 'card/load' }))
    .then((answer) => {
      if (!(answer as { ok?: boolean } | undefined)?.ok) throw new Error('refused');
    })
    .catch(() => {
      stage.isCardRequested = false;
      showLoadFailure(stage);
    });
}

function showLoadFailure(stage: FirstStage): void {
  const settings = settingsOf(stage);
  if (!stage.surface || !settings || isCardLoaded(stage) || !stage.state.getState().isOpen) return;
  const note = document.createElement('p');
  note.className = 'note';
  note.setAttribute('role', 'status');
  note.textContent = pillTranslator(stage.group.strings, settings)('badge.card.loadFailed');
  stage.surface.slot.replaceChildren(note);
}
