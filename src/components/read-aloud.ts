/**
 * Reading a page aloud with the browser's own speech synthesis: nothing leaves the device.
 * The text is taken from the page as shown, split into sentences; each sentence is one
 * utterance, so the one being read can be highlighted (CSS Custom Highlight API: no change
 * to the page's DOM, which React owns).
 */
import type { Language } from '../content/vocabulary';

export interface Sentence {
  text: string;
  range: Range;
}

// Not read: hidden parts, the glossary's pop-up definitions, controls that are not text.
const SKIP =
  '[hidden], [aria-hidden="true"], [role="tooltip"], .no-print, .read-aloud, nav, form, script, style';
const BLOCK = 'h1, h2, h3, h4, h5, h6, p, li, dt, dd, legend, label, summary, figcaption, td, th';

/** The sentences of `root` in reading order, each with the range of text it covers. */
export function sentencesIn(root: HTMLElement, lang: Language): Sentence[] {
  const blocks = new Map<Element, { nodes: Text[] }>();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    const parent = text.parentElement;
    if (!parent || !text.data.trim() || parent.closest(SKIP)) continue;
    const block = parent.closest(BLOCK) ?? parent;
    if (!blocks.has(block)) blocks.set(block, { nodes: [] });
    blocks.get(block)!.nodes.push(text);
  }
  const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
  const sentences: Sentence[] = [];
  for (const { nodes } of blocks.values()) {
    const whole = nodes.map((n) => n.data).join('');
    // Where each node's text starts within the block's whole text.
    const starts = nodes.map((_, i) =>
      nodes.slice(0, i).reduce((n, node) => n + node.data.length, 0),
    );
    const at = (offset: number): [Text, number] => {
      let i = nodes.length - 1;
      while (i > 0 && starts[i]! > offset) i--;
      return [nodes[i]!, offset - starts[i]!];
    };
    for (const { segment, index } of segmenter.segment(whole)) {
      const text = segment.replace(/\s+/g, ' ').trim();
      if (!/[\p{L}\p{N}]/u.test(text)) continue;
      const lead = segment.length - segment.trimStart().length;
      const range = document.createRange();
      range.setStart(...at(index + lead));
      range.setEnd(...at(index + segment.trimEnd().length));
      sentences.push({ text, range });
    }
  }
  return sentences;
}

// Voices are named by BCP 47 tags; Tagalog voices often say Filipino (fil).
const VOICE_TAGS: Record<Language, string[]> = {
  en: ['en'],
  es: ['es'],
  'zh-Hans': ['zh-CN', 'zh-Hans', 'cmn', 'zh'],
  vi: ['vi'],
  ko: ['ko'],
  tl: ['fil', 'tl'],
  ar: ['ar'],
};

/** The device's voice for a language, if it has one; voices may take a moment to load. */
export async function voiceFor(lang: Language): Promise<SpeechSynthesisVoice | undefined> {
  const synth = window.speechSynthesis;
  let voices = synth.getVoices();
  if (voices.length === 0)
    voices = await new Promise<SpeechSynthesisVoice[]>((resolve) => {
      const done = () => resolve(synth.getVoices());
      synth.addEventListener('voiceschanged', done, { once: true });
      setTimeout(done, 1500);
    });
  const matches = (voice: SpeechSynthesisVoice, tag: string) => {
    const have = voice.lang.replace('_', '-').toLowerCase();
    const want = tag.toLowerCase();
    return have === want || have.startsWith(`${want}-`);
  };
  for (const tag of VOICE_TAGS[lang]) {
    const found = voices.find((voice) => matches(voice, tag));
    if (found) return found;
  }
  return undefined;
}
