import { Icon } from '../../../components/Icon';
import { useLocalized, useT } from '../../../i18n/i18n';
import { usePreferences } from '../../../state/preferences';
import { kioskText } from '../kiosk-messages';
import { useKiosk, useKioskStore } from '../kiosk-context';
import { say } from '../say';
import { quizFeedback } from '../view-speech';

/** A short scenario question with kind feedback: there is no score and no failure sound. */
export function QuizView({ index }: { index: number }) {
  const t = useT();
  const local = useLocalized();
  const lang = usePreferences((s) => s.lang);
  const walkthrough = useKiosk((s) => s.walkthrough)!;
  const answers = useKiosk((s) => s.answers);
  const { answer, next } = useKioskStore().getState();
  const question = walkthrough.questions[index]!;
  const chosenId = answers[question.id];
  const chosen = question.options.find((o) => o.id === chosenId);
  const feedback = chosen ? quizFeedback(chosen, lang) : '';

  const choose = (optionId: string) => {
    if (chosenId) return;
    answer(question.id, optionId);
    const option = question.options.find((o) => o.id === optionId)!;
    say({ text: quizFeedback(option, lang) });
  };

  return (
    <section className="quiz" aria-labelledby="quiz-prompt">
      <p className="progress">{t(kioskText.questionOf, { n: index + 1, of: walkthrough.questions.length })}</p>
      {index === 0 && <p className="muted">{t(kioskText.questionsIntro)}</p>}
      <h1 id="quiz-prompt">{local(question.prompt)}</h1>
      <div className="choices" role="group" aria-labelledby="quiz-prompt">
        {question.options.map((o) => (
          <button
            key={o.id}
            type="button"
            className={`choice${chosenId === o.id ? ' chosen' : ''}${chosen && o.correct ? ' correct' : ''}`}
            aria-pressed={chosenId === o.id}
            disabled={!!chosenId && chosenId !== o.id}
            onClick={() => choose(o.id)}
          >
            {chosen && o.correct && <Icon name="check" />}
            {local(o.label)}
          </button>
        ))}
      </div>
      <div role="status" className={`feedback-text${chosen ? (chosen.correct ? ' good' : ' gentle') : ''}`}>
        {feedback}
      </div>
      {chosen && (
        <div className="actions">
          <button type="button" className="primary continue" onClick={next}>
            {t(kioskText.continue)}
          </button>
        </div>
      )}
    </section>
  );
}
