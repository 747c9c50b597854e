/** Plain-text tables for every CLI listing: aligned columns, a dashed header underline, no borders. */

export enum Align {
  Left = 'left',
  Right = 'right',
}

/** `null` renders as '-' so a missing value is visibly missing rather than blank. */
export type Cell = string | number | null;

export interface Column<Row> {
  header: string;
  value: (row: Row) => Cell;
  /** Default: right when every non-null cell of the column is a number, so digits line up. */
  align?: Align;
}

const GAP = '  ';
const SIGNIFICANT_DIGITS = 6;

/** Integers in full (steps, counts); other numbers to 6 significant digits, trailing zeros dropped. */
export function formatNumber(value: number): string {
  if (Number.isInteger(value) || !Number.isFinite(value)) return String(value);
  return String(Number(value.toPrecision(SIGNIFICANT_DIGITS)));
}

function render(cell: Cell): string {
  if (cell === null) return '-';
  return typeof cell === 'number' ? formatNumber(cell) : cell;
}

export function formatTable<Row>(columns: readonly Column<Row>[], rows: readonly Row[]): string {
  const cells = rows.map((row) => columns.map((column) => column.value(row)));
  const layout = columns.map((column, c) => {
    const values = cells.map((row) => row[c] ?? null);
    const numeric = values.some((v) => v !== null) && values.every((v) => v === null || typeof v === 'number');
    const texts = values.map(render);
    return {
      align: column.align ?? (numeric ? Align.Right : Align.Left),
      width: Math.max(column.header.length, ...texts.map((t) => t.length)),
      texts,
    };
  });
  const line = (texts: readonly string[]): string =>
    texts
      .map((text, c) => {
        const { align, width } = layout[c]!;
        return align === Align.Right ? text.padStart(width) : text.padEnd(width);
      })
      .join(GAP)
      .trimEnd();
  return [
    line(columns.map((column) => column.header)),
    line(layout.map(({ width }) => '-'.repeat(width))),
    ...rows.map((_, r) => line(layout.map(({ texts }) => texts[r]!))),
  ].join('\n');
}
