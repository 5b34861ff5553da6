import { findTool } from '../../build/test-tools.mjs';

/** Whether poppler's pdftotext is installed (`apt-get install poppler-utils`); the PDF text checks skip without it. */
export function hasPdftotext(): boolean {
  return findTool('poppler-utils') !== null;
}
