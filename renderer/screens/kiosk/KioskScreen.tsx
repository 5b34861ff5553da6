import { useEffect } from 'react';
import { Toolbar } from '../../components/Toolbar';
import { useT } from '../../i18n/i18n';
import { common } from '../../i18n/common-messages';
import { errorMessage } from '../../i18n/errors';
import { usePreferences } from '../../state/preferences';
import { useSpeech } from '../../speech/speech-store';
import { IdleGuard } from './IdleGuard';
import { useKiosk, useKioskStore, useStartOver } from './kiosk-context';
import { ReadAloudBar } from './ReadAloudBar';
import { say } from './say';
import { speaksOnOpen, speechForView } from './view-speech';
import { FinishView } from './views/FinishView';
import { HelpPriorityView } from './views/HelpPriorityView';
import { HelpTopicView } from './views/HelpTopicView';
import { HomeView } from './views/HomeView';
import { IntroView } from './views/IntroView';
import { QuizView } from './views/QuizView';
import { StepView } from './views/StepView';
import { TicketView } from './views/TicketView';
import './kiosk.css';

const DEFAULT_IDLE_SECONDS = 120;
const CATALOG_RETRY_MS = 5_000;

/** The visitor's screen: the same controls on top of every view, read-aloud, and the idle reset. */
export function KioskScreen() {
  const kiosk = useKioskStore();
  const startOver = useStartOver();
  const t = useT();
  const view = useKiosk((s) => s.view);
  const visit = useKiosk((s) => s.visit);
  const busy = useKiosk((s) => s.busy);
  const errorKey = useKiosk((s) => s.errorKey);
  const canGoBack = useKiosk((s) => s.history.length > 0);
  const hasVisitor = useKiosk((s) => s.view.name !== 'home' || s.walkthrough !== null || s.ticket !== null);
  const idleSeconds = useKiosk((s) => s.info?.kioskIdleSeconds ?? DEFAULT_IDLE_SECONDS);
  const prefsChanged = usePreferences((s) => s.lang !== 'vi' || s.textSizeStep !== 0 || s.highContrast);
  const lang = usePreferences((s) => s.lang);

  const catalogError = useKiosk((s) => s.catalogError);
  useEffect(() => {
    void kiosk.getState().load();
  }, [kiosk]);
  // An unattended kiosk heals itself: while the guides cannot be read, try again every few seconds.
  useEffect(() => {
    if (!catalogError) return;
    const timer = window.setInterval(() => void kiosk.getState().load(), CATALOG_RETRY_MS);
    return () => window.clearInterval(timer);
  }, [kiosk, catalogError]);

  // Speech stops as soon as the visitor touches anything but the speech controls.
  useEffect(() => {
    const onTouch = (e: PointerEvent) => {
      if (e.target instanceof Element && e.target.closest('[data-keeps-speech]')) return;
      useSpeech.getState().stop();
    };
    window.addEventListener('pointerdown', onTouch, { capture: true });
    return () => window.removeEventListener('pointerdown', onTouch, { capture: true });
  }, []);

  // Each screen but the first page reads itself when it opens, and again in the other language.
  useEffect(() => {
    if (!speaksOnOpen(view)) return;
    say(speechForView(kiosk.getState(), lang));
  }, [kiosk, view, lang]);

  useEffect(() => {
    window.scrollTo(0, 0);
  }, [view]);

  const listenAgain = () => say(speechForView(kiosk.getState(), usePreferences.getState().lang));

  return (
    <div className="screen kiosk">
      {/* One wrapper, so that on a short screen both bars can share their rows (kiosk.css). */}
      <div className="kiosk-top">
        <Toolbar
          onStartOver={startOver}
          onBack={kiosk.getState().goBack}
          canGoBack={canGoBack}
          onListenAgain={listenAgain}
          onCallVolunteer={kiosk.getState().askForHelp}
        />
        <ReadAloudBar />
      </div>
      <main className="content" aria-busy={busy} key={visit}>
        {errorKey && view.name !== 'help-priority' && (
          <p role="alert" className="error">
            {t(errorMessage(errorKey))}
          </p>
        )}
        {view.name === 'home' && <HomeView />}
        {view.name === 'intro' && <IntroView />}
        {view.name === 'step' && <StepView key={view.index} index={view.index} />}
        {view.name === 'quiz' && <QuizView key={view.index} index={view.index} />}
        {view.name === 'finish' && <FinishView />}
        {view.name === 'help-topic' && <HelpTopicView />}
        {view.name === 'help-priority' && <HelpPriorityView />}
        {view.name === 'ticket' && <TicketView />}
        {busy && view.name !== 'help-priority' && <p className="status">{t(common.loading)}</p>}
      </main>
      <IdleGuard idleSeconds={idleSeconds} inUse={hasVisitor || prefsChanged} onReset={startOver} />
    </div>
  );
}
