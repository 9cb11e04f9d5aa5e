import { describe, expect, it } from 'vitest';
import { loadGuideSearch } from './search-index';

/**
 * Real queries a patient, a family member or the front desk might type, and the guide that
 * must come in the first three results: codes from a letter, everyday words, misspellings,
 * and Spanish with and without accents.
 */
const QUERIES: [lang: 'en' | 'es', query: string, code: string][] = [
  // Codes, exact and secondary, as printed on letters and bills.
  ['en', '45380', '45378'],
  ['en', '45385', '45378'],
  ['en', '43239', '43235'],
  ['en', '70553', '70551'],
  ['en', '11104', '11102'],
  ['en', '21932', '21930'],
  ['en', '38222', '38221'],
  ['en', '59514', '59514'],
  ['en', '59510', '59514'],
  ['en', '27447', '27447'],
  ['en', '93000', '93000'],
  ['es', '66984', '66984'],
  ['es', '10005', '10021'],
  // Everyday words.
  ['en', 'colonoscopy', '45378'],
  ['en', 'camera test bowel', '45378'],
  ['en', 'polyp removal', '45378'],
  ['en', 'stomach scope', '43235'],
  ['en', 'bladder camera', '52000'],
  ['en', 'gallbladder surgery', '47562'],
  ['en', 'gallstones operation', '47562'],
  ['en', 'appendix out', '44970'],
  ['en', 'groin hernia', '49505'],
  ['en', 'carpal tunnel', '64721'],
  ['en', 'cataract', '66984'],
  ['en', 'knee scope', '29881'],
  ['en', 'new knee', '27447'],
  ['en', 'hip replacement', '27130'],
  ['en', 'tonsils out', '42826'],
  ['en', 'heart cath', '93458'],
  ['en', 'heart stent', '92928'],
  ['en', 'pacemaker', '33208'],
  ['en', 'c-section', '59514'],
  ['en', 'lump in breast removed', '19301'],
  ['en', 'breast biopsy', '19083'],
  ['en', 'mammogram', '77067'],
  ['en', 'bone density', '77080'],
  ['en', 'dexa scan', '77080'],
  ['en', 'heart ultrasound', '93306'],
  ['en', 'treadmill test', '93015'],
  ['en', 'ekg', '93000'],
  ['en', 'sleep apnea test', '95810'],
  ['en', 'spinal tap', '62270'],
  ['en', 'brain mri', '70551'],
  ['en', 'ct scan belly', '74177'],
  ['en', 'chemo port', '36561'],
  ['en', 'iud', '58300'],
  ['en', 'vasectomy', '55250'],
  ['en', 'cervix biopsy', '57454'],
  ['en', 'cortisone shot knee', '20610'],
  ['en', 'epidural back pain', '62323'],
  ['en', 'boil drained', '10060'],
  ['en', 'mole removal', '11400'],
  ['en', 'bone marrow', '38221'],
  ['en', 'liver biopsy', '47000'],
  ['en', 'prostate biopsy', '55700'],
  ['en', 'fatty lump back removed', '21930'],
  ['en', 'ear tubes', '69436'],
  ['en', 'grommets', '69436'],
  // Misspellings.
  ['en', 'colonoscapy', '45378'],
  ['en', 'catarct surgery', '66984'],
  ['en', 'vasectamy', '55250'],
  ['en', 'tonsilectomy', '42826'],
  ['en', 'mamogram', '77067'],
  ['en', 'hysterectomey', '58571'],
  ['en', 'pacemacker', '33208'],
  // Spanish, with and without accents.
  ['es', 'colonoscopía', '45378'],
  ['es', 'colonoscopia', '45378'],
  ['es', 'cesárea', '59514'],
  ['es', 'cesarea', '59514'],
  ['es', 'vesícula', '47562'],
  ['es', 'vesicula', '47562'],
  ['es', 'catarata', '66984'],
  ['es', 'rodilla reemplazo', '27447'],
  ['es', 'prótesis de cadera', '27130'],
  ['es', 'protesis de cadera', '27130'],
  ['es', 'mamografía', '77067'],
  ['es', 'mamografia', '77067'],
  ['es', 'amígdalas', '42826'],
  ['es', 'amigdalas', '42826'],
  ['es', 'punción lumbar', '62270'],
  ['es', 'puncion lumbar', '62270'],
  ['es', 'biopsia de próstata', '55700'],
  ['es', 'biopsia de prostata', '55700'],
  ['es', 'marcapasos', '33208'],
  ['es', 'estudio del sueño', '95810'],
  ['es', 'estudio del sueno', '95810'],
  ['es', 'túnel carpiano', '64721'],
  ['es', 'tunel carpiano', '64721'],
  ['es', 'electrocardiograma', '93000'],
  ['es', 'hernia ingle', '49505'],
  // Staff and family often type English on a Spanish page.
  ['es', 'colonoscopy', '45378'],
];

describe('search quality over the whole library', () => {
  it('has at least 60 queries', () => expect(QUERIES.length).toBeGreaterThanOrEqual(60));

  it.each(QUERIES)('(%s) "%s" finds %s in the first three', async (lang, query, code) => {
    const search = await loadGuideSearch(lang);
    const codes = search.search(query).map((hit) => hit.code);
    expect(codes.slice(0, 3)).toContain(code);
  });
});
