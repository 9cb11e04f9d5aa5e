import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../content/vocabulary';
import { languageAutonym } from '../lib/language';
import { sentencesIn, voiceFor } from './read-aloud';
import './read-aloud-control.css';

type State = 'idle' | 'playing' | 'paused';
type Problem = 'noVoice' | 'unsupported';

const HIGHLIGHT = 'read-aloud';

function highlight(range?: Range) {
  if (!('highlights' in CSS)) return;
  if (!range) {
    CSS.highlights.delete(HIGHLIGHT);
    return;
  }
  CSS.highlights.set(HIGHLIGHT, new Highlight(range));
  range.startContainer.parentElement?.scrollIntoView({ block: 'nearest' });
}

/**
 * Listen: reads the element `targetId` aloud in the page's language, sentence by sentence,
 * with the sentence being read highlighted. Speech stays on the device; where it has no voice
 * for the language, the reader is told so plainly.
 */
export function ReadAloudControl({ targetId, lang }: { targetId: string; lang: Language }) {
  const { t } = useTranslation();
  const [state, setState] = useState<State>('idle');
  const [problem, setProblem] = useState<Problem>();
  // Each reading has a number, so that events from a stopped one are ignored.
  const reading = useRef(0);
  const mainButton = useRef<HTMLButtonElement>(null);

  const stop = () => {
    reading.current += 1;
    window.speechSynthesis?.cancel();
    highlight();
    setState('idle');
  };
  // Leaving the page, or moving to another stage, stops the reading.
  useEffect(() => stop, [targetId, lang]);

  const play = async () => {
    const synth = window.speechSynthesis;
    if (!synth || typeof SpeechSynthesisUtterance === 'undefined') {
      setProblem('unsupported');
      return;
    }
    const voice = await voiceFor(lang);
    if (!voice) {
      setProblem('noVoice');
      return;
    }
    const root = document.getElementById(targetId);
    if (!root) return;
    const sentences = sentencesIn(root, lang);
    synth.cancel();
    const id = ++reading.current;
    setProblem(undefined);
    setState('playing');
    sentences.forEach((sentence, index) => {
      const utterance = new SpeechSynthesisUtterance(sentence.text);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      utterance.addEventListener('start', () => {
        if (reading.current === id) highlight(sentence.range);
      });
      if (index === sentences.length - 1)
        utterance.addEventListener('end', () => {
          if (reading.current === id) stop();
        });
      synth.speak(utterance);
    });
  };

  const onMain = () => {
    if (state === 'idle') void play();
    else if (state === 'playing') {
      window.speechSynthesis.pause();
      setState('paused');
    } else {
      window.speechSynthesis.resume();
      setState('playing');
    }
  };

  const status =
    problem === 'unsupported'
      ? t('listen.unsupported')
      : problem === 'noVoice'
        ? t('listen.noVoice', { language: languageAutonym(lang) })
        : state === 'playing'
          ? t('listen.reading')
          : state === 'paused'
            ? t('listen.paused')
            : '';

  return (
    <div className="read-aloud no-print" role="group" aria-label={t('listen.label')}>
      <button ref={mainButton} type="button" className="button button--secondary" onClick={onMain}>
        <span aria-hidden="true">{state === 'playing' ? '❚❚' : '▶'}</span>{' '}
        {state === 'idle'
          ? t('listen.play')
          : state === 'playing'
            ? t('listen.pause')
            : t('listen.resume')}
      </button>
      {state !== 'idle' && (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            stop();
            mainButton.current?.focus();
          }}
        >
          <span aria-hidden="true">■</span> {t('listen.stop')}
        </button>
      )}
      <p role="status" className="read-aloud__status">
        {status}
      </p>
    </div>
  );
}
