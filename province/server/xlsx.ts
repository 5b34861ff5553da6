import ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';
import { DIMENSIONS, INDICATOR_BY_CODE, INDICATOR_DICTIONARY_VERSION, INDICATORS, formatDimensions, type IndicatorRow } from '../../contract/indicators';

/**
 * The long rows as XLSX, written with exceljs's streaming writer so a province-wide month never
 * sits in memory as a workbook: "Dữ liệu" (one figure a row, codes and Vietnamese names) and
 * "Định nghĩa" (the indicator dictionary, so the file explains itself).
 */
export async function writeLongXlsx(out: Writable, rows: readonly IndicatorRow[], meta: { from: string; to: string; grain: string; by: string }): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = 'Điểm Hỗ trợ Số — tỉnh';
  const data = wb.addWorksheet('Dữ liệu');
  data.columns = [
    { header: 'point_code', key: 'point', width: 14 },
    { header: 'period', key: 'period', width: 10 },
    { header: 'indicator', key: 'indicator', width: 26 },
    { header: 'dimensions', key: 'dimensions', width: 36 },
    { header: 'value', key: 'value', width: 10 },
    { header: 'Chỉ tiêu', key: 'name', width: 40 },
    { header: 'Đơn vị', key: 'unit', width: 8 },
  ];
  data.getRow(1).font = { bold: true };
  for (const r of rows) {
    const def = INDICATOR_BY_CODE.get(r.indicator);
    data.addRow({ point: r.pointCode, period: r.period, indicator: r.indicator, dimensions: formatDimensions(r.dimensions), value: r.value, name: def?.name.vi ?? '', unit: def?.unit.vi ?? '' }).commit();
  }
  data.commit();

  const dict = wb.addWorksheet('Định nghĩa');
  dict.columns = [
    { header: 'Mã chỉ tiêu', key: 'code', width: 26 },
    { header: 'Tên chỉ tiêu', key: 'vi', width: 40 },
    { header: 'Indicator', key: 'en', width: 36 },
    { header: 'Định nghĩa', key: 'defVi', width: 70 },
    { header: 'Definition', key: 'defEn', width: 70 },
    { header: 'Đơn vị / unit', key: 'unit', width: 12 },
    { header: 'Chiều phân tổ / dimensions', key: 'dims', width: 40 },
  ];
  dict.getRow(1).font = { bold: true };
  for (const d of INDICATORS) {
    dict.addRow({ code: d.code, vi: d.name.vi, en: d.name.en, defVi: d.definition.vi, defEn: d.definition.en, unit: `${d.unit.vi} / ${d.unit.en}`, dims: d.dimensions.map((k) => `${k} (${DIMENSIONS[k].name.vi})`).join(', ') }).commit();
  }
  dict.addRow({}).commit();
  dict.addRow({ code: `Phiên bản ${INDICATOR_DICTIONARY_VERSION}`, vi: `Từ ${meta.from} đến ${meta.to}`, en: `grain ${meta.grain}, by ${meta.by}` }).commit();
  dict.commit();
  await wb.commit();
}
