import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createAdminUnitIndex,
  foldPlaceName,
  foldVietnamese,
  formatPointCode,
  matchCommuneSetting,
  matchProvinceSetting,
  parsePointCode,
  type CommunesFile,
  type FormerUnitsFile,
  type ProvincesFile,
} from '../../contract/admin-units';

const dir = path.resolve(__dirname, '../../assets/admin-units');
const read = <T>(name: string): T => JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as T;
const provinces = read<ProvincesFile>('provinces.json');
const communes = read<CommunesFile>('communes.json');
const former = read<FormerUnitsFile>('former-units.json');
const index = createAdminUnitIndex(provinces, communes);

describe('official admin units (Decision 19/2025/QĐ-TTg)', () => {
  it('ships 34 provinces with 2-digit codes and 3,321 communes with 5-digit codes, each code once', () => {
    expect(provinces.provinces).toHaveLength(34);
    expect(communes.communes).toHaveLength(3321);
    expect(new Set(provinces.provinces.map((p) => p.code)).size).toBe(34);
    expect(new Set(communes.communes.map((c) => c.code)).size).toBe(3321);
    expect(provinces.provinces.every((p) => /^\d{2}$/.test(p.code))).toBe(true);
    expect(communes.communes.every((c) => /^\d{5}$/.test(c.code) && index.province(c.provinceCode))).toBe(true);
    const kinds = communes.communes.reduce<Record<string, number>>((acc, c) => ({ ...acc, [c.kind]: (acc[c.kind] ?? 0) + 1 }), {});
    expect(kinds).toEqual({ commune: 2621, ward: 687, 'special-zone': 13 });
    expect(index.communesOf('01')).toHaveLength(126); // Hà Nội: 126 communes and wards
  });

  it('maps each of the 63 former provinces to one of the 34', () => {
    expect(Object.keys(former.provinces)).toHaveLength(63);
    expect(Object.values(former.provinces).every((code) => index.province(code))).toBe(true);
    expect(former.provinces['Tỉnh Hà Giang']).toBe('08');
  });

  it('folds Vietnamese: marks, đ, old and new tone placement, decomposed input, unit words', () => {
    expect(foldVietnamese('Đắk Lắk')).toBe('dak lak');
    expect(foldVietnamese('Hoà Bình')).toBe(foldVietnamese('Hòa Bình'));
    expect(foldVietnamese('Hà Nội'.normalize('NFD'))).toBe('ha noi');
    expect(foldPlaceName('Thành phố Hồ Chí Minh')).toBe('ho chi minh');
    expect(foldPlaceName('P. Ba Đình')).toBe('ba dinh');
    expect(foldPlaceName('Phường Quán Thánh')).toBe('quan thanh');
  });

  it('searches as you type, without marks, best match first', () => {
    expect(index.searchProvinces('ha n')[0]!.item.code).toBe('01');
    expect(index.searchProvinces('tphcm')[0]!.item.code).toBe('79');
    expect(index.searchProvinces('dak')[0]!.item.name).toBe('Đắk Lắk');
    const baDinh = index.searchCommunes('ba dinh', { provinceCode: '01' });
    expect(baDinh[0]!.item).toMatchObject({ code: '00004', name: 'Phường Ba Đình' });
    expect(index.searchCommunes('00004')[0]!.item.code).toBe('00004');
    expect(index.searchCommunes('', { provinceCode: '01' })).toEqual([]);
    expect(index.searchCommunes('xyzxyz')).toEqual([]);
  });

  it('matches an existing free-text setting, or flags it for staff', () => {
    expect(matchProvinceSetting(index, former, 'Hà Nội')).toMatchObject({ status: 'matched', code: '01' });
    expect(matchProvinceSetting(index, former, 'TP. Hồ Chí Minh')).toMatchObject({ status: 'matched', code: '79' });
    expect(matchProvinceSetting(index, former, '79')).toMatchObject({ status: 'matched', code: '79' });
    expect(matchProvinceSetting(index, former, 'Tỉnh Hà Giang')).toMatchObject({ status: 'former', code: '08' });
    expect(matchProvinceSetting(index, former, 'Tỉnh Không Có')).toMatchObject({ status: 'unmatched' });
    expect(matchCommuneSetting(index, former, 'Phường Ba Đình', '01')).toMatchObject({ status: 'matched', code: '00004' });
    expect(matchCommuneSetting(index, former, 'phuong ba dinh', '01')).toMatchObject({ status: 'matched', code: '00004' });
    // Phúc Xá was merged into Hồng Hà on 1 July 2025: staff confirm the new ward.
    const phucXa = matchCommuneSetting(index, former, 'Phường Phúc Xá', '01');
    expect(phucXa).toMatchObject({ status: 'former', code: '00097', name: 'Phường Hồng Hà' });
    expect(matchCommuneSetting(index, former, 'Không có xã này', '01')).toMatchObject({ status: 'unmatched' });
    const shared = communes.communes.filter((c) => foldPlaceName(c.name) === foldPlaceName(communes.communes[0]!.name));
    if (shared.length > 1) expect(matchCommuneSetting(index, former, communes.communes[0]!.name.replace(/^\S+ /, ''), null).status).toBe('ambiguous');
  });

  it('formats and parses the point code (province-commune-number)', () => {
    expect(formatPointCode('01', '00004', 3)).toBe('01-00004-03');
    expect(parsePointCode('01-00004-03')).toEqual({ provinceCode: '01', communeCode: '00004', pointNumber: 3 });
    expect(parsePointCode('1-4-3')).toBeNull();
    expect(() => formatPointCode('01', '00004', 100)).toThrow();
  });
});
