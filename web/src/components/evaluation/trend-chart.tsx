// One trend as a chart (stacked bars or lines, recharts) with the same numbers as a table a click away: the chart
// is a picture with a one-sentence summary for screen readers, the table is the accessible whole. Colours are the
// Okabe-Ito set, told apart by people with any common colour-vision deficiency; bars are separated by white
// lines and lines carry their own marker shapes, so no series depends on colour alone.
import { useState } from 'react';
import { Box, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

/** Okabe & Ito (2008), without yellow (too pale on white for thin lines), darkest last. */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#444444'];
const MARKERS = ['circle', 'square', 'triangle', 'diamond'] as const;
type Marker = (typeof MARKERS)[number];

export interface Series {
  key: string;
  name: string;
}

export interface Row {
  /** The month as shown ("Dec 26"). */
  label: string;
  values: Record<string, number | null>;
}

interface Props {
  kind: 'bars' | 'lines';
  /** What the chart shows, said to screen readers (the table holds the numbers). */
  summary: string;
  series: Series[];
  rows: Row[];
  /** A value in words for the table and the tooltip ("3", "2 h 10 min"). */
  format: (value: number | null) => string;
  /** The y axis' unit ("hours") and how a value is scaled to it. */
  unit?: { label: string; scale: (value: number) => number };
  /** The table's first column heading. */
  rowHeading: string;
  /** Fixed colours per series (deadlines met and missed); by default the palette in order. */
  colors?: string[];
  testId?: string;
}

export function TrendChart({ kind, summary, series, rows, format, unit, rowHeading, colors, testId }: Props) {
  const { t } = useTranslation();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const colour = (i: number) => colors?.[i] ?? PALETTE[i % PALETTE.length]!;
  const scale = unit?.scale ?? ((v: number) => v);
  const data = rows.map((r) => ({
    label: r.label,
    ...Object.fromEntries(
      series.map((s) => [s.key, r.values[s.key] === null ? null : scale(r.values[s.key] ?? 0)]),
    ),
  }));
  // The tooltip shows each value as the table does (the unscaled one, in words).
  const byLabel = new Map(rows.map((r) => [r.label, r]));
  // Legend and tooltip list the series in their own order (recharts sorts by name unless told).
  const order = (key: unknown) => series.findIndex((s) => s.key === key);
  const legend = {
    itemSorter: (item: { dataKey?: unknown }) => order(item.dataKey),
    // Dark words beside the coloured mark: pale colours are hard to read as text.
    formatter: (value: unknown) => (
      <span style={{ color: 'var(--mantine-color-text)' }}>{String(value)}</span>
    ),
  };
  const tooltipOrder = (item: { dataKey?: unknown }) => order(item.dataKey);
  const tooltipValue = (
    _: unknown,
    name: unknown,
    item: { payload?: { label?: string }; dataKey?: unknown },
  ) => {
    const row = byLabel.get(String(item.payload?.label ?? ''));
    const value = row?.values[String(item.dataKey)] ?? null;
    return [format(value), String(name)];
  };
  return (
    <Stack gap="xs" data-testid={testId}>
      <SegmentedControl
        size="xs"
        w="fit-content"
        aria-label={t('evaluation.trends.view')}
        value={view}
        onChange={(v) => setView(v as 'chart' | 'table')}
        data={[
          { value: 'chart', label: t('evaluation.trends.as_chart') },
          { value: 'table', label: t('evaluation.trends.as_table') },
        ]}
      />
      {view === 'chart' ? (
        <Box role="img" aria-label={summary} h={280} style={{ fontSize: 12 }}>
          <ResponsiveContainer width="100%" height="100%">
            {kind === 'bars' ? (
              <BarChart data={data} margin={{ top: 8, right: 8, left: unit ? 8 : -16, bottom: 0 }}>
                <CartesianGrid strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="label" tickLine={false} interval="preserveStartEnd" minTickGap={8} />
                <YAxis allowDecimals={false} width={unit ? 48 : 40} label={axisLabel(unit?.label)} />
                <Tooltip formatter={tooltipValue as never} itemSorter={tooltipOrder as never} />
                <Legend iconType="square" {...legend} />
                {series.map((s, i) => (
                  <Bar
                    key={s.key}
                    dataKey={s.key}
                    name={s.name}
                    stackId="one"
                    fill={colour(i)}
                    stroke="#fff"
                    strokeWidth={1}
                    isAnimationActive={false}
                  />
                ))}
              </BarChart>
            ) : (
              <LineChart data={data} margin={{ top: 8, right: 8, left: 8, bottom: 0 }}>
                <CartesianGrid strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="label" tickLine={false} interval="preserveStartEnd" minTickGap={8} />
                <YAxis width={48} label={axisLabel(unit?.label)} />
                <Tooltip formatter={tooltipValue as never} itemSorter={tooltipOrder as never} />
                <Legend {...legend} />
                {series.map((s, i) => (
                  <Line
                    key={s.key}
                    dataKey={s.key}
                    name={s.name}
                    stroke={colour(i)}
                    strokeWidth={2}
                    strokeDasharray={i === 1 ? '6 3' : i === 2 ? '2 2' : undefined}
                    dot={(props: DotProps) => (
                      <Dot
                        key={`${s.key}-${props.index}`}
                        {...props}
                        shape={MARKERS[i % MARKERS.length]!}
                        color={colour(i)}
                      />
                    )}
                    legendType={MARKERS[i % MARKERS.length]}
                    connectNulls
                    isAnimationActive={false}
                  />
                ))}
              </LineChart>
            )}
          </ResponsiveContainer>
        </Box>
      ) : (
        <Table.ScrollContainer minWidth={Math.max(320, 120 + series.length * 110)}>
          <Table striped withTableBorder verticalSpacing={4} fz="sm">
            <caption className="visually-hidden-caption">{summary}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{rowHeading}</Table.Th>
                {series.map((s) => (
                  <Table.Th key={s.key} scope="col" ta="right">
                    {s.name}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.label}>
                  <Table.Th scope="row" fw={500} style={{ whiteSpace: 'nowrap' }}>
                    {r.label}
                  </Table.Th>
                  {series.map((s) => (
                    <Table.Td key={s.key} ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {format(r.values[s.key] ?? null)}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {series.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('evaluation.trends.nothing')}
        </Text>
      )}
    </Stack>
  );
}

function axisLabel(text?: string) {
  return text
    ? { value: text, angle: -90, position: 'insideLeft' as const, style: { textAnchor: 'middle' as const } }
    : undefined;
}

interface DotProps {
  cx?: number;
  cy?: number;
  index?: number;
  value?: unknown;
}

/** A data point in a shape of its own per series (circle, square, triangle, diamond). */
function Dot({ cx, cy, value, shape, color }: DotProps & { shape: Marker; color: string }) {
  if (cx === undefined || cy === undefined || value === null || value === undefined) return null;
  const r = 4.5;
  const common = { fill: color, stroke: '#fff', strokeWidth: 1 };
  if (shape === 'square') return <rect x={cx - r} y={cy - r} width={2 * r} height={2 * r} {...common} />;
  if (shape === 'triangle')
    return (
      <polygon points={`${cx},${cy - r - 1} ${cx + r + 1},${cy + r} ${cx - r - 1},${cy + r}`} {...common} />
    );
  if (shape === 'diamond')
    return (
      <polygon
        points={`${cx},${cy - r - 1} ${cx + r + 1},${cy} ${cx},${cy + r + 1} ${cx - r - 1},${cy}`}
        {...common}
      />
    );
  return <circle cx={cx} cy={cy} r={r} {...common} />;
}
