/** ASCII file-name part from a Vietnamese name: "Phường Ba Đình" → "phuong-ba-dinh". Exports and content packs are named with it. */
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
