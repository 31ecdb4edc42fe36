/** A DOM document for Node, where charts are drawn without a browser (linkedom). */
import { parseHTML } from 'linkedom';

/** A fresh, empty HTML document for chart functions to build SVG in. */
export function createNodeDocument(): Document {
  return parseHTML('<!DOCTYPE html><html><head></head><body></body></html>').document;
}
