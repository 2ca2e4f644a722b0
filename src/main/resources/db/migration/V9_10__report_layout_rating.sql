-- Issue 15 (ev-reports): the standard layout of the quality ratings — per sub-unit, the persons by their final rating
-- of the year of the report's date (dimension RATING, given by the evaluation module through reports'
-- DimensionSource SPI; "" = not rated). Percentages come from the table's "%" switch as for every layout.
insert into report_layout (code, name, row_dim, sort_order, note, columns) values
('XEP_LOAI_CHAT_LUONG', 'Kết quả đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức', 'SUBUNIT', 60,
 'Final ratings of the year of the report date (the latest yearly campaign of that year); NĐ 335/2025/NĐ-CP, NĐ 90/2020/NĐ-CP, QĐ 366-QĐ/TW.',
 '[
  {"header": "Tổng số", "measure": "COUNT"},
  {"group": "Xếp loại chất lượng", "header": "Hoàn thành xuất sắc nhiệm vụ", "dim": "RATING", "values": ["EXCELLENT"]},
  {"group": "Xếp loại chất lượng", "header": "Hoàn thành tốt nhiệm vụ", "dim": "RATING", "values": ["GOOD"]},
  {"group": "Xếp loại chất lượng", "header": "Hoàn thành nhiệm vụ", "dim": "RATING", "values": ["COMPLETE"]},
  {"group": "Xếp loại chất lượng", "header": "Không hoàn thành nhiệm vụ", "dim": "RATING", "values": ["INCOMPLETE"]},
  {"header": "Chưa đánh giá", "dim": "RATING", "values": [""]}
 ]')
on conflict (code) do nothing;
