-- Issue 17 (helper planning), PLAN-01 "chỉ quy hoạch chức danh cao hơn": the title catalog had no rank. TITLE.rank is
-- the title's place among the titles of one unit level, 1 the highest; a title without a rank (staff, commune civil
-- servants, hamlet heads, non-specialised workers) counts as 9, below every leadership title. planning compares
-- (administrative level of the unit, rank): a title of a unit of a higher level is higher; at the same level the
-- smaller rank is higher; equal = not higher (rules parameter planning.higher_title explains it). The ranks are a
-- reading of the usual order of titles of a locality, not a text: [U]; an administrator may edit them in the catalog.
--   1 head of the Party committee; 2 deputy secretary and the chairs of HĐND and UBND; 3 standing committee member,
--   vice-chairs of HĐND and UBND, chair of MTTQ; 4 committee members and heads of the bodies, boards, offices, mass
--   organisations and public service units; 5 their deputies.
update catalog_item set attributes = attributes || jsonb_build_object('rank', r.rank)
  from (values ('BI_THU', '1'), ('PHO_BI_THU', '2'), ('CHU_TICH_HDND', '2'), ('CHU_TICH_UBND', '2'), ('UV_BTV', '3'),
               ('PHO_CHU_TICH_HDND', '3'), ('PHO_CHU_TICH_UBND', '3'), ('CHU_TICH_MTTQ', '3'), ('CAP_UY_VIEN', '4'),
               ('UY_VIEN_UBND', '4'), ('TRUONG_BAN_HDND', '4'), ('TRUONG_BAN', '4'), ('GIAM_DOC', '4'),
               ('CHANH_VAN_PHONG', '4'), ('TRUONG_PHONG', '4'), ('CHANH_THANH_TRA', '4'), ('BI_THU_DOAN', '4'),
               ('CHU_TICH_HOI', '4'), ('CHU_TICH_CONG_DOAN', '4'), ('HIEU_TRUONG', '4'), ('TRAM_TRUONG', '4'),
               ('BI_THU_CHI_BO', '4'), ('PHO_CHU_TICH_MTTQ', '5'), ('PHO_TRUONG_BAN_HDND', '5'), ('PHO_TRUONG_BAN', '5'),
               ('PHO_GIAM_DOC', '5'), ('PHO_CHANH_VAN_PHONG', '5'), ('PHO_TRUONG_PHONG', '5'), ('PHO_BI_THU_DOAN', '5'),
               ('PHO_CHU_TICH_HOI', '5'), ('PHO_HIEU_TRUONG', '5')) as r(code, rank)
 where catalog = 'TITLE' and catalog_item.code = r.code;
