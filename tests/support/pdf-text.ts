import { execFileSync } from 'node:child_process';

/** Whether poppler's pdftotext is installed (`apt-get install poppler-utils`); the PDF text checks skip without it. */
export function hasPdftotext(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
