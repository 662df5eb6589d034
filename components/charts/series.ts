/** One line of a chart, shared by the picture (LineChart) and the table screen readers get (ChartTable). */
export interface Series {
  name: string;
  /** One value per label; null where there is nothing to plot (a week without messages). */
  values: (number | null)[];
}
