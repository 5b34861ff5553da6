/** ASCII file-name part from a Vietnamese name: "Phường Ba Đình" → "phuong-ba-dinh". */
export function asciiSlug(text: string, fallback = 'diem-hoc-vu-so'): string {
  const slug = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/g, '');
  return slug || fallback;
}

/** e.g. `nhat-ky-phien_phuong-ba-dinh_2026-11-23` or `…_2026-11-01_2026-11-30`. */
export function exportBaseName(kind: string, pointName: string, from: string, to: string): string {
  return `${kind}_${asciiSlug(pointName)}_${from === to ? from : `${from}_${to}`}`;
}
