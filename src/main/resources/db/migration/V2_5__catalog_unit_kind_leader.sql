-- Issue 14, point 1: two catalog attributes the statistics engine reads to express a report's group.
--
-- UNIT_TYPE.kind: the kind of unit a report's sentence names — PARTY (Đảng), STATE (Nhà nước), FRONT (Mặt trận),
-- MASS (đoàn thể, tổ chức chính trị - xã hội), PUBLIC_SERVICE (đơn vị sự nghiệp công lập), AREA (địa bàn). It is the
-- type's sector, except that a public service unit (SU_NGHIEP), of the State sector, is a kind of its own
-- ("… và tương đương" counts its leaders with those of the offices). Read by reports (dimension UNIT_KIND).
update catalog_item
   set attributes = attributes || jsonb_build_object('kind',
           case when code = 'SU_NGHIEP' then 'PUBLIC_SERVICE' else coalesce(attributes ->> 'sector', 'AREA') end)
 where catalog = 'UNIT_TYPE';

-- TITLE.leader: a leadership title (chức danh lãnh đạo, quản lý) — a head or a deputy of a body, a department, an
-- office, a board, a mass organisation or a public service unit, and the trưởng/phó phòng and their equivalents.
-- Decided from the seed (V2_3): exactly the titles of the groups NGUOI_DUNG_DAU (head), CAP_PHO (deputy) and
-- TRUONG_PHO_PHONG (heads and deputies of offices and equivalents). Not leaders: committee members (UV_BTV,
-- CAP_UY_VIEN, UY_VIEN_UBND), commune civil servants (including the military commander, a công chức cấp xã), staff
-- titles, hamlet heads and non-specialised workers. Read by reports (dimension LEADER).
update catalog_item
   set attributes = attributes || jsonb_build_object('leader', 'true')
 where catalog = 'TITLE'
   and code in ('BI_THU', 'PHO_BI_THU', 'CHU_TICH_HDND', 'PHO_CHU_TICH_HDND', 'TRUONG_BAN_HDND',
                'PHO_TRUONG_BAN_HDND', 'CHU_TICH_UBND', 'PHO_CHU_TICH_UBND', 'CHU_TICH_MTTQ', 'PHO_CHU_TICH_MTTQ',
                'BI_THU_DOAN', 'PHO_BI_THU_DOAN', 'CHU_TICH_HOI', 'PHO_CHU_TICH_HOI', 'CHU_TICH_CONG_DOAN', 'GIAM_DOC',
                'PHO_GIAM_DOC', 'TRUONG_BAN', 'PHO_TRUONG_BAN', 'CHANH_VAN_PHONG', 'PHO_CHANH_VAN_PHONG',
                'TRUONG_PHONG', 'PHO_TRUONG_PHONG', 'CHANH_THANH_TRA', 'HIEU_TRUONG', 'PHO_HIEU_TRUONG',
                'TRAM_TRUONG', 'BI_THU_CHI_BO');
update catalog_item
   set attributes = attributes || jsonb_build_object('leader', 'false')
 where catalog = 'TITLE' and not attributes ? 'leader';
