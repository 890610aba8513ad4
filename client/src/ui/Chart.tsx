import { useEffect, useRef } from 'react';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart as ChartJs,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartData,
  type ChartOptions,
  type ChartType,
} from 'chart.js';

// Only what the app draws, so the rest of Chart.js stays out of the bundle.
ChartJs.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);
ChartJs.defaults.color = '#1b1f24'; // the page's text colour (styles.css --color-text)
ChartJs.defaults.font.family = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif";
ChartJs.defaults.font.size = 14;

/** Colours with at least 3:1 contrast against white (WCAG 1.4.11), distinguishable in greyscale order. */
export const CHART_COLOURS = ['#0b5394', '#b45309', '#1a5a2e', '#6b21a8', '#4a5360'] as const;

export interface ChartProps<T extends ChartType> {
  type: T;
  data: ChartData<T>;
  options?: ChartOptions<T>;
  /** What the chart shows, read by screen readers instead of the picture. */
  label: string;
  /** The id of the table with the same figures: every chart has one, for those who cannot see it (aria-details). */
  tableId: string;
  height?: number;
}

/**
 * The one chart component. Animation is off (print and screenshots show the final state, and
 * motion helps nobody read a figure); the canvas is an image whose text alternative points to
 * the data table next to it.
 */
export function Chart<T extends ChartType>({ type, data, options, label, tableId, height = 240 }: ChartProps<T>) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const chartRef = useRef<ChartJs<T> | null>(null);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const chart = new ChartJs<T>(canvas, {
      type,
      data,
      options: {
        ...options,
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
      } as ChartOptions<T>,
    });
    chartRef.current = chart;
    // Chart.js draws for the screen's width and does not notice printing: redraw for the paper's
    // width as print layout starts, and back after (a canvas drawn wider than the page is cropped).
    const print = window.matchMedia('print');
    const redraw = () => chart.resize();
    print.addEventListener('change', redraw);
    return () => {
      print.removeEventListener('change', redraw);
      chart.destroy();
      chartRef.current = null;
    };
    // A new chart only when the kind changes; data and options update the existing one below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [type]);

  useEffect(() => {
    const chart = chartRef.current;
    if (!chart) return;
    chart.data = data;
    if (options) chart.options = { ...chart.options, ...options, animation: false };
    chart.update('none');
  }, [data, options]);

  return (
    <div className="chart" style={{ height }}>
      <canvas ref={canvasRef} role="img" aria-label={label} aria-details={tableId} />
    </div>
  );
}
