/**
 * Imports a CMS ICD-10-PCS tables file (`icd10pcs_tables_YYYY.xml`, this year's or later) into
 * the compact data the app loads on demand, in `src/content/icd10pcs/data/`. The project keeps
 * that output, so a clone builds without the tables file.
 *
 *   npm run icd10pcs:import -- path/to/icd10pcs_tables_YYYY.xml
 *
 * It also keeps a gzipped copy of the file as `source/icd10pcs_tables.xml.gz`: the tests check
 * the data against it, and `<version>` inside says which year it is.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { BodySystemTables, Directory, RowAxis, SearchData, TableRow } from './directory-data';
import { readTablesXml, type PcsAxis, type PcsTables } from './tables-xml';

const DATA_DIR = new URL('./data/', import.meta.url).pathname;
const SOURCE_COPY = new URL('./source/icd10pcs_tables.xml.gz', import.meta.url).pathname;

const toRowAxis = (axis: PcsAxis): RowAxis => [
  axis.title,
  axis.labels.map(({ char, label }) => [char, label]),
];

export function buildDirectoryData({ version, tables }: PcsTables) {
  const directory: Directory = {
    version,
    codeCount: 0,
    sections: {},
    bodySystems: {},
    operations: {},
    tables: {},
  };
  const pieces: Record<string, BodySystemTables> = {};
  const labels = new Map<string, number>();
  const groups: Record<string, string> = {};
  const labelIndex = (label: string) => {
    if (!labels.has(label)) labels.set(label, labels.size);
    return labels.get(label)!;
  };

  for (const table of tables) {
    const [s, b, o] = table.head;
    const systemKey = s.char + b.char;
    directory.sections[s.char] = s.label;
    directory.bodySystems[systemKey] = { name: b.label, title: b.title };
    directory.operations[s.char + o.char] = {
      name: o.label,
      title: o.title,
      ...(o.definition ? { definition: o.definition } : {}),
    };
    if (s.title !== 'Section') throw new Error(`Position 1 is titled ${s.title}`);

    const rows = table.rows.map((row) => {
      const count = row.axes.reduce((n, axis) => n * axis.labels.length, 1);
      if (count !== row.codes)
        throw new Error(`${systemKey}${o.char}: a row states ${row.codes} codes, makes ${count}`);
      directory.codeCount += count;
      return row.axes.map(toRowAxis) as TableRow;
    });
    const piece = (pieces[systemKey] ??= {});
    if (piece[o.char]) throw new Error(`Table ${systemKey}${o.char} appears twice`);
    piece[o.char] = rows;
    (directory.tables[systemKey] ??= {})[o.char] = rows.reduce(
      (n, row) => n + row.reduce((m, [, values]) => m * values.length, 1),
      0,
    );

    const firstValues = new Map<string, string>();
    for (const row of table.rows)
      for (const { char, label } of row.axes[0]?.labels ?? []) firstValues.set(char, label);
    groups[systemKey + o.char] = [...firstValues]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([char, label]) => `${char}${labelIndex(label)}`)
      .join(',');
  }
  const search: SearchData = { labels: [...labels.keys()], groups };
  return { directory, pieces, search };
}

function writeJson(path: string, value: unknown) {
  writeFileSync(path, JSON.stringify(value) + '\n');
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const source = process.argv[2];
  if (!source) {
    console.error('Usage: npm run icd10pcs:import -- path/to/icd10pcs_tables_YYYY.xml');
    process.exit(1);
  }
  const bytes = readFileSync(source);
  const xml = (source.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
  const { directory, pieces, search } = buildDirectoryData(readTablesXml(xml));
  rmSync(DATA_DIR, { recursive: true, force: true });
  mkdirSync(join(DATA_DIR, 'tables'), { recursive: true });
  writeJson(join(DATA_DIR, 'directory.json'), directory);
  writeJson(join(DATA_DIR, 'search.json'), search);
  for (const [key, piece] of Object.entries(pieces))
    writeJson(join(DATA_DIR, 'tables', `${key}.json`), piece);
  if (!source.endsWith('icd10pcs_tables.xml.gz'))
    writeFileSync(SOURCE_COPY, gzipSync(Buffer.from(xml), { level: 9 }));
  console.log(
    `ICD-10-PCS ${directory.version}: ${directory.codeCount} codes in ` +
      `${Object.keys(pieces).length} body systems, ${search.labels.length} distinct position-4 labels`,
  );
}
