import { describe, expect, it } from 'vitest';
import { findPostgres } from '../support/postgres';

describe('PostgreSQL test harness', () => {
  it('gives a one-line reason to skip when no server binaries are found', () => {
    const found = findPostgres({ searchPath: '/nonexistent', root: '/nonexistent/postgresql' });
    expect(found.bin).toBeNull();
    expect(!found.bin && found.reason).toMatch(/^PostgreSQL server binaries not found .*"postgresql"\)$/);
    expect(!found.bin && found.reason).not.toContain('\n');
  });

  it('finds Debian’s binaries under /usr/lib/postgresql/<version>/bin when PATH has none', () => {
    const found = findPostgres({ searchPath: '/nonexistent' });
    if (found.bin) expect(found.bin.dir).toMatch(/^\/usr\/lib\/postgresql\/\d+\/bin$/);
    else expect(found.reason).toContain('not found');
  });
});
