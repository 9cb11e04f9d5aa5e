import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GuideText } from '../../content/schema';
import { RichText } from '../../components/rich-text';
import './understanding-check.css';

type Question = GuideText['understanding'][number];

function UnderstandingQuestion({ question, number }: { question: Question; number: number }) {
  const { t } = useTranslation();
  const name = useId();
  const [chosen, setChosen] = useState<number>();
  const [checked, setChecked] = useState<number | 'none'>();
  const right = question.choices[question.answer] ?? '';
  return (
    <fieldset className="understanding__question">
      <legend>
        <span className="understanding__number">{number}.</span> {question.question}
      </legend>
      {question.choices.map((choice, index) => (
        <label key={index} className="understanding__choice">
          <input
            type="radio"
            name={name}
            checked={chosen === index}
            onChange={() => {
              setChosen(index);
              setChecked(undefined);
            }}
          />{' '}
          {choice}
        </label>
      ))}
      <button
        type="button"
        className="button button--secondary"
        onClick={() => setChecked(chosen ?? 'none')}
      >
        {t('understanding.check')}
      </button>
      {/* Said in words and marked with a sign, never by colour alone. */}
      <div role="status" className="understanding__result">
        {checked === 'none' && <p>{t('understanding.chooseFirst')}</p>}
        {typeof checked === 'number' && (
          <>
            <p
              className={
                checked === question.answer ? 'understanding__right' : 'understanding__wrong'
              }
            >
              <span aria-hidden="true">{checked === question.answer ? '✓ ' : '✗ '}</span>
              {checked === question.answer
                ? t('understanding.right')
                : t('understanding.notQuite', { answer: right })}
            </p>
            <p>
              <RichText text={question.explanation} />
            </p>
          </>
        )}
      </div>
    </fieldset>
  );
}

/** Teach-back: a few questions on what matters most. Answers stay in the page's memory. */
export function UnderstandingCheck({ questions }: { questions: readonly Question[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="understanding-heading" className="understanding no-print">
      <h2 id="understanding-heading">{t('understanding.heading')}</h2>
      <p>{t('understanding.intro')}</p>
      {questions.map((question, index) => (
        <UnderstandingQuestion key={index} question={question} number={index + 1} />
      ))}
    </section>
  );
}
