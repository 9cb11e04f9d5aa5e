import { Form, Link } from 'react-router';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../content/vocabulary';
import type { CodePart, Explanation, NextChoice } from '../../content/icd10pcs/pcs-code';
import { siblingCodes } from '../../content/icd10pcs/pcs-code';
import type { PcsWords } from '../../content/icd10pcs/load-directory';
import {
  describePart,
  summarizeParts,
  translateLabel,
  type DescribedPart,
} from '../../content/icd10pcs/describe-code';
import { GuideLinkList, type GuideLink } from '../../components/guide-link-list';
import { PageHead } from '../../components/page-head';
import './code-page.css';

interface CodePageProps {
  lang: Language;
  explanation: Explanation;
  version: string;
  words: PcsWords;
  guides: readonly GuideLink[];
}

const codeHref = (lang: Language, code: string) =>
  `/${lang}/codes/icd10pcs${code ? `/${code}` : ''}`;

/** A code or part of one, kept left to right inside any script. */
function Code({ children }: { children: string }) {
  return (
    <span className="code" dir="ltr">
      {children}
    </span>
  );
}

/** A code inside a sentence: isolated, so it reads left to right in Arabic too. */
const isolated = (code: string) => `\u2066${code}\u2069`;

/** Text that may be the English label where no translation exists yet. */
function Said({ text, textLang, lang }: { text: string; textLang: Language; lang: Language }) {
  return textLang === lang ? <>{text}</> : <span lang={textLang}>{text}</span>;
}

function describeAll(parts: readonly CodePart[], lang: Language, words: PcsWords) {
  return parts.map((part) => describePart(part, parts[0]?.char ?? '', lang, words));
}

