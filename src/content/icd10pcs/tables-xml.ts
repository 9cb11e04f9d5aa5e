/**
 * Reads the CMS ICD-10-PCS tables file (`icd10pcs_tables_YYYY.xml`). The format is fixed and
 * simple, so a small tag reader is enough; it fails loudly on anything it does not expect, so
 * a changed format is noticed at import time rather than shipped.
 */

export interface PcsLabel {
  char: string;
  label: string;
}

export interface PcsAxis {
  pos: number;
  title: string;
  labels: PcsLabel[];
  definition?: string;
}

export interface PcsRow {
  /** How many codes the row makes, as the file states it. */
  codes: number;
  axes: PcsAxis[];
}

/** A position a table fixes to one value. */
export interface PcsFixed extends PcsLabel {
  title: string;
  definition?: string;
}

export interface PcsTable {
  /** Positions 1 to 3: section, body system, root operation (or the section's own names). */
  head: [section: PcsFixed, system: PcsFixed, operation: PcsFixed];
  rows: PcsRow[];
}

export interface PcsTables {
  version: string;
  tables: PcsTable[];
}

/** A part of the file that must be there; its absence means the format has changed. */
function must<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw new Error(`The tables file lacks ${what}`);
  return value;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeText(text: string): string {
  return text
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X'))
        return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
      const known = ENTITIES[name];
      if (known === undefined) throw new Error(`Unknown entity ${whole}`);
      return known;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

function attribute(tag: string, name: string): string {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  if (!match) throw new Error(`Missing ${name} in ${tag}`);
  return decodeText(must(match[1], name));
}

function readAxis(xml: string): PcsAxis {
  const open = /^<axis\b[^>]*>/.exec(xml);
  if (!open) throw new Error(`Not an axis: ${xml.slice(0, 80)}`);
  const title = /<title>([\s\S]*?)<\/title>/.exec(xml);
  if (!title) throw new Error(`Axis without a title: ${xml.slice(0, 120)}`);
  const labels = [...xml.matchAll(/<label\s+code="([^"]*)"\s*>([\s\S]*?)<\/label>/g)].map(
    ([, char, label]) => ({
      char: decodeText(must(char, 'a label code')),
      label: decodeText(must(label, 'a label')),
    }),
  );
  const stated = Number(attribute(open[0], 'values'));
  if (labels.length !== stated)
    throw new Error(`Axis states ${stated} values but lists ${labels.length}`);
  const definition = /<definition>([\s\S]*?)<\/definition>/.exec(xml);
  return {
    pos: Number(attribute(open[0], 'pos')),
    title: decodeText(must(title[1], 'an axis title')),
    labels,
    ...(definition?.[1] ? { definition: decodeText(definition[1]) } : {}),
  };
}

const axesIn = (xml: string) =>
  [...xml.matchAll(/<axis\b[\s\S]*?<\/axis>/g)].map((m) => readAxis(m[0]));

export function readTablesXml(xml: string): PcsTables {
  const version = /<version>([^<]*)<\/version>/.exec(xml)?.[1];
  if (!version) throw new Error('No <version> in the tables file');
  const tables = [...xml.matchAll(/<pcsTable>([\s\S]*?)<\/pcsTable>/g)].map((table) => {
    const body = must(table[1], 'a table body');
    const rowMatches = [...body.matchAll(/<pcsRow\s+codes="(\d+)"\s*>([\s\S]*?)<\/pcsRow>/g)];
    const head = body.replace(/<pcsRow[\s\S]*?<\/pcsRow>/g, '');
    const fixed = axesIn(head).map(({ pos, title, labels, definition }) => {
      const [only] = labels;
      if (!only || labels.length !== 1) throw new Error(`Position ${pos} is not fixed: ${head}`);
      return { ...only, title, ...(definition ? { definition } : {}) };
    });
    const [section, system, operation] = fixed;
    if (!section || !system || !operation || fixed.length !== 3)
      throw new Error(`A table must fix positions 1 to 3: ${head.slice(0, 200)}`);
    const rows = rowMatches.map(([, codes, rowBody]) => {
      const rowAxes = axesIn(must(rowBody, 'a row body'));
      if (rowAxes.map((a) => a.pos).join() !== '4,5,6,7')
        throw new Error(`A row must list positions 4 to 7: ${rowBody?.slice(0, 200)}`);
      return { codes: Number(codes), axes: rowAxes };
    });
    return { head: [section, system, operation], rows } satisfies PcsTable;
  });
  if (tables.length === 0) throw new Error('No <pcsTable> in the tables file');
  return { version, tables };
}
