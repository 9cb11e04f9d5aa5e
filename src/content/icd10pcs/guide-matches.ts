/**
 * Which guides fit which ICD-10-PCS codes: a curated list, checked by hand against each
 * guide's text and the codes' meaning. A pattern is seven positions, each a character or a
 * bracketed set ("[FG]") or "." for any; a test checks that every pattern names real codes.
 * Where a code is coded several ways in practice, only the ways the guide describes are listed.
 */
export const GUIDE_MATCHES: readonly { guide: string; codes: readonly string[] }[] = [
  // Diagnostic excision (an open biopsy) of the tissue under the skin of the back.
  { guide: 'back-soft-tissue-biopsy-superficial', codes: ['0JB70ZX'] },
  // Diagnostic excision of trunk muscle, below the deep fascia, by an open cut.
  { guide: 'back-soft-tissue-biopsy-deep', codes: ['0KB[FG]0ZX'] },
  { guide: 'appendix-removal', codes: ['0DTJ[04]ZZ'] },
  { guide: 'gallbladder-removal', codes: ['0FT4[04]ZZ'] },
  { guide: 'cesarean-birth', codes: ['10D00Z[012]'] },
  // Looking at the bowel with a scope; a biopsy or polyp taken out on the way is an excision.
  { guide: 'colonoscopy', codes: ['0DJD8ZZ', '0DB[EFGHKLMN]8Z[XZ]'] },
  { guide: 'upper-endoscopy', codes: ['0DJ08ZZ', '0DB[1-69]8ZX'] },
  // Taking out the clouded lens, and putting in a new one.
  { guide: 'cataract-surgery', codes: ['08D[JK]3ZZ', '08R[JK]3JZ'] },
  { guide: 'hip-replacement', codes: ['0SR[9B]0..'] },
  { guide: 'knee-replacement', codes: ['0SR[CD]0..'] },
  { guide: 'tonsillectomy', codes: ['0CTP[0X]ZZ'] },
  // Drainage of the spinal canal through the skin, for diagnosis.
  { guide: 'lumbar-puncture', codes: ['009U3ZX'] },
  { guide: 'bone-marrow-biopsy', codes: ['07D[QRS][03]ZX'] },
  // Putting a pacemaker's generator under the skin of the chest or belly.
  { guide: 'pacemaker', codes: ['0JH[68][03][456]Z'] },
  { guide: 'hysterectomy-laparoscopic', codes: ['0UT9[4F]Z[LZ]'] },
  { guide: 'cystoscopy', codes: ['0TJB8ZZ'] },
  { guide: 'knee-arthroscopy', codes: ['0SJ[CD]4ZZ'] },
  // Releasing the median nerve.
  { guide: 'carpal-tunnel-release', codes: ['01N5[04]ZZ'] },
  // Repair of the groin, with or without a mesh (supplement).
  { guide: 'groin-hernia-repair', codes: ['0YQ[56A][04]ZZ', '0YU[56A][04][7JK]Z'] },
  { guide: 'liver-biopsy', codes: ['0FB[012]3ZX'] },
  // A needle biopsy; other ways of coding it are left out until a coder checks them.
  { guide: 'prostate-biopsy', codes: ['0VB03ZX'] },
  { guide: 'coronary-stent', codes: ['027[0-3]3[4-7D-GT][6Z]'] },
  { guide: 'breast-biopsy-ultrasound', codes: ['0HB[TUV]3ZX'] },
  { guide: 'lumpectomy', codes: ['0HB[TU]0ZZ'] },
  { guide: 'muscle-needle-biopsy', codes: ['0KB.3ZX'] },
  { guide: 'skin-biopsy', codes: ['0HB.XZX'] },
  { guide: 'skin-growth-removal', codes: ['0HB.XZZ'] },
  { guide: 'ecg', codes: ['4A02X4Z'] },
  { guide: 'screening-mammogram', codes: ['BH0[0-2]ZZZ'] },
  { guide: 'brain-mri', codes: ['B030[YZ][0Z]Z'] },
  // Introduction of an anti-inflammatory into the epidural space, or into a joint.
  { guide: 'epidural-steroid-injection', codes: ['3E0S33Z'] },
  { guide: 'joint-injection', codes: ['3E0U33Z'] },
];

const compiled = GUIDE_MATCHES.map(({ guide, codes }) => ({
  guide,
  patterns: codes.map((pattern) => new RegExp(`^${pattern}$`)),
}));

/** The ids of the guides that fit a code, in the list's order. */
export function guidesForCode(code: string): string[] {
  return compiled
    .filter(({ patterns }) => patterns.some((pattern) => pattern.test(code)))
    .map(({ guide }) => guide);
}
