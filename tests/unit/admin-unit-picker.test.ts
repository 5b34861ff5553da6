/**
 * The settings' province and commune picker, its pure part (renderer/screens/staff/
 * admin-unit-model.ts) in Node over the shipped lists: typing without marks, the keys, and
 * what becomes of the free text an install typed before the official codes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAdminUnitIndex, type CommunesFile, type FormerUnitsFile, type ProvincesFile } from '../../contract/admin-units';
import { autoApply, communeOptions, matchLegacy, moveActive, pointCodeOf, provinceOptions, PICKER_LIMIT, type AdminUnitValues } from '../../renderer/screens/staff/admin-unit-model';
import { SHIPPED_ASSETS } from '../support/temp-dirs';

const read = <T,>(name: string) => JSON.parse(fs.readFileSync(path.join(SHIPPED_ASSETS, 'admin-units', name), 'utf8')) as T;
const provincesFile = read<ProvincesFile>('provinces.json');
const index = createAdminUnitIndex(provincesFile, read<CommunesFile>('communes.json'));
const former = read<FormerUnitsFile>('former-units.json');
const all = provincesFile.provinces;

const empty: AdminUnitValues = { province: '', commune: '', provinceCode: '', communeCode: '', pointNumber: null };

describe('the location picker', () => {
  it('offers every province before anything is typed, and the right one for what people type, marks or not', () => {
    expect(provinceOptions(index, all, '')).toHaveLength(34);
    expect(provinceOptions(index, all, '  ')).toHaveLength(34);
    for (const typed of ['ha noi', 'Hà Nội', 'HA NOI', 'tp ha noi', 'hn']) expect(provinceOptions(index, all, typed)[0], typed).toMatchObject({ code: '01' });
    expect(provinceOptions(index, all, 'ho chi minh')[0]).toMatchObject({ code: '79' });
    expect(provinceOptions(index, all, 'hue')[0]).toMatchObject({ code: '46' });
    expect(provinceOptions(index, all, 'zzz')).toEqual([]);
  });

  it('finds a commune within its province by typing without diacritics: “ba dinh” is Phường Ba Đình, 00004', () => {
    expect(communeOptions(index, '', 'ba dinh')).toEqual([]);
    const found = communeOptions(index, '01', 'ba dinh');
    expect(found[0]).toMatchObject({ code: '00004', name: 'Phường Ba Đình', provinceCode: '01' });
    expect(found.every((c) => c.provinceCode === '01')).toBe(true);
    expect(communeOptions(index, '01', 'hoan kiem')[0]).toMatchObject({ name: 'Phường Hoàn Kiếm' });
    // Before anything is typed: the province's first communes, a screenful at most.
    expect(communeOptions(index, '01', '')).toHaveLength(PICKER_LIMIT);
    // The same name in another province is not offered.
    expect(communeOptions(index, '79', 'ba dinh').some((c) => c.code === '00004')).toBe(false);
  });

  it('moves with the arrow keys, Home and End, wrapping at both ends', () => {
    expect(moveActive(-1, 5, 'ArrowDown')).toBe(0);
    expect(moveActive(0, 5, 'ArrowDown')).toBe(1);
    expect(moveActive(4, 5, 'ArrowDown')).toBe(0);
    expect(moveActive(0, 5, 'ArrowUp')).toBe(4);
    expect(moveActive(-1, 5, 'ArrowUp')).toBe(4);
    expect(moveActive(2, 5, 'Home')).toBe(0);
    expect(moveActive(2, 5, 'End')).toBe(4);
    expect(moveActive(2, 5, 'a')).toBe(2);
    expect(moveActive(2, 0, 'ArrowDown')).toBe(-1);
  });

  it('an install’s free text that matches surely is applied without asking: “Hà Nội” + “Phường Ba Đình”', () => {
    const old = { ...empty, province: 'Hà Nội', commune: 'Phường Ba Đình' };
    const matches = matchLegacy(index, former, old);
    expect(matches.province).toMatchObject({ status: 'matched', code: '01' });
    expect(matches.commune).toMatchObject({ status: 'matched', code: '00004' });
    expect(autoApply(index, old, matches)).toEqual({ provinceCode: '01', communeCode: '00004' });
  });

  it('a merged unit, a name shared by several communes, or an unknown name is shown to staff, never applied', () => {
    // Hà Tây joined Hà Nội in 2008; "Phúc Xá" joined Phường Hồng Hà on 1 July 2025.
    const merged = matchLegacy(index, former, { ...empty, province: 'Hà Tây', commune: 'Phường Phúc Xá' });
    expect(merged.province?.status).not.toBe('matched');
    const phucXa = matchLegacy(index, former, { ...empty, province: 'Hà Nội', commune: 'Phường Phúc Xá' });
    expect(phucXa.province).toMatchObject({ status: 'matched', code: '01' });
    expect(phucXa.commune).toMatchObject({ status: 'former', code: '00097' });
    // The province is sure, so it is applied; the merged commune waits for staff.
    expect(autoApply(index, { ...empty, province: 'Hà Nội', commune: 'Phường Phúc Xá' }, phucXa)).toEqual({ provinceCode: '01' });

    const unknown = matchLegacy(index, former, { ...empty, province: 'Atlantis', commune: '' });
    expect(unknown.province?.status).toBe('unmatched');
    expect(unknown.commune).toBeNull();
    expect(autoApply(index, { ...empty, province: 'Atlantis' }, unknown)).toBeNull();
  });

  it('a field that already has its code is left alone; a commune is matched within the chosen province', () => {
    const coded = { ...empty, province: 'Thành phố Hà Nội', provinceCode: '01', commune: 'Ba Đình' };
    const matches = matchLegacy(index, former, coded);
    expect(matches.province).toBeNull();
    expect(matches.commune).toMatchObject({ status: 'matched', code: '00004' });
    expect(autoApply(index, coded, matches)).toEqual({ provinceCode: '01', communeCode: '00004' });
    expect(matchLegacy(index, former, { ...coded, communeCode: '00004' })).toEqual({ province: null, commune: null });
  });

  it('makes the point’s code from the commune and the number, only when all parts are there', () => {
    expect(pointCodeOf({ provinceCode: '01', communeCode: '00004', pointNumber: 3 })).toBe('01-00004-03');
    expect(pointCodeOf({ provinceCode: '01', communeCode: '00004', pointNumber: null })).toBeNull();
    expect(pointCodeOf({ provinceCode: '01', communeCode: '', pointNumber: 3 })).toBeNull();
    expect(pointCodeOf({ provinceCode: '01', communeCode: '00004', pointNumber: 100 })).toBeNull();
    expect(pointCodeOf({ provinceCode: '01', communeCode: '00004', pointNumber: Number.NaN })).toBeNull();
  });
});