function Trail({ lang, parts }: { lang: Language; parts: readonly DescribedPart[] }) {
  const { t } = useTranslation();
  const steps = parts.slice(0, 3);
  return (
    <nav aria-label={t('codes.trail')} className="code-trail">
      <ol>
        <li>
          <Link to={codeHref(lang, '')}>{t('codes.trailRoot')}</Link>
        </li>
        {steps.map((part, index) => {
          const prefix = steps
            .slice(0, index + 1)
            .map((p) => p.char)
            .join('');
          return (
            <li key={part.pos}>
              <Link to={codeHref(lang, prefix)}>
                <Code>{prefix}</Code>{' '}
                <Said text={part.meaning} textLang={part.meaningLang} lang={lang} />
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

function CharacterList({
  lang,
  heading,
  parts,
}: {
  lang: Language;
  heading: string;
  parts: readonly DescribedPart[];
}) {
  const { t } = useTranslation();
  const id = useId();
  if (parts.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <ol className="code-characters">
        {parts.map((part) => (
          <li key={part.pos} className="code-character">
            <span className="code-character__char" aria-hidden="true" dir="ltr">
              {part.char}
            </span>
            <div>
              <h3 className="code-character__heading">
                <span className="code-character__position">
                  {t('codes.characterPosition', { pos: part.pos })}:
                </span>{' '}
                <Code>{part.char}</Code> · {part.axis}
              </h3>
              <p className="code-character__meaning">
                <Said text={part.meaning} textLang={part.meaningLang} lang={lang} />
              </p>
              {part.gloss && <p>{part.gloss}</p>}
              {(lang !== 'en' || part.official !== part.meaning) && (
                <p className="code-character__official">
                  {t('codes.officialName')} <span lang="en">{part.official}</span>
                </p>
              )}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}

function Choices({
  lang,
  prefix,
  next,
  words,
  heading,
}: {
  lang: Language;
  prefix: string;
  next: { pos: number; title: string; choices: NextChoice[] };
  words: PcsWords;
  heading: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const section = prefix[0] ?? '';
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <ul className="code-choices">
        {next.choices.map((choice) => {
          const part = describePart(
            { pos: next.pos, char: choice.char, title: next.title, label: choice.label },
            next.pos === 1 ? choice.char : section,
            lang,
            words,
          );
          return (
            <li key={choice.char}>
              <Link to={codeHref(lang, prefix + choice.char)}>
                <Code>{prefix + choice.char}</Code>{' '}
                <Said text={part.meaning} textLang={part.meaningLang} lang={lang} />
              </Link>{' '}
              <span className="code-choices__count">
                {t('codes.choiceCodes', { count: choice.codes })}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function LookUpForm({ lang, defaultValue = '' }: { lang: Language; defaultValue?: string }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <Form method="get" action={codeHref(lang, '')} className="code-look-up" role="search">
      <label htmlFor={id}>{t('codes.lookUpLabel')}</label>
      <p id={`${id}-hint`} className="code-look-up__hint">
        {t('codes.lookUpHint')}
      </p>
      <div className="code-look-up__row">
        <input
          id={id}
          name="code"
          defaultValue={defaultValue}
          aria-describedby={`${id}-hint`}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          dir="ltr"
          maxLength={40}
        />
        <button type="submit" className="button">
          {t('codes.lookUpSubmit')}
        </button>
      </div>
    </Form>
  );
}

function Notice({ version }: { version: string }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="notice">{t('codes.notice')}</p>
      <p className="code-source">{t('codes.source', { version })}</p>
    </>
  );
}

type Of<K extends Explanation['kind']> = Extract<Explanation, { kind: K }>;

/** `/{lang}/codes/icd10pcs/{code}`: a whole code, character by character. */
function CodeExplained({
  lang,
  explanation,
  version,
  words,
  guides,
}: CodePageProps & { explanation: Of<'code'> }) {
  const { t } = useTranslation();
  const site = t('site.name');
  const described = describeAll(explanation.parts, lang, words);
  const summary = summarizeParts(described);
  const siblings = siblingCodes(explanation.code, explanation.row).filter(
    (group) => group.codes.length > 0,
  );
  const title = t('codes.codeTitle', { code: isolated(explanation.code) });
  return (
    <div className="page page--narrow code-page">
      <PageHead
        title={`${title}: ${summary} · ${site}`}
        description={`${summary}. ${t('codes.notice')}`}
      />
      <Trail lang={lang} parts={described} />
      <h1 tabIndex={-1}>{title}</h1>
      <p className="code-summary">{summary}</p>
      <Notice version={version} />
      <CharacterList lang={lang} heading={t('codes.charactersHeading')} parts={described} />
      <section aria-labelledby="code-guides">
        <h2 id="code-guides">{t('codes.guidesHeading')}</h2>
        {guides.length > 0 ? (
          <GuideLinkList lang={lang} guides={guides} />
        ) : (
          <p>
            <Link to={`/${lang}/search`}>{t('codes.noGuide')}</Link>
          </p>
        )}
      </section>
      {siblings.length > 0 && (
        <section aria-labelledby="code-siblings">
          <h2 id="code-siblings">{t('codes.siblingsHeading')}</h2>
          <p>{t('codes.siblingsIntro')}</p>
          {siblings.map((group) => (
            <div key={group.pos}>
              <h3>
                {t('codes.siblingsAt', {
                  axis: words.glosses.axes[group.title] ?? group.title,
                  pos: group.pos,
                })}
              </h3>
              <ul className="code-choices">
                {group.codes.map((sibling) => {
                  const label = translateLabel(sibling.label, lang, words);
                  return (
                    <li key={sibling.code}>
                      <Link to={codeHref(lang, sibling.code)}>
                        <Code>{sibling.code}</Code>{' '}
                        <Said text={label.text} textLang={label.lang} lang={lang} />
                      </Link>
                    </li>
                  );
                })}
              </ul>
            </div>
          ))}
        </section>
      )}
    </div>
  );
}

/** The directory, or the start of a code: what it means so far and what can follow. */
function CodeStart({
  lang,
  explanation,
  version,
  words,
}: CodePageProps & { explanation: Of<'start'> }) {
  const { t } = useTranslation();
  const site = t('site.name');
  const { prefix, next } = explanation;
  const described = describeAll(explanation.parts, lang, words);
  const axis = words.glosses.axes[next.title] ?? next.title;
  const title = prefix
    ? t('codes.startTitle', { prefix: isolated(prefix) })
    : t('codes.directoryTitle');
  const last = described.at(-1);
  return (
    <div className="page page--narrow code-page">
      <PageHead
        title={`${title} · ${site}`}
        description={
          prefix && last ? `${last.meaning}. ${last.gloss ?? ''}` : t('codes.directoryIntro')
        }
      />
      {prefix && <Trail lang={lang} parts={described} />}
      <h1 tabIndex={-1}>{title}</h1>
      {prefix ? (
        <Notice version={version} />
      ) : (
        <p className="code-intro">{t('codes.directoryIntro')}</p>
      )}
      <LookUpForm lang={lang} />
      <CharacterList lang={lang} heading={t('codes.knownCharactersHeading')} parts={described} />
      <Choices
        lang={lang}
        prefix={prefix}
        next={next}
        words={words}
        heading={t('codes.nextHeading', { pos: next.pos, axis })}
      />
      {!prefix && <Notice version={version} />}
    </div>
  );
}

/** A code that cannot be read: which character is wrong, and what may come there. */
function CodeProblem({
  lang,
  explanation,
  words,
}: CodePageProps & { explanation: Of<'too-long'> | Of<'not-allowed'> }) {
  const { t } = useTranslation();
  const site = t('site.name');
  const input = explanation.input;
  const shown = input.length > 12 ? `${input.slice(0, 12)}…` : input;
  const title = t('codes.problemTitle', { input: isolated(shown) });
  const valid =
    explanation.kind === 'not-allowed' ? explanation.parts.map((p) => p.char).join('') : '';
  const described =
    explanation.kind === 'not-allowed' ? describeAll(explanation.parts, lang, words) : [];
  return (
    <div className="page page--narrow code-page">
      <PageHead title={`${title} · ${site}`} description={t('codes.directoryIntro')} />
      <h1 tabIndex={-1}>{title}</h1>
      {explanation.kind === 'too-long' ? (
        <>
          <p className="code-problem">
            {t('codes.tooLong', { input: isolated(shown), count: input.length })}
          </p>
          <p>
            <Link to={codeHref(lang, explanation.code)}>
              {t('codes.didYouMean', { code: isolated(explanation.code) })}
            </Link>
          </p>
        </>
      ) : (
        <>
          <p className="code-problem">
            {valid
              ? t('codes.notAllowedAfter', {
                  pos: explanation.pos,
                  char: isolated(explanation.char),
                  prefix: isolated(valid),
                })
              : t('codes.notAllowed', { pos: explanation.pos, char: isolated(explanation.char) })}
          </p>
          {/[IO]/.test(explanation.char) && <p>{t('codes.lettersIO')}</p>}
        </>
      )}
      <LookUpForm lang={lang} defaultValue={input.slice(0, 40)} />
      {explanation.kind === 'not-allowed' && (
        <>
          <CharacterList
            lang={lang}
            heading={t('codes.knownCharactersHeading')}
            parts={described}
          />
          <Choices
            lang={lang}
            prefix={valid}
            next={explanation.next}
            words={words}
            heading={t('codes.nextHeading', {
              pos: explanation.next.pos,
              axis: words.glosses.axes[explanation.next.title] ?? explanation.next.title,
            })}
          />
        </>
      )}
    </div>
  );
}

export function CodePage(props: CodePageProps) {
  const { explanation } = props;
  if (explanation.kind === 'code') return <CodeExplained {...props} explanation={explanation} />;
  if (explanation.kind === 'start') return <CodeStart {...props} explanation={explanation} />;
  return <CodeProblem {...props} explanation={explanation} />;
}
