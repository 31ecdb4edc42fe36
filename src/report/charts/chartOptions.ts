/** What every chart function takes besides the data. */
export interface ChartOptions {
  /** The DOM document to build in: `window.document` in a browser, linkedom's in Node. */
  document: Document;
  /** Image width in px (default 1000). */
  width?: number;
}
